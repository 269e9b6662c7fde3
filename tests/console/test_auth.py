"""Signing in and out: one message for any wrong credentials, lock-out
after repeated failures, sessions that expire and end with the account,
safe cookies and headers, and CSRF on every form (sign-in included)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from assistant.console import accounts, lockout
from assistant.console.auth import SIGNED_IN_AT
from assistant.console.login_views import safe_next
from assistant.db import session_scope
from assistant.db.models import LoginAttempt
from tests.console.conftest import NOW, PASSWORD, Console


def test_the_right_password_signs_in_and_lands_on_the_queue(console: Console):
    response = console.login("carl")
    assert response.status_code == 302 and response.location == "/"
    page = console.get("/").get_data(as_text=True)
    assert "Carl Example" in page and "clinician" in page


def test_usernames_are_not_case_sensitive(console: Console):
    assert console.login("  CARL ").status_code == 302


@pytest.mark.parametrize("username, password", [("carl", "wrong password!"), ("nobody", PASSWORD), ("carl", "")])
def test_wrong_credentials_get_one_message_that_reveals_nothing(console: Console, username, password):
    response = console.login(username, password)
    assert response.status_code == 401
    assert "Wrong username or password." in response.get_data(as_text=True)
    assert console.get("/").status_code == 302  # still signed out


def test_a_deactivated_account_cannot_sign_in(console: Console, engine):
    with session_scope(engine) as session:
        accounts.set_active(session, "rita", False, by="alice")
    assert console.login("rita").status_code == 401


def test_too_many_failures_lock_the_account_with_a_clear_message(console: Console):
    for _ in range(2):
        assert console.login("carl", "wrong password!").status_code == 401
    third = console.login("carl", "wrong password!")
    assert third.status_code == 429
    assert "Too many failed sign-ins. Sign-in is locked for 15 minutes" in third.get_data(as_text=True)
    # The right password does not get through while locked.
    assert console.login("carl").status_code == 429


def test_an_unknown_username_locks_the_same_way(console: Console):
    for _ in range(3):
        response = console.login("ghost", "guess guess guess")
    assert response.status_code == 429


def test_the_lock_is_per_address_too(app, console: Console):
    for name in ("x1", "x2", "x3"):  # three different usernames from one address
        console.login(name, "guess guess guess")
    assert console.login("carl").status_code == 429
    elsewhere = Console(app.test_client())
    elsewhere.client.environ_base["REMOTE_ADDR"] = "10.0.0.9"
    assert elsewhere.login("carl").status_code == 302


def test_every_attempt_is_recorded(console: Console, engine):
    console.login("carl", "wrong password!")
    console.login("carl")
    with session_scope(engine) as session:
        attempts = session.execute(select(LoginAttempt.username, LoginAttempt.succeeded)).all()
    assert attempts == [("carl", False), ("carl", True)]


def test_the_lock_ends_after_the_window_and_a_success_resets_the_count(engine):
    policy = lockout.LockoutPolicy(max_failures=3, window=timedelta(minutes=15))
    with session_scope(engine) as session:
        for minutes in (20, 10, 9, 8):
            lockout.record_attempt(session, "carl", "1.2.3.4", False, NOW - timedelta(minutes=minutes))
        assert lockout.is_locked(session, "carl", "5.6.7.8", NOW, policy)  # three in the window
        assert not lockout.is_locked(session, "carl", "5.6.7.8", NOW + timedelta(minutes=8), policy)
        lockout.record_attempt(session, "dora", "9.9.9.9", False, NOW - timedelta(minutes=3))
        lockout.record_attempt(session, "dora", "9.9.9.9", False, NOW - timedelta(minutes=2))
        lockout.record_attempt(session, "dora", "9.9.9.9", True, NOW - timedelta(minutes=1))
        lockout.record_attempt(session, "dora", "9.9.9.9", False, NOW)
        assert not lockout.is_locked(session, "dora", "9.9.9.9", NOW, policy)


def test_signing_out_ends_the_session(console: Console):
    console.login("carl")
    response = console.post("/logout")
    assert response.status_code == 302 and response.location == "/login"
    assert console.get("/").status_code == 302


def test_a_session_ends_after_the_configured_minutes(app, console: Console):
    console.login("carl")
    assert console.get("/").status_code == 200
    with console.client.session_transaction() as session:
        session[SIGNED_IN_AT] -= 61 * 60  # the test settings: 60 minutes
    response = console.get("/")
    assert response.status_code == 302 and "/login" in response.location
    assert console.get("/").status_code == 302


def test_a_deactivated_account_is_signed_out_at_its_next_request(console: Console, engine):
    console.login("rita")
    assert console.get("/").status_code == 200
    with session_scope(engine) as session:
        accounts.set_active(session, "rita", False, by="alice")
    assert console.get("/").status_code == 302


def test_the_session_cookie_is_httponly_samesite_and_limited_in_time(console: Console):
    response = console.login("carl")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Expires=" in cookie
    assert "Secure" not in cookie


def test_the_cookie_is_secure_when_served_over_https(settings, engine, staff):
    from dataclasses import replace

    from assistant.console import create_app

    app = create_app(replace(settings, console_https=True), test_config={"SECRET_KEY": "k"}, engine=engine)
    client = Console(app.test_client())
    response = client.login("carl")
    assert "Secure" in response.headers["Set-Cookie"]
    assert "Strict-Transport-Security" in client.get("/").headers


def test_pages_forbid_inline_scripts_framing_and_caching(console: Console):
    console.login("carl")
    headers = console.get("/").headers
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "target, expected",
    [
        (None, "/"),
        ("/tickets/4", "/tickets/4"),
        ("/?status=new", "/?status=new"),
        ("https://evil.example/", "/"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
    ],
)
def test_after_sign_in_only_pages_of_the_console_are_followed(app, target, expected):
    with app.test_request_context():
        assert safe_next(target) == expected


def test_a_signed_out_page_request_comes_back_after_sign_in(console: Console, make_ticket):
    ticket = make_ticket()
    response = console.get(f"/tickets/{ticket}")
    assert response.status_code == 302 and response.location == f"/login?next=/tickets/{ticket}"
    console.get(response.location)
    signed_in = console.post(
        "/login", {"username": "carl", "password": PASSWORD, "next": f"/tickets/{ticket}"}
    )
    assert signed_in.location == f"/tickets/{ticket}"
