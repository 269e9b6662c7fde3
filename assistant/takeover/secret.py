"""The shared secret with which the console proves itself to the Rasa server's takeover route.

Every call to /webhooks/socketio/takeover/... carries
``Authorization: Bearer <TAKEOVER_TOKEN>`` (compared in constant time, as the
action server's secret: assistant/action_server_auth.py). Empty setting: a
random key made once in var/takeover.key (mode 0600), which the console and
the Rasa server of one machine both read.
"""

from __future__ import annotations

from pathlib import Path

from assistant.key_files import load_or_create_key
from assistant.settings import PROJECT_ROOT, Settings

KEY_FILE = PROJECT_ROOT / "var" / "takeover.key"


def takeover_token(settings: Settings, path: Path = KEY_FILE) -> str:
    """The configured secret, or the one kept in `path` (made on first use)."""
    return str(settings.takeover_token) if settings.takeover_token else load_or_create_key(path)
