"""A location's opening calendar, as plain data: weekly hours, closures and
special hours. Pure functions of (calendar, moment), so the time-zone and
holiday rules are tested without a database; `hours.py` builds calendars
from the database.

Precedence on a date: a closure wins, then special hours, then the weekly
hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Tuple
from zoneinfo import ZoneInfo

from assistant.clinic.values import TimeRange

# How far ahead `next_opening` looks before saying "not in the next year".
SEARCH_DAYS = 400


@dataclass(frozen=True)
class DateRule:
    """A date or inclusive date range; when `yearly`, the year is ignored."""

    starts_on: date
    ends_on: date
    yearly: bool
    reason: str

    def covers(self, day: date) -> bool:
        if not self.yearly:
            return self.starts_on <= day <= self.ends_on
        length = self.ends_on - self.starts_on
        # The previous year's occurrence may run into this year (31 Dec - 2 Jan).
        for year in (day.year - 1, day.year):
            try:
                start = self.starts_on.replace(year=year)
            except ValueError:  # 29 February in a common year
                continue
            if start <= day <= start + length:
                return True
        return False


@dataclass(frozen=True)
class DayHours:
    location: str  # slug
    location_name: str
    day: date
    intervals: Tuple[TimeRange, ...]  # empty when closed all day
    # Why the day is not ordinary ("Christmas Day", "Christmas Eve"); None otherwise.
    reason: str | None = None

    @property
    def is_closed(self) -> bool:
        return not self.intervals


@dataclass(frozen=True)
class OpenStatus:
    location: str
    location_name: str
    at: datetime  # the moment asked about, in the clinic's zone
    is_open: bool
    closes_at: datetime | None  # end of the current interval, when open
    next_opens_at: datetime | None  # when closed; None if not within SEARCH_DAYS
    day: DayHours  # the whole day's hours, for "we close at 13:00 on Christmas Eve"


@dataclass(frozen=True)
class LocationCalendar:
    location: str
    location_name: str
    zone: ZoneInfo
    weekly: Tuple[Tuple[TimeRange, ...], ...]  # 7 entries, Monday first
    closures: Tuple[DateRule, ...] = ()
    special: Tuple[Tuple[DateRule, TimeRange], ...] = ()

    def hours_on(self, day: date) -> DayHours:
        for closure in self.closures:
            if closure.covers(day):
                return DayHours(self.location, self.location_name, day, (), closure.reason)
        special = [(rule, interval) for rule, interval in self.special if rule.covers(day)]
        if special:
            intervals = tuple(sorted((i for _, i in special), key=lambda i: i.opens))
            return DayHours(self.location, self.location_name, day, intervals, special[0][0].reason)
        return DayHours(self.location, self.location_name, day, self.weekly[day.weekday()])

    def _wall(self, day: date, clock: time) -> datetime:
        return datetime.combine(day, clock, tzinfo=self.zone)

    def next_opening(self, after: datetime) -> datetime | None:
        """The first opening strictly after `after`, in the clinic's zone."""
        local = after.astimezone(self.zone)
        for offset in range(SEARCH_DAYS):
            day = local.date() + timedelta(days=offset)
            for interval in self.hours_on(day).intervals:
                opens = self._wall(day, interval.opens)
                if opens > after:
                    return opens
        return None

    def status_at(self, at: datetime) -> OpenStatus:
        """Open or closed at the aware moment `at`, judged by the clinic's
        wall clock (a UTC moment late in the evening may already be the next
        day in the clinic's zone)."""
        if at.tzinfo is None:
            raise ValueError(f"{at!r} has no time zone; pass an aware datetime")
        local = at.astimezone(self.zone)
        day = self.hours_on(local.date())
        for interval in day.intervals:
            if interval.contains(local.time().replace(tzinfo=None)):
                return OpenStatus(
                    self.location,
                    self.location_name,
                    local,
                    True,
                    self._wall(day.day, interval.closes),
                    None,
                    day,
                )
        return OpenStatus(self.location, self.location_name, local, False, None, self.next_opening(at), day)
