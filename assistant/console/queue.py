"""The staff queue: a new emergency or same-day ticket pinned at the top
until someone claims it, then tickets most urgent first (emergency, same
day, review, routine), then oldest first. Filtered by status, urgency and
who has it ("mine", nobody, a colleague) and overdue threads (past the
due time promised to the patient, assistant/handoff/due.py), searched by
patient name, phone, booking reference and message text, one bounded page
at a time, with a count per status filter; sorted by urgency (the default)
or by due time, soonest first.

    ask = QueueQuery(status="open", urgency="emergency", search="07700", page=2, due="overdue", sort="due")
    view = load_queue(session, ask, now, role, me="dr.hart")   # QueueView(counts, rows, ...)
    view.as_json()                               # what /api/queue sends to queue.js

Search is one parameterised LIKE per column (assistant/console/search.py).

Rows are plain data with display strings worked out here, so the server-
rendered page and the polling script show exactly the same thing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Dict, List, Mapping, Tuple

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from assistant.console.accounts import display_names
from assistant.console.params import MAX_ID
from assistant.console.permissions import may_handle
from assistant.console.reasons import reason_of, status_label, urgency_label
from assistant.console.search import cleaned as cleaned_search
from assistant.console.search import contains as text_contains
from assistant.console.search import phone_matches
from assistant.db.models import BookingRequest, HandoffTicket
from assistant.handoff.due import is_overdue
from assistant.handoff.payload import QUEUE_ORDER, HandoffUrgency
from assistant.handoff.tickets import TicketInfo, info_of

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
URGENCIES: Tuple[str, ...] = tuple(level.value for level in QUEUE_ORDER)
# Unclaimed tickets at these levels stay at the top, and the page alerts on them.
PINNED_URGENCIES: Tuple[str, ...] = (HandoffUrgency.EMERGENCY.value, HandoffUrgency.SAME_DAY.value)
UNASSIGNED = "nobody"  # the assignee filter for tickets nobody has claimed
MINE = "mine"  # the assignee filter for the signed-in member of staff's own tickets
OVERDUE = "overdue"  # the due filter: unresolved and past the due time
SORTS: Mapping[str, str] = {"": "Most urgent first", "due": "Due soonest first"}
PAGE_SIZE = 50
MAX_ALERTS = 200  # pinned ids sent to the page for its alerts (a flood beyond this is still pinned)
EXCERPT = 160


@dataclass(frozen=True)
class QueueQuery:
    """What staff asked to see; every field already checked (see `cleaned`)."""

    status: str = DEFAULT_FILTER
    urgency: str = ""  # "" = every level
    assignee: str = ""  # "" = anyone, UNASSIGNED, MINE, or a username
    search: str = ""
    page: int = 1
    due: str = ""  # "" = any, OVERDUE
    sort: str = ""  # a key of SORTS

    def cleaned(self, usernames: Mapping[str, str]) -> QueueQuery:
        """Unknown values fall back to "no filter", never to an error."""
        return QueueQuery(
            status=self.status if self.status in FILTERS else DEFAULT_FILTER,
            urgency=self.urgency if self.urgency in URGENCIES else "",
            assignee=self.assignee if self.assignee in (UNASSIGNED, MINE) or self.assignee in usernames else "",
            search=cleaned_search(self.search),
            page=max(1, self.page),
            due=self.due if self.due == OVERDUE else "",
            sort=self.sort if self.sort in SORTS else "",
        )

    def as_args(self, **changes: Any) -> Dict[str, Any]:
        """The query-string arguments for this query (defaults left out), e.g. for another page."""
        wanted = replace(self, **changes)
        args: Dict[str, Any] = {"status": wanted.status}
        for name in ("urgency", "assignee", "search", "due", "sort"):
            if getattr(wanted, name):
                args[name] = getattr(wanted, name)
        if wanted.page > 1:
            args["page"] = wanted.page
        return args


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
    pinned: bool  # a new emergency or same-day ticket: kept at the top until claimed
    due_at: str  # ISO 8601, UTC; "" for tickets opened before due times
    due: str  # "due in 25 min", "overdue by 1 h 5 min", ""
    overdue: bool


@dataclass(frozen=True)
class QueueView:
    query: QueueQuery
    counts: Mapping[str, int]
    rows: Tuple[QueueRow, ...]
    total: int  # tickets matching the query, over every page
    pages: int
    alert_ids: Tuple[int, ...]  # every pinned ticket, whatever the filters: the page alerts on new ones

    @property
    def filter(self) -> str:
        return self.query.status

    def as_json(self) -> Dict[str, Any]:
        return {
            "filter": self.query.status,
            "query": asdict(self.query),
            "counts": dict(self.counts),
            "tickets": [asdict(row) for row in self.rows],
            "total": self.total,
            "page": self.query.page,
            "pages": self.pages,
            "alert_ids": list(self.alert_ids),
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


def due_text(due: datetime | None, overdue: bool, now: datetime) -> str:
    """ "due in 25 min", "overdue by 2 h", or "" with no due time."""
    if due is None:
        return ""
    if overdue:
        return f"overdue by {waited(due, now)}" if now - due >= timedelta(minutes=1) else "due now"
    return f"due in {waited(now, due)}" if due - now >= timedelta(minutes=1) else "due now"


def queue_row(ticket: TicketInfo, now: datetime, role: str | None, names: Mapping[str, str]) -> QueueRow:
    urgency = ticket.urgency.value
    overdue = is_overdue(ticket.due_at, ticket.status, now)
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
        pinned=ticket.status == "new" and urgency in PINNED_URGENCIES,
        due_at=ticket.due_at.isoformat() if ticket.due_at else "",
        due=due_text(ticket.due_at, overdue, now) if ticket.status != "resolved" else "",
        overdue=overdue,
    )


def _search_condition(search: str) -> ColumnElement:
    def contains(column: Any) -> ColumnElement:
        return text_contains(column, search)

    reference = exists().where(
        or_(
            BookingRequest.id == HandoffTicket.booking_request_id,
            BookingRequest.conversation_id == HandoffTicket.conversation_id,
        ),
        contains(BookingRequest.reference),
    )
    either = [
        contains(HandoffTicket.patient_name),
        contains(HandoffTicket.patient_phone),
        contains(HandoffTicket.message_text),
        reference,
    ]
    number = search.lstrip("#")
    if number.isascii() and number.isdecimal() and int(number) <= MAX_ID:
        either.append(HandoffTicket.id == int(number))  # "ticket 123", as colleagues call it
    either += phone_matches(HandoffTicket.patient_phone, search)
    return or_(*either)


def _conditions(query: QueueQuery, now: datetime, me: str | None) -> List[ColumnElement]:
    conditions: List[ColumnElement] = [HandoffTicket.status.in_(FILTERS[query.status])]
    if query.urgency:
        conditions.append(HandoffTicket.urgency == query.urgency)
    if query.due == OVERDUE:
        conditions += [HandoffTicket.status != "resolved", HandoffTicket.due_at <= now]
    if query.assignee == UNASSIGNED:
        conditions.append(HandoffTicket.claimed_by.is_(None))
    elif query.assignee == MINE:
        conditions.append(HandoffTicket.claimed_by == (me or ""))
    elif query.assignee:
        conditions.append(HandoffTicket.claimed_by == query.assignee)
    if query.search:
        conditions.append(_search_condition(query.search))
    return conditions


_PINNED = and_(HandoffTicket.status == "new", HandoffTicket.urgency.in_(PINNED_URGENCIES))
_PINNED_FIRST = case((_PINNED, 0), else_=1)
_URGENCY_ORDER = case({level: position for position, level in enumerate(URGENCIES)}, value=HandoffTicket.urgency)
_NO_DUE_LAST = case((HandoffTicket.due_at.is_(None), 1), else_=0)


def pinned_ids(session: Session) -> Tuple[int, ...]:
    """The new emergency and same-day tickets, newest first: if a flood passes
    MAX_ALERTS, the ones cut are the old ones the page has alerted on already."""
    rows = session.execute(
        select(HandoffTicket.id)
        .where(_PINNED)
        .order_by(HandoffTicket.created_at.desc(), HandoffTicket.id.desc())
        .limit(MAX_ALERTS)
    ).scalars()
    return tuple(rows)


def _order(query: QueueQuery) -> Tuple[Any, ...]:
    if query.sort == "due":  # pinned still first: an unclaimed emergency is never below the fold
        return (_PINNED_FIRST, _NO_DUE_LAST, HandoffTicket.due_at, _URGENCY_ORDER, HandoffTicket.id)
    return (_PINNED_FIRST, _URGENCY_ORDER, HandoffTicket.created_at, HandoffTicket.id)


def matching_tickets(
    session: Session, asked: QueueQuery, now: datetime, me: str | None, limit: int
) -> Tuple[QueueQuery, List[TicketInfo]]:
    """Every ticket the query matches, in the queue's order, ignoring pages
    (at most `limit`): what an export of the screen holds."""
    query = asked.cleaned(display_names(session))
    found = session.execute(
        select(HandoffTicket).where(*_conditions(query, now, me)).order_by(*_order(query)).limit(limit)
    ).scalars()
    return query, [info_of(t) for t in found]


def load_queue(
    session: Session, asked: QueueQuery, now: datetime, role: str | None, me: str | None = None
) -> QueueView:
    """One page of the queue for a query (unknown filter values mean no filter,
    a page past the end means the last page); `me`: the signed-in username, for "mine"."""
    names = display_names(session)
    query = asked.cleaned(names)
    conditions = _conditions(query, now, me)
    total = session.execute(select(func.count()).select_from(HandoffTicket).where(*conditions)).scalar_one()
    pages = max(1, -(-total // PAGE_SIZE))
    query = replace(query, page=min(query.page, pages))
    found = session.execute(
        select(HandoffTicket)
        .where(*conditions)
        .order_by(*_order(query))
        .limit(PAGE_SIZE)
        .offset((query.page - 1) * PAGE_SIZE)
    ).scalars()
    rows = tuple(queue_row(info_of(t), now, role, names) for t in found)
    return QueueView(query, status_counts(session), rows, total, pages, pinned_ids(session))
