"""When a handoff ticket is due: the time by which the clinic must act, from
what the patient was told (assistant/handoff/next_steps.py) and the
clinic's opening hours. The reply and the ticket use these same rules, so
the console's "overdue" means "we broke what we promised".

    due = due_at(HandoffUrgency.SAME_DAY, calendars, now)   # aware datetime, clinic zone

Rules (the clinic counts as open while any location is open):
- emergency: the patient was told to call the emergency number, not to
  wait for us; the team checks on them within EMERGENCY_CHECK, whatever
  the hours (the urgent line is staffed for this).
- same day: "a clinician will call you within the hour" counts an hour of
  *opening* time: asked at 17:45 on a Friday with the clinic closing at
  18:00, the call is due 45 minutes after it opens again. Closed: an hour
  after it opens.
- review: "today or on the next working day": by the close of the next
  working day after today; closed now: by the close of the day it reopens.
- routine: "today": by today's close; closed now: by the close of the day
  it reopens.
With no opening hours to go by (no clinic loaded, or none within the
calendar's search window) each level falls back to a fixed delay (FALLBACK).

Plain Python over assistant.clinic.calendar.LocationCalendar: no database.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Iterator, List, Mapping, Sequence, Tuple

from assistant.clinic.calendar import SEARCH_DAYS, LocationCalendar
from assistant.handoff.payload import HandoffUrgency

EMERGENCY_CHECK = timedelta(minutes=15)
SAME_DAY_CALL = timedelta(hours=1)
FALLBACK: Mapping[HandoffUrgency, timedelta] = {
    HandoffUrgency.EMERGENCY: EMERGENCY_CHECK,
    HandoffUrgency.SAME_DAY: SAME_DAY_CALL,
    HandoffUrgency.REVIEW: timedelta(days=2),
    HandoffUrgency.ROUTINE: timedelta(days=1),
}

Span = Tuple[datetime, datetime]  # open from [0] (inclusive) to [1] (exclusive), clinic zone


def _day_spans(calendars: Sequence[LocationCalendar], day: date) -> List[Span]:
    """The clinic's opening spans on `day`: every location's intervals, overlaps merged."""
    spans = sorted(
        (datetime.combine(day, i.opens, tzinfo=c.zone), datetime.combine(day, i.closes, tzinfo=c.zone))
        for c in calendars
        for i in c.hours_on(day).intervals
    )
    merged: List[Span] = []
    for opens, closes in spans:
        if merged and opens <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], closes))
        else:
            merged.append((opens, closes))
    return merged


def _days(calendars: Sequence[LocationCalendar], now: datetime) -> Iterator[Tuple[date, List[Span]]]:
    """(day, spans) from the clinic's today on, for SEARCH_DAYS days."""
    today = now.astimezone(calendars[0].zone).date()
    for offset in range(SEARCH_DAYS):
        day = today + timedelta(days=offset)
        yield day, _day_spans(calendars, day)


def open_time_after(calendars: Sequence[LocationCalendar], now: datetime, amount: timedelta) -> datetime | None:
    """The moment when `amount` of opening time has passed since `now`
    (time while closed does not count)."""
    left = amount
    for _, spans in _days(calendars, now):
        for opens, closes in spans:
            if closes <= now:
                continue
            start = max(opens, now)
            if start + left <= closes:
                return start + left
            left -= closes - start
    return None


def _close_of_day(
    calendars: Sequence[LocationCalendar], now: datetime, *, after_today: bool
) -> datetime | None:
    """The last closing time of the first day with opening time left
    (`after_today`: of the first working day after today)."""
    today = now.astimezone(calendars[0].zone).date()
    for day, spans in _days(calendars, now):
        if after_today and day == today:
            continue
        if spans and spans[-1][1] > now:
            return spans[-1][1]
    return None


def is_open(calendars: Sequence[LocationCalendar], now: datetime) -> bool:
    return any(calendar.status_at(now).is_open for calendar in calendars)


def due_at(urgency: HandoffUrgency, calendars: Sequence[LocationCalendar], now: datetime) -> datetime:
    """When a ticket of this urgency opened at the aware moment `now` is due."""
    if now.tzinfo is None:
        raise ValueError(f"{now!r} has no time zone; pass an aware datetime")
    urgency = HandoffUrgency(urgency)
    due: datetime | None = None
    if urgency is HandoffUrgency.EMERGENCY:
        return now + EMERGENCY_CHECK
    if calendars:
        if urgency is HandoffUrgency.SAME_DAY:
            due = open_time_after(calendars, now, SAME_DAY_CALL)
        elif urgency is HandoffUrgency.REVIEW:
            due = _close_of_day(calendars, now, after_today=is_open(calendars, now))
        else:
            due = _close_of_day(calendars, now, after_today=False)
    return due if due is not None else now + FALLBACK[urgency]


def is_overdue(due: datetime | None, status: str, now: datetime) -> bool:
    """An unresolved ticket past its due time."""
    return due is not None and status != "resolved" and due <= now
