"""Each test builds its own world, on SQLite and on PostgreSQL: an empty
migrated database (`clean_engine`) with the demo clinic loaded as of NOW."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable, Iterator
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from assistant.clinic.clinic_file import ClinicFile, read_clinic_file
from assistant.clinic.loader import LoadSummary, load_clinic
from assistant.db import session_scope
from assistant.settings import PROJECT_ROOT
from tests.assistant.db.databases import (  # noqa: F401  (fixtures)
    clean_engine,
    db_url,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)

DEMO_FILE = PROJECT_ROOT / "clinic" / "demo_clinic.yml"
LONDON = ZoneInfo("Europe/London")
# Wednesday 11 June 2025, 11:00 in London (BST): both locations open.
NOW = datetime(2025, 6, 11, 10, 0, tzinfo=timezone.utc)


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


@pytest.fixture(scope="session")
def demo_spec() -> ClinicFile:
    # Plain frozen data, so sharing it between tests is safe.
    return read_clinic_file(DEMO_FILE)


@pytest.fixture
def engine(clean_engine: Engine) -> Engine:  # noqa: F811
    """An empty, migrated database of this test's own."""
    return clean_engine


@pytest.fixture
def load(engine: Engine, demo_spec: ClinicFile) -> Callable[..., LoadSummary]:
    def load_world(spec: ClinicFile | None = None, now: datetime = NOW) -> LoadSummary:
        with session_scope(engine) as session:
            return load_clinic(session, spec or demo_spec, now)

    return load_world


@pytest.fixture
def world(engine: Engine, load: Callable[..., LoadSummary]) -> Engine:
    load()
    return engine


@pytest.fixture
def session(world: Engine) -> Iterator[Session]:
    with session_scope(world) as session:
        yield session
