"""Messages in Rasa's button syntax ("/intent{...}") are button presses only
when the assistant offered that button (the rules are in assistant.payloads).
Both chat channels (rasa_addons/channels.py) pass every message through the gate."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Dict, FrozenSet, Iterable, List

from rasa.shared.core.events import BotUttered, Event, UserUttered
from sanic import Blueprint, Sanic

from assistant.payloads import Verdict, decide, looks_like_payload, offered_payloads

logger = logging.getLogger(__name__)

# How long the payload check waits for the conversation's previous turn and
# its tracker before it reads the message as plain text.
PAYLOAD_LOOKUP_SECONDS = 10.0


def latest_reply_events(events: Iterable[Event]) -> List[Dict[str, Any]]:
    """The patient's last message and the bot messages after it, oldest first,
    in the serialised shape assistant.payloads reads (only what it reads)."""
    tail: List[Dict[str, Any]] = []
    for event in reversed(list(events)):
        if isinstance(event, UserUttered):
            tail.append({"event": "user", "timestamp": event.timestamp})
            break
        if isinstance(event, BotUttered):
            tail.append({"event": "bot", "timestamp": event.timestamp, "data": event.data})
    tail.reverse()
    return tail


class PayloadGate:
    """Lets a message in Rasa's button syntax ("/intent{...}") through only
    if it is a button the assistant offered with its latest reply; any other
    is handed to Rasa as plain text (assistant.payloads has the rules and why).

    Only messages starting with "/" cost a look-up. It waits for the
    conversation's lock, so a turn still being answered (whose buttons the
    web chat may already show) is saved first; if the tracker cannot be read
    in time, the message is plain text.
    """

    def __init__(self, app: Any = None) -> None:
        self._app = app  # set by `attach` when the server starts

    def attach(self, blueprint: Blueprint) -> None:
        """Remember the app the channel is registered on: its `ctx.agent` is
        Rasa's agent (rasa/server.py), whose tracker store holds the conversation."""

        @blueprint.listener("before_server_start")
        async def remember_app(app: Sanic, _loop: Any) -> None:
            self._app = app

    async def text_for_rasa(self, sender_id: str, text: str) -> str:
        if not looks_like_payload(text):
            return text
        decision = decide(text, await self._offered(sender_id))
        if decision.verdict is Verdict.NEUTRALISED:
            # No patient text in the log: it is untrusted and may be personal.
            logger.info("A message in button syntax that was not an offered button was read as plain text.")
        return decision.text

    async def _offered(self, sender_id: str) -> FrozenSet[str]:
        agent = getattr(self._app.ctx, "agent", None) if self._app is not None else None
        if agent is None or agent.tracker_store is None:
            return frozenset()
        try:
            return await asyncio.wait_for(self._read_offers(agent, sender_id), PAYLOAD_LOOKUP_SECONDS)
        except Exception:
            logger.warning(
                "Could not read the buttons offered to a conversation; the message is plain text.", exc_info=True
            )
            return frozenset()

    @staticmethod
    async def _read_offers(agent: Any, sender_id: str) -> FrozenSet[str]:
        # Short polls: the lock store's default waits a whole second between tries.
        async with agent.lock_store.lock(sender_id, wait_time_in_seconds=0.05):
            tracker = await agent.tracker_store.retrieve(sender_id)
        if tracker is None:
            return frozenset()
        session_config = getattr(agent.domain, "session_config", None)
        minutes = float(getattr(session_config, "session_expiration_time", 0) or 0)
        return offered_payloads(
            latest_reply_events(tracker.events), now=time.time(), session_expiration_minutes=minutes
        )
