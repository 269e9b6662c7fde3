"""The opening rules without a database: precedence, yearly dates, edges."""

from datetime import date, datetime, time, timezone

from assistant.clinic.calendar import DateRule, LocationCalendar
from assistant.clinic.values import TimeRange
from tests.assistant.clinic.conftest import LONDON, london

NINE_TO_SIX = (TimeRange(time(9), time(18)),)
CALENDAR = LocationCalendar(
    location="leeds",
    location_name="Leeds",
    zone=LONDON,
    weekly=(NINE_TO_SIX,) * 5 + ((TimeRange(time(10), time(14)),), ()),
    closures=(
        DateRule(date(2001, 12, 25), date(2001, 12, 25), True, "Christmas Day"),
        DateRule(date(2001, 12, 31), date(2002, 1, 2), True, "New Year break"),
        DateRule(date(2025, 8, 4), date(2025, 8, 8), False, "Refurbishment"),
    ),
    special=(
        (
            DateRule(date(2001, 12, 24), date(2001, 12, 24), True, "Christmas Eve"),
            TimeRange(time(9), time(13)),
        ),
    ),
)


def test_a_yearly_closure_applies_every_year_whatever_year_it_was_written_with():
    assert CALENDAR.hours_on(date(2025, 12, 25)).reason == "Christmas Day"
    assert CALENDAR.hours_on(date(2031, 12, 25)).is_closed


def test_a_yearly_range_runs_across_new_year():
    for day in (date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 2)):
        assert CALENDAR.hours_on(day).reason == "New Year break"
    assert not CALENDAR.hours_on(date(2026, 1, 5)).is_closed


def test_a_dated_closure_covers_its_range_only_in_its_year():
    assert CALENDAR.hours_on(date(2025, 8, 6)).is_closed
    assert not CALENDAR.hours_on(date(2026, 8, 6)).is_closed


def test_special_hours_replace_the_weekly_hours_on_their_day():
    christmas_eve = CALENDAR.hours_on(date(2025, 12, 24))  # a Wednesday

    assert christmas_eve.intervals == (TimeRange(time(9), time(13)),)
    assert christmas_eve.reason == "Christmas Eve"


def test_open_from_opening_time_and_closed_at_closing_time():
    assert CALENDAR.status_at(london(2025, 6, 11, 9, 0)).is_open
    assert CALENDAR.status_at(london(2025, 6, 11, 17, 59, 59)).is_open
    assert not CALENDAR.status_at(london(2025, 6, 11, 18, 0)).is_open
    assert not CALENDAR.status_at(london(2025, 6, 11, 8, 59)).is_open


def test_when_closed_the_next_opening_skips_closed_days():
    # Christmas Eve after 13:00: closed on the 25th, open on Friday 26th.
    status = CALENDAR.status_at(london(2025, 12, 24, 13, 30))

    assert not status.is_open
    assert status.next_opens_at == london(2025, 12, 26, 9, 0)
    assert status.day.reason == "Christmas Eve"


def test_a_moment_is_judged_by_the_clinic_wall_clock_not_utc():
    # 08:30 UTC in summer is 09:30 in London: open. In winter it is 08:30: closed.
    assert CALENDAR.status_at(datetime(2025, 6, 11, 8, 30, tzinfo=timezone.utc)).is_open
    assert not CALENDAR.status_at(datetime(2025, 1, 15, 8, 30, tzinfo=timezone.utc)).is_open


def test_a_location_with_no_hours_never_opens():
    never = LocationCalendar("x", "X", LONDON, weekly=((),) * 7)

    assert never.status_at(london(2025, 6, 11, 12, 0)).next_opens_at is None
