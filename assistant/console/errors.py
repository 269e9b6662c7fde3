"""Error pages: short, polite, no stack traces, and a 400 that explains an
expired or missing form token (CSRF) in words staff can act on.

Error pages never touch the database: the page may be there because the
database is locked or down, and a second query would wait (or fail) again.
So they show only what the request already loaded (auth.loaded_staff) and
the urgent line from the settings, not from the clinic's tables. A locked
database answers within CONSOLE_DB_TIMEOUT_SECONDS (the engine's bounded
lock wait, app.py) with the 503 page."""

from __future__ import annotations

import logging
from typing import Any, Tuple

from flask import Flask, current_app, g, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy import exc as sql_errors
from werkzeug.exceptions import HTTPException

from assistant.console.auth import ERROR_PAGE
from assistant.console.db import SETTINGS_KEY
from assistant.exceptions import DatabaseUnavailable

logger = logging.getLogger(__name__)

MESSAGES = {
    400: ("Request not accepted", "The form could not be read. Go back, reload the page and try again."),
    403: ("Not allowed", "Your role does not allow this page or action. Ask an admin if you need it."),
    404: ("Not found", "There is nothing at this address. It may have been moved or the link is wrong."),
    405: ("Not allowed", "This address does not accept that kind of request."),
    409: ("Already taken", "Someone else changed this first. Reload the page to see the latest."),
    413: ("Too long", "What you sent is too long. Shorten it and try again."),
    429: ("Too many attempts", "Too many attempts. Wait a few minutes and try again."),
    500: ("Something went wrong", "The console hit an error. Try again; if it keeps happening, tell an admin."),
    503: (
        "Database busy",
        "The clinic database is busy or cannot be reached, so this page could not be loaded. "
        "Try again in a few seconds. Urgent patients: phone them back, and keep the urgent line "
        "({urgent_contact}) answered until the console is back.",
    ),
}


def _urgent_contact() -> str:
    settings = current_app.extensions.get(SETTINGS_KEY)
    return getattr(settings, "urgent_contact", "") or "the clinic's urgent line"


def error_page(status: int, detail: str | None = None) -> Tuple[Any, int]:
    g.setdefault(ERROR_PAGE, True)
    title, message = MESSAGES.get(status, MESSAGES[500])
    message = message.format(urgent_contact=_urgent_contact())
    if request.path.startswith("/api/"):
        return jsonify({"error": title, "detail": detail or message}), status
    return render_template("error.html", title=title, message=detail or message, status=status), status


def register(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def _csrf(error: CSRFError) -> Tuple[Any, int]:
        return error_page(
            400,
            "This form has expired or did not come from the console (security check). "
            "Reload the page and send it again.",
        )

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException) -> Tuple[Any, int]:
        return error_page(error.code or 500)

    @app.errorhandler(DatabaseUnavailable)
    @app.errorhandler(sql_errors.OperationalError)  # a query outside session_scope (locked, timed out)
    @app.errorhandler(sql_errors.TimeoutError)  # no pooled connection free in time
    def _database(error: Exception) -> Tuple[Any, int]:
        logger.error("Staff console on %s %s: %s", request.method, request.path, error)
        return error_page(503)

    @app.errorhandler(Exception)
    def _unexpected(error: Exception) -> Tuple[Any, int]:
        logger.exception("Staff console error on %s %s", request.method, request.path)
        return error_page(500)
