"""Sign-in and sign-out.

One message for a wrong username or password (it never says which, or
whether the account exists), a clear "wait" message after too many
failures (lockout.py: progressive delays), and every attempt in
login_attempts and the audit log. Signing out ends every session of the
account (accounts.end_sessions), so a copied cookie dies with it. The form
is CSRF-protected like every other (no login CSRF).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, current_app, redirect, render_template, request, url_for

from assistant.console import accounts, audit, lockout
from assistant.console.auth import current_staff, remote_addr, sign_in, sign_out
from assistant.console.db import db_session

bp = Blueprint("auth", __name__)

WRONG = "Wrong username or password."


def throttled_page(wait: timedelta, **context: Any) -> Any:
    """The sign-in page refusing an attempt for now (429, with Retry-After)."""
    page = render_template("login.html", error=lockout.wait_message(wait), **context)
    return page, 429, {"Retry-After": str(max(1, math.ceil(wait.total_seconds())))}


def safe_next(target: str | None) -> str:
    """Only a path on this console (never another site) to go to after sign-in."""
    if not target:
        return url_for("queue.index")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return url_for("queue.index")
    return target


def _policy() -> lockout.LockoutPolicy:
    return lockout.LockoutPolicy.from_settings(current_app.extensions["console.settings"])


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    if request.method == "GET":
        if current_staff() is not None:
            return redirect(url_for("queue.index"))
        return render_template("login.html", next=request.args.get("next", ""))

    username = accounts.normalise_username(request.form.get("username", ""))[: lockout.MAX_USERNAME]
    password = request.form.get("password", "")
    target = safe_next(request.form.get("next"))
    addr, now, policy = remote_addr(), datetime.now(timezone.utc), _policy()
    with db_session() as session:
        lockout.serialise(session, username, addr)  # until the attempt is recorded: parallel guesses queue
        wait = lockout.wait_needed(session, username, addr, now, policy)
        if wait:
            # Refused before the password is even looked at; not counted.
            audit.record(session, username, "auth.login_locked", "staff_user", username, remote_addr=addr)
            staff = None
        else:
            staff = accounts.authenticate(session, username, password, now) if username and password else None
            lockout.record_attempt(session, username, addr, staff is not None, now)
            if staff is not None:
                audit.record(session, staff.username, "auth.login", "staff_user", staff.username, remote_addr=addr)
            else:
                audit.record(session, username, "auth.login_failed", "staff_user", username, remote_addr=addr)
                wait = lockout.wait_needed(session, username, addr, now, policy)
    if staff is not None:
        sign_in(staff)
        return redirect(target)
    if wait:
        return throttled_page(wait, username=username, next=target)
    return render_template("login.html", error=WRONG, username=username, next=target), 401


@bp.post("/logout")
def logout() -> Any:
    staff = current_staff()
    if staff is not None:
        with db_session() as session:
            accounts.end_sessions(session, staff.username)
            audit.record(
                session, staff.username, "auth.logout", "staff_user", staff.username, remote_addr=remote_addr()
            )
    sign_out()
    return redirect(url_for("auth.login"))
