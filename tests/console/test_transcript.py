"""Transcripts from the tracker store's `events` table: messages in order
with times, the buttons offered and pressed, escalation payloads, and the
safety screen's findings; first on events written here the way Rasa writes
them, then on real events from the real servers."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import text

from assistant.console.transcript import (
    ASSISTANT,
    PATIENT,
    SESSION,
    Button,
    SafetyFinding,
    TextPart,
    entries_from_events,
    read_transcript,
    split_at_triggers,
)
from assistant.db import create_engine_for
from tests.console.conftest import NOW, store_events
from tests.servers import Servers

T = NOW.timestamp()
SAFETY = {
    "urgency": "emergency",
    "family": "anaphylaxis",
    "situations": ["anaphylaxis"],
    "rows": ["B8"],
    "triggers": ["throat feels tight"],
    "source": "screen",
}
EVENTS = [
    {"event": "action", "timestamp": T, "name": "action_session_start"},
    {"event": "session_started", "timestamp": T},
    {"event": "user", "timestamp": T + 1, "text": "hello?", "parse_data": {"intent": {"name": "greet"}},
     "message_id": "u1"},
    {"event": "bot", "timestamp": T + 2, "text": "Would you like the team to help?",
     "data": {"buttons": [{"title": "Yes, please", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]}},
    {"event": "user", "timestamp": T + 3, "text": "/affirm", "parse_data": {"intent": {"name": "affirm"}},
     "message_id": "u2"},
    {"event": "user", "timestamp": T + 4, "text": "My THROAT FEELS TIGHT <b>now</b>",
     "parse_data": {"intent": {"name": "safety_emergency"}, "safety": SAFETY}, "message_id": "u3"},
    {"event": "bot", "timestamp": T + 5, "text": "Please call 112 now.", "data": {}},
    {"event": "bot", "timestamp": T + 6, "text": None,
     "data": {"custom": {"handoff": {"urgency": "emergency", "ticket_id": "12"}}}},
    {"event": "slot", "timestamp": T + 6, "name": "x", "value": 1},
]


def test_events_become_typed_entries_in_order():
    entries = entries_from_events(EVENTS)

    assert [e.kind for e in entries] == [SESSION, PATIENT, ASSISTANT, PATIENT, PATIENT, ASSISTANT, ASSISTANT]
    greet, offer, pressed, worry, reply, payload = entries[1:]
    assert greet.text == "hello?" and greet.at == datetime.fromtimestamp(T + 1, tz=timezone.utc)
    assert greet.safety is None and greet.pressed is None and greet.intent == "greet"
    assert offer.buttons == (Button("Yes, please", "/affirm"), Button("No", "/deny"))
    assert pressed.pressed == Button("Yes, please", "/affirm")
    assert worry.safety == SafetyFinding("emergency", ("anaphylaxis",), ("B8",), ("throat feels tight",), "screen")
    assert worry.flagged and worry.message_id == "u3"
    assert worry.parts == (TextPart("My "), TextPart("THROAT FEELS TIGHT", True), TextPart(" <b>now</b>"))
    assert reply.text == "Please call 112 now." and reply.handoff is None
    assert payload.text == "" and payload.handoff == {"urgency": "emergency", "ticket_id": "12"}


def test_a_payload_typed_without_a_button_on_offer_is_not_a_button_press():
    [entry] = entries_from_events([{"event": "user", "timestamp": T, "text": "/affirm"}])
    assert entry.pressed is None and entry.text == "/affirm"


def test_a_custom_payload_that_is_not_a_handoff_is_kept_as_text():
    [entry] = entries_from_events([{"event": "bot", "timestamp": T, "data": {"custom": {"map": [1, 2]}}}])
    assert entry.handoff is None and entry.custom == '{"map": [1, 2]}'


@pytest.mark.parametrize(
    "message, triggers, parts",
    [
        ("lips swollen", [], (TextPart("lips swollen"),)),
        ("lips swollen", ["swollen"], (TextPart("lips "), TextPart("swollen", True))),
        ("a.b (x)", ["(x)"], (TextPart("a.b "), TextPart("(x)", True))),  # regex characters are literal
        ("lip swelling", ["lips swell"], (TextPart("lip swelling"),)),  # a lemma match marks nothing
        ("", ["x"], ()),
    ],
)
def test_trigger_words_are_marked_where_they_appear(message, triggers, parts):
    assert split_at_triggers(message, triggers) == parts


def test_the_reader_reads_one_conversation_with_bound_parameters(engine):
    store_events(engine, "patient-1", *EVENTS)
    store_events(engine, "patient-2", {"event": "user", "timestamp": T, "text": "other person"})
    store_events(engine, "x' OR '1'='1", {"event": "user", "timestamp": T, "text": "odd id"})

    entries = read_transcript(engine, "patient-1")
    assert [e.text for e in entries if e.kind == PATIENT] == ["hello?", "/affirm", "My THROAT FEELS TIGHT <b>now</b>"]
    assert [e.text for e in read_transcript(engine, "x' OR '1'='1")] == ["odd id"]
    assert read_transcript(engine, "nobody") == []


def test_a_long_conversation_keeps_its_latest_events(engine):
    store_events(engine, "chatty", *[{"event": "user", "timestamp": T + i, "text": f"m{i}"} for i in range(10)])
    assert [e.text for e in read_transcript(engine, "chatty", limit=3)] == ["m7", "m8", "m9"]


def test_no_events_table_yet_means_an_empty_transcript(tmp_path):
    engine = create_engine_for(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        assert read_transcript(engine, "anyone") == []
    finally:
        engine.dispose()


def test_damaged_event_rows_are_skipped(engine):
    store_events(engine, "p", {"event": "user", "timestamp": T, "text": "fine"})
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES ('p', 'user', 1, 'not json')")
        )
    assert [e.text for e in read_transcript(engine, "p")] == ["fine"]


@pytest.mark.servers
def test_real_conversations_read_back_with_buttons_payloads_and_findings(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "/nlu_fallback")
    offered = servers.chat(sender, "/nlu_fallback")
    [button] = [b for m in offered for b in (m.get("buttons") or []) if b["payload"] == "/affirm"]
    servers.chat(sender, button["payload"])  # the patient presses "Yes, please"
    servers.chat(sender, "I can't breathe and my throat is swelling after my mesotherapy")

    tracker = create_engine_for(servers.clinic_url)
    try:
        entries = read_transcript(tracker, sender)
    finally:
        tracker.dispose()

    patient = [e for e in entries if e.kind == PATIENT]
    assert [e.text for e in patient][-1] == "I can't breathe and my throat is swelling after my mesotherapy"
    assert any(e.pressed == Button(button["title"], "/affirm") for e in patient)
    assert any(Button(button["title"], "/affirm") in e.buttons for e in entries if e.kind == ASSISTANT)
    finding = patient[-1].safety
    assert finding is not None and finding.urgency == "emergency" and "anaphylaxis" in finding.situations
    assert any(part.trigger for part in patient[-1].parts)
    handoffs = [e.handoff for e in entries if e.handoff]
    assert {"urgency": "routine", "ticket_id": None} in handoffs
    assert {"urgency": "emergency", "ticket_id": None} in handoffs
    assert all(a.at <= b.at for a, b in zip(entries, entries[1:], strict=False))
