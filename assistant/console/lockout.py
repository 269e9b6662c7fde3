"""Sign-in throttling, kept in the database (login_attempts) so it holds
across threads, processes and restarts, with no extra dependency.

Three counters over the last `window`. When one reaches its allowance the
next attempt waits `first_delay` after the last failure, and every further
counted failure doubles the wait, never beyond `window`: progressive
delays, never a hard lock.

- account + address: failed sign-ins to one account from one address,
  allowance `max_failures`; this is what stops guessing one password. A
  successful sign-in to that account from that address resets it (only
  someone who knows the password can do that, and it resets nothing else).
- account, from every address: the same failures counted across addresses,
  with twice the allowance, so guessing from many addresses is slowed too.
  Successes never reset it.
- address, across accounts: how many *different* accounts failed from one
  address (password spraying), allowance `max_failures` different accounts.
  Successes never reset it, so signing in to one's own account between
  guesses gains nothing; and five failures against one account count as one
  here, so one person's typos never hold up colleagues behind the same
  proxy. A real spray from an office address slows that office down, by
  delays that end, never by a lock.

The same rules apply whether or not the username exists, so throttling
never reveals which accounts exist. Attempts refused while a delay runs are
not counted (the delay is measured from the last counted failure).

Parallel guesses must not all slip through before any is counted: the
caller holds `serialise(session, username, address)` from the check to the
recorded result, in one transaction. SQLite transactions here already
begin IMMEDIATE (one writer at a time); PostgreSQL takes transaction-level
advisory locks on the address and the account.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from assistant.db.models import LoginAttempt
from assistant.settings import Settings

MAX_USERNAME = 60
MAX_ADDR = 64
FIRST_DELAY = timedelta(seconds=30)
# Across addresses an account gets this many times the per-address allowance.
ACCOUNT_ALLOWANCE_FACTOR = 2


@dataclass(frozen=True)
class LockoutPolicy:
    max_failures: int
    window: timedelta
    first_delay: timedelta = FIRST_DELAY

    @classmethod
    def from_settings(cls, settings: Settings) -> LockoutPolicy:
        return cls(settings.console_max_failed_logins, timedelta(minutes=settings.console_lockout_minutes))

    def delay_after(self, failures: int, allowance: int) -> timedelta:
        """How long to wait after the last of `failures` counted failures
        (zero while within the allowance)."""
        if failures < allowance:
            return timedelta(0)
        doublings = min(failures - allowance, 30)  # 2**30 x 30 s is far past any window
        return min(self.window, self.first_delay * (2**doublings))


def _lock_key(kind: str, value: str) -> int:
    digest = hashlib.blake2b(f"console-sign-in:{kind}:{value}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def serialise(session: Session, username: str, remote_addr: str) -> None:
    """Hold, until the transaction ends, the right to check and record a
    sign-in attempt for this account from this address."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite: the transaction began IMMEDIATE (assistant.db.engine)
    username, remote_addr = username[:MAX_USERNAME], remote_addr[:MAX_ADDR]
    # Always address first, then account: two attempts never wait on each other in a circle.
    for key in (_lock_key("address", remote_addr), _lock_key("account", username)):
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _as_aware(value: Any, now: datetime) -> datetime:
    # SQLite's max() hands back the stored naive UTC text; compare like with like.
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=now.tzinfo)


def _last_success(session: Session, username: str, remote_addr: str) -> datetime | None:
    return session.execute(
        select(func.max(LoginAttempt.at)).where(
            LoginAttempt.username == username,
            LoginAttempt.remote_addr == remote_addr,
            LoginAttempt.succeeded.is_(True),
        )
    ).scalar_one_or_none()


def _failures(session: Session, since: datetime, *conditions: Any) -> tuple[int, int, datetime | None]:
    """(failures, distinct usernames, last failure) since `since` matching `conditions`."""
    count, usernames, last = session.execute(
        select(func.count(), func.count(func.distinct(LoginAttempt.username)), func.max(LoginAttempt.at)).where(
            LoginAttempt.succeeded.is_(False), LoginAttempt.at > since, *conditions
        )
    ).one()
    return count, usernames, last


def wait_needed(
    session: Session, username: str, remote_addr: str, now: datetime, policy: LockoutPolicy
) -> timedelta:
    """How long this account, from this address, must wait before the next
    sign-in attempt is even checked (zero: go ahead)."""
    username, remote_addr = username[:MAX_USERNAME], remote_addr[:MAX_ADDR]
    window_start = now - policy.window
    last_success = _last_success(session, username, remote_addr)
    pair_since = max(window_start, _as_aware(last_success, now)) if last_success is not None else window_start

    pair, _, pair_last = _failures(
        session, pair_since, LoginAttempt.username == username, LoginAttempt.remote_addr == remote_addr
    )
    account, _, account_last = _failures(session, window_start, LoginAttempt.username == username)
    _, accounts_tried, address_last = _failures(session, window_start, LoginAttempt.remote_addr == remote_addr)

    wait = timedelta(0)
    for counted, allowance, last in (
        (pair, policy.max_failures, pair_last),
        (account, policy.max_failures * ACCOUNT_ALLOWANCE_FACTOR, account_last),
        (accounts_tried, policy.max_failures, address_last),
    ):
        if last is not None:
            wait = max(wait, _as_aware(last, now) + policy.delay_after(counted, allowance) - now)
    return wait


def record_attempt(session: Session, username: str, remote_addr: str, succeeded: bool, now: datetime) -> None:
    session.add(
        LoginAttempt(username=username[:MAX_USERNAME], remote_addr=remote_addr[:MAX_ADDR], succeeded=succeeded, at=now)
    )
    session.flush()


def wait_message(wait: timedelta) -> str:
    """What the sign-in (and password change) page says while a delay runs."""
    return (
        f"Too many failed sign-ins. Wait {wait_text(wait)} before trying again, "
        "or ask an admin to check your account."
    )


def wait_text(wait: timedelta) -> str:
    """How long, rounded up, in words for the sign-in page: 30 seconds, 2 minutes."""
    seconds = max(1, int(-(-wait.total_seconds() // 1)))
    if seconds < 90:
        return f"{seconds} seconds" if seconds != 1 else "1 second"
    return f"{-(-seconds // 60)} minutes"
