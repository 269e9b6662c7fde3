from datetime import date, datetime, time, timezone

import pytest

from assistant.clinic.formatting import (
    format_day,
    format_fee,
    format_intervals,
    format_moment,
    format_money,
    format_price,
    format_weekly,
)
from assistant.clinic.values import Money, PriceRange, TimeRange
from tests.assistant.clinic.conftest import LONDON


@pytest.mark.parametrize(
    "money, text",
    [
        (Money(3000, "GBP"), "£30"),
        (Money(4950, "GBP"), "£49.50"),
        (Money(102000, "GBP"), "£1,020"),
        (Money(3000, "EUR"), "€30"),
        (Money(3000, "CHF"), "CHF 30"),
    ],
)
def test_money_is_shown_with_its_currency_symbol(money, text):
    assert format_money(money) == text


def test_a_zero_fee_is_free_and_a_range_uses_a_dash():
    assert format_fee(Money(0, "GBP")) == "free"
    assert format_price(PriceRange(Money(15000, "GBP"), Money(18000, "GBP"))) == "£150–£180"
    assert format_price(PriceRange(Money(18000, "GBP"), Money(18000, "GBP"))) == "£180"


def test_days_and_moments_read_naturally_in_the_clinic_zone():
    assert format_day(date(2025, 12, 24)) == "Wednesday 24 December"
    assert (
        format_moment(datetime(2025, 6, 12, 18, 0, tzinfo=timezone.utc), LONDON)
        == "Thursday 12 June at 19:00"
    )


def test_the_weekly_schedule_groups_consecutive_days_with_the_same_hours():
    nine_six = (TimeRange(time(9), time(18)),)
    split = (TimeRange(time(9), time(13)), TimeRange(time(14), time(18)))
    days = (nine_six, nine_six, split, (TimeRange(time(9), time(20)),), nine_six, (), ())

    assert format_weekly(days) == [
        "Monday–Tuesday 9:00–18:00",
        "Wednesday 9:00–13:00 and 14:00–18:00",
        "Thursday 9:00–20:00",
        "Friday 9:00–18:00",
        "Saturday–Sunday closed",
    ]
    assert format_intervals(()) == "closed"
