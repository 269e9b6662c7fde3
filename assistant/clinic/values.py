"""Small value types shared by the clinic query functions. Plain, frozen,
comparable with `==`; never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from decimal import Decimal
from typing import Dict

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# English names spelled out: `calendar.month_name` and strftime("%B") follow
# the process locale, and the assistant speaks English whatever the server's.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def month_numbers() -> Dict[str, int]:
    """Month names and abbreviations ("dec", "sept") -> 1-12."""
    names = {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
    names.update({name[:3].lower(): number for number, name in enumerate(MONTHS, start=1)})
    names["sept"] = 9
    return names


@dataclass(frozen=True)
class Money:
    """An amount in minor units (pence, cents) and an ISO 4217 currency code."""

    minor: int
    currency: str

    @property
    def amount(self) -> Decimal:
        return Decimal(self.minor) / 100


@dataclass(frozen=True)
class PriceRange:
    """A price per session; `low == high` for a single price."""

    low: Money
    high: Money

    @property
    def is_single(self) -> bool:
        return self.low == self.high


@dataclass(frozen=True)
class TimeRange:
    """Wall-clock opening interval in the clinic's zone: open from `opens`
    (inclusive) to `closes` (exclusive)."""

    opens: time
    closes: time

    def contains(self, moment: time) -> bool:
        return self.opens <= moment < self.closes
