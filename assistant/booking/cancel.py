"""'Cancel my booking request': withdrawing, from the chat, a request this
conversation sent, while it is still `requested` (staff have not confirmed it).

    step = offer_cancel(db, conversation_id, phone=..., choice=None, draft=...)
    #   one request waiting:  its card and "Shall I cancel it?" [Yes, cancel it] [No, keep it]
    #                         step.pending = its id (the booking_to_cancel slot)
    #   several waiting:      one button each: /cancel_my_booking{"booking_choice": "<id>"}
    #   confirmed already:    not in the chat: call the clinic
    #   none:                 how moving or cancelling works (call the clinic), like faq/reschedule_cancel
    step = answer_cancel(db, conversation_id, step.pending, yes=True, now=now, phone=...)
    #   cancelled (and its held slot freed), or why not; step.pending is None again

Cancelling is assistant.clinic.booking.cancel_booking_request, the same
conditional change the staff console makes, so a patient cancelling while
staff confirm ends in exactly one of the two. Only this conversation's
requests are ever found. The change is written to the audit log as the
patient's, so staff see who cancelled it.

Plain Python; actions/booking.py carries the steps.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import List, Sequence, Tuple

from sqlalchemy.orm import Session

from assistant.booking.form import Offline, SessionFactory
from assistant.booking.recall import (
    BOOK_BUTTON,
    CANCELLED,
    CONFIRMED,
    REQUESTED,
    RecalledRequest,
    button_title,
    card,
    recalled_requests,
)
from assistant.booking.reference import patient_reference
from assistant.clinic.booking import SLOT_RELEASED, CancelledRequest, cancel_booking_request
from assistant.conversation import Button, Message, payload
from assistant.db.models import AuditEvent
from assistant.exceptions import BookingRequestClosed, BookingRequestNotFound

logger = logging.getLogger(__name__)

INTENT = "cancel_my_booking"
CHOICE_ENTITY = "booking_choice"  # set only by the payload of a "which one?" button
PENDING_SLOT = "booking_to_cancel"  # the request awaiting the patient's yes or no

CONFIRM_BUTTONS = (Button("Yes, cancel it", "/affirm"), Button("No, keep it", "/deny"))
KEEP_ALL_BUTTON = Button("Keep them all", "/deny")

# Who the audit log says cancelled it (staff cancel under their username).
PATIENT_ACTOR = "patient"
AUDIT_ACTION = "booking.cancel"

# What faq/reschedule_cancel says of a worry behind cancelling: the patient is asked about it first.
UNWELL = (
    "If you're cancelling because you feel unwell or something is wrong with an area that was treated, tell me "
    "what is happening, so we can make sure you get the right help first."
)


@dataclass(frozen=True)
class CancelStep:
    messages: Tuple[Message, ...]
    pending: str | None = None  # the request id awaiting a yes or no (booking_to_cancel), or None

    @property
    def texts(self) -> Tuple[str, ...]:
        return tuple(m.text for m in self.messages)


def choice_payload(request_id: int) -> str:
    """The payload of a "which one?" button: /cancel_my_booking{"booking_choice": "12"}."""
    return payload(INTENT, **{CHOICE_ENTITY: str(request_id)})


# ------------------------------------------------------------------ replies


def _no_request(phone: str) -> str:
    return (
        "I can't see a booking request sent in this chat. To move or cancel an appointment, please call the "
        f"clinic on {phone}, or ask here to speak to the team. {UNWELL}"
    )


def _not_sent(phone: str) -> str:
    return (
        "The booking request you started here hasn't been sent to the team, so there's nothing to cancel. "
        'I\'ve kept your answers: say "continue my booking" to finish it, or just leave it. To move or cancel '
        f"an appointment you made another way, please call us on {phone}."
    )


def _confirmed(requests: Sequence[RecalledRequest], phone: str) -> str:
    references = ", ".join(r.reference for r in requests)
    one = len(requests) == 1
    which = f"Your booking ({references}) has" if one else f"Your bookings ({references}) have"
    return (
        f"{which} already been confirmed by the team, so I can't cancel {'it' if one else 'them'} here. "
        "To cancel or move a "
        f"confirmed appointment, please call the clinic on {phone}: the team will tell you about any notice "
        f"period that applies. {UNWELL}"
    )


def _all_cancelled(phone: str) -> str:
    return (
        "Your booking request from this chat is already cancelled, so there's nothing left to cancel. To move "
        f"or cancel an appointment you made another way, please call us on {phone}."
    )


def _ask(request: RecalledRequest, confirmed: Sequence[RecalledRequest], phone: str) -> CancelStep:
    intro = (
        "This is the booking request you sent in this chat. The team hasn't confirmed it yet, so I can cancel "
        "it for you."
    )
    if confirmed:
        intro += f" (A confirmed appointment can only be changed by phone, on {phone}.)"
    return CancelStep(
        (Message(intro), card(request).message(), Message("Shall I cancel it?", CONFIRM_BUTTONS)),
        pending=str(request.info.id),
    )


def _which(waiting: Sequence[RecalledRequest]) -> CancelStep:
    buttons = tuple(Button(button_title(r), choice_payload(r.info.id)) for r in waiting) + (KEEP_ALL_BUTTON,)
    text = f"You have {len(waiting)} booking requests waiting for the team. Which one should I cancel?"
    return CancelStep((Message(text, buttons),))


def _done(cancelled: CancelledRequest) -> Message:
    released = " The time we were keeping for you is free again." if cancelled.slot_outcome == SLOT_RELEASED else ""
    return Message(
        f"Done: I've cancelled your booking request (reference {patient_reference(cancelled.reference)}), so "
        f"the team won't contact you about it.{released} If you'd like another consultation, just ask.",
        (BOOK_BUTTON,),
    )


def _closed(status: str, phone: str) -> str:
    if status == CANCELLED:
        return "That booking request is already cancelled: there's nothing more to do."
    return (
        "The team has just confirmed that booking request, so I can't cancel it here. To cancel or move it, "
        f"please call the clinic on {phone}."
    )


def offline_message(phone: str) -> Message:
    return Message(
        "Sorry, I can't reach our booking system right now, so nothing has been cancelled. Please try again in a "
        f"moment, or call us on {phone}."
    )


KEPT = "No problem, I haven't cancelled anything: your booking request is still with the team."


# ------------------------------------------------------------------ steps


def choose(
    requests: Sequence[RecalledRequest], *, phone: str, choice: str | None = None, draft: bool = False
) -> CancelStep:
    """What to ask or say, given the conversation's requests (newest first),
    the request a "which one?" button named (`choice`, a request id), and
    whether a request was started here but not sent (`draft`)."""
    chosen = [r for r in requests if str(r.info.id) == choice] if choice else []
    if chosen:
        [request] = chosen
        if request.status == REQUESTED:
            return _ask(request, (), phone)
        if request.status == CONFIRMED:
            return CancelStep((Message(_confirmed(chosen, phone)),))
        return CancelStep((Message(_closed(request.status, phone)),))
    waiting = [r for r in requests if r.status == REQUESTED]
    confirmed = [r for r in requests if r.status == CONFIRMED]
    if len(waiting) == 1:
        return _ask(waiting[0], confirmed, phone)
    if waiting:
        return _which(waiting)
    if confirmed:
        return CancelStep((Message(_confirmed(confirmed, phone)),))
    if requests:
        return CancelStep((Message(_all_cancelled(phone)),))
    if draft:
        return CancelStep((Message(_not_sent(phone)),))
    return CancelStep((Message(_no_request(phone)),))


def offer_cancel(
    db: SessionFactory, conversation_id: str, *, phone: str, choice: str | None = None, draft: bool = False
) -> CancelStep:
    """The reply to "cancel my booking request" (or to a "which one?" button)."""
    try:
        with db() as session:
            requests = recalled_requests(session, conversation_id)
    except Offline:
        logger.warning("Booking requests could not be read for a cancellation: the database is down")
        return CancelStep((offline_message(phone),))
    return choose(requests, phone=phone, choice=choice, draft=draft)


def record_cancellation(session: Session, cancelled: CancelledRequest, at: datetime) -> None:
    """The audit row staff see in the request's history: the patient cancelled it in the chat."""
    detail = {"via": "chat"}
    if cancelled.slot_id is not None:
        detail.update(slot_id=cancelled.slot_id, slot=cancelled.slot_outcome)
    session.add(
        AuditEvent(
            at=at,
            actor=PATIENT_ACTOR,
            action=AUDIT_ACTION,
            subject_type="booking",
            subject_id=str(cancelled.request_id),
            detail=detail,
            remote_addr="",
        )
    )
    session.flush()


def answer_cancel(
    db: SessionFactory, conversation_id: str, pending: str | None, *, yes: bool, now: datetime, phone: str
) -> CancelStep:
    """The patient's yes or no to "Shall I cancel it?" for the request `pending`."""
    if not yes:
        return CancelStep((Message(KEPT),))
    try:
        request_id = int(pending or "")
    except ValueError:
        return CancelStep((Message(_no_request(phone)),))
    messages: List[Message] = []
    try:
        with db() as session:
            cancelled = cancel_booking_request(session, request_id, now, conversation_id=conversation_id)
            record_cancellation(session, cancelled, now)
        messages.append(_done(cancelled))
    except BookingRequestClosed as error:
        messages.append(Message(_closed(error.status, phone)))
    except BookingRequestNotFound:
        messages.append(Message(_no_request(phone)))
    except Offline:
        logger.warning("A booking request could not be cancelled: the database is down")
        messages.append(offline_message(phone))
    return CancelStep(tuple(messages))
