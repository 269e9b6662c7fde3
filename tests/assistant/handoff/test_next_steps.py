"""What happens next and when, from the demo clinic's hours (Leeds and
York; Wednesday 11 June 2025)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.handoff import HandoffUrgency
from assistant.handoff.next_steps import Contacts, OpeningState, next_steps, opening_state
from tests.assistant.handoff.conftest import NOW

CONTACTS = Contacts(
    clinic_phone="01632 960 123",
    urgent_contact="01632 960 999",
    emergency_number="112",
    out_of_hours_service="the out-of-hours GP",
)
WEDNESDAY_EVENING = NOW + timedelta(hours=10)  # 21:00 in London: both clinics closed


def state_at(db, moment):
    with db() as session:
        return opening_state(session, moment)


def test_open_during_opening_hours(db):
    state = state_at(db, NOW)
    assert state.is_open and state.next_opens_at is None


def test_closed_in_the_evening_reopens_next_morning(db):
    state = state_at(db, WEDNESDAY_EVENING)
    assert not state.is_open
    assert (state.next_opens_at.hour, state.next_opens_at.day) == (9, 12)


def test_same_day_when_open_promises_a_call_within_the_hour(db):
    text = next_steps(HandoffUrgency.SAME_DAY, state_at(db, NOW), CONTACTS, phone="07700 900123")

    assert text.startswith(
        "The clinic is open now: a clinician will call you on 07700 900123 within the hour."
    )
    assert "01632 960 999" in text and "call 112 straight away" in text


def test_same_day_when_closed_sends_the_patient_out_of_hours_now(db):
    text = next_steps(
        HandoffUrgency.SAME_DAY, state_at(db, WEDNESDAY_EVENING), CONTACTS, phone="07700 900123"
    )

    assert text.startswith(
        "The clinic is closed now and opens at 9:00 tomorrow (Thursday 12 June). Please don't wait for us: "
        "contact the out-of-hours GP today."
    )
    assert "call 112 straight away" in text


def test_same_day_without_a_phone_number_gives_the_urgent_line(db):
    text = next_steps(HandoffUrgency.SAME_DAY, state_at(db, NOW), CONTACTS)
    assert "please call a clinician today on 01632 960 999" in text


def test_review_when_closed_says_after_the_clinic_opens(db):
    text = next_steps(HandoffUrgency.REVIEW, state_at(db, WEDNESDAY_EVENING), CONTACTS, phone="07700 900123")

    assert text == (
        "A clinician will look at what you've told us and call you on 07700 900123 after the clinic opens at "
        "9:00 tomorrow (Thursday 12 June). Nothing will be booked until they have spoken with you. "
        "If you'd like to talk sooner, call the clinic on 01632 960 123."
    )


def test_routine_without_a_phone_number_gives_the_clinic_number(db):
    text = next_steps(HandoffUrgency.ROUTINE, state_at(db, NOW), CONTACTS)
    assert "01632 960 123" in text and "112" in text


@pytest.mark.parametrize("urgency", list(HandoffUrgency))
def test_with_the_database_down_every_level_still_says_what_to_do(urgency):
    text = next_steps(urgency, None, CONTACTS, phone="07700 900123")
    assert text and ("01632 960" in text or "112" in text)
    assert "normal" not in text.lower()


def test_an_emergency_never_waits_for_a_call_back():
    state = OpeningState(NOW, True, None)
    assert next_steps(HandoffUrgency.EMERGENCY, state, CONTACTS).startswith("Please don't wait for a call")


def test_same_day_just_before_closing_names_the_due_time_instead_of_within_the_hour(db):
    from assistant.handoff.tickets import ticket_due_at

    # Friday 17:45 in London: York has closed, Leeds closes at 18:00.
    friday_late = NOW + timedelta(days=2, hours=6, minutes=45)
    with db() as session:
        due = ticket_due_at(session, HandoffUrgency.SAME_DAY, friday_late)
    text = next_steps(HandoffUrgency.SAME_DAY, state_at(db, friday_late), CONTACTS, phone="07700 900123", due=due)

    assert "within the hour" not in text
    # 15 minutes on Friday, 45 after Leeds opens at 10:00 on Saturday: the same time the console shows.
    assert "will call you on 07700 900123 by 10:45 tomorrow (Saturday 14 June)" in text
    assert "01632 960 999" in text and "call 112 straight away" in text


def test_same_day_when_closed_says_when_the_call_is_due(db):
    from assistant.handoff.tickets import ticket_due_at

    with db() as session:
        due = ticket_due_at(session, HandoffUrgency.SAME_DAY, WEDNESDAY_EVENING)
    text = next_steps(HandoffUrgency.SAME_DAY, state_at(db, WEDNESDAY_EVENING), CONTACTS, "07700 900123", due)
    assert (
        "The team will also call you on 07700 900123 when the clinic opens, by 10:00 tomorrow (Thursday 12 June)."
        in text
    )
