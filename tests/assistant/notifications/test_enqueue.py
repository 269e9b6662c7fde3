"""Opening a ticket queues its alerts: exactly for emergency and same-day
tickets, one per configured channel, in the ticket's transaction, whoever
opens it (the action, the outbox, the reconciler)."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import select

from assistant.db.models import Notification
from assistant.handoff import HandoffUrgency
from assistant.handoff.delivery import open_or_spool, outbox_handlers
from assistant.handoff.tickets import NewTicket, open_ticket
from assistant.notifications import configured_channels
from tests.assistant.notifications.conftest import NOW, WEBHOOK_URL, settings_with


def new(urgency: HandoffUrgency, message: str = "m1", minutes: int = 0) -> NewTicket:
    return NewTicket(
        conversation_id="c1",
        source_message_id=message,
        urgency=urgency,
        created_at=NOW + timedelta(minutes=minutes),
        situations=("anaphylaxis",),
        rows=("B8",),
        triggers=("throat",),
        message_text="my throat feels tight",
    )


def notifications(db):
    with db() as session:
        rows = session.execute(select(Notification).order_by(Notification.id)).scalars().all()
        return [(row.ticket_id, row.channel, row.status, row.attempts, row.next_attempt_at) for row in rows]


@pytest.fixture
def both_channels(notify_env):
    notify_env(notify_email_to="oncall@clinic.example", smtp_host="smtp.clinic.example", notify_webhook_url=WEBHOOK_URL)


@pytest.mark.parametrize("urgency", [HandoffUrgency.EMERGENCY, HandoffUrgency.SAME_DAY])
def test_an_urgent_ticket_queues_one_alert_per_channel_due_at_once(db, both_channels, urgency):
    with db() as session:
        ticket, created = open_ticket(session, new(urgency))

    assert created
    assert notifications(db) == [(ticket.id, "email", "pending", 0, NOW), (ticket.id, "webhook", "pending", 0, NOW)]


@pytest.mark.parametrize("urgency", [HandoffUrgency.REVIEW, HandoffUrgency.ROUTINE])
def test_review_and_routine_tickets_queue_nothing(db, both_channels, urgency):
    with db() as session:
        open_ticket(session, new(urgency))

    assert notifications(db) == []


def test_with_no_channel_configured_nothing_is_queued_and_the_ticket_is_stored(db, notify_env):
    with db() as session:
        ticket, created = open_ticket(session, new(HandoffUrgency.EMERGENCY))

    assert created and ticket.id
    assert notifications(db) == []


def test_only_the_configured_channel_is_queued(db, notify_env):
    notify_env(notify_webhook_url=WEBHOOK_URL)
    with db() as session:
        ticket, _ = open_ticket(session, new(HandoffUrgency.SAME_DAY))

    assert [(t, channel) for t, channel, *_ in notifications(db)] == [(ticket.id, "webhook")]


def test_opening_the_same_message_again_queues_nothing_more(db, both_channels):
    for _ in range(3):
        with db() as session:
            open_ticket(session, new(HandoffUrgency.EMERGENCY))

    assert len(notifications(db)) == 2


def test_a_ticket_rolled_back_takes_its_alerts_with_it(db, world, both_channels):
    # On SQLite this relies on the engine's own BEGIN (assistant/db/engine.py): pysqlite's
    # default would run open_ticket's SAVEPOINT in autocommit mode and keep the ticket.
    with pytest.raises(RuntimeError):
        with db() as session:
            open_ticket(session, new(HandoffUrgency.EMERGENCY))
            raise RuntimeError("the rest of the unit of work failed")

    assert notifications(db) == []


def test_a_ticket_stored_late_from_the_outbox_gets_its_alerts_too(db, down, outbox, both_channels):
    opened = open_or_spool(down, outbox, new(HandoffUrgency.EMERGENCY))
    assert opened.spooled and notifications(db) == []

    report = outbox.deliver(outbox_handlers(db))

    assert len(report.delivered) == 1
    assert [(channel, status) for _, channel, status, *_ in notifications(db)] == [
        ("email", "pending"),
        ("webhook", "pending"),
    ]


def test_invalid_settings_never_stop_the_ticket_from_being_stored(db, notify_env, monkeypatch, caplog):
    notify_env(notify_webhook_url=WEBHOOK_URL)
    monkeypatch.setenv("SMTP_PORT", "not-a-port")

    with caplog.at_level(logging.ERROR, logger="assistant.notifications"):
        with db() as session:
            ticket, created = open_ticket(session, new(HandoffUrgency.EMERGENCY))

    assert created and notifications(db) == []
    assert f"Urgent ticket {ticket.id}: no notification queued" in caplog.text and "SMTP_PORT" in caplog.text


@pytest.mark.parametrize(
    "values, expected",
    [
        ({}, ()),
        ({"notify_email_to": "a@clinic.example"}, ()),  # no SMTP server: email can't go anywhere
        ({"smtp_host": "smtp.clinic.example"}, ()),
        ({"notify_email_to": " , ", "smtp_host": "smtp.clinic.example"}, ()),
        ({"notify_email_to": "a@clinic.example", "smtp_host": "smtp.clinic.example"}, ("email",)),
        ({"notify_webhook_url": WEBHOOK_URL}, ("webhook",)),
        (
            {"notify_email_to": "a@x.example,b@x.example", "smtp_host": "h", "notify_webhook_url": WEBHOOK_URL},
            ("email", "webhook"),
        ),
    ],
)
def test_configured_channels(values, expected):
    assert configured_channels(settings_with(**values)) == expected
