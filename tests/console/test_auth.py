"""Signing in and out: one message for any wrong credentials, lock-out
after repeated failures, sessions that expire and end with the account,
safe cookies and headers, and CSRF on every form (sign-in included)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from assistant.console import accounts
from assistant.console.auth import SIGNED_IN_AT
from assistant.console.login_views import safe_next
from assistant.db import session_scope
from assistant.db.models import LoginAttempt
from tests.console.conftest import PASSWORD, Console


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


def test_too_many_failures_delay_the_account_with_a_clear_message(console: Console):
    for _ in range(2):
        assert console.login("carl", "wrong password!").status_code == 401
    third = console.login("carl", "wrong password!")
    assert third.status_code == 429
    assert "Too many failed sign-ins. Wait 30 seconds before trying again" in third.get_data(as_text=True)
    assert third.headers["Retry-After"] == "30"
    # The right password does not get through while the delay runs.
    assert console.login("carl").status_code == 429


def test_an_unknown_username_is_delayed_the_same_way(console: Console):
    for _ in range(3):
        response = console.login("ghost", "guess guess guess")
    assert response.status_code == 429


def test_every_attempt_is_recorded(console: Console, engine):
    console.login("carl", "wrong password!")
    console.login("carl")
    with session_scope(engine) as session:
        attempts = session.execute(select(LoginAttempt.username, LoginAttempt.succeeded)).all()
    assert attempts == [("carl", False), ("carl", True)]


def _from(app, address: str) -> Console:
    client = Console(app.test_client())
    client.client.environ_base["REMOTE_ADDR"] = address
    return client


def test_spraying_one_password_across_accounts_is_slowed_even_between_own_successful_sign_ins(app):
    """The attack on the old rule: failures counted only since the last
    success from that address, so an insider signing in to their own
    account between guesses could spray passwords across every account."""
    insider = _from(app, "10.0.0.7")
    statuses = []
    for target in ("alice", "carl", "ghost"):
        statuses.append(insider.login(target, "Winter2026!!").status_code)
        statuses.append(insider.login("rita").status_code)  # the insider's own account
    # Three different accounts failed from one address (the test allowance): the spray is slowed.
    assert statuses[:4] == [401, 302, 401, 302]
    assert statuses[4] == 429
    # While the delay runs nothing from that address is checked, not even carl's right password.
    assert insider.login("carl", PASSWORD).status_code == 429


def test_failures_against_one_account_do_not_stop_a_colleague_behind_the_same_address(app):
    """The other attack on the old rule: five failures from one address
    (all staff behind one proxy) locked every account behind it."""
    office = _from(app, "192.0.2.10")
    for _ in range(5):
        office.login("carl", "wrong password!")
    assert office.login("carl").status_code == 429  # carl, from here, waits
    assert _from(app, "192.0.2.10").login("rita").status_code == 302  # rita, from the same address, does not
    assert _from(app, "198.51.100.3").login("carl").status_code == 302  # carl from elsewhere does not


def test_guessing_one_account_from_many_addresses_is_slowed_too(app):
    for n in range(6):  # twice the per-address allowance, each address below its own
        _from(app, f"203.0.113.{n}").login("carl", "wrong password!")
    assert _from(app, "203.0.113.99").login("carl").status_code == 429
    assert _from(app, "203.0.113.99").login("rita").status_code == 302


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
    https = {"base_url": "https://localhost"}  # a browser sends a Secure cookie back over HTTPS only
    client.get("/login", **https)
    # Over HTTPS, Flask-WTF also wants the Referer a browser sends (WTF_CSRF_SSL_STRICT).
    referer = {"Referer": "https://localhost/login"}
    response = client.post("/login", {"username": "carl", "password": PASSWORD}, headers=referer, **https)
    assert response.status_code == 302  # signed in: the form's token came back with the Secure cookie
    assert "Secure" in response.headers["Set-Cookie"]
    assert "Strict-Transport-Security" in client.get("/", **https).headers


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
