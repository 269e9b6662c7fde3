"""The escalation payload: the contract the chat widget, integrations and
tests read (design.md). Every reply produced by an escalation carries, as
its own `custom` message,

    {"handoff": {"urgency": "emergency" | "same_day" | "review" | "routine",
                 "ticket_id": "<id>" | null}}

The plain domain responses send it with ``ticket_id: null`` (they go out
even when the action server or the database is down); the action that
opens the ticket sends it again with the ticket's id.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Dict, Mapping


class HandoffUrgency(str, enum.Enum):
    """The triage matrix's levels plus `routine` (the patient asked for a person)."""

    EMERGENCY = "emergency"
    SAME_DAY = "same_day"
    REVIEW = "review"
    ROUTINE = "routine"

    @property
    def queue_position(self) -> int:
        """0 for the most urgent; the staff queue sorts on it."""
        return QUEUE_ORDER.index(self)


QUEUE_ORDER = (
    HandoffUrgency.EMERGENCY,
    HandoffUrgency.SAME_DAY,
    HandoffUrgency.REVIEW,
    HandoffUrgency.ROUTINE,
)


@dataclass(frozen=True)
class HandoffPayload:
    urgency: HandoffUrgency
    ticket_id: str | None = None

    def as_json(self) -> Dict[str, Any]:
        return {"handoff": {"urgency": self.urgency.value, "ticket_id": self.ticket_id}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> HandoffPayload:
        """Read a payload; ValueError if it is not one."""
        inner = data.get("handoff") if isinstance(data, Mapping) else None
        if not isinstance(inner, Mapping) or set(inner) != {"urgency", "ticket_id"}:
            raise ValueError(f"not a handoff payload: {data!r}")
        ticket_id = inner["ticket_id"]
        if ticket_id is not None and not isinstance(ticket_id, str):
            raise ValueError(f"ticket_id must be a string or null, not {ticket_id!r}")
        return cls(HandoffUrgency(inner["urgency"]), ticket_id)
