"""Rasa's SQL tracker store, pointed at the database named in the settings.

Same table and the same rows as Rasa's SQLTrackerStore (the staff console and
the handoff reconciler read it), with a faster hot path: every chat turn reads
the conversation and writes its new events, and under load Rasa's version
spent about a third of the server's time there (bench/results/load.md):

- SQLite connections are pooled (Rasa opens and closes one per read and per
  write; closing a WAL database's last connection checkpoints it);
- reads and writes are two plain SQL statements each, instead of ORM queries
  rebuilt and re-keyed for the statement cache on every call;
- stored events are turned back into Rasa events through a lookup table
  instead of Rasa's scan of every Event subclass for every event.

Saving holds the conversation lock the privacy jobs take too, and writes
nothing of a tracker that was read before the conversation was erased, so
a turn in flight cannot write an erased conversation back (why and how:
assistant/privacy/conversation_lock.py).

A save appends the events that came after those the tracker was read with.
Rasa's store counts the stored rows instead, so if two turns of one
conversation ever ran at once (two servers and a lock store that let both
in), the second save silently dropped its events, the patient's message
among them. Here both are kept and the overlap is logged.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
from typing import Any, Dict, Iterable, List, Type

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from rasa.shared.utils.common import all_subclasses
from sqlalchemy.engine import make_url

from assistant.db import READ_ONLY, create_engine_for
from assistant.db.engine import make_private_sqlite_file
from assistant.privacy.conversation_lock import ensure_tables, latest_erasure, lock_conversation
from assistant.settings import load_settings

logger = logging.getLogger(__name__)

_EVENTS = SQLTrackerStore.SQLEvent.__table__

# The events of the latest session: those at or after the latest
# SessionStarted, or all of them if the conversation never started a session
# (Rasa's SQLTrackerStore._event_query, as plain SQL).
_LATEST_SESSION = (
    "sender_id = :sender_id AND ("
    "  timestamp >= (SELECT max(timestamp) FROM events WHERE sender_id = :sender_id AND type_name = :session_started)"
    "  OR NOT EXISTS (SELECT 1 FROM events WHERE sender_id = :sender_id AND type_name = :session_started)"
    ")"
)
_SELECT_LATEST_SESSION = sa.text(f"SELECT data FROM events WHERE {_LATEST_SESSION} ORDER BY id")
_SELECT_ALL_SESSIONS = sa.text("SELECT data FROM events WHERE sender_id = :sender_id ORDER BY id")
_COUNT_LATEST_SESSION = sa.text(f"SELECT count(*) FROM events WHERE {_LATEST_SESSION}")

# Set on the trackers this store reads and saves: how many of their events are stored.
STORED_EVENTS_ATTRIBUTE = "_clinic_stored_events"


@functools.cache
def _event_class(type_name: str) -> Type[Event] | None:
    # The first subclass with this name, as Event.resolve_by_type picks it.
    return next((cls for cls in all_subclasses(Event) if cls.type_name == type_name), None)


def deserialise_events(serialised: Iterable[Dict[str, Any]]) -> List[Event]:
    """Rasa events from their stored dictionaries, as rasa's deserialise_events."""
    events: List[Event] = []
    for parameters in serialised:
        type_name = parameters.get("event")
        if type_name is None:
            continue
        cls = _event_class(type_name)
        # Unknown names take Rasa's own path, which skips old "topic" events
        # and raises for anything else.
        event = cls._from_parameters(parameters) if cls else Event.from_parameters(parameters)
        if event is not None:
            events.append(event)
    return events


def event_row(sender_id: str, event: Event) -> Dict[str, Any]:
    """The `events` row Rasa's SQLTrackerStore.save writes for an event."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": ((data.get("parse_data") or {}).get("intent") or {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


class SettingsSQLTrackerStore(SQLTrackerStore):
    """Stores conversations in TRACKER_DATABASE_URL, or DATABASE_URL when
    that is empty (the embedded SQLite file by default, PostgreSQL in
    production), so the staff console and the handoff reconciler can read
    transcripts, usually from the same database as the clinic data."""

    def __init__(
        self,
        domain: Domain | None = None,
        event_broker: EventBroker | None = None,
        host: str | None = None,  # Rasa passes endpoints.yml's `url`; the settings win
        **kwargs: Any,
    ) -> None:
        url = make_url(load_settings().effective_tracker_database_url)
        if url.drivername.startswith("sqlite") and url.database:
            make_private_sqlite_file(url.database)  # before Rasa's engine creates it world-readable
        super().__init__(
            domain=domain,
            dialect=url.drivername,
            host=url.host,
            port=url.port,
            db=url.database,
            username=url.username,
            password=url.password,
            event_broker=event_broker,
            query=dict(url.query),
            **kwargs,
        )
        if url.get_backend_name() == "sqlite":
            # Rasa made the table; from here on use the clinic's engine
            # factory: pooled connections, WAL, explicit transactions.
            # (PostgreSQL keeps Rasa's engine, which already pools and
            # honours Rasa's POSTGRESQL_* environment variables.)
            rasa_engine = self.engine
            self.engine = create_engine_for(url)
            self.sessionmaker = sa.orm.sessionmaker(bind=self.engine)
            rasa_engine.dispose()
        ensure_tables(self.engine)

    def _parameters(self, sender_id: str) -> Dict[str, Any]:
        return {"sender_id": sender_id, "session_started": SessionStarted.type_name}

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> DialogueStateTracker | None:
        query = _SELECT_ALL_SESSIONS if fetch_events_from_all_sessions else _SELECT_LATEST_SESSION
        with self.engine.connect().execution_options(**READ_ONLY) as connection:
            stored = connection.execute(query, self._parameters(sender_id)).scalars().all()
        if not self.domain or not stored:
            return None
        events = deserialise_events(json.loads(data) for data in stored)
        tracker = DialogueStateTracker.from_events(sender_id, events, self.domain.slots)
        setattr(tracker, STORED_EVENTS_ATTRIBUTE, len(tracker.events))
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        with self.engine.begin() as connection:
            lock_conversation(connection, tracker.sender_id)
            erased_at = latest_erasure(connection, tracker.sender_id)
            if erased_at is not None and any((event.timestamp or 0.0) <= erased_at for event in tracker.events):
                # Read before the erasure: writing it would restore what was erased.
                logger.info("A turn that began before its conversation was erased was not stored")
                return
            # The tracker holds the stored events it was read with, then the new ones.
            already_stored = connection.execute(_COUNT_LATEST_SESSION, self._parameters(tracker.sender_id)).scalar()
            read_with = getattr(tracker, STORED_EVENTS_ATTRIBUTE, None)
            if read_with is not None and read_with != already_stored:
                logger.warning(
                    "Another turn of this conversation was stored while this one ran; both are kept "
                    "(check that every Rasa server uses the shared lock store)."
                )
            start = already_stored if read_with is None else read_with  # a tracker made, not read
            rows = [event_row(tracker.sender_id, event) for event in itertools.islice(tracker.events, start, None)]
            if rows:
                connection.execute(_EVENTS.insert(), rows)
        setattr(tracker, STORED_EVENTS_ATTRIBUTE, len(tracker.events))
