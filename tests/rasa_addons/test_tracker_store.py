"""The settings' SQL tracker store keeps Rasa's table and rows exactly, on SQLite and PostgreSQL.

Each test plays the same conversation into our store and into Rasa's own
SQLTrackerStore (on a second database) and compares what lands in the table
and what comes back out.
"""

from __future__ import annotations

import asyncio
import json
import os
import stat
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Coroutine, Iterator, List, Tuple, TypeVar

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    Event,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.events import (
    deserialise_events as rasa_deserialise_events,
)
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text
from sqlalchemy.engine import make_url

from rasa_addons.tracker_store import SettingsSQLTrackerStore, deserialise_events
from tests.assistant.db.databases import db_url, postgres_database  # noqa: F401  (fixtures)

DOMAIN = Domain.from_yaml(
    """
version: "3.1"
intents: [greet, faq, request_callback]
slots:
  callback_phone:
    type: text
    mappings: [{type: custom}]
responses:
  utter_greet: [{text: "Hello"}]
forms:
  callback_form:
    required_slots: [callback_phone]
"""
)


T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to the end in a thread of its own: the test session
    may already run an event loop (Playwright's) in this one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result(timeout=60)


def user(text: str, intent: str, at: float) -> UserUttered:
    return UserUttered(
        text,
        intent={"name": intent, "confidence": 0.9},
        parse_data={"intent": {"name": intent, "confidence": 0.9}, "entities": [], "text": text},
        timestamp=at,
    )


def session(at: float) -> List[Event]:
    return [
        ActionExecuted("action_session_start", timestamp=at),
        SessionStarted(timestamp=at),
        ActionExecuted("action_listen", timestamp=at),
    ]


def turns(start: float) -> List[List[Event]]:
    """A conversation's events as the processor saves them, one save per turn."""
    return [
        [
            *session(start),
            user("hi", "greet", start + 1),
            ActionExecuted("utter_greet", timestamp=start + 1),
            BotUttered("Hello", timestamp=start + 1),
            ActionExecuted("action_listen", timestamp=start + 1),
        ],
        [
            user("call me back on 07700 900123 <b>now</b>'; DROP TABLE events;--", "request_callback", start + 2),
            ActionExecuted("callback_form", timestamp=start + 2),
            ActiveLoop("callback_form", timestamp=start + 2),
            SlotSet("callback_phone", "07700 900123", timestamp=start + 2),
            ActiveLoop(None, timestamp=start + 2),
            ActionExecuted("action_listen", timestamp=start + 2),
        ],
        # A later session: retrieve() returns only this one, retrieve_full_tracker() both.
        [
            *session(start + 5000),
            user("does it hurt? 😬", "faq", start + 5001),
            ActionExecuted("action_listen", timestamp=start + 5001),
        ],
        [Restarted(timestamp=start + 6000), ActionExecuted("action_listen", timestamp=start + 6000)],
    ]


def play(store: SQLTrackerStore, sender: str, start: float) -> None:
    """Save the conversation turn by turn, each turn on a tracker read back from the store."""

    async def save_turns() -> None:
        for events in turns(start):
            tracker = await store.retrieve(sender) or DialogueStateTracker(sender, DOMAIN.slots)
            for event in events:
                tracker.update(event)
            await store.save(tracker)

    run(save_turns())


def stored_rows(store: SQLTrackerStore, sender: str) -> List[Tuple[Any, ...]]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT type_name, timestamp, intent_name, action_name, data FROM events "
                "WHERE sender_id = :sender ORDER BY id"
            ),
            {"sender": sender},
        ).fetchall()
    return [(*row[:4], json.loads(row[4])) for row in rows]


@pytest.fixture
def stores(db_url: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tuple[SQLTrackerStore, SQLTrackerStore]]:  # noqa: F811
    """Ours on the test database; Rasa's own on a separate SQLite file."""
    monkeypatch.setenv("TRACKER_DATABASE_URL", db_url)
    ours = SettingsSQLTrackerStore(domain=DOMAIN)
    reference = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "rasa-reference.db"))
    yield ours, reference
    ours.engine.dispose()
    reference.engine.dispose()


def test_rows_are_the_ones_rasa_writes(stores):
    ours, reference = stores
    sender = f"patient-{uuid.uuid4().hex[:8]}"

    play(ours, sender, start=1_700_000_000.0)
    play(reference, sender, start=1_700_000_000.0)

    rows = stored_rows(ours, sender)
    assert rows == stored_rows(reference, sender)
    assert len(rows) == sum(len(events) for events in turns(0))  # every event once, none twice
    callback = next(row for row in rows if row[0] == "user" and row[2] == "request_callback")
    assert callback[4]["text"] == "call me back on 07700 900123 <b>now</b>'; DROP TABLE events;--"


def test_trackers_read_back_as_rasa_reads_them(stores):
    ours, reference = stores
    sender = f"patient-{uuid.uuid4().hex[:8]}"
    play(ours, sender, start=1_700_000_000.0)
    play(reference, sender, start=1_700_000_000.0)

    async def read(store: SQLTrackerStore) -> Tuple[DialogueStateTracker, DialogueStateTracker]:
        return await store.retrieve(sender), await store.retrieve_full_tracker(sender)

    latest, full = run(read(ours))
    expected_latest, expected_full = run(read(reference))

    assert list(latest.events) == list(expected_latest.events)
    assert list(full.events) == list(expected_full.events)
    assert len(full.events) > len(latest.events)  # the first session is only in the full tracker
    assert [e.text for e in latest.events if isinstance(e, UserUttered)] == ["does it hurt? 😬"]
    assert full.get_slot("callback_phone") is None  # Restarted reset the slot, as in Rasa
    assert full.current_state() == expected_full.current_state()


def test_unknown_conversation_is_none(stores):
    ours, _ = stores

    assert run(ours.retrieve("nobody-" + uuid.uuid4().hex)) is None


def test_sqlite_store_uses_the_pooled_clinic_engine(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///{tmp_path / 'var' / 'tracker.db'}")
    store = SettingsSQLTrackerStore(domain=DOMAIN)
    try:
        play(store, "pooled", start=1_700_000_000.0)
        # One connection serves every read and write (Rasa's default opened a new one each time).
        assert store.engine.pool.checkedin() == 1
        assert make_url(store.engine.url).database == str(tmp_path / "var" / "tracker.db")
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        store.engine.dispose()


def test_a_new_sqlite_conversation_store_is_readable_by_its_owner_only(tmp_path, monkeypatch: pytest.MonkeyPatch):
    database = tmp_path / "var" / "tracker.db"
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///{database}")
    previous = os.umask(0o022)
    try:
        store = SettingsSQLTrackerStore(domain=DOMAIN)
        play(store, "private", start=1_700_000_000.0)
    finally:
        os.umask(previous)
    try:
        assert stat.S_IMODE(database.stat().st_mode) == 0o600
    finally:
        store.engine.dispose()


def test_events_deserialise_as_rasa_deserialises_them():
    dumped = [event.as_dict() for events in turns(1_700_000_000.0) for event in events]
    dumped.append({"event": "topic", "topic": "old"})  # Rasa skips this retired event type
    dumped.append({"no": "event name"})

    assert deserialise_events(dumped) == rasa_deserialise_events(dumped)
    with pytest.raises(ValueError, match="Unknown event name"):
        deserialise_events([{"event": "no_such_event"}])


def test_two_turns_saved_from_the_same_read_are_both_kept(stores):
    """If two turns of one conversation ever run at once (two servers, a lock
    store that let both in), Rasa's store counts the stored rows and drops
    the second turn's events; ours appends what each tracker added."""
    ours, _ = stores
    sender = f"overlap-{uuid.uuid4().hex}"
    first_turn = turns(1_700_000_000.0)[0]

    async def overlapping_turns() -> None:
        tracker = DialogueStateTracker(sender, DOMAIN.slots)
        for event in first_turn:
            tracker.update(event)
        await ours.save(tracker)
        one, two = await ours.retrieve(sender), await ours.retrieve(sender)
        for tracker, text_, at in ((one, "how much is it", 1_700_000_010.0), (two, "does it hurt", 1_700_000_011.0)):
            tracker.update(user(text_, "faq", at))
            tracker.update(ActionExecuted("action_listen", timestamp=at))
        await ours.save(one)
        await ours.save(two)
        await ours.save(two)  # saving the same tracker again adds nothing

    run(overlapping_turns())
    patient = [data["text"] for type_name, _, _, _, data in stored_rows(ours, sender) if type_name == "user"]
    assert patient == ["hi", "how much is it", "does it hurt"]
