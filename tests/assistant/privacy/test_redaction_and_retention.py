"""The retention job: redaction X days after a conversation ends, erasure
Y days after it is closed, care records kept for their own period, open
work never touched (SQLite and PostgreSQL)."""

from datetime import timedelta

from sqlalchemy import select

from assistant.db import session_scope
from assistant.db.models import BookingRequest, HandoffTicket
from assistant.privacy.conversation_events import conversation_events
from assistant.privacy.retention import RetentionPolicy, run_retention
from tests.assistant.privacy.conftest import (
    CANARY_NAME,
    CANARY_PHONE,
    CANARY_SYMPTOM,
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

POLICY = RetentionPolicy(timedelta(days=30), timedelta(days=180), timedelta(days=2920))
ENDED = NOW - timedelta(days=40)  # past redaction, not yet deletion


def test_a_conversation_that_ended_long_enough_ago_is_redacted_everywhere(world, stores):
    conversation = new_conversation()
    store_events(world, conversation, canary_events(ENDED.timestamp()))
    add_booking(world, conversation, "cancelled", at=ENDED)
    add_ticket(world, conversation, "routine", "resolved", at=ENDED)

    report = run_retention(stores, POLICY, NOW)

    assert report.redacted == 1 and report.erased == []
    stored = everything_stored(world)
    # Names, numbers, emails and dates of birth are gone; the rest of what was said stays.
    assert canaries_in(stored) == [CANARY_SYMPTOM]
    with world.connect() as connection:
        events = conversation_events(connection, conversation)
    assert len(events) == 9  # rewritten in place: Rasa's count of stored events still holds
    assert events[2].data["text"] == f"hi, my name is [name] and my arm has {CANARY_SYMPTOM}"
    assert [e.data["value"] for e in events if e.data["event"] == "slot"] == ["[name]", "[phone]"]


def test_a_recent_conversation_and_open_work_keep_their_details(world, stores):
    recent, waiting = new_conversation(), new_conversation()
    store_events(world, recent, canary_events((NOW - timedelta(days=2)).timestamp()))
    store_events(world, waiting, canary_events(ENDED.timestamp()))
    add_booking(world, waiting, "requested", at=ENDED)

    run_retention(stores, POLICY, NOW)

    with world.connect() as connection:
        assert conversation_events(connection, recent)[2].data["text"].startswith(f"hi, my name is {CANARY_NAME}")
    with session_scope(world) as session:
        [booking] = session.execute(select(BookingRequest)).scalars()
        assert (booking.patient_name, booking.phone) == (CANARY_NAME, CANARY_PHONE)  # staff still need them


def test_redaction_runs_once_per_conversation_until_it_changes(world, stores):
    conversation = new_conversation()
    store_events(world, conversation, canary_events(ENDED.timestamp()))

    first = run_retention(stores, POLICY, NOW)
    second = run_retention(stores, POLICY, NOW)

    assert (first.redacted, second.redacted) == (1, 0)


def test_a_closed_conversation_is_erased_after_the_deletion_period_keeping_care_records(world, stores):
    closed = NOW - timedelta(days=200)
    conversation = new_conversation()
    store_events(world, conversation, canary_events(closed.timestamp()))
    add_booking(world, conversation, "cancelled", at=closed)
    add_ticket(world, conversation, "routine", "resolved", at=closed)
    care = add_ticket(world, conversation, "same_day", "resolved", at=closed)

    report = run_retention(stores, POLICY, NOW)

    assert len(report.erased) == 1
    with world.connect() as connection:
        assert conversation_events(connection, conversation) == []
    with session_scope(world) as session:
        assert session.execute(select(BookingRequest)).scalars().all() == []
        [ticket] = session.execute(select(HandoffTicket)).scalars()
        assert ticket.id == care and ticket.message_text == "" and ticket.conversation_id.startswith("erased:")
    actions = [(row.actor, row.action) for row in audit_rows(world)]
    assert ("system", "privacy.erase") in actions


def test_an_unresolved_ticket_holds_the_conversation_however_old(world, stores):
    old = NOW - timedelta(days=400)
    conversation = new_conversation()
    store_events(world, conversation, canary_events(old.timestamp()))
    add_ticket(world, conversation, "review", "claimed", at=old)

    report = run_retention(stores, POLICY, NOW)

    assert report.erased == []
    with world.connect() as connection:
        assert len(conversation_events(connection, conversation)) == 9


def test_care_records_are_deleted_after_their_own_retention(world, stores):
    long_ago = NOW - timedelta(days=2900)  # past deletion, within the care records' 2920 days
    conversation = new_conversation()
    add_ticket(world, conversation, "emergency", "resolved", at=long_ago)

    first = run_retention(stores, POLICY, NOW)  # erased, the care record kept minimised
    assert len(first.erased) == 1 and first.care_records_deleted == 0
    later = run_retention(stores, POLICY, NOW + timedelta(days=30))

    assert later.care_records_deleted == 1
    with session_scope(world) as session:
        assert session.execute(select(HandoffTicket)).scalars().all() == []


def test_small_batches_move_on_to_the_next_conversations_instead_of_redoing_the_oldest(world, stores):
    for days in (50, 45, 40):
        store_events(world, new_conversation(), canary_events((NOW - timedelta(days=days)).timestamp()))

    runs = [run_retention(stores, POLICY, NOW, batch=2).redacted for _ in range(3)]

    assert runs == [2, 1, 0]
    assert canaries_in(everything_stored(world)) == [CANARY_SYMPTOM]
