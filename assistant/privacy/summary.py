"""What the console shows staff before they export or erase a conversation:
counts and statuses only, no content (staff read content on the ticket and
booking pages, which audit the viewing)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple

from sqlalchemy import select

from assistant.db.models import BookingRequest, HandoffTicket
from assistant.privacy.conversation_events import conversation_events, has_events_table
from assistant.privacy.patient_records import is_care_record
from assistant.privacy.stores import PrivacyStores


@dataclass(frozen=True)
class TicketLine:
    id: int
    urgency: str
    status: str
    kept: bool  # erasure keeps it as a minimal care record


@dataclass(frozen=True)
class BookingLine:
    id: int
    status: str
    kept: bool  # a confirmed appointment stays in the diary


@dataclass(frozen=True)
class ConversationSummary:
    conversation_id: str
    messages: int
    bookings: Tuple[BookingLine, ...]
    tickets: Tuple[TicketLine, ...]

    @property
    def empty(self) -> bool:
        return not (self.messages or self.bookings or self.tickets)


def summarise(stores: PrivacyStores, conversation_id: str) -> ConversationSummary:
    stores.prepare()
    with stores.locked(conversation_id) as (connection, session):
        events = conversation_events(connection, conversation_id) if has_events_table(connection) else []
        bookings = session.execute(
            select(BookingRequest).where(BookingRequest.conversation_id == conversation_id).order_by(BookingRequest.id)
        ).scalars()
        booking_lines = tuple(BookingLine(b.id, b.status, b.status == "confirmed") for b in bookings)
        tickets = session.execute(
            select(HandoffTicket).where(HandoffTicket.conversation_id == conversation_id).order_by(HandoffTicket.id)
        ).scalars()
        ticket_lines = tuple(TicketLine(t.id, t.urgency, t.status, is_care_record(t)) for t in tickets)
    messages = sum(1 for e in events if e.data.get("event") in ("user", "bot"))
    return ConversationSummary(conversation_id, messages, booking_lines, ticket_lines)
