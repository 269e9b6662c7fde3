"""Password hashing with argon2id (argon2-cffi's maintained defaults).

Why a module of its own: one hasher for the whole console, and a dummy
verification for unknown usernames so a sign-in takes as long whether or
not the account exists (login errors never reveal which accounts exist).
"""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True if `password` matches; False on a mismatch or a damaged hash."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's defaults."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash("not-a-real-password")


def burn_time(password: str) -> None:
    """Spend the time of one verification, for usernames that do not exist."""
    verify_password(_dummy_hash(), password)
