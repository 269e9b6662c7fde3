"""Urgency levels of the triage matrix and their order.

The screen only ever raises urgency, so everything that combines findings
needs one ordering: emergency > same_day > review (and None, no escalation,
below all of them).
"""

from __future__ import annotations

import enum
from typing import Iterable


class Urgency(str, enum.Enum):
    EMERGENCY = "emergency"
    SAME_DAY = "same_day"
    REVIEW = "review"

    @property
    def rank(self) -> int:
        """Higher is more urgent: review 1, same_day 2, emergency 3."""
        return _RANK[self]

    # A str enum would otherwise compare alphabetically ("emergency" < "review"), so a
    # check such as `urgency >= Urgency.SAME_DAY` would silently fail an emergency.
    def __lt__(self, other: object) -> bool:
        return self.rank < other.rank if isinstance(other, Urgency) else NotImplemented

    def __le__(self, other: object) -> bool:
        return self.rank <= other.rank if isinstance(other, Urgency) else NotImplemented

    def __gt__(self, other: object) -> bool:
        return self.rank > other.rank if isinstance(other, Urgency) else NotImplemented

    def __ge__(self, other: object) -> bool:
        return self.rank >= other.rank if isinstance(other, Urgency) else NotImplemented


_RANK = {Urgency.REVIEW: 1, Urgency.SAME_DAY: 2, Urgency.EMERGENCY: 3}


def rank(urgency: Urgency | None) -> int:
    """The urgency's rank; 0 for None (no escalation)."""
    return 0 if urgency is None else _RANK[urgency]


def max_urgency(levels: Iterable[Urgency | None]) -> Urgency | None:
    """The most urgent of the levels, or None if there is none."""
    best: Urgency | None = None
    for level in levels:
        if rank(level) > rank(best):
            best = level
    return best


def at_least(urgency: Urgency | None, minimum: Urgency) -> bool:
    """Whether urgency is the minimum level or more urgent."""
    return rank(urgency) >= rank(minimum)
