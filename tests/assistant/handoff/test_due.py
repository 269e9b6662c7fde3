"""Due times from the promise and the opening hours (assistant/handoff/due.py).

A clinic in London open Monday-Friday 9:00-18:00 (Thursday until 20:00),
Saturday 10:00-14:00, closed on Sunday and on 25-26 December. June 2025
is British Summer Time (UTC+1): Friday 13 June, Monday 16 June.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from assistant.clinic.calendar import DateRule, LocationCalendar
from assistant.clinic.values import TimeRange
from assistant.handoff.due import EMERGENCY_CHECK, FALLBACK, due_at, is_overdue
from assistant.handoff.payload import HandoffUrgency

LONDON = ZoneInfo("Europe/London")
WEEKDAY = (TimeRange(time(9), time(18)),)
CALENDAR = LocationCalendar(
    location="leeds",
    location_name="Leeds",
    zone=LONDON,
    weekly=(WEEKDAY, WEEKDAY, WEEKDAY, (TimeRange(time(9), time(20)),), WEEKDAY, (TimeRange(time(10), time(14)),), ()),
    closures=(DateRule(date(2025, 12, 25), date(2025, 12, 26), True, "Christmas"),),
)
SAME_DAY, REVIEW, ROUTINE = HandoffUrgency.SAME_DAY, HandoffUrgency.REVIEW, HandoffUrgency.ROUTINE


def at(day: int, hour: int, minute: int = 0, month: int = 6) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=LONDON)


@pytest.mark.parametrize(
    "urgency, opened, due",
    [
        # Same day: an hour of opening time.
        (SAME_DAY, at(11, 10, 0), at(11, 11, 0)),  # Wednesday morning
        (SAME_DAY, at(11, 17, 30), at(12, 9, 30)),  # 30 min before closing: 30 min after reopening
        (SAME_DAY, at(11, 21, 0), at(12, 10, 0)),  # Wednesday evening: an hour after 9:00
        (SAME_DAY, at(12, 19, 0), at(12, 20, 0)),  # Thursday's late opening
        (SAME_DAY, at(13, 17, 45), at(14, 10, 45)),  # Friday 17:45: Saturday 10:45
        (SAME_DAY, at(13, 20, 0), at(14, 11, 0)),  # Friday evening: Saturday an hour after 10:00
        (SAME_DAY, at(14, 13, 30), at(16, 9, 30)),  # Saturday 13:30: closed Sunday, Monday 9:30
        (SAME_DAY, at(15, 12, 0), at(16, 10, 0)),  # Sunday (closed all day): Monday 10:00
        (SAME_DAY, at(24, 17, 30, month=12), at(27, 10, 30, month=12)),  # Christmas closure: Saturday 27th
        # Review: by the close of the next working day (closed now: of the day it reopens).
        (REVIEW, at(11, 10, 0), at(12, 20, 0)),  # Wednesday: Thursday's close
        (REVIEW, at(13, 10, 0), at(14, 14, 0)),  # Friday: Saturday's close
        (REVIEW, at(13, 20, 0), at(14, 14, 0)),  # Friday evening: Saturday's close
        (REVIEW, at(14, 12, 0), at(16, 18, 0)),  # Saturday: Monday's close
        (REVIEW, at(16, 7, 0), at(16, 18, 0)),  # Monday before opening: Monday's close
        # Routine: by today's close, or the close of the day it reopens.
        (ROUTINE, at(11, 10, 0), at(11, 18, 0)),
        (ROUTINE, at(13, 20, 0), at(14, 14, 0)),
        (ROUTINE, at(15, 9, 0), at(16, 18, 0)),
    ],
)
def test_due_time_follows_the_promise_and_the_opening_hours(urgency, opened, due):
    assert due_at(urgency, [CALENDAR], opened) == due


def test_an_emergency_is_due_at_once_whatever_the_hours():
    sunday_night = at(15, 23, 30)
    assert due_at(HandoffUrgency.EMERGENCY, [CALENDAR], sunday_night) == sunday_night + EMERGENCY_CHECK
    assert EMERGENCY_CHECK <= timedelta(minutes=15)


def test_a_moment_in_utc_gives_the_same_due_time():
    opened = at(13, 20, 0).astimezone(timezone.utc)
    assert due_at(SAME_DAY, [CALENDAR], opened) == at(14, 11, 0)


def test_two_locations_count_as_open_when_either_is():
    york = LocationCalendar("york", "York", LONDON, ((),) * 5 + ((TimeRange(time(9), time(17)),), ()))
    # Saturday 13:30: Leeds closes at 14:00 but York is open until 17:00.
    assert due_at(SAME_DAY, [CALENDAR, york], at(14, 13, 30)) == at(14, 14, 30)


def test_without_opening_hours_each_level_falls_back_to_a_fixed_delay():
    opened = at(11, 10, 0)
    for urgency in HandoffUrgency:
        assert due_at(urgency, [], opened) == opened + FALLBACK[urgency]
    never_open = LocationCalendar("x", "X", LONDON, ((),) * 7)
    assert due_at(SAME_DAY, [never_open], opened) == opened + FALLBACK[SAME_DAY]


def test_a_naive_moment_is_refused():
    with pytest.raises(ValueError):
        due_at(SAME_DAY, [CALENDAR], datetime(2025, 6, 11, 10))


def test_overdue_means_unresolved_and_past_due():
    due = at(11, 11, 0)
    assert is_overdue(due, "new", due)
    assert is_overdue(due, "claimed", due + timedelta(minutes=1))
    assert not is_overdue(due, "new", due - timedelta(minutes=1))
    assert not is_overdue(due, "resolved", due + timedelta(days=1))
    assert not is_overdue(None, "new", due)
