"""Opening hours from the database, on SQLite and PostgreSQL, for the demo
clinic (Leeds: Mon-Fri 9-18, Thu to 20, Sat 10-14; York: Mon-Fri, Wed split,
Fri to 17, weekends closed; Christmas Eve 9-13; closed 25-26 Dec and 1 Jan)."""

from datetime import date, datetime, time, timezone

import pytest

from assistant.clinic.hours import hours_on, next_openings, open_status, special_days, weekly_hours
from assistant.clinic.values import TimeRange
from assistant.exceptions import UnknownLocation
from tests.assistant.clinic.conftest import NOW, london


def by_location(statuses):
    return {s.location: s for s in statuses}


def test_both_locations_are_open_now_and_say_when_they_close(session):
    status = by_location(open_status(session, NOW))

    assert status["leeds"].is_open and status["leeds"].closes_at == london(2025, 6, 11, 18, 0)
    assert status["york"].is_open and status["york"].closes_at == london(2025, 6, 11, 13, 0)  # lunch break


@pytest.mark.parametrize(
    "moment, leeds_open",
    [
        (london(2025, 6, 11, 17, 59), True),  # a minute before closing
        (london(2025, 6, 11, 18, 0), False),  # at closing time
        (london(2025, 6, 11, 8, 59), False),  # a minute before opening
        (london(2025, 6, 11, 9, 0), True),  # at opening time
        (london(2025, 6, 12, 19, 0), True),  # 7pm Thursday: late opening
        (london(2025, 6, 12, 20, 0), False),
        (london(2025, 6, 14, 13, 0), True),  # Saturday
        (london(2025, 6, 15, 12, 0), False),  # Sunday
    ],
)
def test_leeds_is_open_or_closed_at_the_edges(session, moment, leeds_open):
    assert open_status(session, moment, location="leeds")[0].is_open is leeds_open


def test_on_saturday_only_leeds_opens(session):
    saturday = by_location(hours_on(session, date(2025, 6, 14)))

    assert saturday["leeds"].intervals == (TimeRange(time(10), time(14)),)
    assert saturday["york"].is_closed and saturday["york"].reason is None


def test_closed_outside_hours_says_when_it_next_opens(session):
    friday_evening = london(2025, 6, 13, 18, 30)

    status = by_location(open_status(session, friday_evening))

    assert status["leeds"].next_opens_at == london(2025, 6, 14, 10, 0)  # Saturday
    assert status["york"].next_opens_at == london(2025, 6, 16, 9, 0)  # Monday


def test_christmas_eve_has_short_hours_and_christmas_day_is_closed_with_a_reason(session):
    eve = by_location(hours_on(session, date(2025, 12, 24)))
    day = by_location(hours_on(session, date(2025, 12, 25)))

    assert eve["leeds"].intervals == (TimeRange(time(9), time(13)),)
    assert eve["leeds"].reason == "Christmas Eve"
    assert day["york"].is_closed and day["york"].reason == "Christmas Day"


def test_after_christmas_eve_closing_the_next_opening_skips_christmas_and_boxing_day(session):
    status = open_status(session, london(2025, 12, 24, 13, 0), location="leeds")[0]

    assert not status.is_open
    assert status.next_opens_at == london(2025, 12, 27, 10, 0)  # Saturday 27th


def test_a_special_day_on_a_normally_closed_day_opens_that_location(session):
    # Christmas Eve 2022 was a Saturday: York (closed on Saturdays) opens 9-13.
    assert hours_on(session, date(2022, 12, 24), location="york")[0].intervals == (
        TimeRange(time(9), time(13)),
    )


def test_a_utc_now_that_is_already_tomorrow_in_london_uses_londons_day(session):
    # Friday 13 June 23:30 UTC is Saturday 00:30 in London.
    status = open_status(session, datetime(2025, 6, 13, 23, 30, tzinfo=timezone.utc), location="leeds")[0]

    assert status.day.day == date(2025, 6, 14)
    assert status.next_opens_at == london(2025, 6, 14, 10, 0)


def test_clocks_going_forward_move_opening_time_an_hour_earlier_in_utc(session):
    # Clocks go forward on Sunday 30 March 2025. 08:30 UTC is 08:30 GMT on
    # Friday (closed) but 09:30 BST on Monday (open).
    assert not open_status(session, datetime(2025, 3, 28, 8, 30, tzinfo=timezone.utc), "leeds")[0].is_open
    assert open_status(session, datetime(2025, 3, 31, 8, 30, tzinfo=timezone.utc), "leeds")[0].is_open

    after_saturday = open_status(session, london(2025, 3, 29, 14, 0), "leeds")[0]
    assert after_saturday.next_opens_at == datetime(2025, 3, 31, 8, 0, tzinfo=timezone.utc)  # 09:00 BST


def test_clocks_going_back_keep_the_same_wall_clock_hours(session):
    # Clocks go back on Sunday 26 October 2025: Monday opens at 09:00 GMT = 09:00 UTC.
    after_saturday = open_status(session, london(2025, 10, 25, 14, 0), "leeds")[0]

    assert after_saturday.next_opens_at == datetime(2025, 10, 27, 9, 0, tzinfo=timezone.utc)
    assert after_saturday.next_opens_at.utcoffset().total_seconds() == 0


def test_next_openings_when_currently_open_is_the_next_opening_after_now(session):
    assert by_location(next_openings(session, NOW))["leeds"].opens_at == london(2025, 6, 12, 9, 0)


def test_the_weekly_schedule_reads_as_people_write_it(session):
    schedules = {w.location: w.lines for w in weekly_hours(session)}

    assert schedules["leeds"] == [
        "Monday–Wednesday 9:00–18:00",
        "Thursday 9:00–20:00",
        "Friday 9:00–18:00",
        "Saturday 10:00–14:00",
        "Sunday closed",
    ]
    assert schedules["york"][1] == "Wednesday 9:00–13:00 and 14:00–18:00"


def test_special_days_over_christmas_list_every_change_per_location(session):
    days = special_days(session, date(2025, 12, 20), date(2026, 1, 2), location="leeds")

    assert [(d.day, d.reason) for d in days] == [
        (date(2025, 12, 24), "Christmas Eve"),
        (date(2025, 12, 25), "Christmas Day"),
        (date(2025, 12, 26), "Boxing Day"),
        (date(2025, 12, 31), "New Year's Eve"),
        (date(2026, 1, 1), "New Year's Day"),
    ]


def test_an_unknown_location_is_an_error_naming_the_known_ones(session):
    with pytest.raises(UnknownLocation, match="known locations: leeds, york"):
        open_status(session, NOW, location="manchester")
