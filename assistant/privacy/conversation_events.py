"""Rasa's `events` table as the privacy jobs need it: one conversation's
rows, rewriting a row's data in place, deleting a conversation's rows, and
which conversations went quiet before a moment.

Rows are Rasa's (rasa.core.tracker_store.SQLTrackerStore.SQLEvent): id,
sender_id, type_name, timestamp, intent_name, action_name, data (the event
as JSON). Every statement takes the caller's connection, so the caller
decides the transaction and holds the conversation lock
(assistant.privacy.conversation_lock).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Dict, List, Tuple

from sqlalchemy import delete, func, inspect, select, update
from sqlalchemy.engine import Connection

from assistant.db.rasa_events import EVENTS
from assistant.privacy.conversation_lock import REDACTIONS


@dataclass(frozen=True)
class StoredEvent:
    id: int
    type_name: str
    timestamp: float
    data: Dict[str, Any]


def has_events_table(connection: Connection) -> bool:
    return inspect(connection).has_table("events")


def conversation_events(connection: Connection, conversation_id: str) -> List[StoredEvent]:
    """Every stored event of the conversation, oldest first (unreadable rows skipped)."""
    rows = connection.execute(
        select(EVENTS.c.id, EVENTS.c.type_name, EVENTS.c.timestamp, EVENTS.c.data)
        .where(EVENTS.c.sender_id == conversation_id)
        .order_by(EVENTS.c.id)
    )
    events = []
    for row in rows:
        try:
            data = json.loads(row.data)
        except (TypeError, ValueError):
            data = {}
        events.append(StoredEvent(row.id, row.type_name or "", float(row.timestamp or 0.0), data))
    return events


def rewrite_event(connection: Connection, event_id: int, data: Dict[str, Any]) -> None:
    connection.execute(update(EVENTS).where(EVENTS.c.id == event_id).values(data=json.dumps(data)))


def delete_conversation_events(connection: Connection, conversation_id: str) -> int:
    return connection.execute(delete(EVENTS).where(EVENTS.c.sender_id == conversation_id)).rowcount or 0


def quiet_conversations(
    connection: Connection, before: float, limit: int | None = None, *, unredacted: bool = False
) -> List[Tuple[str, int, float]]:
    """(conversation id, last event id, last event time) of conversations
    whose latest event is older than `before` (epoch seconds), oldest first;
    `unredacted`: only those with events newer than their last redaction."""
    last_id, last_time = func.max(EVENTS.c.id), func.max(EVENTS.c.timestamp)
    query = select(EVENTS.c.sender_id, last_id, last_time).group_by(EVENTS.c.sender_id).having(last_time < before)
    if unredacted:
        redacted_through = (
            select(REDACTIONS.c.through_event_id)
            .where(REDACTIONS.c.conversation_id == EVENTS.c.sender_id)
            .scalar_subquery()
        )
        query = query.having(last_id > func.coalesce(redacted_through, 0))
    rows = connection.execute(query.order_by(last_time).limit(limit))
    return [(row[0], int(row[1]), float(row[2])) for row in rows]


def last_activity(connection: Connection, conversation_id: str) -> float | None:
    return connection.execute(
        select(func.max(EVENTS.c.timestamp)).where(EVENTS.c.sender_id == conversation_id)
    ).scalar()
