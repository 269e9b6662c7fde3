"""The takeover route's request bodies, checked before anything touches a conversation.

    POST /webhooks/socketio/takeover/<step>   (Authorization: Bearer <TAKEOVER_TOKEN>)
    {"conversation_id": "...", "staff": {"staff_id": 3, "staff_name": "Anna", "role": "nurse"},
     "text": "...", "key": "...", "typing": true}

`text` and `key` only for "line", `typing` only for "typing".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from assistant.takeover.state import StaffMember

STEPS = ("start", "line", "typing", "heartbeat", "end")
MAX_CONVERSATION_ID = 128
MAX_NAME = 80
MAX_LINE_CHARS = 2000
MAX_KEY = 64


class BadTakeoverRequest(ValueError):
    """The body cannot be acted on; the message says why."""


@dataclass(frozen=True)
class TakeoverRequest:
    step: str
    conversation_id: str
    staff: StaffMember
    text: str = ""
    key: str = ""
    typing: bool = False


def _string(body: Mapping[str, Any], name: str, limit: int) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise BadTakeoverRequest(f'"{name}" must be a non-empty string of at most {limit} characters.')
    return value.strip()


def parse(step: str, body: Any) -> TakeoverRequest:
    if step not in STEPS:
        raise BadTakeoverRequest(f"Unknown step {step!r}; one of {', '.join(STEPS)}.")
    if not isinstance(body, Mapping):
        raise BadTakeoverRequest("The body must be a JSON object.")
    conversation_id = _string(body, "conversation_id", MAX_CONVERSATION_ID)
    raw_staff = body.get("staff")
    if not isinstance(raw_staff, Mapping):
        raise BadTakeoverRequest('"staff" must be an object with staff_id, staff_name and role.')
    staff_id = raw_staff.get("staff_id")
    if not isinstance(staff_id, int) or isinstance(staff_id, bool) or staff_id <= 0:
        raise BadTakeoverRequest('"staff.staff_id" must be a positive whole number.')
    staff = StaffMember(staff_id, _string(raw_staff, "staff_name", MAX_NAME), _string(raw_staff, "role", MAX_NAME))
    text = key = ""
    if step == "line":
        text = _string(body, "text", MAX_LINE_CHARS)
        key = _string(body, "key", MAX_KEY)
    typing = bool(body.get("typing")) if step == "typing" else False
    return TakeoverRequest(step, conversation_id, staff, text, key, typing)
