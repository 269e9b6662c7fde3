"""Opening hours questions: "are you open now / on Saturday / on Christmas
Eve / at 7pm Thursday?", "when do you next open?", the weekly schedule and
the special days coming up. Per location, in the clinic's time zone.

Builds each location's `LocationCalendar` from the database; the rules
themselves (closures beat special hours beat weekly hours) live in
`calendar.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Dict, List, Tuple
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.clinic._rows import clinic_row, location_rows
from assistant.clinic.calendar import DateRule, DayHours, LocationCalendar, OpenStatus
from assistant.clinic.formatting import format_weekly
from assistant.clinic.values import TimeRange
from assistant.db.models import Closure, SpecialHours

__all__ = [
    "DayHours",
    "NextOpening",
    "OpenStatus",
    "WeeklyHours",
    "hours_on",
    "load_calendars",
    "next_openings",
    "open_status",
    "special_days",
    "weekly_hours",
]


@dataclass(frozen=True)
class WeeklyHours:
    location: str
    location_name: str
    days: Tuple[Tuple[TimeRange, ...], ...]  # 7 entries, Monday first; empty = closed

    @property
    def lines(self) -> List[str]:
        """["Monday–Wednesday 9:00–18:00", "Thursday 9:00–20:00", ...]."""
        return format_weekly(self.days)


@dataclass(frozen=True)
class NextOpening:
    location: str
    location_name: str
    opens_at: datetime | None  # in the clinic's zone; None if not within a year


def load_calendars(session: Session, location: str | None = None) -> List[LocationCalendar]:
    """Each location's calendar (or just `location`'s), in file order."""
    clinic = clinic_row(session)
    zone = ZoneInfo(clinic.time_zone)
    rows = location_rows(session, location)
    closures = session.execute(select(Closure).where(Closure.clinic_id == clinic.id)).scalars().all()
    specials = (
        session.execute(
            select(SpecialHours).where(SpecialHours.clinic_id == clinic.id).order_by(SpecialHours.opens)
        )
        .scalars()
        .all()
    )

    calendars = []
    for row in rows:
        weekly: Dict[int, List[TimeRange]] = {day: [] for day in range(7)}
        for hours in row.hours:
            weekly[hours.weekday].append(TimeRange(hours.opens, hours.closes))
        calendars.append(
            LocationCalendar(
                location=row.slug,
                location_name=row.name,
                zone=zone,
                weekly=tuple(tuple(sorted(weekly[d], key=lambda r: r.opens)) for d in range(7)),
                closures=tuple(
                    DateRule(c.starts_on, c.ends_on, c.repeats_yearly, c.reason)
                    for c in closures
                    if c.location_id in (None, row.id)
                ),
                special=tuple(
                    (DateRule(s.on_date, s.on_date, s.repeats_yearly, s.reason), TimeRange(s.opens, s.closes))
                    for s in specials
                    if s.location_id in (None, row.id)
                ),
            )
        )
    return calendars


def open_status(session: Session, at: datetime, location: str | None = None) -> List[OpenStatus]:
    """Open or closed at the aware moment `at` ("now", "7pm Thursday"), per location."""
    return [calendar.status_at(at) for calendar in load_calendars(session, location)]


def hours_on(session: Session, day: date, location: str | None = None) -> List[DayHours]:
    """Each location's hours on a calendar date, closures and special hours applied."""
    return [calendar.hours_on(day) for calendar in load_calendars(session, location)]


def next_openings(session: Session, after: datetime, location: str | None = None) -> List[NextOpening]:
    """When each location next opens after the aware moment `after`."""
    return [
        NextOpening(c.location, c.location_name, c.next_opening(after))
        for c in load_calendars(session, location)
    ]


def weekly_hours(session: Session, location: str | None = None) -> List[WeeklyHours]:
    """The ordinary weekly schedule, per location."""
    return [WeeklyHours(c.location, c.location_name, c.weekly) for c in load_calendars(session, location)]


def special_days(session: Session, start: date, end: date, location: str | None = None) -> List[DayHours]:
    """Days from `start` to `end` (inclusive) whose hours differ from the
    weekly schedule: closures and special hours ("are you open over Christmas?")."""
    found = []
    for calendar in load_calendars(session, location):
        day = start
        while day <= end:
            hours = calendar.hours_on(day)
            if hours.reason is not None:
                found.append(hours)
            day += timedelta(days=1)
    return sorted(found, key=lambda h: (h.day, h.location))
