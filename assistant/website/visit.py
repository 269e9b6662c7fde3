"""What the "Visit us" page shows from the clinic database: each location's
address, phone and weekly opening hours (the same data the assistant answers from)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import List, Tuple

from sqlalchemy.engine import Engine

from assistant.clinic import list_locations, weekly_hours
from assistant.db import session_scope
from assistant.exceptions import DatabaseUnavailable

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LocationCard:
    name: str
    address: str
    phone: str
    directions: str | None
    hours: Tuple[str, ...]  # "Monday–Wednesday 9:00–18:00", ...


def location_cards(engine: Engine) -> List[LocationCard] | None:
    """The clinic's locations with their hours, or None if the database
    cannot be read (the page then points to the phone number)."""
    try:
        with session_scope(engine) as session:
            hours = {h.location: tuple(h.lines) for h in weekly_hours(session)}
            return [
                LocationCard(loc.name, loc.address, loc.phone, loc.directions, hours.get(loc.slug, ()))
                for loc in list_locations(session)
            ]
    except DatabaseUnavailable:
        logger.warning("The clinic database is unavailable; the Visit us page shows the phone number only.")
        return None
