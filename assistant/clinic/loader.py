"""Loading a clinic file into the database.

The file is checked completely first (`read_clinic_file` reports every
error); then, inside the caller's transaction, the clinic's catalogue is
replaced wholesale: locations, hours, closures, special hours,
practitioners, treatments, slot rules and free slots. Running it twice
with the same file gives the same data.

What survives a reload: booking requests (patients' records, never deleted),
and future held or booked slots whose location and practitioner still exist,
re-linked to their booking requests.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, List, Tuple

from sqlalchemy import delete, false, func, select, text, update
from sqlalchemy.orm import Session

from assistant.clinic.clinic_file import ClinicFile, read_clinic_file
from assistant.clinic.profile import has_clinic
from assistant.clinic.slot_rules import top_up_slots
from assistant.db.models import (
    BookingRequest,
    Clinic,
    Closure,
    ConsultationSlot,
    Location,
    OpeningHours,
    Practitioner,
    SlotRule,
    SpecialHours,
    Treatment,
    TreatmentPackage,
)


@dataclass(frozen=True)
class LoadSummary:
    clinic: str
    locations: int
    practitioners: int
    treatments: int
    closures: int
    special_hours: int
    slots_created: int
    slots_kept: int  # held or booked slots carried over from before the reload
    booking_requests: int  # all stored requests (a reload never removes any)

    def describe(self) -> str:
        return (
            f"Loaded {self.clinic}: {self.locations} locations, {self.practitioners} practitioners, "
            f"{self.treatments} treatments, {self.closures} closures, "
            f"{self.special_hours} special-hours days; "
            f"{self.slots_created} new consultation slots, {self.slots_kept} held/booked slots kept; "
            f"{self.booking_requests} booking requests on record."
        )


@dataclass(frozen=True)
class _KeptSlot:
    location: str
    practitioner: str
    starts_at: datetime
    duration_minutes: int
    status: str
    request_ids: Tuple[int, ...]


def _taken_slots(session: Session, clinic_id: int, now: datetime) -> List[_KeptSlot]:
    rows = session.execute(
        select(ConsultationSlot, Location.slug, Practitioner.slug)
        .join(Location, ConsultationSlot.location_id == Location.id)
        .join(Practitioner, ConsultationSlot.practitioner_id == Practitioner.id)
        .where(
            Location.clinic_id == clinic_id,
            ConsultationSlot.status != "free",
            ConsultationSlot.starts_at > now,
        )
    ).all()
    kept = []
    for slot, location, practitioner in rows:
        requests = session.execute(
            select(BookingRequest.id).where(BookingRequest.slot_id == slot.id)
        ).scalars()
        kept.append(
            _KeptSlot(
                location, practitioner, slot.starts_at, slot.duration_minutes, slot.status, tuple(requests)
            )
        )
    return kept


def _replace_clinic_row(session: Session, spec: ClinicFile) -> Clinic:
    """Update the database's one clinic in place (or create it), after
    deleting its catalogue; database cascades remove hours, slots, links."""
    clinic = session.execute(select(Clinic).order_by(Clinic.id).limit(1)).scalar_one_or_none()
    if clinic is None:
        clinic = Clinic()
        session.add(clinic)
    else:
        for model in (Closure, SpecialHours, Location, Practitioner, Treatment):
            session.execute(
                delete(model).where(model.clinic_id == clinic.id).execution_options(synchronize_session=False)
            )
        session.expire_all()  # the bulk deletes bypassed the identity map
    for column, value in _values(spec.clinic).items():
        setattr(clinic, column, value)
    session.flush()
    return clinic


def _values(spec: Any, *exclude: str) -> Dict[str, Any]:
    """A spec's fields as column values: spec fields are named after the
    model columns they fill, so nothing is copied by hand (or forgotten)."""
    return {f.name: getattr(spec, f.name) for f in fields(spec) if f.name not in exclude}


def _insert_catalogue(
    session: Session, clinic: Clinic, spec: ClinicFile
) -> Tuple[Dict[str, Location], Dict[str, Practitioner]]:
    locations: Dict[str, Location] = {}
    for position, loc in enumerate(spec.locations):
        row = Location(clinic_id=clinic.id, position=position, **_values(loc, "weekly"))
        row.hours = [
            OpeningHours(weekday=day, opens=interval.opens, closes=interval.closes)
            for day, intervals in enumerate(loc.weekly)
            for interval in intervals
        ]
        locations[loc.slug] = row
    treatments: Dict[str, Treatment] = {}
    for position, t in enumerate(spec.treatments):
        row = Treatment(clinic_id=clinic.id, position=position, **_values(t, "packages"))
        row.packages = [TreatmentPackage(**_values(package)) for package in t.packages]
        treatments[t.slug] = row
    practitioners: Dict[str, Practitioner] = {}
    for position, p in enumerate(spec.practitioners):
        practitioners[p.slug] = Practitioner(
            clinic_id=clinic.id,
            position=position,
            locations=[locations[slug] for slug in p.locations],
            treatments=[treatments[slug] for slug in p.treatments],
            **_values(p, "locations", "treatments"),
        )
    session.add_all([*locations.values(), *treatments.values(), *practitioners.values()])
    session.flush()

    def where(slugs: Tuple[str, ...]) -> List[int | None]:
        return [locations[s].id for s in slugs] if slugs else [None]  # None: the whole clinic

    for closure in spec.closures:
        rule = closure.rule
        session.add_all(
            Closure(
                clinic_id=clinic.id,
                location_id=location_id,
                starts_on=rule.starts_on,
                ends_on=rule.ends_on,
                repeats_yearly=rule.yearly,
                reason=rule.reason,
            )
            for location_id in where(closure.locations)
        )
    for special in spec.special_hours:
        rule = special.rule
        session.add_all(
            SpecialHours(
                clinic_id=clinic.id,
                location_id=location_id,
                on_date=rule.starts_on,
                repeats_yearly=rule.yearly,
                opens=interval.opens,
                closes=interval.closes,
                reason=rule.reason,
            )
            for location_id in where(special.locations)
            for interval in special.intervals
        )
    session.add_all(
        SlotRule(
            location_id=locations[r.location].id,
            practitioner_id=practitioners[r.practitioner].id,
            **_values(r, "location", "practitioner"),
        )
        for r in spec.slot_rules
    )
    session.flush()
    return locations, practitioners


def _restore(
    session: Session,
    kept: List[_KeptSlot],
    locations: Dict[str, Location],
    practitioners: Dict[str, Practitioner],
) -> int:
    restored = 0
    for slot in kept:
        if slot.location not in locations or slot.practitioner not in practitioners:
            continue  # gone from the file; the requests keep their preferred time
        row = ConsultationSlot(
            location_id=locations[slot.location].id,
            practitioner_id=practitioners[slot.practitioner].id,
            **_values(slot, "location", "practitioner", "request_ids"),
        )
        session.add(row)
        session.flush()
        if slot.request_ids:
            session.execute(
                update(BookingRequest)
                .where(BookingRequest.id.in_(slot.request_ids))
                .values(slot_id=row.id)
                .execution_options(synchronize_session=False)
            )
        restored += 1
    return restored


# PostgreSQL advisory lock key held while loading (any fixed 64-bit number).
LOAD_LOCK_KEY = 7_301_002


def _one_loader_at_a_time(session: Session) -> None:
    """Take the database's write lock before looking at what's there, so two
    processes loading at once (say, two `ensure-demo`s) run one after the
    other instead of both inserting a clinic. Held until commit."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOAD_LOCK_KEY})
    else:
        # SQLite: any write statement takes the write lock, even one that changes nothing.
        session.execute(update(Clinic).where(false()).values(name=Clinic.name))


def load_clinic(session: Session, spec: ClinicFile, now: datetime) -> LoadSummary:
    """Replace the database's clinic with `spec` (in the caller's
    transaction: use `session_scope`, so a failure loads nothing)."""
    _one_loader_at_a_time(session)
    existing = session.execute(select(Clinic.id).order_by(Clinic.id).limit(1)).scalar_one_or_none()
    kept = _taken_slots(session, existing, now) if existing is not None else []
    clinic = _replace_clinic_row(session, spec)
    locations, practitioners = _insert_catalogue(session, clinic, spec)
    restored = _restore(session, kept, locations, practitioners)
    created = top_up_slots(session, now)
    return LoadSummary(
        clinic=clinic.name,
        locations=len(spec.locations),
        practitioners=len(spec.practitioners),
        treatments=len(spec.treatments),
        closures=len(spec.closures),
        special_hours=len(spec.special_hours),
        slots_created=created,
        slots_kept=restored,
        booking_requests=session.execute(select(func.count()).select_from(BookingRequest)).scalar_one(),
    )


def load_clinic_file(session: Session, path: str | Path, now: datetime) -> LoadSummary:
    """Check the file (ClinicFileInvalid lists every error) and load it."""
    return load_clinic(session, read_clinic_file(path), now)


def ensure_clinic(session: Session, path: str | Path, now: datetime) -> LoadSummary | None:
    """Load `path` only if the database has no clinic yet; otherwise keep
    the clinic as it is and just top up its consultation slots. Returns the
    load summary, or None when nothing was loaded."""
    _one_loader_at_a_time(session)
    if has_clinic(session):
        top_up_slots(session, now)
        return None
    return load_clinic(session, read_clinic_file(path), now)
