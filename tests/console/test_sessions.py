"""Revocable sessions: a copied session cookie stops working after sign-out,
the account's own password change, an admin's reset, and deactivation then
reactivation. Each test steals the cookie of a signed-in browser, does the
revoking thing, then replays the stolen cookie from another client."""

from __future__ import annotations

from typing import Callable

import pytest
from flask import Flask
from sqlalchemy import select

from assistant.console import accounts
from assistant.db import session_scope
from assistant.db.models import AuditEvent, StaffUser
from tests.assistant.db.databases import (  # noqa: F401  (fixtures)
    clean_engine,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)
from tests.console.conftest import NOW, PASSWORD, Console

COOKIE = "clinic_console_session"
NEW_PASSWORD = "a brand new passphrase"


def _steal(console: Console) -> str:
    cookie = console.client.get_cookie(COOKIE)
    assert cookie is not None and cookie.value
    return cookie.value


def _replay(app: Flask, cookie: str) -> Console:
    thief = Console(app.test_client())
    thief.client.set_cookie(COOKIE, cookie)
    return thief


def _signed_in(client: Console) -> bool:
    return client.get("/").status_code == 200


def test_a_copied_cookie_works_until_something_revokes_it(app, console: Console):
    console.login("rita")
    stolen = _steal(console)
    assert _signed_in(_replay(app, stolen))  # the replay itself works: the tests below are meaningful


def test_a_copied_cookie_dies_when_its_owner_signs_out(app, console: Console):
    console.login("rita")
    stolen = _steal(console)
    assert console.post("/logout").status_code == 302
    thief = _replay(app, stolen)
    response = thief.get("/")
    assert response.status_code == 302 and "/login" in response.location
    assert thief.client.get("/api/queue").status_code == 401


def test_signing_out_on_one_device_signs_the_account_out_everywhere(app, console: Console):
    console.login("rita")
    tablet = Console(app.test_client())
    tablet.login("rita")
    console.post("/logout")
    assert not _signed_in(tablet)


def test_a_copied_cookie_dies_when_its_owner_changes_the_password(app, console: Console):
    console.login("rita")
    stolen = _steal(console)
    console.get("/account")
    response = console.post(
        "/account/password",
        {"current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
    )
    assert response.status_code == 303
    assert _signed_in(console)  # the browser that changed it carries on, with a fresh session
    assert _steal(console) != stolen
    assert not _signed_in(_replay(app, stolen))


def test_a_copied_cookie_dies_when_an_admin_resets_the_password(app, console: Console, as_role):
    console.login("rita")
    stolen = _steal(console)
    admin = as_role("admin")
    admin.get("/staff")
    assert admin.post("/staff/rita/password", {"password": NEW_PASSWORD}).status_code == 303
    assert not _signed_in(_replay(app, stolen))
    assert not _signed_in(console)


def test_a_copied_cookie_stays_dead_after_deactivation_and_reactivation(app, console: Console, as_role):
    console.login("rita")
    stolen = _steal(console)
    admin = as_role("admin")
    admin.get("/staff")
    assert admin.post("/staff/rita/deactivate").status_code == 303
    assert admin.post("/staff/rita/activate").status_code == 303
    assert not _signed_in(_replay(app, stolen))
    assert Console(app.test_client()).login("rita").status_code == 302  # the account itself works again


@pytest.mark.parametrize(
    "revoke",
    [
        lambda session: accounts.end_sessions(session, "rita"),
        lambda session: accounts.reset_password(session, "rita", NEW_PASSWORD),
        lambda session: accounts.set_active(session, "rita", False, by="alice"),
    ],
    ids=["end_sessions", "reset_password", "deactivate"],
)
def test_each_revocation_raises_the_session_version(engine, staff, revoke: Callable):
    def version() -> int:
        with session_scope(engine) as session:
            return session.execute(select(StaffUser.session_version).where(StaffUser.username == "rita")).scalar_one()

    before = version()
    with session_scope(engine) as session:
        revoke(session)
    assert version() == before + 1


def test_a_session_id_is_valid_only_at_the_accounts_current_version(clean_engine):  # noqa: F811
    with session_scope(clean_engine) as session:
        account = accounts.create_staff(session, "nina", "Nina Example", "reception", PASSWORD, NOW)
        issued = accounts.load_principal(session, f"{account.id}:0")
        assert issued is not None and issued.get_id() == f"{account.id}:0"
    with session_scope(clean_engine) as session:
        accounts.end_sessions(session, "nina")
        accounts.end_sessions(session, "nina")
    with session_scope(clean_engine) as session:
        assert accounts.load_principal(session, f"{account.id}:0") is None
        assert accounts.load_principal(session, f"{account.id}:1") is None
        assert accounts.load_principal(session, f"{account.id}:2") == issued.__class__(
            account.id, "nina", "reception", "Nina Example", 2
        )


@pytest.mark.parametrize("user_id", ["", "3", "3:", ":0", "x:0", "3:x", "3:-1", "99999999999999999999:0", "3:0:0"])
def test_a_malformed_session_id_signs_nobody_in(engine, staff, user_id):
    with session_scope(engine) as session:
        assert accounts.load_principal(session, user_id) is None


def test_changing_ones_own_password_needs_the_current_one(console: Console, engine):
    console.login("carl")
    console.get("/account")
    response = console.post(
        "/account/password",
        {"current_password": "not my password", "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
    )
    assert response.status_code == 400
    assert "The current password is not right." in response.get_data(as_text=True)
    assert Console(console.client.application.test_client()).login("carl", NEW_PASSWORD).status_code == 401
    assert _signed_in(console)  # a refused change ends nothing


@pytest.mark.parametrize(
    "new, confirmation, message",
    [
        ("short", "short", "at least 12 characters"),
        (NEW_PASSWORD, NEW_PASSWORD + "x", "The two new passwords are not the same."),
        (PASSWORD, PASSWORD, "must differ from the current one"),
    ],
)
def test_a_bad_new_password_is_refused_with_the_reason(console: Console, new, confirmation, message):
    console.login("carl")
    console.get("/account")
    response = console.post(
        "/account/password", {"current_password": PASSWORD, "new_password": new, "confirm_password": confirmation}
    )
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_the_new_password_signs_in_and_the_old_one_no_longer_does(app, console: Console):
    console.login("carl")
    console.get("/account")
    console.post(
        "/account/password",
        {"current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
    )
    assert Console(app.test_client()).login("carl", PASSWORD).status_code == 401
    assert Console(app.test_client()).login("carl", NEW_PASSWORD).status_code == 302


def test_a_password_change_is_audited_without_any_password(console: Console, engine):
    console.login("carl")
    console.get("/account")
    console.post(
        "/account/password",
        {"current_password": "not my password", "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
    )
    console.post(
        "/account/password",
        {"current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
    )
    with session_scope(engine) as session:
        rows = session.execute(
            select(AuditEvent).where(AuditEvent.action.like("staff.password_change%")).order_by(AuditEvent.id)
        ).scalars().all()
        logged = [(row.actor, row.action, row.subject_id, repr(row.detail)) for row in rows]
    assert [entry[:3] for entry in logged] == [
        ("carl", "staff.password_change_failed", "carl"),
        ("carl", "staff.password_change", "carl"),
    ]
    assert not any(secret in str(logged) for secret in (PASSWORD, NEW_PASSWORD, "not my password"))


def test_the_password_form_needs_the_csrf_token(console: Console):
    console.login("carl")
    response = console.post(
        "/account/password",
        {"current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
        token=False,
    )
    assert response.status_code == 400
    assert Console(console.client.application.test_client()).login("carl", NEW_PASSWORD).status_code == 401


def test_guessing_the_current_password_is_throttled_like_sign_in(console: Console):
    console.login("carl")
    console.get("/account")
    statuses = [
        console.post(
            "/account/password",
            {"current_password": f"guess number {n}", "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
        ).status_code
        for n in range(4)
    ]
    assert statuses == [400, 400, 400, 429]  # the test settings allow 3 failures
    # While the delay runs even the right password is not looked at.
    response = console.post(
        "/account/password",
        {"current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
    )
    assert response.status_code == 429 and "Wait 30 seconds" in response.get_data(as_text=True)


def test_every_member_of_staff_has_a_link_to_their_account(as_role):
    for role in ("admin", "clinician", "reception"):
        page = as_role(role).get("/").get_data(as_text=True)
        assert 'href="/account"' in page
