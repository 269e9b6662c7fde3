"""Clinic questions completed from the patient's earlier messages (demo clinic)."""

from __future__ import annotations

import pytest

from assistant.clinic import answers
from assistant.clinic.answers import Question
from assistant.clinic.context import Earlier, in_context
from tests.assistant.clinic.conftest import NOW


def answered(session, topic: str, text: str, *earlier: Earlier) -> str:
    topic, question = in_context(session, topic, Question(text), list(earlier))
    return " ".join(answers.answer(session, topic, question, NOW).texts)


def test_it_is_the_treatment_the_patient_just_asked_about(session):
    reply = answered(session, "price", "how much is it?", Earlier("is there a needle free option?", "faq"))
    assert "Needle-free mesotherapy" in reply and "£95" in reply
    assert "Hair mesotherapy" not in reply  # not the whole price list


def test_without_earlier_treatment_the_whole_price_list(session):
    reply = answered(session, "price", "how much is it?", Earlier("hello", "greet"))
    assert "Needle-free mesotherapy" in reply and "Hair mesotherapy" in reply


def test_a_treatment_named_in_the_question_wins_over_the_earlier_one(session):
    reply = answered(session, "price", "how much is hair meso?", Earlier("is there a needle free option?", "faq"))
    assert "Hair mesotherapy" in reply and "Needle-free" not in reply


def test_it_is_the_clinic_the_patient_just_asked_about(session):
    reply = answered(session, "hours", "what time do you close on friday?",
                     Earlier("where is your york clinic?", "ask_location"))  # fmt: skip
    assert "York" in reply and "Leeds" not in reply
    assert "Which clinic" not in reply


def test_and_another_clinic_asks_the_same_question_again_for_it(session):
    york_hours = Earlier("what are the york clinic's opening hours?", "ask_opening_hours")
    reply = answered(session, "location", "and leeds?", york_hours)
    assert "Leeds" in reply and "9:00" in reply  # Leeds's hours, not its address
    assert "Park Square" not in reply


def test_a_bare_clinic_after_something_else_is_just_that_clinic(session):
    topic, question = in_context(session, "location", Question("and leeds?"), [Earlier("does it hurt", "faq")])
    assert topic == "location" and question.text == "and leeds?"


@pytest.mark.parametrize("position", [2, 3])
def test_context_fades_after_two_messages(session, position):
    earlier = [Earlier("ok", "affirm")] * (position - 1) + [Earlier("is there a needle free option?", "faq")]
    reply = answered(session, "price", "how much is it?", *earlier)
    assert ("Hair mesotherapy" in reply) == (position > 2)


def test_a_button_payload_is_no_context(session):
    topic, question = in_context(session, "price", Question("how much?"), [Earlier('/ask_price{"location":"york"}')])
    assert question == Question("how much?")
