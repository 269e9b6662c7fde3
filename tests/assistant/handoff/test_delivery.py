"""Opening a ticket never loses it: the database, or the outbox until the
database is back; delivering twice never makes two tickets."""

from __future__ import annotations

from assistant.handoff import HandoffUrgency
from assistant.handoff.delivery import (
    CONTACT_KIND,
    TICKET_KIND,
    open_or_spool,
    outbox_handlers,
    record_contact,
    ticket_key,
)
from assistant.handoff.tickets import NewTicket, find_ticket, tickets_for
from tests.assistant.handoff.conftest import NOW

NEW = NewTicket(
    conversation_id="c1",
    source_message_id="m1",
    urgency=HandoffUrgency.EMERGENCY,
    created_at=NOW,
    situations=("anaphylaxis",),
    rows=("B8",),
    triggers=("throat feels tight",),
    message_text="my throat feels tight",
    details={"source": "assistant"},
)


def test_with_the_database_up_the_ticket_is_stored(db, outbox):
    opened = open_or_spool(db, outbox, NEW)

    assert opened.created and not opened.spooled and opened.ticket_id == str(opened.ticket.id)
    assert len(outbox) == 0


def test_with_the_database_down_the_ticket_waits_in_the_outbox_and_arrives_later(db, down, outbox):
    opened = open_or_spool(down, outbox, NEW)

    assert opened.spooled and opened.ticket_id is None
    [(key, record)] = outbox.pending()
    assert key == opened.key == ticket_key("c1", "m1") and record["kind"] == TICKET_KIND

    report = outbox.deliver(outbox_handlers(db))

    assert report.delivered == [key] and len(outbox) == 0
    with db() as session:
        stored = find_ticket(session, "c1", "m1")
    assert stored is not None
    assert (stored.urgency, stored.situations, stored.message_text, stored.created_at) == (
        HandoffUrgency.EMERGENCY,
        ("anaphylaxis",),
        "my throat feels tight",
        NOW,
    )


def test_a_ticket_delivered_twice_is_stored_once(db, down, outbox):
    open_or_spool(down, outbox, NEW)
    record = outbox.pending()[0][1]
    handlers = outbox_handlers(db)

    handlers[TICKET_KIND](record)
    handlers[TICKET_KIND](record)
    open_or_spool(db, outbox, NEW)  # and the action retrying

    with db() as session:
        assert len(tickets_for(session, "c1")) == 1


def test_the_callback_contact_follows_a_ticket_that_is_still_in_the_outbox(db, down, outbox):
    open_or_spool(down, outbox, NEW)

    assert record_contact(down, outbox, "c1", "m1", "Jane Doe", "07700 900123") is False
    kinds = [record["kind"] for _, record in outbox.pending()]
    assert kinds == [TICKET_KIND, CONTACT_KIND]  # oldest first: the ticket, then its contact

    outbox.deliver(outbox_handlers(db))

    with db() as session:
        stored = find_ticket(session, "c1", "m1")
    assert (stored.patient_name, stored.patient_phone) == ("Jane Doe", "07700 900123")
    assert len(outbox) == 0


def test_with_the_database_still_down_nothing_is_lost(down, outbox):
    open_or_spool(down, outbox, NEW)

    report = outbox.deliver(outbox_handlers(down))

    assert report.waiting == [ticket_key("c1", "m1")] and len(outbox) == 1


def test_declining_both_details_writes_nothing(down, outbox):
    assert record_contact(down, outbox, "c1", "m1", None, None) is True
    assert len(outbox) == 0


def test_ticket_keys_are_stable_and_valid_outbox_keys():
    key = ticket_key("test-abc", "0f" * 16)
    assert key == ticket_key("test-abc", "0f" * 16) != ticket_key("test-abd", "0f" * 16)
    assert key.startswith("handoff-") and len(key + "-contact") <= 64
