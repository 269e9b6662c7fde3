"""Row lookups shared by the query modules (internal: they return ORM rows,
which never leave the package; public functions return dataclasses).

The database holds one clinic: the loader replaces it on every load.
"""

from __future__ import annotations

from typing import List
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.db.models import Clinic, Location, Practitioner, Treatment
from assistant.exceptions import ClinicNotLoaded, UnknownLocation, UnknownPractitioner, UnknownTreatment


def clinic_row(session: Session) -> Clinic:
    clinic = session.execute(select(Clinic).order_by(Clinic.id).limit(1)).scalar_one_or_none()
    if clinic is None:
        raise ClinicNotLoaded()
    return clinic


def clinic_zone(session: Session) -> ZoneInfo:
    return ZoneInfo(clinic_row(session).time_zone)


def location_rows(session: Session, slug: str | None = None) -> List[Location]:
    """All locations in file order, or the one with `slug` (UnknownLocation if none)."""
    clinic = clinic_row(session)
    rows = list(
        session.execute(
            select(Location).where(Location.clinic_id == clinic.id).order_by(Location.position)
        ).scalars()
    )
    if slug is None:
        return rows
    chosen = [row for row in rows if row.slug == slug]
    if not chosen:
        raise UnknownLocation(slug, [row.slug for row in rows])
    return chosen


def treatment_row(session: Session, slug: str) -> Treatment:
    clinic = clinic_row(session)
    found = session.execute(
        select(Treatment).where(Treatment.clinic_id == clinic.id, Treatment.slug == slug)
    ).scalar_one_or_none()
    if found is None:
        known = session.execute(select(Treatment.slug).where(Treatment.clinic_id == clinic.id)).scalars()
        raise UnknownTreatment(slug, sorted(known))
    return found


def practitioner_row(session: Session, slug: str) -> Practitioner:
    clinic = clinic_row(session)
    found = session.execute(
        select(Practitioner).where(Practitioner.clinic_id == clinic.id, Practitioner.slug == slug)
    ).scalar_one_or_none()
    if found is None:
        known = session.execute(
            select(Practitioner.slug).where(Practitioner.clinic_id == clinic.id)
        ).scalars()
        raise UnknownPractitioner(slug, sorted(known))
    return found
