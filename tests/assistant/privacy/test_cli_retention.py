"""`python -m assistant.cli retention` runs the retention job on the
configured databases with the settings' periods and the real clock."""

from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from assistant.cli import main
from assistant.db import create_engine_for, migrate, session_scope
from assistant.db.models import AuditEvent
from assistant.db.rasa_events import EVENTS
from assistant.privacy.conversation_events import conversation_events
from tests.assistant.privacy.conftest import canary_events, new_conversation, store_events


def test_the_retention_command_redacts_old_conversations_and_leaves_new_ones(tmp_path, monkeypatch, capsys):
    database = f"sqlite:///{tmp_path / 'clinic.db'}"
    migrate(database)
    engine = create_engine_for(database)
    EVENTS.create(engine)
    old, new = new_conversation(), new_conversation()
    now = datetime.now(timezone.utc)
    store_events(engine, old, canary_events((now - timedelta(days=8)).timestamp()))
    store_events(engine, new, canary_events((now - timedelta(days=1)).timestamp()))
    monkeypatch.setenv("DATABASE_URL", database)
    monkeypatch.setenv("OUTBOX_DIR", str(tmp_path / "outbox"))
    monkeypatch.setenv("REDACT_AFTER_DAYS", "7")

    assert main(["retention"]) == 0

    assert "Retention: 1 conversation(s) redacted, 0 erased" in capsys.readouterr().out
    with engine.connect() as connection:
        assert "[name]" in conversation_events(connection, old)[2].data["text"]
        assert "Zelda Quibbleworth" in conversation_events(connection, new)[2].data["text"]
    with session_scope(engine) as session:
        [row] = session.execute(select(AuditEvent)).scalars()
        assert (row.actor, row.action, row.detail["redacted"]) == ("system", "privacy.redact", 1)
    engine.dispose()
