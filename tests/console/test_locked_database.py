"""A console that survives a locked database: with another process holding
SQLite's exclusive lock, every page answers 503 with a clear message within
a bounded time (CONSOLE_DB_TIMEOUT_SECONDS, not SQLite's long default), and
the error page itself never touches the database (it would wait again)."""

from __future__ import annotations

import sqlite3
import time
from typing import Iterator

import pytest
from flask import Flask
from sqlalchemy.engine import Engine

from assistant.console import create_app
from assistant.settings import Settings
from tests.console.conftest import Console

TIMEOUT_SECONDS = 2
# Generous: one bounded wait per page is about 2 s; a page that waited twice, or
# on SQLite's own 15 s, or hung as before (> 30 s), still fails.
BOUND_SECONDS = 20
PAGES = ("/", "/api/queue", "/tickets/1", "/clinic/closures", "/bookings", "/audit", "/staff", "/account")


@pytest.fixture
def bounded_app(settings: Settings, engine: Engine, staff) -> Flask:
    """The app as production builds it: its own engine from the settings, with the bounded wait."""
    bounded = Settings(**{**settings.__dict__, "console_db_timeout_seconds": TIMEOUT_SECONDS})
    return create_app(bounded, test_config={"SECRET_KEY": "test-secret", "TESTING": True})


@pytest.fixture
def locked(engine: Engine) -> Iterator[sqlite3.Connection]:
    """Another process's exclusive lock: no other connection may read or write."""
    engine.dispose()  # the fixtures' own pooled connections let go of the file
    holder = sqlite3.connect(engine.url.database, isolation_level=None, timeout=1)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE staff_users SET display_name = display_name")
    yield holder
    holder.execute("ROLLBACK")
    holder.close()


def test_every_page_says_the_database_is_busy_within_a_bounded_time(bounded_app, make_ticket, clinic, request):
    make_ticket("emergency")
    admin = Console(bounded_app.test_client())
    assert admin.login("alice").status_code == 302
    assert admin.get("/clinic/closures").status_code == 200
    for engine in bounded_app.extensions.values():
        if isinstance(engine, Engine):
            engine.dispose()  # idle pooled connections: reconnect under the lock, as after a restart

    request.getfixturevalue("locked")
    for path in PAGES:
        started = time.monotonic()
        response = admin.get(path)
        took = time.monotonic() - started
        body = response.get_data(as_text=True)
        assert response.status_code == 503, (path, response.status_code, body[:300])
        assert took < BOUND_SECONDS, (path, took)
        assert "busy" in body and "Try again" in body
        assert "0113 496 0999" in body  # the urgent line, from the settings (not the locked database)
        if not path.startswith("/api/"):
            assert "<h1>Database busy</h1>" in body


def test_a_form_posted_while_locked_gets_the_busy_page_too(bounded_app, make_ticket, request):
    ticket = make_ticket("routine")
    reception = Console(bounded_app.test_client())
    assert reception.login("rita").status_code == 302
    reception.get(f"/tickets/{ticket}")
    for engine in bounded_app.extensions.values():
        if isinstance(engine, Engine):
            engine.dispose()

    request.getfixturevalue("locked")
    started = time.monotonic()
    response = reception.post(f"/tickets/{ticket}/notes", {"text": "rang, no answer"})
    assert response.status_code == 503 and time.monotonic() - started < BOUND_SECONDS
    assert "Database busy" in response.get_data(as_text=True)


def test_error_pages_add_no_query_of_their_own(app, as_role, engine):
    """A page nobody has (no view: the account is never loaded) renders with no
    query at all; a ticket that doesn't exist runs only the view's own queries
    (the account, the ticket), not a second load of the account for the page."""
    from sqlalchemy import event

    client = as_role("admin")
    statements = []

    def count(_conn, _cursor, statement, *args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        missing_page = client.get("/no-such-page")
        page_statements = list(statements)
        statements.clear()
        missing_ticket = client.get("/tickets/987654")
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert missing_page.status_code == 404 and page_statements == []
    assert missing_ticket.status_code == 404
    assert "Alice Example" in missing_ticket.get_data(as_text=True)  # the account the request loaded is shown
    assert sum("FROM staff_users" in sql for sql in statements) == 1, statements
