"""'Cancel my booking request' in the chat: asked first, only while the team
hasn't confirmed it, only this conversation's, freeing the time it held,
written to the audit log as the patient's.
Demo clinic, Wednesday 11 June 2025 at 11:00 in London."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.booking.cancel import (
    CONFIRM_BUTTONS,
    KEEP_ALL_BUTTON,
    KEPT,
    UNWELL,
    CancelStep,
    answer_cancel,
    choice_payload,
    offer_cancel,
)
from assistant.booking.recall import BOOK_BUTTON, button_title, card, recalled_requests
from assistant.booking.reference import patient_reference
from assistant.clinic.slots import get_slot, next_free_slots
from assistant.conversation import Button, Message
from assistant.db import session_scope
from assistant.db.models import AuditEvent, BookingRequest
from assistant.exceptions import DatabaseUnavailable
from assistant.payloads import Verdict, decide, may_be_pressed
from tests.assistant.booking.requests import CONVERSATION, store_request
from tests.assistant.clinic.conftest import NOW

PHONE = "01632 960 123"
NO_REQUEST = (
    "I can't see a booking request sent in this chat. To move or cancel an appointment, please call the clinic on "
    f"{PHONE}, or ask here to speak to the team. {UNWELL}"
)


def store(session: Session, minutes_later: int = 0, status: str = "requested", **overrides) -> int:
    return store_request(session, minutes_later, status, **overrides).id


@pytest.fixture
def db(world):
    return lambda: session_scope(world)


@contextmanager
def down() -> Iterator[Session]:
    raise DatabaseUnavailable("the test database is down")
    yield  # pragma: no cover


def status_of(world, request_id: int) -> str:
    with session_scope(world) as session:
        return session.get(BookingRequest, request_id).status


def offer(db, **kw) -> CancelStep:
    return offer_cancel(db, CONVERSATION, phone=PHONE, **kw)


def answer(db, pending, yes=True) -> CancelStep:
    return answer_cancel(db, CONVERSATION, pending, yes=yes, now=NOW, phone=PHONE)


# ------------------------------------------------------------------ asking


def test_one_request_waiting_is_shown_and_the_patient_is_asked_first(db, world):
    with session_scope(world) as session:
        request_id = store(session)
        store(session, 1, conversation_id="someone-else")
        [request] = recalled_requests(session, CONVERSATION)

    step = offer(db)

    assert step == CancelStep(
        (
            Message(
                "This is the booking request you sent in this chat. The team hasn't confirmed it yet, so I can "
                "cancel it for you."
            ),
            card(request).message(),
            Message("Shall I cancel it?", CONFIRM_BUTTONS),
        ),
        pending=str(request_id),
    )
    assert [b.payload for b in CONFIRM_BUTTONS] == ["/affirm", "/deny"]
    assert status_of(world, request_id) == "requested"  # nothing changes before the yes


def test_several_waiting_are_offered_as_buttons_and_a_choice_is_asked_about(db, world):
    with session_scope(world) as session:
        older = store(session, 0)
        newer = store(session, 5, treatment="face-skin-booster")
        store(session, 9, "cancelled")
        requests = {r.info.id: r for r in recalled_requests(session, CONVERSATION)}

    step = offer(db)

    assert step == CancelStep(
        (
            Message(
                "You have 2 booking requests waiting for the team. Which one should I cancel?",
                (
                    Button(button_title(requests[newer]), f'/cancel_my_booking{{"booking_choice": "{newer}"}}'),
                    Button(button_title(requests[older]), f'/cancel_my_booking{{"booking_choice": "{older}"}}'),
                    KEEP_ALL_BUTTON,
                ),
            ),
        ),
        pending=None,
    )
    chosen = offer(db, choice=str(older))
    assert chosen.pending == str(older) and chosen.messages[1] == card(requests[older]).message()


def test_the_choice_buttons_pass_the_payload_gate_once_offered():
    pressed = choice_payload(12)

    assert may_be_pressed(pressed)
    assert decide(pressed, {pressed, "/deny"}).verdict == Verdict.BUTTON
    assert decide(pressed, set()).verdict == Verdict.NEUTRALISED  # typed, never offered: read as words


def test_a_choice_naming_another_conversations_request_is_ignored(db, world):
    with session_scope(world) as session:
        theirs = store(session, conversation_id="someone-else")

    assert offer(db, choice=str(theirs)) == CancelStep((Message(NO_REQUEST),))
    assert status_of(world, theirs) == "requested"


def test_a_confirmed_request_is_not_cancelled_in_the_chat(db, world):
    with session_scope(world) as session:
        confirmed = store(session, status="confirmed")
        reference = patient_reference(session.get(BookingRequest, confirmed).reference)

    step = offer(db)

    assert step == CancelStep(
        (
            Message(
                f"Your booking ({reference}) has already been confirmed by the team, so I can't cancel it here. To "
                f"cancel or move a confirmed appointment, please call the clinic on {PHONE}: the team will tell you "
                f"about any notice period that applies. {UNWELL}"
            ),
        )
    )
    assert offer(db, choice=str(confirmed)) == step


def test_one_waiting_and_one_confirmed_asks_about_the_waiting_one(db, world):
    with session_scope(world) as session:
        store(session, 0, "confirmed")
        waiting = store(session, 5)

    step = offer(db)

    assert step.pending == str(waiting)
    assert step.messages[0].text.endswith(f"(A confirmed appointment can only be changed by phone, on {PHONE}.)")


def test_nothing_sent_here_is_answered_like_the_faq_call_the_clinic(db):
    assert offer(db) == CancelStep((Message(NO_REQUEST),))


def test_a_request_started_but_never_sent_has_nothing_to_cancel(db):
    [message] = offer(db, draft=True).messages

    assert message.text.startswith("The booking request you started here hasn't been sent to the team")
    assert '"continue my booking"' in message.text and PHONE in message.text


def test_every_request_cancelled_already(db, world):
    with session_scope(world) as session:
        store(session, status="cancelled")

    [message] = offer(db).messages

    assert message.text.startswith("Your booking request from this chat is already cancelled")


def test_with_the_database_down_nothing_is_asked():
    step = offer(down)

    assert step.pending is None
    assert step.texts == (
        "Sorry, I can't reach our booking system right now, so nothing has been cancelled. Please try again in a "
        f"moment, or call us on {PHONE}.",
    )


# ------------------------------------------------------------------ the answer


def test_yes_cancels_it_frees_its_time_and_tells_staff_who_did(db, world):
    with session_scope(world) as session:
        slot = next_free_slots(session, NOW, location="leeds", limit=1)[0]
        request_id = store(session, slot_id=slot.id)
        reference = session.get(BookingRequest, request_id).reference

    step = answer(db, str(request_id))

    assert step == CancelStep(
        (
            Message(
                f"Done: I've cancelled your booking request (reference {patient_reference(reference)}), so the "
                "team won't contact you about it. The time we were keeping for you is free again. If you'd like "
                "another consultation, just ask.",
                (BOOK_BUTTON,),
            ),
        ),
        pending=None,
    )
    assert status_of(world, request_id) == "cancelled"
    with session_scope(world) as session:
        assert get_slot(session, slot.id).status == "free"
        [event] = session.execute(select(AuditEvent).where(AuditEvent.subject_id == str(request_id))).scalars()
        assert (event.actor, event.action, event.subject_type) == ("patient", "booking.cancel", "booking")
        assert event.detail == {"via": "chat", "slot_id": slot.id, "slot": "released"}


def test_yes_for_a_request_holding_no_time_says_nothing_about_one(db, world):
    with session_scope(world) as session:
        request_id = store(session, preferred_time="any weekday")

    [message] = answer(db, str(request_id)).messages

    assert "free again" not in message.text and status_of(world, request_id) == "cancelled"


def test_no_keeps_it(db, world):
    with session_scope(world) as session:
        request_id = store(session)

    assert answer(db, str(request_id), yes=False) == CancelStep((Message(KEPT),))
    assert status_of(world, request_id) == "requested"


def test_confirmed_by_staff_meanwhile_is_left_confirmed(db, world):
    with session_scope(world) as session:
        request_id = store(session)
    with session_scope(world) as session:
        session.get(BookingRequest, request_id).status = "confirmed"  # the desk was quicker

    [message] = answer(db, str(request_id)).messages

    assert message.text == (
        "The team has just confirmed that booking request, so I can't cancel it here. To cancel or move it, "
        f"please call the clinic on {PHONE}."
    )
    assert status_of(world, request_id) == "confirmed"
    with session_scope(world) as session:
        assert session.execute(select(AuditEvent)).first() is None


def test_a_yes_twice_cancels_once(db, world):
    with session_scope(world) as session:
        request_id = store(session)
    answer(db, str(request_id))

    [message] = answer(db, str(request_id)).messages

    assert message.text == "That booking request is already cancelled: there's nothing more to do."


@pytest.mark.parametrize("pending", [None, "", "not-a-number"])
def test_a_yes_with_nothing_pending_cancels_nothing(db, pending):
    assert answer(db, pending) == CancelStep((Message(NO_REQUEST),))


def test_another_conversations_request_is_never_cancelled(db, world):
    with session_scope(world) as session:
        theirs = store(session, conversation_id="someone-else")

    assert answer(db, str(theirs)) == CancelStep((Message(NO_REQUEST),))
    assert status_of(world, theirs) == "requested"


def test_a_yes_with_the_database_down_cancels_nothing():
    [message] = answer(down, "12").messages

    assert message.text.startswith("Sorry, I can't reach our booking system right now, so nothing has been cancelled")
