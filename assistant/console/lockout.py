"""Sign-in rate limiting, kept in the database (login_attempts) so it
holds across threads, processes and restarts, with no extra dependency.

Rule: sign-in is refused for a username, or from an address, that had
`max_failures` failed attempts within the last `window` since its last
successful sign-in. The same rule applies whether or not the username
exists, so the lock-out never reveals which accounts exist. Attempts made
while locked are not counted (the lock ends `window` after the last
counted failure, not later).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.db.models import LoginAttempt
from assistant.settings import Settings

MAX_USERNAME = 60
MAX_ADDR = 64


@dataclass(frozen=True)
class LockoutPolicy:
    max_failures: int
    window: timedelta

    @classmethod
    def from_settings(cls, settings: Settings) -> LockoutPolicy:
        return cls(settings.console_max_failed_logins, timedelta(minutes=settings.console_lockout_minutes))

    @property
    def minutes(self) -> int:
        return max(1, round(self.window.total_seconds() / 60))


def _failures(session: Session, column: object, value: str, now: datetime, window: timedelta) -> int:
    since = now - window
    last_success = session.execute(
        select(func.max(LoginAttempt.at)).where(column == value, LoginAttempt.succeeded.is_(True))
    ).scalar_one_or_none()
    if last_success is not None:
        # SQLite's max() hands back the stored naive UTC text; compare like with like.
        if isinstance(last_success, str):
            last_success = datetime.fromisoformat(last_success).replace(tzinfo=now.tzinfo)
        elif last_success.tzinfo is None:
            last_success = last_success.replace(tzinfo=now.tzinfo)
        since = max(since, last_success)
    return session.execute(
        select(func.count())
        .select_from(LoginAttempt)
        .where(column == value, LoginAttempt.succeeded.is_(False), LoginAttempt.at > since)
    ).scalar_one()


def is_locked(session: Session, username: str, remote_addr: str, now: datetime, policy: LockoutPolicy) -> bool:
    """True if sign-in must be refused for this username or from this address."""
    username, remote_addr = username[:MAX_USERNAME], remote_addr[:MAX_ADDR]
    return (
        _failures(session, LoginAttempt.username, username, now, policy.window) >= policy.max_failures
        or _failures(session, LoginAttempt.remote_addr, remote_addr, now, policy.window) >= policy.max_failures
    )


def record_attempt(session: Session, username: str, remote_addr: str, succeeded: bool, now: datetime) -> None:
    session.add(
        LoginAttempt(username=username[:MAX_USERNAME], remote_addr=remote_addr[:MAX_ADDR], succeeded=succeeded, at=now)
    )
    session.flush()
