"""A conversation as staff read it, from Rasa's tracker store.

Rasa's SQLTrackerStore keeps one row per event in its `events` table
(sender_id, type_name, timestamp, intent_name, action_name, data: the
event as JSON). The console never calls Rasa's HTTP API (it stays
protected and off the browser's path); it reads that table, read-only,
with bound parameters:

    entries = read_transcript(tracker_engine, "conversation-id")

and `entries_from_events(events)` turns event dicts into typed entries:
patient messages (with the button pressed, and the safety screen's
findings, which the SafetyScreen component stores under the parse data's
`safety` key), assistant messages (with the buttons offered and any
escalation payload `{"handoff": {...}}`), and session starts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, List, Mapping, Tuple

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from assistant.db.engine import READ_ONLY
from assistant.takeover.state import STAFF_LINE, marker_of

PATIENT, ASSISTANT, SESSION = "patient", "assistant", "session"
STAFF, TAKEOVER_NOTICE = "staff", "takeover_notice"  # a staff line; "has joined" / hand-back notices
MAX_EVENTS = 2000
SAFETY_KEY = "safety"  # rasa_addons.safety_screen.SAFETY_KEY (the console never imports Rasa)

_EVENTS_QUERY = text(
    "SELECT id, type_name, timestamp, data FROM events "
    "WHERE sender_id = :sender_id AND type_name IN ('user', 'bot', 'session_started') "
    "ORDER BY id DESC LIMIT :limit"
)


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class SafetyFinding:
    """What the safety screen found in one patient message."""

    urgency: str
    situations: Tuple[str, ...] = ()
    rows: Tuple[str, ...] = ()
    triggers: Tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class TextPart:
    """A piece of a patient message; `trigger` marks the words the screen matched."""

    text: str
    trigger: bool = False


@dataclass(frozen=True)
class TranscriptEntry:
    kind: str  # PATIENT, ASSISTANT, SESSION, STAFF or TAKEOVER_NOTICE
    at: datetime
    text: str = ""
    message_id: str = ""
    intent: str = ""
    buttons: Tuple[Button, ...] = ()  # assistant: the buttons offered
    pressed: Button | None = None  # patient: the button whose payload this message is
    handoff: Mapping[str, Any] | None = None  # assistant: the escalation payload's inner dict
    custom: str = ""  # assistant: any other custom payload, as JSON text
    safety: SafetyFinding | None = None  # patient: the screen's findings
    parts: Tuple[TextPart, ...] = ()  # patient: text split at the safety triggers
    speaker: str = ""  # staff line or takeover notice: "Anna (nurse)"

    @property
    def flagged(self) -> bool:
        return self.safety is not None


def _time(value: Any) -> datetime:
    try:
        return datetime.fromtimestamp(float(value), tz=timezone.utc)
    except (TypeError, ValueError, OverflowError):
        return datetime.fromtimestamp(0, tz=timezone.utc)


def _strings(value: Any) -> Tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else ()


def safety_of(parse_data: Any) -> SafetyFinding | None:
    """The findings the safety screen stored with a patient message, if any."""
    found = parse_data.get(SAFETY_KEY) if isinstance(parse_data, Mapping) else None
    if not isinstance(found, Mapping) or not found.get("urgency"):
        return None
    return SafetyFinding(
        urgency=str(found["urgency"]),
        situations=_strings(found.get("situations")),
        rows=_strings(found.get("rows")),
        triggers=_strings(found.get("triggers")),
        source=str(found.get("source") or ""),
    )


def split_at_triggers(message: str, triggers: Iterable[str]) -> Tuple[TextPart, ...]:
    """The message cut into parts, the trigger words (case-insensitive, as
    written in the message) marked. Triggers the screen matched on a lemma
    or a typo may not appear verbatim: those simply mark nothing."""
    words = sorted({t.strip() for t in triggers if t and t.strip()}, key=len, reverse=True)
    if not message or not words:
        return (TextPart(message),) if message else ()
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    parts: List[TextPart] = []
    position = 0
    for match in pattern.finditer(message):
        if match.start() > position:
            parts.append(TextPart(message[position : match.start()]))
        parts.append(TextPart(match.group(0), trigger=True))
        position = match.end()
    if position < len(message):
        parts.append(TextPart(message[position:]))
    return tuple(parts)


def _buttons(data: Any) -> Tuple[Button, ...]:
    raw = data.get("buttons") if isinstance(data, Mapping) else None
    if not isinstance(raw, list):
        return ()
    return tuple(
        Button(str(b.get("title") or b.get("payload") or ""), str(b.get("payload") or ""))
        for b in raw
        if isinstance(b, Mapping)
    )


def _custom(data: Any) -> Tuple[Mapping[str, Any] | None, str]:
    custom = data.get("custom") if isinstance(data, Mapping) else None
    if not custom:
        return None, ""
    handoff = custom.get("handoff") if isinstance(custom, Mapping) else None
    if isinstance(handoff, Mapping):
        return dict(handoff), ""
    return None, json.dumps(custom, ensure_ascii=False, sort_keys=True)


def entries_from_events(events: Iterable[Mapping[str, Any]]) -> List[TranscriptEntry]:
    """Typed transcript entries from Rasa events (dicts as the tracker store keeps them), in order."""
    entries: List[TranscriptEntry] = []
    offered: Tuple[Button, ...] = ()
    for event in events:
        kind = event.get("event")
        at = _time(event.get("timestamp"))
        if kind == "session_started":
            entries.append(TranscriptEntry(SESSION, at))
            offered = ()
        elif kind == "user":
            message = str(event.get("text") or "")
            parse_data = event.get("parse_data") or {}
            safety = safety_of(parse_data)
            pressed = next((b for b in offered if b.payload and b.payload == message), None)
            intent = (parse_data.get("intent") or {}).get("name") if isinstance(parse_data, Mapping) else ""
            entries.append(
                TranscriptEntry(
                    PATIENT,
                    at,
                    text=message,
                    message_id=str(event.get("message_id") or ""),
                    intent=str(intent or ""),
                    pressed=pressed,
                    safety=safety,
                    parts=split_at_triggers(message, safety.triggers if safety else ()),
                )
            )
            offered = ()
        elif kind == "bot" and (marker := marker_of(event)) is not None:
            entries.append(
                TranscriptEntry(
                    STAFF if marker.kind == STAFF_LINE else TAKEOVER_NOTICE,
                    at,
                    text=str(event.get("text") or ""),
                    speaker=marker.staff.label,
                )
            )
        elif kind == "bot":
            data = event.get("data") or {}
            buttons = _buttons(data)
            handoff, custom = _custom(data)
            entries.append(
                TranscriptEntry(
                    ASSISTANT, at, text=str(event.get("text") or ""), buttons=buttons, handoff=handoff, custom=custom
                )
            )
            offered = offered + buttons  # any button of the turn may be pressed
    return entries


def read_events(tracker: Engine, sender_id: str, limit: int = MAX_EVENTS) -> List[Mapping[str, Any]]:
    """The conversation's message and session events (the latest `limit`), oldest first.
    An empty list when the tracker store has no `events` table yet."""
    tracker = tracker.execution_options(**READ_ONLY)  # never waits for the clinic's writers (SQLite)
    if not inspect(tracker).has_table("events"):
        return []
    with tracker.connect() as connection:
        rows = connection.execute(_EVENTS_QUERY, {"sender_id": sender_id, "limit": limit}).all()
    events: List[Mapping[str, Any]] = []
    for row in reversed(rows):
        try:
            event = json.loads(row.data)
        except (TypeError, ValueError):
            continue
        if isinstance(event, dict):
            event.setdefault("event", row.type_name)
            event.setdefault("timestamp", row.timestamp)
            events.append(event)
    return events


def read_transcript(tracker: Engine, sender_id: str, limit: int = MAX_EVENTS) -> List[TranscriptEntry]:
    """The conversation `sender_id` as transcript entries, oldest first."""
    return entries_from_events(read_events(tracker, sender_id, limit))
