"""Reading the patient's words in the booking form."""

import pytest

from assistant.booking import fields
from assistant.booking.understanding import (
    NO,
    UNSURE,
    YES,
    Turn,
    contact_from,
    correction_field,
    is_correction,
    is_digression,
    is_stop,
    looks_like_question,
    means_any_location,
    means_first,
    name_from,
    yes_no,
)


@pytest.mark.parametrize(
    "turn, answer",
    [
        (Turn("/affirm", "yes", is_payload=True), YES),
        (Turn("/deny", "no", is_payload=True), NO),
        (Turn("Nope", "no"), NO),
        (Turn("no I'm not", "no"), NO),
        (Turn("yes", "yes"), YES),
        (Turn("not sure", "no"), UNSURE),
        (Turn("maybe?", "other"), UNSURE),
        (Turn("I don't know", "other"), UNSURE),
        (Turn("nah not me", "no"), NO),
        (Turn("no, but I take aspirin for my heart", "no"), "no, but I take aspirin for my heart"),
        (Turn("I'm on warfarin", "other"), "I'm on warfarin"),
    ],
)
def test_yes_no_or_the_patients_own_words(turn, answer):
    assert yes_no(turn) == answer


def test_own_words_are_kept_to_a_safe_length():
    assert len(yes_no(Turn("x " * 600))) == 500


@pytest.mark.parametrize(
    "turn, expected",
    [
        (Turn("stop", "stop"), True),
        (Turn("never mind", "no"), True),
        (Turn("Cancel", "other", 0.2), True),
        (Turn("forget it", "no"), True),
        (Turn("no", "no"), False),
        (Turn("please stop asking me things", "stop", 0.3), False),
        (Turn("i dont want to do this now", "stop"), True),
        (Turn("Robert'); DROP TABLE booking_requests;--", "stop"), False),
    ],
)
def test_stop(turn, expected):
    assert is_stop(turn) is expected


@pytest.mark.parametrize(
    "turn, expected",
    [
        (Turn("how much is it?", "question"), True),
        (Turn("does it hurt", "question"), True),
        (Turn('/ask_opening_hours{"location": "york"}', "question", is_payload=True), True),
        (Turn("Jane Smith", "question"), False),  # a name the NLU took for a question
        (Turn("how much is it?", "question", 0.3), False),
        (Turn("what?", "other"), False),
    ],
)
def test_digression_needs_a_question_intent_and_a_question(turn, expected):
    assert is_digression(turn) is expected


def test_looks_like_question():
    assert looks_like_question("is there parking")
    assert looks_like_question("hair?")
    assert not looks_like_question("Jane Smith")
    assert not looks_like_question("is")


@pytest.mark.parametrize(
    "text, name",
    [
        ("my name is Jane Smith", "Jane Smith"),
        ("I'm Ali.", "Ali"),
        ("Jane", "Jane"),
        ("it's Mo Khan", "Mo Khan"),
    ],
)
def test_name_from(text, name):
    assert name_from(text) == name


@pytest.mark.parametrize(
    "text, found",
    [
        ("07700 900123", (None, "07700 900123")),
        ("my number is +44 7700 900123 thanks", (None, "+44 7700 900123")),
        ("email me at jane.doe@example.co.uk.", ("jane.doe@example.co.uk", None)),
        ("call me", (None, None)),
        ("0770", (None, None)),
    ],
)
def test_contact_from(text, found):
    assert contact_from(text) == found


@pytest.mark.parametrize(
    "text, field",
    [
        ("change my phone number", fields.CONTACT),
        ("i typed my email wrong", fields.CONTACT),
        ("my name is spelled wrong", fields.NAME),
        ("can i change the time", fields.WHEN),
        ("change the clinic", fields.LOCATION),
        ("i got the treatment wrong", fields.TREATMENT),
        ("actually i might be pregnant", "screening_pregnancy"),
        ("i forgot, i'm on warfarin", "screening_blood_thinners"),
        ("can i change one of the health answers", "screening"),
        ("actually make it york", None),
    ],
)
def test_which_answer_a_correction_is_about(text, field):
    assert correction_field(text) == field


def test_correction_cues():
    assert is_correction(Turn("actually make it york", "other"))
    assert is_correction(Turn("not leeds, york", "other"))
    assert is_correction(Turn("york", "correct"))
    assert not is_correction(Turn("no I'm not", "no"))


def test_any_and_first():
    assert means_any_location("Either is fine")
    assert means_any_location("I don't mind")
    assert means_first("the first one")
    assert means_first("ASAP")
    assert not means_first("friday")
