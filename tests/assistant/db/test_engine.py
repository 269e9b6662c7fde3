import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select, text

from assistant.db import create_engine_for, redacted, session_scope
from assistant.db.models import Clinic
from assistant.exceptions import DatabaseUnavailable


def _clinic(slug: str) -> Clinic:
    return Clinic(
        slug=slug, name="Test", phone="0113 496 0000", urgent_contact="0113 496 0999", emergency_number="999",
        time_zone="Europe/London", consultation_fee_minor=0, currency="GBP", booking_confirmation="soon",
    )  # fmt: skip


def test_sqlite_engine_creates_its_folder_and_turns_on_foreign_keys_and_wal(tmp_path: Path):
    engine = create_engine_for(f"sqlite:///{tmp_path / 'new' / 'folder' / 'clinic.db'}")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert (tmp_path / "new" / "folder").is_dir()
    finally:
        engine.dispose()


@pytest.fixture
def open_umask():
    previous = os.umask(0o022)  # the usual default: new files world-readable
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_sqlite_database_and_its_journal_are_readable_by_their_owner_only(tmp_path: Path, open_umask):
    database = tmp_path / "var" / "clinic.db"
    engine = create_engine_for(f"sqlite:///{database}")
    try:
        with session_scope(engine) as session:
            session.execute(text("CREATE TABLE patients (phone TEXT)"))
            session.execute(text("INSERT INTO patients VALUES ('07911 123456')"))
        assert _mode(database) == 0o600
        assert _mode(database.with_name("clinic.db-wal")) == 0o600  # held open by the pool
    finally:
        engine.dispose()


def test_an_existing_world_readable_database_is_made_private(tmp_path: Path, open_umask):
    database = tmp_path / "clinic.db"
    database.touch(mode=0o644)
    database.chmod(0o644)

    create_engine_for(f"sqlite:///{database}").dispose()

    assert _mode(database) == 0o600


def test_session_scope_commits_when_the_block_succeeds(engine):
    with session_scope(engine) as session:
        session.add(_clinic("kept"))

    with session_scope(engine) as session:
        assert session.execute(select(Clinic.slug)).scalars().all() == ["kept"]


def test_session_scope_rolls_back_everything_when_the_block_fails(engine):
    with pytest.raises(RuntimeError):
        with session_scope(engine) as session:
            session.add(_clinic("lost"))
            session.flush()
            raise RuntimeError("boom")

    with session_scope(engine) as session:
        assert session.execute(select(Clinic.slug)).scalars().all() == []


def test_unreachable_database_raises_database_unavailable_without_the_password():
    engine = create_engine_for("postgresql://clinic:hunter2@127.0.0.1:1/clinic")
    try:
        with pytest.raises(DatabaseUnavailable) as raised:
            with session_scope(engine) as session:
                session.execute(select(Clinic.id))
    finally:
        engine.dispose()

    message = str(raised.value)
    assert "hunter2" not in message
    assert "127.0.0.1:1" in message and "DATABASE_URL" in message


def test_redacted_hides_the_password():
    assert redacted("postgresql://u:secret@db:5432/clinic") == "postgresql://u:***@db:5432/clinic"


def test_a_bounded_engine_gives_up_on_a_locked_database_within_its_timeout(db_url: str):
    """The console's engine (busy_timeout): SQLite's busy timeout, PostgreSQL's
    statement and lock timeouts. Another connection holds an exclusive lock;
    the query fails as DatabaseUnavailable after about a second, not after
    SQLite's 15 s or never (PostgreSQL's default)."""
    import sqlite3
    import time

    from sqlalchemy.engine import make_url

    from assistant.db.migration import migrate

    migrate(db_url)
    bounded = create_engine_for(db_url, busy_timeout=1)
    holder = create_engine_for(db_url)
    raw = None
    try:
        with session_scope(bounded) as session:  # connects first: the search_path from the URL is kept
            assert session.execute(select(Clinic.id)).all() == []
        bounded.dispose()
        if db_url.startswith("sqlite"):
            raw = sqlite3.connect(make_url(db_url).database, isolation_level=None)
            raw.execute("PRAGMA locking_mode=EXCLUSIVE")
            raw.execute("BEGIN EXCLUSIVE")
            raw.execute("DELETE FROM clinics")
        else:
            connection = holder.connect()
            connection.execute(text("LOCK TABLE clinics IN ACCESS EXCLUSIVE MODE"))
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable):
            with session_scope(bounded) as session:
                session.execute(select(Clinic.id)).all()
        assert time.monotonic() - started < 10  # generous: the setting is 1 s
    finally:
        if raw is not None:
            raw.execute("ROLLBACK")
            raw.close()
        elif db_url.startswith("postgresql"):
            connection.rollback()
            connection.close()
        bounded.dispose()
        holder.dispose()
