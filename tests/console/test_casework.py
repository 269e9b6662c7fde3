"""Claim, note and resolve: who may, what happens when two people act at
once, and what staff see when they are too late."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from assistant.console import casework
from assistant.console.accounts import StaffPrincipal
from assistant.console.exceptions import NotPermitted
from assistant.db import session_scope
from assistant.handoff.exceptions import TicketAlreadyClaimed, TicketAlreadyResolved
from assistant.handoff.tickets import get_ticket
from tests.console.conftest import NOW

CARL = StaffPrincipal(2, "carl", "clinician", "Carl Example")
DANA = StaffPrincipal(9, "dana", "clinician", "Dana Example")
RITA = StaffPrincipal(3, "rita", "reception", "Rita Example")
ALICE = StaffPrincipal(1, "alice", "admin", "Alice Example")


def test_two_staff_claiming_at_once_one_wins(engine, make_ticket):
    ticket = make_ticket("emergency")
    results = {}
    start = threading.Barrier(2)

    def claim(staff: StaffPrincipal) -> None:
        start.wait()
        try:
            with session_scope(engine) as session:
                casework.claim_ticket(session, staff, ticket, NOW)
            results[staff.username] = "claimed"
        except TicketAlreadyClaimed as error:
            results[staff.username] = f"refused: {error.claimed_by}"

    threads = [threading.Thread(target=claim, args=(s,)) for s in (CARL, DANA)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results.values())[0] == "claimed"
    winner = next(name for name, result in results.items() if result == "claimed")
    assert sorted(results.values())[1] == f"refused: {winner}"


def test_the_second_claim_in_the_browser_says_who_was_first(as_role, make_ticket):
    ticket = make_ticket("same_day")
    as_role("clinician").post(f"/tickets/{ticket}/claim")
    admin = as_role("admin")
    response = admin.post(f"/tickets/{ticket}/claim", follow_redirects=True)
    assert "already claimed by carl" in response.get_data(as_text=True)


def test_reception_may_not_claim_or_resolve_a_clinical_ticket(engine, make_ticket):
    ticket = make_ticket("review")
    with session_scope(engine) as session:
        with pytest.raises(NotPermitted, match="handled by clinicians"):
            casework.claim_ticket(session, RITA, ticket, NOW)
        with pytest.raises(NotPermitted):
            casework.resolve_ticket(session, RITA, ticket, "called_back", "", NOW)
        casework.note_ticket(session, RITA, ticket, "Patient rang the desk", NOW)
        assert get_ticket(session, ticket).status == "new"


def test_resolving_records_the_outcome_and_keeps_the_comment_as_a_note(engine, make_ticket):
    ticket = make_ticket("same_day")
    with session_scope(engine) as session:
        casework.claim_ticket(session, CARL, ticket, NOW)
        done = casework.resolve_ticket(session, CARL, ticket, "called_back", "Settled, no visit", NOW)
    assert (done.status, done.outcome, done.claimed_by) == ("resolved", "Called back", "carl")
    assert [n.text for n in done.notes] == ["Settled, no visit"]


def test_a_ticket_claimed_by_someone_else_is_resolved_by_them_or_an_admin(engine, make_ticket):
    ticket = make_ticket("same_day")
    with session_scope(engine) as session:
        casework.claim_ticket(session, CARL, ticket, NOW)
    with session_scope(engine) as session:
        with pytest.raises(TicketAlreadyClaimed):
            casework.resolve_ticket(session, DANA, ticket, "no_action", "", NOW)
    with session_scope(engine) as session:
        casework.resolve_ticket(session, ALICE, ticket, "no_action", "", NOW)
    with session_scope(engine) as session:
        with pytest.raises(TicketAlreadyResolved):
            casework.resolve_ticket(session, ALICE, ticket, "no_action", "", NOW)


@pytest.mark.parametrize("outcome", ["", "made_up", "Called back"])
def test_an_outcome_must_be_one_of_the_four(engine, make_ticket, outcome):
    ticket = make_ticket("routine")
    with session_scope(engine) as session:
        with pytest.raises(ValueError, match="Choose an outcome"):
            casework.resolve_ticket(session, CARL, ticket, outcome, "", NOW)


@pytest.mark.parametrize("text", ["", "   ", "x" * 5001])
def test_an_empty_or_huge_note_is_refused(engine, make_ticket, text):
    ticket = make_ticket("routine")
    with session_scope(engine) as session:
        with pytest.raises(ValueError):
            casework.note_ticket(session, CARL, ticket, text, NOW)


def test_the_history_names_who_did_what_in_order(engine, staff, make_ticket):
    ticket = make_ticket("same_day")
    with session_scope(engine) as session:
        casework.claim_ticket(session, CARL, ticket, NOW + timedelta(minutes=1))
        casework.note_ticket(session, CARL, ticket, "Left a voicemail", NOW + timedelta(minutes=2))
        casework.resolve_ticket(session, ALICE, ticket, "called_back", "", NOW + timedelta(minutes=3))
    with session_scope(engine) as session:
        case = casework.open_case(session, engine, CARL, ticket, NOW)
    assert [(h.what, h.who, h.text) for h in case.history] == [
        ("Ticket opened", "Assistant", ""),
        ("Claimed", "Carl Example", ""),
        ("Note", "Carl Example", "Left a voicemail"),
        ("Resolved", "Alice Example", "Called back"),
    ]


def test_an_unknown_ticket_is_a_404_page(as_role):
    assert as_role("clinician").get("/tickets/999").status_code == 404
