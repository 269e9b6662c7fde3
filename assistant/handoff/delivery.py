"""Opening a ticket without ever losing it: into the database if it is up,
otherwise into the durable outbox, delivered later (idempotently).

    opened = open_or_spool(db, outbox, new_ticket)
    opened.ticket_id        -> "42", or None while it waits in the outbox
    record_contact(db, outbox, conversation_id, message_id, name, phone)
    outbox.deliver(outbox_handlers(db))        # with the booking handler too: see Runtime

The patient's reply never waits for this: the safety responses have gone
out before the action that calls it runs.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any, Callable, ContextManager, Dict, Mapping

from sqlalchemy.orm import Session

from assistant.handoff.tickets import NewTicket, TicketInfo, open_ticket, set_contact_by_source
from assistant.outbox import Outbox

logger = logging.getLogger(__name__)

SessionFactory = Callable[[], ContextManager[Session]]
TICKET_KIND = "handoff_ticket"
CONTACT_KIND = "handoff_contact"
RECORD_VERSION = 1


def ticket_key(conversation_id: str, source_message_id: str, message_id: str | None = None) -> str:
    """The outbox key of a ticket: stable for the same patient message. A
    later message of an episode (message_id) has its own key, so that it
    never overwrites the episode's first message in the outbox."""
    about = (
        source_message_id if not message_id or message_id == source_message_id else f"{source_message_id}/{message_id}"
    )
    digest = hashlib.sha256(f"{conversation_id}\x1f{about}".encode()).hexdigest()
    return f"handoff-{digest[:40]}"


@dataclass(frozen=True)
class Opened:
    ticket: TicketInfo | None  # None: kept in the outbox for now
    created: bool  # False when the ticket already existed (a retry)
    key: str  # the outbox key, also when stored

    @property
    def ticket_id(self) -> str | None:
        return str(self.ticket.id) if self.ticket is not None else None

    @property
    def spooled(self) -> bool:
        return self.ticket is None


def open_or_spool(db: SessionFactory, outbox: Outbox, new: NewTicket) -> Opened:
    key = ticket_key(new.conversation_id, new.source_message_id, new.message_id)
    try:
        with db() as session:
            ticket, created = open_ticket(session, new)
        return Opened(ticket, created, key)
    except Exception:
        logger.exception("Opening a %s handoff ticket failed; kept in the outbox as %s", new.urgency.value, key)
        outbox.put(key, {"version": RECORD_VERSION, "kind": TICKET_KIND, "ticket": new.to_json()})
        return Opened(None, False, key)


def record_contact(
    db: SessionFactory,
    outbox: Outbox,
    conversation_id: str,
    source_message_id: str,
    name: str | None,
    phone: str | None,
) -> bool:
    """Add the callback name and phone to the ticket; True if stored now,
    False if kept in the outbox (delivered after the ticket itself)."""
    if not name and not phone:
        return True
    try:
        with db() as session:
            set_contact_by_source(session, conversation_id, source_message_id, name, phone)
        return True
    except Exception:
        key = ticket_key(conversation_id, source_message_id) + "-contact"
        logger.exception("Adding the callback contact to a handoff ticket failed; kept in the outbox as %s", key)
        outbox.put(
            key,
            {
                "version": RECORD_VERSION,
                "kind": CONTACT_KIND,
                "conversation_id": conversation_id,
                "source_message_id": source_message_id,
                "name": name,
                "phone": phone,
            },
        )
        return False


def outbox_handlers(db: SessionFactory) -> Dict[str, Callable[[Mapping[str, Any]], None]]:
    """The outbox handlers for handoff records, by kind."""

    def store_ticket(record: Mapping[str, Any]) -> None:
        with db() as session:
            open_ticket(session, NewTicket.from_json(record["ticket"]))

    def store_contact(record: Mapping[str, Any]) -> None:
        with db() as session:
            set_contact_by_source(
                session,
                record["conversation_id"],
                record["source_message_id"],
                record["name"],
                record["phone"],
            )

    return {TICKET_KIND: store_ticket, CONTACT_KIND: store_contact}
