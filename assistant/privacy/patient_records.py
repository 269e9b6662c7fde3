"""A conversation's booking requests and handoff tickets, as the privacy
jobs treat them: what is deleted, what is kept as a minimal care record,
what redaction masks, and what an export holds.

What is kept, and why:
- A handoff ticket is a care record when a clinician's attention was needed
  and given or is still due: every emergency and same-day ticket (open ones
  must still reach the patient: the team calls them back), and a review
  ticket that staff claimed or resolved. It is kept, minimised: the
  patient's words, the triggering phrases and the per-message details are
  removed and the link to the conversation is cut; what remains is who
  (name, phone: a care record identifies the patient), the urgency,
  situations, triage rows, times, the handler, the outcome and the staff
  notes (personal details in notes masked). It is deleted
  CARE_RECORD_RETENTION_DAYS after it was resolved.
- Every other ticket (routine, or a review nobody has picked up) is deleted.
- A confirmed booking request is an appointment in the clinic's diary: it
  is kept with the patient's name, contact and time; the health answers
  and the patient's own words are removed. Requested and cancelled ones are
  deleted, and a slot held for a requested one is freed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Dict, List, Tuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from assistant.clinic.slots import release_slot
from assistant.db.models import BookingRequest, HandoffNote, HandoffTicket
from assistant.exceptions import AssistantError
from assistant.privacy.pii import NAME, Redactor

URGENT = ("emergency", "same_day")
ERASED_PREFIX = "erased:"  # conversation_id of a kept record whose conversation was erased


@dataclass(frozen=True)
class KeptTicket:
    id: int
    urgency: str
    open: bool  # still waiting for the team


@dataclass(frozen=True)
class RecordsOutcome:
    bookings_deleted: int = 0
    bookings_kept: Tuple[str, ...] = ()  # references of confirmed appointments kept
    tickets_deleted: int = 0
    tickets_kept: Tuple[KeptTicket, ...] = ()


def is_care_record(ticket: HandoffTicket) -> bool:
    return ticket.urgency in URGENT or (ticket.urgency == "review" and ticket.status != "new")


def _tickets(session: Session, conversation_id: str) -> List[HandoffTicket]:
    return list(
        session.execute(
            select(HandoffTicket).where(HandoffTicket.conversation_id == conversation_id).order_by(HandoffTicket.id)
        ).scalars()
    )


def _bookings(session: Session, conversation_id: str) -> List[BookingRequest]:
    return list(
        session.execute(
            select(BookingRequest).where(BookingRequest.conversation_id == conversation_id).order_by(BookingRequest.id)
        ).scalars()
    )


def known_details(session: Session, conversation_id: str) -> List[str]:
    """The names, phone numbers and emails stored with the conversation's records."""
    values: List[str] = []
    for booking in _bookings(session, conversation_id):
        values += [booking.patient_name, booking.phone or "", booking.email or ""]
    for ticket in _tickets(session, conversation_id):
        values += [ticket.patient_name or "", ticket.patient_phone or ""]
    return [value for value in values if value]


def _minimise_ticket(session: Session, ticket: HandoffTicket, reference: str, redactor: Redactor) -> None:
    ticket.conversation_id = ERASED_PREFIX + reference
    ticket.message_text = ""
    ticket.triggers = []
    ticket.details = {"minimised": reference}
    ticket.outcome = redactor.text(ticket.outcome) if ticket.outcome else ticket.outcome
    for note in session.execute(select(HandoffNote).where(HandoffNote.ticket_id == ticket.id)).scalars():
        note.text = redactor.text(note.text)


def erase_records(
    session: Session, conversation_id: str, reference: str, redactor: Redactor, now: datetime
) -> RecordsOutcome:
    """Delete the conversation's records, keeping care records and confirmed
    appointments minimised (see the module's docstring)."""
    kept_tickets: List[KeptTicket] = []
    deleted_tickets = 0
    for ticket in _tickets(session, conversation_id):
        if is_care_record(ticket):
            _minimise_ticket(session, ticket, reference, redactor)
            kept_tickets.append(KeptTicket(ticket.id, ticket.urgency, ticket.status != "resolved"))
        else:
            session.execute(delete(HandoffTicket).where(HandoffTicket.id == ticket.id))
            deleted_tickets += 1
    kept_bookings: List[str] = []
    deleted_bookings = 0
    for booking in _bookings(session, conversation_id):
        if booking.status == "confirmed":
            booking.conversation_id = ERASED_PREFIX + reference
            booking.screening = {}
            booking.review_reasons = []
            booking.preferred_time_text = None
            kept_bookings.append(booking.reference)
            continue
        if booking.status == "requested" and booking.slot_id is not None:
            try:
                release_slot(session, booking.slot_id, now)
            except AssistantError:
                pass  # already started or changed by staff: nothing held to free
        session.execute(
            HandoffTicket.__table__.update()
            .where(HandoffTicket.booking_request_id == booking.id)
            .values(booking_request_id=None)
        )
        session.execute(delete(BookingRequest).where(BookingRequest.id == booking.id))
        deleted_bookings += 1
    session.flush()
    return RecordsOutcome(deleted_bookings, tuple(kept_bookings), deleted_tickets, tuple(kept_tickets))


def redact_records(session: Session, conversation_id: str, redactor: Redactor) -> None:
    """Mask personal details in the conversation's records. Records still
    being worked on (a requested booking, an unresolved ticket) and care
    records keep the name and number the team needs; the rest lose them."""
    for booking in _bookings(session, conversation_id):
        booking.preferred_time_text = redactor.text(booking.preferred_time_text or "") or None
        booking.screening = redactor.value(dict(booking.screening or {}))
        if booking.status == "cancelled":
            booking.patient_name, booking.phone, booking.email = NAME, None, None
    for ticket in _tickets(session, conversation_id):
        ticket.message_text = redactor.text(ticket.message_text or "")
        ticket.triggers = redactor.value(list(ticket.triggers or []))
        ticket.details = redactor.value(dict(ticket.details or {}))
        if ticket.status == "resolved" and not is_care_record(ticket):
            ticket.patient_name, ticket.patient_phone = None, None
    session.flush()


def all_closed(session: Session, conversation_id: str, before: datetime) -> bool:
    """True when no record of the conversation is still being worked on:
    every booking request decided, every ticket resolved before `before`."""
    if any(b.status == "requested" for b in _bookings(session, conversation_id)):
        return False
    return all(
        t.status == "resolved" and t.resolved_at and t.resolved_at < before for t in _tickets(session, conversation_id)
    )


def latest_record_time(session: Session, conversation_id: str) -> datetime | None:
    times = [b.created_at for b in _bookings(session, conversation_id)]
    times += [t.resolved_at or t.created_at for t in _tickets(session, conversation_id)]
    return max(times) if times else None


def export_records(session: Session, conversation_id: str) -> Dict[str, Any]:
    """The conversation's booking requests and tickets as JSON-ready data."""
    bookings = [
        {
            "reference": b.reference,
            "status": b.status,
            "treatment": b.treatment_slug,
            "location": b.location_slug,
            "preferred_time": b.preferred_time_text,
            "time_asked_for": b.preferred_starts_at.isoformat() if b.preferred_starts_at else None,
            "name": b.patient_name,
            "phone": b.phone,
            "email": b.email,
            "health_answers": dict(b.screening or {}),
            "created_at": b.created_at.isoformat(),
        }
        for b in _bookings(session, conversation_id)
    ]
    tickets: List[Dict[str, Any]] = []
    for t in _tickets(session, conversation_id):
        notes = session.execute(
            select(HandoffNote).where(HandoffNote.ticket_id == t.id).order_by(HandoffNote.id)
        ).scalars()
        tickets.append(
            {
                "id": t.id,
                "urgency": t.urgency,
                "status": t.status,
                "situations": list(t.situations or []),
                "your_message": t.message_text,
                "name": t.patient_name,
                "phone": t.patient_phone,
                "created_at": t.created_at.isoformat(),
                "resolved_at": t.resolved_at.isoformat() if t.resolved_at else None,
                "outcome": t.outcome,
                "notes": [{"by": n.author, "at": n.created_at.isoformat(), "text": n.text} for n in notes],
            }
        )
    return {"booking_requests": bookings, "handoff_tickets": tickets}


def care_records_due(session: Session, before: datetime) -> List[int]:
    """Ids of minimised care records resolved before `before`."""
    return list(
        session.execute(
            select(HandoffTicket.id).where(
                HandoffTicket.conversation_id.like(ERASED_PREFIX + "%"),
                HandoffTicket.status == "resolved",
                HandoffTicket.resolved_at < before,
            )
        ).scalars()
    )


def delete_tickets(session: Session, ids: List[int]) -> int:
    if not ids:
        return 0
    return session.execute(delete(HandoffTicket).where(HandoffTicket.id.in_(ids))).rowcount or 0


def conversations_with_records_before(session: Session, before: datetime) -> List[str]:
    """Conversation ids (not yet erased) with a booking request or ticket created before `before`."""
    ids = set(
        session.execute(
            select(BookingRequest.conversation_id).where(
                BookingRequest.created_at < before, BookingRequest.conversation_id.not_like(ERASED_PREFIX + "%")
            )
        ).scalars()
    )
    ids |= set(
        session.execute(
            select(HandoffTicket.conversation_id).where(
                HandoffTicket.created_at < before, HandoffTicket.conversation_id.not_like(ERASED_PREFIX + "%")
            )
        ).scalars()
    )
    return sorted(ids)
