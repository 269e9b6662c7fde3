"""The secret that signs session cookies and CSRF tokens.

CONSOLE_SECRET_KEY when set (several console processes must share it);
otherwise a random key generated once and kept in var/console.key, readable
by its owner only, so sessions survive a restart without anyone choosing a
secret (and no default key ever ships in the code).
"""

from __future__ import annotations

from pathlib import Path

from assistant.key_files import load_or_create_key
from assistant.settings import PROJECT_ROOT, Settings

KEY_FILE = PROJECT_ROOT / "var" / "console.key"

__all__ = ["KEY_FILE", "load_or_create_key", "secret_key"]


def secret_key(settings: Settings, path: Path = KEY_FILE) -> str:
    return str(settings.console_secret_key) if settings.console_secret_key else load_or_create_key(path)
