"""The unit of work for console views, on the engines create_app() built.

    from assistant.console.db import db_session
    with db_session() as session:      # commits when the block ends, rolls back on error
        ...

The engines live on the app (app.extensions), not in module globals, so
each app (and each test) has its own database and nothing opens at import.
"""

from __future__ import annotations

from typing import ContextManager

from flask import current_app
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from assistant.db import session_scope

ENGINE_KEY = "console.engine"
TRACKER_ENGINE_KEY = "console.tracker_engine"
SETTINGS_KEY = "console.settings"


def engine() -> Engine:
    """The clinic database of the current app."""
    return current_app.extensions[ENGINE_KEY]


def tracker_engine() -> Engine:
    """Rasa's tracker store (the same engine as the clinic's unless TRACKER_DATABASE_URL differs)."""
    return current_app.extensions[TRACKER_ENGINE_KEY]


def db_session() -> ContextManager[Session]:
    """A session on the clinic database that commits on success (assistant.db.session_scope)."""
    return session_scope(engine())
