"""The database commands of `python -m assistant.cli`, on SQLite and
PostgreSQL. (They live here rather than in tests/assistant/test_cli.py
because this change may only add tests under db/ and clinic/.)"""

import pytest
from sqlalchemy import inspect

from assistant.cli import main
from assistant.clinic.profile import has_clinic
from assistant.db import create_engine_for, head_revision, session_scope
from tests.assistant.clinic.test_clinic_file import edited


@pytest.fixture
def configured(db_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", db_url)
    return db_url


def clinic_loaded(url: str) -> bool:
    engine = create_engine_for(url)
    try:
        with session_scope(engine) as session:
            return "clinics" in inspect(session.connection()).get_table_names() and has_clinic(session)
    finally:
        engine.dispose()


def test_db_upgrade_creates_the_tables_and_reports_the_revision(configured, capsys):
    assert main(["db-upgrade"]) == 0

    assert f"is at schema revision {head_revision()}" in capsys.readouterr().out
    assert not clinic_loaded(configured)


def test_load_clinic_loads_the_demo_by_default_and_prints_a_summary(configured, capsys):
    assert main(["load-clinic"]) == 0

    out = capsys.readouterr().out
    assert out.startswith("Loaded Harbour Skin Clinic: 2 locations, 4 practitioners, 6 treatments")
    assert "demo_clinic.yml" in out
    assert clinic_loaded(configured)


def test_load_clinic_with_an_invalid_file_lists_every_error_and_loads_nothing(configured, capsys, tmp_path):
    bad = tmp_path / "clinic.yml"
    bad.write_text(
        edited(("time_zone: Europe/London", "time_zone: Mars/Olympus"), ("area: hair", "area: scalp"))
    )

    assert main(["load-clinic", str(bad)]) == 1

    err = capsys.readouterr().err
    assert "has 2 error(s); nothing was loaded" in err
    assert "clinic.time_zone (line" in err and "treatments[1].area (line" in err
    assert not clinic_loaded(configured)


def test_ensure_demo_loads_the_demo_once_and_then_leaves_the_clinic_alone(configured, capsys):
    assert main(["ensure-demo"]) == 0
    assert main(["ensure-demo"]) == 0

    first, second = capsys.readouterr().out.strip().split("\n")
    assert first.startswith("Loaded Harbour Skin Clinic")
    assert second == "The database already holds a clinic; consultation slots topped up."


def test_an_unreachable_database_is_a_readable_error_not_a_traceback(monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", "postgresql://clinic:hunter2@127.0.0.1:1/clinic")

    assert main(["ensure-demo"]) == 1

    err = capsys.readouterr().err
    assert err.startswith("Error: The database at postgresql://clinic:***@127.0.0.1:1/clinic is unavailable")
    assert "hunter2" not in err


def test_the_existing_wait_command_still_works():
    assert main(["wait", "--url", "http://127.0.0.1:9/", "--timeout", "0"]) == 1
