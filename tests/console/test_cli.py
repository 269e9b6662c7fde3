"""`create-admin`: the first admin, with the password from standard input
(never from the command line)."""

from __future__ import annotations

import io

import pytest

from assistant import cli
from assistant.console import accounts
from assistant.db import create_engine_for, session_scope


@pytest.fixture
def database(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def test_create_admin_reads_the_password_from_stdin(database, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("a very long password\n"))
    code = cli.main(["create-admin", "--username", "Boss", "--display-name", "The Boss", "--password-stdin"])
    assert code == 0 and "Admin account 'boss'" in capsys.readouterr().out
    engine = create_engine_for(database)
    try:
        with session_scope(engine) as session:
            assert accounts.authenticate(session, "boss", "a very long password", _now()).role == "admin"
    finally:
        engine.dispose()


def test_a_short_password_is_refused_with_the_reason(database, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    code = cli.main(["create-admin", "--username", "boss", "--display-name", "Boss", "--password-stdin"])
    assert code == 1 and "at least 12 characters" in capsys.readouterr().err


def test_there_is_no_password_argument():
    with pytest.raises(SystemExit):
        cli.main(["create-admin", "--username", "b", "--display-name", "B", "--password", "x"])


def _now():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)
