"""Due times, overdue threads and assignment in the console, on SQLite and
PostgreSQL. No clinic is loaded here, so due times are the fixed fallbacks
of assistant/handoff/due.py (emergency 15 min, same day 1 h, routine 1 day);
the hours-based rules are tested in tests/assistant/handoff/test_due.py."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import List

from sqlalchemy import select, update

from assistant.console import audit
from assistant.db import session_scope
from assistant.db.models import HandoffTicket, StaffUser
from tests.console.both_databases import (  # noqa: F401  (fixtures: SQLite and PostgreSQL)
    clean_engine,
    engine_on_both_databases,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)
from tests.console.conftest import NOW


def _tickets(client, **args) -> List[dict]:
    response = client.get("/api/queue", query_string=args)
    assert response.status_code == 200
    return response.get_json()["tickets"]


def _ticket_row(engine, ticket_id: int) -> HandoffTicket:
    with session_scope(engine) as session:
        return session.get(HandoffTicket, ticket_id)


def test_each_ticket_stores_its_due_time_when_opened(engine, make_ticket):
    emergency = make_ticket("emergency", minutes_ago=30)
    same_day = make_ticket("same_day", minutes_ago=10)
    assert _ticket_row(engine, emergency).due_at == NOW - timedelta(minutes=30) + timedelta(minutes=15)
    assert _ticket_row(engine, same_day).due_at == NOW - timedelta(minutes=10) + timedelta(hours=1)


def test_overdue_threads_are_flagged_filtered_and_sorted(engine, as_role, make_ticket):
    # Ages from the clock the console reads: NOW was fixed when a long test run started.
    now = datetime.now(timezone.utc)
    late_emergency = make_ticket("emergency", minutes_ago=30, name="Olive Overdue", now=now)
    same_day = make_ticket("same_day", minutes_ago=10, name="Sam Sameday", now=now)
    routine = make_ticket("routine", minutes_ago=5, name="Rob Routine", now=now)
    late_same_day = make_ticket("same_day", minutes_ago=200, name="Lara Late", now=now)
    clinician = as_role("clinician")
    for ticket_id in (late_emergency, same_day, late_same_day):  # claimed: not pinned, so sorting shows
        assert clinician.post(f"/tickets/{ticket_id}/claim").status_code == 303

    rows = {t["id"]: t for t in _tickets(clinician)}  # minutes may tick on while the test runs
    assert rows[late_emergency]["overdue"] and re.fullmatch(r"overdue by 1[5-9] min", rows[late_emergency]["due"])
    assert rows[late_same_day]["overdue"] and rows[late_same_day]["due"].startswith("overdue by 2 h")
    assert not rows[same_day]["overdue"] and re.fullmatch(r"due in 4[5-9] min|due in 50 min", rows[same_day]["due"])
    assert not rows[routine]["overdue"] and rows[routine]["due"].startswith("due in 23 h")

    assert [t["id"] for t in _tickets(clinician, due="overdue")] == [late_emergency, late_same_day]
    # Soonest due first (the longest overdue at the top), not most urgent first.
    assert [t["id"] for t in _tickets(clinician, sort="due")] == [late_same_day, late_emergency, same_day, routine]

    page = clinician.get("/", query_string={"due": "overdue"}).get_data(as_text=True)
    assert page.count('class="row-emergency is-overdue"') == 1 and page.count("row-same_day is-overdue") == 1
    assert "Olive Overdue" in page and "Lara Late" in page and "Sam Sameday" not in page
    assert '<option value="overdue" selected>Overdue</option>' in page


def test_a_resolved_ticket_is_never_overdue(engine, as_role, make_ticket):
    ticket = make_ticket("emergency", minutes_ago=60)
    clinician = as_role("clinician")
    clinician.post(f"/tickets/{ticket}/resolve", {"outcome": "called_back"})
    assert _tickets(clinician, status="all", due="overdue") == []
    [row] = _tickets(clinician, status="all")
    assert not row["overdue"] and row["due"] == ""


def test_the_ticket_page_shows_the_due_time_and_overdue(engine, as_role, make_ticket):
    now = datetime.now(timezone.utc)
    late = make_ticket("emergency", minutes_ago=30, now=now)
    fresh = make_ticket("same_day", minutes_ago=1, now=now)
    clinician = as_role("clinician")
    page = clinician.get(f"/tickets/{late}").get_data(as_text=True)
    assert 'class="due is-overdue" id="ticket-due">Overdue: was due' in page
    page = clinician.get(f"/tickets/{fresh}").get_data(as_text=True)
    assert 'class="due" id="ticket-due">Due <time' in page


def test_a_clinician_assigns_a_thread_to_a_colleague_and_it_is_audited(engine, as_role, make_ticket):
    ticket = make_ticket("same_day", minutes_ago=5)
    other = make_ticket("same_day", minutes_ago=4)
    clinician, admin = as_role("clinician"), as_role("admin")

    page = clinician.get(f"/tickets/{ticket}").get_data(as_text=True)
    # Only colleagues who may handle a same-day ticket are offered: not reception.
    assert '<option value="alice">Alice Example (admin)</option>' in page
    assert 'value="rita"' not in page.split('id="assign-form"')[1].split("</form>")[0]

    response = clinician.post(f"/tickets/{ticket}/assign", {"assignee": "alice"}, follow_redirects=True)
    assert "Ticket assigned." in response.get_data(as_text=True)
    row = _ticket_row(engine, ticket)
    assert (row.status, row.claimed_by) == ("claimed", "alice")
    with session_scope(engine) as session:
        [entry] = audit.list_events(session, action="ticket.assign", subject_id=str(ticket))
    assert (entry.actor, dict(entry.detail)) == ("carl", {"from": None, "to": "alice"})
    history = clinician.get(f"/tickets/{ticket}").get_data(as_text=True).split('id="history-heading"')[1]
    assert "Assigned to Alice Example</strong> · Carl Example" in history
    assert "<strong>Claimed</strong>" not in history  # Alice never claimed it: Carl gave it to her

    assert [t["id"] for t in _tickets(admin, assignee="mine")] == [ticket]
    assert [t["id"] for t in _tickets(clinician, assignee="mine")] == []
    assert [t["id"] for t in _tickets(clinician, assignee="nobody")] == [other]
    assert [t["id"] for t in _tickets(clinician, assignee="alice")] == [ticket]

    # Handed on again: the audit row says from whom.
    admin.post(f"/tickets/{ticket}/assign", {"assignee": "carl"})
    with session_scope(engine) as session:
        latest = audit.list_events(session, action="ticket.assign", subject_id=str(ticket))[0]
    assert (latest.actor, dict(latest.detail)) == ("alice", {"from": "alice", "to": "carl"})
    assert [t["id"] for t in _tickets(clinician, assignee="mine")] == [ticket]


def test_assignment_refuses_who_cannot_handle_it(engine, as_role, make_ticket):
    emergency = make_ticket("emergency", minutes_ago=5)
    clinician, reception = as_role("clinician"), as_role("reception")

    # Reception cannot be given an emergency, nor give one away.
    response = clinician.post(f"/tickets/{emergency}/assign", {"assignee": "rita"}, follow_redirects=True)
    assert "Choose an active colleague who can handle this ticket." in response.get_data(as_text=True)
    assert reception.post(f"/tickets/{emergency}/assign", {"assignee": "alice"}).status_code == 403
    # Nobody unknown, nobody deactivated.
    clinician.post(f"/tickets/{emergency}/assign", {"assignee": "mallory"})
    with session_scope(engine) as session:
        session.execute(update(StaffUser).where(StaffUser.username == "alice").values(active=False))
    clinician.post(f"/tickets/{emergency}/assign", {"assignee": "alice"})
    row = _ticket_row(engine, emergency)
    assert (row.status, row.claimed_by) == ("new", None)
    with session_scope(engine) as session:
        assert audit.list_events(session, action="ticket.assign") == []
        assert session.execute(select(StaffUser.active).where(StaffUser.username == "alice")).scalar_one() is False
