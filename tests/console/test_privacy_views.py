"""Staff export or delete one patient's conversation (a request by phone or
letter): clinicians and admins only, CSRF-protected, confirmed, audited
with who and the reference but never the content."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import func, select, update

from assistant.db import session_scope
from assistant.db.models import AuditEvent, BookingRequest, HandoffTicket
from tests.console.conftest import NOW, store_events

CONVERSATION = "conv-privacy-1"
SECRET_WORDS = "my eyelid is quibbling, call 07700 900461"


@pytest.fixture
def patient(engine, make_ticket, make_booking):
    at = NOW.timestamp()
    store_events(
        engine,
        CONVERSATION,
        {"event": "user", "timestamp": at, "text": SECRET_WORDS, "parse_data": {"intent": {"name": "faq"}}},
        {"event": "bot", "timestamp": at + 1, "text": "A member of staff will call you.", "data": {}},
    )
    routine = make_ticket("routine", conversation=CONVERSATION, text=SECRET_WORDS)
    with session_scope(engine) as session:  # resolved, so the emergency opens a thread of its own
        session.execute(update(HandoffTicket).where(HandoffTicket.id == routine).values(status="resolved"))
    return {
        "ticket": routine,
        "emergency": make_ticket("emergency", conversation=CONVERSATION, text=SECRET_WORDS),
        "booking": make_booking(conversation=CONVERSATION),
    }


def audit(engine):
    with session_scope(engine) as session:
        return list(session.execute(select(AuditEvent).where(AuditEvent.action.like("privacy.%"))).scalars())


def test_reception_cannot_reach_patient_data(as_role, patient):
    reception = as_role("reception")

    assert reception.get(f"/privacy/conversations/{CONVERSATION}").status_code == 403
    assert reception.post(f"/privacy/conversations/{CONVERSATION}/erase", {"confirm": "delete"}).status_code == 403


def test_the_summary_shows_counts_and_what_would_be_kept_without_the_messages(as_role, patient):
    page = as_role("clinician").get(f"/privacy/conversations/{CONVERSATION}").get_data(as_text=True)

    assert "2 messages" in page and f"Ticket {patient['emergency']}" in page
    assert "kept on deletion as a minimal care record" in page
    assert "quibbling" not in page


def test_an_export_is_a_json_download_of_the_conversation_audited_without_content(as_role, patient, engine):
    clinician = as_role("clinician")
    clinician.get(f"/privacy/conversations/{CONVERSATION}")

    response = clinician.post(f"/privacy/conversations/{CONVERSATION}/export")

    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    document = json.loads(response.get_data(as_text=True))
    assert document["messages"][0] == {"at": document["messages"][0]["at"], "from": "you", "text": SECRET_WORDS}
    [row] = audit(engine)
    assert (row.actor, row.action, row.subject_id) == ("carl", "privacy.export", document["reference"])
    assert "quibbling" not in json.dumps(row.detail) and "900461" not in json.dumps(row.detail)


def test_deleting_needs_the_typed_confirmation(as_role, patient, engine):
    admin = as_role("admin")
    admin.get(f"/privacy/conversations/{CONVERSATION}")

    response = admin.post(f"/privacy/conversations/{CONVERSATION}/erase", {"confirm": "yes"})

    assert response.status_code == 400 and "Nothing was deleted" in response.get_data(as_text=True)
    with session_scope(engine) as session:
        assert session.execute(select(func.count()).select_from(HandoffTicket)).scalar() == 2
    assert audit(engine) == []


def test_deleting_without_the_csrf_token_is_refused(as_role, patient, engine):
    admin = as_role("admin")

    response = admin.post(f"/privacy/conversations/{CONVERSATION}/erase", {"confirm": "delete"}, token=False)

    assert response.status_code == 400
    assert audit(engine) == []


def test_deleting_erases_the_conversation_keeps_the_emergency_minimised_and_is_audited(as_role, patient, engine):
    admin = as_role("admin")
    admin.get(f"/privacy/conversations/{CONVERSATION}")

    page = admin.post(f"/privacy/conversations/{CONVERSATION}/erase", {"confirm": "delete"}).get_data(as_text=True)

    reference = re.search(r'<code id="reference">(PRV-[A-Z0-9-]+)</code>', page).group(1)
    with session_scope(engine) as session:
        assert session.execute(select(BookingRequest)).scalars().all() == []
        [kept] = session.execute(select(HandoffTicket)).scalars()
        assert kept.id == patient["emergency"] and kept.message_text == ""
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM events").scalar() == 0
    [row] = audit(engine)
    assert (row.actor, row.action, row.subject_id, row.detail["reason"]) == (
        "alice",
        "privacy.erase",
        reference,
        "staff",
    )
    assert "quibbling" not in json.dumps(row.detail)


def test_the_ticket_page_links_to_the_patients_data_for_clinicians(as_role, patient):
    page = as_role("clinician").get(f"/tickets/{patient['ticket']}").get_data(as_text=True)

    assert f'href="/privacy/conversations/{CONVERSATION}"' in page
