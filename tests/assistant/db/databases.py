"""Test databases for the data layer, on SQLite and PostgreSQL.

PostgreSQL tests run in a database created for this test session and
dropped at its end.

    db_url / engine   a brand-new database per test (SQLite file, or a fresh
                      PostgreSQL schema), for migration and engine tests
    clean_engine      a migrated database with no rows, per test, cheaply:
                      SQLite copies a migrated template file; PostgreSQL
                      empties every clinic table of the session database
                      (DDL per test would cost ~0.3 s on PostgreSQL)

PostgreSQL: TEST_POSTGRES_URL, or 127.0.0.1:5432 database `test` as user
`postgres` or `root`. When unreachable, the PostgreSQL variants fail in CI
(CI=true) and are skipped elsewhere, with the reason.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from typing import Iterator, List

import pytest
from sqlalchemy import create_engine, exc, text
from sqlalchemy.engine import URL, Engine, make_url

from assistant.db import create_engine_for, migrate
from assistant.db.models import Base

_DEFAULT_ADMIN_URLS = ["postgresql://postgres@127.0.0.1:5432/test", "postgresql://root@127.0.0.1:5432/test"]


def _admin_urls() -> List[str]:
    configured = os.environ.get("TEST_POSTGRES_URL")
    return [configured] if configured else _DEFAULT_ADMIN_URLS


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _autocommit(url: str | URL) -> Engine:
    return create_engine(url, future=True, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[URL]:
    """A database of its own for this test session, dropped afterwards."""
    problems = []
    for admin_url in _admin_urls():
        admin = _autocommit(admin_url)
        try:
            with admin.connect() as connection:
                connection.execute(text("SELECT 1"))
            break
        except exc.OperationalError as error:
            problems.append(
                f"{make_url(admin_url).render_as_string(hide_password=True)}: {str(error.orig).strip()}"
            )
            admin.dispose()
    else:
        message = (
            "PostgreSQL is not reachable, so the PostgreSQL variants of the data-layer tests cannot run. "
            "Start PostgreSQL on 127.0.0.1:5432 or set TEST_POSTGRES_URL.\n  " + "\n  ".join(problems)
        )
        if _in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)

    name = f"clinic_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
        # Throwaway data: no need to wait for the disk on every commit.
        connection.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    try:
        yield make_url(admin_url).set(database=name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """An empty database, not yet migrated: SQLite file or PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'var' / 'clinic.db'}"
        return
    database: URL = request.getfixturevalue("postgres_database")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = _autocommit(database)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        # search_path puts every table of this test, and Alembic's version table, in the schema.
        yield database.render_as_string(hide_password=False) + f"?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text("SET lock_timeout = '5s'"))
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A freshly migrated database."""
    migrate(db_url)
    engine = create_engine_for(db_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "clinic.db"
    migrate(f"sqlite:///{path}")  # disposes its engine: the WAL is checkpointed into the file
    return path


@pytest.fixture(scope="session")
def postgres_migrated(postgres_database: URL) -> URL:
    migrate(postgres_database)
    return postgres_database


@pytest.fixture(params=["sqlite", "postgresql"])
def clean_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated database holding no rows, just for this test."""
    if request.param == "sqlite":
        path = tmp_path / "clinic.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        engine = create_engine_for(f"sqlite:///{path}")
    else:
        engine = create_engine_for(request.getfixturevalue("postgres_migrated"))
        with engine.begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())
    yield engine
    engine.dispose()
