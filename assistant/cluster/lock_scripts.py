"""The Redis side of the conversation ticket lock: its keys and its Lua scripts.

Each step of the lock (issue, try to acquire, refresh, release, read, replace)
is one script, which Redis runs atomically: no step reads in one round trip and
writes in another, so two servers can never both take a ticket that the other
overwrites (the race of Rasa's RedisLockStore, RasaHQ/rasa#9213).

A conversation has two keys, ``<prefix>{<conversation>}:tickets`` (a hash:
ticket number -> deadline in Redis's own clock, milliseconds) and
``<prefix>{<conversation>}:counter`` (INCR hands out ticket numbers). The braces
keep both in one Redis Cluster slot. Deadlines use Redis's clock (TIME inside
the scripts), never a server's, so servers with skewed clocks agree on who
expired. Both keys expire with the latest deadline, and the script that
removes the last ticket deletes them, so nothing is left once nobody holds or
waits.

Scripts are used by ticket_lock.py (asyncio) and sync_ticket_lock.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List

DEFAULT_KEY_PREFIX = "conversation_lock:"

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
ISSUE = _LUA_COMMON + """
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
TRY_ACQUIRE = _LUA_COMMON + """
local mine = tonumber(ARGV[1])
local head, ahead, mine_live = prune(now_ms(), mine)
if not mine_live then return -1 end
return ahead
"""

# ARGV[1]: the ticket, ARGV[2]: lifetime in ms. Returns 1 if the ticket was live and now lasts
# another lifetime, 0 if it had expired (it is not brought back: someone may hold the lock now).
REFRESH = _LUA_COMMON + """
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
RELEASE = _LUA_COMMON + """
local removed = redis.call('HDEL', KEYS[1], ARGV[1])
prune(now_ms(), false)
return removed
"""

# Returns {now_ms, number1, deadline1, number2, deadline2, ...} of the live tickets.
SNAPSHOT = _LUA_COMMON + """
local now = now_ms()
prune(now, false)
local result = {now}
local flat = redis.call('HGETALL', KEYS[1])
for i = 1, #flat do result[#result + 1] = tonumber(flat[i]) end
return result
"""

# Replaces every ticket. ARGV: number1, deadline1 (ms), number2, deadline2, ...
# The counter never goes back, so numbers issued later stay above the ones written.
REPLACE = _LUA_COMMON + """
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


def seconds_to_ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


def live_tickets_from(snapshot: List[int]) -> List[LiveTicket]:
    pairs = zip(snapshot[1::2], snapshot[2::2], strict=True)
    return sorted((LiveTicket(number=int(n), expires=int(d) / 1000) for n, d in pairs), key=lambda t: t.number)
