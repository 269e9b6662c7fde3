"""Treatments on offer, their protocol (session length, course, interval),
prices and packages; finding one from what a patient typed ("hair meso",
"skin booster"), and suggesting what is offered when it isn't."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Tuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.clinic import matching
from assistant.clinic._rows import clinic_row, treatment_row
from assistant.clinic.values import Money, PriceRange
from assistant.db.models import Treatment

# Words that point to an area when the treatment itself isn't offered
# ("lip filler" -> face), so suggestions are relevant.
AREA_WORDS = {
    "face": "face facial cheek cheeks lip lips eye eyes forehead wrinkle wrinkles lines skin glow "
    "neck chin jaw",
    "hair": "hair scalp bald balding alopecia thinning",
    "body": "body cellulite thigh thighs belly stomach tummy arms bum buttocks fat stretch",
    "acne-scars": "acne scar scars scarring spots pitted",
    "needle-free": "needle needles needleless painless",
}


@dataclass(frozen=True)
class Package:
    name: str
    sessions: int
    price: Money

    @property
    def per_session(self) -> Money:
        return Money(round(self.price.minor / self.sessions), self.price.currency)


@dataclass(frozen=True)
class TreatmentInfo:
    slug: str
    name: str
    area: str
    synonyms: Tuple[str, ...]
    description: str
    session_minutes: int
    typical_course: str  # "3–6 sessions"
    session_interval: str  # "2–4 weeks apart"
    price: PriceRange  # per session
    packages: Tuple[Package, ...]  # by number of sessions


@dataclass(frozen=True)
class TreatmentMatch:
    """What `find_treatment` understood.

    found        `treatment` is the one meant
    ambiguous    several fit equally well: ask which, from `options`
    not_offered  the clinic doesn't offer it: `options` are suggestions
    """

    kind: str  # "found" | "ambiguous" | "not_offered"
    treatment: TreatmentInfo | None
    options: Tuple[TreatmentInfo, ...]


def _info(row: Treatment) -> TreatmentInfo:
    return TreatmentInfo(
        slug=row.slug,
        name=row.name,
        area=row.area,
        synonyms=tuple(row.synonyms or ()),
        description=row.description,
        session_minutes=row.session_minutes,
        typical_course=row.typical_course,
        session_interval=row.session_interval,
        price=PriceRange(Money(row.price_from_minor, row.currency), Money(row.price_to_minor, row.currency)),
        packages=tuple(Package(p.name, p.sessions, Money(p.price_minor, row.currency)) for p in row.packages),
    )


def list_treatments(session: Session, area: str | None = None) -> List[TreatmentInfo]:
    """Treatments in the clinic file's order, optionally only one area."""
    query = (
        select(Treatment).where(Treatment.clinic_id == clinic_row(session).id).order_by(Treatment.position)
    )
    if area is not None:
        query = query.where(Treatment.area == area)
    return [_info(row) for row in session.execute(query).scalars()]


def get_treatment(session: Session, slug: str) -> TreatmentInfo:
    """The treatment with `slug`; UnknownTreatment lists the known ones."""
    return _info(treatment_row(session, slug))


def find_treatment(session: Session, text: str) -> TreatmentMatch:
    treatments = list_treatments(session)
    ranked = matching.rank(text, treatments, lambda t: (t.name, t.slug.replace("-", " "), *t.synonyms))
    winners, clear = matching.best_match(ranked)
    if clear:
        return TreatmentMatch("found", winners[0], ())
    if winners:
        return TreatmentMatch("ambiguous", None, tuple(t for t in treatments if t in winners))
    words = set(matching.normalise(text).split())
    areas = {area for area, vocabulary in AREA_WORDS.items() if words & set(vocabulary.split())}
    related = [t for t in treatments if t.area in areas]
    return TreatmentMatch("not_offered", None, tuple(related or treatments))


def package_for(session: Session, slug: str, sessions: int) -> Package | None:
    """ "Is there a package for 6 sessions?": that package, or None."""
    for package in get_treatment(session, slug).packages:
        if package.sessions == sessions:
            return package
    return None
