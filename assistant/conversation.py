"""What an answer looks like before any chat framework sees it: messages
(text and quick-reply buttons) and the conversation state to remember.

Plain frozen data that compares with `==`, so the clinic answers and the
booking form are tested without Rasa; `actions/` translates a `Reply` into
dispatcher messages and `SlotSet` events.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Tuple


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class Message:
    """A text, its buttons, and optionally the same content structured for
    the chat widget (`custom`: {"list": ...} or {"card": ...}, see
    assistant/clinic/short_lists.py and assistant/booking/summary_card.py);
    the text always says it all, for REST clients and the transcript."""

    text: str
    buttons: Tuple[Button, ...] = ()
    custom: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Reply:
    """Messages to send, in order, and slot values to remember (None clears one)."""

    messages: Tuple[Message, ...] = ()
    remember: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def say(
        cls, *texts: str, buttons: Tuple[Button, ...] = (), remember: Dict[str, Any] | None = None
    ) -> Reply:
        """Texts as messages; `buttons` go with the last one."""
        messages = [Message(text) for text in texts]
        if buttons and messages:
            messages[-1] = Message(messages[-1].text, tuple(buttons))
        return cls(tuple(messages), dict(remember or {}))

    @property
    def texts(self) -> Tuple[str, ...]:
        return tuple(message.text for message in self.messages)


def payload(intent: str, **entities: str) -> str:
    """A button payload that Rasa reads as `intent` with `entities`:
    /ask_opening_hours{"location": "york"}."""
    return f"/{intent}{json.dumps(entities)}" if entities else f"/{intent}"
