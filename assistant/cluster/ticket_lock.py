"""A per-conversation ticket lock in Redis that several servers can share safely.

Why not Rasa's RedisLockStore (3.6): it issues a ticket by reading the lock's
JSON, adding a ticket and writing it back in separate round trips, so two
servers that read at the same moment both take ticket 0 and both run a turn of
the same conversation at once (RasaHQ/rasa#9213; the fix was reverted). Its
keys never expire, a waiting turn polls once a second, and it calls a
synchronous Redis client from the event loop.

Here (keys and scripts: lock_scripts.py):
- tickets are handed out by INCR inside one Lua script, and every other step
  is one script too, so Redis runs each atomically;
- the live ticket with the lowest number holds the lock (first come, first
  served); a ticket past its deadline is dropped by whichever script next
  touches the conversation, so the turn of a server that died holding or
  waiting for the lock lets the next one in after at most one lifetime;
- a live holder or waiter has its deadline pushed forward every lifetime/4 by
  the keep-alive thread (keepalive.py: a thread, because Rasa blocks its event
  loop for seconds at a time), so a long turn never loses the lock;
- a wait is bounded (3 lifetimes by default), then LockWaitTimeout;
- the ticket is given back in `finally`, shielded from a second cancellation,
  and the last ticket out deletes the keys.

Wake-up: waiters poll the one acquire script every 20 ms rather than waiting
on pub/sub. Waiting is rare (a patient sending a second message before the
first reply; staff and patient at once) and waiters are few, so 50 cheap
script calls a second per waiter cost Redis nothing measurable, while
pub/sub would need a dedicated connection per server, resubscribing after a
Redis restart and a polling fallback for missed messages anyway: more code
and failure modes to save at most 20 ms of a handover.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from typing import AsyncIterator, List, Set

import redis
import redis.asyncio

from assistant.cluster import lock_scripts
from assistant.cluster.exceptions import LockWaitTimeout, TicketExpired
from assistant.cluster.keepalive import KeptTicket, TicketKeeper
from assistant.cluster.lock_scripts import LiveTicket, LockKeys, live_tickets_from, seconds_to_ms

logger = logging.getLogger(__name__)

# Between two tries of a waiting turn: the handover delay is at most this plus one round trip.
DEFAULT_POLL_SECONDS = 0.02
# A waiting turn gives up after this many lifetimes: a live holder still running by then is stuck.
MAX_WAIT_LIFETIMES = 3


class RedisTicketLocks:
    """Conversation locks for asyncio code, on one `redis.asyncio.Redis` client.

    The keeper (one per process and store, any event loop) sets the lifetime and the key
    prefix, so the tickets issued here and the refreshes there always agree.
    Use `hold(conversation_id)` as an async context manager; the steps (`issue`,
    `try_acquire`, `release`, `live_tickets`) are public for tests and checks.
    """

    def __init__(
        self,
        client: redis.asyncio.Redis,
        keeper: TicketKeeper,
        *,
        poll_seconds: float = DEFAULT_POLL_SECONDS,
        max_wait_seconds: float | None = None,
    ) -> None:
        self.client = client
        self.keeper = keeper
        self.lifetime_seconds = keeper.lifetime_seconds
        self.key_prefix = keeper.locks.key_prefix
        self.poll_seconds = poll_seconds
        if max_wait_seconds is None:
            max_wait_seconds = MAX_WAIT_LIFETIMES * self.lifetime_seconds
        self.max_wait_seconds = max_wait_seconds
        self._issue = client.register_script(lock_scripts.ISSUE)
        self._try_acquire = client.register_script(lock_scripts.TRY_ACQUIRE)
        self._release = client.register_script(lock_scripts.RELEASE)
        self._snapshot = client.register_script(lock_scripts.SNAPSHOT)
        # Releases scheduled for tickets issued after their turn was cancelled (kept so they are not collected).
        self._pending_releases: Set[asyncio.Future] = set()

    def keys(self, conversation_id: str) -> LockKeys:
        return LockKeys.for_conversation(self.key_prefix, conversation_id)

    async def issue(self, conversation_id: str) -> int:
        """A new ticket, behind every live one, lasting one lifetime unless kept alive."""
        keys = self.keys(conversation_id).as_list()
        return int(await self._issue(keys=keys, args=[seconds_to_ms(self.lifetime_seconds)]))

    async def try_acquire(self, conversation_id: str, ticket: int) -> int:
        """0 if `ticket` holds the lock now, else how many live tickets are ahead of it.

        Raises TicketExpired if the ticket is gone."""
        ahead = int(await self._try_acquire(keys=self.keys(conversation_id).as_list(), args=[ticket]))
        if ahead < 0:
            raise TicketExpired(conversation_id, ticket)
        return ahead

    async def release(self, conversation_id: str, ticket: int) -> bool:
        """Give the ticket back (the next one holds the lock); False if it had expired already."""
        return bool(await self._release(keys=self.keys(conversation_id).as_list(), args=[ticket]))

    async def live_tickets(self, conversation_id: str) -> List[LiveTicket]:
        """The conversation's live tickets in turn order (expired ones are dropped first)."""
        return live_tickets_from(await self._snapshot(keys=self.keys(conversation_id).as_list(), args=[]))

    @asynccontextmanager
    async def hold(self, conversation_id: str, *, poll_seconds: float | None = None) -> AsyncIterator[KeptTicket]:
        """Wait for the conversation's lock in ticket order, hold it for the block, give it back.

        Yields the kept ticket (its `lost` flag says whether it expired while held).
        Raises LockWaitTimeout after `max_wait_seconds` of waiting and TicketExpired if the
        ticket expired while waiting; Redis errors pass through. The ticket is released
        even if the block raises or the task is cancelled.
        """
        ticket = await self._issue_even_if_cancelled(conversation_id)
        kept = self.keeper.keep(conversation_id, ticket)
        try:
            await self._wait_for_turn(conversation_id, ticket, poll_seconds or self.poll_seconds)
            yield kept
        finally:
            self.keeper.drop(kept)
            # Shielded: a second cancellation while releasing must not leave the ticket to expire.
            await asyncio.shield(self._release_quietly(conversation_id, ticket))

    async def _issue_even_if_cancelled(self, conversation_id: str) -> int:
        # If the turn is cancelled while INCR is in flight, the ticket may still be issued: let
        # the script finish and give the ticket back, rather than block the conversation a lifetime.
        issuing = asyncio.ensure_future(self.issue(conversation_id))
        try:
            return await asyncio.shield(issuing)
        except asyncio.CancelledError:
            issuing.add_done_callback(lambda done: self._release_orphan(conversation_id, done))
            raise

    def _release_orphan(self, conversation_id: str, issued: asyncio.Future) -> None:
        if issued.cancelled() or issued.exception() is not None:
            return
        release = asyncio.ensure_future(self._release_quietly(conversation_id, issued.result()))
        self._pending_releases.add(release)
        release.add_done_callback(self._pending_releases.discard)

    async def _wait_for_turn(self, conversation_id: str, ticket: int, poll_seconds: float) -> None:
        loop = asyncio.get_running_loop()
        started = loop.time()
        while True:
            ahead = await self.try_acquire(conversation_id, ticket)
            if ahead == 0:
                return
            waited = loop.time() - started
            if waited >= self.max_wait_seconds:
                raise LockWaitTimeout(conversation_id, waited)
            await asyncio.sleep(poll_seconds)

    async def _release_quietly(self, conversation_id: str, ticket: int) -> None:
        try:
            await self.release(conversation_id, ticket)
        except redis.RedisError as error:
            # The ticket expires by itself after one lifetime; the turn's own outcome matters more.
            logger.warning("Could not release lock ticket %s (it expires by itself): %s", ticket, error)
