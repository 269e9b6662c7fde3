"""The clinic's locations: addresses, phone numbers, directions, parking,
and finding one from what a patient typed ("the Leeds one")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Tuple

from sqlalchemy.orm import Session

from assistant.clinic import matching
from assistant.clinic._rows import location_rows
from assistant.db.models import Location


@dataclass(frozen=True)
class LocationInfo:
    slug: str
    name: str
    aliases: Tuple[str, ...]
    address: str
    phone: str
    directions: str | None
    parking: str | None


def _info(row: Location) -> LocationInfo:
    return LocationInfo(
        slug=row.slug,
        name=row.name,
        aliases=tuple(row.aliases or ()),
        address=row.address,
        phone=row.phone,
        directions=row.directions,
        parking=row.parking,
    )


def list_locations(session: Session) -> List[LocationInfo]:
    return [_info(row) for row in location_rows(session)]


def get_location(session: Session, slug: str) -> LocationInfo:
    """The location with `slug`; UnknownLocation lists the known ones."""
    return _info(location_rows(session, slug)[0])


def find_location(session: Session, text: str) -> LocationInfo | None:
    """The one location `text` clearly names ("the leeds one", "york clinic",
    "LS1"), or None when it names none or several."""
    locations = list_locations(session)
    ranked = matching.rank(text, locations, lambda loc: (loc.name, loc.slug.replace("-", " "), *loc.aliases))
    winners, clear = matching.best_match(ranked)
    return winners[0] if clear else None
