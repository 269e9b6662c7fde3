"""Readable names for why a ticket was opened: the safety screen's
situations (with their triage-matrix rows), urgency levels and statuses.

The situation descriptions come from assistant/safety/lexicon.yml, read
here with PyYAML alone: importing assistant.safety would load spaCy (and
TensorFlow through it), seconds and hundreds of megabytes the console does
not need.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from typing import Any, Dict, Mapping

import yaml

from assistant.settings import PROJECT_ROOT

LEXICON_FILE = PROJECT_ROOT / "assistant" / "safety" / "lexicon.yml"
ASKED_FOR_PERSON = "Asked for a person"
OTHER = "Other concern"

URGENCY_LABELS: Mapping[str, str] = {
    "emergency": "Emergency",
    "same_day": "Same day",
    "review": "Review",
    "routine": "Routine",
}
STATUS_LABELS: Mapping[str, str] = {"new": "New", "claimed": "Claimed", "resolved": "Resolved"}
# How assistant.clinic.booking.screening_flags words a review reason.
_SCREENING_REASON = re.compile(r"screening: (\w+) = (.*)", re.DOTALL)


@lru_cache(maxsize=1)
def descriptions() -> Dict[str, str]:
    """situation key -> the lexicon's one-line description ({} if the file is unreadable)."""
    try:
        data = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return {}
    situations = data.get("situations") or {}
    return {str(key): str((value or {}).get("description") or "") for key, value in situations.items()}


def situation_label(key: str) -> str:
    """'vascular_occlusion' -> 'Vascular occlusion'."""
    words = key.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else key


def reason_of(situations: tuple | list, urgency: str) -> str:
    """The ticket's reason in a few words: its most urgent situation, or
    'Asked for a person' for a routine ticket without one."""
    if situations:
        return situation_label(str(situations[0]))
    return ASKED_FOR_PERSON if urgency == "routine" else OTHER


def urgency_label(urgency: str) -> str:
    return URGENCY_LABELS.get(urgency, urgency)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def key_label(key: str) -> str:
    """A stored answer's key as staff read it: 'pregnant_or_breastfeeding' -> 'Pregnant or breastfeeding'."""
    return situation_label(str(key))


def answer_text(answer: Any) -> str:
    """A screening answer as words: True/False as Yes/No, nothing as 'Not answered'."""
    if answer is True:
        return "Yes"
    if answer is False:
        return "No"
    if answer is None or answer == "":
        return "Not answered"
    return str(answer)


def review_reason_label(reason: str) -> str:
    """"screening: pregnant_or_breastfeeding = 'not sure'" -> 'Pregnant or breastfeeding: not sure'.
    Other reasons are shown as they are."""
    found = _SCREENING_REASON.fullmatch(str(reason))
    if not found:
        return str(reason)
    try:
        answer = ast.literal_eval(found.group(2))  # the reason holds the answer's repr()
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        answer = found.group(2)
    return f"{key_label(found.group(1))}: {answer_text(answer)}"
