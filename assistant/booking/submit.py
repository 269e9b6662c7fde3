"""Storing a finished booking request, or keeping it safe until we can.

    form = form_from_answers(slots, conversation_id)
    outcome = submit(db, outbox, form, now)      # stored, or spooled to the outbox
    messages = outcome_messages(outcome, form, slots, phone)
    ...
    deliver(db, outbox)                          # later: stores what the outbox holds

A request whose screening is not all clear holds no slot: a clinician
checks before anything is booked, and the time chosen is kept as the
patient's preferred time. Storing is idempotent (the form's reference), so
the outbox can deliver a request twice without a duplicate.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Dict, Mapping, Tuple

from sqlalchemy.orm import Session

from assistant.booking import fields, replies
from assistant.booking.form import SessionFactory
from assistant.booking.screening import BLOOD_THINNERS, QUESTIONS
from assistant.booking.summary_card import SummaryCard, humanise_slug
from assistant.booking.understanding import NO, is_email
from assistant.clinic.booking import BookingForm, BookingRequestInfo, screening_flags, submit_booking_request
from assistant.clinic.locations import get_location
from assistant.clinic.replies import moment_text
from assistant.clinic.slots import SlotInfo, get_slot, next_free_slots
from assistant.clinic.treatments import get_treatment
from assistant.conversation import Message
from assistant.exceptions import BookingRequestInvalid
from assistant.outbox import DeliveryReport, Outbox

logger = logging.getLogger(__name__)

RECORD_VERSION = 1
RECORD_KIND = "booking_request"
ALTERNATIVES = 3


def screening_answers(slots: Mapping[str, Any]) -> Dict[str, str]:
    """The screening as stored with the request: question key -> answer."""
    return {q.key: slots.get(q.slot) for q in QUESTIONS if slots.get(q.slot) is not None}


def form_from_answers(slots: Mapping[str, Any], conversation_id: str) -> BookingForm:
    """The data layer's BookingForm from the form's answers."""
    screening = screening_answers(slots)
    flagged = bool(screening_flags(screening))
    contact = slots.get(fields.CONTACT) or ""
    treatment = slots.get(fields.TREATMENT)
    location = slots.get(fields.LOCATION)
    slot_id = slots.get(fields.SLOT_ID)
    starts_at = slots.get(fields.SLOT_STARTS_AT)
    return BookingForm(
        conversation_id=conversation_id,
        name=slots.get(fields.NAME) or "",
        phone=None if is_email(contact) else contact or None,
        email=contact if is_email(contact) else None,
        treatment=None if treatment in (None, fields.UNDECIDED) else treatment,
        location=None if location in (None, fields.ANY_LOCATION) else location,
        # Nothing is held while a clinician still has to check the answers.
        slot_id=int(slot_id) if slot_id and not flagged else None,
        slot_starts_at=datetime.fromisoformat(starts_at) if starts_at else None,
        preferred_time=slots.get(fields.PREFERRED_TIME),
        screening=screening,
        reference=slots.get(fields.REFERENCE),
    )


def to_record(form: BookingForm, submitted_at: datetime) -> Dict[str, Any]:
    """A BookingForm as JSON-ready data for the outbox."""
    data = dataclasses.asdict(form)
    data["slot_starts_at"] = form.slot_starts_at.isoformat() if form.slot_starts_at else None
    data["screening"] = dict(form.screening)
    data["review_reasons"] = list(form.review_reasons)
    return {
        "version": RECORD_VERSION,
        "kind": RECORD_KIND,
        "submitted_at": submitted_at.isoformat(),
        "form": data,
    }


def from_record(record: Mapping[str, Any]) -> Tuple[BookingForm, datetime]:
    data = dict(record["form"])
    data["slot_starts_at"] = (
        datetime.fromisoformat(data["slot_starts_at"]) if data.get("slot_starts_at") else None
    )
    data["review_reasons"] = tuple(data.get("review_reasons") or ())
    return BookingForm(**data), datetime.fromisoformat(record["submitted_at"])


@dataclass(frozen=True)
class Outcome:
    status: str  # "stored" | "spooled" | "invalid"
    request: BookingRequestInfo | None = None
    held: SlotInfo | None = None  # the slot held for the request
    taken: SlotInfo | None = None  # the slot chosen, taken by someone else meanwhile
    alternatives: Tuple[SlotInfo, ...] = ()
    problems: Mapping[str, str] = dataclasses.field(default_factory=dict)
    treatment_name: str | None = None  # as the clinic names them (for the summary card)
    location_name: str | None = None


def store(session: Session, form: BookingForm, now: datetime) -> BookingRequestInfo:
    """Store the request; a treatment or clinic removed by a clinic reload
    meanwhile is dropped and noted for the team rather than losing the request."""
    try:
        return submit_booking_request(session, form, now)
    except BookingRequestInvalid as error:
        gone = {"treatment", "location"} & set(error.errors)
        if not gone or set(error.errors) - {"treatment", "location"}:
            raise
        notes = tuple(f"{name} no longer offered: {error.errors[name]}" for name in sorted(gone))
        changes: Dict[str, Any] = {name: None for name in gone}
        return submit_booking_request(
            session, dataclasses.replace(form, review_reasons=form.review_reasons + notes, **changes), now
        )


def submit(db: SessionFactory, outbox: Outbox, form: BookingForm, now: datetime) -> Outcome:
    """Store the request, holding the chosen slot if it is still free. If the
    database fails in any way, the request goes to the outbox instead."""
    try:
        with db() as session:
            request = store(session, form, now)
            held = taken = None
            alternatives: Tuple[SlotInfo, ...] = ()
            if form.slot_id is not None:
                slot = get_slot(session, form.slot_id) if request.slot_held else None
                if request.slot_held:
                    held = slot
                else:
                    try:
                        taken = get_slot(session, form.slot_id)
                    except Exception:  # removed by a reload: keep the time they saw
                        taken = None
                    alternatives = tuple(
                        next_free_slots(session, now, location=request.location, limit=ALTERNATIVES)
                    )
            treatment_name, location_name = _names(session, request)
            return Outcome("stored", request, held, taken, alternatives, {}, treatment_name, location_name)
    except BookingRequestInvalid as error:
        logger.error("A booking request could not be stored: %s", sorted(error.errors))
        return Outcome("invalid", problems=error.errors)
    except Exception:
        logger.exception("Storing booking request %s failed; kept in the outbox", form.reference)
        outbox.put(form.reference, to_record(form, now))
        return Outcome("spooled")


def _names(session: Session, request: BookingRequestInfo) -> Tuple[str | None, str | None]:
    treatment = get_treatment(session, request.treatment).name if request.treatment else None
    location = get_location(session, request.location).name if request.location else None
    return treatment, location


def outbox_handler(db: SessionFactory) -> Callable[[Mapping[str, Any]], None]:
    """Stores one booking request record from the outbox (idempotent by reference)."""

    def store_record(record: Mapping[str, Any]) -> None:
        form, submitted_at = from_record(record)
        with db() as session:
            store(session, form, submitted_at)

    return store_record


def deliver(db: SessionFactory, outbox: Outbox) -> DeliveryReport:
    """Store every booking request waiting in the outbox (other kinds of
    record are left for their own handlers)."""
    report = outbox.deliver({RECORD_KIND: outbox_handler(db)})
    if report.delivered:
        logger.info("Delivered %d booking request(s) from the outbox", len(report.delivered))
    return report


def outcome_messages(outcome: Outcome, form: BookingForm, slots: Mapping[str, Any], phone: str) -> Tuple[Message, ...]:
    """What the patient is told once the request is stored or spooled: a
    short reply, then the summary card (with the stored reference)."""
    promise = slots.get(fields.PROMISE)
    name = form.name
    if outcome.status == "invalid":
        return (Message(replies.could_not_store(phone)),)
    chosen = slots.get(fields.WHEN)
    if outcome.status == "spooled":
        text = replies.spooled(name, promise, phone)
        time = f"{chosen} (preferred)" if chosen else None
        card = _card(form, form.reference or "", None, None, time, "Your booking request (saved, on its way)")
        return Message(text), card.message()
    request = outcome.request
    starts = form.slot_starts_at
    taken = moment_text(starts) if outcome.taken is not None and starts else None
    blood_thinners = slots.get(BLOOD_THINNERS) not in (None, NO)
    text = replies.stored(name, promise, request.flagged_for_review, blood_thinners, taken, outcome.alternatives)
    if chosen and outcome.held is not None:
        time = f"{chosen} (kept for you)"
    else:
        time = f"{chosen} (preferred)" if chosen else None
    card = _card(form, request.reference, outcome.treatment_name, outcome.location_name, time)
    return Message(text), card.message()


def _card(
    form: BookingForm,
    reference: str,
    treatment: str | None,
    location: str | None,
    time: str | None,
    title: str = "Your booking request",
) -> SummaryCard:
    return SummaryCard.for_request(
        treatment=treatment or (humanise_slug(form.treatment) if form.treatment else None),
        location=location or (humanise_slug(form.location) if form.location else None),
        time=time,
        name=form.name,
        contact=form.phone or form.email,
        reference=reference,
        title=title,
    )
