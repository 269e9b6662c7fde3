"""CSRF protection on every form: a POST without the page's token (or with
another session's token) is refused with a 400 and changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from assistant.db import session_scope
from assistant.db.models import HandoffNote, StaffUser
from assistant.handoff.tickets import get_ticket
from tests.console.conftest import PASSWORD, Console


def test_sign_in_without_the_token_is_refused(console: Console):
    response = console.post("/login", {"username": "carl", "password": PASSWORD}, token=False)
    assert response.status_code == 400
    assert "security check" in response.get_data(as_text=True)
    assert console.get("/").status_code == 302


@pytest.mark.parametrize(
    "path, form",
    [
        ("/tickets/{t}/claim", {}),
        ("/tickets/{t}/notes", {"text": "sneaky note"}),
        ("/tickets/{t}/resolve", {"outcome": "no_action"}),
        ("/staff", {"username": "mallory", "display_name": "M", "role": "admin", "password": "x" * 20}),
        ("/staff/carl/deactivate", {}),
        ("/logout", {}),
    ],
)
def test_a_form_without_the_token_changes_nothing(as_role, make_ticket, engine, path, form):
    ticket = make_ticket("routine")
    admin = as_role("admin")
    response = admin.post(path.format(t=ticket), form, token=False)
    assert response.status_code == 400
    with session_scope(engine) as session:
        info = get_ticket(session, ticket)
        notes = session.execute(select(func.count()).select_from(HandoffNote)).scalar_one()
        users = {u.username: u.active for u in session.execute(select(StaffUser)).scalars()}
    assert info.status == "new" and notes == 0
    assert "mallory" not in users and users["carl"] is True
    assert admin.get("/").status_code == 200  # still signed in: /logout was refused too


def test_another_sessions_token_is_refused(as_role, make_ticket):
    ticket = make_ticket("routine")
    victim, attacker = as_role("clinician"), as_role("reception")
    victim.token = attacker.token
    assert victim.post(f"/tickets/{ticket}/claim").status_code == 400


def test_the_same_form_with_its_token_goes_through(as_role, make_ticket, engine):
    ticket = make_ticket("routine")
    response = as_role("reception").post(f"/tickets/{ticket}/claim")
    assert response.status_code == 303
    with session_scope(engine) as session:
        assert get_ticket(session, ticket).claimed_by == "rita"
