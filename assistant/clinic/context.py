"""Clinic questions read in the context of the patient's earlier messages.

Patients ask follow-ups that lean on what they said before:

    "is there a needle-free option?"  ->  "how much is it?"     (needle-free mesotherapy's price)
    "where is your york clinic?"      ->  "when does it close on friday?"   (York's hours)
    "what are york's opening hours?"  ->  "and leeds?"           (Leeds's hours, not its address)

`in_context` completes a question with what the patient's latest earlier
messages named, only when the question itself names nothing of that kind:
- a treatment, for questions about a treatment (price, protocol,
  practitioners);
- a clinic, for questions about a clinic (hours, address, contact, free
  consultation times);
- a message that only names a clinic ("and leeds?", "what about York")
  right after a clinic question asks that question again for the new clinic;
- a message that only names a treatment, a practitioner or a number of
  sessions ("and for hair?", "and Dr Fielding?", "and a course of 6?") right
  after a question that depends on it asks that question again for it, and
  "she" or "he" after a practitioner was named is that practitioner
  (assistant/clinic/followups.py, which the dialogue policy that routes such
  follow-ups here reads too).

Only the last EARLIER_MESSAGES messages count: context fades, and a
treatment named five messages ago is no longer "it". Reading the tracker's
history (passed in as `Earlier`) rather than keeping slots means nothing can
go stale across sessions and nothing else has to remember to update it.

One exception: a booking request in progress (`Booking`, from the booking
form's slots). While a patient books hair mesotherapy at York, "how much is
it?" or "when do you close?" is about hair mesotherapy and York, however many
messages ago they were chosen. Recent messages still come first: a treatment
or clinic just named is what the patient means now.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence, Tuple

from sqlalchemy.orm import Session

from assistant.clinic.answers import (
    INTENT_TOPICS,
    Question,
    is_bare_location,
    match_treatment,
    named_locations,
)
from assistant.clinic.followups import Earlier, follow_up
from assistant.clinic.locations import list_locations
from assistant.clinic.treatments import get_treatment
from assistant.exceptions import UnknownTreatment

EARLIER_MESSAGES = 2
TREATMENT_TOPICS = frozenset({"price", "protocol", "practitioners"})
LOCATION_TOPICS = frozenset({"hours", "location", "contact", "slots"})


@dataclass(frozen=True)
class Booking:
    """What a booking request in progress has chosen: slugs, or None (also for "undecided"
    and "any", which choose nothing)."""

    treatment: str | None = None
    location: str | None = None


NO_BOOKING = Booking()


def in_context(
    session: Session,
    topic: str,
    question: Question,
    earlier: Sequence[Earlier],
    booking: Booking = NO_BOOKING,
) -> Tuple[str, Question]:
    """(topic, question) completed from the earlier messages, most recent first, then from a
    booking request in progress (see the module)."""
    recent = [e for e in earlier[:EARLIER_MESSAGES] if e.text and not e.text.startswith("/")]
    topic, question = _from_messages(session, topic, question, recent) if recent else (topic, question)
    return _from_booking(session, topic, question, booking)


def _from_booking(session: Session, topic: str, question: Question, booking: Booking) -> Tuple[str, Question]:
    if topic in TREATMENT_TOPICS and booking.treatment and match_treatment(session, question.text).kind != "found":
        try:
            name = get_treatment(session, booking.treatment).name
        except UnknownTreatment:  # removed from the clinic file since it was chosen
            return topic, question
        return topic, replace(question, text=f"{question.text} ({name})")
    if topic in LOCATION_TOPICS and booking.location and question.location is None:
        locations = list_locations(session)
        if not named_locations(locations, question.text) and any(loc.slug == booking.location for loc in locations):
            return topic, replace(question, location=booking.location)
    return topic, question


def _from_messages(session: Session, topic: str, question: Question, recent: Sequence[Earlier]) -> Tuple[str, Question]:
    locations = list_locations(session)
    previous_topic = INTENT_TOPICS.get(recent[0].intent or "")
    bare = is_bare_location(locations, question.text)
    if bare is not None and previous_topic is not None and question.location is None:
        # "and leeds?" right after a clinic answer: the same question, for this clinic.
        return previous_topic, Question(recent[0].text, bare.slug)
    asked = follow_up(session, question.text, recent, topic) if question.location is None else None
    if asked is not None:
        # "and for hair?" right after a price: the price again, for hair mesotherapy.
        topic, question = asked.topic, replace(question, text=asked.text)
        if asked.kind == "treatment":
            return topic, question  # the treatment (or area) just named, never an earlier one
    if topic in TREATMENT_TOPICS and match_treatment(session, question.text).kind != "found":
        for message in recent:
            match = match_treatment(session, message.text)
            if match.kind == "found" and match.treatment is not None:
                return topic, replace(question, text=f"{question.text} ({match.treatment.name})")
    if topic in LOCATION_TOPICS and question.location is None and not named_locations(locations, question.text):
        for message in recent:
            named = named_locations(locations, message.text)
            if len(named) == 1:
                return topic, replace(question, location=named[0].slug)
    return topic, question
