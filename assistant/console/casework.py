"""What staff do with a ticket — open it, claim it, note it, resolve it —
each checked against the role matrix and written to the audit log in the
same transaction as the change.

    case = open_case(session, tracker, staff, 42, now, addr)     # audited as ticket.view
    claim_ticket(session, staff, 42, now, addr)                  # TicketAlreadyClaimed if someone was first
    assign_ticket(session, staff, 42, "nurse.ann", now, addr)    # to a colleague, audited as ticket.assign
    note_ticket(session, staff, 42, "Rang back, no answer", now, addr)
    resolve_ticket(session, staff, 42, "called_back", "", now, addr)

The two-people-claim-at-once guarantee is assistant.handoff.tickets.claim's
conditional update; this module adds who may, and the record of who did.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List, Mapping, Sequence, Tuple

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from assistant.console import audit
from assistant.console.accounts import StaffPrincipal, display_names
from assistant.console.exceptions import NotPermitted
from assistant.console.permissions import allowed, may_handle
from assistant.console.transcript import TranscriptEntry, read_transcript
from assistant.db.models import BookingRequest, Location, StaffUser, Treatment
from assistant.handoff import tickets
from assistant.handoff.exceptions import TicketAlreadyClaimed, TicketAlreadyResolved
from assistant.handoff.tickets import NoteInfo, TicketInfo

# The outcomes a ticket is resolved with: key -> the words stored and shown.
OUTCOMES: Mapping[str, str] = {
    "called_back": "Called back",
    "booked_consultation": "Booked consultation",
    "referred_emergency": "Referred to emergency services",
    "no_action": "No action needed",
}
MAX_NOTE = 5000


@dataclass(frozen=True)
class BookingSummary:
    id: int
    reference: str
    status: str
    created_at: datetime
    treatment: str
    location: str
    preferred: str
    patient_name: str
    phone: str
    email: str
    flagged_for_review: bool
    review_reasons: Tuple[str, ...]
    linked: bool  # the ticket's own booking request


@dataclass(frozen=True)
class HistoryItem:
    at: datetime
    who: str
    what: str
    text: str = ""  # a note's text (patient-related: escaped where shown)


@dataclass(frozen=True)
class Assignee:
    username: str
    display_name: str
    role: str


@dataclass(frozen=True)
class Case:
    ticket: TicketInfo
    transcript: Tuple[TranscriptEntry, ...]
    bookings: Tuple[BookingSummary, ...]
    history: Tuple[HistoryItem, ...]
    names: Mapping[str, str]
    can_handle: bool
    can_note: bool
    assignees: Tuple[Assignee, ...] = ()  # who it can be given to (empty unless staff may handle it)

    @property
    def claimed_by_name(self) -> str:
        claimed = self.ticket.claimed_by or ""
        return self.names.get(claimed, claimed)


def _require(staff: StaffPrincipal, permission: str) -> None:
    if not allowed(staff.role, permission):
        raise NotPermitted(f"A {staff.role} may not do this ({permission}).")


def _require_handle(staff: StaffPrincipal, ticket: TicketInfo) -> None:
    if not may_handle(staff.role, ticket.urgency.value):
        raise NotPermitted(
            f"{ticket.urgency.value.replace('_', ' ').capitalize()} tickets are handled by clinicians; "
            "add a note instead."
        )


def _bookings(session: Session, ticket: TicketInfo) -> List[BookingSummary]:
    rows = session.execute(
        select(BookingRequest)
        .where(
            (BookingRequest.conversation_id == ticket.conversation_id)
            | (BookingRequest.id == (ticket.booking_request_id or -1))
        )
        .order_by(BookingRequest.created_at, BookingRequest.id)
    ).scalars()
    treatments = dict(session.execute(select(Treatment.slug, Treatment.name)).all())
    locations = dict(session.execute(select(Location.slug, Location.name)).all())
    summaries = []
    for row in rows:
        preferred = row.preferred_time_text or (row.preferred_starts_at.isoformat() if row.preferred_starts_at else "")
        summaries.append(
            BookingSummary(
                id=row.id,
                reference=row.reference,
                status=row.status,
                created_at=row.created_at,
                treatment=treatments.get(row.treatment_slug or "", row.treatment_slug or "—"),
                location=locations.get(row.location_slug or "", row.location_slug or "—"),
                preferred=preferred,
                patient_name=row.patient_name,
                phone=row.phone or "",
                email=row.email or "",
                flagged_for_review=bool(row.flagged_for_review),
                review_reasons=tuple(str(r) for r in (row.review_reasons or ())),
                linked=row.id == ticket.booking_request_id,
            )
        )
    return summaries


def history_of(
    ticket: TicketInfo,
    names: Mapping[str, str],
    resolved_by: str | None = None,
    assignments: Sequence[audit.AuditEntry] = (),
) -> List[HistoryItem]:
    """The ticket's life: opened, claimed, assigned, notes, resolved, in time order.
    `resolved_by`: who resolved it (the audit log knows; the ticket keeps its claimer);
    `assignments`: its ticket.assign audit entries."""
    def name(username: str | None) -> str:
        return names.get(username or "", username or "")

    items = [HistoryItem(ticket.created_at, "Assistant", "Ticket opened")]
    # Given to someone while nobody had it: the assignment is the claim, by whoever assigned it.
    assigned_first = any(a.detail.get("from") is None for a in assignments)
    if ticket.claimed_at and not assigned_first:
        items.append(HistoryItem(ticket.claimed_at, name(ticket.claimed_by), "Claimed"))
    items += [
        HistoryItem(a.at, name(a.actor), f"Assigned to {name(str(a.detail.get('to') or ''))}") for a in assignments
    ]
    items += [HistoryItem(n.created_at, name(n.author), "Note", n.text) for n in ticket.notes]
    if ticket.resolved_at:
        items.append(
            HistoryItem(ticket.resolved_at, name(resolved_by or ticket.claimed_by), "Resolved", ticket.outcome or "")
        )
    return sorted(items, key=lambda item: item.at)


def open_case(
    session: Session, tracker: Engine, staff: StaffPrincipal, ticket_id: int, now: datetime, addr: str = ""
) -> Case:
    """Everything the ticket page shows. TicketNotFound for an unknown id."""
    _require(staff, "ticket.view")
    ticket = tickets.get_ticket(session, ticket_id)
    names = display_names(session)
    resolutions = audit.list_events(
        session, action="ticket.resolve", subject_type="ticket", subject_id=str(ticket_id), limit=1
    )
    assignments = audit.list_events(
        session, action="ticket.assign", subject_type="ticket", subject_id=str(ticket_id), limit=50
    )
    can_handle = may_handle(staff.role, ticket.urgency.value)
    audit.record(session, staff.username, "ticket.view", "ticket", str(ticket_id), remote_addr=addr)
    return Case(
        ticket=ticket,
        transcript=tuple(read_transcript(tracker, ticket.conversation_id)),
        bookings=tuple(_bookings(session, ticket)),
        history=tuple(history_of(ticket, names, resolutions[0].actor if resolutions else None, assignments)),
        names=names,
        can_handle=can_handle,
        can_note=allowed(staff.role, "ticket.note"),
        assignees=tuple(assignees(session, ticket.urgency.value)) if can_handle else (),
    )


def claim_ticket(session: Session, staff: StaffPrincipal, ticket_id: int, now: datetime, addr: str = "") -> TicketInfo:
    """Claim a new ticket for `staff`. NotPermitted, TicketAlreadyClaimed or
    TicketAlreadyResolved when it can't be."""
    _require(staff, "ticket.handle")
    _require_handle(staff, tickets.get_ticket(session, ticket_id))
    claimed = tickets.claim(session, ticket_id, staff.username, now)
    audit.record(session, staff.username, "ticket.claim", "ticket", str(ticket_id), remote_addr=addr)
    return claimed


def assignees(session: Session, urgency: str) -> List[Assignee]:
    """Active staff who may handle a ticket of this urgency, by name: who it can be given to."""
    rows = session.execute(
        select(StaffUser.username, StaffUser.display_name, StaffUser.role).where(StaffUser.active.is_(True))
    ).all()
    found = [Assignee(u, d, r) for u, d, r in rows if may_handle(r, urgency)]
    return sorted(found, key=lambda a: (a.display_name.lower(), a.username))


def assign_ticket(
    session: Session, staff: StaffPrincipal, ticket_id: int, to: str, now: datetime, addr: str = ""
) -> TicketInfo:
    """Give the ticket to a colleague (or take it over from one). Who
    assigns must be able to handle it, and so must the assignee (active,
    with a role for its urgency). Audited with who had it before."""
    _require(staff, "ticket.handle")
    ticket = tickets.get_ticket(session, ticket_id)
    _require_handle(staff, ticket)
    if to not in {a.username for a in assignees(session, ticket.urgency.value)}:
        raise ValueError("Choose an active colleague who can handle this ticket.")
    if ticket.status == "resolved":
        raise TicketAlreadyResolved(ticket_id)
    if ticket.claimed_by == to:
        raise ValueError("The ticket is already theirs.")
    assigned, before = tickets.assign(session, ticket_id, to, now)
    audit.record(
        session, staff.username, "ticket.assign", "ticket", str(ticket_id), {"from": before, "to": to},
        remote_addr=addr,
    )
    return assigned


def note_ticket(
    session: Session, staff: StaffPrincipal, ticket_id: int, text: str, now: datetime, addr: str = ""
) -> NoteInfo:
    _require(staff, "ticket.note")
    text = (text or "").strip()
    if not text:
        raise ValueError("The note is empty.")
    if len(text) > MAX_NOTE:
        raise ValueError(f"A note can be at most {MAX_NOTE} characters.")
    tickets.get_ticket(session, ticket_id)  # TicketNotFound before anything is written
    note = tickets.add_note(session, ticket_id, staff.username, text, now)
    audit.record(
        session, staff.username, "ticket.note", "ticket", str(ticket_id), {"note_id": note.id}, remote_addr=addr
    )
    return note


def resolve_ticket(
    session: Session,
    staff: StaffPrincipal,
    ticket_id: int,
    outcome: str,
    comment: str,
    now: datetime,
    addr: str = "",
) -> TicketInfo:
    """Close the ticket with one of OUTCOMES (and an optional comment, kept
    as a note). A ticket someone else claimed is resolved by them or an admin."""
    _require(staff, "ticket.handle")
    if outcome not in OUTCOMES:
        raise ValueError("Choose an outcome.")
    ticket = tickets.get_ticket(session, ticket_id)
    _require_handle(staff, ticket)
    if ticket.status == "resolved":
        raise TicketAlreadyResolved(ticket_id)
    if ticket.status == "claimed" and ticket.claimed_by != staff.username and staff.role != "admin":
        raise TicketAlreadyClaimed(ticket_id, ticket.claimed_by)
    if comment and comment.strip():
        note_ticket(session, staff, ticket_id, comment, now, addr)
    resolved = tickets.resolve(session, ticket_id, staff.username, OUTCOMES[outcome], now)
    audit.record(
        session, staff.username, "ticket.resolve", "ticket", str(ticket_id), {"outcome": outcome}, remote_addr=addr
    )
    return resolved
