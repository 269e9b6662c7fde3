"""The assistant's settings: the only module that reads the environment.

Values come from the process environment, falling back to a ``.env`` file
(python-dotenv) and then to the defaults below, which describe the fictional
demo clinic so that the assistant runs on a laptop with nothing configured.
Every setting is documented in ``.env.example``.

Clinic-specific safety settings (emergency number, crisis line, urgent
contact, jurisdiction, minimum age) live here and nowhere else: responses
refer to them through slots, never as literals.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Mapping, Tuple

from dotenv import dotenv_values

from assistant.exceptions import SettingsError

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# A phone number as patients see it: digits, spaces, a leading "+", dashes
# and brackets. Emergency numbers are short ("999", "112"), so no minimum
# beyond three digits.
_PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()\-]{1,24}[0-9]$")


class Secret(str):
    """A string that does not show its value when printed or logged."""

    def __repr__(self) -> str:
        return "Secret('**********')"


# ISO 3166 region codes of jurisdictions that are not such codes themselves.
JURISDICTION_REGIONS = {
    "UK": "GB", "ENGLAND": "GB", "SCOTLAND": "GB", "WALES": "GB", "NORTHERN IRELAND": "GB", "USA": "US"
}


# Added to ACTION_TIMEOUT_SECONDS for the default lock lifetime: room for the NLU
# and the database around the longest action call.
LOCK_LIFETIME_MARGIN_SECONDS = 6


@dataclass(frozen=True)
class Settings:
    clinic_name: str = "Harbour Skin Clinic"
    clinic_phone: str = "0113 496 0000"
    # Aftercare / urgent line for treated patients (same-day problems).
    urgent_contact: str = "0113 496 0999"
    emergency_number: str = "999"
    # Where to go when the clinic is closed and the problem can't wait.
    out_of_hours_service: str = "NHS 111"
    crisis_line: str = "Samaritans on 116 123"
    jurisdiction: str = "UK"
    minimum_age: int = 18
    database_url: Secret = field(default_factory=lambda: Secret(""))
    # Rasa's conversations (tracker store), if not in the clinic database.
    tracker_database_url: Secret = field(default_factory=lambda: Secret(""))
    # Folder where booking requests and handoff tickets wait when the database is down.
    outbox_dir: str = ""
    # --- Staff console -----------------------------------------------------
    console_host: str = "127.0.0.1"
    console_port: int = 8080
    # Signs session cookies and CSRF tokens. Empty: a random key kept in var/ (fine for one machine).
    console_secret_key: Secret = field(default_factory=lambda: Secret(""))
    # Set when the console is served over HTTPS (behind a TLS proxy): cookies get the Secure flag.
    console_https: bool = False
    console_session_minutes: int = 480
    # Sign-in throttling (assistant/console/lockout.py): failures allowed per account and address (twice
    # that per account from all addresses, and this many different accounts per address) within the
    # window before progressive delays (30 s, doubling, at most the window) start.
    console_max_failed_logins: int = 5
    console_lockout_minutes: int = 15
    # The console's address as staff reach it, for links in notifications. Empty: http://CONSOLE_HOST:CONSOLE_PORT.
    console_public_url: str = ""
    # Seconds a console page waits for a database that another process has locked (SQLite busy
    # timeout, PostgreSQL statement and lock timeout) before answering "the database is busy" (503).
    console_db_timeout_seconds: int = 3
    # Who is told at once about emergency and same-day tickets: an SMTP mailbox and/or a webhook.
    notify_email_to: str = ""
    notify_email_from: str = ""
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_username: str = ""
    smtp_password: Secret = field(default_factory=lambda: Secret(""))
    smtp_starttls: bool = True
    notify_webhook_url: Secret = field(default_factory=lambda: Secret(""))
    # --- Patient web chat and demo website -----------------------------------
    website_host: str = "127.0.0.1"
    website_port: int = 8000
    # Where the public Rasa server is reachable from a patient's browser (socket.io).
    chat_server_url: str = "http://localhost:5005"
    # Web pages allowed to open the chat (CORS and socket.io origin check), comma-separated. Never "*".
    chat_allowed_origins: str = "http://localhost:8000,http://127.0.0.1:8000"
    # Signs the token that proves a browser owns its conversation. Empty: a random key kept in var/chat.key
    # (set it when several Rasa servers share the conversations).
    chat_token_key: Secret = field(default_factory=lambda: Secret(""))
    # Longer chat messages are cut to this many characters at the channel, before the NLU reads them.
    chat_max_message_chars: int = 10_000
    # Largest request body (REST) or socket.io packet the Rasa server accepts.
    chat_max_request_bytes: int = 262_144
    # --- The servers `make run` starts and keeps running (assistant/supervisor.py) ---
    # Address the Rasa server listens on: loopback unless a TLS proxy on another machine must reach it.
    rasa_host: str = "127.0.0.1"
    rasa_port: int = 5005
    action_server_port: int = 5055
    # Longest wait for one call to the action server; after it the patient gets the clinic's phone number.
    action_timeout_seconds: int = 4
    # Interface the action server listens on: loopback unless it must be reached from another machine.
    action_server_host: str = "127.0.0.1"
    # Shared secret the Rasa server presents on every call to the action server. Empty: a random key
    # kept in var/action_server.key (fine for one machine; several servers must share one value).
    action_server_token: Secret = field(default_factory=lambda: Secret(""))
    # Largest request body the action server accepts, in kilobytes (the conversation and the domain).
    action_server_max_request_kb: int = 2048
    # --- Live takeover (docs/takeover.md) ------------------------------------
    # Shared secret the staff console presents to the Rasa server's takeover route. Empty: a random key
    # kept in var/takeover.key (fine for one machine; the console and the Rasa server must share one value).
    takeover_token: Secret = field(default_factory=lambda: Secret(""))
    # Seconds without a heartbeat from the console after which a takeover goes back to the assistant.
    takeover_heartbeat_seconds: int = 90
    # Where the console reaches the Rasa server. Empty: http://RASA_HOST:RASA_PORT (127.0.0.1 if RASA_HOST is 0.0.0.0).
    rasa_internal_url: str = ""
    # --- Several Rasa servers (docs/deploy.md) ------------------------------
    # Redis shared by the Rasa servers: the conversation lock store and socket.io across servers
    # (rasa_addons/lock_store.py, rasa_addons/socketio_manager.py). Empty: one server, nothing shared.
    redis_url: Secret = field(default_factory=lambda: Secret(""))
    # Seconds a conversation's lock outlives a server that died holding it (a live server keeps its lock
    # alive). 0: ACTION_TIMEOUT_SECONDS + 6, just above the longest single action call.
    lock_lifetime_seconds: int = 0
    # Where `make run` writes the servers' logs. Empty: var/log/ in the project.
    log_dir: str = ""
    # --- Privacy and retention (assistant/privacy, docs/privacy.md) ----------
    # Days after a conversation's last message before names, phone numbers, emails and dates of birth are masked.
    redact_after_days: int = 30
    # Days after a conversation is closed (requests decided, tickets resolved) before it and its records are deleted.
    delete_after_days: int = 180
    # Days a minimised care record (an escalation a clinician handled) is kept after it was resolved.
    care_record_retention_days: int = 2920

    @property
    def phone_region(self) -> str:
        """Where phone numbers typed without a country code are read, for finding them to redact:
        the JURISDICTION as an ISO 3166 code ("UK" -> "GB")."""
        name = self.jurisdiction.strip().upper()
        return JURISDICTION_REGIONS.get(name, name)

    @property
    def allowed_origins(self) -> Tuple[str, ...]:
        return tuple(o.strip().rstrip("/") for o in self.chat_allowed_origins.split(",") if o.strip())

    @property
    def effective_database_url(self) -> str:
        """The configured database, or the embedded SQLite file under var/."""
        if self.database_url:
            return str(self.database_url)
        return f"sqlite:///{PROJECT_ROOT / 'var' / 'clinic.db'}"

    @property
    def effective_tracker_database_url(self) -> str:
        """Where Rasa keeps conversations: the clinic database unless configured apart."""
        return str(self.tracker_database_url) if self.tracker_database_url else self.effective_database_url

    @property
    def effective_console_url(self) -> str:
        """Where staff open the console (links in notifications), without a trailing slash."""
        if self.console_public_url:
            return self.console_public_url.rstrip("/")
        return f"http://{self.console_host}:{self.console_port}"

    @property
    def effective_rasa_internal_url(self) -> str:
        """Where the console calls the Rasa server's takeover route, without a trailing slash."""
        if self.rasa_internal_url:
            return self.rasa_internal_url.rstrip("/")
        host = "127.0.0.1" if self.rasa_host in ("", "0.0.0.0", "::") else self.rasa_host
        return f"http://{host}:{self.rasa_port}"

    @property
    def effective_lock_lifetime_seconds(self) -> int:
        """How long a dead server's conversation lock lasts: above one bounded action call."""
        return self.lock_lifetime_seconds or self.action_timeout_seconds + LOCK_LIFETIME_MARGIN_SECONDS

    @property
    def effective_log_dir(self) -> Path:
        """The configured log folder, or var/log/ in the project."""
        return Path(self.log_dir).expanduser() if self.log_dir else PROJECT_ROOT / "var" / "log"

    @property
    def effective_outbox_dir(self) -> Path:
        """The configured outbox folder, or var/outbox/ in the project."""
        return Path(self.outbox_dir).expanduser() if self.outbox_dir else PROJECT_ROOT / "var" / "outbox"


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}

# setting name -> environment variable
_ENV_NAMES = {f.name: f.name.upper() for f in fields(Settings)}


def load_settings(
    environ: Mapping[str, str] | None = None,
    env_file: Path | None = PROJECT_ROOT / ".env",
) -> Settings:
    """Build the settings from ``environ`` (default: the process
    environment) layered over ``env_file``.

    Raises SettingsError naming every invalid value and how to fix it.
    """
    layered: dict = {}
    if env_file is not None and env_file.exists():
        layered.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    layered.update(os.environ if environ is None else environ)

    values: dict = {}
    errors = []
    for f in fields(Settings):
        raw = layered.get(_ENV_NAMES[f.name])
        if raw is None or raw.strip() == "":
            continue
        raw = raw.strip()
        if f.type == "int":
            try:
                values[f.name] = int(raw)
            except ValueError:
                errors.append(f"{_ENV_NAMES[f.name]}={raw!r} is not a whole number")
        elif f.type == "bool":
            if raw.lower() in _TRUE | _FALSE:
                values[f.name] = raw.lower() in _TRUE
            else:
                errors.append(f"{_ENV_NAMES[f.name]}={raw!r} should be true or false")
        elif f.type == "Secret":
            values[f.name] = Secret(raw)
        else:
            values[f.name] = raw

    settings = Settings(**values)
    for name in ("clinic_phone", "urgent_contact", "emergency_number"):
        if not _PHONE_PATTERN.match(getattr(settings, name)):
            errors.append(
                f"{_ENV_NAMES[name]}={getattr(settings, name)!r} is not a phone number "
                "(digits, spaces, '+', '-', brackets)"
            )
    if not 16 <= settings.minimum_age <= 99:
        errors.append(f"MINIMUM_AGE={settings.minimum_age} should be between 16 and 99")
    for name in ("console_port", "website_port", "smtp_port", "rasa_port", "action_server_port"):
        if not 1 <= getattr(settings, name) <= 65535:
            errors.append(f"{_ENV_NAMES[name]}={getattr(settings, name)} is not a port number")
    if not 1 <= settings.console_db_timeout_seconds <= 60:
        errors.append(
            f"CONSOLE_DB_TIMEOUT_SECONDS={settings.console_db_timeout_seconds} should be between 1 and 60"
        )
    if not 1 <= settings.action_timeout_seconds <= 60:
        errors.append(f"ACTION_TIMEOUT_SECONDS={settings.action_timeout_seconds} should be between 1 and 60")
    if settings.lock_lifetime_seconds and not (
        settings.action_timeout_seconds < settings.lock_lifetime_seconds <= 600
    ):
        errors.append(
            f"LOCK_LIFETIME_SECONDS={settings.lock_lifetime_seconds} should be more than "
            f"ACTION_TIMEOUT_SECONDS={settings.action_timeout_seconds} and at most 600 (or 0 for the default)"
        )
    if not 10 <= settings.takeover_heartbeat_seconds <= 3600:
        errors.append(
            f"TAKEOVER_HEARTBEAT_SECONDS={settings.takeover_heartbeat_seconds} should be between 10 and 3600"
        )
    if not 64 <= settings.action_server_max_request_kb <= 102400:
        errors.append(
            f"ACTION_SERVER_MAX_REQUEST_KB={settings.action_server_max_request_kb} should be between 64 and 102400"
        )
    # Above input_checks.MAX_MESSAGE_CHARS (1,500), so a cut message still gets the "long message" reply.
    if not 2_000 <= settings.chat_max_message_chars <= 100_000:
        errors.append(f"CHAT_MAX_MESSAGE_CHARS={settings.chat_max_message_chars} should be between 2000 and 100000")
    if not 65_536 <= settings.chat_max_request_bytes <= 10_485_760:
        errors.append(
            f"CHAT_MAX_REQUEST_BYTES={settings.chat_max_request_bytes} should be between 65536 and 10485760"
        )
    for name in ("redact_after_days", "delete_after_days", "care_record_retention_days"):
        if not 1 <= getattr(settings, name) <= 36500:
            errors.append(f"{_ENV_NAMES[name]}={getattr(settings, name)} should be between 1 and 36500 days")
    if settings.redact_after_days > settings.delete_after_days:
        errors.append(
            f"REDACT_AFTER_DAYS={settings.redact_after_days} should not be more than "
            f"DELETE_AFTER_DAYS={settings.delete_after_days} (nothing is left to redact after deletion)"
        )
    if "*" in settings.allowed_origins:
        errors.append("CHAT_ALLOWED_ORIGINS must list the clinic's web pages, not '*'")
    if errors:
        raise SettingsError(
            "Invalid settings — fix them in .env or the environment "
            "(see .env.example):\n  " + "\n  ".join(errors)
        )
    return settings
