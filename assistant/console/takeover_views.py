"""Live takeover from the ticket page: take over, write to the patient, hand back.

The console never talks to the patient's browser itself. Each step goes to
the Rasa server's internal takeover route (assistant/takeover/client.py,
with the TAKEOVER_TOKEN secret), which stores the lines as tracker events and
pushes them to the patient's socket; the page then reloads the conversation
from the tracker store (GET .../conversation, polled), so what staff see is
what was stored. Only staff who may handle the ticket's urgency may take
over; every step is a POST with the CSRF token (forms, or the X-CSRFToken
header for the page's script). The audit log records the start, each line
(its key, never its text) and the hand-back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Tuple

from flask import Blueprint, abort, current_app, flash, jsonify, redirect, render_template, request, url_for

from assistant.console import audit, casework
from assistant.console.accounts import StaffPrincipal
from assistant.console.auth import current_staff, permission_required, remote_addr
from assistant.console.db import db_session, tracker_engine
from assistant.console.permissions import may_handle
from assistant.console.transcript import entries_from_events, read_events
from assistant.handoff import tickets
from assistant.handoff.exceptions import TicketNotFound, TicketStateError
from assistant.settings import Settings
from assistant.takeover.client import TakeoverClient, TakeoverUnavailable
from assistant.takeover.requests import MAX_KEY, MAX_LINE_CHARS
from assistant.takeover.secret import takeover_token
from assistant.takeover.state import StaffMember, holder

bp = Blueprint("takeover", __name__)
SETTINGS_KEY = "console.settings"  # assistant.console.app.SETTINGS_KEY (app imports this module)


@dataclass(frozen=True)
class TakeoverPanel:
    """What the ticket page's takeover panel shows."""

    conversation_id: str
    holder: StaffMember | None
    mine: bool  # the signed-in member of staff holds it
    can_take_over: bool
    heartbeat_seconds: int


def _settings() -> Settings:
    return current_app.extensions[SETTINGS_KEY]


def _client() -> TakeoverClient:
    settings = _settings()
    return TakeoverClient(settings.effective_rasa_internal_url, takeover_token(settings))


def staff_member(staff: StaffPrincipal) -> StaffMember:
    """How the patient sees the signed-in member of staff: display name and role."""
    return StaffMember(staff.id, staff.display_name or staff.username, staff.role)


def takeover_panel(case: Any, staff: StaffPrincipal) -> TakeoverPanel:
    conversation_id = case.ticket.conversation_id
    current = holder(read_events(tracker_engine(), conversation_id))
    return TakeoverPanel(
        conversation_id=conversation_id,
        holder=current,
        mine=current is not None and current.staff_id == staff.id,
        can_take_over=case.can_handle and not conversation_id.startswith("erased:"),
        # The page beats three times per timeout, so one lost beat never ends a takeover.
        heartbeat_seconds=max(3, _settings().takeover_heartbeat_seconds // 3),
    )


def _ticket_for(ticket_id: int, staff: StaffPrincipal) -> Tuple[Any, StaffMember]:
    """The ticket, if the signed-in member of staff may take its conversation over (404 / 403 otherwise)."""
    try:
        with db_session() as session:
            ticket = tickets.get_ticket(session, ticket_id)
    except TicketNotFound:
        abort(404)
    if not may_handle(staff.role, ticket.urgency.value):
        abort(403)
    return ticket, staff_member(staff)


def _audit(action: str, ticket: Any, detail: dict | None = None) -> None:
    staff = current_staff()
    with db_session() as session:
        audit.record(
            session, staff.username, action, "conversation", ticket.conversation_id,
            {"ticket_id": ticket.id, **(detail or {})}, remote_addr=remote_addr(),
        )


def _claim_if_new(ticket: Any) -> None:
    """Talking to the patient is handling the ticket: an unclaimed one is
    claimed by whoever took over, so it stops being pinned as waiting for
    someone and colleagues see who has it. One claimed meanwhile is left as it is."""
    if ticket.status != "new":
        return
    try:
        with db_session() as session:
            casework.claim_ticket(session, current_staff(), ticket.id, datetime.now(timezone.utc), remote_addr())
    except TicketStateError:
        pass


def _json_error(error: TakeoverUnavailable, status: int = 409) -> Any:
    return jsonify({"error": str(error)}), status


def _change_holder(ticket_id: int, step: str, audit_action: str, done: str) -> Any:
    """Take over ("start") or hand back ("end"): the Rasa server tells the
    patient; the console audits it and says what happened."""
    ticket, me = _ticket_for(ticket_id, current_staff())
    try:
        _client().send(step, ticket.conversation_id, me)
    except TakeoverUnavailable as error:
        flash(str(error), "error")
    else:
        _audit(audit_action, ticket)
        if step == "start":
            _claim_if_new(ticket)
        flash(done, "success")
    return redirect(url_for("tickets.show", ticket_id=ticket_id) + "#takeover", code=303)


@bp.post("/tickets/<int:ticket_id>/takeover")
@permission_required("ticket.handle")
def start(ticket_id: int) -> Any:
    return _change_holder(
        ticket_id, "start", "takeover.start",
        "You are talking to the patient. The assistant is silent until you hand back.",
    )


@bp.post("/tickets/<int:ticket_id>/takeover/end")
@permission_required("ticket.handle")
def end(ticket_id: int) -> Any:
    return _change_holder(
        ticket_id, "end", "takeover.end", "The assistant has the conversation again; the patient was told."
    )


@bp.post("/tickets/<int:ticket_id>/takeover/line")
@permission_required("ticket.handle")
def line(ticket_id: int) -> Any:
    ticket, me = _ticket_for(ticket_id, current_staff())
    body = request.get_json(silent=True) or {}
    text = str(body.get("text") or "").strip()
    key = str(body.get("key") or "").strip()
    if not text or len(text) > MAX_LINE_CHARS or not key or len(key) > MAX_KEY:
        return jsonify({"error": f"Write 1 to {MAX_LINE_CHARS} characters."}), 400
    try:
        answer = _client().send("line", ticket.conversation_id, me, text=text, key=key)
    except TakeoverUnavailable as error:
        return _json_error(error)
    if answer.get("status") == "sent":
        _audit("takeover.line", ticket, {"key": key})  # never the text: the log is not a second transcript
    return jsonify({"status": answer.get("status")})


@bp.post("/tickets/<int:ticket_id>/takeover/typing")
@permission_required("ticket.handle")
def typing(ticket_id: int) -> Any:
    ticket, me = _ticket_for(ticket_id, current_staff())
    body = request.get_json(silent=True) or {}
    try:
        _client().send("typing", ticket.conversation_id, me, typing=bool(body.get("typing")))
    except TakeoverUnavailable as error:
        return _json_error(error)
    return jsonify({"status": "held"})


@bp.post("/tickets/<int:ticket_id>/takeover/heartbeat")
@permission_required("ticket.handle")
def heartbeat(ticket_id: int) -> Any:
    ticket, me = _ticket_for(ticket_id, current_staff())
    try:
        _client().send("heartbeat", ticket.conversation_id, me)
    except TakeoverUnavailable as error:
        return _json_error(error)
    return jsonify({"status": "held"})


@bp.get("/tickets/<int:ticket_id>/conversation")
@permission_required("ticket.view")
def conversation(ticket_id: int) -> Any:
    """The transcript fragment the takeover panel polls, and who holds the conversation."""
    try:
        with db_session() as session:
            ticket = tickets.get_ticket(session, ticket_id)
    except TicketNotFound:
        abort(404)
    events = read_events(tracker_engine(), ticket.conversation_id)
    current = holder(events)
    html = render_template("_transcript.html", transcript=entries_from_events(events), ticket=ticket)
    staff = current_staff()
    return jsonify(
        {
            "html": html,
            "holder": current.label if current else None,
            "mine": current is not None and current.staff_id == staff.id,
        }
    )
