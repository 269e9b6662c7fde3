"""The actions run on rasa_sdk's CollectingDispatcher and a built Tracker,
against a database of the test's own (SQLite and PostgreSQL) holding the
demo clinic as of NOW, with a fixed clock, reference and outbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from assistant.outbox import Outbox
from assistant.runtime import Runtime
from assistant.settings import Settings
from tests.actions.helpers import PHONE
from tests.assistant.clinic.conftest import NOW, demo_spec, engine, load, world  # noqa: F401  (fixtures)
from tests.assistant.db.databases import (  # noqa: F401  (fixtures)
    clean_engine,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)

REFERENCE = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox")


@pytest.fixture
def settings() -> Settings:
    return Settings(clinic_phone=PHONE, minimum_age=18)


@pytest.fixture
def runtime(world: Engine, settings: Settings, outbox: Outbox) -> Runtime:  # noqa: F811
    """The demo clinic, up, on Wednesday 11 June 2025 at 11:00 in London."""
    return Runtime(settings, engine=world, clock=lambda: NOW, outbox=outbox, new_reference=lambda: REFERENCE)


@pytest.fixture
def offline_runtime(settings: Settings, outbox: Outbox) -> Runtime:
    """The database is down: nothing listens on the port."""
    from assistant.db import create_engine_for

    down = create_engine_for("postgresql://postgres@127.0.0.1:9/clinic?connect_timeout=2")
    yield Runtime(settings, engine=down, clock=lambda: NOW, outbox=outbox, new_reference=lambda: REFERENCE)
    down.dispose()
