"""The console's `engine` fixture for tests that run on SQLite and on
PostgreSQL (clean_engine is parametrised over both). A test module imports
`engine_on_both_databases` and the fixtures it is built on from here; tests
ask for it as `engine`, overriding the SQLite-only one of conftest.py."""

from __future__ import annotations

import pytest

from assistant.db.rasa_events import EVENTS
from tests.assistant.db.databases import (  # noqa: F401  (fixtures)
    clean_engine,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)


@pytest.fixture(name="engine")
def engine_on_both_databases(clean_engine):  # noqa: F811
    EVENTS.metadata.create_all(clean_engine)  # Rasa's tracker table, as Rasa would create it
    return clean_engine
