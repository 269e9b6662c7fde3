"""The Rasa side of assistant.redelivery: looks a resent message up in the
conversation's stored events, under the conversation's lock, so a copy that
arrives while the first is still being answered (on this server or another)
waits for it and is then recognised."""

from __future__ import annotations

from typing import Any, Dict, List

from sanic import Blueprint, Sanic

from assistant.redelivery import replies_after

LOCK_POLL_SECONDS = 0.05


class Redelivery:
    def __init__(self) -> None:
        self._app: Any = None  # set by `attach` when the server starts

    def attach(self, blueprint: Blueprint) -> None:
        """Remember the app: its `ctx.agent` holds the lock and tracker stores."""

        @blueprint.listener("before_server_start")
        async def remember_app(app: Sanic, _loop: Any) -> None:
            self._app = app

    async def stored_replies(self, sender_id: str, message_id: str) -> List[Dict[str, Any]] | None:
        """The replies stored after message `message_id`, or None if that
        message is not stored (it must be answered)."""
        agent = getattr(self._app.ctx, "agent", None) if self._app is not None else None
        if agent is None or agent.tracker_store is None:
            return None
        async with agent.lock_store.lock(sender_id, wait_time_in_seconds=LOCK_POLL_SECONDS):
            tracker = await agent.tracker_store.retrieve_full_tracker(sender_id)
        if tracker is None:
            return None
        return replies_after((event.as_dict() for event in tracker.events), message_id)
