"""Engine factory: the one place that knows how to open the clinic database.

Nothing connects at import time; callers build an engine with
`create_engine_for(url)` and dispose of it when done.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import QueuePool

# Seconds an SQLite writer waits for another writer's lock before giving up.
# Concurrent slot holds queue up behind each other instead of failing.
SQLITE_BUSY_TIMEOUT_SECONDS = 15


def redacted(url: str | URL) -> str:
    """The URL with its password hidden, safe for logs and error messages."""
    return make_url(url).render_as_string(hide_password=True)


def unavailable_message(url: str | URL, error: BaseException) -> str:
    """One readable line for a connection failure, without the password."""
    cause = getattr(error, "orig", None) or error
    detail = " ".join(str(cause).split()).rstrip(".")
    return (
        f"The database at {redacted(url)} is unavailable ({type(cause).__name__}: {detail}). "
        "Check DATABASE_URL and that the database server is running."
    )


def is_sqlite(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_pragmas(busy_timeout: float) -> Any:
    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # SQLite ignores foreign keys unless asked on every connection; WAL lets
        # Rasa's tracker store read while the actions write to the same file.
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        _use_wal(cursor, busy_timeout)
        cursor.close()

    return set_pragmas


def _use_wal(cursor: Any, busy_timeout: float) -> None:
    # Switching a new database to WAL needs it to itself, and SQLite reports
    # "database is locked" at once instead of waiting (the busy timeout does
    # not apply), e.g. when the run script and the action server open a fresh
    # database together. The mode is kept in the file, so only the first
    # connections ever switch; they retry until the busy timeout.
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _sqlite_driver_leaves_transactions_to_us(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling starts transactions late and runs
    # SAVEPOINT outside one, so a rolled-back outer transaction could keep a
    # nested block's rows. SQLAlchemy's documented pysqlite recipe: turn it off
    # here and emit BEGIN ourselves (_sqlite_begin).
    dbapi_connection.isolation_level = None


def _sqlite_begin(connection: Any) -> None:
    # IMMEDIATE by default: a writer takes the write lock at the start, so two
    # writers queue up (busy_timeout) instead of one failing on a stale read
    # snapshot. Read-only work asks for a deferred BEGIN with the execution
    # option READ_ONLY (readers never wait for writers in WAL mode).
    connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN IMMEDIATE"))


# SQLite keeps a database's journal beside it in files with these suffixes.
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
PRIVATE = 0o600


def make_private_sqlite_file(database: str | Path) -> None:
    """Create the SQLite database file (and its folder) readable and writable
    by its owner only, or take group and other access away from one that
    exists, with its journal files.

    It holds conversations and patients' contact details. SQLite creates a
    missing file with the process's umask (0644 by default: world-readable),
    and its journal files with the database file's permissions, so the file
    is made first, empty (an empty file is a valid empty database), 0600.
    """
    path = Path(database).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
    except FileExistsError:
        pass
    for file in (path, *(path.with_name(path.name + suffix) for suffix in _SQLITE_COMPANIONS)):
        try:
            if stat.S_IMODE(file.stat().st_mode) & 0o077:
                file.chmod(PRIVATE)
        except (FileNotFoundError, PermissionError):
            continue  # not there, or someone else's file: nothing we may change


# Execution options for a connection that only reads (see _sqlite_begin).
READ_ONLY = {"sqlite_begin": "BEGIN"}


def create_engine_for(url: str | URL, busy_timeout: float | None = None) -> Engine:
    """A 2.0-style engine for `url` (SQLite file or PostgreSQL).

    SQLite: creates the file (mode 0600) and its folder, turns on foreign
    keys and WAL, and pools connections to a file.
    PostgreSQL: checks pooled connections before use, so a restarted server
    costs one reconnect instead of an error.

    `busy_timeout` (seconds): how long a statement waits for a lock another
    connection holds before failing. None: SQLite waits
    SQLITE_BUSY_TIMEOUT_SECONDS (writers queue up behind each other) and
    PostgreSQL as long as the server's own settings say. The staff console
    passes a few seconds, so a locked database gives a "busy" page instead
    of a hang (PostgreSQL: statement_timeout and lock_timeout).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        file_database = bool(parsed.database) and parsed.database != ":memory:"
        if file_database:
            make_private_sqlite_file(parsed.database)
        # File databases keep a pool of open connections (SQLAlchemy 2.0's
        # default; 1.4 opens and closes one per use). Closing the last
        # connection of a WAL database checkpoints it, which made a fresh
        # connection per tracker read and write the largest cost of a chat
        # turn under load (bench/results/load.md). A pooled connection is used
        # by one thread at a time, so pysqlite's same-thread check can go.
        # No cap on connections beyond the pool (max_overflow -1): a burst
        # waits for SQLite's lock as before, never for a free connection.
        wait = SQLITE_BUSY_TIMEOUT_SECONDS if busy_timeout is None else busy_timeout
        connect_args: dict[str, Any] = {"timeout": wait}
        pooling: dict[str, Any] = {}
        if file_database:
            connect_args["check_same_thread"] = False
            pooling.update(poolclass=QueuePool, pool_size=5, max_overflow=-1)
        engine = create_engine(parsed, future=True, connect_args=connect_args, **pooling)
        event.listen(engine, "connect", _sqlite_pragmas(wait))
        event.listen(engine, "connect", _sqlite_driver_leaves_transactions_to_us)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    pg_args: dict[str, Any] = {}
    if busy_timeout is not None:
        milliseconds = int(busy_timeout * 1000)
        given = parsed.query.get("options") or ""  # e.g. a search_path in the URL: kept
        given = " ".join(given) if isinstance(given, tuple) else given
        timeouts = f"-c statement_timeout={milliseconds} -c lock_timeout={milliseconds}"
        pg_args["connect_args"] = {
            "options": f"{given} {timeouts}".strip(),
            "connect_timeout": max(1, int(busy_timeout)),
        }
    return create_engine(parsed, future=True, pool_pre_ping=True, **pg_args)
