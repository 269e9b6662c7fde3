"""The ticket page, and claim / note / resolve (forms that post and
redirect back, so a reload never sends them twice)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from assistant.console import casework
from assistant.console.auth import current_staff, permission_required, remote_addr
from assistant.console.db import db_session, tracker_engine
from assistant.console.exceptions import NotPermitted
from assistant.console.takeover_views import takeover_panel
from assistant.handoff.due import is_overdue
from assistant.handoff.exceptions import TicketNotFound, TicketStateError

bp = Blueprint("tickets", __name__)


def _now() -> datetime:
    return datetime.now(timezone.utc)


@bp.get("/tickets/<int:ticket_id>")
@permission_required("ticket.view")
def show(ticket_id: int) -> Any:
    staff = current_staff()
    try:
        with db_session() as session:
            case = casework.open_case(session, tracker_engine(), staff, ticket_id, _now(), remote_addr())
    except TicketNotFound:
        abort(404)
    ticket = case.ticket
    return render_template(
        "ticket.html",
        case=case,
        ticket=ticket,
        transcript=case.transcript,
        outcomes=casework.OUTCOMES,
        overdue=is_overdue(ticket.due_at, ticket.status, _now()),
        takeover=takeover_panel(case, staff),
    )


def _act(ticket_id: int, action: Callable[..., Any], done: str) -> Any:
    """Run a casework action; explain refusals on the ticket page."""
    try:
        with db_session() as session:
            action(session)
        flash(done, "success")
    except TicketNotFound:
        abort(404)
    except NotPermitted:
        abort(403)
    except (TicketStateError, ValueError) as error:
        flash(str(error), "error")
    return redirect(url_for("tickets.show", ticket_id=ticket_id), code=303)


@bp.post("/tickets/<int:ticket_id>/claim")
@permission_required("ticket.handle")
def claim(ticket_id: int) -> Any:
    staff, addr = current_staff(), remote_addr()
    return _act(
        ticket_id, lambda s: casework.claim_ticket(s, staff, ticket_id, _now(), addr), "You have claimed this ticket."
    )


@bp.post("/tickets/<int:ticket_id>/notes")
@permission_required("ticket.note")
def note(ticket_id: int) -> Any:
    staff, addr, text = current_staff(), remote_addr(), request.form.get("text", "")
    return _act(ticket_id, lambda s: casework.note_ticket(s, staff, ticket_id, text, _now(), addr), "Note added.")


@bp.post("/tickets/<int:ticket_id>/resolve")
@permission_required("ticket.handle")
def resolve(ticket_id: int) -> Any:
    staff, addr = current_staff(), remote_addr()
    outcome, comment = request.form.get("outcome", ""), request.form.get("comment", "")
    return _act(
        ticket_id,
        lambda s: casework.resolve_ticket(s, staff, ticket_id, outcome, comment, _now(), addr),
        "Ticket resolved.",
    )


@bp.post("/tickets/<int:ticket_id>/assign")
@permission_required("ticket.handle")
def assign(ticket_id: int) -> Any:
    staff, addr, to = current_staff(), remote_addr(), request.form.get("assignee", "")
    return _act(
        ticket_id,
        lambda s: casework.assign_ticket(s, staff, ticket_id, to, _now(), addr),
        "Ticket assigned.",
    )
