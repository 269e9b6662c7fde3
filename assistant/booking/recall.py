"""'What did I book?': this conversation's booking requests, newest first,
each as the summary card the patient saw when it was sent, led by its status
in plain words; and the request still being filled in (or paused), which
has not reached the team.

    requests = recalled_requests(session, conversation_id)     # RecalledRequest, newest first
    messages = recall_messages(requests, phone=..., draft=draft_text(session, slots), form_active=...)
    messages = recall(db, conversation_id, slots, form_active=..., phone=...)   # both, database down included

Plain Python over the data layer (assistant.clinic.booking); actions/booking.py
carries the messages. assistant/booking/cancel.py shows requests the same way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, List, Mapping, Sequence, Tuple

from sqlalchemy.orm import Session

from assistant.booking import fields
from assistant.booking.form import Offline, SessionFactory
from assistant.booking.reference import patient_reference
from assistant.booking.summary_card import SummaryCard, humanise_slug
from assistant.clinic.booking import BookingRequestInfo, booking_requests_for
from assistant.clinic.locations import get_location
from assistant.clinic.replies import moment_text, short_moment, slot_text
from assistant.clinic.slots import get_slot
from assistant.clinic.treatments import get_treatment
from assistant.conversation import Button, Message
from assistant.exceptions import NotFound, SlotUnavailable

logger = logging.getLogger(__name__)

REQUESTED, CONFIRMED, CANCELLED = "requested", "confirmed", "cancelled"
# A request's status as the patient is told it.
STATUS_WORDS: Mapping[str, str] = {
    REQUESTED: "Waiting for the team to confirm",
    CONFIRMED: "Confirmed by the team",
    CANCELLED: "Cancelled",
}
# A request whose screening answers a clinician checks before anything is booked.
REVIEW_WORDS = "Waiting for a clinician to check your answers, then the team will confirm"
# At most this many cards in one reply; older ones are counted, not shown.
MAX_SHOWN = 5

# Plain-text payloads the NLU reads as request_booking (data/nlu/booking.yml has them word for word).
BOOK_BUTTON = Button("Book a consultation", "I'd like to book a consultation")
CONTINUE_BUTTON = Button("Continue my booking", "continue my booking")


@dataclass(frozen=True)
class RecalledRequest:
    """A stored request with what the card shows: the clinic's names and the time as the patient chose it."""

    info: BookingRequestInfo
    treatment: str | None  # the treatment's name (None: to discuss at the consultation)
    location: str | None  # the clinic's name (None: any clinic)
    time: str | None  # "Friday 13 June at 9:00 with Sarah Okafor in Leeds (kept for you)"

    @property
    def status(self) -> str:
        return self.info.status

    @property
    def reference(self) -> str:
        return patient_reference(self.info.reference)


def status_words(info: BookingRequestInfo) -> str:
    if info.status == REQUESTED and info.flagged_for_review:
        return REVIEW_WORDS
    return STATUS_WORDS.get(info.status, info.status.capitalize())


def _name(session: Session, slug: str | None, lookup: Any) -> str | None:
    if not slug:
        return None
    try:
        return lookup(session, slug).name
    except NotFound:  # removed by a clinic reload since: the slug still says what it was
        return humanise_slug(slug)


def _time(session: Session, info: BookingRequestInfo) -> str | None:
    if info.slot_id is not None and info.status != CANCELLED:
        try:
            slot = get_slot(session, info.slot_id)
        except SlotUnavailable:
            slot = None
        if slot is not None:
            return f"{slot_text(slot)} (kept for you)" if info.status == REQUESTED else slot_text(slot)
    if info.preferred_starts_at is not None:
        return f"{moment_text(info.preferred_starts_at)} (preferred)"
    if info.preferred_time:
        return f"{info.preferred_time} (preferred)"
    return None


def recalled(session: Session, info: BookingRequestInfo) -> RecalledRequest:
    return RecalledRequest(
        info,
        _name(session, info.treatment, get_treatment),
        _name(session, info.location, get_location),
        _time(session, info),
    )


def recalled_requests(session: Session, conversation_id: str) -> List[RecalledRequest]:
    """The conversation's booking requests, newest first."""
    infos = booking_requests_for(session, conversation_id)
    return [recalled(session, info) for info in reversed(infos)]


def card(request: RecalledRequest) -> SummaryCard:
    """The summary card sent when the request was stored, led by its status now."""
    info = request.info
    return SummaryCard.for_request(
        treatment=request.treatment,
        location=request.location,
        time=request.time,
        name=info.patient_name,
        contact=info.phone or info.email,
        reference=info.reference,
        status=status_words(info),
    )


def button_title(request: RecalledRequest) -> str:
    """ "Hair mesotherapy, Fri 13 Jun, 9:00 (0A1B2C3D)": which request a button means."""
    info = request.info
    what = request.treatment or "Consultation"
    when = short_moment(info.preferred_starts_at) if info.preferred_starts_at else request.location
    return f"{what}, {when} ({request.reference})" if when else f"{what} ({request.reference})"


# ------------------------------------------------------- the request in progress


def _draft_value(session: Session | None, name: str, value: str) -> str:
    if name == fields.TREATMENT:
        if value == fields.UNDECIDED:
            return "treatment to discuss at your consultation"
        return _name(session, value, get_treatment) if session is not None else humanise_slug(value)
    if name == fields.LOCATION:
        if value == fields.ANY_LOCATION:
            return "any clinic"
        return _name(session, value, get_location) if session is not None else humanise_slug(value)
    return value


def draft_text(session: Session | None, slots: Mapping[str, Any]) -> str | None:
    """What the request being filled in (or paused) says so far: "Hair
    mesotherapy, Leeds, Friday 13 June at 9:00 with Sarah Okafor in Leeds",
    or None when nothing is answered yet. Contact details and health answers
    are left out (the screen may be seen by someone else)."""
    parts = [
        _draft_value(session, name, str(slots[name]))
        for name in (fields.TREATMENT, fields.LOCATION, fields.WHEN)
        if slots.get(name)
    ]
    if slots.get(fields.NAME):
        parts.append(f"for {slots[fields.NAME]}")
    started = parts or any(slots.get(name) is not None for name in fields.FIELDS)
    if not started:
        return None
    return ", ".join(part for part in parts if part) or "nothing answered yet"


def has_draft(slots: Mapping[str, Any]) -> bool:
    return any(slots.get(name) is not None for name in fields.FIELDS)


# ------------------------------------------------------------------ replies


def _in_progress(draft: str | None) -> str:
    so_far = f" So far: {draft}." if draft else ""
    return f"You're in the middle of a booking request: it hasn't been sent to the team yet.{so_far}"


def _paused(draft: str, sent_any: bool) -> str:
    also = "You also started" if sent_any else "You started"
    return (
        f"{also} a booking request that hasn't been sent to the team yet (so far: {draft}). "
        "Would you like to carry on where you left off?"
    )


def _afterwards(requests: Sequence[RecalledRequest], phone: str) -> str:
    waiting = any(r.status == REQUESTED for r in requests)
    confirmed = any(r.status == CONFIRMED for r in requests)
    parts = []
    if waiting:
        parts.append(
            "The team will confirm by phone or email. To change a request that's still waiting, you can say "
            f'"cancel my booking" and send a new one, or call us on {phone}.'
        )
    if confirmed:
        parts.append(f"To change or cancel a confirmed appointment, please call us on {phone}.")
    if not parts:
        parts.append(f'If you\'d like another consultation, just say "book a consultation" or call us on {phone}.')
    return " ".join(parts)


def recall_messages(
    requests: Sequence[RecalledRequest], *, phone: str, draft: str | None = None, form_active: bool = False
) -> Tuple[Message, ...]:
    """The reply to "what did I book?". `requests` newest first; `draft` what
    the unsent request says so far (draft_text), if one was started; with
    `form_active` the booking form asks its next question after this reply."""
    messages: List[Message] = []
    if form_active:
        messages.append(Message(_in_progress(draft)))
    if requests:
        shown = list(requests[:MAX_SHOWN])
        if form_active:
            intro = "Before this one, you sent:" if len(shown) == 1 else "Before this one, you sent (newest first):"
        elif len(requests) == 1:
            intro = "Here's the booking request you sent in this chat:"
        else:
            intro = f"Here are the {len(requests)} booking requests you sent in this chat, newest first:"
        messages.append(Message(intro))
        messages.extend(card(request).message() for request in shown)
        if len(requests) > len(shown):
            older = len(requests) - len(shown)
            messages.append(Message(f"(and {older} older one{'s' if older > 1 else ''})"))
        if not form_active:
            messages.append(Message(_afterwards(requests, phone)))
    if form_active:
        return tuple(messages)  # the form carries on with its question
    if draft is not None:
        messages.append(Message(_paused(draft, bool(requests)), (CONTINUE_BUTTON,)))
    elif not requests:
        messages.append(
            Message(
                "There's no booking request in this chat yet. I can start one for you now, "
                f"or you can call us on {phone}.",
                (BOOK_BUTTON,),
            )
        )
    return tuple(messages)


def offline(phone: str) -> Message:
    return Message(
        "Sorry, I can't reach our booking system to look that up right now. Please try again in a moment, "
        f"or call us on {phone}."
    )


def recall(
    db: SessionFactory, conversation_id: str, slots: Mapping[str, Any], *, form_active: bool, phone: str
) -> Tuple[Message, ...]:
    """recall_messages for this conversation, read from the database. With
    the database down: the request in progress as far as the form's answers
    tell it, then an apology with the clinic's number."""
    try:
        with db() as session:
            requests = recalled_requests(session, conversation_id)
            draft = draft_text(session, slots)
    except Offline:
        logger.warning("The booking requests of a conversation could not be read: the database is down")
        if form_active:
            return (Message(_in_progress(draft_text(None, slots))), offline(phone))
        return (offline(phone),)
    return recall_messages(requests, phone=phone, draft=draft, form_active=form_active)
