"""Plumbing shared by the actions: the process's Runtime (built on the first
action call, never at import), running blocking work off the event loop,
reading the tracker, sending a Reply."""

from __future__ import annotations

import asyncio
import functools
import threading
from typing import Any, Callable, Dict, List, Sequence, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import names
from assistant.clinic.followups import earlier_messages_from
from assistant.conversation import Message, Reply
from assistant.runtime import Runtime

_runtime: Runtime | None = None
_runtime_lock = threading.Lock()


def process_runtime() -> Runtime:
    """One Runtime (so one database engine) per action-server process."""
    global _runtime
    with _runtime_lock:
        if _runtime is None:
            _runtime = Runtime.from_settings()
        return _runtime


ActionRun = Callable[[Any, CollectingDispatcher, Tracker, Dict[str, Any]], List[EventType]]


def off_event_loop(run: ActionRun) -> Callable[..., Any]:
    """Runs an action's `run` in a worker thread (asyncio.to_thread).

    The action server answers every conversation from one event loop, and
    rasa_sdk calls a plain `run` on it: an action waiting for the database
    (a slow query, a database that does not answer) or busy reading a long
    text held every other conversation's action calls until it finished.
    In a thread it holds only its own. What the actions share is safe to use
    from several threads: the engine's connection pool, the outbox (delivery
    is idempotent), the settings; each call has its own session and dispatcher.
    """

    @functools.wraps(run)
    async def run_in_thread(self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]):
        return await asyncio.to_thread(run, self, dispatcher, tracker, domain)

    return run_in_thread


class UsesRuntime:
    """Gives an action `self.runtime`: the process's, or one passed in by a test."""

    def __init__(self, runtime: Runtime | None = None) -> None:
        self._runtime = runtime

    @property
    def runtime(self) -> Runtime:
        return self._runtime if self._runtime is not None else process_runtime()

    def clinic_phone(self, tracker: Tracker) -> str:
        """The clinic's number from the settings (slot filled on every message)."""
        return tracker.get_slot(names.SLOT_CLINIC_PHONE) or self.runtime.settings.clinic_phone


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def earlier_messages(tracker: Tracker, count: int) -> List[Tuple[str, str | None]]:
    """The patient's messages before the latest one in this session, most recent
    first, at most `count`: (text, what it was read as: the intent, or faq/<topic>)."""
    events = ((e.get("event"), e.get("text"), e.get("parse_data")) for e in reversed(tracker.events))
    return [(earlier.text, earlier.intent) for earlier in earlier_messages_from(events, count)]


def latest_entities(tracker: Tracker, *wanted: str) -> Dict[str, str]:
    """Entities of the latest message (from button payloads), by name."""
    found = {}
    for entity in (tracker.latest_message or {}).get("entities") or []:
        if entity.get("entity") in wanted and entity.get("value") is not None:
            found[entity["entity"]] = str(entity["value"])
    return found


def send(dispatcher: CollectingDispatcher, messages: Sequence[Message]) -> None:
    for message in messages:
        buttons = [{"title": b.title, "payload": b.payload} for b in message.buttons]
        custom = dict(message.custom) if message.custom else None
        dispatcher.utter_message(text=message.text, buttons=buttons or None, json_message=custom)


def remembered(reply: Reply) -> List[EventType]:
    return [SlotSet(name, value) for name, value in reply.remember.items()]


def slots_of(tracker: Tracker, slot_names: Sequence[str]) -> Dict[str, Any]:
    return {name: tracker.get_slot(name) for name in slot_names}
