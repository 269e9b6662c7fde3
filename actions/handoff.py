"""Handoff to a person: thin adapters over assistant.handoff.

The escalation replies themselves are plain domain responses sent by the
rules (domain/safety.yml, domain/handoff.yml), so they go out even when
this action server is down. These actions only do what needs it:

- action_open_handoff: opens the ticket for the message the rules just
  answered (or keeps it in the outbox); inside a safety episode it adds the
  message to the episode's one ticket instead, raising (never lowering) its
  urgency; sends the escalation payload again with the ticket's id and
  urgency, and passes a booking request in progress to the team;
- validate_callback_form, action_ask_callback_name, action_ask_callback_phone:
  the callback form (the patient's name and phone number; either may be declined);
- action_update_handoff_contact: adds them to the ticket;
- action_tell_next_steps: what happens next and when, from the clinic's hours.
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
from actions.booking import turn_from
from actions.common import UsesRuntime, latest_text, off_event_loop, send, slots_of
from assistant.booking.understanding import Turn
from assistant.handoff.callback import ASK_NAME, ask_phone, callback_answer
from assistant.handoff.delivery import open_or_spool, record_contact
from assistant.handoff.next_steps import Contacts, next_steps, opening_state
from assistant.handoff.opening import (
    DECLINED,
    KeptBooking,
    booking_in_progress,
    contact_from,
    episode_urgency,
    given,
    keep_booking,
    last_user_event,
    more_urgent,
    red_flag_context,
    ticket_from,
    ticket_urgency,
)
from assistant.handoff.payload import HandoffPayload, HandoffUrgency
from assistant.handoff.tickets import find_ticket

logger = logging.getLogger(__name__)

BOOKING_PASSED_ON = (
    "I've passed the booking details you gave me to the team with this, so you won't need to give them "
    "again. Nothing will be booked until a clinician has spoken with you."
)


class ActionOpenHandoff(UsesRuntime, Action):
    def name(self) -> str:
        return names.ACTION_OPEN_HANDOFF

    @off_event_loop
    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[EventType]:
        runtime = self.runtime
        runtime.deliver_outbox()
        now = runtime.now()
        slots = dict(tracker.current_slot_values())
        urgency = ticket_urgency(tracker.events, slots) or HandoffUrgency.ROUTINE
        user = last_user_event(tracker.events) or {
            "text": latest_text(tracker),
            "parse_data": tracker.latest_message or {},
        }
        new = ticket_from(tracker.sender_id, user, urgency, slots, now, context=red_flag_context(tracker.events))
        kept = KeptBooking("none")
        if urgency is not HandoffUrgency.ROUTINE:
            try:
                kept = keep_booking(runtime.session, runtime.outbox, slots, new, now)
            except Exception:
                logger.exception("Passing the booking request on with a handoff failed; kept in the ticket")
                kept = KeptBooking("partial", answers=booking_in_progress(slots))
        if kept.status != "none":
            details = {**new.details, "booking": {"status": kept.status, "answers": dict(kept.answers)}}
            new = dataclasses.replace(
                new, booking_request_id=kept.request_id, booking_reference=kept.reference, details=details
            )
        opened = open_or_spool(runtime.session, runtime.outbox, new)
        # The ticket's urgency: an episode's ticket may already be higher than this message.
        shown = opened.ticket.urgency if opened.ticket else more_urgent(urgency, episode_urgency(slots))

        dispatcher.utter_message(json_message=HandoffPayload(shown, opened.ticket_id).as_json())
        events: List[EventType] = [
            SlotSet(names.SLOT_HANDOFF_TICKET, opened.ticket_id),
            SlotSet(
                names.SLOT_HANDOFF_MESSAGE, opened.ticket.source_message_id if opened.ticket else new.source_message_id
            ),
            SlotSet(names.SLOT_HANDOFF_URGENCY, shown.value),
        ]
        # The callback form asks only for what we don't know yet.
        name, phone = contact_from(slots)
        for slot, known in ((names.SLOT_CALLBACK_NAME, name), (names.SLOT_CALLBACK_PHONE, phone)):
            if slots.get(slot) == DECLINED or (slots.get(slot) is None and known):
                events.append(SlotSet(slot, known))
        if kept.clears_form:
            dispatcher.utter_message(text=BOOKING_PASSED_ON)
            events += [SlotSet(slot, None) for slot in names.BOOKING_SLOTS]
        if tracker.get_slot(names.SLOT_STOPPED_FOR_REVIEW):
            events.append(SlotSet(names.SLOT_STOPPED_FOR_REVIEW, False))
        return events


class ValidateCallbackForm(FormValidationAction):
    def name(self) -> str:
        return names.ACTION_VALIDATE_CALLBACK_FORM

    @off_event_loop
    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[EventType]:
        requested = tracker.get_slot(names.SLOT_REQUESTED)
        if requested not in names.CALLBACK_SLOTS:
            return []  # starting with details already known: nothing to check
        step = callback_answer(
            callback_turn(tracker),
            requested,
            slots_of(tracker, names.CALLBACK_SLOTS),
            urgent_contact=tracker.get_slot("urgent_contact") or "the aftercare line",
            emergency_number=tracker.get_slot("emergency_number") or "the emergency number",
        )
        if step.handed_back:
            return []  # a safety message or a question: the rules take it, then the form carries on
        send(dispatcher, step.messages)
        return [SlotSet(slot, value) for slot, value in step.remember.items()]


def callback_turn(tracker: Tracker) -> Turn:
    """The booking form's reading of the message, plus what the callback
    form must also recognise: a vague worry and thanks are never a name."""
    turn = turn_from(tracker)
    intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
    kind = {names.INTENT_REPORT_CONCERN: "concern", names.INTENT_THANK: "thanks"}.get(intent or "")
    return dataclasses.replace(turn, intent_kind=kind) if kind and turn.intent_kind == "other" else turn


class ActionAskCallbackName(Action):
    def name(self) -> str:
        return names.ACTION_ASK_CALLBACK_NAME

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[EventType]:
        dispatcher.utter_message(text=ASK_NAME)
        return []


class ActionAskCallbackPhone(Action):
    def name(self) -> str:
        return names.ACTION_ASK_CALLBACK_PHONE

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[EventType]:
        dispatcher.utter_message(text=ask_phone(given(tracker.get_slot(names.SLOT_CALLBACK_NAME))))
        return []


class ActionUpdateHandoffContact(UsesRuntime, Action):
    def name(self) -> str:
        return names.ACTION_UPDATE_HANDOFF_CONTACT

    @off_event_loop
    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[EventType]:
        runtime = self.runtime
        runtime.deliver_outbox()  # a ticket kept there goes first
        message_id = tracker.get_slot(names.SLOT_HANDOFF_MESSAGE)
        if message_id:
            record_contact(
                runtime.session,
                runtime.outbox,
                tracker.sender_id,
                message_id,
                given(tracker.get_slot(names.SLOT_CALLBACK_NAME)),
                given(tracker.get_slot(names.SLOT_CALLBACK_PHONE)),
            )
        return []


class ActionTellNextSteps(UsesRuntime, Action):
    def name(self) -> str:
        return names.ACTION_TELL_NEXT_STEPS

    @off_event_loop
    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[EventType]:
        runtime = self.runtime
        settings = runtime.settings
        contacts = Contacts(
            clinic_phone=self.clinic_phone(tracker),
            urgent_contact=tracker.get_slot(names.SLOT_URGENT_CONTACT) or settings.urgent_contact,
            emergency_number=tracker.get_slot(names.SLOT_EMERGENCY_NUMBER) or settings.emergency_number,
            out_of_hours_service=tracker.get_slot(names.SLOT_OUT_OF_HOURS_SERVICE) or settings.out_of_hours_service,
        )
        message_id = tracker.get_slot(names.SLOT_HANDOFF_MESSAGE)
        due = None
        try:
            with runtime.session() as session:
                state = opening_state(session, runtime.now())
                ticket = find_ticket(session, tracker.sender_id, message_id) if message_id else None
                due = ticket.due_at if ticket is not None else None
        except Exception:  # database down or no clinic loaded: say it without the hours
            logger.exception("Reading the opening hours for the next steps failed")
            state = None
        urgency = HandoffUrgency(tracker.get_slot(names.SLOT_HANDOFF_URGENCY) or HandoffUrgency.ROUTINE.value)
        phone = given(tracker.get_slot(names.SLOT_CALLBACK_PHONE))
        # The ticket's due time, so the promise and the console's "overdue" are one rule.
        dispatcher.utter_message(text=next_steps(urgency, state, contacts, phone, due))
        return []
