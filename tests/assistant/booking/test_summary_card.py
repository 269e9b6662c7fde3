"""The booking summary card: the facts at a glance, contact partly masked."""

from __future__ import annotations

import pytest

from assistant.booking.summary_card import SummaryCard, humanise_slug, mask_contact, mask_email, mask_phone


@pytest.mark.parametrize(
    "phone, masked",
    [
        ("07911 123456", "••••• •••456"),
        ("+44 7911 123456", "+•• •••• •••456"),
        ("0113-496-0000", "••••-•••-•000"),
    ],
)
def test_a_phone_number_shows_only_its_last_three_digits(phone, masked):
    assert mask_phone(phone) == masked


def test_an_email_shows_its_first_letter_and_domain():
    assert mask_email("jane.doe@example.com") == "j•••@example.com"
    assert mask_contact(" jane@example.com ") == ("Email", "j•••@example.com")
    assert mask_contact("07911 123456") == ("Phone", "••••• •••456")


def test_the_card_and_its_text_say_the_same_facts():
    card = SummaryCard.for_request(
        treatment="Hair mesotherapy",
        location="Leeds",
        time="Friday 13 June at 9:00 (kept for you)",
        name="<b>Jane</b>",
        contact="07911 123456",
        reference="BR-7Q2K",
    )

    assert card.text() == (
        "Your booking request\nTreatment: Hair mesotherapy\nClinic: Leeds\n"
        "Time: Friday 13 June at 9:00 (kept for you)\nName: <b>Jane</b>\nPhone: ••••• •••456\nReference: BR-7Q2K"
    )
    payload = card.payload()["card"]
    assert payload["reference"] == "BR-7Q2K"
    assert [(f["label"], f["value"]) for f in payload["fields"]] == list(card.fields)
    assert card.message().custom == card.payload() and card.message().text == card.text()


def test_missing_facts_say_what_happens_instead_and_no_contact_row_is_invented():
    card = SummaryCard.for_request(treatment=None, location=None, time=None, name="Sam", contact=None, reference="r1")

    assert dict(card.fields) == {
        "Treatment": "To discuss at your consultation",
        "Clinic": "Any clinic",
        "Time": "The team will arrange it with you",
        "Name": "Sam",
    }


def test_a_slug_is_readable_when_the_name_cannot_be_looked_up():
    assert humanise_slug("face-skin-booster") == "Face skin booster"
