"""Who holds a conversation, read from its events.

A takeover is recorded in the conversation itself, as Rasa events:

- `ConversationPaused` (Rasa stops predicting: the bot is silent) and a
  `BotUttered` notice "Anna (nurse) has joined" whose metadata is
  ``{"takeover": {"kind": "joined", "staff_id", "staff_name", "role"}}``;
- each staff line: a `BotUttered` with ``{"takeover": {"kind": "staff_line",
  ..., "key": <idempotency key>}}``;
- the end: a `BotUttered` notice (kind "handed_back" or "auto_handed_back")
  and `ConversationResumed`.

These functions read the stored event dictionaries (``event.as_dict()``, the
shape the tracker store keeps), so the Rasa server, the console and the
export read one source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

METADATA_KEY = "takeover"
JOINED = "joined"
STAFF_LINE = "staff_line"
HANDED_BACK = "handed_back"
AUTO_HANDED_BACK = "auto_handed_back"
KINDS = (JOINED, STAFF_LINE, HANDED_BACK, AUTO_HANDED_BACK)
ENDS = (HANDED_BACK, AUTO_HANDED_BACK)


@dataclass(frozen=True)
class StaffMember:
    """The member of staff speaking (the console's account)."""

    staff_id: int
    name: str
    role: str

    @property
    def label(self) -> str:
        """How the patient sees them: "Anna (nurse)"."""
        return f"{self.name} ({self.role})" if self.role else self.name

    def as_dict(self) -> dict:
        return {"staff_id": self.staff_id, "staff_name": self.name, "role": self.role}


@dataclass(frozen=True)
class Marker:
    """The takeover metadata of one bot event."""

    kind: str
    staff: StaffMember
    key: str = ""


def marker_of(event: Mapping[str, Any]) -> Marker | None:
    """The takeover marker of a stored bot event, or None for any other event."""
    if event.get("event") != "bot":
        return None
    metadata = event.get("metadata")
    found = metadata.get(METADATA_KEY) if isinstance(metadata, Mapping) else None
    if not isinstance(found, Mapping) or found.get("kind") not in KINDS:
        return None
    try:
        staff_id = int(found.get("staff_id") or 0)
    except (TypeError, ValueError):
        staff_id = 0
    staff = StaffMember(staff_id, str(found.get("staff_name") or ""), str(found.get("role") or ""))
    return Marker(str(found["kind"]), staff, str(found.get("key") or ""))


def marker_metadata(kind: str, staff: StaffMember, key: str = "") -> dict:
    """The metadata a takeover bot event carries."""
    value = {"kind": kind, **staff.as_dict()}
    if key:
        value["key"] = key
    return {METADATA_KEY: value}


def holder(events: Iterable[Mapping[str, Any]]) -> StaffMember | None:
    """The member of staff holding the conversation now, or None if the assistant has it."""
    current: StaffMember | None = None
    for event in events:
        marker = marker_of(event)
        if marker is None:
            continue
        if marker.kind == JOINED:
            current = marker.staff
        elif marker.kind in ENDS:
            current = None
    return current


def has_line(events: Iterable[Mapping[str, Any]], key: str) -> bool:
    """Whether a staff line with this idempotency key is already in the conversation."""
    return any((m := marker_of(e)) is not None and m.kind == STAFF_LINE and m.key == key for e in events)
