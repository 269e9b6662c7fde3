"""The queue page and the JSON it refreshes from.

The page is rendered on the server (usable without JavaScript); queue.js
then polls /api/queue every few seconds and redraws the rows with
textContent. JSON rather than HTML fragments: patient text then never goes
through the browser's HTML parser at all, so escaping cannot be forgotten
in a second place.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from flask import Blueprint, Response, jsonify, render_template, request
from sqlalchemy import select

from assistant.console import audit, ticket_export
from assistant.console.accounts import display_names
from assistant.console.auth import current_role, current_staff, permission_required, remote_addr
from assistant.console.db import db_session
from assistant.console.formatting import clinic_zone
from assistant.console.params import page_number
from assistant.console.queue import (
    DEFAULT_FILTER,
    FILTER_LABELS,
    MINE,
    OVERDUE,
    SORTS,
    UNASSIGNED,
    URGENCIES,
    QueueQuery,
    load_queue,
    matching_tickets,
)
from assistant.console.reasons import URGENCY_LABELS
from assistant.db.models import BookingRequest

bp = Blueprint("queue", __name__)

POLL_SECONDS = 5


def _asked() -> QueueQuery:
    return QueueQuery(
        status=request.args.get("status", DEFAULT_FILTER),
        urgency=request.args.get("urgency", ""),
        assignee=request.args.get("assignee", ""),
        search=request.args.get("search", ""),
        page=page_number(),
        due=request.args.get("due", ""),
        sort=request.args.get("sort", ""),
    )


def _view() -> Any:
    with db_session() as session:
        staff = current_staff()
        me = staff.username if staff else None
        return load_queue(session, _asked(), datetime.now(timezone.utc), current_role(), me)


@bp.get("/")
@permission_required("queue.view")
def index() -> Any:
    view = _view()
    with db_session() as session:
        staff = sorted(display_names(session).items(), key=lambda item: item[1].lower())
    return render_template(
        "queue.html",
        view=view,
        filters=FILTER_LABELS,
        urgencies=[(level, URGENCY_LABELS[level]) for level in URGENCIES],
        staff=staff,
        unassigned=UNASSIGNED,
        mine=MINE,
        overdue=OVERDUE,
        sorts=SORTS,
        poll_seconds=POLL_SECONDS,
    )


@bp.get("/tickets.csv")
@permission_required("ticket.export")
def export_csv() -> Any:
    """The tickets of the queue's filters (every page) as CSV; audited with the filters and the count."""
    now = datetime.now(timezone.utc)
    staff = current_staff()
    zone = clinic_zone()  # its own short session, before this one takes the write lock
    with db_session() as session:
        query, tickets = matching_tickets(session, _asked(), now, staff.username, ticket_export.MAX_ROWS)
        ids = [t.booking_request_id for t in tickets if t.booking_request_id]
        linked = select(BookingRequest.id, BookingRequest.reference).where(BookingRequest.id.in_(ids))
        references = {booking_id: reference for booking_id, reference in session.execute(linked)}
        text = ticket_export.tickets_csv(tickets, display_names(session), references, zone, now)
        filters = {k: v for k, v in query.as_args().items() if k != "page"}
        audit.record(
            session, staff.username, "ticket.export", "tickets", "", {"filters": filters, "rows": len(tickets)},
            remote_addr=remote_addr(),
        )
    name = f"tickets-{now.astimezone(zone):%Y-%m-%d-%H%M}.csv"
    return Response(
        text,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@bp.get("/api/queue")
@permission_required("queue.view")
def api_queue() -> Any:
    return jsonify(_view().as_json())
