"""Each test builds its own world: a migrated database (SQLite and
PostgreSQL) holding the demo clinic as of NOW, an outbox in a temporary
folder, and a session factory like the actions' Runtime.session."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, ContextManager

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from assistant.db import session_scope
from assistant.outbox import Outbox
from tests.assistant.clinic.conftest import NOW, demo_spec, engine, load, world  # noqa: F401  (fixtures)
from tests.assistant.db.databases import (  # noqa: F401  (fixtures)
    clean_engine,
    db_url,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)

__all__ = ["NOW"]


@pytest.fixture
def db(world: Engine) -> Callable[[], ContextManager[Session]]:  # noqa: F811
    return lambda: session_scope(world)


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox")


@pytest.fixture
def down() -> Callable[[], ContextManager[Session]]:
    """A session factory for a database that is down: nothing listens on the port."""
    from assistant.db import create_engine_for

    unreachable = create_engine_for("postgresql://postgres@127.0.0.1:9/clinic?connect_timeout=2")
    yield lambda: session_scope(unreachable)
    unreachable.dispose()
