"""Generating consultation slots from the rota (slot_rules), so the clinic
file describes a pattern instead of hundreds of literal slots.

`top_up_slots` is idempotent: it adds the slots the rules call for in the
coming `days_ahead` days that don't exist yet, and drops free slots that
have passed. Held and booked slots are never touched.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Dict, List, Set, Tuple

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from assistant.clinic.calendar import LocationCalendar
from assistant.clinic.hours import load_calendars
from assistant.db.models import ConsultationSlot, Location, SlotRule


def slot_starts(calendar: LocationCalendar, day: date, every: int, duration: int) -> List[datetime]:
    """Starts (UTC) of the slots that fit in `day`'s opening hours."""
    starts = []
    for interval in calendar.hours_on(day).intervals:
        # Step on the wall clock, then attach the zone: 09:00, 09:30... stay
        # 09:00, 09:30 local on both sides of a clock change.
        start = datetime.combine(day, interval.opens)
        closes = datetime.combine(day, interval.closes)
        while start + timedelta(minutes=duration) <= closes:
            starts.append(start.replace(tzinfo=calendar.zone).astimezone(timezone.utc))
            start += timedelta(minutes=every)
    return starts


def top_up_slots(session: Session, now: datetime) -> int:
    """Create the missing future slots for every rule; returns how many."""
    session.execute(
        delete(ConsultationSlot)
        .where(ConsultationSlot.status == "free", ConsultationSlot.starts_at <= now)
        .execution_options(synchronize_session=False)
    )
    calendars: Dict[str, LocationCalendar] = {c.location: c for c in load_calendars(session)}
    rules = session.execute(
        select(SlotRule, Location.slug).join(Location, SlotRule.location_id == Location.id)
    ).all()
    if not rules:
        return 0
    existing: Set[Tuple[int, datetime]] = set(
        session.execute(
            select(ConsultationSlot.practitioner_id, ConsultationSlot.starts_at).where(
                ConsultationSlot.starts_at > now
            )
        ).all()
    )
    rows = []
    for rule, location_slug in rules:
        calendar = calendars[location_slug]
        today = now.astimezone(calendar.zone).date()
        for offset in range(rule.days_ahead):
            day = today + timedelta(days=offset)
            if day.weekday() not in rule.weekdays:
                continue
            for start in slot_starts(calendar, day, rule.every_minutes, rule.duration_minutes):
                key = (rule.practitioner_id, start)
                if start > now and key not in existing:
                    existing.add(key)
                    rows.append(
                        {
                            "location_id": rule.location_id,
                            "practitioner_id": rule.practitioner_id,
                            "starts_at": start,
                            "duration_minutes": rule.duration_minutes,
                            "status": "free",
                        }
                    )
    if rows:
        session.execute(insert(ConsultationSlot), rows)
    return len(rows)
