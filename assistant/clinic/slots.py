"""Consultation slots: the next free ones (by location, practitioner or
day), and holding or booking one atomically.

Holding is a single conditional UPDATE ... WHERE status = 'free': the
database serialises concurrent writers, so of two patients choosing the
same slot exactly one gets it and the other gets SlotTaken, on SQLite and
PostgreSQL alike, with no read-then-write race.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import List, Tuple
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from assistant.clinic._rows import clinic_row, clinic_zone, location_rows, practitioner_row
from assistant.clinic.formatting import format_day
from assistant.db.models import ConsultationSlot, Location, Practitioner
from assistant.exceptions import SlotNotFound, SlotTaken, SlotUnavailable


@dataclass(frozen=True)
class SlotInfo:
    id: int
    starts_at: datetime  # in the clinic's zone
    duration_minutes: int
    location: str
    location_name: str
    practitioner: str
    practitioner_name: str
    status: str  # free | held | booked

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


def _query() -> Select:
    return (
        select(ConsultationSlot, Location.slug, Location.name, Practitioner.slug, Practitioner.name)
        .join(Location, ConsultationSlot.location_id == Location.id)
        .join(Practitioner, ConsultationSlot.practitioner_id == Practitioner.id)
    )


def _info(row: Row, zone: ZoneInfo) -> SlotInfo:
    slot, location_slug, location_name, practitioner_slug, practitioner_name = row
    return SlotInfo(
        id=slot.id,
        starts_at=slot.starts_at.astimezone(zone),
        duration_minutes=slot.duration_minutes,
        location=location_slug,
        location_name=location_name,
        practitioner=practitioner_slug,
        practitioner_name=practitioner_name,
        status=slot.status,
    )


def next_free_slots(
    session: Session,
    now: datetime,
    *,
    location: str | None = None,
    practitioner: str | None = None,
    day: date | None = None,
    limit: int = 5,
) -> List[SlotInfo]:
    """The earliest free slots starting after `now`, optionally at one
    location, with one practitioner, or on one calendar day (in the
    clinic's zone). Unknown slugs raise UnknownLocation/UnknownPractitioner."""
    zone = clinic_zone(session)
    query = _query().where(ConsultationSlot.status == "free", ConsultationSlot.starts_at > now)
    if location is not None:
        query = query.where(ConsultationSlot.location_id == location_rows(session, location)[0].id)
    if practitioner is not None:
        query = query.where(ConsultationSlot.practitioner_id == practitioner_row(session, practitioner).id)
    if day is not None:
        # The local day's bounds as instants: 23 or 25 hours long on clock-change days.
        start = datetime.combine(day, time(0), tzinfo=zone)
        end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
        query = query.where(ConsultationSlot.starts_at >= start, ConsultationSlot.starts_at < end)
    query = query.order_by(ConsultationSlot.starts_at, Practitioner.position, ConsultationSlot.id).limit(
        limit
    )
    return [_info(row, zone) for row in session.execute(query).all()]


def get_slot(session: Session, slot_id: int) -> SlotInfo:
    row = session.execute(_query().where(ConsultationSlot.id == slot_id)).first()
    if row is None:
        raise SlotNotFound(f"There is no consultation slot {slot_id}; show the patient the next free slots.")
    return _info(row, clinic_zone(session))


def _change(session: Session, slot_id: int, now: datetime, old: Tuple[str, ...], new: str) -> SlotInfo:
    clinic_row(session)  # ClinicNotLoaded before anything else
    result = session.execute(
        update(ConsultationSlot)
        .where(
            ConsultationSlot.id == slot_id,
            ConsultationSlot.status.in_(old),
            ConsultationSlot.starts_at > now,
        )
        .values(status=new)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount == 1:
        return get_slot(session, slot_id)
    slot = get_slot(session, slot_id)  # raises SlotNotFound
    when = f"{slot.starts_at:%H:%M} on {format_day(slot.starts_at.date())}"
    if slot.starts_at <= now:
        raise SlotUnavailable(f"The slot at {when} has already started.")
    if new == "free":
        raise SlotUnavailable(f"The slot at {when} is {slot.status}, not held; nothing to release.")
    raise SlotTaken(
        f"The slot at {when} with {slot.practitioner_name} was just taken; offer the next free slots."
    )


def hold_slot(session: Session, slot_id: int, now: datetime) -> SlotInfo:
    """Free -> held (for a booking request awaiting staff confirmation).
    Raises SlotTaken if someone else got there first."""
    return _change(session, slot_id, now, ("free",), "held")


def book_slot(session: Session, slot_id: int, now: datetime) -> SlotInfo:
    """Free or held -> booked (staff confirming). Raises SlotTaken if already booked."""
    return _change(session, slot_id, now, ("free", "held"), "booked")


def release_slot(session: Session, slot_id: int, now: datetime) -> SlotInfo:
    """Held -> free again (request withdrawn)."""
    return _change(session, slot_id, now, ("held",), "free")
