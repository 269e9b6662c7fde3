"""The secret that signs session cookies and CSRF tokens.

CONSOLE_SECRET_KEY when set (several console processes must share it);
otherwise a random key generated once and kept in var/console.key, readable
by its owner only, so sessions survive a restart without anyone choosing a
secret (and no default key ever ships in the code).

The key file is owner-only (0600) whatever the umask: it is written to a
private temporary file and linked into place, so a console starting at the
same moment never reads a half-written (empty) key, and a key file found
readable by others (copied, restored from a backup) is narrowed to 0600
before it is used, with a warning. A var/ directory made here is 0700.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
import tempfile
from pathlib import Path

from assistant.settings import PROJECT_ROOT, Settings

logger = logging.getLogger(__name__)

KEY_FILE = PROJECT_ROOT / "var" / "console.key"
KEY_BYTES = 32
OWNER_ONLY = 0o600


def _read_key(path: Path) -> str:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        logger.warning("%s was readable by others (mode %o); narrowed to %o", path, mode, OWNER_ONLY)
        os.chmod(path, OWNER_ONLY)
    key = path.read_text(encoding="ascii").strip()
    if not key:
        raise RuntimeError(f"{path} is empty: delete it to generate a new console key")
    return key


def load_or_create_key(path: Path = KEY_FILE) -> str:
    """The key kept in `path`, created (mode 0600) if missing."""
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.exists():
        return _read_key(path)
    # mkstemp makes the file 0600 whatever the umask; link() puts it in place
    # only if no other process got there first (then theirs is the key).
    descriptor, temporary = tempfile.mkstemp(prefix=".console-key-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(secrets.token_urlsafe(KEY_BYTES))
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
    finally:
        os.unlink(temporary)
    return _read_key(path)


def secret_key(settings: Settings, path: Path = KEY_FILE) -> str:
    return str(settings.console_secret_key) if settings.console_secret_key else load_or_create_key(path)
