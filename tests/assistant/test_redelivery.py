"""assistant.redelivery: a resent message is recognised by its id, and the
replies stored after it are what the reconnected socket gets again."""

from __future__ import annotations

from assistant.redelivery import bot_payload, message_id_from, replies_after


def test_a_well_formed_browser_id_is_kept_and_anything_else_replaced():
    assert message_id_from("3f2b6c1e-9a7d-4e1b-8c2f-0a1b2c3d4e5f") == "3f2b6c1e-9a7d-4e1b-8c2f-0a1b2c3d4e5f"
    for bad in (None, 42, "", "short", "has space inside it", "x" * 65, '"; DROP TABLE events; --'):
        made = message_id_from(bad)
        assert made != bad and len(made) == 32 and made.isalnum()
    assert message_id_from(None) != message_id_from(None)


EVENTS = [
    {"event": "user", "text": "hello", "message_id": "first-message"},
    {"event": "bot", "text": "Hi! How can I help?", "data": {}},
    {"event": "action", "name": "action_listen"},
    {"event": "user", "text": "how much is it", "message_id": "second-message"},
    {"event": "bot", "text": "Prices start at 150.", "data": {"buttons": [{"title": "Book", "payload": "/book"}]}},
    {"event": "bot", "text": None, "data": {"custom": {"handoff": {"urgency": "review"}}}},
    {"event": "user", "text": "thanks", "message_id": "third-message"},
    {"event": "bot", "text": "You're welcome.", "data": {}},
]


def test_the_replies_of_a_stored_message_are_those_up_to_the_next_patient_message():
    assert replies_after(EVENTS, "first-message") == [{"text": "Hi! How can I help?"}]
    assert replies_after(EVENTS, "second-message") == [
        {"text": "Prices start at 150.", "buttons": [{"title": "Book", "payload": "/book"}]},
        {"custom": {"handoff": {"urgency": "review"}}},
    ]


def test_a_message_not_stored_is_not_recognised():
    assert replies_after(EVENTS, "never-stored") is None
    assert replies_after([], "first-message") is None


def test_a_stored_message_whose_turn_has_no_reply_yet_gives_an_empty_list():
    assert replies_after(EVENTS[:4], "second-message") == []


def test_empty_data_fields_are_left_out():
    assert bot_payload({"event": "bot", "text": "ok", "data": {"buttons": None, "elements": []}}) == {"text": "ok"}
