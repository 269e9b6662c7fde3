"""The callback form's answers: a name, then a phone number; either may be declined."""

import pytest

from assistant.booking.understanding import Turn
from assistant.conversation import Message
from assistant.handoff.callback import NEED_A_PHONE, callback_answer
from assistant.handoff.opening import DECLINED

NAME, PHONE = "callback_name", "callback_phone"


def answer(text, requested=NAME, kind="other", slots=None, confidence=0.9):
    return callback_answer(Turn(text, kind, confidence), requested, slots or {})


@pytest.mark.parametrize("said, name", [("Jane Doe", "Jane Doe"), ("my name is Jane", "Jane")])
def test_a_name_is_taken(said, name):
    assert answer(said).remember == {NAME: name}


def test_a_name_and_number_together_fill_both():
    assert answer("Jane Doe, 07700 900123").remember == {PHONE: "07700 900123", NAME: "Jane Doe"}


def test_skip_skips_only_the_question_asked():
    assert answer("skip").remember == {NAME: DECLINED}
    assert answer("skip", PHONE, slots={NAME: "Jane"}).remember == {PHONE: DECLINED}


@pytest.mark.parametrize("said, kind", [("no thanks", "no"), ("I'd rather not", "other"), ("stop", "stop")])
def test_no_thanks_to_the_name_declines_the_callback_altogether(said, kind):
    assert answer(said, kind=kind).remember == {NAME: DECLINED, PHONE: DECLINED}


def test_a_phone_number_is_checked():
    assert answer("07700 900123", PHONE).remember == {PHONE: "07700 900123"}
    bad = answer("12", PHONE)
    assert bad.remember == {PHONE: None} and "phone number" in bad.messages[0].text


def test_an_email_address_is_not_a_phone_number():
    step = answer("jane@example.com", PHONE)
    assert step.remember == {PHONE: None} and step.messages == (Message(NEED_A_PHONE),)


def test_safety_messages_and_questions_go_back_to_the_rules():
    assert answer("my throat is closing up", kind="safety", confidence=1.0).handed_back
    assert answer("what are your opening hours?", kind="question").handed_back
