"""Who is signed in, and the checks every view makes.

    @bp.get("/audit")
    @roles_required("admin")              # no session: to sign-in; wrong role: 403 page
    def audit_log(): ...

    @permission_required("ticket.view")   # the same, with the roles taken from permissions.py
    staff = current_staff()               # StaffPrincipal (.username, .role, .display_name) or None

Sessions are Flask's signed cookie (HttpOnly, SameSite=Lax, Secure over
HTTPS) holding only "<account id>:<session version>" and the sign-in time.
They end CONSOLE_SESSION_MINUTES after sign-in whatever the activity (an
absolute limit, checked on every request), and at once, every copy of the
cookie included, when the account's session version moves on: sign-out, a
password change or reset, deactivation or reactivation (accounts.py; the
account is loaded from the database on every request).
Every endpoint except sign-in and static files needs a session, checked
before any view runs, so a view that forgets its decorator is still closed.
"""

from __future__ import annotations

import time
from functools import wraps
from typing import Any, Callable, TypeVar, cast

from flask import Flask, abort, current_app, flash, g, jsonify, redirect, request, session, url_for
from flask_login import LoginManager, current_user, login_user, logout_user

from assistant.console import accounts
from assistant.console.db import db_session
from assistant.console.permissions import allowed, roles_with

F = TypeVar("F", bound=Callable[..., Any])

SIGNED_IN_AT = "signed_in_at"
ERROR_PAGE = "console_error_page"  # set on g by errors.py: templates then never load the account
PUBLIC_ENDPOINTS = frozenset({"auth.login", "static"})


def current_staff() -> accounts.StaffPrincipal | None:
    """The signed-in member of staff, or None."""
    if not current_user or not current_user.is_authenticated:
        return None
    return cast(accounts.StaffPrincipal, current_user._get_current_object())


def loaded_staff() -> accounts.StaffPrincipal | None:
    """The signed-in member of staff if this request has loaded them already,
    else None, without touching the database: for error pages, which must
    render when the database is what failed."""
    user = g.get("_login_user")  # where Flask-Login keeps the user it loaded for this request
    if user is None or not user.is_authenticated:
        return None
    return cast(accounts.StaffPrincipal, user)


def _template_staff() -> accounts.StaffPrincipal | None:
    return loaded_staff() if g.get(ERROR_PAGE) else current_staff()


def current_role() -> str | None:
    staff = current_staff()
    return staff.role if staff else None


def remote_addr() -> str:
    return request.remote_addr or ""


def roles_required(*roles: str) -> Callable[[F], F]:
    """Only these roles may use the view: no session redirects to sign-in,
    another role gets the 403 page."""

    def decorator(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            staff = current_staff()
            if staff is None:
                return current_app.login_manager.unauthorized()  # type: ignore[attr-defined]
            if staff.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return cast(F, wrapped)

    return decorator


def permission_required(permission: str) -> Callable[[F], F]:
    """roles_required with the roles the role matrix gives `permission`."""
    return roles_required(*roles_with(permission))


def can(permission: str) -> bool:
    """For templates: may the signed-in member of staff do this?"""
    return allowed(current_role(), permission)


def sign_in(staff: accounts.StaffPrincipal) -> None:
    """Start a fresh session (a new cookie: no session fixation)."""
    session.clear()
    login_user(staff, remember=False, fresh=True)
    session.permanent = True
    session[SIGNED_IN_AT] = int(time.time())


def sign_out() -> None:
    logout_user()
    session.clear()


def _session_expired() -> bool:
    started = session.get(SIGNED_IN_AT)
    lifetime = current_app.permanent_session_lifetime.total_seconds()
    return not isinstance(started, int) or time.time() - started > lifetime


def _unauthorized() -> Any:
    if request.path.startswith("/api/"):
        return jsonify({"error": "signed_out", "login": url_for("auth.login")}), 401
    target = request.full_path if request.method == "GET" else "/"
    return redirect(url_for("auth.login", next=target.rstrip("?")))


def _require_session() -> Any:
    """Before every request: public endpoints pass; everything else needs a
    live session."""
    if request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
        return None
    if current_staff() is not None and _session_expired():
        sign_out()
        flash("Your session has ended. Please sign in again.", "info")
    if current_staff() is None:
        return _unauthorized()
    return None


def _load_user(user_id: str) -> accounts.StaffPrincipal | None:
    with db_session() as db:
        return accounts.load_principal(db, user_id)


def init_auth(app: Flask) -> None:
    manager = LoginManager()
    manager.login_view = "auth.login"
    manager.login_message = "Please sign in to see this page."
    manager.login_message_category = "info"
    manager.session_protection = "basic"
    manager.user_loader(_load_user)
    manager.unauthorized_handler(_unauthorized)
    # No `current_user` in templates (it loads the account): they get current_staff, which error pages
    # take only from what the request already loaded (_template_staff).
    manager.init_app(app, add_context_processor=False)
    app.before_request(_require_session)
    app.context_processor(lambda: {"current_staff": _template_staff(), "can": can})
