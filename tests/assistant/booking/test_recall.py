"""'What did I book?': a conversation's booking requests, newest first, as
the summary cards sent when they were stored, led by their status in plain
words; the request still being filled in; the database down.
Demo clinic, Wednesday 11 June 2025 at 11:00 in London."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import pytest
from sqlalchemy.orm import Session

from assistant.booking import fields
from assistant.booking.recall import (
    BOOK_BUTTON,
    CONTINUE_BUTTON,
    MAX_SHOWN,
    REVIEW_WORDS,
    button_title,
    card,
    draft_text,
    recall,
    recalled_requests,
)
from assistant.booking.reference import patient_reference
from assistant.clinic.replies import slot_text
from assistant.clinic.slots import next_free_slots
from assistant.conversation import Message
from assistant.db import session_scope
from assistant.db.models import BookingRequest
from assistant.exceptions import DatabaseUnavailable
from tests.assistant.booking.requests import CONVERSATION
from tests.assistant.booking.requests import store_request as store
from tests.assistant.clinic.conftest import NOW, london

PHONE = "01632 960 123"


def db_of(world):
    return lambda: session_scope(world)


@contextmanager
def down() -> Iterator[Session]:
    raise DatabaseUnavailable("the test database is down")
    yield  # pragma: no cover


# ------------------------------------------------------------------ the cards


def test_a_request_holding_its_slot_is_shown_as_it_was_sent_with_its_status_first(session):
    slot = next_free_slots(session, NOW, location="leeds", limit=1)[0]
    row = store(session, slot_id=slot.id)

    [request] = recalled_requests(session, CONVERSATION)

    assert card(request).text() == (
        "Your booking request\n"
        "Status: Waiting for the team to confirm\n"
        "Treatment: Hair mesotherapy\n"
        "Clinic: Leeds\n"
        f"Time: {slot_text(slot)} (kept for you)\n"
        "Name: Jane Doe\n"
        "Phone: ••••• •••123\n"
        f"Reference: {patient_reference(row.reference)}"
    )
    assert card(request).payload()["card"]["fields"][0] == {
        "label": "Status",
        "value": "Waiting for the team to confirm",
    }


def test_status_in_plain_words_and_the_time_as_chosen(session):
    slot = next_free_slots(session, NOW, location="leeds", limit=1)[0]
    store(session, 0, "confirmed", slot_id=slot.id)
    store(session, 1, "cancelled", preferred_time="weekday mornings", email="sam@example.com", phone=None)
    store(session, 2, slot_starts_at=london(2025, 6, 20, 14, 0), screening={"allergies": "not sure"})

    flagged, cancelled, confirmed = recalled_requests(session, CONVERSATION)

    assert [dict(card(r).fields)["Status"] for r in (flagged, cancelled, confirmed)] == [
        REVIEW_WORDS,
        "Cancelled",
        "Confirmed by the team",
    ]
    assert flagged.time == "Friday 20 June at 14:00 (preferred)"
    assert cancelled.time == "weekday mornings (preferred)"
    assert dict(card(cancelled).fields)["Email"] == "s•••@example.com"
    assert confirmed.time == slot_text(slot)  # booked: no longer just kept


def test_a_treatment_or_clinic_removed_since_is_still_named_and_none_chosen_says_so(session):
    store(session, treatment=None, location=None)
    row = session.get(BookingRequest, recalled_requests(session, CONVERSATION)[0].info.id)
    row.treatment_slug = "lip-glow"  # removed by a reload of the clinic file
    session.flush()

    [request] = recalled_requests(session, CONVERSATION)

    shown = dict(card(request).fields)
    assert (shown["Treatment"], shown["Clinic"], shown["Time"]) == (
        "Lip glow",
        "Any clinic",
        "The team will arrange it with you",
    )


def test_a_button_title_says_which_request_it_means(session):
    store(session, slot_starts_at=london(2025, 6, 13, 9, 0))
    store(session, 1, treatment=None, location=None)

    undecided, hair = recalled_requests(session, CONVERSATION)

    assert button_title(hair) == f"Hair mesotherapy, Fri 13 Jun, 9:00 ({hair.reference})"
    assert button_title(undecided) == f"Consultation ({undecided.reference})"


# ------------------------------------------------------------------ replies


def test_no_request_offers_to_start_one_or_call(world):
    messages = recall(db_of(world), CONVERSATION, {}, form_active=False, phone=PHONE)

    assert messages == (
        Message(
            f"There's no booking request in this chat yet. I can start one for you now, or you can call us on {PHONE}.",
            (BOOK_BUTTON,),
        ),
    )


def test_one_request_is_recapped_with_what_happens_next(world):
    with session_scope(world) as session:
        store(session)
        store(session, conversation_id="someone-else", name="Not Me")
        [request] = recalled_requests(session, CONVERSATION)

    messages = recall(db_of(world), CONVERSATION, {}, form_active=False, phone=PHONE)

    assert messages == (
        Message("Here's the booking request you sent in this chat:"),
        card(request).message(),
        Message(
            "The team will confirm by phone or email. To change a request that's still waiting, you can say "
            f'"cancel my booking" and send a new one, or call us on {PHONE}.'
        ),
    )


def test_several_requests_come_newest_first_and_a_confirmed_one_is_changed_by_phone(world):
    with session_scope(world) as session:
        store(session, 0, "confirmed")
        store(session, 5, "cancelled")
        requests = recalled_requests(session, CONVERSATION)

    messages = recall(db_of(world), CONVERSATION, {}, form_active=False, phone=PHONE)

    assert [r.status for r in requests] == ["cancelled", "confirmed"]
    assert messages == (
        Message("Here are the 2 booking requests you sent in this chat, newest first:"),
        *(card(r).message() for r in requests),
        Message(f"To change or cancel a confirmed appointment, please call us on {PHONE}."),
    )


def test_at_most_a_few_cards_and_the_older_ones_are_counted(world):
    with session_scope(world) as session:
        for minutes in range(MAX_SHOWN + 2):
            store(session, minutes)

    messages = recall(db_of(world), CONVERSATION, {}, form_active=False, phone=PHONE)

    assert sum(1 for m in messages if m.custom) == MAX_SHOWN
    assert Message("(and 2 older ones)") in messages


PAUSED = {
    fields.TREATMENT: "hair-mesotherapy",
    fields.LOCATION: "leeds",
    fields.WHEN: "Friday 13 June at 9:00 with Sarah Okafor in Leeds",
    fields.NAME: "Jane Doe",
    fields.CONTACT: "07700 900123",
    fields.REFERENCE: "r" * 32,
}


def test_what_the_request_being_filled_in_says_so_far(session):
    assert draft_text(session, {}) is None
    assert draft_text(session, {fields.REFERENCE: "r" * 32, fields.PROMISE: "soon"}) is None
    assert draft_text(session, PAUSED) == (
        "Hair mesotherapy, Leeds, Friday 13 June at 9:00 with Sarah Okafor in Leeds, for Jane Doe"
    )
    undecided = {fields.TREATMENT: fields.UNDECIDED, fields.LOCATION: fields.ANY_LOCATION}
    assert draft_text(session, undecided) == "treatment to discuss at your consultation, any clinic"
    assert draft_text(None, {fields.TREATMENT: "hair-mesotherapy"}) == "Hair mesotherapy"  # database down


def test_a_paused_request_is_offered_to_carry_on_and_is_never_shown_as_sent(world):
    messages = recall(db_of(world), CONVERSATION, PAUSED, form_active=False, phone=PHONE)

    assert messages == (
        Message(
            "You started a booking request that hasn't been sent to the team yet (so far: Hair mesotherapy, "
            "Leeds, Friday 13 June at 9:00 with Sarah Okafor in Leeds, for Jane Doe). Would you like to carry "
            "on where you left off?",
            (CONTINUE_BUTTON,),
        ),
    )


def test_a_paused_request_comes_after_the_ones_sent(world):
    with session_scope(world) as session:
        store(session)

    messages = recall(db_of(world), CONVERSATION, PAUSED, form_active=False, phone=PHONE)

    assert messages[-1].text.startswith("You also started a booking request that hasn't been sent")
    assert messages[-1].buttons == (CONTINUE_BUTTON,)


def test_in_the_middle_of_the_form_it_says_so_and_leaves_the_next_question_to_the_form(world):
    with session_scope(world) as session:
        store(session)
        [earlier] = recalled_requests(session, CONVERSATION)
    answered = {fields.TREATMENT: "face-skin-booster"}

    assert recall(db_of(world), "conv-new", answered, form_active=True, phone=PHONE) == (
        Message(
            "You're in the middle of a booking request: it hasn't been sent to the team yet. So far: Skin booster "
            "mesotherapy (face)."
        ),
    )
    assert recall(db_of(world), CONVERSATION, {}, form_active=True, phone=PHONE) == (
        Message("You're in the middle of a booking request: it hasn't been sent to the team yet."),
        Message("Before this one, you sent:"),
        card(earlier).message(),
    )


@pytest.mark.parametrize("form_active", [False, True])
def test_with_the_database_down_it_apologises_with_the_phone_number(form_active):
    messages = recall(down, CONVERSATION, PAUSED, form_active=form_active, phone=PHONE)

    assert messages[-1] == Message(
        "Sorry, I can't reach our booking system to look that up right now. Please try again in a moment, or "
        f"call us on {PHONE}."
    )
    assert len(messages) == (2 if form_active else 1)
    if form_active:  # what the form's answers tell, without the clinic's names
        assert messages[0].text.endswith(
            "So far: Hair mesotherapy, Leeds, Friday 13 June at 9:00 with Sarah Okafor in Leeds, for Jane Doe."
        )
