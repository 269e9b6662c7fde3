"""The audit log records who viewed, claimed, noted and resolved which
ticket, sign-ins, account changes and reading the log itself."""

from __future__ import annotations

from typing import List, Tuple

from sqlalchemy import select

from assistant.console import audit
from assistant.db import session_scope
from assistant.db.models import AuditEvent


def rows(engine) -> List[Tuple[str, str, str, str]]:
    with session_scope(engine) as session:
        return [
            (e.actor, e.action, e.subject_type, e.subject_id)
            for e in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
        ]


def test_record_writes_one_row_with_everything_given(engine):
    with session_scope(engine) as session:
        audit.record(session, "alice", "ticket.claim", "ticket", "7", {"why": "test"}, "10.1.2.3")
    with session_scope(engine) as session:
        [event] = audit.list_events(session)
    assert (event.actor, event.action, event.subject_type, event.subject_id) == ("alice", "ticket.claim", "ticket", "7")
    assert event.detail == {"why": "test"} and event.remote_addr == "10.1.2.3" and event.at.tzinfo is not None


def test_record_is_part_of_the_callers_transaction(engine):
    try:
        with session_scope(engine) as session:
            audit.record(session, "alice", "ticket.claim", "ticket", "7")
            raise RuntimeError("the change failed")
    except RuntimeError:
        pass
    assert rows(engine) == []


def test_working_a_ticket_leaves_a_trail(as_role, make_ticket, engine):
    ticket = str(make_ticket("same_day"))
    clinician = as_role("clinician")
    clinician.get(f"/tickets/{ticket}")
    clinician.post(f"/tickets/{ticket}/claim")
    clinician.post(f"/tickets/{ticket}/notes", {"text": "Rang back, coming in at 3pm"})
    clinician.post(f"/tickets/{ticket}/resolve", {"outcome": "booked_consultation"})

    trail = [r for r in rows(engine) if r[2] == "ticket"]
    assert trail == [
        ("carl", "ticket.view", "ticket", ticket),
        ("carl", "ticket.claim", "ticket", ticket),
        ("carl", "ticket.note", "ticket", ticket),
        ("carl", "ticket.resolve", "ticket", ticket),
    ]
    with session_scope(engine) as session:
        [resolution] = audit.list_events(session, action="ticket.resolve")
        [note] = audit.list_events(session, action="ticket.note")
    assert resolution.detail == {"outcome": "booked_consultation"}
    assert "Rang back" not in str(note.detail)  # ids, never patient-related text


def test_sign_ins_and_failures_are_recorded(console, engine):
    console.login("carl", "wrong password!")
    console.login("carl")
    assert [(a, b) for a, b, _, _ in rows(engine)] == [("carl", "auth.login_failed"), ("carl", "auth.login")]


def test_account_changes_and_reading_the_log_are_recorded(as_role, engine):
    admin = as_role("admin")
    admin.post("/staff", {"username": "nina", "display_name": "Nina", "role": "reception", "password": "x" * 14})
    admin.post("/staff/nina/deactivate")
    page = admin.get("/audit")
    assert page.status_code == 200
    actions = [(a, b, d) for a, b, _, d in rows(engine)]
    assert ("alice", "staff.create", "nina") in actions
    assert ("alice", "staff.deactivate", "nina") in actions
    assert actions[-1][:2] == ("alice", "audit.view")
    html = page.get_data(as_text=True)
    assert "staff.deactivate" in html and "nina" in html


def test_only_admins_read_the_log(as_role):
    assert as_role("clinician").get("/audit").status_code == 403
    assert as_role("reception").get("/audit").status_code == 403


def test_the_log_filters_by_actor_and_action(as_role, engine):
    with session_scope(engine) as session:
        audit.record(session, "carl", "ticket.view", "ticket", "1")
        audit.record(session, "rita", "ticket.view", "ticket", "2")
    with session_scope(engine) as session:
        assert [e.subject_id for e in audit.list_events(session, actor="rita")] == ["2"]
        assert audit.count_events(session, action="ticket.view") == 2
    html = as_role("admin").get("/audit?actor=rita").get_data(as_text=True)
    assert "Ticket 2" in html and "Ticket 1<" not in html


def test_the_log_reads_as_sentences_not_keys_and_data(as_role, engine):
    with session_scope(engine) as session:
        audit.record(session, "carl", "ticket.resolve", "ticket", "4", {"outcome": "booked_consultation"})
        audit.record(session, "alice", "ticket.assign", "ticket", "4", {"from": None, "to": "carl"})
        audit.record(
            session, "alice", "clinic.hours.update", "location", "leeds",
            {"changed": {"mon": {"before": "09:00–18:00", "after": "closed"}}},
        )  # fmt: skip
        audit.record(session, "system", "privacy.erase", "conversation", "ab12", {"tickets_kept": [3, 4]})
    html = as_role("admin").get("/audit").get_data(as_text=True)

    for words in (
        "Resolved a ticket", "Outcome: Booked consultation",
        "Assigned a ticket", "From: nobody", "To: Carl Example",
        "Changed opening hours", "Changed: Monday: 09:00–18:00 → closed",
        "Deleted a patient&#39;s data", "Tickets kept (care records): 3, 4",
        "Carl Example <span class=\"muted\">(carl)</span>",
    ):  # fmt: skip
        assert words in html, words
    # No raw keys or data structures left on the page.
    for raw in ("booked_consultation<", "{&#39;", "[3, 4]", "tickets_kept", "<code>ticket.resolve</code>"):
        assert raw not in html, raw
