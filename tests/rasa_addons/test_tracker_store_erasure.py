"""An erased conversation stays erased: a turn that was in flight during the
erasure (read before it, saved after it) is not written back by the tracker
store, the next turn starts a fresh conversation, and erasure waits for a
save that holds the conversation lock (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import datetime, timezone

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.db import migrate
from assistant.privacy.conversation_events import conversation_events
from assistant.privacy.conversation_lock import locked_conversation
from assistant.privacy.erasure import PATIENT, erase_conversation
from assistant.privacy.stores import PrivacyStores
from rasa_addons.tracker_store import SettingsSQLTrackerStore
from tests.assistant.db.databases import db_url, postgres_database  # noqa: F401  (fixtures)
from tests.rasa_addons.test_tracker_store import DOMAIN, run, session, user

SECRET = "my number is 07700 900461"


@pytest.fixture
def store(db_url: str, monkeypatch: pytest.MonkeyPatch):  # noqa: F811
    migrate(db_url)
    monkeypatch.setenv("TRACKER_DATABASE_URL", db_url)
    store = SettingsSQLTrackerStore(domain=DOMAIN)
    yield store
    store.engine.dispose()


def turn(store: SettingsSQLTrackerStore, sender: str, text: str) -> DialogueStateTracker:
    """One saved turn, on the tracker read back from the store, at the wall clock's time."""

    async def play() -> DialogueStateTracker:
        now = time.time()
        tracker = await store.retrieve(sender) or DialogueStateTracker(sender, DOMAIN.slots)
        if not tracker.events:
            for event in session(now):
                tracker.update(event)
        for event in (
            user(text, "greet", now),
            BotUttered("Hello", timestamp=now),
            ActionExecuted("action_listen", timestamp=now),
        ):
            tracker.update(event)
        await store.save(tracker)
        return tracker

    return run(play())


def erase(store: SettingsSQLTrackerStore, sender: str) -> None:
    erase_conversation(
        PrivacyStores(store.engine, store.engine),
        sender,
        reason=PATIENT,
        now=datetime.now(timezone.utc),
        actor="patient",
    )


def texts(store: SettingsSQLTrackerStore, sender: str) -> list:
    with store.engine.connect() as connection:
        return [e.data.get("text") for e in conversation_events(connection, sender) if e.data.get("event") == "user"]


def test_a_turn_read_before_the_erasure_and_saved_after_it_writes_nothing_back(store):
    sender = f"patient-{uuid.uuid4().hex[:8]}"
    turn(store, sender, SECRET)
    in_flight = run(store.retrieve(sender))  # a turn starts: Rasa has read the conversation
    in_flight.update(UserUttered("and another thing", intent={"name": "greet"}, timestamp=time.time()))

    erase(store, sender)
    run(store.save(in_flight))  # the turn ends after the erasure

    assert texts(store, sender) == []


def test_after_an_erasure_the_same_conversation_id_starts_afresh(store):
    sender = f"patient-{uuid.uuid4().hex[:8]}"
    turn(store, sender, SECRET)
    erase(store, sender)
    time.sleep(0.01)  # event times are the wall clock's; the next turn comes after the erasure

    turn(store, sender, "hello again")

    assert texts(store, sender) == ["hello again"]


def test_erasure_waits_for_a_save_holding_the_conversation_lock(store):
    sender = f"patient-{uuid.uuid4().hex[:8]}"
    turn(store, sender, SECRET)
    finished = threading.Event()

    with locked_conversation(store.engine, sender):  # as the tracker store's save holds it
        worker = threading.Thread(target=lambda: (erase(store, sender), finished.set()), daemon=True)
        worker.start()
        # It cannot finish while the lock is held, however slow or fast the machine is.
        assert not finished.wait(0.5)
    worker.join(timeout=60)

    assert finished.is_set() and texts(store, sender) == []
