"""The reconciler opens the tickets the action server missed, from the
tracker store's `events` table (built here the way Rasa's SQLTrackerStore
stores events)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from assistant.db import create_engine_for
from assistant.db.rasa_events import EVENTS
from assistant.exceptions import DatabaseUnavailable
from assistant.handoff import HandoffUrgency
from assistant.handoff.delivery import open_or_spool
from assistant.handoff.opening import ticket_from
from assistant.handoff.reconcile import Reconciler, reconcile
from assistant.handoff.tickets import tickets_for
from tests.assistant.handoff.conftest import NOW

SAFETY = {
    "urgency": "emergency",
    "family": "anaphylaxis",
    "situations": ["anaphylaxis"],
    "rows": ["B8"],
    "triggers": ["throat feels tight"],
    "source": "screen",
}


@pytest.fixture
def tracker(tmp_path: Path):
    engine = create_engine_for(f"sqlite:///{tmp_path / 'conversations.db'}")
    EVENTS.metadata.create_all(engine)
    yield engine
    engine.dispose()


def store(tracker, sender, *events):
    with tracker.begin() as connection:
        for event in events:
            connection.execute(
                insert(EVENTS).values(
                    sender_id=sender,
                    type_name=event["event"],
                    timestamp=event["timestamp"],
                    intent_name=(event.get("parse_data") or {}).get("intent", {}).get("name"),
                    action_name=event.get("name"),
                    data=json.dumps(event),
                )
            )


def conversation(tracker, sender, text, intent, reply, message_id, minutes_ago=5, safety=None):
    at = (NOW - timedelta(minutes=minutes_ago)).timestamp()
    parse_data = {"text": text, "intent": {"name": intent, "confidence": 1.0}}
    if safety:
        parse_data["safety"] = safety
    store(
        tracker,
        sender,
        {"event": "action", "timestamp": at - 1, "name": "action_session_start"},
        {"event": "session_started", "timestamp": at - 1},
        {"event": "action", "timestamp": at - 1, "name": "action_listen"},
        {"event": "user", "timestamp": at, "text": text, "parse_data": parse_data, "message_id": message_id},
        {"event": "slot", "timestamp": at, "name": "clinic_phone", "value": "01632 960 123"},
        {"event": "action", "timestamp": at + 1, "name": reply},
        {"event": "bot", "timestamp": at + 1, "text": "Please call 112 now."},
        {"event": "action", "timestamp": at + 2, "name": "action_open_handoff"},  # failed: no events
        {"event": "action", "timestamp": at + 2, "name": "action_listen"},
    )


def test_an_escalation_answered_while_the_action_server_was_down_gets_its_ticket(tracker, db, outbox):
    conversation(
        tracker,
        "p1",
        "my throat feels tight",
        "safety_emergency",
        "utter_safety_emergency",
        "m1",
        safety=SAFETY,
    )
    conversation(tracker, "p2", "can i talk to a person", "request_human", "utter_human_contact", "m2")
    conversation(tracker, "p3", "how long do the bumps last", "faq", "utter_faq", "m3")

    report = reconcile(tracker, db, outbox, NOW)

    assert report.checked == 2 and len(report.opened) == 2 and not report.spooled
    with db() as session:
        [emergency] = tickets_for(session, "p1")
        [routine] = tickets_for(session, "p2")
        assert tickets_for(session, "p3") == []
    assert (emergency.urgency, emergency.situations, emergency.source_message_id) == (
        HandoffUrgency.EMERGENCY,
        ("anaphylaxis",),
        "m1",
    )
    assert emergency.message_text == "my throat feels tight" and emergency.details["source"] == "reconciler"
    assert emergency.created_at == NOW - timedelta(minutes=5)
    assert routine.urgency is HandoffUrgency.ROUTINE


def test_a_ticket_the_action_opened_is_not_opened_again(tracker, db, outbox):
    conversation(
        tracker,
        "p1",
        "my throat feels tight",
        "safety_emergency",
        "utter_safety_emergency",
        "m1",
        safety=SAFETY,
    )
    user = {
        "event": "user",
        "text": "my throat feels tight",
        "message_id": "m1",
        "parse_data": {"safety": SAFETY},
    }
    open_or_spool(db, outbox, ticket_from("p1", user, HandoffUrgency.EMERGENCY, {}, NOW))

    report = reconcile(tracker, db, outbox, NOW)
    again = reconcile(tracker, db, outbox, NOW)

    assert report.checked == 1 and report.opened == [] and again.opened == []
    with db() as session:
        assert len(tickets_for(session, "p1")) == 1


def test_the_most_recent_escalations_are_left_to_the_action(tracker, db, outbox):
    conversation(
        tracker,
        "p1",
        "my throat feels tight",
        "safety_emergency",
        "utter_safety_emergency",
        "m1",
        minutes_ago=0,
        safety=SAFETY,
    )

    assert reconcile(tracker, db, outbox, NOW).checked == 0
    assert len(reconcile(tracker, db, outbox, NOW + timedelta(minutes=2)).opened) == 1


def test_with_the_clinic_database_down_the_missing_tickets_wait_in_the_outbox(tracker, db, down, outbox):
    conversation(
        tracker,
        "p1",
        "my throat feels tight",
        "safety_emergency",
        "utter_safety_emergency",
        "m1",
        safety=SAFETY,
    )

    with pytest.raises(DatabaseUnavailable):
        reconcile(tracker, down, outbox, NOW)  # can't even check: tried again next minute
    assert len(reconcile(tracker, db, outbox, NOW).opened) == 1


def test_a_fresh_database_without_conversations_is_fine(tmp_path, db, outbox):
    empty = create_engine_for(f"sqlite:///{tmp_path / 'empty.db'}")
    assert reconcile(empty, db, outbox, NOW).checked == 0
    empty.dispose()


def test_the_reconciler_runs_again_and_again(tracker, db, outbox, tmp_path):
    class FakeRuntime:
        def __init__(self):
            self.moment = NOW
            self.session = db
            self.outbox = outbox

        def now(self):
            return self.moment

        def deliver_outbox(self):
            return None

    runtime = FakeRuntime()
    reconciler = Reconciler(runtime, f"sqlite:///{tmp_path / 'conversations.db'}")
    conversation(
        tracker,
        "p1",
        "my throat feels tight",
        "safety_emergency",
        "utter_safety_emergency",
        "m1",
        safety=SAFETY,
    )
    first = reconciler.run_once()
    conversation(
        tracker, "p2", "i want a person", "request_human", "utter_human_contact", "m2", minutes_ago=-5
    )
    runtime.moment = NOW + timedelta(minutes=10)
    second = reconciler.run_once()
    reconciler.close()

    assert len(first.opened) == 1 and len(second.opened) == 1
