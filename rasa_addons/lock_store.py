"""Rasa's conversation lock store for several Rasa servers sharing one Redis.

Rasa 3.6's RedisLockStore lets two servers take the same conversation's lock
at once: a ticket is issued by reading the lock, adding to it and writing it
back in separate round trips (RasaHQ/rasa#9213, fix reverted upstream). It
also keeps keys forever, makes a waiting turn poll once a second, and blocks
the event loop on a synchronous Redis client. This store keeps Rasa's
interface and runs the atomic ticket lock of assistant/cluster/ticket_lock.py
on an asyncio Redis client instead, with a keep-alive thread per store.

In endpoints.yml::

    lock_store:
      type: rasa_addons.lock_store.AtomicRedisLockStore
      url: redis://host:6379/0      # optional: REDIS_URL otherwise
      lock_lifetime: 10             # optional: LOCK_LIFETIME_SECONDS otherwise
      key_prefix: "conversation_lock:"   # optional
      max_wait: 30                  # optional: seconds a turn waits (3 lifetimes otherwise)
      if_unavailable: run_unlocked  # or refuse (Rasa's way: LockError, the turn fails)

Which lifetime wins: the store's own (endpoint ``lock_lifetime``, else the
setting ``effective_lock_lifetime_seconds``), never the ``lock_lifetime``
argument of `lock()`. Rasa passes its 60 s constant there because its
tickets are never refreshed, so a lifetime has to outlast the longest turn.
Here a live turn keeps its ticket fresh, so the lifetime only says how long a
dead server's conversation stays blocked: it should be short, and the same
on every server.

When the lock cannot be had (Redis down, or a turn still held after the
longest wait), Rasa's stores raise LockError and the patient's message is
dropped, an emergency among them. By default this store runs the turn
without the lock instead and logs an error: safety replies must not depend
on Redis, and the tracker store keeps the events of turns that overlap
(rasa_addons/tracker_store.py). ``if_unavailable: refuse`` restores Rasa's way.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections import deque
from contextlib import AsyncExitStack, asynccontextmanager
from typing import AsyncGenerator

import redis
import redis.asyncio
from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

from assistant.cluster.exceptions import TicketLockError
from assistant.cluster.keepalive import TicketKeeper
from assistant.cluster.lock_scripts import DEFAULT_KEY_PREFIX, LiveTicket
from assistant.cluster.sync_ticket_lock import SyncTicketLocks
from assistant.cluster.ticket_lock import RedisTicketLocks
from assistant.exceptions import SettingsError
from assistant.settings import load_settings

logger = logging.getLogger(__name__)

# A Redis that stops answering fails the turn after this long instead of hanging it.
REDIS_SOCKET_TIMEOUT_SECONDS = 5
# A caller's wait_time_in_seconds of 0 must not make a waiting turn spin on Redis.
MIN_POLL_SECONDS = 0.005
RUN_UNLOCKED = "run_unlocked"
REFUSE = "refuse"


class AtomicRedisLockStore(LockStore):
    """Rasa's LockStore interface on assistant.cluster.ticket_lock (see the module docstring).

    Build it from endpoints.yml (Rasa calls ``cls(endpoint_config=...)``) or directly:
    ``AtomicRedisLockStore(url="redis://...", lock_lifetime_seconds=10, key_prefix="test:")``.
    A missing url or lifetime is taken from the settings (REDIS_URL, LOCK_LIFETIME_SECONDS).
    """

    def __init__(
        self,
        url: str | None = None,
        lock_lifetime_seconds: float | None = None,
        key_prefix: str = DEFAULT_KEY_PREFIX,
        max_wait_seconds: float | None = None,
        endpoint_config: EndpointConfig | None = None,
        if_unavailable: str = RUN_UNLOCKED,
    ) -> None:
        if endpoint_config is not None:
            options = endpoint_config.kwargs
            url = url or endpoint_config.url
            lock_lifetime_seconds = lock_lifetime_seconds or options.get("lock_lifetime")
            key_prefix = options.get("key_prefix", key_prefix)
            max_wait_seconds = max_wait_seconds or options.get("max_wait")
            if_unavailable = options.get("if_unavailable", if_unavailable)
        if if_unavailable not in (RUN_UNLOCKED, REFUSE):
            raise SettingsError(f"lock_store if_unavailable: {if_unavailable!r} should be {RUN_UNLOCKED} or {REFUSE}")
        self.if_unavailable = if_unavailable
        if not url or lock_lifetime_seconds is None:
            settings = load_settings()
            url = url or str(settings.redis_url)
            lock_lifetime_seconds = lock_lifetime_seconds or settings.effective_lock_lifetime_seconds
        if not url:
            raise SettingsError(
                "The Redis lock store needs a Redis: set REDIS_URL (e.g. redis://127.0.0.1:6379/0) "
                "or `url:` under `lock_store:` in endpoints.yml."
            )
        self.url = url
        self.lock_lifetime_seconds = float(lock_lifetime_seconds)
        self.key_prefix = key_prefix
        self.max_wait_seconds = None if max_wait_seconds is None else float(max_wait_seconds)
        # One asyncio client per event loop: redis.asyncio connections belong to the loop that
        # opened them (Rasa runs one loop; tests and scripts may run several in turn).
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, RedisTicketLocks] = (
            weakref.WeakKeyDictionary()
        )
        # Synchronous client (connects on first use): Rasa's sync methods and the keep-alive thread,
        # which refreshes the tickets of every event loop of this process.
        sync_client = redis.Redis.from_url(
            url, socket_timeout=REDIS_SOCKET_TIMEOUT_SECONDS, socket_connect_timeout=REDIS_SOCKET_TIMEOUT_SECONDS
        )
        self.sync_locks = SyncTicketLocks(sync_client, key_prefix=key_prefix)
        self.keeper = TicketKeeper(self.sync_locks, self.lock_lifetime_seconds)
        super().__init__()

    # --- the path Rasa uses for every turn -----------------------------------

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = 1,
    ) -> AsyncGenerator[TicketLock, None]:
        """Hold `conversation_id`'s lock for the block, waiting in ticket order.

        `lock_lifetime` is ignored: the store's lifetime wins (module docstring).
        `wait_time_in_seconds` only counts when shorter than the store's 20 ms
        poll (and not below 5 ms): Rasa's default second is the handover delay
        this store removes.
        If Redis fails or the wait runs out, the block runs without the lock
        (an error is logged), or with ``if_unavailable: refuse`` Rasa's
        LockError is raised, as Rasa's store raises it when a ticket cannot be
        issued or has expired.
        """
        locks = self._locks_for_this_loop()
        poll_seconds = max(MIN_POLL_SECONDS, min(wait_time_in_seconds, locks.poll_seconds))
        async with AsyncExitStack() as stack:
            try:
                held = await stack.enter_async_context(locks.hold(conversation_id, poll_seconds=poll_seconds))
            except (TicketLockError, redis.RedisError) as error:
                # Only taking the lock is handled here; the block's own errors pass through unchanged.
                if self.if_unavailable == REFUSE:
                    raise LockError(
                        f"Could not acquire lock for conversation_id '{conversation_id}': {error}"
                    ) from error
                logger.error(
                    "A conversation's lock could not be taken (%s: %s); the turn runs without it.",
                    error.__class__.__name__, error,
                )
                yield self._ticket_lock(conversation_id, [])
                return
            expires = time.time() + self.lock_lifetime_seconds  # as far as Rasa's TicketLock can tell
            yield self._ticket_lock(conversation_id, [LiveTicket(held.ticket, expires)])

    async def close(self) -> None:
        """Close this event loop's Redis connections (the sync client closes on collection)."""
        locks = self._async_locks.pop(asyncio.get_running_loop(), None)
        if locks is not None:
            await locks.client.close(close_connection_pool=True)

    def _locks_for_this_loop(self) -> RedisTicketLocks:
        loop = asyncio.get_running_loop()
        locks = self._async_locks.get(loop)
        if locks is None:
            client = redis.asyncio.Redis.from_url(
                self.url,
                socket_timeout=REDIS_SOCKET_TIMEOUT_SECONDS,
                socket_connect_timeout=REDIS_SOCKET_TIMEOUT_SECONDS,
            )
            locks = RedisTicketLocks(client, self.keeper, max_wait_seconds=self.max_wait_seconds)
            self._async_locks[loop] = locks
        return locks

    # --- Rasa's synchronous interface: nothing in Rasa 3.6 calls these on a custom
    # store (its turns only use `lock()`), but they work, each as one atomic script.

    def get_lock(self, conversation_id: str) -> TicketLock | None:
        """A snapshot of the live tickets, in turn order; None if nobody holds or waits."""
        tickets = self.sync_locks.live_tickets(conversation_id)
        return self._ticket_lock(conversation_id, tickets) if tickets else None

    def save_lock(self, lock: TicketLock) -> None:
        """Replace the conversation's tickets with `lock`'s (last writer wins, as in Rasa).

        Prefer issue_ticket / finish_serving, which change one ticket atomically."""
        live = [LiveTicket(ticket.number, ticket.expires) for ticket in lock.tickets]
        self.sync_locks.replace(lock.conversation_id, live)

    def delete_lock(self, conversation_id: str) -> None:
        """Remove the lock whoever holds it; a holder's keep-alive then logs that its ticket is lost."""
        self._log_deletion(conversation_id, self.sync_locks.delete(conversation_id))

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """A ticket behind every live one. Nothing keeps it alive: it lasts `lock_lifetime`
        (Rasa's meaning here) unless given back with finish_serving or cleanup."""
        try:
            return self.sync_locks.issue(conversation_id, lock_lifetime)
        except redis.RedisError as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        """Drop expired tickets (every script does so anyway)."""
        self.sync_locks.live_tickets(conversation_id)

    def is_someone_waiting(self, conversation_id: str) -> bool:
        """Whether any live ticket exists: someone holds or waits for the lock."""
        return bool(self.sync_locks.live_tickets(conversation_id))

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """Give the ticket back; the next ticket holds the lock."""
        self.sync_locks.release(conversation_id, ticket_number)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Give the ticket back; the keys go with the last ticket."""
        self.sync_locks.release(conversation_id, ticket_number)

    @staticmethod
    def _ticket_lock(conversation_id: str, tickets: list[LiveTicket]) -> TicketLock:
        return TicketLock(conversation_id, deque(Ticket(t.number, t.expires) for t in tickets))
