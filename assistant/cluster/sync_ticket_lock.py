"""The conversation ticket lock from synchronous code, on a `redis.Redis` client.

Two users: Rasa's rarely used non-async lock store methods (issue a ticket,
serve it, read or replace the tickets), and the keep-alive thread
(keepalive.py), which must refresh tickets even while a server's event loop
is blocked. Every method is one atomic script (lock_scripts.py).
"""

from __future__ import annotations

from typing import List

import redis

from assistant.cluster import lock_scripts
from assistant.cluster.lock_scripts import DEFAULT_KEY_PREFIX, LiveTicket, LockKeys, live_tickets_from, seconds_to_ms


class SyncTicketLocks:
    """Conversation tickets through a synchronous Redis client. A ticket issued here is
    not kept alive: it lasts the lifetime it is issued with unless released or refreshed."""

    def __init__(self, client: redis.Redis, *, key_prefix: str = DEFAULT_KEY_PREFIX) -> None:
        self.client = client
        self.key_prefix = key_prefix
        self._issue = client.register_script(lock_scripts.ISSUE)
        self._refresh = client.register_script(lock_scripts.REFRESH)
        self._release = client.register_script(lock_scripts.RELEASE)
        self._snapshot = client.register_script(lock_scripts.SNAPSHOT)
        self._replace = client.register_script(lock_scripts.REPLACE)

    def keys(self, conversation_id: str) -> LockKeys:
        return LockKeys.for_conversation(self.key_prefix, conversation_id)

    def issue(self, conversation_id: str, lifetime_seconds: float) -> int:
        """A new ticket behind every live one."""
        keys = self.keys(conversation_id).as_list()
        return int(self._issue(keys=keys, args=[seconds_to_ms(lifetime_seconds)]))

    def refresh(self, conversation_id: str, ticket: int, lifetime_seconds: float) -> bool:
        """Push the ticket's deadline a lifetime ahead; False if it had already expired."""
        keys = self.keys(conversation_id).as_list()
        return bool(self._refresh(keys=keys, args=[ticket, seconds_to_ms(lifetime_seconds)]))

    def release(self, conversation_id: str, ticket: int) -> bool:
        """Give the ticket back; False if it had expired already."""
        return bool(self._release(keys=self.keys(conversation_id).as_list(), args=[ticket]))

    def live_tickets(self, conversation_id: str) -> List[LiveTicket]:
        """The live tickets in turn order (expired ones are dropped first)."""
        return live_tickets_from(self._snapshot(keys=self.keys(conversation_id).as_list(), args=[]))

    def replace(self, conversation_id: str, tickets: List[LiveTicket]) -> None:
        """Make `tickets` the conversation's tickets (last writer wins; expired ones are left out)."""
        args: List[int] = []
        for ticket in tickets:
            args += [ticket.number, int(ticket.expires * 1000)]
        self._replace(keys=self.keys(conversation_id).as_list(), args=args)

    def delete(self, conversation_id: str) -> bool:
        """Remove the conversation's lock whoever holds it (a holder's refresh will then fail)."""
        return bool(self.client.delete(*self.keys(conversation_id).as_list()))
