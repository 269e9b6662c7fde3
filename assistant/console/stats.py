"""Dashboard figures, pure: tickets per day by urgency, median minutes to
claim and to resolve, and the most common escalation reasons.

    figures = dashboard(ticket_times, now, days=14, zone=ZoneInfo("Europe/London"))
    figures.as_json()      # what dashboard.js draws, and the tables beside the charts

Days are the clinic's calendar days (its time zone), so "today" at the
desk is today in the chart. Medians, not means: one ticket left over a
weekend should not hide how fast the team usually is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from statistics import median
from typing import Any, Dict, Iterable, List, Mapping, Sequence, Tuple

from assistant.console.reasons import ASKED_FOR_PERSON, OTHER, situation_label, urgency_label
from assistant.db.models import HANDOFF_URGENCIES

PERIODS = (7, 14, 30)
DEFAULT_PERIOD = 14
TOP_REASONS = 8


@dataclass(frozen=True)
class TicketTimes:
    """What the dashboard needs of one ticket."""

    urgency: str
    created_at: datetime
    claimed_at: datetime | None = None
    resolved_at: datetime | None = None
    situations: Tuple[str, ...] = ()
    rows: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Dashboard:
    days: int
    dates: Tuple[date, ...]
    per_day: Mapping[str, Tuple[int, ...]]  # urgency -> count per date
    total: int
    median_claim: Mapping[str, float | None]  # "all" and each urgency -> minutes
    median_resolve: Mapping[str, float | None]
    reasons: Tuple[Tuple[str, int], ...]  # (label, tickets), most common first

    def as_json(self) -> Dict[str, Any]:
        return {
            "days": self.days,
            "dates": [d.isoformat() for d in self.dates],
            "urgencies": [{"key": u, "label": urgency_label(u)} for u in HANDOFF_URGENCIES],
            "per_day": {u: list(counts) for u, counts in self.per_day.items()},
            "total": self.total,
            "median_claim": dict(self.median_claim),
            "median_resolve": dict(self.median_resolve),
            "reasons": [{"label": label, "count": count} for label, count in self.reasons],
        }


def per_day(
    tickets: Iterable[TicketTimes], today: date, days: int, zone: tzinfo
) -> Tuple[Tuple[date, ...], Dict[str, Tuple[int, ...]]]:
    """The last `days` dates up to `today`, and per urgency the tickets opened each date."""
    dates = tuple(today - timedelta(days=offset) for offset in range(days - 1, -1, -1))
    index = {d: i for i, d in enumerate(dates)}
    counts = {u: [0] * days for u in HANDOFF_URGENCIES}
    for ticket in tickets:
        position = index.get(ticket.created_at.astimezone(zone).date())
        if position is not None and ticket.urgency in counts:
            counts[ticket.urgency][position] += 1
    return dates, {u: tuple(c) for u, c in counts.items()}


def median_minutes(durations: Sequence[timedelta]) -> float | None:
    """The median in minutes (one decimal), or None with nothing to measure."""
    if not durations:
        return None
    return round(median(d.total_seconds() for d in durations) / 60, 1)


def _medians(tickets: Sequence[TicketTimes], until: str) -> Dict[str, float | None]:
    def durations(selected: Iterable[TicketTimes]) -> List[timedelta]:
        ends = ((t, getattr(t, until)) for t in selected)
        return [end - t.created_at for t, end in ends if end is not None and end >= t.created_at]

    result = {"all": median_minutes(durations(tickets))}
    for urgency in HANDOFF_URGENCIES:
        result[urgency] = median_minutes(durations(t for t in tickets if t.urgency == urgency))
    return result


def reason_labels(ticket: TicketTimes) -> List[str]:
    """A ticket's reasons: each situation once with its matrix row, or
    'Asked for a person' for a routine ticket with none."""
    labels = []
    rows = list(ticket.rows) + [""] * len(ticket.situations)
    for situation, row in zip(ticket.situations, rows[: len(ticket.situations)], strict=True):
        label = f"{situation_label(situation)} ({row})" if row else situation_label(situation)
        if label not in labels:
            labels.append(label)
    if not labels:
        labels.append(ASKED_FOR_PERSON if ticket.urgency == "routine" else OTHER)
    return labels


def top_reasons(tickets: Iterable[TicketTimes], limit: int = TOP_REASONS) -> Tuple[Tuple[str, int], ...]:
    """The most common reasons, most common first (ties alphabetically)."""
    counts: Dict[str, int] = {}
    for ticket in tickets:
        for label in reason_labels(ticket):
            counts[label] = counts.get(label, 0) + 1
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit])


def dashboard(tickets: Iterable[TicketTimes], now: datetime, days: int, zone: tzinfo) -> Dashboard:
    """Every figure for the tickets opened in the last `days` clinic days."""
    today = now.astimezone(zone).date()
    start = today - timedelta(days=days - 1)
    recent = [t for t in tickets if start <= t.created_at.astimezone(zone).date() <= today]
    dates, counts = per_day(recent, today, days, zone)
    return Dashboard(
        days=days,
        dates=dates,
        per_day=counts,
        total=len(recent),
        median_claim=_medians(recent, "claimed_at"),
        median_resolve=_medians(recent, "resolved_at"),
        reasons=top_reasons(recent),
    )
