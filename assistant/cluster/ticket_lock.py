"""A per-conversation ticket lock in Redis that several servers can share safely.

Why not Rasa's RedisLockStore (3.6): it issues a ticket by reading the lock's
JSON, adding a ticket and writing it back in separate round trips, so two
servers that read at the same moment both take ticket 0 and both run a turn of
the same conversation at once (RasaHQ/rasa#9213; the fix was reverted). Its
keys never expire, a waiting turn polls once a second, and it calls a
synchronous Redis client from the event loop.

Here every step is one Lua script, so Redis runs it atomically:

- a conversation has two keys, ``<prefix>{<conversation>}:tickets`` (a hash:
  ticket number -> deadline in Redis's own clock, milliseconds) and
  ``<prefix>{<conversation>}:counter`` (INCR hands out ticket numbers); the
  braces keep both in one Redis Cluster slot;
- the live ticket with the lowest number holds the lock (first come, first
  served); a ticket past its deadline is dropped by whichever script next
  touches the conversation, so the turn of a server that died holding or
  waiting for the lock lets the next one in after at most one lifetime;
- a live holder or waiter pushes its deadline forward every lifetime/4 from a
  background task, so a long turn never loses the lock to a second turn;
- both keys expire with the latest deadline, and the script that removes the
  last ticket deletes them, so nothing is left once nobody holds or waits.

Deadlines use Redis's clock (TIME inside the scripts), never a server's, so
servers with skewed clocks still agree on who expired.

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
from dataclasses import dataclass, field
from typing import AsyncIterator, List, Set

import redis
import redis.asyncio

from assistant.cluster.exceptions import LockWaitTimeout, TicketExpired

logger = logging.getLogger(__name__)

DEFAULT_KEY_PREFIX = "conversation_lock:"
# Between two tries of a waiting turn: the handover delay is at most this plus one round trip.
DEFAULT_POLL_SECONDS = 0.02
# A waiting turn gives up after this many lifetimes: a live holder still running by then is stuck.
MAX_WAIT_LIFETIMES = 3
# A holder or waiter refreshes its ticket this many times per lifetime, so a few missed refreshes
# (a Redis blip, a busy event loop) do not let the ticket expire.
REFRESHES_PER_LIFETIME = 4

# Shared by every script. KEYS[1]: the tickets hash, KEYS[2]: the counter.
_LUA_COMMON = """
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
-- Keys live at least until `deadline`; never shortened (a ticket issued with a longer lifetime keeps its keys).
local function keep_keys_until(deadline, now)
  local ttl = deadline - now
  for _, key in ipairs(KEYS) do
    if redis.call('PTTL', key) < ttl then redis.call('PEXPIRE', key, ttl) end
  end
end
-- Drops expired tickets (deleting both keys when none is left). Returns the lowest live ticket
-- number (or false), the number of live tickets below `mine`, and whether `mine` is live.
local function prune(now, mine)
  local flat = redis.call('HGETALL', KEYS[1])
  local head = false
  local ahead = 0
  local live = 0
  local mine_live = false
  for i = 1, #flat, 2 do
    local number = tonumber(flat[i])
    if tonumber(flat[i + 1]) <= now then
      redis.call('HDEL', KEYS[1], flat[i])
    else
      live = live + 1
      if head == false or number < head then head = number end
      if mine and number < mine then ahead = ahead + 1 end
      if number == mine then mine_live = true end
    end
  end
  if live == 0 then redis.call('DEL', KEYS[1], KEYS[2]) end
  return head, ahead, mine_live
end
"""

# ARGV[1]: lifetime in ms. Returns the new ticket's number.
_ISSUE = _LUA_COMMON + """
local now = now_ms()
local lifetime = tonumber(ARGV[1])
prune(now, false)
local number = redis.call('INCR', KEYS[2])
redis.call('HSET', KEYS[1], number, string.format('%d', now + lifetime))
keep_keys_until(now + lifetime, now)
return number
"""

# ARGV[1]: the ticket. Returns 0 if it holds the lock now, the number of live tickets ahead
# of it if it must wait, -1 if it expired (or was never issued).
_TRY_ACQUIRE = _LUA_COMMON + """
local mine = tonumber(ARGV[1])
local head, ahead, mine_live = prune(now_ms(), mine)
if not mine_live then return -1 end
return ahead
"""

# ARGV[1]: the ticket, ARGV[2]: lifetime in ms. Returns 1 if the ticket was live and now lasts
# another lifetime, 0 if it had expired (it is not brought back: someone may hold the lock now).
_REFRESH = _LUA_COMMON + """
local now = now_ms()
local deadline = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if deadline <= now then
  prune(now, false)
  return 0
end
local lifetime = tonumber(ARGV[2])
redis.call('HSET', KEYS[1], ARGV[1], string.format('%d', now + lifetime))
keep_keys_until(now + lifetime, now)
return 1
"""

# ARGV[1]: the ticket. Returns 1 if it was still there.
_RELEASE = _LUA_COMMON + """
local removed = redis.call('HDEL', KEYS[1], ARGV[1])
prune(now_ms(), false)
return removed
"""

# Returns {now_ms, number1, deadline1, number2, deadline2, ...} of the live tickets.
_SNAPSHOT = _LUA_COMMON + """
local now = now_ms()
prune(now, false)
local result = {now}
local flat = redis.call('HGETALL', KEYS[1])
for i = 1, #flat do result[#result + 1] = tonumber(flat[i]) end
return result
"""

# Replaces every ticket. ARGV: number1, deadline1 (ms), number2, deadline2, ...
# The counter never goes back, so numbers issued later stay above the ones written.
_REPLACE = _LUA_COMMON + """
local now = now_ms()
redis.call('DEL', KEYS[1])
local latest = 0
local highest = tonumber(redis.call('GET', KEYS[2]) or '0')
for i = 1, #ARGV, 2 do
  local deadline = tonumber(ARGV[i + 1])
  if deadline > now then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
    if deadline > latest then latest = deadline end
    if tonumber(ARGV[i]) > highest then highest = tonumber(ARGV[i]) end
  end
end
if latest == 0 then
  redis.call('DEL', KEYS[1], KEYS[2])
  return 0
end
redis.call('SET', KEYS[2], highest)
keep_keys_until(latest, now)
return 1
"""


@dataclass(frozen=True)
class LockKeys:
    """The Redis keys of one conversation's lock."""

    tickets: str
    counter: str

    @classmethod
    def for_conversation(cls, key_prefix: str, conversation_id: str) -> LockKeys:
        base = f"{key_prefix}{{{conversation_id}}}"
        return cls(tickets=f"{base}:tickets", counter=f"{base}:counter")

    def as_list(self) -> List[str]:
        return [self.tickets, self.counter]


@dataclass(frozen=True)
class LiveTicket:
    """A ticket as stored: its number and when it expires (seconds since the epoch, Redis's clock)."""

    number: int
    expires: float


@dataclass
class HeldLock:
    """The lock one turn holds. `lost` turns true if its ticket expired while held (the keep-alive
    could not reach Redis for a whole lifetime): another turn may then have entered."""

    conversation_id: str
    ticket: int
    lost: bool = field(default=False)


def _seconds_to_ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


def _live_tickets(snapshot: List[int]) -> List[LiveTicket]:
    pairs = zip(snapshot[1::2], snapshot[2::2], strict=True)
    return sorted((LiveTicket(number=int(n), expires=int(d) / 1000) for n, d in pairs), key=lambda t: t.number)


class RedisTicketLocks:
    """Conversation locks for asyncio code, on one `redis.asyncio.Redis` client.

    Use `hold(conversation_id)` as an async context manager; the lower-level
    steps (`issue`, `try_acquire`, `refresh`, `release`) are public for tests
    and for callers that manage a ticket themselves.
    """

    def __init__(
        self,
        client: redis.asyncio.Redis,
        *,
        lifetime_seconds: float,
        key_prefix: str = DEFAULT_KEY_PREFIX,
        poll_seconds: float = DEFAULT_POLL_SECONDS,
        max_wait_seconds: float | None = None,
    ) -> None:
        if lifetime_seconds <= 0:
            raise ValueError(f"lifetime_seconds must be positive, not {lifetime_seconds}")
        self.client = client
        self.lifetime_seconds = lifetime_seconds
        self.key_prefix = key_prefix
        self.poll_seconds = poll_seconds
        if max_wait_seconds is None:
            max_wait_seconds = MAX_WAIT_LIFETIMES * lifetime_seconds
        self.max_wait_seconds = max_wait_seconds
        self._issue = client.register_script(_ISSUE)
        self._try_acquire = client.register_script(_TRY_ACQUIRE)
        self._refresh = client.register_script(_REFRESH)
        self._release = client.register_script(_RELEASE)
        self._snapshot = client.register_script(_SNAPSHOT)
        # Releases scheduled for tickets issued after their turn was cancelled (kept so they are not collected).
        self._pending_releases: Set[asyncio.Future] = set()

    def keys(self, conversation_id: str) -> LockKeys:
        return LockKeys.for_conversation(self.key_prefix, conversation_id)

    async def issue(self, conversation_id: str) -> int:
        """A new ticket, behind every live one, lasting one lifetime unless refreshed."""
        keys = self.keys(conversation_id).as_list()
        return int(await self._issue(keys=keys, args=[_seconds_to_ms(self.lifetime_seconds)]))

    async def try_acquire(self, conversation_id: str, ticket: int) -> int:
        """0 if `ticket` holds the lock now, else how many live tickets are ahead of it.

        Raises TicketExpired if the ticket is gone."""
        ahead = int(await self._try_acquire(keys=self.keys(conversation_id).as_list(), args=[ticket]))
        if ahead < 0:
            raise TicketExpired(conversation_id, ticket)
        return ahead

    async def refresh(self, conversation_id: str, ticket: int) -> bool:
        """Push the ticket's deadline a lifetime ahead; False if it had already expired."""
        keys = self.keys(conversation_id).as_list()
        return bool(await self._refresh(keys=keys, args=[ticket, _seconds_to_ms(self.lifetime_seconds)]))

    async def release(self, conversation_id: str, ticket: int) -> bool:
        """Give the ticket back (the next one holds the lock); False if it had expired already."""
        return bool(await self._release(keys=self.keys(conversation_id).as_list(), args=[ticket]))

    async def live_tickets(self, conversation_id: str) -> List[LiveTicket]:
        """The conversation's live tickets in turn order (expired ones are dropped first)."""
        return _live_tickets(await self._snapshot(keys=self.keys(conversation_id).as_list(), args=[]))

    @asynccontextmanager
    async def hold(self, conversation_id: str, *, poll_seconds: float | None = None) -> AsyncIterator[HeldLock]:
        """Wait for the conversation's lock in ticket order, hold it for the block, give it back.

        Raises LockWaitTimeout after `max_wait_seconds` of waiting and TicketExpired if the
        ticket expired while waiting; Redis errors pass through. The ticket is released
        even if the block raises or the task is cancelled.
        """
        ticket = await self._issue_even_if_cancelled(conversation_id)
        held = HeldLock(conversation_id, ticket)
        keepalive = asyncio.create_task(self._keep_alive(held))
        try:
            await self._wait_for_turn(conversation_id, ticket, poll_seconds or self.poll_seconds)
            yield held
        finally:
            keepalive.cancel()
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

    async def _keep_alive(self, held: HeldLock) -> None:
        interval = self.lifetime_seconds / REFRESHES_PER_LIFETIME
        while True:
            await asyncio.sleep(interval)
            try:
                alive = await self.refresh(held.conversation_id, held.ticket)
            except redis.RedisError as error:
                # Keep trying: the ticket survives until a whole lifetime passes without a refresh.
                logger.warning("Could not refresh lock ticket %s: %s", held.ticket, error)
                continue
            if not alive:
                held.lost = True
                logger.error(
                    "Lock ticket %s expired while its turn was alive (Redis unreachable or the event loop "
                    "stalled for a whole lifetime): another turn of the conversation may run at once.",
                    held.ticket,
                )
                return

    async def _release_quietly(self, conversation_id: str, ticket: int) -> None:
        try:
            await self.release(conversation_id, ticket)
        except redis.RedisError as error:
            # The ticket expires by itself after one lifetime; the turn's own outcome matters more.
            logger.warning("Could not release lock ticket %s (it expires by itself): %s", ticket, error)


class SyncTicketLocks:
    """The same locks from synchronous code (a `redis.Redis` client): Rasa's rarely used
    non-async lock store methods. No keep-alive: a ticket issued here lasts the lifetime
    it is issued with unless released."""

    def __init__(self, client: redis.Redis, *, key_prefix: str = DEFAULT_KEY_PREFIX) -> None:
        self.client = client
        self.key_prefix = key_prefix
        self._issue = client.register_script(_ISSUE)
        self._release = client.register_script(_RELEASE)
        self._snapshot = client.register_script(_SNAPSHOT)
        self._replace = client.register_script(_REPLACE)

    def keys(self, conversation_id: str) -> LockKeys:
        return LockKeys.for_conversation(self.key_prefix, conversation_id)

    def issue(self, conversation_id: str, lifetime_seconds: float) -> int:
        keys = self.keys(conversation_id).as_list()
        return int(self._issue(keys=keys, args=[_seconds_to_ms(lifetime_seconds)]))

    def release(self, conversation_id: str, ticket: int) -> bool:
        return bool(self._release(keys=self.keys(conversation_id).as_list(), args=[ticket]))

    def live_tickets(self, conversation_id: str) -> List[LiveTicket]:
        return _live_tickets(self._snapshot(keys=self.keys(conversation_id).as_list(), args=[]))

    def replace(self, conversation_id: str, tickets: List[LiveTicket]) -> None:
        """Make `tickets` the conversation's tickets (last writer wins; expired ones are left out)."""
        args: List[int] = []
        for ticket in tickets:
            args += [ticket.number, int(ticket.expires * 1000)]
        self._replace(keys=self.keys(conversation_id).as_list(), args=args)

    def delete(self, conversation_id: str) -> bool:
        """Remove the conversation's lock whoever holds it (a holder's refresh will then fail)."""
        return bool(self.client.delete(*self.keys(conversation_id).as_list()))

