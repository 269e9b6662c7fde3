"""The conversation lock that Rasa's tracker store and the privacy jobs
both honour, and the erasure records it protects.

Why a lock of our own. Rasa's SQL tracker store saves a turn by counting
the rows already stored for the conversation's latest session and
appending the tracker's events after that count. A turn reads the tracker,
runs its actions, then saves; Rasa serialises turns of one conversation
with its lock store, which here is the default InMemoryLockStore, living
inside the Rasa process, so no other process (the action server running
"delete my data", the console, the retention job) can take it. If a
conversation's rows were deleted between a turn's read and its save, the
save would count 0 stored rows and write the whole in-memory conversation
back: deleted data restored, and the count for the next turn wrong.

So erasure and the tracker store's save (rasa_addons.tracker_store) take
one database lock for the conversation, in their own transactions:

- PostgreSQL: `pg_advisory_xact_lock` on a key from the conversation id
  (released at commit or rollback);
- SQLite: the engine opens every writing transaction with BEGIN IMMEDIATE
  (assistant.db.engine), so writers already run one at a time.

and erasure leaves a record (`conversation_erasures`: the conversation id's
hash, when, a reference; no content). Under the lock, save looks for a
record newer than the oldest event in the tracker it is saving: such a
tracker was read before the erasure, so nothing of it is written (the turn
that raced with the deletion is dropped with it). A conversation that
starts again under the same id after the erasure has only newer events and
is stored as usual. Either the save commits first (and the erasure, which
waits for it, deletes its rows too) or the erasure does (and the save sees
its record) - never a half of each.

Redaction rewrites rows in place without changing their number, so a turn
in flight still appends at the right count; it takes the same lock so that
it never interleaves with a save.

The records live beside Rasa's `events` table (the tracker store's
database, TRACKER_DATABASE_URL or DATABASE_URL) because the tracker store
must read them there; like `events`, they are not part of the clinic's
Alembic migrations and are created on first use.
"""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, select, text
from sqlalchemy.engine import Connection, Engine

metadata = MetaData()

ERASURES = Table(
    "conversation_erasures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("reference", String(32), nullable=False, unique=True),
    # sha256 of the conversation id: enough to recognise it, not to reach it.
    Column("conversation_hash", String(64), nullable=False, index=True),
    Column("erased_at", Float, nullable=False),  # epoch seconds, like Rasa's event timestamps
    Column("reason", String(20), nullable=False),  # patient | staff | retention
)

REDACTIONS = Table(
    "conversation_redactions",
    metadata,
    # The id itself (like `events`, whose rows it describes), so the retention
    # job can leave redacted conversations out in SQL.
    Column("conversation_id", String(255), primary_key=True),
    Column("redacted_at", Float, nullable=False),
    Column("through_event_id", Integer, nullable=False),  # rows up to this id are redacted
)


def conversation_hash(conversation_id: str) -> str:
    return hashlib.sha256(conversation_id.encode("utf-8")).hexdigest()


def _advisory_key(conversation_id: str) -> int:
    # A signed 64-bit key from the id, as pg_advisory_xact_lock takes.
    return int.from_bytes(
        hashlib.sha256(b"conversation:" + conversation_id.encode("utf-8")).digest()[:8], "big", signed=True
    )


def ensure_tables(engine: Engine) -> None:
    """Create the privacy records beside `events` if they are missing."""
    metadata.create_all(engine, checkfirst=True)


def lock_conversation(connection: Connection, conversation_id: str) -> None:
    """Hold the conversation's lock until `connection`'s transaction ends.
    Must be called inside a transaction (engine.begin())."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _advisory_key(conversation_id)})
    # SQLite: the transaction began with BEGIN IMMEDIATE and already excludes every other writer.


@contextmanager
def locked_conversation(engine: Engine, conversation_id: str) -> Iterator[Connection]:
    """A transaction on the tracker store's database holding the conversation's lock."""
    with engine.begin() as connection:
        lock_conversation(connection, conversation_id)
        yield connection


def latest_erasure(connection: Connection, conversation_id: str) -> float | None:
    """When the conversation was last erased (epoch seconds), or None."""
    return connection.execute(
        select(ERASURES.c.erased_at)
        .where(ERASURES.c.conversation_hash == conversation_hash(conversation_id))
        .order_by(ERASURES.c.erased_at.desc())
        .limit(1)
    ).scalar()
