"""Booking requests: checking what the patient typed, storing the request
(status `requested`; staff confirm), listing a conversation's requests, and
cancelling one that is still `requested` (staff in the console, or the
patient in the chat), which frees the slot it held.

A request is always stored when the patient's details are valid, even if
the slot they chose was taken in the meantime: then it records the time
they wanted, holds nothing, and staff offer another time. Patient text is
untrusted: it is checked, stored verbatim through bound parameters, and
never interpolated into SQL.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict, List, Mapping, Tuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from assistant.clinic._rows import clinic_zone, location_rows, treatment_row
from assistant.clinic.slots import SlotInfo, get_slot, hold_slot, release_slot
from assistant.db.models import BookingRequest
from assistant.exceptions import (
    BookingRequestClosed,
    BookingRequestInvalid,
    BookingRequestNotFound,
    NotFound,
    SlotNotFound,
    SlotUnavailable,
)

MAX_NAME_LENGTH = 100
MAX_ANSWER_LENGTH = 500
_PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ()\-]+$")
# Pragmatic, not RFC 5322: something@domain.tld, no spaces, no double dots.
_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
# Screening answers that clearly mean "no"; anything else is flagged for a
# clinician, including "not sure" (the safety screen may refine this).
_NEGATIVE = {"no", "n", "nope", "none", "nah", "no i'm not", "not", "never", "false"}


@dataclass(frozen=True)
class Checked:
    """A checked field: the value to store, or a polite problem to re-ask with."""

    value: str | None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _has_control_characters(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in text)


def validate_name(text: str | None) -> Checked:
    name = (text or "").strip()
    if not name or not any(ch.isalpha() for ch in name):
        return Checked(None, "Could you tell me your name?")
    if len(name) > MAX_NAME_LENGTH:
        return Checked(None, f"That's a long name: could you give it in under {MAX_NAME_LENGTH} characters?")
    if _has_control_characters(name):
        return Checked(None, "Your name has characters I can't store; could you type it again?")
    return Checked(name)


def validate_phone(text: str | None) -> Checked:
    phone = (text or "").strip()
    digits = sum(ch.isdigit() for ch in phone)
    if not _PHONE_CHARACTERS.match(phone) or not 7 <= digits <= 15:
        return Checked(
            None,
            "That doesn't look like a phone number. "
            "Could you type it with 7 to 15 digits, like 07700 900123?",
        )
    return Checked(phone)


def validate_email(text: str | None) -> Checked:
    email = (text or "").strip()
    if len(email) > 254 or not _EMAIL.match(email) or len(email.split("@")[0]) > 64:
        return Checked(
            None, "That doesn't look like an email address. Could you check it, like name@example.com?"
        )
    return Checked(email)


def screening_flags(screening: Mapping[str, Any]) -> List[str]:
    """Reasons for a clinician to review: every screening answer that isn't
    a clear "no". Numbers (an age) are left to the caller's own rules."""
    reasons = []
    for question, answer in screening.items():
        if (
            answer is None
            or answer is False
            or isinstance(answer, (int, float))
            and not isinstance(answer, bool)
        ):
            continue
        if isinstance(answer, str) and answer.strip().lower().rstrip(".!") in _NEGATIVE:
            continue
        reasons.append(f"screening: {question} = {answer!r}")
    return reasons


@dataclass(frozen=True)
class BookingForm:
    """What the booking form collected. Give a `reference` to make retries
    after an outage safe: the same reference is stored only once."""

    conversation_id: str
    name: str
    phone: str | None = None
    email: str | None = None
    treatment: str | None = None  # slug
    location: str | None = None  # slug; defaults to the slot's location
    slot_id: int | None = None
    # The slot's start as shown to the patient: kept even if the slot is gone.
    slot_starts_at: datetime | None = None
    preferred_time: str | None = None  # free text: "weekday mornings"
    screening: Mapping[str, Any] = field(default_factory=dict)
    review_reasons: Tuple[str, ...] = ()  # the caller's own flags (e.g. the safety screen)
    reference: str | None = None


@dataclass(frozen=True)
class BookingRequestInfo:
    id: int
    reference: str
    conversation_id: str
    status: str
    treatment: str | None
    location: str | None
    slot_held: bool  # the chosen slot is held for this request
    preferred_starts_at: datetime | None  # in the clinic's zone
    preferred_time: str | None
    patient_name: str
    phone: str | None
    email: str | None
    screening: Mapping[str, Any]
    flagged_for_review: bool
    review_reasons: Tuple[str, ...]
    created_at: datetime
    # The slot held for the request (booked once staff confirm it); None when it holds none.
    slot_id: int | None = None


def _info(row: BookingRequest, session: Session) -> BookingRequestInfo:
    zone = clinic_zone(session)
    return BookingRequestInfo(
        id=row.id,
        reference=row.reference,
        conversation_id=row.conversation_id,
        status=row.status,
        treatment=row.treatment_slug,
        location=row.location_slug,
        slot_held=row.slot_id is not None,
        preferred_starts_at=row.preferred_starts_at.astimezone(zone) if row.preferred_starts_at else None,
        preferred_time=row.preferred_time_text,
        patient_name=row.patient_name,
        phone=row.phone,
        email=row.email,
        screening=dict(row.screening or {}),
        flagged_for_review=row.flagged_for_review,
        review_reasons=tuple(row.review_reasons or ()),
        created_at=row.created_at.astimezone(zone),
        slot_id=row.slot_id,
    )


def _check(session: Session, form: BookingForm) -> Tuple[Dict[str, str], Dict[str, Any]]:
    """Every problem with the form (field -> message), and the clean values."""
    problems: Dict[str, str] = {}
    clean: Dict[str, Any] = {}
    if not form.conversation_id or len(form.conversation_id) > 255:
        problems["conversation_id"] = "a conversation id of 1 to 255 characters is required"
    for name, checked in (
        ("name", validate_name(form.name)),
        ("phone", validate_phone(form.phone) if form.phone else Checked(None)),
        ("email", validate_email(form.email) if form.email else Checked(None)),
    ):
        clean[name] = checked.value
        if checked.problem:
            problems[name] = checked.problem
    if not form.phone and not form.email:
        problems["contact"] = "Could you give a phone number or an email address, so the clinic can confirm?"
    if form.slot_starts_at is not None and form.slot_starts_at.tzinfo is None:
        problems["slot_starts_at"] = "slot_starts_at must be an aware datetime"
    if form.preferred_time and len(form.preferred_time) > 200:
        problems["preferred_time"] = "Could you describe the time you'd like in fewer words?"
    for question, answer in form.screening.items():
        if len(str(question)) > 100 or (isinstance(answer, str) and len(answer) > MAX_ANSWER_LENGTH):
            problems["screening"] = f"screening answers are limited to {MAX_ANSWER_LENGTH} characters"
    try:
        if form.treatment:
            treatment_row(session, form.treatment)
        if form.location:
            location_rows(session, form.location)
    except NotFound as error:
        problems[error.kind] = str(error)
    return problems, clean


def submit_booking_request(session: Session, form: BookingForm, now: datetime) -> BookingRequestInfo:
    """Store the request (status `requested`) and hold the chosen slot if it
    is still free. Raises BookingRequestInvalid listing every problem."""
    if form.reference:
        existing = session.execute(
            select(BookingRequest).where(BookingRequest.reference == form.reference)
        ).scalar_one_or_none()
        if existing is not None:
            return _info(existing, session)

    problems, clean = _check(session, form)
    if problems:
        raise BookingRequestInvalid(problems)

    slot: SlotInfo | None = None
    held = False
    if form.slot_id is not None:
        try:
            slot = hold_slot(session, form.slot_id, now)
            held = True
        except SlotUnavailable:
            # Taken, started or removed meanwhile: keep the time they wanted.
            try:
                slot = get_slot(session, form.slot_id)
            except SlotUnavailable:
                slot = None

    reasons = screening_flags(form.screening) + list(form.review_reasons)
    row = BookingRequest(
        reference=form.reference or uuid.uuid4().hex,
        conversation_id=form.conversation_id,
        treatment_slug=form.treatment,
        location_slug=form.location or (slot.location if slot else None),
        slot_id=slot.id if held and slot else None,
        preferred_starts_at=slot.starts_at if slot else form.slot_starts_at,
        preferred_time_text=form.preferred_time,
        patient_name=clean["name"],
        phone=clean["phone"],
        email=clean["email"],
        screening=dict(form.screening),
        flagged_for_review=bool(reasons),
        review_reasons=reasons,
        status="requested",
        created_at=now,
    )
    session.add(row)
    session.flush()
    return _info(row, session)


def booking_requests_for(session: Session, conversation_id: str) -> List[BookingRequestInfo]:
    """A conversation's requests, oldest first."""
    rows = session.execute(
        select(BookingRequest)
        .where(BookingRequest.conversation_id == conversation_id)
        .order_by(BookingRequest.created_at, BookingRequest.id)
    ).scalars()
    return [_info(row, session) for row in rows]


# What became of the slot a cancelled request held.
SLOT_NONE, SLOT_RELEASED, SLOT_GONE, SLOT_UNCHANGED = "none", "released", "gone", "unchanged"


@dataclass(frozen=True)
class CancelledRequest:
    """A request just cancelled, and the slot it held."""

    request_id: int
    reference: str
    slot_id: int | None  # the slot it held, if any
    slot_outcome: str  # SLOT_NONE, SLOT_RELEASED (free again), SLOT_GONE (removed by a reload), SLOT_UNCHANGED
    slot: SlotInfo | None = None  # the slot, free again (SLOT_RELEASED only)
    slot_problem: str = ""  # why it was left as it is (SLOT_UNCHANGED: started already, or not held any more)


def cancel_booking_request(
    session: Session, request_id: int, now: datetime, *, conversation_id: str | None = None
) -> CancelledRequest:
    """`requested` -> `cancelled`, freeing the slot the request held (the
    request then holds none). A slot that has started already, or is not
    held any more, is left as it is.

    With `conversation_id`, only that conversation's request is found. The
    status changes with a conditional UPDATE (... WHERE status = 'requested'),
    so of a patient cancelling and staff confirming at once exactly one wins.
    Raises BookingRequestNotFound, or BookingRequestClosed (confirmed or
    cancelled already: nothing changed)."""
    row = session.get(BookingRequest, request_id)
    if row is None or (conversation_id is not None and row.conversation_id != conversation_id):
        raise BookingRequestNotFound(request_id)
    if row.status != "requested":
        raise BookingRequestClosed(row.status)
    slot_id = row.slot_id
    result = session.execute(
        update(BookingRequest)
        .where(BookingRequest.id == row.id, BookingRequest.status == "requested")
        .values(status="cancelled", slot_id=None)
        .execution_options(synchronize_session=False)
    )
    session.refresh(row)
    if result.rowcount != 1:
        raise BookingRequestClosed(row.status)
    if slot_id is None:
        return CancelledRequest(row.id, row.reference, None, SLOT_NONE)
    try:
        slot = release_slot(session, slot_id, now)
    except SlotNotFound:
        return CancelledRequest(row.id, row.reference, slot_id, SLOT_GONE)
    except SlotUnavailable as error:
        return CancelledRequest(row.id, row.reference, slot_id, SLOT_UNCHANGED, slot_problem=str(error))
    return CancelledRequest(row.id, row.reference, slot_id, SLOT_RELEASED, slot=slot)
