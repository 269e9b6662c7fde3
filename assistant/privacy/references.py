"""References given for privacy requests: short, unguessable, readable on
the phone ("PRV-7KQ2-M9XD"), and never derived from the conversation."""

from __future__ import annotations

import secrets

_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I


def new_reference() -> str:
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(8))
    return f"PRV-{chars[:4]}-{chars[4:]}"
