"""Who treats patients: names, roles, qualifications and professional
registrations, by location and treatment; "is the injector a doctor?"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Tuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.clinic import matching
from assistant.clinic._rows import clinic_row, location_rows, treatment_row
from assistant.clinic.clinic_spec import REGULATORS
from assistant.db.models import Practitioner


@dataclass(frozen=True)
class PractitionerInfo:
    slug: str
    name: str
    role: str
    qualifications: str
    registration: str | None  # "GMC 0000001"; None when not registered
    profession: str | None  # "doctor", "nurse", "dentist"... from the regulator
    bio: str
    locations: Tuple[str, ...]  # slugs
    treatments: Tuple[str, ...]  # slugs

    @property
    def is_doctor(self) -> bool:
        return self.profession == "doctor"


@dataclass(frozen=True)
class DoctorCheck:
    """Answer to "is the injector a doctor?" for a treatment and/or location."""

    practitioners: Tuple[PractitionerInfo, ...]  # everyone who performs it

    @property
    def doctors(self) -> Tuple[PractitionerInfo, ...]:
        return tuple(p for p in self.practitioners if p.is_doctor)

    @property
    def all_doctors(self) -> bool:
        return bool(self.practitioners) and len(self.doctors) == len(self.practitioners)


def _info(row: Practitioner) -> PractitionerInfo:
    registration = f"{row.registration_body} {row.registration_number}" if row.registration_body else None
    return PractitionerInfo(
        slug=row.slug,
        name=row.name,
        role=row.role,
        qualifications=row.qualifications,
        registration=registration,
        profession=REGULATORS.get(row.registration_body or ""),
        bio=row.bio,
        locations=tuple(loc.slug for loc in row.locations),
        treatments=tuple(t.slug for t in row.treatments),
    )


def list_practitioners(
    session: Session, location: str | None = None, treatment: str | None = None
) -> List[PractitionerInfo]:
    """Practitioners in file order, optionally only those working at
    `location` and/or performing `treatment` (slugs; unknown ones raise)."""
    if location is not None:
        location_rows(session, location)  # raises UnknownLocation
    if treatment is not None:
        treatment_row(session, treatment)  # raises UnknownTreatment
    rows = session.execute(
        select(Practitioner)
        .where(Practitioner.clinic_id == clinic_row(session).id)
        .order_by(Practitioner.position)
    ).scalars()
    people = [_info(row) for row in rows]
    return [
        p
        for p in people
        if (location is None or location in p.locations) and (treatment is None or treatment in p.treatments)
    ]


_TITLES = {"dr", "mr", "mrs", "ms", "miss", "prof", "professor"}


def _names(person: PractitionerInfo) -> Tuple[str, ...]:
    """Full name, slug, and each first or last name ("Hart", "Sarah")."""
    parts = [part for part in person.name.split() if part.lower().strip(".") not in _TITLES and len(part) > 2]
    return (person.name, person.slug.replace("-", " "), *parts)


def find_practitioner(session: Session, text: str) -> PractitionerInfo | None:
    """The one practitioner `text` clearly names ("Dr Hart", "sarah")."""
    people = list_practitioners(session)
    ranked = matching.rank(text, people, _names)
    winners, clear = matching.best_match(ranked)
    return winners[0] if clear else None


def doctor_check(
    session: Session, treatment: str | None = None, location: str | None = None
) -> DoctorCheck:
    """Who performs `treatment` (at `location`), and which of them are doctors."""
    people = list_practitioners(session, location=location, treatment=treatment)
    if treatment is None:
        people = [p for p in people if p.treatments]
    return DoctorCheck(tuple(people))
