"""The callback form's answers: a name, then a phone number; either may be declined."""

import pytest

from assistant.booking.understanding import Turn
from assistant.conversation import Message
from assistant.handoff.callback import (
    NEED_A_PHONE,
    NOT_A_NAME,
    NOT_A_NUMBER,
    callback_answer,
    question_later,
    symptom_now,
)
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


@pytest.mark.parametrize("requested", [NAME, PHONE])
def test_delete_my_data_is_never_a_name_or_number_it_goes_back_to_the_rules(requested):
    step = answer("delete my data", requested, kind="privacy")

    assert step.handed_back and step.remember == {}


# ------------------------------------------------ never "ok" as a name (issue 11)


@pytest.mark.parametrize(
    "said, kind", [("ok", "other"), ("thanks", "thanks"), ("yes", "yes"), ("Okay thanks", "other")]
)
def test_an_acknowledgement_is_never_a_name_and_the_question_comes_again(said, kind):
    step = answer(said, kind=kind)

    assert step.remember == {NAME: None} and not step.handed_back
    assert step.messages == (Message(NOT_A_NAME),)


def test_an_acknowledgement_is_never_a_phone_number():
    step = answer("ok", PHONE, slots={NAME: "Jane"})

    assert step.remember == {PHONE: None} and step.messages == (Message(NOT_A_NUMBER),)


def test_a_question_the_rules_can_answer_is_handed_back_and_the_form_carries_on():
    assert answer("what are your opening hours?", kind="question").handed_back
    assert answer("how much does it cost for the face", kind="question").handed_back


def test_a_question_the_rules_cannot_answer_is_never_a_name():
    step = answer("will the clinic call me?", kind="other")

    assert step.remember == {NAME: None}
    assert step.messages == (Message(question_later("the aftercare line", "the emergency number")), Message(NOT_A_NAME))


@pytest.mark.parametrize("said", ["my face is still swollen", "it hurts a lot", "feeling dizzy"])
def test_a_symptom_is_never_a_name_it_gets_the_safety_net(said):
    step = answer(said)

    assert step.remember == {NAME: None}
    assert step.messages == (Message(symptom_now("the emergency number")), Message(NOT_A_NAME))


def test_a_vague_worry_is_never_a_name():
    assert answer("it just doesn't look right", kind="concern").remember == {NAME: None}


def test_a_number_typed_with_thanks_is_still_taken():
    assert answer("07700 900123 thanks", PHONE, slots={NAME: "Jane"}).remember[PHONE] == "07700 900123"


def test_the_safety_net_names_the_clinics_numbers():
    step = callback_answer(
        Turn("my cheek is a bit more swollen now", "concern"),
        NAME,
        {},
        urgent_contact="01632 960 999",
        emergency_number="112",
    )
    assert "call 112 straight away" in step.messages[0].text
