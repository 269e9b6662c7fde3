"""The booking requests page, one request's page, and confirm / cancel
(forms that post and redirect back, so a reload never sends them twice).
The rules and the writes are in bookings.py."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from assistant.console import bookings
from assistant.console.auth import current_staff, permission_required, remote_addr
from assistant.console.db import db_session
from assistant.console.exceptions import BookingNotFound, BookingStateError, NotPermitted

bp = Blueprint("bookings", __name__)


def _now() -> datetime:
    return datetime.now(timezone.utc)


@bp.get("/bookings")
@permission_required("booking.view")
def index() -> Any:
    with db_session() as session:
        view = bookings.list_bookings(
            session, request.args.get("status", bookings.DEFAULT_FILTER), request.args.get("search", "")
        )
    return render_template("bookings.html", view=view, filters=bookings.FILTER_LABELS)


@bp.get("/bookings/<int:booking_id>")
@permission_required("booking.view")
def show(booking_id: int) -> Any:
    try:
        with db_session() as session:
            detail = bookings.open_booking(session, current_staff(), booking_id, remote_addr())
    except BookingNotFound:
        abort(404)
    return render_template("booking.html", detail=detail, booking=detail.booking, max_note=bookings.MAX_NOTE)


def _act(booking_id: int, action: Callable[..., bookings.Done]) -> Any:
    """Run a change; explain refusals on the booking page (a refused change writes nothing)."""
    try:
        with db_session() as session:
            done = action(session)
        flash(done.message, "success")
    except BookingNotFound:
        abort(404)
    except NotPermitted:
        abort(403)
    except (BookingStateError, ValueError) as error:
        flash(str(error), "error")
    return redirect(url_for("bookings.show", booking_id=booking_id), code=303)


@bp.post("/bookings/<int:booking_id>/confirm")
@permission_required("booking.handle")
def confirm(booking_id: int) -> Any:
    staff, addr, note = current_staff(), remote_addr(), request.form.get("note", "")
    return _act(booking_id, lambda s: bookings.confirm_booking(s, staff, booking_id, note, _now(), addr))


@bp.post("/bookings/<int:booking_id>/cancel")
@permission_required("booking.handle")
def cancel(booking_id: int) -> Any:
    staff, addr, note = current_staff(), remote_addr(), request.form.get("note", "")
    return _act(booking_id, lambda s: bookings.cancel_booking(s, staff, booking_id, note, _now(), addr))
