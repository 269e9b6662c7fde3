"""The staff queue: tickets most urgent first (emergency, same day, review,
routine), then oldest first, filtered by status, with a count per filter.

    view = load_queue(session, "open", now)     # QueueView(counts, rows, ...)
    view.as_json()                               # what /api/queue sends to queue.js

Rows are plain data with display strings worked out here, so the server-
rendered page and the polling script show exactly the same thing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Dict, List, Mapping, Tuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.console.accounts import display_names
from assistant.console.permissions import may_handle
from assistant.console.reasons import reason_of, status_label, urgency_label
from assistant.db.models import HandoffTicket
from assistant.handoff.tickets import TicketInfo, list_tickets

# filter -> statuses; "open" (new and claimed) is what staff work from.
FILTERS: Mapping[str, Tuple[str, ...]] = {
    "open": ("new", "claimed"),
    "new": ("new",),
    "claimed": ("claimed",),
    "resolved": ("resolved",),
    "all": ("new", "claimed", "resolved"),
}
FILTER_LABELS: Mapping[str, str] = {
    "open": "Open",
    "new": "New",
    "claimed": "Claimed",
    "resolved": "Resolved",
    "all": "All",
}
DEFAULT_FILTER = "open"
MAX_ROWS = 500
EXCERPT = 160


@dataclass(frozen=True)
class QueueRow:
    id: int
    urgency: str
    urgency_label: str
    status: str
    status_label: str
    created_at: str  # ISO 8601, UTC
    waiting: str  # "12 min", "3 h 5 min", "2 days"
    patient: str
    reason: str
    rows: str  # triage-matrix rows, "B8, B9"
    excerpt: str  # the patient's message, shortened (plain text: escaped where shown)
    claimed_by: str
    can_handle: bool


@dataclass(frozen=True)
class QueueView:
    filter: str
    counts: Mapping[str, int]
    rows: Tuple[QueueRow, ...]
    truncated: bool

    def as_json(self) -> Dict[str, Any]:
        return {
            "filter": self.filter,
            "counts": dict(self.counts),
            "tickets": [asdict(row) for row in self.rows],
            "truncated": self.truncated,
        }


def waited(since: datetime, now: datetime) -> str:
    """How long ago, in the words a busy desk reads at a glance."""
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days = hours // 24
    return "1 day" if days == 1 else f"{days} days"


def excerpt(message: str, limit: int = EXCERPT) -> str:
    flat = " ".join((message or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def status_counts(session: Session) -> Dict[str, int]:
    """Tickets per filter."""
    per_status = dict(
        session.execute(select(HandoffTicket.status, func.count()).group_by(HandoffTicket.status)).all()
    )
    return {name: sum(per_status.get(s, 0) for s in statuses) for name, statuses in FILTERS.items()}


def queue_row(ticket: TicketInfo, now: datetime, role: str | None, names: Mapping[str, str]) -> QueueRow:
    urgency = ticket.urgency.value
    return QueueRow(
        id=ticket.id,
        urgency=urgency,
        urgency_label=urgency_label(urgency),
        status=ticket.status,
        status_label=status_label(ticket.status),
        created_at=ticket.created_at.isoformat(),
        waiting=waited(ticket.created_at, now),
        patient=ticket.patient_name or "Name not given",
        reason=reason_of(ticket.situations, urgency),
        rows=", ".join(r for r in ticket.rows if r),
        excerpt=excerpt(ticket.message_text),
        claimed_by=names.get(ticket.claimed_by or "", ticket.claimed_by or ""),
        can_handle=may_handle(role, urgency),
    )


def load_queue(session: Session, filter_name: str, now: datetime, role: str | None) -> QueueView:
    """The queue for one filter (unknown filters fall back to the default)."""
    if filter_name not in FILTERS:
        filter_name = DEFAULT_FILTER
    tickets = list_tickets(session, FILTERS[filter_name], limit=MAX_ROWS + 1)
    names = display_names(session)
    rows: List[QueueRow] = [queue_row(t, now, role, names) for t in tickets[:MAX_ROWS]]
    return QueueView(filter_name, status_counts(session), tuple(rows), truncated=len(tickets) > MAX_ROWS)
