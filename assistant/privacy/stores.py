"""Where a conversation's data lives, and one transaction over all of it
under the conversation lock.

    stores = PrivacyStores(tracker_engine, clinic_engine)
    with stores.locked(conversation_id) as (events, session):
        ...   # `events`: a Connection on the tracker store's database; `session`: the clinic's

When the tracker store and the clinic share a database (the default), both
are the same transaction, so an erasure is all or nothing. When they are
apart, the clinic's changes commit first, then the events': a failure in
between leaves the conversation's events for the next attempt, never
records that point at deleted events.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Tuple

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from assistant.db import session_scope
from assistant.privacy.conversation_lock import ensure_tables, locked_conversation


@dataclass(frozen=True)
class PrivacyStores:
    tracker_engine: Engine
    clinic_engine: Engine

    @property
    def shared(self) -> bool:
        # Two engines on one SQLite file must share a connection: a second
        # BEGIN IMMEDIATE would wait for the first until its busy timeout.
        return self.tracker_engine is self.clinic_engine or str(self.tracker_engine.url) == str(self.clinic_engine.url)

    def prepare(self) -> None:
        ensure_tables(self.tracker_engine)

    @contextmanager
    def locked(self, conversation_id: str) -> Iterator[Tuple[Connection, Session]]:
        with locked_conversation(self.tracker_engine, conversation_id) as connection:
            if self.shared:
                session = Session(bind=connection, future=True, expire_on_commit=False)
                try:
                    yield connection, session
                    session.flush()
                finally:
                    session.close()
            else:
                with session_scope(self.clinic_engine) as session:
                    yield connection, session
