"""Delivering due alerts: sent once, retried with back-off after a failure,
given up (loudly) after MAX_ATTEMPTS, never sent twice by racing workers;
on SQLite and PostgreSQL, with transports injected."""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta
from typing import List

import pytest
from sqlalchemy import select

from assistant.db.models import Notification
from assistant.handoff import HandoffUrgency
from assistant.handoff.tickets import NewTicket, open_ticket
from assistant.notifications import MAX_ATTEMPTS, Alert, DeliveryFailed, deliver_due, retry_delay
from assistant.notifications import delivery as delivery_module
from tests.assistant.notifications.conftest import NOW, WEBHOOK_URL, settings_with

SETTINGS = settings_with(
    notify_webhook_url=WEBHOOK_URL,
    smtp_password="hunter2-smtp-password",
    console_public_url="https://console.clinic.example/",
)
PATIENT_TEXT = "my throat feels tight and my lips are swelling"


class Recording:
    """A transport that keeps what it sends, optionally failing first."""

    def __init__(self, failures: int = 0, error: Exception | None = None, delay: float = 0.0) -> None:
        self.failures, self.error, self.delay = failures, error, delay
        self.sent: List[Alert] = []
        self.calls = 0
        self._lock = threading.Lock()

    def send(self, alert: Alert) -> None:
        with self._lock:
            self.calls += 1
            failing = self.calls <= self.failures
        if self.delay:
            time.sleep(self.delay)
        if failing:
            raise self.error or DeliveryFailed("the webhook answered HTTP 500 Internal Server Error")
        with self._lock:
            self.sent.append(alert)


def urgent_ticket(db, notify_env, message="m1", urgency=HandoffUrgency.EMERGENCY, webhook_only=True):
    if webhook_only:
        notify_env(notify_webhook_url=WEBHOOK_URL)
    with db() as session:
        ticket, _ = open_ticket(
            session,
            NewTicket(
                conversation_id=f"conversation-4f1d9-{message}",  # one patient each (one thread per conversation)
                source_message_id=message,
                urgency=urgency,
                created_at=NOW,
                situations=("anaphylaxis", "swelling_face"),
                rows=("B8",),
                triggers=("throat feels tight",),
                message_text=PATIENT_TEXT,
                patient_name="Jane Doe",
                patient_phone="07700 900123",
            ),
        )
    return ticket


def rows(db):
    with db() as session:
        return {row.id: row for row in session.execute(select(Notification).order_by(Notification.id)).scalars().all()}


def test_a_due_alert_is_sent_once_and_marked_sent(db, notify_env):
    ticket = urgent_ticket(db, notify_env)
    webhook = Recording()

    first = deliver_due(db, SETTINGS, NOW, {"webhook": webhook})
    again = deliver_due(db, SETTINGS, NOW + timedelta(hours=1), {"webhook": webhook})

    (row,) = rows(db).values()
    assert first.sent == (row.id,) and again.attempted == 0
    assert (row.status, row.attempts, row.sent_at, row.last_error) == ("sent", 1, NOW, None)
    (alert,) = webhook.sent
    assert (alert.ticket_id, alert.urgency, alert.situations, alert.rows, alert.attempt) == (
        ticket.id,
        "emergency",
        ("anaphylaxis", "swelling_face"),
        ("B8",),
        1,
    )
    assert alert.url == f"https://console.clinic.example/tickets/{ticket.id}"
    assert alert.opened_at == NOW and alert.time_zone == "Europe/London"


def test_an_alert_carries_no_patient_text_or_contact_details(db, notify_env):
    urgent_ticket(db, notify_env)
    webhook = Recording()

    deliver_due(db, SETTINGS, NOW, {"webhook": webhook})

    (alert,) = webhook.sent
    email = alert.email("notify@clinic.example", ["oncall@clinic.example"]).as_string()
    for rendered in (str(alert.as_json()), alert.text(), alert.summary, email):
        for private in (PATIENT_TEXT, "throat feels tight", "Jane", "07700", "conversation-4f1d9"):
            assert private not in rendered
    assert "swelling face" in alert.text() and "EMERGENCY" in alert.subject and "11 Jun 2025 11:00 BST" in alert.text()


def test_a_failure_is_logged_and_retried_with_growing_waits_until_it_goes_through(db, notify_env, caplog):
    ticket = urgent_ticket(db, notify_env)
    webhook = Recording(failures=2)

    with caplog.at_level(logging.WARNING, logger="assistant.notifications"):
        first = deliver_due(db, SETTINGS, NOW, {"webhook": webhook})
    (row,) = rows(db).values()
    assert first.retrying == (row.id,)
    assert (row.status, row.attempts, row.next_attempt_at) == ("pending", 1, NOW + timedelta(seconds=30))
    assert row.last_error == "the webhook answered HTTP 500 Internal Server Error"
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert f"emergency ticket {ticket.id} failed (attempt 1 of {MAX_ATTEMPTS})" in record.getMessage()
    assert "HTTP 500" in record.getMessage() and PATIENT_TEXT not in caplog.text

    assert deliver_due(db, SETTINGS, NOW + timedelta(seconds=29), {"webhook": webhook}).attempted == 0
    second = deliver_due(db, SETTINGS, NOW + timedelta(seconds=30), {"webhook": webhook})
    assert second.retrying == (row.id,)
    assert rows(db)[row.id].next_attempt_at == NOW + timedelta(seconds=30 + 60)

    third = deliver_due(db, SETTINGS, NOW + timedelta(seconds=90), {"webhook": webhook})
    assert third.sent == (row.id,)
    done = rows(db)[row.id]
    assert (done.status, done.attempts, done.last_error) == ("sent", 3, None)
    assert [alert.attempt for alert in webhook.sent] == [3]


def test_after_the_last_attempt_the_alert_is_marked_failed_and_an_error_logged(db, notify_env, caplog):
    urgent_ticket(db, notify_env)
    webhook = Recording(failures=MAX_ATTEMPTS)
    at = NOW
    with caplog.at_level(logging.WARNING, logger="assistant.notifications"):
        for _ in range(MAX_ATTEMPTS):
            summary = deliver_due(db, SETTINGS, at, {"webhook": webhook})
            at += retry_delay(MAX_ATTEMPTS)  # always long enough

    (row,) = rows(db).values()
    assert summary.failed == (row.id,)
    assert (row.status, row.attempts) == ("failed", MAX_ATTEMPTS)
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "Gave up" in errors[0].getMessage()
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == MAX_ATTEMPTS - 1
    assert deliver_due(db, SETTINGS, at + timedelta(days=1), {"webhook": webhook}).attempted == 0


def test_an_alert_whose_channel_is_no_longer_configured_is_retried_with_the_reason(db, notify_env):
    urgent_ticket(db, notify_env)

    summary = deliver_due(db, SETTINGS, NOW, {})

    (row,) = rows(db).values()
    assert summary.retrying == (row.id,)
    assert row.last_error == "the webhook channel is not configured any more (set NOTIFY_WEBHOOK_URL)"


def test_errors_are_stored_and_logged_without_secrets(db, notify_env, caplog):
    urgent_ticket(db, notify_env)
    leaky = Recording(failures=1, error=ValueError(f"cannot POST {WEBHOOK_URL} with hunter2-smtp-password"))

    with caplog.at_level(logging.WARNING, logger="assistant.notifications"):
        deliver_due(db, SETTINGS, NOW, {"webhook": leaky})

    (row,) = rows(db).values()
    assert row.last_error == "ValueError: cannot POST ********** with **********"
    assert "very-secret-token" not in caplog.text and "hunter2" not in caplog.text


def test_an_unexpected_error_in_a_transport_is_recorded_like_any_failure(db, notify_env):
    urgent_ticket(db, notify_env)

    summary = deliver_due(db, SETTINGS, NOW, {"webhook": Recording(failures=1, error=KeyError("boom"))})

    (row,) = rows(db).values()
    assert summary.retrying == (row.id,) and row.last_error == "KeyError: 'boom'"


def test_alerts_go_out_oldest_first_each_through_its_own_channel(db, notify_env):
    notify_env(notify_email_to="oncall@clinic.example", smtp_host="smtp.clinic.example", notify_webhook_url=WEBHOOK_URL)
    first = urgent_ticket(db, notify_env, "m1", webhook_only=False)
    second = urgent_ticket(db, notify_env, "m2", urgency=HandoffUrgency.SAME_DAY, webhook_only=False)
    email, webhook = Recording(), Recording()

    summary = deliver_due(db, SETTINGS, NOW, {"email": email, "webhook": webhook})

    assert len(summary.sent) == 4
    assert [(a.ticket_id, a.urgency) for a in email.sent] == [(first.id, "emergency"), (second.id, "same_day")]
    assert [a.ticket_id for a in webhook.sent] == [first.id, second.id]


def test_a_claimed_alert_is_not_claimed_again(db, notify_env):
    urgent_ticket(db, notify_env)
    (notification_id,) = rows(db)

    mine = delivery_module._claim(db, SETTINGS, notification_id, NOW)
    theirs = delivery_module._claim(db, SETTINGS, notification_id, NOW)

    assert mine is not None and theirs is None
    assert rows(db)[notification_id].next_attempt_at == NOW + delivery_module.CLAIM_LEASE


def test_a_worker_that_died_mid_send_leaves_the_alert_to_be_retried_after_the_lease(db, notify_env):
    urgent_ticket(db, notify_env)
    (notification_id,) = rows(db)
    delivery_module._claim(db, SETTINGS, notification_id, NOW)  # ... and never recorded anything
    webhook = Recording()

    assert deliver_due(db, SETTINGS, NOW + timedelta(minutes=1), {"webhook": webhook}).attempted == 0
    later = deliver_due(db, SETTINGS, NOW + delivery_module.CLAIM_LEASE, {"webhook": webhook})

    assert later.sent == (notification_id,) and webhook.sent[0].attempt == 2


def test_racing_workers_never_send_an_alert_twice(db, notify_env):
    for n in range(6):
        urgent_ticket(db, notify_env, f"m{n}")
    webhook = Recording(delay=0.02)
    workers = 4
    barrier, summaries, errors = threading.Barrier(workers), [], []

    def work() -> None:
        try:
            barrier.wait()
            summaries.append(deliver_due(db, SETTINGS, NOW, {"webhook": webhook}))
        except Exception as error:  # surfaced below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert errors == []
    sent_ids = [a.notification_id for a in webhook.sent]
    assert sorted(sent_ids) == sorted(rows(db)) and len(set(sent_ids)) == 6
    assert sum(len(s.sent) for s in summaries) == 6
    assert all(row.status == "sent" and row.attempts == 1 for row in rows(db).values())


@pytest.mark.parametrize(
    "attempts, seconds",
    [(1, 30), (2, 60), (3, 120), (4, 240), (5, 480), (6, 900), (7, 900), (MAX_ATTEMPTS, 900)],
)
def test_the_wait_doubles_from_30_seconds_up_to_15_minutes(attempts, seconds):
    assert retry_delay(attempts) == timedelta(seconds=seconds)


def test_a_long_round_stops_claiming_before_its_leases_could_run_out(db, notify_env, monkeypatch):
    for n in range(3):
        urgent_ticket(db, notify_env, f"m{n}")
    monkeypatch.setattr(delivery_module, "ROUND_SECONDS", 0.05)
    slow = Recording(delay=0.06)

    first = deliver_due(db, SETTINGS, NOW, {"webhook": slow})
    rest = deliver_due(db, SETTINGS, NOW, {"webhook": slow})

    assert len(first.sent) == 1 and len(rest.sent) == 1  # one per round, the others left pending
    assert sum(row.status == "pending" and row.attempts == 0 for row in rows(db).values()) == 1
