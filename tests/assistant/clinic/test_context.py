"""Clinic questions completed from the patient's earlier messages (demo clinic)."""

from __future__ import annotations

import pytest

from assistant.clinic import answers
from assistant.clinic.answers import Question
from assistant.clinic.context import Booking, Earlier, in_context
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


# A booking request in progress: hair mesotherapy at York chosen some messages ago.
HAIR_AT_YORK = Booking(treatment="hair-mesotherapy", location="york")


def answered_while_booking(session, topic: str, text: str, booking: Booking, *earlier: Earlier) -> str:
    topic, question = in_context(session, topic, Question(text), list(earlier), booking)
    return " ".join(answers.answer(session, topic, question, NOW).texts)


def test_while_booking_it_is_the_treatment_being_booked(session):
    reply = answered_while_booking(session, "price", "how much is it?", HAIR_AT_YORK, Earlier("ok", "affirm"))
    assert "Hair mesotherapy" in reply and "£150" in reply
    assert "Needle-free" not in reply  # not the whole price list


def test_while_booking_it_is_the_clinic_being_booked(session):
    reply = answered_while_booking(session, "hours", "when do you close on friday?", HAIR_AT_YORK)
    assert "York" in reply and "Leeds" not in reply


def test_a_treatment_or_clinic_just_named_wins_over_the_booking(session):
    reply = answered_while_booking(
        session, "price", "how much is it?", HAIR_AT_YORK, Earlier("is there a needle free option?", "faq")
    )
    assert "£95" in reply and "Hair mesotherapy" not in reply
    reply = answered_while_booking(session, "hours", "when does the leeds clinic close on friday?", HAIR_AT_YORK)
    assert "Leeds" in reply and "York" not in reply


def test_an_undecided_booking_or_a_treatment_no_longer_offered_adds_nothing(session):
    for booking in (Booking(), Booking(treatment="no-longer-offered", location="nowhere")):
        topic, question = in_context(session, "price", Question("how much is it?"), [], booking)
        assert question == Question("how much is it?")
        topic, question = in_context(session, "hours", Question("when are you open?"), [], booking)
        assert question == Question("when are you open?")
