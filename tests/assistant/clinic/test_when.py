from datetime import date, datetime, time, timezone

import pytest

from assistant.clinic.when import When, WhenError, parse_when
from tests.assistant.clinic.conftest import LONDON, NOW

ZONE = "Europe/London"
# NOW is Wednesday 11 June 2025, 11:00 in London.


@pytest.mark.parametrize(
    "phrase, day, at",
    [
        ("are you open today?", date(2025, 6, 11), None),
        ("tonight", date(2025, 6, 11), time(18, 0)),
        ("tomorrow", date(2025, 6, 12), None),
        ("tmrw", date(2025, 6, 12), None),
        ("tomoz?", date(2025, 6, 12), None),
        ("day after tomorrow", date(2025, 6, 13), None),
        ("are you open on Saturday", date(2025, 6, 14), None),
        ("sat", date(2025, 6, 14), None),
        ("thurs", date(2025, 6, 12), None),
        ("wednesday", date(2025, 6, 11), None),  # today is Wednesday
        ("this wednesday", date(2025, 6, 11), None),
        ("next wednesday", date(2025, 6, 18), None),
        ("next friday", date(2025, 6, 13), None),
        ("on saturdays", date(2025, 6, 14), None),
        ("wednsday", date(2025, 6, 11), None),  # a close typo of a weekday
        ("this weekend", date(2025, 6, 14), None),
        ("in 2 weeks", date(2025, 6, 25), None),
        ("christmas eve", date(2025, 12, 24), None),
        ("Christmas Day", date(2025, 12, 25), None),
        ("xmas", date(2025, 12, 25), None),
        ("boxing day", date(2025, 12, 26), None),
        ("new year's eve", date(2025, 12, 31), None),
        ("New Years Day", date(2026, 1, 1), None),
        ("new year\u2019s day", date(2026, 1, 1), None),
        ("25 dec", date(2025, 12, 25), None),
        ("25th of December", date(2025, 12, 25), None),
        ("dec 25th", date(2025, 12, 25), None),
        ("24/12", date(2025, 12, 24), None),
        ("24/12/2026", date(2026, 12, 24), None),
        ("1 june", date(2026, 6, 1), None),  # already passed this year
        ("29 feb", date(2028, 2, 29), None),  # the next leap year
        ("the 31st", date(2025, 7, 31), None),  # June has no 31st
        ("7pm", date(2025, 6, 11), time(19, 0)),
        ("7.30pm", date(2025, 6, 11), time(19, 30)),
        ("19:00", date(2025, 6, 11), time(19, 0)),
        ("09:00", date(2025, 6, 11), time(9, 0)),
        ("half 5", date(2025, 6, 11), time(17, 30)),
        ("half past 9", date(2025, 6, 11), time(9, 30)),
        ("quarter to 6", date(2025, 6, 11), time(17, 45)),
        ("at 7", date(2025, 6, 11), time(19, 0)),
        ("at 10", date(2025, 6, 11), time(10, 0)),
        ("noon", date(2025, 6, 11), time(12, 0)),
        ("6 o'clock", date(2025, 6, 11), time(18, 0)),
        ("open at 7pm Thursday?", date(2025, 6, 12), time(19, 0)),
        ("thursday at 7", date(2025, 6, 12), time(19, 0)),
        ("tomorrow morning at 11", date(2025, 6, 12), time(11, 0)),
        ("saturday morning", date(2025, 6, 14), time(10, 0)),
        ("christmas eve at 2pm", date(2025, 12, 24), time(14, 0)),
        ("are you open right now", date(2025, 6, 11), time(11, 0)),
    ],
)
def test_phrases_are_read_relative_to_now_in_the_clinic_zone(phrase, day, at):
    assert parse_when(phrase, NOW, ZONE) == When(day=day, time=at, zone=ZONE)


@pytest.mark.parametrize(
    "phrase, complaint",
    [
        ("31 February", "“31 February” isn't a date: February has at most 29 days."),
        ("31/04", "April has 30 days"),
        ("30/13", "there is no month 13"),
        ("29/02/2025", "February 2025 has no 29th"),
        ("25:00", "“25:00” isn't a time of day"),
        ("13pm", "“13pm” isn't a time of day"),
        ("7:75pm", "isn't a time of day"),
        ("on Funday", "I don't know which day “Funday” is"),
        ("Friday 25 December 2025", "25 December 2025 is a Thursday, not a Friday"),
        ("whenever suits", "I couldn't tell which day or time you mean"),
        ("", "I couldn't tell which day or time you mean"),
    ],
)
def test_unknown_days_and_impossible_times_are_errors_not_guesses(phrase, complaint):
    result = parse_when(phrase, NOW, ZONE)

    assert isinstance(result, WhenError)
    assert complaint in result.message


def test_a_utc_now_late_in_the_evening_is_already_tomorrow_in_london():
    # 23:30 UTC on Friday 13 June is 00:30 on Saturday 14 June in London.
    late = datetime(2025, 6, 13, 23, 30, tzinfo=timezone.utc)

    assert parse_when("today", late, ZONE).day == date(2025, 6, 14)
    assert parse_when("tomorrow", late, ZONE).day == date(2025, 6, 15)
    assert parse_when("saturday", late, ZONE).day == date(2025, 6, 14)


def test_the_moment_carries_the_right_offset_on_both_sides_of_a_clock_change():
    saturday = datetime(2025, 3, 29, 12, 0, tzinfo=timezone.utc)  # GMT until Sunday 01:00 UTC

    before = parse_when("today at 9am", saturday, ZONE)
    after = parse_when("monday at 9am", saturday, ZONE)

    assert before.moment == datetime(2025, 3, 29, 9, 0, tzinfo=timezone.utc)
    assert after.moment == datetime(2025, 3, 31, 8, 0, tzinfo=timezone.utc)  # 09:00 BST


def test_a_whole_day_has_no_moment():
    assert parse_when("saturday", NOW, LONDON).moment is None


def test_a_naive_now_is_a_programming_error():
    with pytest.raises(ValueError, match="no time zone"):
        parse_when("today", datetime(2025, 6, 11, 10, 0), ZONE)
