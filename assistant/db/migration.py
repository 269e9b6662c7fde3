"""Run the Alembic migrations from code, with a Config built here (no
alembic.ini), on the same engine factory the application uses."""

from __future__ import annotations

from pathlib import Path
from typing import Any, List

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import exc, text
from sqlalchemy.engine import URL, Connection, Engine

from assistant.db.engine import create_engine_for, unavailable_message
from assistant.db.models import Base
from assistant.exceptions import DatabaseUnavailable

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Our own version table, so another Alembic user of the same database (or a
# future staff console) never mistakes our revision for theirs.
VERSION_TABLE = "clinic_schema_version"
# PostgreSQL advisory lock key held while migrating (any fixed 64-bit number).
MIGRATION_LOCK_KEY = 7_301_001


def _one_at_a_time(connection: Connection) -> None:
    """Serialise migrations from processes starting together, and make them
    all-or-nothing on SQLite too."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    # SQLite: the engine opens transactions with BEGIN IMMEDIATE (assistant.db.engine),
    # so the DDL runs inside one transaction and other migrators wait.


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: a table found in the database but absent from our
    models belongs to someone else (Rasa's `events`, another app's version
    table), so migrations and autogenerate never drop or alter it."""
    return not (type_ == "table" and reflected and compare_to is None)


def context_options() -> dict:
    """The options env.py and `schema_drift` both configure Alembic with."""
    return {
        "target_metadata": Base.metadata,
        "version_table": VERSION_TABLE,
        "include_object": include_object,
        # SQLite cannot ALTER most things; batch mode rebuilds tables instead.
        "render_as_batch": True,
        "compare_type": True,
    }


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def migrate(url: str | URL, revision: str = "head") -> str | None:
    """Upgrade the database at `url` to `revision` (default: latest) and
    return the revision it is at. Safe to run on every start; raises
    DatabaseUnavailable when the database can't be reached."""
    engine = create_engine_for(url)
    try:
        config = alembic_config()
        # env.py runs the migrations on this connection, in this transaction.
        with engine.begin() as connection:
            _one_at_a_time(connection)
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return current_revision_of(engine)
    except (exc.OperationalError, exc.InterfaceError) as error:
        raise DatabaseUnavailable(unavailable_message(url, error)) from error
    finally:
        engine.dispose()


def downgrade(url: str | URL, revision: str) -> None:
    """Step back to `revision` ("base" removes every clinic table)."""
    engine = create_engine_for(url)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            _one_at_a_time(connection)
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def current_revision_of(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(
            connection, opts={"version_table": VERSION_TABLE}
        ).get_current_revision()


def schema_drift(url: str | URL) -> List[Any]:
    """Differences between the migrated database and the models, as
    Alembic's autogenerate sees them (empty when migrations match models)."""
    engine = create_engine_for(url)
    try:
        with engine.connect() as connection:
            options = {k: v for k, v in context_options().items() if k != "target_metadata"}
            return compare_metadata(MigrationContext.configure(connection, opts=options), Base.metadata)
    finally:
        engine.dispose()
