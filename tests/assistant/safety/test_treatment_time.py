"""Treatment times read from a message, with a fixed clock."""

from datetime import date, datetime, timedelta, timezone

import pytest

from assistant.safety.treatment_time import day_after, day_words, latest_treatment, time_stated, treatment_date

# A Wednesday.
NOW = datetime(2026, 3, 18, 15, 30, tzinfo=timezone.utc)
TODAY = NOW.date()


@pytest.mark.parametrize(
    "text, days_before",
    [
        ("I had meso on my face 3 weeks ago", 21),
        ("my session was 3 weeks ago", 21),
        ("had it done yesterday", 1),
        ("had my hair meso two days ago", 2),
        ("mesotherapy a couple of weeks ago", 14),
        ("my treatment was last week", 7),
        ("had fat dissolving last month", 30),
        ("I had hair meso on Monday", 2),  # the Monday before this Wednesday
        ("I had hair meso last Wednesday", 7),  # said on a Wednesday: a week back
        ("had the treatment this morning", 0),
        ("day 5 after my meso", 5),
        ("3 weeks after my meso session", 21),
        ("me hice mesoterapia hace dos semanas", 14),
        ("j ai eu ma séance de mésothérapie hier", 1),
        ("ich hatte die Behandlung vor 3 Tagen", 3),
        ("miałam zabieg 2 tygodnie temu", 14),
        ("mezoterapia w zeszłym tygodniu", 7),
    ],
)
def test_a_stated_treatment_time_gives_the_treatment_date(text, days_before):
    found = treatment_date(text, NOW)
    assert found is not None
    assert found.treated_on == TODAY - timedelta(days=days_before)


@pytest.mark.parametrize(
    "text",
    [
        "the redness started 2 days ago",  # a time, but of the redness: no treatment named
        "I had meso",  # a treatment, no time
        "is it ok to sit in the sun after meso",  # "sun" is no Sunday
        "the redness is still there, is that normal?",
    ],
)
def test_no_treatment_date_without_both_a_treatment_and_a_time(text):
    assert treatment_date(text, NOW) is None


def test_a_time_with_no_treatment_is_still_a_time_of_the_message():
    stated = time_stated("the redness started 2 days ago", NOW)
    assert stated is not None and stated.days_before == 2
    assert time_stated("is this swelling still normal?", NOW) is None


def test_day_n_counts_calendar_days_from_the_treatment():
    treated = date(2026, 3, 16)
    assert day_after(treated, datetime(2026, 3, 16, 23, 0, tzinfo=timezone.utc)) == 0
    assert day_after(treated, datetime(2026, 3, 17, 0, 5, tzinfo=timezone.utc)) == 1
    assert day_after(treated, NOW + timedelta(days=19)) == 21
    assert day_after(date(2026, 4, 1), NOW) == 0  # never negative


def test_the_latest_treatment_time_in_the_conversation_wins():
    messages = [
        ("I had meso 3 weeks ago", NOW - timedelta(minutes=10)),
        ("sorry, my second session was yesterday", NOW - timedelta(minutes=5)),
        ("the redness is still there", NOW),
    ]
    found = latest_treatment(messages)
    assert found is not None and found.treated_on == TODAY - timedelta(days=1)


@pytest.mark.parametrize(
    "day, words",
    [
        (1, "day 1"),
        (5, "day 5"),
        (7, "1 weeks later"),
        (21, "3 weeks later"),
        (62, "8 weeks later"),
        (90, "3 months later"),
        (400, "8 months later"),
    ],
)
def test_day_n_is_written_in_the_lexicon_time_words(day, words):
    assert day_words(day) == words
