"""Keeps a live server's conversation tickets alive from a thread of its own.

Why a thread and not an asyncio task: Rasa 3.6 runs the NLU pipeline and the
policies synchronously on the event loop, so a turn can block its loop for
seconds (the first message after start-up took more than the 10 s lifetime
on a busy two-core machine, with two Rasa servers running). A keep-alive on
that loop would stop with it, the ticket would expire, and another server
could run a second turn of the conversation beside the first. A daemon
thread refreshes while the process lives (the Redis calls release the GIL)
and dies with it, so a ticket expires only when its server is gone or cannot
reach Redis for a whole lifetime.

One thread per lock store serves every ticket the process holds or waits
with; it runs only while there are tickets to keep.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Dict, Tuple

import redis

from assistant.cluster.sync_ticket_lock import SyncTicketLocks

logger = logging.getLogger(__name__)

# A ticket is refreshed this many times per lifetime, so a few missed refreshes
# (a Redis blip, a busy machine) do not let it expire.
REFRESHES_PER_LIFETIME = 4


@dataclass
class KeptTicket:
    """A ticket the keeper refreshes. `lost` turns true if it expired all the same (Redis
    unreachable for a whole lifetime): another turn may then have entered."""

    conversation_id: str
    ticket: int
    lost: bool = field(default=False)


class TicketKeeper:
    """Refreshes the registered tickets every lifetime / REFRESHES_PER_LIFETIME."""

    def __init__(self, locks: SyncTicketLocks, lifetime_seconds: float) -> None:
        if lifetime_seconds <= 0:
            raise ValueError(f"lifetime_seconds must be positive, not {lifetime_seconds}")
        self.locks = locks
        self.lifetime_seconds = lifetime_seconds
        self.interval_seconds = lifetime_seconds / REFRESHES_PER_LIFETIME
        self._kept: Dict[Tuple[str, int], KeptTicket] = {}
        self._guard = threading.Lock()
        self._thread: threading.Thread | None = None
        self._wake = threading.Event()

    def keep(self, conversation_id: str, ticket: int) -> KeptTicket:
        """Start refreshing `ticket` (the first refresh within one interval)."""
        kept = KeptTicket(conversation_id, ticket)
        with self._guard:
            self._kept[(conversation_id, ticket)] = kept
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="ticket-keepalive", daemon=True)
                self._thread.start()
        return kept

    def drop(self, kept: KeptTicket) -> None:
        """Stop refreshing (before the ticket is released, so a late refresh is not taken for a loss)."""
        with self._guard:
            self._kept.pop((kept.conversation_id, kept.ticket), None)

    def stop_refreshing(self) -> None:
        """Forget every ticket, as if this server died (for tests)."""
        with self._guard:
            self._kept.clear()
        self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.wait(self.interval_seconds)
            self._wake.clear()
            with self._guard:
                kept = list(self._kept.values())
                if not kept:
                    self._thread = None
                    return
            for ticket in kept:
                self._refresh(ticket)

    def _refresh(self, kept: KeptTicket) -> None:
        try:
            alive = self.locks.refresh(kept.conversation_id, kept.ticket, self.lifetime_seconds)
        except redis.RedisError as error:
            # Keep trying: the ticket survives until a whole lifetime passes without a refresh.
            logger.warning("Could not refresh lock ticket %s: %s", kept.ticket, error)
            return
        if alive:
            return
        with self._guard:
            still_kept = self._kept.pop((kept.conversation_id, kept.ticket), None) is not None
        if still_kept:  # not a ticket released between our snapshot and its refresh
            kept.lost = True
            logger.error(
                "Lock ticket %s expired while its turn was alive (Redis unreachable for a whole lifetime): "
                "another turn of the conversation may run at once.",
                kept.ticket,
            )
