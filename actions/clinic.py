"""Questions about this clinic, answered from its database: one action per
question intent, each a thin adapter over assistant.clinic.answers."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import names
from actions.booking import booking_form_active
from actions.common import (
    UsesRuntime,
    earlier_messages,
    latest_entities,
    latest_text,
    off_event_loop,
    remembered,
    send,
)
from assistant.booking import fields as booking_fields
from assistant.clinic import answers, context, replies
from assistant.conversation import Reply
from assistant.exceptions import ClinicNotLoaded, DatabaseUnavailable

logger = logging.getLogger(__name__)


def booking_in_progress(tracker: Tracker) -> context.Booking:
    """The treatment and clinic the booking form has chosen, while it runs (a question in the
    middle of it is answered with the form still active); nothing otherwise."""
    if not booking_form_active(tracker):
        return context.NO_BOOKING
    treatment = tracker.get_slot(booking_fields.TREATMENT)
    location = tracker.get_slot(booking_fields.LOCATION)
    return context.Booking(
        treatment=None if treatment in (None, booking_fields.UNDECIDED) else treatment,
        location=None if location in (None, booking_fields.ANY_LOCATION) else location,
    )


class ClinicAnswer(UsesRuntime, Action, ABC):
    """Reads the question (text, or the location chosen with a button) with
    the patient's latest earlier messages as context, answers `topic` from the
    database, and apologises with the clinic's phone number if the database
    can't be reached."""

    topic: str

    @abstractmethod
    def name(self) -> str: ...

    @off_event_loop
    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[EventType]:
        runtime = self.runtime
        runtime.deliver_outbox()
        text = latest_text(tracker)
        question = answers.Question(
            text="" if text.startswith("/") else text,
            location=latest_entities(tracker, names.ENTITY_LOCATION).get(names.ENTITY_LOCATION),
        )
        try:
            said_before = earlier_messages(tracker, context.EARLIER_MESSAGES)
            earlier = [context.Earlier(text, intent) for text, intent in said_before]
            with runtime.session() as session:
                booking = booking_in_progress(tracker)
                topic, question = context.in_context(session, self.topic, question, earlier, booking)
                reply = answers.answer(
                    session,
                    topic,
                    question,
                    runtime.now(),
                    tracker.get_slot(names.SLOT_PENDING_TOPIC),
                    tracker.get_slot(names.SLOT_PENDING_TEXT),
                )
        except (DatabaseUnavailable, ClinicNotLoaded) as error:
            logger.error("Clinic answer %s unavailable: %s", self.topic, error)
            reply = Reply.say(replies.unavailable(self.clinic_phone(tracker)))
        except Exception:
            logger.exception("Clinic answer %s failed", self.topic)
            reply = Reply.say(replies.unavailable(self.clinic_phone(tracker)))
        send(dispatcher, reply.messages)
        return remembered(reply)


class ActionAnswerOpeningHours(ClinicAnswer):
    topic = "hours"

    def name(self) -> str:
        return names.ACTION_ANSWER_OPENING_HOURS


class ActionAnswerLocation(ClinicAnswer):
    topic = "location"

    def name(self) -> str:
        return names.ACTION_ANSWER_LOCATION


class ActionAnswerContact(ClinicAnswer):
    topic = "contact"

    def name(self) -> str:
        return names.ACTION_ANSWER_CONTACT


class ActionAnswerTreatments(ClinicAnswer):
    topic = "treatments"

    def name(self) -> str:
        return names.ACTION_ANSWER_TREATMENTS


class ActionAnswerPrice(ClinicAnswer):
    topic = "price"

    def name(self) -> str:
        return names.ACTION_ANSWER_PRICE


class ActionAnswerProtocol(ClinicAnswer):
    topic = "protocol"

    def name(self) -> str:
        return names.ACTION_ANSWER_PROTOCOL


class ActionAnswerPractitioners(ClinicAnswer):
    topic = "practitioners"

    def name(self) -> str:
        return names.ACTION_ANSWER_PRACTITIONERS


class ActionAnswerConsultationSlots(ClinicAnswer):
    topic = "slots"

    def name(self) -> str:
        return names.ACTION_ANSWER_CONSULTATION_SLOTS
