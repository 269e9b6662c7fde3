"""Patient text in an action call: cut before any action reads it, and listed for the log redaction."""

from __future__ import annotations

from assistant.action_call_text import MAX_TEXT_CHARS, cap_action_call, patient_texts

LONG = "is it safe " * 100_000  # 1.1 MB


def call(text: str, slots: dict | None = None, typed_name: str = LONG) -> dict:
    message = {"text": text, "intent": {"name": "ask_price"}, "entities": []}
    return {
        "next_action": "action_answer_price",
        "domain": {"intents": ["ask_price"]},
        "tracker": {
            "sender_id": "patient-1",
            "slots": slots or {},
            "latest_message": message,
            "events": [
                {"event": "user", "text": text, "parse_data": message},
                {"event": "slot", "name": "booking_name", "value": typed_name},
                {"event": "bot", "text": "Hello!"},
            ],
        },
    }


def test_every_patient_text_in_the_call_is_cut():
    capped = cap_action_call(call(LONG, slots={"booking_name": LONG, "booking_when": ["x" * 5000], "count": 3}))
    tracker = capped["tracker"]

    assert tracker["latest_message"]["text"] == LONG[:MAX_TEXT_CHARS]
    user, slot, bot = tracker["events"]
    assert user["text"] == user["parse_data"]["text"] == LONG[:MAX_TEXT_CHARS]
    assert slot["value"] == LONG[:MAX_TEXT_CHARS]
    assert tracker["slots"] == {"booking_name": LONG[:MAX_TEXT_CHARS], "booking_when": ["x" * MAX_TEXT_CHARS],
                                "count": 3}
    assert bot == {"event": "bot", "text": "Hello!"}
    assert capped["next_action"] == "action_answer_price" and capped["domain"] == {"intents": ["ask_price"]}


def test_short_texts_and_the_original_call_are_left_alone():
    original = call("how much is it?", slots={"booking_name": "Ann Lee"}, typed_name="Ann Lee")
    long_one = call(LONG)

    assert cap_action_call(original) == original
    cap_action_call(long_one)
    assert long_one["tracker"]["latest_message"]["text"] == LONG  # the caller's data is not changed


def test_a_call_without_a_tracker_is_passed_on():
    assert cap_action_call({"next_action": "x"}) == {"next_action": "x"}
    assert patient_texts({"next_action": "x"}) == []


def test_the_patient_texts_are_the_messages_and_form_answers_but_not_the_clinics_details():
    texts = patient_texts(call("call me on 07911 123456", typed_name="Zebedee Canarywood", slots={
        "booking_name": "Zebedee Canarywood", "clinic_phone": "01632 960 123", "booking_day": None,
    }))

    assert texts == ["call me on 07911 123456", "call me on 07911 123456", "Zebedee Canarywood"]
