import threading

import pytest
from sqlalchemy import inspect, text

from assistant.db import create_engine_for, downgrade, head_revision, migrate, schema_drift
from assistant.db.migration import VERSION_TABLE
from assistant.db.models import Base
from assistant.exceptions import DatabaseUnavailable

OUR_TABLES = set(Base.metadata.tables)


def _tables(url: str) -> set:
    engine = create_engine_for(url)
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def test_migrate_creates_every_table_and_running_it_again_changes_nothing(db_url):
    assert migrate(db_url) == head_revision() == "0006"
    assert migrate(db_url) == "0006"

    assert _tables(db_url) == OUR_TABLES | {VERSION_TABLE}


def test_migrations_produce_exactly_the_schema_the_models_describe(db_url):
    migrate(db_url)

    assert schema_drift(db_url) == []


def test_rasa_events_table_is_never_touched_by_migrations_or_drift_checks(db_url):
    # The tracker store creates `events` in the same database, possibly first.
    engine = create_engine_for(db_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255))"))
        connection.execute(text("INSERT INTO events (id, sender_id) VALUES (1, 'patient')"))

    migrate(db_url)
    assert schema_drift(db_url) == []  # autogenerate would not propose dropping `events`
    downgrade(db_url, "base")

    assert _tables(db_url) == {"events", VERSION_TABLE}
    with engine.connect() as connection:
        assert connection.execute(text("SELECT sender_id FROM events")).scalars().all() == ["patient"]
    engine.dispose()


def test_migrating_an_unreachable_database_says_which_and_how_to_fix_it():
    with pytest.raises(DatabaseUnavailable, match="DATABASE_URL"):
        migrate("postgresql://clinic:hunter2@127.0.0.1:1/clinic")


def test_processes_migrating_at_the_same_time_take_turns(db_url):
    # e.g. the run script and the action server both starting on a fresh database
    barrier = threading.Barrier(3)
    outcomes = []

    def start():
        barrier.wait(timeout=10)
        try:
            outcomes.append(migrate(db_url))
        except Exception as error:  # noqa: BLE001 - the outcome is the assertion
            outcomes.append(repr(error))

    threads = [threading.Thread(target=start) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert outcomes == ["0006"] * 3
    assert schema_drift(db_url) == []
