"""Reading the answer to the phone invite: only a number `phonenumbers`
calls valid is taken; "ok", "no", a question or a symptom never is."""

from __future__ import annotations

import pytest

from assistant.handoff.phone_invite import InviteAnswer, phone_in, read_answer


@pytest.mark.parametrize(
    "text, phone",
    [
        ("07911 123456", "07911 123456"),
        ("my number is 0113 496 0000 thanks", "0113 496 0000"),
        ("+44 7911 123456", "+44 7911 123456"),
        ("call my husband on 07911123456", "07911123456"),
    ],
)
def test_a_valid_number_is_taken_as_typed(text, phone):
    assert read_answer(text) == InviteAnswer(phone=phone)


@pytest.mark.parametrize(
    "text, intent",
    [
        ("ok", "affirm"),
        ("yes", "affirm"),
        ("what happens now?", "faq"),
        ("my throat feels tight", "report_concern"),
        ("call 999", None),
        ("I had 3 sessions", None),
    ],
)
def test_ok_a_question_or_a_symptom_is_not_a_number(text, intent):
    assert read_answer(text, intent) == InviteAnswer()


@pytest.mark.parametrize(
    "text, intent", [("no", "deny"), ("no thanks", None), ("I'd rather not", None), ("nope", None)]
)
def test_declining(text, intent):
    assert read_answer(text, intent).declines


def test_digits_that_are_no_valid_number_are_noticed_but_not_taken():
    assert read_answer("07911 12") == InviteAnswer(has_digits=True)
    assert read_answer("1234567890") == InviteAnswer(has_digits=True)


def test_the_region_reads_numbers_without_a_country_code():
    assert phone_in("0612345678", "NL") == "0612345678"
    assert phone_in("0612345678", "GB") is None
    assert phone_in("+31 6 12345678", "not-a-region") == "+31 6 12345678"
