"""Booking requests for the desk: the list (newest first, by status, with
counts), one request with its slot, tickets and history, and confirming or
cancelling it, each checked against the role matrix and written to the
audit log in the same transaction as the change.

    view = list_bookings(session, "requested")                  # BookingList(counts, rows, ...)
    detail = open_booking(session, staff, 7, addr)              # audited as booking.view
    done = confirm_booking(session, staff, 7, "rang, 3pm ok", now, addr)
    done = cancel_booking(session, staff, 7, "", now, addr)

Only a `requested` request is confirmed or cancelled; the status changes
with a conditional UPDATE (... WHERE status = 'requested'), so of two
people acting at once exactly one succeeds and the other is told. A request
flagged for clinician review is confirmed by a clinician or an admin only
(permissions.py: booking.confirm_flagged). The slot a request holds follows
it through assistant.clinic.slots: confirming books it (held -> booked; a
slot booked already refuses the confirmation, so nothing is double-booked),
cancelling releases it (held -> free) and the request stops holding it.

The optional note is staff text kept in the audit event's detail (the
booking_requests table has no notes column); patient text never is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Dict, List, Mapping, Sequence, Tuple

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from assistant.clinic.booking import SLOT_RELEASED, SLOT_UNCHANGED, cancel_booking_request
from assistant.clinic.slots import SlotInfo, book_slot, get_slot
from assistant.console import audit
from assistant.console.accounts import StaffPrincipal, display_names
from assistant.console.exceptions import BookingNotFound, BookingStateError, NotPermitted
from assistant.console.permissions import allowed
from assistant.console.search import cleaned as cleaned_search
from assistant.console.search import contains as text_contains
from assistant.console.search import phone_matches
from assistant.db.models import BookingRequest, HandoffTicket, Location, Treatment
from assistant.exceptions import BookingRequestClosed, SlotUnavailable

STATUSES: Tuple[str, ...] = ("requested", "confirmed", "cancelled")
# filter -> statuses; "requested" (waiting for the desk) is what staff work from.
FILTERS: Mapping[str, Tuple[str, ...]] = {
    "requested": ("requested",),
    "confirmed": ("confirmed",),
    "cancelled": ("cancelled",),
    "all": STATUSES,
}
STATUS_LABELS: Mapping[str, str] = {"requested": "Requested", "confirmed": "Confirmed", "cancelled": "Cancelled"}
FILTER_LABELS: Mapping[str, str] = {**STATUS_LABELS, "all": "All"}
DEFAULT_FILTER = "requested"
MAX_ROWS = 500
MAX_NOTE = 1000
REVIEW_REFUSAL = (
    "This request is flagged for clinician review: a clinician (or an admin) checks the screening answers "
    "and confirms it. You can cancel it if the patient withdraws."
)


@dataclass(frozen=True)
class BookingRow:
    id: int
    reference: str
    status: str
    created_at: datetime  # UTC; shown in the clinic's zone
    patient_name: str  # patient text: escaped where shown
    phone: str
    email: str
    treatment: str  # the treatment's name ("—" when none was chosen)
    location: str
    slot_id: int | None  # the slot this request holds (or booked, once confirmed)
    starts_at: datetime | None  # the slot's start as offered to the patient, UTC
    preferred_time: str  # the patient's own words ("weekday mornings")
    flagged_for_review: bool
    review_reasons: Tuple[str, ...]
    ticket_id: int | None  # the newest handoff ticket linked to this request

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class BookingList:
    filter: str
    counts: Mapping[str, int]
    rows: Tuple[BookingRow, ...]
    truncated: bool
    search: str = ""


@dataclass(frozen=True)
class TicketLink:
    id: int
    urgency: str
    status: str


@dataclass(frozen=True)
class HistoryItem:
    at: datetime
    who: str
    what: str
    note: str = ""  # staff text: escaped where shown


@dataclass(frozen=True)
class BookingDetail:
    booking: BookingRow
    conversation_id: str
    screening: Mapping[str, Any]  # patient answers: escaped where shown
    slot: SlotInfo | None
    tickets: Tuple[TicketLink, ...]
    history: Tuple[HistoryItem, ...]
    can_confirm: bool
    can_cancel: bool
    confirm_refusal: str  # why this role may not confirm it ("" when it may, or nothing is to be done)


@dataclass(frozen=True)
class Done:
    """The request after a change, and what to tell the member of staff."""

    booking: BookingRow
    message: str


def may_confirm(role: str | None, flagged: bool) -> bool:
    """May `role` confirm a request (flagged for clinician review or not)?"""
    return allowed(role, "booking.handle") and (not flagged or allowed(role, "booking.confirm_flagged"))


def _require(staff: StaffPrincipal, permission: str) -> None:
    if not allowed(staff.role, permission):
        raise NotPermitted(f"A {staff.role} may not do this ({permission}).")


def _names(session: Session, model: Any) -> Dict[str, str]:
    return dict(session.execute(select(model.slug, model.name)).all())


def _latest_tickets(session: Session, booking_ids: Sequence[int]) -> Dict[int, int]:
    if not booking_ids:
        return {}
    rows = session.execute(
        select(HandoffTicket.booking_request_id, func.max(HandoffTicket.id))
        .where(HandoffTicket.booking_request_id.in_(booking_ids))
        .group_by(HandoffTicket.booking_request_id)
    ).all()
    return {booking_id: ticket_id for booking_id, ticket_id in rows}


def _booking_row(
    row: BookingRequest, treatments: Mapping[str, str], locations: Mapping[str, str], ticket_id: int | None
) -> BookingRow:
    return BookingRow(
        id=row.id,
        reference=row.reference,
        status=row.status,
        created_at=row.created_at,
        patient_name=row.patient_name,
        phone=row.phone or "",
        email=row.email or "",
        treatment=treatments.get(row.treatment_slug or "", row.treatment_slug or "—"),
        location=locations.get(row.location_slug or "", row.location_slug or "—"),
        slot_id=row.slot_id,
        starts_at=row.preferred_starts_at,
        preferred_time=row.preferred_time_text or "",
        flagged_for_review=bool(row.flagged_for_review),
        review_reasons=tuple(str(reason) for reason in (row.review_reasons or ())),
        ticket_id=ticket_id,
    )


def _summary(session: Session, row: BookingRequest) -> BookingRow:
    return _booking_row(
        row, _names(session, Treatment), _names(session, Location), _latest_tickets(session, [row.id]).get(row.id)
    )


def status_counts(session: Session) -> Dict[str, int]:
    """Requests per filter."""
    per_status = dict(
        session.execute(select(BookingRequest.status, func.count()).group_by(BookingRequest.status)).all()
    )
    return {name: sum(per_status.get(s, 0) for s in statuses) for name, statuses in FILTERS.items()}


def _search_condition(search: str) -> Any:
    """The reference the patient was told ("D2D1278C", the start of the
    stored one), the patient's name, phone number or email."""
    return or_(
        text_contains(BookingRequest.reference, search),
        text_contains(BookingRequest.patient_name, search),
        text_contains(BookingRequest.phone, search),
        text_contains(BookingRequest.email, search),
        *phone_matches(BookingRequest.phone, search),
    )


def list_bookings(session: Session, filter_name: str, search: str = "") -> BookingList:
    """Requests with the filter's statuses, newest first (unknown filters fall back to the default),
    those matching `search` only when it is given."""
    if filter_name not in FILTERS:
        filter_name = DEFAULT_FILTER
    search = cleaned_search(search)
    conditions = [BookingRequest.status.in_(FILTERS[filter_name])]
    if search:
        conditions.append(_search_condition(search))
    found = list(
        session.execute(
            select(BookingRequest)
            .where(*conditions)
            .order_by(BookingRequest.created_at.desc(), BookingRequest.id.desc())
            .limit(MAX_ROWS + 1)
        ).scalars()
    )
    shown = found[:MAX_ROWS]
    treatments, locations = _names(session, Treatment), _names(session, Location)
    tickets = _latest_tickets(session, [row.id for row in shown])
    rows = tuple(_booking_row(row, treatments, locations, tickets.get(row.id)) for row in shown)
    return BookingList(filter_name, status_counts(session), rows, truncated=len(found) > MAX_ROWS, search=search)


def _row(session: Session, booking_id: int) -> BookingRequest:
    row = session.get(BookingRequest, booking_id)
    if row is None:
        raise BookingNotFound(f"There is no booking request {booking_id}.")
    return row


def _history(session: Session, booking_id: int) -> List[HistoryItem]:
    names = display_names(session)
    events = audit.list_events(session, subject_type="booking", subject_id=str(booking_id), limit=200)
    words = {"booking.confirm": "Confirmed", "booking.cancel": "Cancelled"}
    return [
        HistoryItem(
            event.at, names.get(event.actor, event.actor), words[event.action], str(event.detail.get("note", ""))
        )
        for event in reversed(events)
        if event.action in words
    ]


def open_booking(session: Session, staff: StaffPrincipal, booking_id: int, addr: str = "") -> BookingDetail:
    """Everything the booking page shows. BookingNotFound for an unknown id."""
    _require(staff, "booking.view")
    row = _row(session, booking_id)
    slot: SlotInfo | None = None
    if row.slot_id is not None:
        try:
            slot = get_slot(session, row.slot_id)
        except SlotUnavailable:
            slot = None
    tickets = session.execute(
        select(HandoffTicket.id, HandoffTicket.urgency, HandoffTicket.status)
        .where(HandoffTicket.booking_request_id == row.id)
        .order_by(HandoffTicket.id)
    ).all()
    history = _history(session, row.id)
    audit.record(session, staff.username, "booking.view", "booking", str(row.id), remote_addr=addr)
    open_ = row.status == "requested"
    can_confirm = open_ and may_confirm(staff.role, bool(row.flagged_for_review))
    can_cancel = open_ and allowed(staff.role, "booking.handle")
    return BookingDetail(
        booking=_summary(session, row),
        conversation_id=row.conversation_id,
        screening=dict(row.screening or {}),
        slot=slot,
        tickets=tuple(TicketLink(t.id, t.urgency, t.status) for t in tickets),
        history=tuple(history),
        can_confirm=can_confirm,
        can_cancel=can_cancel,
        confirm_refusal=REVIEW_REFUSAL if can_cancel and not can_confirm else "",
    )


def _clean_note(note: str | None) -> str:
    text = (note or "").strip()
    if len(text) > MAX_NOTE:
        raise ValueError(f"A note can be at most {MAX_NOTE} characters.")
    return text


def _refuse_unless_requested(row: BookingRequest) -> None:
    if row.status != "requested":
        raise BookingStateError(f"This request is already {row.status}; nothing was changed.")


def _move(session: Session, row: BookingRequest, new: str, **values: Any) -> None:
    """requested -> `new`, only if it is still requested (someone else may have been first)."""
    result = session.execute(
        update(BookingRequest)
        .where(BookingRequest.id == row.id, BookingRequest.status == "requested")
        .values(status=new, **values)
        .execution_options(synchronize_session=False)
    )
    session.refresh(row)
    if result.rowcount != 1:
        raise BookingStateError(f"Someone else has just marked this request {row.status}; nothing was changed.")


def _when(slot: SlotInfo) -> str:
    return f"{slot.starts_at:%H:%M} on {slot.starts_at:%a %d %b %Y} with {slot.practitioner_name}"


def confirm_booking(
    session: Session, staff: StaffPrincipal, booking_id: int, note: str, now: datetime, addr: str = ""
) -> Done:
    """Mark a requested booking confirmed and book the slot it holds.
    NotPermitted (a flagged request and a role that may not confirm it),
    BookingStateError (not requested any more, or its slot is booked or has
    started: then nothing changes once the caller rolls back, as db_session
    does), ValueError (a note that is too long)."""
    _require(staff, "booking.handle")
    text = _clean_note(note)
    row = _row(session, booking_id)
    if not may_confirm(staff.role, bool(row.flagged_for_review)):
        raise NotPermitted(REVIEW_REFUSAL)
    _refuse_unless_requested(row)
    slot_id = row.slot_id
    _move(session, row, "confirmed")
    detail: Dict[str, Any] = {}
    message = "Booking request confirmed. It held no slot: make sure the time agreed with the patient is in the diary."
    if slot_id is not None:
        try:
            slot = book_slot(session, slot_id, now)
        except SlotUnavailable as error:
            raise BookingStateError(
                f"Not confirmed: {error} Cancel it and agree another time with the patient."
            ) from error
        detail["slot_id"] = slot_id
        message = f"Booking request confirmed; the slot at {_when(slot)} is booked."
    if text:
        detail["note"] = text
    audit.record(session, staff.username, "booking.confirm", "booking", str(row.id), detail, remote_addr=addr)
    return Done(_summary(session, row), message)


def cancel_booking(
    session: Session, staff: StaffPrincipal, booking_id: int, note: str, now: datetime, addr: str = ""
) -> Done:
    """Mark a requested booking cancelled and free the slot it held (the
    request then holds none; assistant.clinic.booking.cancel_booking_request,
    which the chat uses too). A slot that has started already, or is not
    held any more, is left as it is, and the message says so."""
    _require(staff, "booking.handle")
    text = _clean_note(note)
    row = _row(session, booking_id)
    _refuse_unless_requested(row)
    try:
        cancelled = cancel_booking_request(session, row.id, now)
    except BookingRequestClosed as error:
        raise BookingStateError(
            f"Someone else has just marked this request {error.status}; nothing was changed."
        ) from error
    detail: Dict[str, Any] = {}
    message = "Booking request cancelled."
    if cancelled.slot_id is not None:
        detail["slot_id"] = cancelled.slot_id
        detail["slot"] = cancelled.slot_outcome
        if cancelled.slot_outcome == SLOT_RELEASED and cancelled.slot is not None:
            message = f"Booking request cancelled; the slot at {_when(cancelled.slot)} is free again."
        elif cancelled.slot_outcome == SLOT_UNCHANGED:
            message = f"Booking request cancelled. The slot was left as it is: {cancelled.slot_problem}"
    if text:
        detail["note"] = text
    audit.record(session, staff.username, "booking.cancel", "booking", str(row.id), detail, remote_addr=addr)
    return Done(_summary(session, row), message)
