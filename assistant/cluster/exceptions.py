"""Errors of the shared conversation lock.

TicketLockError (AssistantError)
 ├── LockWaitTimeout   the conversation stayed locked longer than the maximum wait; the turn is given up
 └── TicketExpired     our own ticket vanished while we waited (this process stalled, or Redis lost it)
"""

from __future__ import annotations

from assistant.exceptions import AssistantError


class TicketLockError(AssistantError):
    """The conversation lock could not be taken."""


class LockWaitTimeout(TicketLockError):
    def __init__(self, conversation_id: str, waited_seconds: float) -> None:
        self.conversation_id = conversation_id
        self.waited_seconds = waited_seconds
        super().__init__(
            f"Conversation {conversation_id!r} stayed locked for {waited_seconds:.1f} s, the longest a turn "
            "waits. Another turn holds it and is still alive (its server keeps its ticket fresh); "
            "look for a turn stuck on a slow action or database."
        )


class TicketExpired(TicketLockError):
    def __init__(self, conversation_id: str, ticket: int) -> None:
        self.conversation_id = conversation_id
        self.ticket = ticket
        super().__init__(
            f"Ticket {ticket} for conversation {conversation_id!r} expired while it waited: its keep-alive "
            "could not reach Redis for a whole lock lifetime, or the process was stalled that long."
        )
