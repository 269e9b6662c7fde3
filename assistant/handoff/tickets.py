"""Handoff tickets in the database: open (idempotent), add the patient's
contact, claim, note, resolve, and the staff queue.

    info, created = open_ticket(session, NewTicket(...))   # same message twice: same ticket
    claim(session, info.id, "reception", now)               # TicketAlreadyClaimed if someone was first
    add_note(session, info.id, "Dr Hart", "Called back, coming in at 3pm", now)
    open_ticket(session, NewTicket(..., source_message_id=episode_id, message_id="m2"))  # a follow-up: same ticket
    resolve(session, info.id, "Dr Hart", "seen in clinic", now)
    list_tickets(session)              # emergency, same_day, review, routine; then oldest first

Functions take a session (assistant.db.session_scope) and return plain
frozen dataclasses. Patient text is stored verbatim through bound
parameters. A ticket is unique per (conversation_id, source_message_id):
the action, its retries, the outbox and the reconciler can all try to open
the same one, and only one row ever exists.

One ticket per safety episode (assistant/handoff/episode.py): the episode's
first message is the ticket's source_message_id, and each later message of
the episode (NewTicket.message_id) is added to it once, under
details["messages"], raising its urgency (never lowering it). A resolved
ticket is not reopened: a later message then opens its own ticket.

One thread per conversation: while a conversation has an unresolved ticket,
a message that would open another one (a second episode, an escalation after
the patient asked for a person) is added to that ticket the same way, so
staff see one thread that a later escalation raises, not two tickets that
don't know about each other.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import zip_longest
from typing import Any, Dict, List, Mapping, Sequence, Tuple

from sqlalchemy import case, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assistant.clinic.calendar import LocationCalendar
from assistant.clinic.hours import load_calendars
from assistant.db.models import BookingRequest, HandoffNote, HandoffTicket
from assistant.exceptions import ClinicNotLoaded
from assistant.handoff.due import due_at
from assistant.handoff.exceptions import TicketAlreadyClaimed, TicketAlreadyResolved, TicketNotFound
from assistant.handoff.payload import QUEUE_ORDER, HandoffUrgency
from assistant.notifications.enqueue import enqueue_for_ticket

MAX_MESSAGE_TEXT = 10_000
MAX_NAME = 100
MAX_PHONE = 30
OPEN_STATUSES = ("new", "claimed")


@dataclass(frozen=True)
class NewTicket:
    """What a ticket is opened with."""

    conversation_id: str
    source_message_id: str
    urgency: HandoffUrgency
    created_at: datetime
    situations: Tuple[str, ...] = ()
    rows: Tuple[str, ...] = ()
    triggers: Tuple[str, ...] = ()
    message_text: str = ""
    patient_name: str | None = None
    patient_phone: str | None = None
    booking_request_id: int | None = None
    # A booking request stored (or kept in the outbox) with this ticket:
    # linked by its reference when the id isn't known yet.
    booking_reference: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    # The patient message this is about, when it is a later message of the
    # episode whose first message is source_message_id (None: that message).
    message_id: str | None = None

    @property
    def about(self) -> str:
        return self.message_id or self.source_message_id

    def to_json(self) -> Dict[str, Any]:
        data = dataclasses.asdict(self)
        data["urgency"] = self.urgency.value
        data["created_at"] = self.created_at.isoformat()
        for name in ("situations", "rows", "triggers"):
            data[name] = list(data[name])
        data["details"] = dict(self.details)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> NewTicket:
        values = dict(data)
        values["urgency"] = HandoffUrgency(values["urgency"])
        values["created_at"] = datetime.fromisoformat(values["created_at"])
        for name in ("situations", "rows", "triggers"):
            values[name] = tuple(values.get(name) or ())
        return cls(**values)


@dataclass(frozen=True)
class NoteInfo:
    id: int
    author: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class TicketInfo:
    id: int
    conversation_id: str
    source_message_id: str
    urgency: HandoffUrgency
    situations: Tuple[str, ...]
    rows: Tuple[str, ...]
    triggers: Tuple[str, ...]
    message_text: str
    details: Mapping[str, Any]
    created_at: datetime
    patient_name: str | None
    patient_phone: str | None
    status: str
    claimed_by: str | None
    claimed_at: datetime | None
    resolved_at: datetime | None
    outcome: str | None
    booking_request_id: int | None
    notes: Tuple[NoteInfo, ...] = ()
    due_at: datetime | None = None  # None: opened before due times were recorded


def _info(row: HandoffTicket) -> TicketInfo:
    return TicketInfo(
        id=row.id,
        conversation_id=row.conversation_id,
        source_message_id=row.source_message_id,
        urgency=HandoffUrgency(row.urgency),
        situations=tuple(row.situations or ()),
        rows=tuple(row.matrix_rows or ()),
        triggers=tuple(row.triggers or ()),
        message_text=row.message_text,
        details=dict(row.details or {}),
        created_at=row.created_at,
        patient_name=row.patient_name,
        patient_phone=row.patient_phone,
        status=row.status,
        claimed_by=row.claimed_by,
        claimed_at=row.claimed_at,
        resolved_at=row.resolved_at,
        outcome=row.outcome,
        booking_request_id=row.booking_request_id,
        notes=tuple(NoteInfo(n.id, n.author, n.text, n.created_at) for n in row.notes),
        due_at=row.due_at,
    )


def info_of(row: HandoffTicket) -> TicketInfo:
    """A stored ticket as plain data, for queries made elsewhere (the console's queue)."""
    return _info(row)


def _row(session: Session, ticket_id: int) -> HandoffTicket:
    row = session.get(HandoffTicket, ticket_id)
    if row is None:
        raise TicketNotFound(f"with id {ticket_id}")
    return row


def _by_source(session: Session, conversation_id: str, source_message_id: str) -> HandoffTicket | None:
    return session.execute(
        select(HandoffTicket).where(
            HandoffTicket.conversation_id == conversation_id,
            HandoffTicket.source_message_id == source_message_id,
        )
    ).scalar_one_or_none()


def _clip(value: str | None, limit: int) -> str | None:
    return value.strip()[:limit] or None if value else None


def _booking_id(session: Session, new: NewTicket) -> int | None:
    if new.booking_request_id is not None or not new.booking_reference:
        return new.booking_request_id
    return session.execute(
        select(BookingRequest.id).where(BookingRequest.reference == new.booking_reference)
    ).scalar_one_or_none()


def _calendars(session: Session) -> List[LocationCalendar]:
    try:
        return load_calendars(session)
    except ClinicNotLoaded:  # no hours to go by: due_at falls back to fixed delays
        return []


def ticket_due_at(session: Session, urgency: HandoffUrgency, opened_at: datetime) -> datetime:
    """When a ticket of this urgency, opened at `opened_at`, is due (assistant/handoff/due.py)."""
    return due_at(urgency, _calendars(session), opened_at).astimezone(timezone.utc)


def _open_thread(session: Session, conversation_id: str) -> HandoffTicket | None:
    """The conversation's unresolved ticket (the latest, should there be two)."""
    return session.execute(
        select(HandoffTicket)
        .where(HandoffTicket.conversation_id == conversation_id, HandoffTicket.status.in_(OPEN_STATUSES))
        .order_by(HandoffTicket.created_at.desc(), HandoffTicket.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def open_ticket(session: Session, new: NewTicket) -> Tuple[TicketInfo, bool]:
    """The ticket for this patient message: created now (True), or the one
    that already exists (False), with any contact or booking it lacked added.
    While the conversation has an unresolved ticket, that is the one (the
    message is added to it, raising its urgency if higher).
    A new emergency or same-day ticket queues its alerts (assistant.notifications)."""
    existing = _by_source(session, new.conversation_id, new.source_message_id)
    if existing is None:
        existing = _open_thread(session, new.conversation_id)
    if existing is None:
        row = HandoffTicket(
            conversation_id=new.conversation_id,
            source_message_id=new.source_message_id,
            urgency=HandoffUrgency(new.urgency).value,
            situations=list(new.situations),
            matrix_rows=list(new.rows),
            triggers=list(new.triggers),
            message_text=(new.message_text or "")[:MAX_MESSAGE_TEXT],
            details=_first_details(new),
            created_at=new.created_at,
            patient_name=_clip(new.patient_name, MAX_NAME),
            patient_phone=_clip(new.patient_phone, MAX_PHONE),
            status="new",
            booking_request_id=_booking_id(session, new),
            due_at=ticket_due_at(session, new.urgency, new.created_at),
        )
        try:
            with session.begin_nested():
                session.add(row)
                session.flush()
        except IntegrityError:  # opened by someone else (a retry, the reconciler) just now
            existing = _by_source(session, new.conversation_id, new.source_message_id)
            if existing is None:
                raise
        else:
            # Emergency and same-day tickets alert the clinic: queued in this transaction.
            enqueue_for_ticket(session, row.id, row.urgency, row.created_at)
            return _info(row), True
    if existing.status == "resolved" and not _has_message(existing, new):
        # Staff closed the episode's ticket: a later message must not vanish into it.
        follows = {**new.details, "follows_ticket": existing.id}
        return open_ticket(
            session,
            dataclasses.replace(new, source_message_id=new.about, message_id=None, details=follows),
        )
    _merge(session, existing, new)
    _fill_missing(session, existing, new)
    return _info(existing), False


def _first_details(new: NewTicket) -> Dict[str, Any]:
    details = dict(new.details)
    if new.about != new.source_message_id:
        # Opened by a later message of the episode (the first one's ticket was
        # never opened, or comes later from the outbox or the reconciler).
        details["opened_by"] = new.about
    return details


def _has_message(row: HandoffTicket, new: NewTicket) -> bool:
    details = row.details or {}
    if new.about == details.get("opened_by", row.source_message_id):
        return True
    return any(m.get("message_id") == new.about for m in details.get("messages") or [])


def _findings(situations: Sequence[str], rows: Sequence[str], triggers: Sequence[str]) -> List[Tuple[str, str, str]]:
    # Parallel lists, not always of one length (screening answers): keep every situation.
    return [(s, r or "", t or "") for s, r, t in zip_longest(situations, rows, triggers) if s]


def _merge(session: Session, row: HandoffTicket, new: NewTicket) -> None:
    """Add a later message of the episode to its ticket (once), with its
    findings; raise the urgency if it is higher, never lower it."""
    details = dict(row.details or {})
    if not _has_message(row, new):
        messages = list(details.get("messages") or [])
        messages.append(
            {
                "message_id": new.about,
                "text": (new.message_text or "")[:MAX_MESSAGE_TEXT],
                "urgency": HandoffUrgency(new.urgency).value,
                "situations": list(new.situations),
                "triggers": list(new.triggers),
                "at": new.created_at.isoformat(),
                "source": new.details.get("source"),
            }
        )
        details["messages"] = messages
    current = HandoffUrgency(row.urgency)
    raised = HandoffUrgency(new.urgency).queue_position < current.queue_position
    known = set(row.situations or ())
    found = [f for f in _findings(new.situations, new.rows, new.triggers) if f[0] not in known]
    if found:
        old = _findings(row.situations or (), row.matrix_rows or (), row.triggers or ())
        # Most urgent first: a raising message's findings go in front.
        merged = found + old if raised else old + found
        row.situations = [s for s, _, _ in merged]
        row.matrix_rows = [r for _, r, _ in merged]
        row.triggers = [t for _, _, t in merged]
    if raised:
        row.urgency = HandoffUrgency(new.urgency).value
        # The patient was told the higher level's promise: due by then, if that is sooner.
        sooner = ticket_due_at(session, HandoffUrgency(new.urgency), new.created_at)
        row.due_at = sooner if row.due_at is None else min(row.due_at, sooner)
        details["raised"] = [
            *(details.get("raised") or []),
            {"from": current.value, "to": row.urgency, "message_id": new.about, "at": new.created_at.isoformat()},
        ]
    row.details = details  # a new dict, so the JSON column is written
    session.flush()
    if raised:
        # The clinic is alerted again at the higher level (emergency and same-day only).
        enqueue_for_ticket(session, row.id, row.urgency, new.created_at)


def _fill_missing(session: Session, row: HandoffTicket, new: NewTicket) -> None:
    if row.patient_name is None and new.patient_name:
        row.patient_name = _clip(new.patient_name, MAX_NAME)
    if row.patient_phone is None and new.patient_phone:
        row.patient_phone = _clip(new.patient_phone, MAX_PHONE)
    if row.booking_request_id is None:
        row.booking_request_id = _booking_id(session, new)
    session.flush()


def find_ticket(session: Session, conversation_id: str, source_message_id: str) -> TicketInfo | None:
    row = _by_source(session, conversation_id, source_message_id)
    return _info(row) if row is not None else None


def is_recorded(session: Session, new: NewTicket) -> bool:
    """This patient message is already in its ticket (its own, or its episode's)."""
    row = _by_source(session, new.conversation_id, new.source_message_id)
    if row is None:
        thread = _open_thread(session, new.conversation_id)  # added to the conversation's thread
        return thread is not None and _has_message(thread, new)
    if _has_message(row, new):
        return True
    # A resolved ticket sends a later message to a ticket of its own.
    return row.status == "resolved" and _by_source(session, new.conversation_id, new.about) is not None


def get_ticket(session: Session, ticket_id: int) -> TicketInfo:
    return _info(_row(session, ticket_id))


def set_contact(session: Session, ticket_id: int, name: str | None = None, phone: str | None = None) -> TicketInfo:
    """Record the name and phone number the patient gave for the callback
    (None leaves a value as it is)."""
    row = _row(session, ticket_id)
    if name:
        row.patient_name = _clip(name, MAX_NAME)
    if phone:
        row.patient_phone = _clip(phone, MAX_PHONE)
    session.flush()
    return _info(row)


def set_contact_by_source(
    session: Session,
    conversation_id: str,
    source_message_id: str,
    name: str | None = None,
    phone: str | None = None,
) -> TicketInfo:
    row = _by_source(session, conversation_id, source_message_id)
    if row is None:
        raise TicketNotFound(f"for message {source_message_id!r} of conversation {conversation_id!r}")
    return set_contact(session, row.id, name, phone)


def claim(session: Session, ticket_id: int, by: str, now: datetime) -> TicketInfo:
    """Take a new ticket. Atomic: of two people claiming at once, exactly
    one succeeds; the other gets TicketAlreadyClaimed."""
    result = session.execute(
        update(HandoffTicket)
        .where(HandoffTicket.id == ticket_id, HandoffTicket.status == "new")
        .values(status="claimed", claimed_by=by[:MAX_NAME], claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        row = _row(session, ticket_id)
        session.refresh(row)
        if row.status == "resolved":
            raise TicketAlreadyResolved(ticket_id)
        raise TicketAlreadyClaimed(ticket_id, row.claimed_by)
    row = _row(session, ticket_id)
    session.refresh(row)
    return _info(row)


def assign(session: Session, ticket_id: int, to: str, now: datetime) -> Tuple[TicketInfo, str | None]:
    """Give an unresolved ticket to `to` (a staff username): it becomes
    theirs, claimed, as if they had claimed it (the claim time stays the
    first one). Returns the ticket and who had it before (None: nobody).
    TicketAlreadyResolved for a resolved ticket."""
    row = _row(session, ticket_id)
    session.refresh(row)
    before = row.claimed_by
    result = session.execute(
        update(HandoffTicket)
        .where(HandoffTicket.id == ticket_id, HandoffTicket.status.in_(OPEN_STATUSES))
        .values(
            status="claimed",
            claimed_by=to[:MAX_NAME],
            claimed_at=case((HandoffTicket.claimed_at.is_(None), now), else_=HandoffTicket.claimed_at),
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise TicketAlreadyResolved(ticket_id)
    session.refresh(row)
    return _info(row), before


def add_note(session: Session, ticket_id: int, author: str, text: str, now: datetime) -> NoteInfo:
    row = _row(session, ticket_id)
    note = HandoffNote(ticket_id=row.id, author=author[:MAX_NAME], text=text, created_at=now)
    session.add(note)
    session.flush()
    return NoteInfo(note.id, note.author, note.text, note.created_at)


def resolve(session: Session, ticket_id: int, by: str, outcome: str, now: datetime) -> TicketInfo:
    """Close a new or claimed ticket (atomic, like claim)."""
    result = session.execute(
        update(HandoffTicket)
        .where(HandoffTicket.id == ticket_id, HandoffTicket.status.in_(OPEN_STATUSES))
        .values(
            status="resolved",
            resolved_at=now,
            outcome=outcome,
            claimed_by=case((HandoffTicket.claimed_by.is_(None), by[:MAX_NAME]), else_=HandoffTicket.claimed_by),
            claimed_at=case((HandoffTicket.claimed_at.is_(None), now), else_=HandoffTicket.claimed_at),
        )
        .execution_options(synchronize_session=False)
    )
    row = _row(session, ticket_id)
    if result.rowcount != 1:
        raise TicketAlreadyResolved(ticket_id)
    session.refresh(row)
    return _info(row)


_URGENCY_ORDER = case(
    {level.value: position for position, level in enumerate(QUEUE_ORDER)}, value=HandoffTicket.urgency
)


def list_tickets(
    session: Session, statuses: Sequence[str] = OPEN_STATUSES, limit: int | None = None
) -> List[TicketInfo]:
    """The staff queue: most urgent first (emergency, same_day, review,
    routine), then oldest first."""
    query = (
        select(HandoffTicket)
        .where(HandoffTicket.status.in_(list(statuses)))
        .order_by(_URGENCY_ORDER, HandoffTicket.created_at, HandoffTicket.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [_info(row) for row in session.execute(query).scalars()]


def tickets_for(session: Session, conversation_id: str) -> List[TicketInfo]:
    """A conversation's tickets, oldest first."""
    rows = session.execute(
        select(HandoffTicket)
        .where(HandoffTicket.conversation_id == conversation_id)
        .order_by(HandoffTicket.created_at, HandoffTicket.id)
    ).scalars()
    return [_info(row) for row in rows]
