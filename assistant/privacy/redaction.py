"""Redacting one conversation: names, phone numbers, emails and dates of
birth masked in its stored events and its records, under the conversation
lock (assistant.privacy.conversation_lock), rows rewritten in place so
Rasa's count of stored events stays right.

    redact_conversation(stores, "3f2a...", now=now)

The names and numbers the patient gave in forms (the booking and callback
slots) are masked wherever they appear in the conversation, beside the
patterns of assistant.privacy.pii. Slot values that are personal details
are replaced whole.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, Iterable, List, Tuple

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from assistant.booking import fields
from assistant.handoff.opening import CALLBACK_NAME, CALLBACK_PHONE
from assistant.privacy.conversation_events import StoredEvent, conversation_events, has_events_table, rewrite_event
from assistant.privacy.conversation_lock import REDACTIONS
from assistant.privacy.patient_records import known_details, redact_records
from assistant.privacy.pii import NAME, PHONE, Redactor
from assistant.privacy.stores import PrivacyStores

# Slots holding personal details, and what replaces their value.
PERSONAL_SLOTS = {
    fields.NAME: NAME,
    fields.CONTACT: PHONE,
    CALLBACK_NAME: NAME,
    CALLBACK_PHONE: PHONE,
}


def details_in_events(events: Iterable[StoredEvent]) -> List[str]:
    """The personal details the patient typed into forms, from the slot events."""
    values = []
    for event in events:
        if event.data.get("event") == "slot" and event.data.get("name") in PERSONAL_SLOTS:
            value = event.data.get("value")
            if isinstance(value, str) and value.strip():
                values.append(value.strip())
    return values


def redact_event(data: Dict[str, Any], redactor: Redactor) -> Dict[str, Any]:
    if data.get("event") == "slot" and data.get("name") in PERSONAL_SLOTS and isinstance(data.get("value"), str):
        return {
            **redactor.value({k: v for k, v in data.items() if k != "value"}),
            "value": PERSONAL_SLOTS[data["name"]],
        }
    return redactor.value(data)


def events_and_redactor(
    connection: Connection, session: Session, conversation_id: str, *, now: datetime, region: str
) -> Tuple[List[StoredEvent], Redactor]:
    """A conversation's stored events, and a redactor that knows every detail the patient gave
    in them or in their booking requests and tickets (read under the conversation's lock)."""
    events = conversation_events(connection, conversation_id) if has_events_table(connection) else []
    known = tuple(details_in_events(events)) + tuple(known_details(session, conversation_id))
    return events, Redactor(known=known, region=region, today=now.date())


def redact_conversation(stores: PrivacyStores, conversation_id: str, *, now: datetime, region: str = "GB") -> int:
    """Mask personal details in the conversation; returns the number of events changed."""
    stores.prepare()
    changed = 0
    with stores.locked(conversation_id) as (connection, session):
        events, redactor = events_and_redactor(connection, session, conversation_id, now=now, region=region)
        for event in events:
            redacted = redact_event(event.data, redactor)
            if redacted != event.data:
                rewrite_event(connection, event.id, redacted)
                changed += 1
        redact_records(session, conversation_id, redactor)
        connection.execute(REDACTIONS.delete().where(REDACTIONS.c.conversation_id == conversation_id))
        connection.execute(
            REDACTIONS.insert().values(
                conversation_id=conversation_id,
                redacted_at=now.timestamp(),
                through_event_id=max((event.id for event in events), default=0),
            )
        )
    return changed
