"""When a takeover whose console went quiet goes back to the assistant.

The console sends a heartbeat every few seconds while the takeover page is
open. The Rasa server keeps the time of the latest one per conversation and
hands back every takeover whose latest beat is older than
TAKEOVER_HEARTBEAT_SECONDS. A takeover the book does not know (the Rasa
server restarted) counts from when it is first seen.

One Rasa server keeps the book in memory (HeartbeatBook). Several share it
in Redis (RedisHeartbeatBook): the console's beats reach one server while
the patient's messages, and the watcher that hands back, may be on another,
which must not take a console that is still beating for a quiet one.
"""

from __future__ import annotations

from typing import Dict, List, Protocol

import redis


class Heartbeats(Protocol):
    timeout_seconds: float

    def beat(self, conversation_id: str, now: float) -> None: ...
    def seen(self, conversation_id: str, now: float) -> None: ...
    def forget(self, conversation_id: str) -> None: ...
    def is_stale(self, conversation_id: str, now: float) -> bool: ...
    def stale(self, now: float) -> List[str]: ...


class HeartbeatBook:
    def __init__(self, timeout_seconds: float) -> None:
        self.timeout_seconds = timeout_seconds
        self._latest: Dict[str, float] = {}

    def beat(self, conversation_id: str, now: float) -> None:
        self._latest[conversation_id] = now

    def seen(self, conversation_id: str, now: float) -> None:
        """A takeover noticed without a heartbeat: its time starts now."""
        self._latest.setdefault(conversation_id, now)

    def forget(self, conversation_id: str) -> None:
        self._latest.pop(conversation_id, None)

    def is_stale(self, conversation_id: str, now: float) -> bool:
        latest = self._latest.get(conversation_id)
        return latest is not None and now - latest > self.timeout_seconds

    def stale(self, now: float) -> List[str]:
        """The conversations whose console has been quiet for longer than the timeout."""
        return [cid for cid in list(self._latest) if self.is_stale(cid, now)]


# One sorted set per deployment: member = conversation id, score = latest beat.
REDIS_KEY = "clinic-assistant:takeover-heartbeats"


class RedisHeartbeatBook:
    """HeartbeatBook in a Redis sorted set, shared by every Rasa server.

    A synchronous client on purpose: each call is one loopback or LAN round
    trip, made only for takeovers (a beat every few seconds, a patient
    message while staff hold the conversation, the watcher's sweep)."""

    def __init__(self, timeout_seconds: float, redis_url: str, key: str = REDIS_KEY) -> None:
        self.timeout_seconds = timeout_seconds
        self._redis = redis.Redis.from_url(redis_url, socket_timeout=2)
        self._key = key

    def beat(self, conversation_id: str, now: float) -> None:
        self._redis.zadd(self._key, {conversation_id: now})

    def seen(self, conversation_id: str, now: float) -> None:
        self._redis.zadd(self._key, {conversation_id: now}, nx=True)

    def forget(self, conversation_id: str) -> None:
        self._redis.zrem(self._key, conversation_id)

    def is_stale(self, conversation_id: str, now: float) -> bool:
        latest = self._redis.zscore(self._key, conversation_id)
        return latest is not None and now - latest > self.timeout_seconds

    def stale(self, now: float) -> List[str]:
        quiet = self._redis.zrangebyscore(self._key, "-inf", f"({now - self.timeout_seconds}")
        return [member.decode() for member in quiet]


def heartbeat_book(timeout_seconds: float, redis_url: str = "") -> Heartbeats:
    """The book for this deployment: shared in Redis when there is one."""
    return RedisHeartbeatBook(timeout_seconds, redis_url) if redis_url else HeartbeatBook(timeout_seconds)
