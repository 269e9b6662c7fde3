"""Booking requests: patient input checks, storing with status `requested`,
slots taken meanwhile, untrusted text, retries, and cancelling one that is
still `requested` (freeing the slot it held)."""

import threading

import pytest
from sqlalchemy import inspect, select

from assistant.clinic.booking import (
    SLOT_NONE,
    SLOT_RELEASED,
    SLOT_UNCHANGED,
    BookingForm,
    booking_requests_for,
    cancel_booking_request,
    screening_flags,
    submit_booking_request,
    validate_email,
    validate_name,
    validate_phone,
)
from assistant.clinic.slots import get_slot, hold_slot, next_free_slots
from assistant.db import session_scope
from assistant.db.models import BookingRequest
from assistant.exceptions import BookingRequestClosed, BookingRequestInvalid, BookingRequestNotFound
from tests.assistant.clinic.conftest import NOW, london

SQL_NAME = "Robert'); DROP TABLE booking_requests;--"


def form(**overrides) -> BookingForm:
    values = dict(
        conversation_id="conv-1", name="Ann Patient", phone="07700 900123", treatment="hair-mesotherapy"
    )
    values.update(overrides)
    return BookingForm(**values)


@pytest.mark.parametrize(
    "text", ["07700 900123", "+44 7700 900123", "0113-496-0000", "(0113) 496 0000", "1234567"]
)
def test_phone_numbers_people_type_are_accepted(text):
    assert validate_phone(text).value == text.strip()


@pytest.mark.parametrize(
    "text", ["", "123456", "1234567890123456", "call me", "07700 900123 ext 4", "44+7700900123", None]
)
def test_implausible_phone_numbers_are_refused_politely(text):
    checked = validate_phone(text)

    assert not checked.ok and "7 to 15 digits" in checked.problem


@pytest.mark.parametrize("text", ["ann@example.com", "a.b+clinic@mail.example.co.uk", " ann@example.com "])
def test_sane_email_addresses_are_accepted(text):
    assert validate_email(text).value == text.strip()


@pytest.mark.parametrize(
    "text",
    [
        "ann",
        "ann@",
        "@example.com",
        "ann@example",
        "ann@@example.com",
        "a b@example.com",
        "ann..x@example.com",
        "ann@example.c",
    ],
)
def test_malformed_email_addresses_are_refused(text):
    assert not validate_email(text).ok


@pytest.mark.parametrize(
    "text, ok",
    [
        ("Ann", True),
        ("  Ann-Marie O'Neil ", True),
        (SQL_NAME, True),
        ("", False),
        ("12345", False),
        ("Ann\x00", False),
        ("A" * 101, False),
    ],
)
def test_names_need_a_letter_and_no_control_characters(text, ok):
    assert validate_name(text).ok is ok


def test_screening_flags_anything_that_is_not_a_clear_no():
    flags = screening_flags(
        {"pregnant": "No", "blood_thinners": "yes", "allergies": "not sure", "age": 34, "skin": False}
    )

    assert flags == ["screening: blood_thinners = 'yes'", "screening: allergies = 'not sure'"]


def test_a_request_with_a_free_slot_holds_it_and_is_stored_as_requested(session):
    slot = next_free_slots(session, NOW, location="leeds", limit=1)[0]

    request = submit_booking_request(session, form(slot_id=slot.id, screening={"pregnant": "no"}), NOW)

    assert request.status == "requested" and request.slot_held
    assert request.location == "leeds" and request.preferred_starts_at == slot.starts_at
    assert not request.flagged_for_review
    assert get_slot(session, slot.id).status == "held"


def test_a_request_for_a_slot_taken_meanwhile_is_still_stored_with_the_wanted_time(session):
    slot = next_free_slots(session, NOW, limit=1)[0]
    hold_slot(session, slot.id, NOW)  # someone else was quicker

    request = submit_booking_request(session, form(slot_id=slot.id), NOW)

    assert request.status == "requested" and not request.slot_held
    assert request.preferred_starts_at == slot.starts_at


def test_a_request_for_a_slot_that_no_longer_exists_keeps_the_time_shown(session):
    shown = london(2025, 6, 12, 9, 30)

    request = submit_booking_request(session, form(slot_id=999_999_999, slot_starts_at=shown), NOW)

    assert not request.slot_held and request.preferred_starts_at == shown


def test_two_concurrent_requests_for_one_slot_are_both_stored_and_one_holds_it(world):
    with session_scope(world) as session:
        slot_id = next_free_slots(session, NOW, limit=1)[0].id
    barrier = threading.Barrier(2)

    def request(conversation: str):
        with session_scope(world) as session:
            barrier.wait(timeout=10)
            submit_booking_request(session, form(conversation_id=conversation, slot_id=slot_id), NOW)

    threads = [threading.Thread(target=request, args=(f"conv-{i}",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    with session_scope(world) as session:
        stored = booking_requests_for(session, "conv-0") + booking_requests_for(session, "conv-1")
    assert sorted(r.slot_held for r in stored) == [False, True]


def test_sql_looking_text_is_stored_verbatim_and_harms_nothing(session):
    submit_booking_request(session, form(name=SQL_NAME, preferred_time="'; DELETE FROM clinics; --"), NOW)

    stored = booking_requests_for(session, "conv-1")[0]
    assert stored.patient_name == SQL_NAME
    assert stored.preferred_time == "'; DELETE FROM clinics; --"
    assert "booking_requests" in inspect(session.connection()).get_table_names()


def test_positive_screening_answers_flag_the_request_for_a_clinician(session):
    request = submit_booking_request(
        session,
        form(screening={"pregnant_or_breastfeeding": "yes"}, review_reasons=("safety: urgent words",)),
        NOW,
    )

    assert request.flagged_for_review
    assert request.review_reasons == ("screening: pregnant_or_breastfeeding = 'yes'", "safety: urgent words")
    assert request.screening == {"pregnant_or_breastfeeding": "yes"}


def test_every_problem_with_the_form_is_reported_at_once(session):
    with pytest.raises(BookingRequestInvalid) as raised:
        submit_booking_request(session, form(name="", phone="call me", email="ann@", treatment="botox"), NOW)

    assert set(raised.value.errors) == {"name", "phone", "email", "treatment"}
    assert session.execute(select(BookingRequest)).first() is None


def test_a_phone_number_or_an_email_is_required(session):
    with pytest.raises(BookingRequestInvalid) as raised:
        submit_booking_request(session, form(phone=None), NOW)

    assert "phone number or an email" in raised.value.errors["contact"]


def test_retrying_with_the_same_reference_stores_the_request_once(session):
    first = submit_booking_request(session, form(reference="spool-42"), NOW)
    again = submit_booking_request(session, form(reference="spool-42"), NOW)

    assert first == again
    assert len(booking_requests_for(session, "conv-1")) == 1


def test_requests_are_listed_per_conversation_oldest_first(session):
    submit_booking_request(session, form(name="First"), NOW)
    submit_booking_request(session, form(name="Other", conversation_id="conv-2"), NOW)
    submit_booking_request(session, form(name="Second", email="s@example.com", phone=None), NOW)

    assert [r.patient_name for r in booking_requests_for(session, "conv-1")] == ["First", "Second"]
    assert booking_requests_for(session, "nobody") == []


# ------------------------------------------------------------------ cancelling


def test_cancelling_a_requested_booking_frees_the_slot_it_held(session):
    slot = next_free_slots(session, NOW, location="leeds", limit=1)[0]
    request = submit_booking_request(session, form(slot_id=slot.id), NOW)

    cancelled = cancel_booking_request(session, request.id, NOW, conversation_id="conv-1")

    assert (cancelled.request_id, cancelled.reference) == (request.id, request.reference)
    assert (cancelled.slot_id, cancelled.slot_outcome, cancelled.slot.id) == (slot.id, SLOT_RELEASED, slot.id)
    assert get_slot(session, slot.id).status == "free"
    [stored] = booking_requests_for(session, "conv-1")
    assert stored.status == "cancelled" and stored.slot_id is None and not stored.slot_held


def test_a_request_holding_no_slot_is_cancelled_with_nothing_to_free(session):
    request = submit_booking_request(session, form(preferred_time="weekday mornings"), NOW)

    cancelled = cancel_booking_request(session, request.id, NOW)

    assert (cancelled.slot_id, cancelled.slot_outcome) == (None, SLOT_NONE)
    assert booking_requests_for(session, "conv-1")[0].status == "cancelled"


def test_a_slot_that_has_started_is_left_as_it_is(session):
    slot = next_free_slots(session, NOW, limit=1)[0]
    request = submit_booking_request(session, form(slot_id=slot.id), NOW)

    cancelled = cancel_booking_request(session, request.id, slot.starts_at)

    assert cancelled.slot_outcome == SLOT_UNCHANGED and "already started" in cancelled.slot_problem
    assert get_slot(session, slot.id).status == "held"
    assert booking_requests_for(session, "conv-1")[0].status == "cancelled"


def test_only_the_conversations_own_request_is_found(session):
    request = submit_booking_request(session, form(), NOW)

    with pytest.raises(BookingRequestNotFound):
        cancel_booking_request(session, request.id, NOW, conversation_id="someone-else")
    with pytest.raises(BookingRequestNotFound):
        cancel_booking_request(session, 999_999, NOW)
    assert booking_requests_for(session, "conv-1")[0].status == "requested"


@pytest.mark.parametrize("status", ["confirmed", "cancelled"])
def test_a_confirmed_or_cancelled_request_is_not_changed(session, status):
    slot = next_free_slots(session, NOW, limit=1)[0]
    request = submit_booking_request(session, form(slot_id=slot.id), NOW)
    session.get(BookingRequest, request.id).status = status
    session.flush()

    with pytest.raises(BookingRequestClosed) as raised:
        cancel_booking_request(session, request.id, NOW)

    assert raised.value.status == status
    assert get_slot(session, slot.id).status == "held"


def test_two_cancellations_at_once_change_the_request_once(world):
    with session_scope(world) as session:
        slot_id = next_free_slots(session, NOW, limit=1)[0].id
        request_id = submit_booking_request(session, form(slot_id=slot_id), NOW).id
    barrier = threading.Barrier(2)
    outcomes = []

    def cancel():
        try:
            with session_scope(world) as session:
                barrier.wait(timeout=10)
                outcomes.append(cancel_booking_request(session, request_id, NOW).slot_outcome)
        except BookingRequestClosed as error:
            outcomes.append(error.status)

    threads = [threading.Thread(target=cancel) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes) == ["cancelled", SLOT_RELEASED]
    with session_scope(world) as session:
        assert get_slot(session, slot_id).status == "free"
