"""The one unit-of-work helper: every database conversation goes through it."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import exc
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from assistant.db.engine import unavailable_message
from assistant.exceptions import DatabaseUnavailable


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits when the block ends, rolls back on any error,
    and always closes.

    Connection-level failures (server down, refused, file unwritable) become
    `DatabaseUnavailable`, so callers that face patients catch one error.
    Objects stay readable after commit (expire_on_commit=False) because the
    query functions copy them into plain dataclasses anyway.
    """
    session = Session(engine, future=True, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except (exc.OperationalError, exc.InterfaceError) as error:
        session.rollback()
        raise DatabaseUnavailable(unavailable_message(engine.url, error)) from error
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
