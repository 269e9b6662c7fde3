"""Secret keys generated once and kept in a file only their owner can read.

Used when a key setting is left empty (CONSOLE_SECRET_KEY, CHAT_TOKEN_KEY):
nobody has to choose a secret, no default key ever ships in the code, and the
key survives restarts. Several processes or machines that must agree on a key
set the setting instead.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

KEY_BYTES = 32


def load_or_create_key(path: Path) -> str:
    """The key kept in `path`, created (mode 0600, fsync'd) if missing.

    O_EXCL makes creation atomic: two processes starting at once end up with
    the same key, never one each.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = path.read_text(encoding="ascii").strip()
        if key:
            return key
        raise RuntimeError(f"{path} is empty: delete it to generate a new key") from None
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(secrets.token_urlsafe(KEY_BYTES))
        handle.flush()
        os.fsync(handle.fileno())
    return path.read_text(encoding="ascii").strip()
