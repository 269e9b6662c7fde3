"""The secret that signs session cookies and CSRF tokens.

CONSOLE_SECRET_KEY when set (several console processes must share it);
otherwise a random key generated once and kept in var/console.key, readable
by its owner only, so sessions survive a restart without anyone choosing a
secret (and no default key ever ships in the code).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from assistant.settings import PROJECT_ROOT, Settings

KEY_FILE = PROJECT_ROOT / "var" / "console.key"
KEY_BYTES = 32


def load_or_create_key(path: Path = KEY_FILE) -> str:
    """The key kept in `path`, created (mode 0600) if missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = path.read_text(encoding="ascii").strip()
        if key:
            return key
        raise RuntimeError(f"{path} is empty: delete it to generate a new console key") from None
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(secrets.token_urlsafe(KEY_BYTES))
        handle.flush()
        os.fsync(handle.fileno())
    return path.read_text(encoding="ascii").strip()


def secret_key(settings: Settings, path: Path = KEY_FILE) -> str:
    return str(settings.console_secret_key) if settings.console_secret_key else load_or_create_key(path)
