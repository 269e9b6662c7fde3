"""The one helper every action test uses: build a tracker, run an action
with rasa_sdk's CollectingDispatcher, and compare the whole ordered list of
events and messages it produced."""

from __future__ import annotations

import asyncio
import inspect
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Dict, List, Sequence, Union

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from assistant.conversation import Button, Message

ROOT = Path(__file__).resolve().parents[2]
PHONE = "01632 960 123"  # the clinic_phone slot (from the settings), unlike the demo file's numbers
SENDER = "patient-1"


@cache
def domain() -> Dict[str, Any]:
    from rasa.shared.core.domain import Domain

    return Domain.load(str(ROOT / "domain")).as_dict()


def tracker(
    text: str = "",
    intent: str | None = None,
    confidence: float = 0.95,
    entities: Dict[str, str] | None = None,
    slots: Dict[str, Any] | None = None,
    active_loop: str | None = None,
    events_after_message: Sequence[Dict[str, Any]] = (),
    sender: str = SENDER,
    message_id: str | None = None,
    parse_data: Dict[str, Any] | None = None,
    latest_action_name: str = "action_listen",
) -> Tracker:
    """A tracker whose latest message is `text`, classified as `intent`;
    `events_after_message` are what Rasa did since (e.g. a rejection);
    `parse_data` adds to what the NLU produced (e.g. the safety screen's
    `safety` key)."""
    message = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence} if intent else {},
        "entities": [{"entity": name, "value": value} for name, value in (entities or {}).items()],
        **(parse_data or {}),
    }
    all_slots = {"clinic_phone": PHONE, **(slots or {})}
    user = {"event": "user", "text": text, "parse_data": message}
    if message_id is not None:
        user["message_id"] = message_id
    events = [user, *events_after_message]
    return Tracker(
        sender_id=sender,
        slots=all_slots,
        latest_message=message,
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name=latest_action_name,
    )


@dataclass
class Ran:
    events: List[Dict[str, Any]]
    messages: List[Message]  # text messages (with their buttons)
    # custom JSON messages, e.g. the handoff payload
    customs: List[Dict[str, Any]] = field(default_factory=list)

    @property
    def texts(self) -> List[str]:
        return [m.text for m in self.messages]

    @property
    def slots(self) -> Dict[str, Any]:
        return {e["name"]: e["value"] for e in self.events if e.get("event") == "slot"}


def _message(sent: Dict[str, Any]) -> Message:
    buttons = tuple(Button(b["title"], b["payload"]) for b in sent.get("buttons") or [])
    return Message(sent.get("text") or "", buttons, sent.get("custom") or None)



def run(action: Action, on: Tracker) -> Ran:
    dispatcher = CollectingDispatcher()
    result = action.run(dispatcher, on, domain())
    if inspect.isawaitable(result):
        result = asyncio.run(result)
    texts = [_message(m) for m in dispatcher.messages if not (m.get("custom") and not m.get("text"))]
    customs = [m["custom"] for m in dispatcher.messages if m.get("custom")]
    return Ran(list(result), texts, customs)


Expected = Union[str, Message]


def assert_run(
    action: Action, on: Tracker, events: List[Dict[str, Any]], messages: Sequence[Expected]
) -> Ran:
    """Run `action` and check every event and message, in order. A plain
    string expects a message with that text and no buttons."""
    ran = run(action, on)
    expected = [m if isinstance(m, Message) else Message(m) for m in messages]
    assert ran.messages == expected
    assert ran.events == events
    return ran


def slot(name: str, value: Any) -> Dict[str, Any]:
    """The event rasa_sdk's SlotSet produces."""
    from rasa_sdk.events import SlotSet

    return SlotSet(name, value)
