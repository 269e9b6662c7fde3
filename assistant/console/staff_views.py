"""Staff accounts, for admins: list, create, deactivate, reactivate, reset a password."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable

from flask import Blueprint, flash, redirect, render_template, request, url_for

from assistant.console import accounts, audit
from assistant.console.auth import current_staff, permission_required, remote_addr
from assistant.console.db import db_session
from assistant.console.exceptions import AccountError
from assistant.console.permissions import ROLES

bp = Blueprint("staff", __name__)


@bp.get("/staff")
@permission_required("staff.manage")
def index() -> Any:
    with db_session() as session:
        staff = accounts.list_staff(session)
    return render_template("staff.html", staff=staff, roles=ROLES, min_password=accounts.MIN_PASSWORD)


def _change(work: Callable[[Any], Any], done: str) -> Any:
    try:
        with db_session() as session:
            work(session)
        flash(done, "success")
    except AccountError as error:
        flash(str(error), "error")
    return redirect(url_for("staff.index"), code=303)


@bp.post("/staff")
@permission_required("staff.manage")
def create() -> Any:
    me, addr, form = current_staff(), remote_addr(), request.form
    username = accounts.normalise_username(form.get("username", ""))

    def work(session: Any) -> None:
        created = accounts.create_staff(
            session,
            username,
            form.get("display_name", ""),
            form.get("role", ""),
            form.get("password", ""),
            datetime.now(timezone.utc),
        )
        audit.record(
            session, me.username, "staff.create", "staff_user", created.username, {"role": created.role}, addr
        )

    return _change(work, f"Account {username!r} created.")


def _set_active(username: str, active: bool) -> Any:
    me, addr = current_staff(), remote_addr()

    def work(session: Any) -> None:
        accounts.set_active(session, username, active, by=me.username)
        action = "staff.activate" if active else "staff.deactivate"
        audit.record(session, me.username, action, "staff_user", username, remote_addr=addr)

    return _change(work, f"Account {username!r} {'reactivated' if active else 'deactivated'}.")


@bp.post("/staff/<username>/deactivate")
@permission_required("staff.manage")
def deactivate(username: str) -> Any:
    return _set_active(username, False)


@bp.post("/staff/<username>/activate")
@permission_required("staff.manage")
def activate(username: str) -> Any:
    return _set_active(username, True)


@bp.post("/staff/<username>/password")
@permission_required("staff.manage")
def reset_password(username: str) -> Any:
    me, addr, password = current_staff(), remote_addr(), request.form.get("password", "")

    def work(session: Any) -> None:
        accounts.reset_password(session, username, password)
        audit.record(session, me.username, "staff.password_reset", "staff_user", username, remote_addr=addr)

    return _change(work, f"Password of {username!r} changed.")
