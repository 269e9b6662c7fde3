"""Whole conversations over the REST webhook against running servers."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from functools import cache

import pytest
import requests
from rasa.shared.core.domain import Domain

from tests.servers import ROOT, TEST_SETTINGS, Servers

pytestmark = pytest.mark.servers


@cache
def _domain() -> Domain:
    return Domain.load(str(ROOT / "domain"))


def expected(response: str) -> str:
    """The response's (unconditional) text with the test clinic's settings filled in."""
    variations = [v for v in _domain().responses[response] if not v.get("condition")]
    text = variations[0]["text"]
    return re.sub(r"{(\w+)}", lambda m: TEST_SETTINGS[m.group(1).upper()], text)


def test_first_reply_is_the_disclaimer_with_the_configured_emergency_number(servers: Servers):
    replies = servers.texts(servers.new_conversation(), "hello")

    assert replies == [expected("utter_disclaimer"), expected("utter_greet")]
    assert "call 112 now" in replies[0]
    assert "Testfield Clinic" in replies[0]


def test_disclaimer_is_shown_once_per_conversation(servers: Servers):
    sender = servers.new_conversation()
    first = servers.texts(sender, "does mesotherapy hurt?")
    second = servers.texts(sender, "how long does a session take")

    assert first[0] == expected("utter_disclaimer")
    assert expected("utter_disclaimer") not in second


@pytest.mark.parametrize(
    "question, topic",
    [
        ("does mesotherapy hurt?", "pain_numbing"),
        ("how many sessions will i need", "sessions_intervals"),
        ("when can i put makeup on after", "aftercare_makeup"),
        ("can i go to the sauna after my treatment", "aftercare_heat"),
        ("is it fda approved", "approval_safety"),
        ("can i buy the fat dissolving stuff and do it myself at home", "self_injection"),
    ],
)
def test_faq_questions_get_the_topic_answer(servers: Servers, question: str, topic: str):
    replies = servers.texts(servers.new_conversation(), question)

    assert replies[-1] == expected(f"utter_faq/{topic}")


def test_markup_is_ignored_when_understanding_a_question(servers: Servers):
    replies = servers.texts(servers.new_conversation(), "<b>does mesotherapy hurt?</b>")

    assert replies[-1] == expected("utter_faq/pain_numbing")


@pytest.mark.parametrize(
    "message, reply_fragment",
    [
        ("", "came through empty"),
        ("   ", "came through empty"),
        ("😀😀😀", "only read words"),
        ("x" * 10_000, "long message"),
        ("¿me recomienda una película para esta noche?", "only chat in English"),
        ("<script>alert('hi')</script>", "only read words"),
        ("Robert'); DROP TABLE events;--", ""),
    ],
    ids=["empty", "spaces", "emoji", "10k-chars", "spanish", "script-tag", "sql"],
)
def test_bad_input_gets_a_polite_reply(servers: Servers, message: str, reply_fragment: str):
    replies = servers.texts(servers.new_conversation(), message)

    assert replies, "the assistant must never stay silent"
    assert all(reply.strip() for reply in replies)
    assert reply_fragment in replies[-1]
    assert "Traceback" not in " ".join(replies)


def test_other_language_reply_gives_phone_and_emergency_number(servers: Servers):
    replies = servers.texts(servers.new_conversation(), "bonjour, vous aimez la musique classique ?")

    assert replies[-1] == expected("utter_other_language")
    assert "01632 960 123" in replies[-1] and "112" in replies[-1]


def test_a_question_in_another_language_gets_a_note_in_it_then_the_english_answer(servers: Servers):
    sender = servers.new_conversation()
    first = servers.texts(sender, "Guten Tag, tut die Behandlung eigentlich weh?")
    second = servers.texts(sender, "Y cuánto cuesta una sesión?")

    assert first[0] == expected("utter_language_note_de")
    assert "01632 960 123" in first[0]
    assert first[1] == expected("utter_disclaimer")
    assert first[2] == expected("utter_faq/pain_numbing")
    assert second[0] == expected("utter_language_note_es")
    assert "Our prices per session" in " ".join(second[1:])
    assert expected("utter_other_language") not in first + second


def test_sql_looking_text_is_stored_verbatim_and_tables_survive(servers: Servers):
    sender = servers.new_conversation()
    text = "Robert'); DROP TABLE events;--"
    servers.chat(sender, text)

    with sqlite3.connect(servers.database) as db:
        rows = db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (sender,)
        ).fetchall()
    assert len(rows) == 1 and text.replace("'", "\\'") not in rows[0][0]
    assert '"text": "Robert\'); DROP TABLE events;--"' in rows[0][0]


def test_asking_for_a_person_gives_the_clinic_numbers(servers: Servers):
    # Then a routine handoff and the callback form: tests/conversations/test_safety_conversations.py
    sender = servers.new_conversation()
    replies = [text for text in servers.texts(sender, "can i speak to a real person please") if text]

    assert replies[1] == expected("utter_human_contact")
    assert "01632 960 123" in replies[1] and "01632 960 999" in replies[1]


def test_fallback_chain_clarifies_then_offers_a_person_then_gives_the_number(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "hi")

    first = servers.chat(sender, "/nlu_fallback")
    second = servers.chat(sender, "/nlu_fallback")
    third = servers.chat(sender, "/nlu_fallback")
    fourth = servers.chat(sender, "/nlu_fallback")

    assert [m["text"] for m in first] == [expected("utter_ask_rephrase")]
    assert [m["text"] for m in second] == [expected("utter_offer_human")]
    assert [b["payload"] for b in second[0]["buttons"]] == ["/affirm", "/deny"]
    assert [m["text"] for m in third] == [expected("utter_default")]
    # The chain starts again rather than repeating the same question.
    assert [m["text"] for m in fourth] == [expected("utter_ask_rephrase")]


def test_accepting_the_offer_of_a_person_gives_the_numbers(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "hi")
    servers.chat(sender, "/nlu_fallback")
    servers.chat(sender, "/nlu_fallback")

    replies = [text for text in servers.texts(sender, "yes please") if text]
    assert replies[0] == expected("utter_human_contact")


def test_gibberish_reaches_the_fallback(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "hi")

    assert servers.texts(sender, "qwzx vbnm plok") == [expected("utter_ask_rephrase")]


def test_conversation_is_kept_in_the_sql_tracker_store(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "does it hurt")
    servers.chat(sender, "thanks")

    with sqlite3.connect(servers.database) as db:
        events = db.execute(
            "SELECT type_name, intent_name, action_name FROM events WHERE sender_id = ? ORDER BY id", (sender,)
        ).fetchall()
    user_intents = [intent for kind, intent, _ in events if kind == "user"]
    actions = [action for kind, _, action in events if kind == "action"]
    assert user_intents == ["faq", "thank"]
    assert "utter_faq" in actions and "utter_thank" in actions


def test_the_faq_topic_is_recorded_and_only_an_faq_question_gets_an_faq_answer(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "does it hurt")
    servers.chat(sender, "thanks")

    with sqlite3.connect(servers.database) as db:
        rows = db.execute(
            "SELECT type_name, data FROM events WHERE sender_id = ? AND type_name IN ('user', 'action') ORDER BY id",
            (sender,),
        )
        events = [(kind, json.loads(data)) for kind, data in rows]
    users = [data["parse_data"] for kind, data in events if kind == "user"]
    question, thanks = users
    assert question["response_selector"]["faq"]["response"]["intent_response_key"] == "faq/pain_numbing"
    assert thanks["intent"]["name"] == "thank"
    # The actions after the thanks: no FAQ answer among them (the classifier ranks the FAQ
    # topics for every message, for "did you mean", but only the faq intent answers from them).
    last_user = max(i for i, (kind, _) in enumerate(events) if kind == "user")
    after_thanks = [data["name"] for kind, data in events[last_user:] if kind == "action"]
    assert after_thanks and not any(name.startswith("utter_faq") for name in after_thanks)


@pytest.mark.parametrize(
    "body",
    [b"not json", b"{}", b'{"sender": "x"}', b'{"message": "hi"}', b'{"sender": "x", "message": 42}', b"[1, 2]"],
    ids=["not-json", "empty-object", "no-message", "no-sender", "number", "list"],
)
def test_malformed_requests_are_refused_with_an_explanation(servers: Servers, body: bytes):
    response = requests.post(
        f"{servers.rasa_url}/webhooks/rest/webhook",
        data=body,
        headers={"Content-Type": "application/json"},
        timeout=30,
    )

    assert response.status_code == 400
    assert "sender" in response.json()["error"] or "message" in response.json()["error"]
    # The server is still healthy afterwards.
    assert servers.texts(servers.new_conversation(), "hello")


def test_control_characters_are_dropped_before_storage(servers: Servers):
    sender = servers.new_conversation()
    replies = servers.texts(sender, "does it\x00 hurt\x07?")

    assert replies[-1] == expected("utter_faq/pain_numbing")
    with sqlite3.connect(servers.database) as db:
        (data,) = db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (sender,)
        ).fetchone()
    assert '"text": "does it hurt?"' in data


def test_terminal_chat_talks_to_the_running_assistant(servers: Servers):
    result = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "chat", "--url", servers.rasa_url],
        input="does mesotherapy hurt?\n/quit\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )

    assert result.returncode == 0
    assert expected("utter_faq/pain_numbing") in result.stdout
