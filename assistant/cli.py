"""Command line for people running the assistant.

    python -m assistant.cli chat [--url URL]     talk to a running assistant in the terminal
    python -m assistant.cli wait --url URL ...   wait until servers answer (used by scripts/run.sh)
    python -m assistant.cli db-upgrade           create or upgrade the clinic tables in DATABASE_URL
    python -m assistant.cli load-clinic [PATH]   check and load a clinic file (default: the demo clinic)
    python -m assistant.cli ensure-demo          migrate; load the demo clinic if the database has none
    python -m assistant.cli deliver-outbox       store booking requests and handoff tickets kept while the
                                                 database was down
    python -m assistant.cli reconcile-handoffs   open handoff tickets for escalations the action server missed
    python -m assistant.cli retention            redact and delete conversations past REDACT_AFTER_DAYS /
                                                 DELETE_AFTER_DAYS (also run by the action server every hour)
    python -m assistant.cli console              serve the staff console (CONSOLE_HOST:CONSOLE_PORT)
    python -m assistant.cli website              serve the demo clinic website with the chat (WEBSITE_HOST:WEBSITE_PORT)
    python -m assistant.cli prepare-safety       embed the safety prototypes and train the emergency classifier
                                                 into var/semantic, so a server start only reads them
    python -m assistant.cli create-admin --username U --display-name "Name" [--password-stdin]
                                                 create a console admin (password asked for, never on argv)
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence, TypeVar

import requests

from assistant.exceptions import AssistantError
from assistant.settings import PROJECT_ROOT, load_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")
DEFAULT_RASA_URL = "http://localhost:5005"
DEMO_CLINIC_FILE = PROJECT_ROOT / "clinic" / "demo_clinic.yml"
CLINIC_NAMES_FILE = PROJECT_ROOT / "data" / "nlu" / "clinic_names.yml"


def wait_for(urls: Sequence[str], timeout: float) -> bool:
    """Poll each URL until it answers 200, or give up after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    pending = list(urls)
    while pending and time.monotonic() < deadline:
        try:
            if requests.get(pending[0], timeout=2).status_code == 200:
                pending.pop(0)
                continue
        except requests.RequestException:
            pass
        time.sleep(1)
    return not pending


def render(message: dict) -> str:
    """One bot message as terminal text: its text, buttons and custom payload."""
    lines = []
    if message.get("text"):
        lines.append(message["text"])
    for button in message.get("buttons") or []:
        lines.append(f"   [{button.get('title')}]  (type: {button.get('payload')})")
    if message.get("custom"):
        lines.append(f"   {message['custom']}")
    return "\n".join(lines)


def chat(rasa_url: str) -> int:
    from assistant.chat_client import RestConversation, send, start_conversation

    print(f"Chatting with {rasa_url}. Type /quit to stop.\n")
    conversation: RestConversation | None = None  # started with the first message, once the server answers
    while True:
        try:
            text = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if text.strip() in {"/quit", "/exit"}:
            return 0
        try:
            conversation = conversation or start_conversation(rasa_url)
            replies = send(conversation, text)
        except requests.RequestException as error:
            print(f"(the assistant is not reachable at {rasa_url}: {error}; is `make run` running?)")
            continue
        for message in replies:
            print(f"bot> {render(message)}")


def prepare_safety() -> int:
    # Imported here: the encoder and spaCy take seconds to load, which other commands do not need.
    from assistant.safety import build_screen
    from assistant.safety.screen import SEMANTIC_CACHE_DIR

    build_screen(cache_dir=SEMANTIC_CACHE_DIR)
    print(f"Safety screen caches are ready in {SEMANTIC_CACHE_DIR}.")
    return 0


def db_upgrade() -> int:
    # Imported here so `chat` and `wait` start without loading SQLAlchemy and Alembic.
    from assistant.db import migrate, redacted

    url = load_settings().effective_database_url
    revision = migrate(url)
    print(f"Database {redacted(url)} is at schema revision {revision}.")
    return 0


def _in_migrated_database(work: Callable[[Session, datetime], T]) -> T:
    """Migrate the configured database, then run `work` in one transaction."""
    from assistant.db import create_engine_for, migrate, session_scope

    url = load_settings().effective_database_url
    migrate(url)
    engine = create_engine_for(url)
    try:
        with session_scope(engine) as session:
            return work(session, datetime.now(timezone.utc))
    finally:
        engine.dispose()


def load_clinic(path: Path) -> int:
    from assistant.clinic import loader
    from assistant.clinic.clinic_file import read_clinic_file

    spec = read_clinic_file(path)  # every error is reported before the database is touched
    summary = _in_migrated_database(lambda session, now: loader.load_clinic(session, spec, now))
    print(f"{summary.describe()}\n(from {path})")
    return 0


def export_names(path: Path, out: Path) -> int:
    """Write the clinic's names as NLU lookup tables (assistant/clinic/names.py); retrain after."""
    from assistant.clinic.clinic_file import read_clinic_file
    from assistant.clinic.names import lookup_tables_yaml

    out.write_text(lookup_tables_yaml(read_clinic_file(path)), encoding="utf-8")
    print(f"wrote {out} from {path}; retrain the model (make train) so the assistant knows them")
    return 0


def ensure_demo(path: Path = DEMO_CLINIC_FILE) -> int:
    from assistant.clinic import loader

    summary = _in_migrated_database(lambda session, now: loader.ensure_clinic(session, path, now))
    if summary is None:
        print("The database already holds a clinic; consultation slots topped up.")
    else:
        print(summary.describe())
    return 0


def deliver_outbox() -> int:
    from assistant.runtime import Runtime

    runtime = Runtime.from_settings()
    waiting = len(runtime.outbox)
    if not waiting:
        print(f"The outbox ({runtime.outbox.folder}) is empty.")
        return 0
    report = runtime.deliver_outbox()
    print(
        f"Outbox {runtime.outbox.folder}: "
        f"{len(report.delivered)} booking request(s) or handoff record(s) stored, "
        f"{len(report.waiting)} still waiting, {len(report.failed)} moved to failed/."
    )
    return 0 if not report.waiting and not report.failed else 1


def reconcile_handoffs(lookback_days: float, grace_seconds: float) -> int:
    from datetime import timedelta

    from assistant.db import create_engine_for
    from assistant.handoff.reconcile import reconcile
    from assistant.runtime import Runtime

    runtime = Runtime.from_settings()
    runtime.deliver_outbox()
    tracker = create_engine_for(runtime.settings.effective_tracker_database_url)
    try:
        report = reconcile(
            tracker,
            runtime.session,
            runtime.outbox,
            runtime.now(),
            lookback=timedelta(days=lookback_days),
            grace_seconds=grace_seconds,
        )
    finally:
        tracker.dispose()
    print(f"Handoff reconciliation: {report.describe()}.")
    return 0 if not report.spooled else 1


def retention() -> int:
    from assistant.db import migrate
    from assistant.privacy.retention import RetentionPolicy, run_retention
    from assistant.runtime import Runtime

    runtime = Runtime.from_settings()
    migrate(runtime.settings.effective_database_url)  # the audit log and the records it touches
    runtime.deliver_outbox()  # so waiting records are judged (and erased) with their conversations
    try:
        report = run_retention(runtime.privacy_stores(), RetentionPolicy.from_settings(runtime.settings), runtime.now())
    finally:
        runtime.tracker_engine.dispose()
        runtime.engine.dispose()
    print(f"Retention: {report.describe()}.")
    return 0


def console() -> int:
    from assistant.console.serve import serve

    serve()
    return 0


def website() -> int:
    from assistant.website.serve import serve

    serve(load_settings())
    return 0


def read_new_password(from_stdin: bool) -> str:
    """The new password: one line of standard input (for scripts), or typed
    twice without echo. Never an argument: argv is visible to every user."""
    import getpass

    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise AssistantError("The two passwords differ; nothing was created.")
    return first


def create_admin(username: str, display_name: str, password_stdin: bool) -> int:
    from assistant.console import accounts, audit

    password = read_new_password(password_stdin)

    def work(session: Session, now: datetime) -> accounts.StaffInfo:
        created = accounts.create_staff(session, username, display_name, "admin", password, now)
        audit.record(session, "system", "staff.create", "staff_user", created.username, {"role": "admin", "via": "cli"})
        return created

    created = _in_migrated_database(work)
    print(f"Admin account {created.username!r} ({created.display_name}) created. Sign in to the staff console.")
    return 0


def _run_database_command(run: Callable[[], int]) -> int:
    """Database commands report problems as readable messages and exit 1."""
    try:
        return run()
    except AssistantError as error:  # invalid clinic file (lists every error), settings, database down
        print(f"Error: {error}", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.cli")
    commands = parser.add_subparsers(dest="command", required=True)
    chat_cmd = commands.add_parser("chat", help="talk to the running assistant")
    chat_cmd.add_argument("--url", default=DEFAULT_RASA_URL)
    wait_cmd = commands.add_parser("wait", help="wait until servers answer")
    wait_cmd.add_argument("--url", action="append", required=True)
    wait_cmd.add_argument("--timeout", type=float, default=180)
    commands.add_parser("db-upgrade", help="create or upgrade the clinic tables (DATABASE_URL)")
    load_cmd = commands.add_parser(
        "load-clinic", help="check a clinic file and load it, replacing the clinic"
    )
    load_cmd.add_argument("path", nargs="?", type=Path, default=DEMO_CLINIC_FILE)
    names_cmd = commands.add_parser(
        "export-names", help="write the clinic's practitioners, locations and treatments as NLU lookup tables"
    )
    names_cmd.add_argument("path", nargs="?", type=Path, default=DEMO_CLINIC_FILE)
    names_cmd.add_argument("--out", type=Path, default=CLINIC_NAMES_FILE)
    commands.add_parser("ensure-demo", help="migrate, and load the demo clinic if the database has none")
    commands.add_parser(
        "deliver-outbox",
        help="store booking requests and handoff tickets kept in the outbox while the database was down",
    )
    reconcile_cmd = commands.add_parser(
        "reconcile-handoffs", help="open handoff tickets for escalations the action server missed"
    )
    reconcile_cmd.add_argument("--days", type=float, default=7, help="how far back to look (default: 7)")
    reconcile_cmd.add_argument(
        "--grace",
        type=float,
        default=30,
        help="leave escalations younger than this many seconds to the action server (default: 30)",
    )
    commands.add_parser(
        "retention", help="redact and delete conversations and records past their retention (docs/privacy.md)"
    )
    commands.add_parser("console", help="serve the staff console (CONSOLE_HOST:CONSOLE_PORT)")
    commands.add_parser("website", help="serve the demo clinic website with the chat (WEBSITE_HOST:WEBSITE_PORT)")
    commands.add_parser(
        "prepare-safety", help="embed the safety prototypes and train the emergency classifier (var/semantic)"
    )
    admin_cmd = commands.add_parser("create-admin", help="create a staff console admin account")
    admin_cmd.add_argument("--username", required=True)
    admin_cmd.add_argument("--display-name", required=True)
    admin_cmd.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input (one line)"
    )
    args = parser.parse_args(argv)

    if args.command == "chat":
        return chat(args.url)
    if args.command == "db-upgrade":
        return _run_database_command(db_upgrade)
    if args.command == "load-clinic":
        return _run_database_command(lambda: load_clinic(args.path))
    if args.command == "export-names":
        return export_names(args.path, args.out)
    if args.command == "ensure-demo":
        return _run_database_command(ensure_demo)
    if args.command == "deliver-outbox":
        return _run_database_command(deliver_outbox)
    if args.command == "reconcile-handoffs":
        return _run_database_command(lambda: reconcile_handoffs(args.days, args.grace))
    if args.command == "retention":
        return _run_database_command(retention)
    if args.command == "console":
        return _run_database_command(console)
    if args.command == "website":
        return website()
    if args.command == "prepare-safety":
        return prepare_safety()
    if args.command == "create-admin":
        return _run_database_command(lambda: create_admin(args.username, args.display_name, args.password_stdin))
    return 0 if wait_for(args.url, args.timeout) else 1


if __name__ == "__main__":
    sys.exit(main())
