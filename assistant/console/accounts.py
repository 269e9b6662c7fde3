"""Staff accounts: create, deactivate, reactivate, reset or change a
password, sign in, and end every session of an account.

Functions take a session (assistant.console.db.db_session or
assistant.db.session_scope) and return plain frozen dataclasses. Accounts
are never deleted, only deactivated, so the audit log keeps naming who did
what; a deactivated account cannot sign in.

Sessions are revocable: each account has a session version, and a session
is valid only while it carries the current one (the principal's id is
"<account id>:<version>", Flask-Login's "alternative token" pattern, and
auth.py loads the account on every request). Signing out, a password change
or reset, deactivation and reactivation raise the version, so every cookie
issued before, copies included, stops working at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import List

from flask_login import UserMixin
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.console import passwords
from assistant.console.exceptions import AccountError, WrongPassword
from assistant.db.models import STAFF_ROLES, StaffUser

MIN_PASSWORD = 12
MAX_PASSWORD = 256
MAX_DISPLAY_NAME = 100
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")


@dataclass(frozen=True, eq=True)
class StaffPrincipal(UserMixin):
    """The signed-in member of staff (what current_staff() returns)."""

    id: int
    username: str
    role: str
    display_name: str
    session_version: int = 0

    def get_id(self) -> str:
        """What the session cookie stores: the account and its session version."""
        return f"{self.id}:{self.session_version}"


@dataclass(frozen=True)
class StaffInfo:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    created_at: datetime
    last_login_at: datetime | None


def _info(row: StaffUser) -> StaffInfo:
    return StaffInfo(
        row.id, row.username, row.display_name, row.role, row.active, row.created_at, row.last_login_at
    )


def normalise_username(username: str) -> str:
    """Usernames are case-insensitive: stored and compared in lower case."""
    return (username or "").strip().lower()


def check_password(password: str) -> None:
    """AccountError unless the password is long enough (length beats rules about symbols)."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"The password must be at least {MIN_PASSWORD} characters long.")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"The password must be at most {MAX_PASSWORD} characters long.")


def _by_username(session: Session, username: str) -> StaffUser | None:
    return session.execute(
        select(StaffUser).where(StaffUser.username == normalise_username(username))
    ).scalar_one_or_none()


def create_staff(
    session: Session, username: str, display_name: str, role: str, password: str, now: datetime
) -> StaffInfo:
    """A new active account. AccountError says what to fix."""
    username = normalise_username(username)
    display_name = (display_name or "").strip()
    if not _USERNAME.match(username):
        raise AccountError(
            "The username must be 2 to 60 characters: lower-case letters, digits, '.', '_' or '-'."
        )
    if not display_name or len(display_name) > MAX_DISPLAY_NAME:
        raise AccountError(f"The display name must be 1 to {MAX_DISPLAY_NAME} characters.")
    if role not in STAFF_ROLES:
        raise AccountError(f"The role must be one of: {', '.join(STAFF_ROLES)}.")
    check_password(password)
    if _by_username(session, username) is not None:
        raise AccountError(f"There is already an account named {username!r}.")
    row = StaffUser(
        username=username,
        display_name=display_name,
        role=role,
        password_hash=passwords.hash_password(password),
        active=True,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return _info(row)


def _active_admins(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(StaffUser).where(StaffUser.role == "admin", StaffUser.active.is_(True))
    ).scalar_one()


def set_active(session: Session, username: str, active: bool, by: str) -> StaffInfo:
    """Deactivate or reactivate an account. Nobody deactivates themselves,
    and the last active admin stays, so the console always has an admin."""
    row = _by_username(session, username)
    if row is None:
        raise AccountError(f"There is no account named {username!r}.")
    if not active and row.username == normalise_username(by):
        raise AccountError("You cannot deactivate your own account; ask another admin.")
    if not active and row.role == "admin" and row.active and _active_admins(session) <= 1:
        raise AccountError("This is the last active admin; create another admin first.")
    row.active = active
    # Both ways: a reactivated account starts with no session alive from before.
    _end_sessions_of(session, row)
    return _info(row)


def _end_sessions_of(session: Session, row: StaffUser) -> None:
    # An UPDATE ... SET v = v + 1, so two changes at once both count.
    row.session_version = StaffUser.session_version + 1
    session.flush()


def end_sessions(session: Session, username: str) -> None:
    """End every session of this account (signing out ends them all, so a
    copied cookie dies with the one the member of staff signed out of)."""
    row = _by_username(session, username)
    if row is not None:
        _end_sessions_of(session, row)


def reset_password(session: Session, username: str, password: str) -> StaffInfo:
    """An admin sets a new password; every session of the account ends."""
    row = _by_username(session, username)
    if row is None:
        raise AccountError(f"There is no account named {username!r}.")
    check_password(password)
    row.password_hash = passwords.hash_password(password)
    _end_sessions_of(session, row)
    return _info(row)


def change_own_password(
    session: Session, username: str, current_password: str, new_password: str, confirmation: str
) -> StaffPrincipal:
    """A member of staff changes their own password, proving the current one.

    Every session of the account ends (a stolen cookie too); the principal
    returned carries the new session version, to sign the caller back in.
    WrongPassword when `current_password` does not match (the view counts it
    like a failed sign-in); AccountError for an unacceptable new password."""
    row = _by_username(session, username)
    if row is None or not row.active or not passwords.verify_password(row.password_hash, current_password):
        raise WrongPassword("The current password is not right.")
    if new_password != confirmation:
        raise AccountError("The two new passwords are not the same.")
    check_password(new_password)
    if passwords.verify_password(row.password_hash, new_password):
        raise AccountError("The new password must differ from the current one.")
    row.password_hash = passwords.hash_password(new_password)
    _end_sessions_of(session, row)
    return principal_of(row)


def list_staff(session: Session) -> List[StaffInfo]:
    rows = session.execute(select(StaffUser).order_by(StaffUser.active.desc(), StaffUser.username)).scalars()
    return [_info(row) for row in rows]


def display_names(session: Session) -> dict:
    """username -> display name, for showing who claimed or noted what."""
    return dict(session.execute(select(StaffUser.username, StaffUser.display_name)).all())


def authenticate(session: Session, username: str, password: str, now: datetime) -> StaffPrincipal | None:
    """The account if the password matches and it is active, else None.

    Takes the same time for unknown and inactive accounts, upgrades old
    hashes, and records the sign-in time."""
    row = _by_username(session, username)
    if row is None or not row.active:
        passwords.burn_time(password)
        return None
    if not passwords.verify_password(row.password_hash, password):
        return None
    if passwords.needs_rehash(row.password_hash):
        row.password_hash = passwords.hash_password(password)
    row.last_login_at = now
    session.flush()
    return principal_of(row)


def principal_of(row: StaffUser) -> StaffPrincipal:
    return StaffPrincipal(row.id, row.username, row.role, row.display_name, row.session_version)


def load_principal(session: Session, user_id: str) -> StaffPrincipal | None:
    """Flask-Login's user loader: the active account named by a session's
    "<id>:<version>", if that version is still the account's; else None
    (the session was ended, or the cookie predates revocable sessions)."""
    key, _, version = str(user_id).partition(":")
    if not (key.isdigit() and version.isdigit()) or len(key) > 10 or len(version) > 10:
        return None
    row = session.get(StaffUser, int(key))
    if row is None or not row.active or row.session_version != int(version):
        return None
    return principal_of(row)
