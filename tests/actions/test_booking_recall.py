"""After a booking request is sent: action_recall_booking ("what did I
book?"), action_cancel_booking ("cancel my booking request", asked first)
and action_cancel_booking_reply (the yes or no), and how the booking form
hands both intents back to the rules. Demo clinic, Wednesday 11 June 2025
at 11:00 in London."""

from __future__ import annotations

import pytest

from actions.booking import (
    ActionCancelBooking,
    ActionCancelBookingReply,
    ActionRecallBooking,
    ActionSubmitBooking,
    ValidateBookingForm,
)
from assistant.booking import fields
from assistant.booking.cancel import CONFIRM_BUTTONS, KEPT, choice_payload
from assistant.booking.recall import BOOK_BUTTON, card, recalled_requests
from assistant.booking.reference import patient_reference
from assistant.booking.screening import QUESTIONS
from assistant.clinic.slots import get_slot, next_free_slots
from assistant.conversation import Message
from assistant.db.models import BookingRequest
from tests.actions.conftest import REFERENCE
from tests.actions.helpers import PHONE, SENDER, assert_run, run, slot, tracker
from tests.assistant.booking.requests import store_request
from tests.assistant.clinic.conftest import NOW

FORM = "booking_form"
PENDING = "booking_to_cancel"
NO_REQUEST_YET = Message(
    f"There's no booking request in this chat yet. I can start one for you now, or you can call us on {PHONE}.",
    (BOOK_BUTTON,),
)


def store(runtime, minutes_later=0, status="requested", **overrides) -> int:
    overrides.setdefault("conversation_id", SENDER)
    overrides.setdefault("reference", f"{minutes_later:02d}" + "ef" * 15)
    with runtime.session() as session:
        return store_request(session, minutes_later, status, **overrides).id


def requests_of(runtime, conversation=SENDER):
    with runtime.session() as session:
        return recalled_requests(session, conversation)


def status_of(runtime, request_id):
    with runtime.session() as session:
        return session.get(BookingRequest, request_id).status


# ------------------------------------------------------------------ recall


def test_what_did_i_book_with_nothing_booked_offers_to_start(runtime):
    assert_run(ActionRecallBooking(runtime), tracker("what did I book?", "ask_my_booking"), [], [NO_REQUEST_YET])


def test_the_request_just_submitted_is_recalled_with_the_reference_the_patient_was_given(runtime):
    answers = {
        fields.TREATMENT: "hair-mesotherapy",
        fields.LOCATION: "leeds",
        fields.WHEN: "any time",
        fields.PREFERRED_TIME: "any time",
        fields.NAME: "Jane Doe",
        fields.CONTACT: "07700 900123",
        fields.REFERENCE: REFERENCE,
        fields.HEALTH_CONSENT: fields.AGREED,
        **{q.slot: "no" for q in QUESTIONS},
    }
    run(ActionSubmitBooking(runtime), tracker("/deny", "deny", slots=answers))
    [request] = requests_of(runtime)

    ran = assert_run(
        ActionRecallBooking(runtime),
        tracker("did my booking go through", "ask_my_booking"),
        [],
        [
            "Here's the booking request you sent in this chat:",
            card(request).message(),
            "The team will confirm by phone or email. To change a request that's still waiting, you can say "
            f'"cancel my booking" and send a new one, or call us on {PHONE}.',
        ],
    )
    shown = ran.customs[0]["card"]
    assert shown["reference"] == patient_reference(REFERENCE)
    assert shown["fields"][0] == {"label": "Status", "value": "Waiting for the team to confirm"}
    assert {"label": "Time", "value": "any time (preferred)"} in shown["fields"]


def test_in_the_middle_of_the_form_it_says_so_and_the_form_asks_its_question_next(runtime):
    on = tracker(
        "which clinic did I book?",
        "ask_my_booking",
        slots={"requested_slot": fields.LOCATION, fields.TREATMENT: "hair-mesotherapy"},
        active_loop=FORM,
    )

    assert_run(
        ActionRecallBooking(runtime),
        on,
        [],
        ["You're in the middle of a booking request: it hasn't been sent to the team yet. So far: Hair mesotherapy."],
    )


def test_in_the_middle_of_the_callback_form_no_button_is_offered(runtime):
    on = tracker(
        "what did I book?", "ask_my_booking", slots={"requested_slot": "callback_name"}, active_loop="callback_form"
    )

    assert_run(ActionRecallBooking(runtime), on, [], [NO_REQUEST_YET.text])


def test_a_paused_request_is_offered_to_carry_on(runtime):
    ran = run(
        ActionRecallBooking(runtime),
        tracker("what did i book", "ask_my_booking", slots={fields.TREATMENT: "hair-mesotherapy"}),
    )

    [message] = ran.messages
    assert message.text.startswith("You started a booking request that hasn't been sent to the team yet")
    assert [(b.title, b.payload) for b in message.buttons] == [("Continue my booking", "continue my booking")]


def test_recall_with_the_database_down_gives_the_phone_number(offline_runtime):
    assert_run(
        ActionRecallBooking(offline_runtime),
        tracker("what did I book?", "ask_my_booking"),
        [],
        [
            "Sorry, I can't reach our booking system to look that up right now. Please try again in a moment, or "
            f"call us on {PHONE}."
        ],
    )


# ------------------------------------------------------------------ cancel


def test_cancel_asks_first_and_remembers_which_request(runtime):
    request_id = store(runtime)
    [request] = requests_of(runtime)

    ran = assert_run(
        ActionCancelBooking(runtime),
        tracker("cancel my booking request", "cancel_my_booking"),
        [slot(PENDING, str(request_id))],
        [
            "This is the booking request you sent in this chat. The team hasn't confirmed it yet, so I can cancel "
            "it for you.",
            card(request).message(),
            Message("Shall I cancel it?", CONFIRM_BUTTONS),
        ],
    )
    assert status_of(runtime, request_id) == "requested"
    assert ran.slots == {PENDING: str(request_id)}


def test_yes_cancels_it_and_frees_the_time_it_held(runtime):
    with runtime.session() as session:
        chosen = next_free_slots(session, NOW, location="leeds", limit=1)[0]
    request_id = store(runtime, slot_id=chosen.id)

    ran = run(
        ActionCancelBookingReply(runtime),
        tracker("/affirm", "affirm", slots={PENDING: str(request_id)}, latest_action_name="action_listen"),
    )

    assert ran.events == [slot(PENDING, None)]
    [done] = ran.messages
    assert done.text.startswith("Done: I've cancelled your booking request (reference ")
    assert "The time we were keeping for you is free again." in done.text and done.buttons == (BOOK_BUTTON,)
    assert status_of(runtime, request_id) == "cancelled"
    with runtime.session() as session:
        assert get_slot(session, chosen.id).status == "free"


def test_no_keeps_it(runtime):
    request_id = store(runtime)

    assert_run(
        ActionCancelBookingReply(runtime),
        tracker("/deny", "deny", slots={PENDING: str(request_id)}),
        [slot(PENDING, None)],
        [KEPT],
    )
    assert status_of(runtime, request_id) == "requested"


def test_with_several_the_patient_picks_one_by_button(runtime):
    first = store(runtime, 0)
    second = store(runtime, 5)

    listed = run(ActionCancelBooking(runtime), tracker("cancel my request pls", "cancel_my_booking"))
    [which] = listed.messages
    payloads = [b.payload for b in which.buttons]
    picked = run(
        ActionCancelBooking(runtime),
        tracker(choice_payload(first), "cancel_my_booking", entities={"booking_choice": str(first)}),
    )

    assert listed.events == [slot(PENDING, None)]
    assert payloads == [choice_payload(second), choice_payload(first), "/deny"]
    assert picked.events == [slot(PENDING, str(first))]
    assert picked.messages[-1] == Message("Shall I cancel it?", CONFIRM_BUTTONS)


def test_a_confirmed_request_is_left_to_the_phone(runtime):
    store(runtime, status="confirmed")

    ran = run(ActionCancelBooking(runtime), tracker("cancel the one i just booked", "cancel_my_booking"))

    assert ran.events == [slot(PENDING, None)]
    [message] = ran.messages
    assert "already been confirmed by the team, so I can't cancel it here" in message.text
    assert PHONE in message.text and not message.buttons


def test_nothing_to_cancel_says_call_the_clinic(runtime):
    ran = run(ActionCancelBooking(runtime), tracker("cancel my booking request", "cancel_my_booking"))

    assert ran.events == [slot(PENDING, None)]
    assert ran.texts[0].startswith("I can't see a booking request sent in this chat. To move or cancel an appointment")
    assert PHONE in ran.texts[0]


def test_an_unsent_request_is_not_something_to_cancel(runtime):
    ran = run(
        ActionCancelBooking(runtime),
        tracker("cancel my booking request", "cancel_my_booking", slots={fields.TREATMENT: "hair-mesotherapy"}),
    )

    assert ran.texts[0].startswith("The booking request you started here hasn't been sent to the team")


@pytest.mark.parametrize(
    "action, on",
    [
        (ActionCancelBooking, tracker("cancel my booking request", "cancel_my_booking")),
        (ActionCancelBookingReply, tracker("/affirm", "affirm", slots={PENDING: "12"})),
    ],
    ids=["offer", "yes"],
)
def test_cancelling_with_the_database_down_changes_nothing_and_forgets_the_question(offline_runtime, action, on):
    ran = run(action(offline_runtime), on)

    assert ran.events == [slot(PENDING, None)]
    assert ran.texts == [
        "Sorry, I can't reach our booking system right now, so nothing has been cancelled. Please try again in a "
        f"moment, or call us on {PHONE}."
    ]


# ------------------------------------------------- in the middle of the form


@pytest.mark.parametrize(
    "text, intent",
    [
        ("what did I book?", "ask_my_booking"),
        ("which clinic did i book?", "ask_my_booking"),
        ("cancel my booking request", "cancel_my_booking"),
        ("I don't want that appointment any more, cancel it", "cancel_my_booking"),
    ],
)
def test_the_form_hands_both_back_to_the_rules(runtime, text, intent):
    on = tracker(text, intent, slots={"requested_slot": fields.NAME}, active_loop=FORM)

    # Nothing set: Rasa rejects the form for this message, and the rules answer or stop it.
    assert_run(ValidateBookingForm(runtime), on, [], [])
