"""The notifier thread: delivers what is due every interval, survives any
error (the database down), and stops when asked."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from assistant.db import create_engine_for
from assistant.handoff import HandoffUrgency
from assistant.handoff.tickets import NewTicket, open_ticket
from assistant.notifications import start_notifier
from tests.assistant.notifications.conftest import NOW, settings_with
from tests.assistant.notifications.servers import WebhookInbox, start_webhook


def wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_the_notifier_delivers_a_new_urgent_ticket_and_stops_when_asked(world, db, notify_env):
    inbox = WebhookInbox(statuses=[500, 200])
    server = start_webhook(inbox)
    notify_env(notify_webhook_url=inbox.url)
    settings = settings_with(notify_webhook_url=inbox.url)
    clock = [NOW]
    notifier = start_notifier(settings, interval_seconds=0.05, engine=world, clock=lambda: clock[0])
    try:
        with db() as session:
            ticket, _ = open_ticket(
                session, NewTicket("c1", "m1", HandoffUrgency.EMERGENCY, NOW, situations=("anaphylaxis",))
            )
        assert wait_for(lambda: len(inbox.received) == 1)  # the first try fails (HTTP 500)
        clock[0] = NOW + timedelta(seconds=30)  # the retry is due
        assert wait_for(lambda: len(inbox.received) == 2)
    finally:
        notifier.stop()
        server.shutdown()
        server.server_close()

    assert not notifier.is_alive() and notifier.daemon
    assert [body["ticket_id"] for _, _, body in inbox.received] == [ticket.id, ticket.id]


def test_the_notifier_keeps_going_while_the_database_is_down(caplog):
    unreachable = create_engine_for("postgresql://postgres@127.0.0.1:9/clinic?connect_timeout=2")
    notifier = start_notifier(settings_with(), interval_seconds=0.01, engine=unreachable)
    try:
        with caplog.at_level(logging.ERROR, logger="assistant.notifications"):
            assert wait_for(lambda: notifier.rounds >= 3)
        assert notifier.is_alive()
    finally:
        notifier.stop()
        unreachable.dispose()

    assert not notifier.is_alive()
    assert "Delivering notifications failed; trying again" in caplog.text
