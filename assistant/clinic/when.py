"""Understand when a patient means: "on Saturday", "tmrw", "at 7pm Thursday",
"christmas eve", "25 dec", "24/12", "half 5", relative to `now` in the
clinic's time zone.

Small and rule-based on purpose: every phrase it accepts is in the tests,
and anything it cannot read with confidence ("on Funday", "31 February",
"25:00") comes back as a `WhenError` explaining what was wrong, never as an
exception or a guess.

Conventions (UK English):
- A bare hour without am/pm is read the way clinic hours are spoken:
  1-7 -> afternoon/evening ("at 7", "half 5" = 17:30), 8-12 as said.
  A leading zero ("07:00") means the 24-hour clock.
- "this Saturday" and "Saturday" mean the coming one (today if it is
  Saturday); "next Saturday" is the first one after today.
- Dates without a year mean the next time that date comes (today counts).
- Day/month order for numbers: "24/12" is 24 December.
- Parts of the day stand for a typical time: morning 10:00, lunchtime 12:30,
  afternoon 14:00, evening and tonight 18:00.
"""

from __future__ import annotations

import calendar
import difflib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Callable, List, Tuple, Union
from zoneinfo import ZoneInfo

from assistant.clinic.values import MONTHS, WEEKDAYS, month_numbers


@dataclass(frozen=True)
class When:
    day: date
    time: time | None  # None: the whole day was meant
    zone: str  # IANA name of the clinic's zone

    @property
    def moment(self) -> datetime | None:
        """The aware instant, when a time of day was given."""
        if self.time is None:
            return None
        return datetime.combine(self.day, self.time, tzinfo=ZoneInfo(self.zone))


@dataclass(frozen=True)
class WhenError:
    message: str  # patient-facing: what could not be understood, and what works
    # "invalid": a day or time was given but is impossible or unknown
    # ("31 February", "25:00", "Funday"); "missing": no day or time at all.
    kind: str = "invalid"


WhenResult = Union[When, WhenError]

_MONTHS = month_numbers()
_MONTH_RX = "|".join(sorted(_MONTHS, key=len, reverse=True))

_WEEKDAY_WORDS = {
    **{name.lower(): index for index, name in enumerate(WEEKDAYS)},
    **{name.lower() + "s": index for index, name in enumerate(WEEKDAYS)},  # "saturdays"
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2,
    "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_WEEKDAY_RX = "|".join(sorted(_WEEKDAY_WORDS, key=len, reverse=True))

_TOMORROW_RX = r"tomorrow|tomorow|tommorow|tommorrow|tmrw|tmrow|tmr|tomoz|2moro|2morrow"

_HOLIDAYS: List[Tuple[str, int, int]] = [
    (r"christmas\s+eve", 12, 24),
    (r"christmas(?:\s+day)?", 12, 25),
    (r"boxing\s+day", 12, 26),
    (r"newyear\s+eve|nye", 12, 31),
    (r"newyear(?:\s+day)?", 1, 1),
]

_PARTS_OF_DAY = {
    "morning": time(10, 0),
    "lunchtime": time(12, 30),
    "lunch": time(12, 30),
    "afternoon": time(14, 0),
    "evening": time(18, 0),
    "tonight": time(18, 0),
}

_WEEKDAYS_LOWER = [d.lower() for d in WEEKDAYS]

# Words ending in "day" that are not a day we could look up.
_NOT_DAYS = {"today", "yesterday", "holiday", "holidays", "birthday", "weekday", "weekdays", "everyday"}


class _Text:
    """The phrase being read; matched parts are blanked out so that later
    patterns (times) don't re-read digits already used (dates)."""

    def __init__(self, text: str) -> None:
        self.value = text

    def take(self, pattern: str) -> re.Match | None:
        match = re.search(pattern, self.value)
        if match:
            start, end = match.span()
            self.value = self.value[:start] + " " * (end - start) + self.value[end:]
        return match


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\bxmas\b", "christmas", text)
    text = re.sub(r"\bnew\s*year'?s?\b", "newyear", text)
    text = re.sub(r"\bo'?\s?clock\b", "oclock", text)
    return " " + re.sub(r"\s+", " ", text).strip() + " "


def _next_date(today: date, month: int, day: int) -> date | None:
    """The next `day month` on or after today (29 Feb: the next leap year)."""
    for year in range(today.year, today.year + 9):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return None


def _date_from(today: date, day: int, month: int, year: int | None, said: str) -> Union[date, WhenError]:
    if not 1 <= month <= 12:
        return WhenError(f"“{said}” isn't a date: there is no month {month}. Try a date like “24 December”.")
    month_name = MONTHS[month - 1]
    longest = calendar.monthrange(2024, month)[1]  # 2024: leap year, so 29 Feb is allowed here
    if not 1 <= day <= longest:
        at_most = "at most " if month == 2 else ""
        return WhenError(f"“{said}” isn't a date: {month_name} has {at_most}{longest} days.")
    if year is None:
        found = _next_date(today, month, day)
        assert found is not None  # a valid day/month recurs within 8 years
        return found
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return WhenError(f"“{said}” isn't a date: {month_name} {year} has no {day}th.")


def _find_date(text: _Text, today: date) -> Union[date, WhenError, None]:
    for pattern, month, day in _HOLIDAYS:
        if text.take(rf"\b(?:{pattern})\b"):
            return _next_date(today, month, day)
    if text.take(rf"\bday after (?:{_TOMORROW_RX})\b"):
        return today + timedelta(days=2)
    if text.take(rf"\b(?:{_TOMORROW_RX})\b"):
        return today + timedelta(days=1)
    if text.take(r"\byesterday\b"):
        return today - timedelta(days=1)
    if text.take(r"\b(?:today|tonight|now)\b"):
        return today
    match = text.take(r"\bin\s+(\d{1,2}|a|one|two|three)\s+(day|week)s?\b")
    if match:
        count = {"a": 1, "one": 1, "two": 2, "three": 3}.get(match.group(1)) or int(match.group(1))
        return today + timedelta(days=count * (7 if match.group(2) == "week" else 1))

    match = text.take(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b")
    if match:
        year = int(match.group(3)) if match.group(3) else None
        return _date_from(today, int(match.group(1)), int(match.group(2)), year, match.group(0).strip())
    match = text.take(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RX})\b(?:\s+(\d{{4}}))?")
    if match:
        year = int(match.group(3)) if match.group(3) else None
        day, month = int(match.group(1)), _MONTHS[match.group(2)]
        return _date_from(today, day, month, year, f"{day} {MONTHS[month - 1]}")
    match = text.take(rf"\b({_MONTH_RX})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
    if match:
        year = int(match.group(3)) if match.group(3) else None
        day, month = int(match.group(2)), _MONTHS[match.group(1)]
        return _date_from(today, day, month, year, f"{day} {MONTHS[month - 1]}")
    match = text.take(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b")
    if match:
        return _day_of_month(today, int(match.group(1)), match.group(0).strip())
    return None


def _day_of_month(today: date, day: int, said: str) -> Union[date, WhenError]:
    """ "the 31st": this month if still to come, else the next month that has it."""
    if not 1 <= day <= 31:
        return WhenError(f"“{said}” isn't a day of the month.")
    year, month = today.year, today.month
    for _ in range(13):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) >= today:
            return date(year, month, day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return WhenError(f"“{said}” isn't a day of the month.")  # pragma: no cover


def _find_weekday(text: _Text, today: date) -> Union[Tuple[int, date], None]:
    match = text.take(rf"\b(?:(this|next|coming)\s+)?({_WEEKDAY_RX})\b")
    if match:
        weekday = _WEEKDAY_WORDS[match.group(2)]
        ahead = (weekday - today.weekday()) % 7
        if match.group(1) == "next" and ahead == 0:
            ahead = 7
        return weekday, today + timedelta(days=ahead)
    match = text.take(r"\b(?:this\s+|next\s+)?weekend\b")
    if match:
        if today.weekday() == 6:  # on a Sunday, "this weekend" is today
            return 6, today
        return 5, today + timedelta(days=(5 - today.weekday()) % 7)
    return None


def _unknown_day(text: _Text, today: date) -> Union[Tuple[int, date], WhenError, None]:
    """A word that looks like a day but isn't one we know: a close typo of a
    weekday ("wednsday") is read as that weekday, anything else is an error."""
    for match in re.finditer(r"\b([a-z]+day)s?\b", text.value):
        word = match.group(1)
        if word in _NOT_DAYS:
            continue
        close = difflib.get_close_matches(word, _WEEKDAYS_LOWER, n=1, cutoff=0.88)
        if close:
            weekday = _WEEKDAYS_LOWER.index(close[0])
            return weekday, today + timedelta(days=(weekday - today.weekday()) % 7)
        return WhenError(
            f"I don't know which day “{word.capitalize()}” is. Could you give a weekday or a date, "
            "like “Saturday” or “24 December”?"
        )
    return None


def _clock(hour: int, minute: int, said: str) -> Union[time, WhenError]:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return WhenError(f"“{said}” isn't a time of day. Try a time like “7pm” or “19:00”.")
    return time(hour, minute)


def _spoken_hour(hour: int, part_of_day: str | None) -> int:
    """A bare hour as people say clinic times: "at 7" is 19:00, "at 9" 09:00."""
    if hour >= 12 or hour == 0:
        return hour
    if part_of_day == "morning":
        return hour
    if part_of_day in ("afternoon", "evening", "tonight") or 1 <= hour <= 7:
        return hour + 12
    return hour


def _find_time(text: _Text, part_of_day: str | None) -> Union[time, WhenError, None]:
    if text.take(r"\b(?:noon|midday)\b"):
        return time(12, 0)
    if text.take(r"\bmidnight\b"):
        return time(0, 0)

    spoken: List[Tuple[str, Callable[[re.Match], Tuple[int, int]]]] = [
        (r"\bhalf\s+(?:past\s+)?(\d{1,2})\b", lambda m: (int(m.group(1)), 30)),
        (r"\bquarter\s+past\s+(\d{1,2})\b", lambda m: (int(m.group(1)), 15)),
        (r"\bquarter\s+to\s+(\d{1,2})\b", lambda m: (int(m.group(1)) - 1, 45)),
    ]
    for pattern, read in spoken:
        match = text.take(pattern)
        if match:
            hour, minute = read(match)
            if not 0 <= hour <= 12:
                return WhenError(f"“{match.group(0).strip()}” isn't a time of day.")
            return time(_spoken_hour(hour, part_of_day), minute)

    match = text.take(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?)(?![a-z])")
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        said = match.group(0).strip()
        if not 1 <= hour <= 12 or minute > 59:
            return WhenError(f"“{said}” isn't a time of day. Try a time like “7pm” or “19:00”.")
        pm = match.group(3).startswith("p")
        return time(hour % 12 + (12 if pm else 0), minute)

    match = text.take(r"\b(\d{1,2})[:.](\d{2})\b")
    if match:
        raw_hour, minute = match.group(1), int(match.group(2))
        checked = _clock(int(raw_hour), minute, match.group(0).strip())
        if isinstance(checked, WhenError) or raw_hour.startswith("0"):
            return checked  # "07:00" is the 24-hour clock
        return time(_spoken_hour(checked.hour, part_of_day), minute)

    match = text.take(r"\b(\d{1,2})\s*oclock\b") or text.take(
        r"\b(?:at|by|from|after|before|around|about|till|until)\s+(\d{1,2})\b(?!\s*(?:st|nd|rd|th)\b)"
    )
    if match:
        hour = int(match.group(1))
        if hour > 23:
            return WhenError(f"“{match.group(0).strip()}” isn't a time of day.")
        return time(_spoken_hour(hour, part_of_day), 0)
    return None


def parse_when(text: str, now: datetime, zone: Union[str, ZoneInfo]) -> WhenResult:
    """The day and time `text` refers to, relative to the aware `now`, in
    the clinic's `zone`; a `WhenError` when it can't be read with confidence."""
    if now.tzinfo is None:
        raise ValueError(f"{now!r} has no time zone; pass an aware datetime")
    tz = zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
    local_now = now.astimezone(tz)
    today = local_now.date()
    phrase = _Text(_normalise(text or ""))

    is_now = re.search(r"\b(?:right now|now)\b", phrase.value) is not None
    part_match = re.search(r"\b(morning|lunchtime|lunch|afternoon|evening|tonight)\b", phrase.value)
    part_of_day = part_match.group(1) if part_match else None

    found = _find_date(phrase, today)
    if isinstance(found, WhenError):
        return found
    weekday = _find_weekday(phrase, today)
    if weekday is None and found is None:
        unknown = _unknown_day(phrase, today)
        if isinstance(unknown, WhenError):
            return unknown
        weekday = unknown
    if weekday is not None and found is not None and found.weekday() != weekday[0]:
        return WhenError(
            f"{found.day} {MONTHS[found.month - 1]} {found.year} is a {WEEKDAYS[found.weekday()]}, "
            f"not a {WEEKDAYS[weekday[0]]}. Which did you mean?"
        )
    day = found or (weekday[1] if weekday else None)

    clock = _find_time(phrase, part_of_day)
    if isinstance(clock, WhenError):
        return clock
    if clock is None and part_of_day:
        clock = _PARTS_OF_DAY[part_of_day]
    if clock is None and is_now and day in (None, today):
        clock = local_now.time().replace(tzinfo=None)

    if day is None and clock is None:
        return WhenError(
            "I couldn't tell which day or time you mean. Could you give a day or a time, "
            "like “Saturday”, “tomorrow at 7pm” or “24 December”?",
            kind="missing",
        )
    return When(day=day or today, time=clock, zone=tz.key)
