"""Your own account: change your password, proving the current one.

Open to every signed-in member of staff (no permission of the role matrix:
everyone has an account). A wrong current password counts like a failed
sign-in (lockout.py), so a borrowed session cannot be used to guess it. A
change ends every session of the account, a copied cookie included, and
signs this browser straight back in with a fresh session. The audit event
names who and from where, never a password.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for

from assistant.console import accounts, audit, lockout
from assistant.console.auth import current_staff, remote_addr, sign_in
from assistant.console.db import db_session
from assistant.console.exceptions import AccountError, WrongPassword

bp = Blueprint("account", __name__)


def _page(error: str = "", status: int = 200) -> Any:
    return render_template("account.html", error=error, min_password=accounts.MIN_PASSWORD), status


@bp.get("/account")
def index() -> Any:
    return _page()


@bp.post("/account/password")
def change_password() -> Any:
    me, addr, form = current_staff(), remote_addr(), request.form
    now = datetime.now(timezone.utc)
    policy = lockout.LockoutPolicy.from_settings(current_app.extensions["console.settings"])
    # One transaction from the throttling check to the recorded result, like sign-in.
    with db_session() as session:
        lockout.serialise(session, me.username, addr)
        wait = lockout.wait_needed(session, me.username, addr, now, policy)
        if wait:
            return _page(lockout.wait_message(wait), 429)
        try:
            # Refusals are raised before anything is written.
            renewed = accounts.change_own_password(
                session,
                me.username,
                form.get("current_password", ""),
                form.get("new_password", ""),
                form.get("confirm_password", ""),
            )
        except WrongPassword as error:
            lockout.record_attempt(session, me.username, addr, False, now)
            audit.record(
                session, me.username, "staff.password_change_failed", "staff_user", me.username, remote_addr=addr
            )
            return _page(str(error), 400)
        except AccountError as error:
            return _page(str(error), 400)
        audit.record(session, me.username, "staff.password_change", "staff_user", me.username, remote_addr=addr)
    sign_in(renewed)
    flash("Your password has been changed. Every other session of your account has been signed out.", "success")
    return redirect(url_for("account.index"), code=303)
