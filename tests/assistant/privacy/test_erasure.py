"""Erasing one conversation: events, booking requests and tickets deleted,
care records and confirmed appointments kept minimised, an erasure record
and an audit row without content (SQLite and PostgreSQL)."""

from sqlalchemy import select

from assistant.db import session_scope
from assistant.db.models import BookingRequest, HandoffNote, HandoffTicket
from assistant.privacy.conversation_events import conversation_events
from assistant.privacy.conversation_lock import latest_erasure
from assistant.privacy.erasure import PATIENT, STAFF, erase_conversation
from tests.assistant.privacy.conftest import (
    CANARY_NAME,
    CANARY_PHONE,
    NOW,
    add_booking,
    add_ticket,
    audit_rows,
    canaries_in,
    canary_events,
    everything_stored,
    new_conversation,
    store_events,
)


def test_erasing_deletes_the_conversation_its_requests_and_pending_tickets(world, stores):
    conversation, other = new_conversation(), new_conversation()
    store_events(world, conversation, canary_events(NOW.timestamp()))
    store_events(world, other, canary_events(NOW.timestamp())[:2])
    add_booking(world, conversation)
    add_ticket(world, conversation, "routine")

    outcome = erase_conversation(stores, conversation, reason=PATIENT, now=NOW, actor="patient")

    assert (outcome.events_deleted, outcome.bookings_deleted, outcome.tickets_deleted) == (9, 1, 1)
    assert outcome.tickets_kept == () and outcome.bookings_kept == ()
    assert outcome.reference.startswith("PRV-")
    with world.connect() as connection:
        assert conversation_events(connection, conversation) == []
        assert len(conversation_events(connection, other)) == 2  # nobody else's
        assert latest_erasure(connection, conversation) is not None
    assert canaries_in(everything_stored(world)) == []


def test_an_open_emergency_ticket_is_minimised_not_lost(world, stores):
    conversation = new_conversation()
    store_events(world, conversation, canary_events(NOW.timestamp()))
    ticket_id = add_ticket(world, conversation, "emergency")

    outcome = erase_conversation(stores, conversation, reason=PATIENT, now=NOW, actor="patient")

    [kept] = outcome.tickets_kept
    assert (kept.id, kept.urgency, kept.open) == (ticket_id, "emergency", True)
    with session_scope(world) as session:
        ticket = session.get(HandoffTicket, ticket_id)
        # The team can still call the patient back; their words are gone.
        assert (ticket.patient_name, ticket.patient_phone, ticket.urgency, ticket.status) == (
            CANARY_NAME,
            CANARY_PHONE,
            "emergency",
            "new",
        )
        assert (
            ticket.message_text == "" and ticket.triggers == [] and ticket.details == {"minimised": outcome.reference}
        )
        assert ticket.conversation_id == f"erased:{outcome.reference}"


def test_a_handled_review_ticket_stays_as_a_care_record_with_notes_masked(world, stores):
    conversation = new_conversation()
    ticket_id = add_ticket(world, conversation, "review", "resolved", note=f"Rang {CANARY_PHONE}, fine")

    outcome = erase_conversation(stores, conversation, reason=STAFF, now=NOW, actor="dr.hart")

    assert [t.id for t in outcome.tickets_kept] == [ticket_id] and not outcome.tickets_kept[0].open
    with session_scope(world) as session:
        [note] = session.execute(select(HandoffNote).where(HandoffNote.ticket_id == ticket_id)).scalars()
        assert note.text == "Rang [phone], fine"


def test_a_confirmed_appointment_stays_without_its_health_answers_and_requested_ones_go(world, stores):
    conversation = new_conversation()
    confirmed = add_booking(world, conversation, "confirmed")
    add_booking(world, conversation, "requested")

    outcome = erase_conversation(stores, conversation, reason=PATIENT, now=NOW, actor="patient")

    assert outcome.bookings_deleted == 1 and len(outcome.bookings_kept) == 1
    with session_scope(world) as session:
        [kept] = session.execute(select(BookingRequest)).scalars()
        assert kept.id == confirmed and kept.screening == {} and kept.preferred_time_text is None
        assert kept.patient_name == CANARY_NAME  # the appointment in the diary


def test_the_audit_row_names_who_and_the_reference_and_holds_no_content(world, stores):
    conversation = new_conversation()
    store_events(world, conversation, canary_events(NOW.timestamp()))
    add_ticket(world, conversation, "emergency")

    outcome = erase_conversation(stores, conversation, reason=STAFF, now=NOW, actor="dr.hart", remote_addr="10.0.0.5")

    [row] = audit_rows(world)
    assert (row.actor, row.action, row.subject_type, row.subject_id, row.remote_addr) == (
        "dr.hart",
        "privacy.erase",
        "conversation",
        outcome.reference,
        "10.0.0.5",
    )
    assert row.detail["reason"] == "staff" and row.detail["events_deleted"] == 9
    assert conversation not in str(row.detail) and canaries_in(str(row.detail)) == []


def test_erasing_twice_finds_nothing_the_second_time(world, stores):
    conversation = new_conversation()
    store_events(world, conversation, canary_events(NOW.timestamp()))
    erase_conversation(stores, conversation, reason=PATIENT, now=NOW, actor="patient")

    again = erase_conversation(stores, conversation, reason=PATIENT, now=NOW, actor="patient")

    assert not again.found_anything
