"""Which messages may speak Rasa's button syntax ("/intent" or
"/intent{...}"), decided before Rasa sees them.

Rasa takes any message of the form ``/intent{"entity": "value"}`` at its
word: it replaces the NLU pipeline's result (the safety screen's finding and
the clinic's contact details included) with that intent and those entities.
Typed by a patient, that let "/greet{"emergency_number": ...}" change the
number the emergency advice names, "/safety_emergency" open a ticket with no
assessment behind it, and "/affirm <a warning sign>" skip the safety screen.

So a message in that syntax is taken as a button press only when

- it is exactly a payload of a button the assistant showed with its latest
  reply (see `offered_payloads` for why that window), and
- its intent is not a safety intent, and it names none of the entities that
  only the settings or the safety screen may set.

Anything else starting with "/" is patient text like any other: the slashes
are dropped so that Rasa's RegexMessageHandler leaves it alone, and it goes
through the NLU pipeline and the safety screen.

Pure functions over plain data; rasa_addons/channels.py reads the
conversation's recent events from the tracker store and applies `decide`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any, Collection, FrozenSet, Iterable, Mapping, Sequence, Tuple

PREFIX = "/"

# Clinic settings that responses name. rasa_addons.contact_details adds each
# as an entity on every message, and a slot of the same name fills from it
# (domain/session.yml), so these must come from the settings and nowhere else.
CONTACT_SETTINGS: Tuple[str, ...] = (
    "clinic_name",
    "clinic_phone",
    "urgent_contact",
    "emergency_number",
    "out_of_hours_service",
    "crisis_line",
    "minimum_age",
)
# Set by the safety screen alone: it picks the wording of a safety reply.
SAFETY_ENTITIES: Tuple[str, ...] = ("safety_family",)
PROTECTED_ENTITIES: FrozenSet[str] = frozenset(CONTACT_SETTINGS + SAFETY_ENTITIES)

# Escalations come from the safety screen's assessment of the patient's words,
# never from a button: these, and any future safety_* intent.
SAFETY_INTENTS: FrozenSet[str] = frozenset({"safety_emergency", "safety_same_day", "safety_review", "report_concern"})
SAFETY_INTENT_PREFIX = "safety_"

# Rasa 3.6's own pattern (YAMLStoryReader._regex_message_pattern), applied,
# as Rasa does, to the stripped text.
_PAYLOAD = re.compile(r"^/(?P<intent>[^{@]+)(?P<confidence>@[0-9.]+)?(?P<entities>{.+})?(?P<rest>.*)", re.DOTALL)


@dataclass(frozen=True)
class Payload:
    """What Rasa would read from a message in button syntax."""

    intent: str
    entities: FrozenSet[str]  # entity names
    well_formed: bool  # the entities (if any) are a JSON object and nothing trails them


class Verdict(Enum):
    PLAIN_TEXT = "plain_text"  # not button syntax: handed on unchanged
    BUTTON = "button"  # a payload the assistant offered: handed on unchanged
    NEUTRALISED = "neutralised"  # button syntax it may not use: handed on as plain text


@dataclass(frozen=True)
class Decision:
    text: str  # what Rasa gets
    verdict: Verdict


def looks_like_payload(text: str) -> bool:
    """Whether Rasa would try to read `text` as an intent (it strips the text first)."""
    return text.strip().startswith(PREFIX)


def parse_payload(text: str) -> Payload | None:
    """The intent and entity names Rasa would read from `text`, or None if it would read none."""
    match = _PAYLOAD.match(text.strip())
    if not match:
        return None
    intent = match.group("intent").strip()
    entities: FrozenSet[str] = frozenset()
    well_formed = not match.group("rest")
    raw = match.group("entities")
    if raw is not None:
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            entities = frozenset(str(name) for name in parsed)
        else:
            well_formed = False
    return Payload(intent=intent, entities=entities, well_formed=well_formed)


def is_safety_intent(intent: str) -> bool:
    name = intent.strip().lower()
    return name in SAFETY_INTENTS or name.startswith(SAFETY_INTENT_PREFIX)


def may_be_pressed(payload_text: str) -> bool:
    """Whether a payload may act as a button at all, even one the assistant
    offered: a well-formed payload with no safety intent and no protected entity."""
    payload = parse_payload(payload_text)
    return (
        payload is not None
        and payload.well_formed
        and not is_safety_intent(payload.intent)
        and not (payload.entities & PROTECTED_ENTITIES)
    )


def neutralise(text: str) -> str:
    """`text` without its leading slashes (and the spaces around them), so
    Rasa reads it as words. A lone "/" becomes an empty message."""
    while looks_like_payload(text):
        text = text.strip().lstrip(PREFIX)
    return text.lstrip()


def offered_payloads(
    events: Sequence[Mapping[str, Any]],
    now: float | None = None,
    session_expiration_minutes: float = 0,
) -> FrozenSet[str]:
    """The button payloads of the assistant's latest reply: its bot messages
    since the patient's last message, from events in Rasa's serialised form
    ({"event": "bot", "timestamp": ..., "data": {"buttons": [...]}}), oldest first.

    Why that window: a button answers the question its reply asked, and only
    the latest reply's buttons can still be pressed (the web chat disables
    every button once the patient sends anything). Older buttons would replay
    a stale choice (a consultation time, "yes, a person please") out of
    context; typing one gets it read as words, which is harmless.

    None if the conversation's session has expired (the patient's last
    message is older than `session_expiration_minutes`, 0 for never): Rasa
    then starts a new session, in which the assistant has offered nothing.
    """
    offered: set[str] = set()
    for event in reversed(events):
        kind = event.get("event")
        if kind == "user":
            if _expired(event.get("timestamp"), now, session_expiration_minutes):
                return frozenset()
            break
        if kind == "bot":
            offered.update(_button_payloads(event.get("data")))
    return frozenset(offered)


def decide(text: str, offered: Collection[str]) -> Decision:
    """What to hand Rasa for a patient's message, given the payloads the
    assistant offered (`offered_payloads`)."""
    if not looks_like_payload(text):
        return Decision(text, Verdict.PLAIN_TEXT)
    pressed = text.strip()
    if pressed in {p.strip() for p in offered} and may_be_pressed(pressed):
        return Decision(text, Verdict.BUTTON)
    return Decision(neutralise(text), Verdict.NEUTRALISED)


def _button_payloads(data: Any) -> Iterable[str]:
    if not isinstance(data, Mapping):
        return
    for key in ("buttons", "quick_replies"):
        for button in data.get(key) or ():
            if isinstance(button, Mapping) and isinstance(button.get("payload"), str):
                yield button["payload"]


def _expired(timestamp: Any, now: float | None, minutes: float) -> bool:
    if now is None or not minutes or minutes <= 0 or not isinstance(timestamp, (int, float)):
        return False
    return now - float(timestamp) > minutes * 60
