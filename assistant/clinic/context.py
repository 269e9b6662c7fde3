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
  right after a clinic question asks that question again for the new clinic.

Only the last EARLIER_MESSAGES messages count: context fades, and a
treatment named five messages ago is no longer "it". Reading the tracker's
history (passed in as `Earlier`) rather than keeping slots means nothing can
go stale across sessions and nothing else has to remember to update it.
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
from assistant.clinic.locations import list_locations

EARLIER_MESSAGES = 2
TREATMENT_TOPICS = frozenset({"price", "protocol", "practitioners"})
LOCATION_TOPICS = frozenset({"hours", "location", "contact", "slots"})


@dataclass(frozen=True)
class Earlier:
    """One earlier patient message: its text and the intent it was read as."""

    text: str
    intent: str | None = None


def in_context(
    session: Session, topic: str, question: Question, earlier: Sequence[Earlier]
) -> Tuple[str, Question]:
    """(topic, question) completed from the earlier messages, most recent first (see the module)."""
    recent = [e for e in earlier[:EARLIER_MESSAGES] if e.text and not e.text.startswith("/")]
    if not recent:
        return topic, question
    locations = list_locations(session)
    previous_topic = INTENT_TOPICS.get(recent[0].intent or "")
    bare = is_bare_location(locations, question.text)
    if bare is not None and previous_topic is not None and question.location is None:
        # "and leeds?" right after a clinic answer: the same question, for this clinic.
        return previous_topic, Question(recent[0].text, bare.slug)
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
