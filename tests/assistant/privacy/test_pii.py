"""Masking names, phone numbers, emails and dates of birth in text."""

from datetime import date

import pytest

from assistant.privacy.pii import BIRTH_DATE, EMAIL, NAME, PHONE, Redactor

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    "said, masked",
    [
        ("call me on 07700 900461", "call me on [phone]"),
        ("my mobile is +44 7700 900461.", "my mobile is [phone]."),
        ("ring 0113 496 0000 please", "ring [phone] please"),
        ("write to jo.bloggs+meso@example.co.uk", "write to [email]"),
        ("DOB: 14/02/1987", "DOB: [date of birth]"),
        ("I was born on 3rd March 1990", "I was born on [date of birth]"),
        ("date of birth 1987-02-14", "date of birth [date of birth]"),
        ("my birthday is March 3rd", "my birthday is [date of birth]"),
        ("My name is Priya Raman, hello", "My name is [name], hello"),
    ],
)
def test_personal_details_are_masked(said, masked):
    assert Redactor(today=TODAY).text(said) == masked


@pytest.mark.parametrize(
    "said",
    [
        "can I come on 12/06/2026 at 3pm?",  # an appointment date, not a birth date
        "I take warfarin 5mg and my arm is swollen",
        "reference ABCD1234, ticket 42",
        "/affirm",
        "Friday afternoon, 2 sessions",
    ],
)
def test_ordinary_words_numbers_and_dates_are_left_alone(said):
    assert Redactor(today=TODAY).text(said) == said


def test_details_the_patient_gave_are_masked_wherever_they_appear():
    redactor = Redactor(known=("Zelda Quibbleworth", "07700 900461"), today=TODAY)

    assert redactor.text("zelda quibbleworth here, Zelda again, number 07700900461") == (
        f"{NAME} here, {NAME} again, number {PHONE}"
    )


def test_masking_twice_changes_nothing_more():
    redactor = Redactor(known=("Zelda Quibbleworth",), today=TODAY)
    once = redactor.text("Zelda Quibbleworth, zq@example.org, 07700 900461, born 14/02/1987")

    assert redactor.text(once) == once
    assert once == f"{NAME}, {EMAIL}, {PHONE}, born {BIRTH_DATE}"


def test_nested_event_data_is_masked_and_keeps_its_shape():
    event = {
        "event": "user",
        "timestamp": 1.5,
        "text": "zq@example.org",
        "parse_data": {"entities": [{"value": "zq@example.org"}]},
    }

    assert Redactor(today=TODAY).value(event) == {
        "event": "user",
        "timestamp": 1.5,
        "text": EMAIL,
        "parse_data": {"entities": [{"value": EMAIL}]},
    }
