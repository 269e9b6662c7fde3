"""The dashboard: tickets per day by urgency, median minutes to claim and
to resolve, the most common escalation reasons (figures from stats.py;
charts drawn by dashboard.js with the vendored chart.js, each with a table
beside it for screen readers and for anyone who prefers numbers)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, List

from flask import Blueprint, render_template, request
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.console import stats
from assistant.console.auth import permission_required
from assistant.console.db import db_session
from assistant.console.formatting import clinic_zone
from assistant.db.models import HandoffTicket

bp = Blueprint("dashboard", __name__)


def ticket_times(session: Session, since: datetime) -> List[stats.TicketTimes]:
    """What the dashboard needs of each ticket opened since `since` (no notes, no patient text)."""
    rows = session.execute(
        select(
            HandoffTicket.urgency,
            HandoffTicket.created_at,
            HandoffTicket.claimed_at,
            HandoffTicket.resolved_at,
            HandoffTicket.situations,
            HandoffTicket.matrix_rows,
        ).where(HandoffTicket.created_at >= since)
    ).all()
    return [
        stats.TicketTimes(r[0], r[1], r[2], r[3], tuple(r[4] or ()), tuple(r[5] or ())) for r in rows
    ]


@bp.get("/dashboard")
@permission_required("dashboard.view")
def index() -> Any:
    days = request.args.get("days", stats.DEFAULT_PERIOD, type=int)
    if days not in stats.PERIODS:
        days = stats.DEFAULT_PERIOD
    now = datetime.now(timezone.utc)
    zone = clinic_zone()
    with db_session() as session:
        # A day's margin either side of the clinic's calendar days; stats.dashboard trims exactly.
        times = ticket_times(session, now - timedelta(days=days + 1))
    figures = stats.dashboard(times, now, days, zone)
    return render_template("dashboard.html", figures=figures, data=figures.as_json(), periods=stats.PERIODS)
