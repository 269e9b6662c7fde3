"""`python -m assistant.cli console`: the real process serves the console and
delivers the alert for an urgent ticket opened before it started."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import requests

from assistant.db import create_engine_for, migrate, session_scope
from assistant.handoff.payload import HandoffUrgency
from assistant.handoff.tickets import NewTicket, open_ticket
from tests.assistant.notifications.servers import WebhookInbox, start_webhook
from tests.servers import free_port

ROOT = Path(__file__).resolve().parents[2]


def test_the_console_process_serves_sign_in_and_sends_the_urgent_alert(tmp_path, monkeypatch):
    inbox = WebhookInbox()
    webhook = start_webhook(inbox)
    database = f"sqlite:///{tmp_path / 'clinic.db'}"
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "CONSOLE_PORT": str(port),
        "CONSOLE_SECRET_KEY": "test-key-" + "x" * 32,
        "NOTIFY_WEBHOOK_URL": inbox.url,
        "PYTHONPATH": str(ROOT),
    }
    # Opening the ticket queues its alert from the settings in the environment.
    monkeypatch.setenv("NOTIFY_WEBHOOK_URL", inbox.url)
    migrate(database)
    engine = create_engine_for(database)
    with session_scope(engine) as session:
        ticket, _ = open_ticket(
            session,
            NewTicket(
                conversation_id="c1",
                source_message_id="m1",
                urgency=HandoffUrgency.EMERGENCY,
                created_at=datetime.now(timezone.utc),
                situations=("anaphylaxis",),
                rows=("B8",),
                triggers=("throat",),
                message_text="my throat is closing",
            ),
        )
    engine.dispose()

    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "console"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline and status is None:
            try:
                status = requests.get(f"http://127.0.0.1:{port}/login", timeout=2).status_code
            except requests.ConnectionError:
                time.sleep(0.5)
        assert status == 200
        assert inbox.arrived.wait(30), "the console's notifier did not deliver the alert"
        _, _, body = inbox.received[0]
        assert f"/tickets/{ticket.id}" in str(body) and "throat is closing" not in str(body)
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0]
        webhook.shutdown()
    assert "Staff console on http://127.0.0.1:" in output
