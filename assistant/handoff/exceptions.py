"""Errors raised by assistant.handoff.

AssistantError (assistant.exceptions)
 └── HandoffError           something about a handoff ticket
      ├── TicketNotFound    no ticket with that id (or conversation and message)
      └── TicketStateError  the ticket is not in a state that allows this
           ├── TicketAlreadyClaimed   someone else claimed it first; reload the queue
           └── TicketAlreadyResolved  it is closed; add a note instead
"""

from __future__ import annotations

from assistant.exceptions import AssistantError


class HandoffError(AssistantError):
    """Base class for handoff ticket errors."""


class TicketNotFound(HandoffError):
    def __init__(self, what: str) -> None:
        super().__init__(f"No handoff ticket {what}.")


class TicketStateError(HandoffError):
    """The ticket's status does not allow the change asked for."""


class TicketAlreadyClaimed(TicketStateError):
    def __init__(self, ticket_id: int, by: str | None) -> None:
        self.ticket_id, self.claimed_by = ticket_id, by
        super().__init__(f"Ticket {ticket_id} is already claimed by {by or 'someone'}; reload the queue.")


class TicketAlreadyResolved(TicketStateError):
    def __init__(self, ticket_id: int) -> None:
        self.ticket_id = ticket_id
        super().__init__(f"Ticket {ticket_id} is already resolved; add a note to it instead.")
