"""The action-server plugin runs the privacy retention job: a conversation
past REDACT_AFTER_DAYS is redacted by the scheduled task without anyone
running the CLI."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import rasa_sdk_plugins
from actions import common
from assistant.db import create_engine_for, migrate
from assistant.db.rasa_events import EVENTS
from assistant.privacy.conversation_events import conversation_events
from assistant.runtime import Runtime
from assistant.settings import Settings
from tests.assistant.privacy.conftest import canary_events, new_conversation, store_events


def test_the_scheduled_job_redacts_a_conversation_past_its_redaction_period(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    migrate(url)
    engine = create_engine_for(url)
    EVENTS.create(engine)
    conversation = new_conversation()
    store_events(engine, conversation, canary_events((datetime.now(timezone.utc) - timedelta(days=40)).timestamp()))
    runtime = Runtime(Settings(database_url=url, outbox_dir=str(tmp_path / "outbox")), engine=engine)
    monkeypatch.setattr(common, "_runtime", runtime)
    monkeypatch.setattr(rasa_sdk_plugins, "RETENTION_FIRST_DELAY_SECONDS", 0)

    def redacted() -> bool:
        with engine.connect() as connection:
            return "[name]" in conversation_events(connection, conversation)[2].data["text"]

    async def run_until_redacted() -> bool:
        task = asyncio.ensure_future(rasa_sdk_plugins._retention_forever())
        try:
            for _ in range(600):  # up to a minute on a busy machine
                if await asyncio.to_thread(redacted):
                    return True
                await asyncio.sleep(0.1)
            return False
        finally:
            task.cancel()

    # In a thread of its own: a test earlier in the session may leave this thread's event loop
    # marked as running, and asyncio.run refuses to start inside one.
    with ThreadPoolExecutor(max_workers=1) as worker:
        assert worker.submit(asyncio.run, run_until_redacted()).result()
    engine.dispose()
