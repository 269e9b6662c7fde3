"""The booking request form: thin adapters over assistant.booking.

validate_booking_form runs on every message while the form is active and
carries out BookingFlow's decisions: it sends the flow's messages (the flow
asks the questions itself, with live buttons), sets the slots it remembers
and the next `requested_slot`, or returns nothing so that Rasa rejects the
form for this message and the rules answer "stop" or the patient's own
question. action_submit_booking stores the finished request (or spools it
to the outbox) and says what happens next.

Afterwards: action_recall_booking answers "what did I book?" (this
conversation's requests, and the one being filled in), action_cancel_booking
offers to cancel a request still waiting for the team, and
action_cancel_booking_reply carries out the patient's yes or no
(assistant/booking/recall.py and cancel.py).
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from actions import names
from actions.common import UsesRuntime, latest_entities, latest_text, off_event_loop, send, slots_of
from assistant.booking import cancel, fields, recall, replies
from assistant.booking.form import BookingFlow, Step
from assistant.booking.screening import consent_declined
from assistant.booking.submit import form_from_answers, outcome_messages, submit
from assistant.booking.understanding import Turn
from assistant.conversation import Message

logger = logging.getLogger(__name__)

_INTENT_KINDS = {
    **{intent: "safety" for intent in names.SAFETY_INTENTS},
    names.INTENT_STOP: "stop",
    names.INTENT_DELETE_MY_DATA: "privacy",
    names.INTENT_CORRECT: "correct",
    names.INTENT_AFFIRM: "yes",
    names.INTENT_DENY: "no",
    names.INTENT_REQUEST_BOOKING: "booking",
    # In the middle of the form, "cancel my booking request" stops the request being filled in.
    names.INTENT_CANCEL_MY_BOOKING: "stop",
}


def turn_from(tracker: Tracker) -> Turn:
    message = tracker.latest_message or {}
    intent = message.get("intent") or {}
    name = intent.get("name")
    kind = _INTENT_KINDS.get(name) or ("question" if name in names.QUESTION_INTENTS else "other")
    text = latest_text(tracker)
    return Turn(
        text=text,
        intent_kind=kind,
        confidence=float(intent.get("confidence") or 0.0),
        entities=latest_entities(tracker, names.ENTITY_SLOT_CHOICE),
        is_payload=text.startswith("/"),
    )


def phase_of(tracker: Tracker) -> str:
    """ "start" (the form is starting or resuming), "resume" (back from a
    question the rules answered), or "answer" (a reply to our question)."""
    if (tracker.active_loop or {}).get("name") != names.BOOKING_FORM or not tracker.get_slot(
        names.SLOT_REQUESTED
    ):
        return "start"
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "action_execution_rejected":
            return "resume"
    return "answer"


class ValidateBookingForm(UsesRuntime, FormValidationAction):
    def name(self) -> str:
        return names.ACTION_VALIDATE_BOOKING_FORM

    @off_event_loop
    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        runtime = self.runtime
        runtime.deliver_outbox()
        requested = tracker.get_slot(names.SLOT_REQUESTED)
        phone = self.clinic_phone(tracker)
        slots = slots_of(tracker, names.BOOKING_SLOTS)
        flow = BookingFlow(
            runtime.session,
            runtime.now(),
            minimum_age=runtime.settings.minimum_age,
            phone=phone,
            new_reference=runtime.new_reference,
        )
        phase = phase_of(tracker)
        try:
            if phase == "start":
                step = flow.start(turn_from(tracker), slots)
            elif phase == "resume":
                step = flow.resume(requested, slots)
            else:
                step = flow.answer(turn_from(tracker), requested, slots)
        except Exception:
            logger.exception("The booking form failed on a message; asking again")
            step = Step(
                messages=(Message(replies.system_down(phone)),),
                remember={requested: slots.get(requested)} if requested else {},
                ask=requested,
            )
        if step.handed_back:
            return []  # Rasa rejects the form for this message; the rules take it
        send(dispatcher, step.messages)
        return [SlotSet(name, value) for name, value in step.remember.items()] + [
            SlotSet(names.SLOT_REQUESTED, step.ask)
        ]


class ActionSubmitBooking(UsesRuntime, Action):
    def name(self) -> str:
        return names.ACTION_SUBMIT_BOOKING

    @off_event_loop
    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        runtime = self.runtime
        runtime.deliver_outbox()
        slots = slots_of(tracker, names.BOOKING_SLOTS)
        if slots.get(fields.HEALTH_CONSENT) == fields.DECLINED:
            # No agreement to keep health answers: nothing is stored, every answer is forgotten.
            dispatcher.utter_message(text=consent_declined(self.clinic_phone(tracker)))
            return [SlotSet(name, None) for name in names.BOOKING_SLOTS]
        form = form_from_answers(slots, tracker.sender_id)
        if not form.reference:
            form = dataclasses.replace(form, reference=runtime.new_reference())
        phone = self.clinic_phone(tracker)
        outcome = submit(runtime.session, runtime.outbox, form, runtime.now())
        send(dispatcher, outcome_messages(outcome, form, slots, phone))
        if outcome.status == "invalid":
            return []  # keep every answer; the patient was given the phone number
        return [SlotSet(name, None) for name in names.BOOKING_SLOTS]


def booking_form_active(tracker: Tracker) -> bool:
    return (tracker.active_loop or {}).get("name") == names.BOOKING_FORM


class ActionRecallBooking(UsesRuntime, Action):
    """ "What did I book?": this conversation's requests, newest first, and
    the one being filled in; in the middle of the form, the rules then
    carry on with the form."""

    def name(self) -> str:
        return names.ACTION_RECALL_BOOKING

    @off_event_loop
    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        runtime = self.runtime
        runtime.deliver_outbox()  # a request kept there while the database was down goes first
        phone = self.clinic_phone(tracker)
        try:
            messages = recall.recall(
                runtime.session,
                tracker.sender_id,
                slots_of(tracker, names.BOOKING_SLOTS),
                form_active=booking_form_active(tracker),
                phone=phone,
            )
        except Exception:
            logger.exception("Recalling the booking requests failed")
            messages = (recall.offline(phone),)
        if (tracker.active_loop or {}).get("name") not in (None, names.BOOKING_FORM):
            # The callback form asks its question next: a button now would be read as its answer.
            messages = tuple(dataclasses.replace(message, buttons=()) for message in messages)
        send(dispatcher, messages)
        return []


class ActionCancelBooking(UsesRuntime, Action):
    """ "Cancel my booking request": asks before cancelling the one request
    still waiting for the team (remembering it in booking_to_cancel), asks
    which when there are several, and otherwise says why it can't."""

    def name(self) -> str:
        return names.ACTION_CANCEL_BOOKING

    @off_event_loop
    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        runtime = self.runtime
        runtime.deliver_outbox()
        phone = self.clinic_phone(tracker)
        choice = latest_entities(tracker, names.ENTITY_BOOKING_CHOICE).get(names.ENTITY_BOOKING_CHOICE)
        draft = recall.has_draft(slots_of(tracker, names.BOOKING_FIELDS))
        try:
            step = cancel.offer_cancel(runtime.session, tracker.sender_id, phone=phone, choice=choice, draft=draft)
        except Exception:
            logger.exception("Offering to cancel a booking request failed")
            step = cancel.CancelStep((cancel.offline_message(phone),))
        send(dispatcher, step.messages)
        return [SlotSet(names.SLOT_BOOKING_TO_CANCEL, step.pending)]


class ActionCancelBookingReply(UsesRuntime, Action):
    """The patient's yes (cancel it, freeing the time it held) or no (keep
    it) to "Shall I cancel it?"; forgets the question either way."""

    def name(self) -> str:
        return names.ACTION_CANCEL_BOOKING_REPLY

    @off_event_loop
    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        runtime = self.runtime
        phone = self.clinic_phone(tracker)
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        try:
            step = cancel.answer_cancel(
                runtime.session,
                tracker.sender_id,
                tracker.get_slot(names.SLOT_BOOKING_TO_CANCEL),
                yes=intent == names.INTENT_AFFIRM,
                now=runtime.now(),
                phone=phone,
            )
        except Exception:
            logger.exception("Cancelling a booking request failed")
            step = cancel.CancelStep((cancel.offline_message(phone),))
        send(dispatcher, step.messages)
        return [SlotSet(names.SLOT_BOOKING_TO_CANCEL, None)]
