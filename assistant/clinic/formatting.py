"""Patient-facing wording for prices, times and schedules, so every answer
shows them the same way ("£1,020", "9:00–18:00", "Monday–Wednesday ...")."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import List, Sequence, Tuple
from zoneinfo import ZoneInfo

from assistant.clinic.values import MONTHS, WEEKDAYS, Money, PriceRange, TimeRange

CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}
DASH = "–"  # en dash, as in "9:00–18:00"


def format_money(money: Money) -> str:
    """£30, £49.50, £1,020; an unknown currency shows its code (CHF 30)."""
    whole, pence = divmod(abs(money.minor), 100)
    number = f"{whole:,}" if pence == 0 else f"{whole:,}.{pence:02d}"
    sign = "-" if money.minor < 0 else ""
    symbol = CURRENCY_SYMBOLS.get(money.currency)
    return f"{sign}{symbol}{number}" if symbol else f"{sign}{money.currency} {number}"


def format_fee(money: Money) -> str:
    """A fee that may be zero: "free" or the amount."""
    return "free" if money.minor == 0 else format_money(money)


def format_price(price: PriceRange) -> str:
    if price.is_single:
        return format_money(price.low)
    return f"{format_money(price.low)}{DASH}{format_money(price.high)}"


def format_time(value: time) -> str:
    return f"{value.hour}:{value.minute:02d}"


def format_interval(interval: TimeRange) -> str:
    return f"{format_time(interval.opens)}{DASH}{format_time(interval.closes)}"


def format_intervals(intervals: Sequence[TimeRange]) -> str:
    """ "9:00–13:00 and 14:00–18:00", or "closed" for none."""
    if not intervals:
        return "closed"
    parts = [format_interval(i) for i in intervals]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def format_day(day: date) -> str:
    """ "Wednesday 24 December"."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def format_moment(moment: datetime, zone: ZoneInfo) -> str:
    """An instant as the clinic's wall clock shows it: "Thursday 12 June at 19:00"."""
    local = moment.astimezone(zone)
    return f"{format_day(local.date())} at {format_time(local.time())}"


def format_weekly(days: Sequence[Sequence[TimeRange]]) -> List[str]:
    """Seven days of intervals (Monday first) as lines, grouping consecutive
    days with the same hours: ["Monday–Wednesday 9:00–18:00", ..., "Sunday closed"]."""
    return [f"{span} {hours}" for span, hours in format_weekly_pairs(days)]


def format_weekly_pairs(days: Sequence[Sequence[TimeRange]]) -> List[Tuple[str, str]]:
    """The same as (days, hours) pairs: [("Monday–Wednesday", "9:00–18:00"), ..., ("Sunday", "closed")]."""
    groups: List[Tuple[int, int, Tuple[TimeRange, ...]]] = []
    for index, intervals in enumerate(days):
        key = tuple(intervals)
        if groups and groups[-1][2] == key:
            groups[-1] = (groups[-1][0], index, key)
        else:
            groups.append((index, index, key))
    pairs = []
    for first, last, intervals in groups:
        span = WEEKDAYS[first] if first == last else f"{WEEKDAYS[first]}{DASH}{WEEKDAYS[last]}"
        pairs.append((span, format_intervals(intervals)))
    return pairs
