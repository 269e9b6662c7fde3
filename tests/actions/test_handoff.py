"""The handoff actions: opening the ticket after an escalation reply (or
keeping it in the outbox), the callback form, the contact, and what happens
next. Demo clinic, Wednesday 11 June 2025 at 11:00 in London (open)."""

from __future__ import annotations

from sqlalchemy import select

from actions.handoff import (
    BOOKING_PASSED_ON,
    ActionAskCallbackName,
    ActionAskCallbackPhone,
    ActionOpenHandoff,
    ActionTellNextSteps,
    ActionUpdateHandoffContact,
    ValidateCallbackForm,
)
from assistant.booking import fields
from assistant.booking.screening import QUESTIONS
from assistant.db.models import BookingRequest
from assistant.handoff.callback import ASK_NAME, ask_phone
from assistant.handoff.delivery import ticket_key
from assistant.handoff.tickets import find_ticket, tickets_for
from tests.actions.helpers import SENDER, assert_run, run, slot, tracker

SAFETY = {
    "urgency": "emergency",
    "family": "anaphylaxis",
    "situations": ["anaphylaxis"],
    "rows": ["B8"],
    "triggers": ["throat feels tight"],
    "source": "screen",
}


def replied(action_name):
    return [{"event": "action", "name": action_name}, {"event": "bot", "text": "..."}]


def escalated(
    text="my throat feels tight",
    intent="safety_emergency",
    reply="utter_safety_emergency",
    safety=SAFETY,
    slots=None,
    message_id="m1",
):
    return tracker(
        text,
        intent,
        confidence=1.0,
        slots=slots,
        message_id=message_id,
        parse_data={"safety": safety} if safety else None,
        events_after_message=replied(reply),
        latest_action_name=reply,
    )


def ticket(runtime, message_id="m1"):
    with runtime.session() as session:
        return find_ticket(session, SENDER, message_id)


# --------------------------------------------------------------- open


def test_an_emergency_opens_a_ticket_and_sends_the_payload_with_its_id(runtime):
    ran = run(ActionOpenHandoff(runtime), escalated())

    opened = ticket(runtime)
    assert opened is not None and opened.urgency.value == "emergency"
    assert opened.situations == ("anaphylaxis",) and opened.message_text == "my throat feels tight"
    assert ran.customs == [{"handoff": {"urgency": "emergency", "ticket_id": str(opened.id)}}]
    assert ran.messages == []
    assert ran.events == [
        slot("handoff_ticket_id", str(opened.id)),
        slot("handoff_message_id", "m1"),
        slot("handoff_urgency", "emergency"),
    ]


def test_running_twice_for_the_same_message_keeps_one_ticket(runtime):
    run(ActionOpenHandoff(runtime), escalated())
    again = run(ActionOpenHandoff(runtime), escalated())

    with runtime.session() as session:
        assert len(tickets_for(session, SENDER)) == 1
    assert again.customs[0]["handoff"]["ticket_id"] == str(ticket(runtime).id)


def test_asking_for_a_person_opens_a_routine_ticket(runtime):
    ran = run(
        ActionOpenHandoff(runtime),
        escalated("can i talk to a person", "request_human", "utter_human_contact", safety=None),
    )

    assert ticket(runtime).urgency.value == "routine"
    assert ran.customs[0]["handoff"]["urgency"] == "routine"


def test_with_the_database_down_the_ticket_waits_in_the_outbox_and_the_payload_says_null(
    offline_runtime, outbox
):
    ran = run(ActionOpenHandoff(offline_runtime), escalated())

    assert ran.customs == [{"handoff": {"urgency": "emergency", "ticket_id": None}}]
    assert [key for key, _ in outbox.pending()] == [ticket_key(SENDER, "m1")]
    assert slot("handoff_ticket_id", None) in ran.events


def test_the_outbox_is_delivered_on_the_next_action_call(offline_runtime, runtime, outbox):
    run(ActionOpenHandoff(offline_runtime), escalated())

    run(
        ActionOpenHandoff(runtime),
        escalated(
            "can i talk to a person", "request_human", "utter_human_contact", safety=None, message_id="m2"
        ),
    )

    # One thread for the conversation: the second message joined the first's ticket once it was delivered.
    thread = ticket(runtime, "m1")
    assert thread is not None and [m["message_id"] for m in thread.details["messages"]] == ["m2"]
    assert len(outbox) == 0


def test_known_contact_details_go_on_the_ticket_and_skip_the_callback_questions(runtime):
    slots = {"callback_name": "Jane Doe", "callback_phone": "declined"}
    ran = run(ActionOpenHandoff(runtime), escalated(slots=slots))

    assert ticket(runtime).patient_name == "Jane Doe"
    assert slot("callback_phone", None) in ran.events  # declined before: asked again this time


BOOKING = {
    fields.TREATMENT: "hair-mesotherapy",
    fields.LOCATION: "leeds",
    fields.WHEN: "any time",
    fields.PREFERRED_TIME: "any time",
    fields.NAME: "Jane Doe",
    fields.CONTACT: "07700 900123",
    fields.REFERENCE: "0a1b2c3d",
    QUESTIONS[0].slot: "no",
    QUESTIONS[1].slot: "yes",
    fields.STOPPED_FOR_REVIEW: True,
    fields.SAFETY_FAMILY: "anticoagulant",
}


def test_a_screening_yes_passes_the_booking_on_flagged_and_links_it(runtime):
    ran = run(
        ActionOpenHandoff(runtime),
        escalated("yes", "affirm", "utter_safety_review", safety=None, slots=BOOKING),
    )

    opened = ticket(runtime)
    with runtime.session() as session:
        request = session.execute(select(BookingRequest)).scalar_one()
    assert opened.urgency.value == "review" and opened.booking_request_id == request.id
    assert opened.situations == ("screening:blood_thinners_or_bleeding_disorder",)
    assert (opened.patient_name, opened.patient_phone) == ("Jane Doe", "07700 900123")
    assert request.flagged_for_review and request.slot_id is None
    assert ran.messages[0].text == BOOKING_PASSED_ON
    assert slot(fields.NAME, None) in ran.events and slot(fields.STOPPED_FOR_REVIEW, False) in ran.events
    assert (
        slot("callback_name", "Jane Doe") in ran.events
        and slot("callback_phone", "07700 900123") in ran.events
    )


def test_an_early_interruption_keeps_the_booking_answers_in_the_ticket_and_the_form(runtime):
    slots = {fields.TREATMENT: "hair-mesotherapy", fields.REFERENCE: "0a1b2c3d"}
    ran = run(ActionOpenHandoff(runtime), escalated(slots=slots))

    assert ticket(runtime).details["booking"] == {
        "status": "partial",
        "answers": {fields.TREATMENT: "hair-mesotherapy"},
    }
    assert not any(e.get("name") == fields.TREATMENT for e in ran.events)


# ------------------------------------------------------ the callback form


def in_callback(text, requested="callback_name", intent="nlu_fallback", slots=None, confidence=0.9):
    return tracker(
        text,
        intent,
        confidence=confidence,
        slots={"requested_slot": requested, **(slots or {})},
        active_loop="callback_form",
    )


def test_the_callback_form_takes_a_name_then_a_phone_number():
    assert_run(ValidateCallbackForm(), in_callback("Jane Doe"), [slot("callback_name", "Jane Doe")], [])
    assert_run(
        ValidateCallbackForm(),
        in_callback("07700 900123", "callback_phone", slots={"callback_name": "Jane Doe"}),
        [slot("callback_phone", "07700 900123")],
        [],
    )


def test_no_thanks_is_accepted():
    assert_run(
        ValidateCallbackForm(),
        in_callback("no thanks", intent="deny"),
        [slot("callback_name", "declined"), slot("callback_phone", "declined")],
        [],
    )


def test_a_safety_message_in_the_callback_form_goes_to_the_safety_rules():
    assert_run(
        ValidateCallbackForm(),
        in_callback("i cant breathe", intent="safety_emergency", confidence=1.0),
        [],
        [],
    )


# ------------------------------------------------- contact and next steps


def test_the_callback_details_are_added_to_the_ticket(runtime):
    run(
        ActionOpenHandoff(runtime), escalated("pus is coming out", "safety_same_day", "utter_safety_same_day")
    )
    slots = {"handoff_message_id": "m1", "callback_name": "Jane Doe", "callback_phone": "07700 900123"}

    assert_run(ActionUpdateHandoffContact(runtime), tracker("07700 900123", slots=slots), [], [])

    assert (ticket(runtime).patient_name, ticket(runtime).patient_phone) == ("Jane Doe", "07700 900123")


def test_next_steps_say_when_using_the_clinics_hours(runtime):
    slots = {
        "handoff_urgency": "same_day",
        "callback_phone": "07700 900123",
        "urgent_contact": "01632 960 999",
        "emergency_number": "112",
        "out_of_hours_service": "the out-of-hours GP",
    }

    ran = run(ActionTellNextSteps(runtime), tracker("07700 900123", slots=slots))

    assert ran.texts[0].startswith("The clinic is open now: a clinician will call you on 07700 900123 within")
    assert "call 112 straight away" in ran.texts[0]


def test_next_steps_with_the_database_down_still_say_what_to_do(offline_runtime):
    slots = {"handoff_urgency": "same_day", "urgent_contact": "01632 960 999"}

    ran = run(ActionTellNextSteps(offline_runtime), tracker("skip", slots=slots))

    assert "01632 960 999" in ran.texts[0]


def test_the_callback_questions_are_asked_by_name_then_phone():
    assert_run(ActionAskCallbackName(), tracker("x"), [], [ASK_NAME])
    assert_run(
        ActionAskCallbackPhone(), tracker("Jane", slots={"callback_name": "Jane"}), [], [ask_phone("Jane")]
    )
    assert_run(
        ActionAskCallbackPhone(), tracker("skip", slots={"callback_name": "declined"}), [], [ask_phone(None)]
    )
