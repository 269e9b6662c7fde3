"""What a handoff ticket says, worked out from the conversation: the
patient message that triggered it, the escalation reply the rules gave, and
the conversation's slots. Shared by the action that opens tickets
(actions/handoff.py) and the reconciler that opens the ones it missed
(reconcile.py), so both describe the same message the same way.

    urgency = ticket_urgency(events, slots)                    -> the reply's urgency (or the episode's)
    new = ticket_from(conversation_id, user_event, urgency, slots, now, context=red_flag_context(events))

Inside a safety episode (assistant/handoff/episode.py, slots set by the
dialogue policy) the ticket is the episode's: keyed on the episode's first
message, with this message as a follow-up (tickets.open_ticket merges it).
    kept = keep_booking(db, outbox, slots, new, now)         # a booking in progress goes with it
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict, Mapping, Sequence, Tuple

from assistant.booking import fields
from assistant.booking.screening import QUESTIONS
from assistant.booking.submit import form_from_answers, submit
from assistant.booking.understanding import NO, is_email
from assistant.handoff import episode as episodes
from assistant.handoff.delivery import SessionFactory
from assistant.handoff.payload import HandoffUrgency
from assistant.handoff.tickets import NewTicket
from assistant.outbox import Outbox

logger = logging.getLogger(__name__)

# The escalation replies (domain responses) and the urgency each stands for.
REPLY_URGENCY = {
    "utter_safety_emergency": HandoffUrgency.EMERGENCY,
    "utter_safety_same_day": HandoffUrgency.SAME_DAY,
    "utter_safety_review": HandoffUrgency.REVIEW,
    "utter_human_contact": HandoffUrgency.ROUTINE,
    # Inside a safety episode (domain/safety_episode.yml).
    episodes.EMERGENCY_FOLLOW_UP: HandoffUrgency.EMERGENCY,
    episodes.HELP_ARRIVED: HandoffUrgency.EMERGENCY,
    episodes.RED_FLAG_EMERGENCY: HandoffUrgency.EMERGENCY,
    # A phone number given after the emergency advice: the ticket action that
    # follows stores it, or the reconciler does from the slots logged before it.
    episodes.PHONE_THANKS: HandoffUrgency.EMERGENCY,
    episodes.RED_FLAG_SAME_DAY: HandoffUrgency.SAME_DAY,
    episodes.LEVEL_KEPT: HandoffUrgency.SAME_DAY,
}
# Replies that need a ticket only inside an episode, at the episode's level:
# the red-flag question after a worry the classifier escalated.
EPISODE_REPLIES = frozenset({episodes.ASK_RED_FLAGS})
# Every reply after which a ticket may be due (the reconciler reads these).
TICKET_REPLIES = frozenset(REPLY_URGENCY) | EPISODE_REPLIES
# The callback form's slots, and the value that means "rather not say".
CALLBACK_NAME = "callback_name"
CALLBACK_PHONE = "callback_phone"
DECLINED = "declined"


def urgency_of_reply(action_name: str | None) -> HandoffUrgency | None:
    return REPLY_URGENCY.get(action_name or "")


def last_reply_urgency(events: Sequence[Mapping[str, Any]]) -> HandoffUrgency | None:
    """The urgency of the escalation reply given since the patient's last
    message (the most urgent, if there were several), or None."""
    found: HandoffUrgency | None = None
    for event in reversed(events):
        if event.get("event") == "user":
            break
        urgency = urgency_of_reply(event.get("name")) if event.get("event") == "action" else None
        if urgency is not None and (found is None or urgency.queue_position < found.queue_position):
            found = urgency
    return found


def episode_urgency(slots: Mapping[str, Any]) -> HandoffUrgency | None:
    episode = episodes.Episode.from_slots(slots)
    return HandoffUrgency(episode.level) if episode is not None else None


def ticket_urgency(events: Sequence[Mapping[str, Any]], slots: Mapping[str, Any]) -> HandoffUrgency | None:
    """The urgency of the ticket due for the patient's last message: its
    escalation reply's, or, after a reply that needs a ticket only inside an
    episode, the episode's level; None when no ticket is due."""
    urgency = last_reply_urgency(events)
    if urgency is not None:
        return urgency
    for event in reversed(events):
        if event.get("event") == "user":
            break
        if event.get("event") == "action" and event.get("name") in EPISODE_REPLIES:
            return episode_urgency(slots)
    return None


def more_urgent(a: HandoffUrgency, b: HandoffUrgency | None) -> HandoffUrgency:
    return b if b is not None and b.queue_position < a.queue_position else a


def red_flag_context(events: Sequence[Mapping[str, Any]]) -> str | None:
    """When the last patient message answers the red-flag question: the
    worry that question was about (the patient message before it), so the
    ticket says more than "yes"."""
    users = 0
    asked = False
    for event in reversed(events):
        kind = event.get("event")
        if kind == "user":
            users += 1
            if users == 2:
                return str(event.get("text") or "") if asked else None
        elif kind == "action" and users == 1 and event.get("name") not in (None, "action_listen"):
            if event.get("name") in episodes.RED_FLAG_QUESTIONS:
                asked = True
            elif event.get("name") != "action_open_handoff":
                return None
    return None


def last_user_event(events: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    return next((e for e in reversed(events) if e.get("event") == "user"), None)


def given(value: Any) -> str | None:
    """A callback answer, or None when not given or declined."""
    return value if isinstance(value, str) and value.strip() and value != DECLINED else None


def contact_from(slots: Mapping[str, Any]) -> Tuple[str | None, str | None]:
    """(name, phone) the patient gave: the callback form's answers, else the booking form's."""
    name = given(slots.get(CALLBACK_NAME)) or given(slots.get(fields.NAME))
    phone = given(slots.get(CALLBACK_PHONE))
    booking_contact = given(slots.get(fields.CONTACT))
    if phone is None and booking_contact and not is_email(booking_contact):
        phone = booking_contact
    return name, phone


def screening_reasons(slots: Mapping[str, Any]) -> Tuple[Tuple[str, ...], Tuple[str, ...], Tuple[str, ...]]:
    """(situations, rows, answers) for every screening answer that is not a clear no."""
    flagged = [q for q in QUESTIONS if slots.get(q.slot) not in (None, NO)]
    return (
        tuple(f"screening:{q.key}" for q in flagged),
        tuple(dict.fromkeys(row for q in flagged for row in q.matrix_rows)),
        tuple(str(slots.get(q.slot)) for q in flagged),
    )


def ticket_from(
    conversation_id: str,
    user_event: Mapping[str, Any],
    urgency: HandoffUrgency,
    slots: Mapping[str, Any],
    now: datetime,
    source: str = "assistant",
    context: str | None = None,
) -> NewTicket:
    """The ticket for `user_event` (a Rasa `user` event as a dict); inside a
    safety episode, the episode's ticket with this message as a follow-up.
    `context`: the worry a red-flag answer is about."""
    parse_data = user_event.get("parse_data") or {}
    safety = parse_data.get("safety") or {}
    situations = tuple(safety.get("situations") or ())
    rows = tuple(safety.get("rows") or ())
    triggers = tuple(safety.get("triggers") or ())
    text = str(user_event.get("text") or parse_data.get("text") or "")
    details: Dict[str, Any] = {
        "source": source,
        "intent": (parse_data.get("intent") or {}).get("name"),
    }
    if safety:
        details["screen"] = {"family": safety.get("family"), "source": safety.get("source")}
    if not situations and urgency is not HandoffUrgency.ROUTINE:
        situations, rows, answers = screening_reasons(slots)
        if situations:  # a screening answer in the booking form stopped the booking
            triggers = answers
            details["screening"] = {q.key: slots.get(q.slot) for q in QUESTIONS if slots.get(q.slot) is not None}
    if context:
        details["answer_to_red_flag_question"] = text
        text = f"{context}\n[answer to the red-flag question: {text}]"
    name, phone = contact_from(slots)
    message_id = str(user_event.get("message_id") or f"ts-{user_event.get('timestamp')}")
    episode = episodes.Episode.from_slots(slots)
    if episode is not None:
        details["episode"] = {"id": episode.id, "level": episode.level}
    return NewTicket(
        conversation_id=conversation_id,
        source_message_id=episode.id if episode is not None else message_id,
        message_id=message_id if episode is not None and episode.id != message_id else None,
        urgency=urgency,
        created_at=now,
        situations=situations,
        rows=rows,
        triggers=triggers,
        message_text=text,
        patient_name=name,
        patient_phone=phone,
        details=details,
    )


@dataclass(frozen=True)
class KeptBooking:
    """What became of a booking request in progress when the patient was escalated."""

    status: str  # "none" (no booking in progress), "stored", "spooled", "partial" (kept in the ticket)
    request_id: int | None = None
    reference: str | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)

    @property
    def clears_form(self) -> bool:
        """The request went to the team: the form's answers can be cleared."""
        return self.status in ("stored", "spooled")


def booking_in_progress(slots: Mapping[str, Any]) -> Dict[str, Any]:
    return {name: slots.get(name) for name in fields.FIELDS if slots.get(name) is not None}


def keep_booking(
    db: SessionFactory, outbox: Outbox, slots: Mapping[str, Any], new: NewTicket, now: datetime
) -> KeptBooking:
    """Send the booking request in progress to the team, flagged for a
    clinician and holding no time, so the ticket can link it. Without a name
    and a way to reach the patient it can't be stored: its answers go in the
    ticket instead, and stay in the form for later."""
    answers = booking_in_progress(slots)
    if not answers:
        return KeptBooking("none")
    if not (slots.get(fields.NAME) and slots.get(fields.CONTACT)):
        return KeptBooking("partial", answers=answers)
    reason = f"stopped for a {new.urgency.value} handoff: {', '.join(new.situations) or 'see the ticket'}"
    form = form_from_answers(slots, new.conversation_id)
    form = dataclasses.replace(form, slot_id=None, review_reasons=form.review_reasons + (reason,))
    if not form.reference:
        form = dataclasses.replace(form, reference=f"h{new.source_message_id}"[:64])
    outcome = submit(db, outbox, form, now)
    if outcome.status == "stored":
        return KeptBooking("stored", outcome.request.id, outcome.request.reference, answers)
    if outcome.status == "spooled":
        return KeptBooking("spooled", None, form.reference, answers)
    return KeptBooking("partial", answers=answers)
