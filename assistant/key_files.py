"""Secrets generated on first use and kept in a file only their owner can read.

    token = load_or_create_key(PROJECT_ROOT / "var" / "action_server.key")

Used when a secret setting is left empty (CONSOLE_SECRET_KEY,
ACTION_SERVER_TOKEN), so `make run` works without anyone choosing a secret
and no default secret ever ships in the code. Several processes may ask for
the same key at once (the Rasa server and the action server start together):
the key is written whole to a private temporary file and then linked into
place, so a reader sees either no file or the complete key, never an empty
one, and only the first writer's key is ever used.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)

KEY_BYTES = 32
PRIVATE = 0o600


def load_or_create_key(path: Path) -> str:
    """The key kept in `path`, created (mode 0600) with a random value if missing. A key file
    found readable by others (copied in, made under another umask) is narrowed to 0600."""
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        _create(path, secrets.token_urlsafe(KEY_BYTES))
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        logger.warning("%s was readable by others (mode %o); narrowed to %o", path, mode, PRIVATE)
        os.chmod(path, PRIVATE)
    key = path.read_text(encoding="ascii").strip()
    if not key:
        raise RuntimeError(f"{path} is empty: delete it to generate a new key")
    return key


def _create(path: Path, key: str) -> None:
    # mkstemp creates the file 0600 whatever the umask.
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)  # fails if another process made the key first: theirs wins
        except FileExistsError:
            pass
    finally:
        os.unlink(temporary)
