"""The real transports against real servers on 127.0.0.1: an SMTP server
(plain, STARTTLS, sign-in) and an HTTP webhook receiver; end to end from
opening a ticket to the alert arriving, including a failure and its retry."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

import pytest

from assistant.handoff import HandoffUrgency
from assistant.handoff.tickets import NewTicket, open_ticket
from assistant.notifications import (
    Alert,
    DeliveryFailed,
    SmtpTransport,
    WebhookTransport,
    deliver_due,
    run_once,
    transports_for,
)
from tests.assistant.notifications.conftest import NOW, settings_with
from tests.assistant.notifications.servers import (
    SmtpSink,
    WebhookInbox,
    self_signed_tls,
    start_smtp,
    start_webhook,
)

ALERT = Alert(
    notification_id=7,
    channel="email",
    attempt=1,
    ticket_id=42,
    urgency="emergency",
    opened_at=datetime(2025, 6, 11, 10, 0, tzinfo=timezone.utc),
    situations=("anaphylaxis",),
    rows=("B8",),
    clinic_name="Harbour Skin Clinic",
    time_zone="Europe/London",
    url="http://localhost:8080/tickets/42",
)


@pytest.fixture
def smtp():
    sink = SmtpSink(username="notifier", password="s3cret-pass")
    server = start_smtp(sink)
    yield sink
    server.shutdown()
    server.server_close()


@pytest.fixture
def webhook():
    inbox = WebhookInbox()
    server = start_webhook(inbox)
    yield inbox
    server.shutdown()
    server.server_close()


def smtp_transport(sink: SmtpSink, **overrides) -> SmtpTransport:
    options = dict(
        host=sink.host,
        port=sink.port,
        sender="assistant@clinic.example",
        recipients=["oncall@clinic.example", "manager@clinic.example"],
        username="notifier",
        password="s3cret-pass",
        starttls=False,
        timeout=5,
    )
    return SmtpTransport(**{**options, **overrides})


def test_an_email_alert_is_delivered_over_smtp_after_signing_in(smtp):
    smtp_transport(smtp).send(ALERT)

    (received,) = smtp.mail
    assert smtp.logins == ["notifier"]
    assert received.sender == "assistant@clinic.example"
    assert received.recipients == ["oncall@clinic.example", "manager@clinic.example"]
    message = received.message
    assert message["Subject"] == "[EMERGENCY] Handoff ticket #42 needs a person now — Harbour Skin Clinic"
    assert message["X-Handoff-Ticket"] == "42" and message["X-Priority"] == "1"
    body = message.get_content()
    assert "http://localhost:8080/tickets/42" in body and "anaphylaxis" in body and "B8" in body
    assert "Wed 11 Jun 2025 11:00 BST" in body


def test_an_email_alert_goes_over_starttls_when_asked(smtp, tmp_path):
    server_tls, client_tls = self_signed_tls(tmp_path)
    smtp.tls_context = server_tls

    smtp_transport(smtp, starttls=True, ssl_context=client_tls).send(ALERT)

    assert smtp.tls_sessions == 1 and len(smtp.mail) == 1 and smtp.logins == ["notifier"]


def test_starttls_refuses_a_server_it_cannot_trust(smtp, tmp_path):
    smtp.tls_context, _ = self_signed_tls(tmp_path)

    with pytest.raises(DeliveryFailed, match="SSLCertVerificationError"):
        smtp_transport(smtp, starttls=True).send(ALERT)  # the system's trust store: self-signed is refused
    assert smtp.mail == []


def test_a_refused_sign_in_says_which_settings_to_check_without_the_password(smtp):
    with pytest.raises(DeliveryFailed) as failure:
        smtp_transport(smtp, password="wrong-password").send(ALERT)

    assert "535" in str(failure.value) and "SMTP_USERNAME and SMTP_PASSWORD" in str(failure.value)
    assert "wrong-password" not in str(failure.value) and smtp.mail == []


def test_an_smtp_server_that_is_down_is_a_delivery_failure(smtp):
    with pytest.raises(DeliveryFailed, match="ConnectionRefusedError"):
        smtp_transport(smtp, port=9).send(ALERT)


def test_a_webhook_alert_is_a_json_post(webhook):
    WebhookTransport(webhook.url, timeout=5).send(ALERT)

    ((path, headers, body),) = webhook.received
    assert path == "/hooks/T0000/B0000/secret-token-123" and headers["Content-Type"] == "application/json"
    assert body == {
        "event": "handoff_ticket.urgent",
        "text": "EMERGENCY: handoff ticket #42 at Harbour Skin Clinic needs a person now (anaphylaxis). "
        "Opened Wed 11 Jun 2025 11:00 BST. http://localhost:8080/tickets/42",
        "notification_id": 7,
        "attempt": 1,
        "ticket_id": 42,
        "urgency": "emergency",
        "opened_at": "2025-06-11T10:00:00+00:00",
        "situations": ["anaphylaxis"],
        "matrix_rows": ["B8"],
        "clinic": "Harbour Skin Clinic",
        "url": "http://localhost:8080/tickets/42",
    }


@pytest.mark.parametrize("status", [500, 404, 302])
def test_a_webhook_answering_anything_but_2xx_is_a_failure(webhook, status):
    webhook.statuses = [status]

    with pytest.raises(DeliveryFailed, match=f"HTTP {status}"):
        WebhookTransport(webhook.url, timeout=5).send(ALERT)


def test_an_unreachable_webhook_fails_without_quoting_its_secret_address():
    with pytest.raises(DeliveryFailed) as failure:
        WebhookTransport("http://127.0.0.1:9/hooks/secret-token-123", timeout=5).send(ALERT)

    assert "ConnectionError" in str(failure.value) and "secret-token" not in str(failure.value)
    assert failure.value.__cause__ is None and failure.value.__suppress_context__


def test_transports_are_built_from_the_settings_without_showing_secrets():
    settings = settings_with(
        notify_email_to="a@clinic.example, b@clinic.example",
        smtp_host="smtp.clinic.example",
        smtp_password="pw-123456",
        notify_webhook_url="https://hooks.example/secret-token-123",
    )

    built = transports_for(settings)

    assert set(built) == {"email", "webhook"}
    assert built["email"].recipients == ("a@clinic.example", "b@clinic.example")
    assert built["email"].sender == "a@clinic.example"  # NOTIFY_EMAIL_FROM empty: the first recipient
    assert "secret-token" not in repr(built) and "pw-123456" not in repr(built)


def open_urgent(db, message="m1"):
    with db() as session:
        ticket, _ = open_ticket(
            session,
            NewTicket(
                conversation_id="c1",
                source_message_id=message,
                urgency=HandoffUrgency.SAME_DAY,
                created_at=NOW,
                situations=("infection",),
                rows=("B13",),
                message_text="there's pus coming out",
            ),
        )
    return ticket


def test_end_to_end_a_failing_webhook_is_retried_until_the_alert_arrives(db, notify_env, webhook, caplog):
    webhook.statuses = [500, 200]
    notify_env(notify_webhook_url=webhook.url)
    ticket = open_urgent(db)
    settings = settings_with(notify_webhook_url=webhook.url)

    with caplog.at_level(logging.WARNING, logger="assistant.notifications"):
        first = deliver_due(db, settings, NOW)
    assert first.retrying and "the webhook answered HTTP 500" in caplog.text
    assert "secret-token" not in caplog.text

    second = deliver_due(db, settings, NOW + timedelta(seconds=30))

    assert second.sent == first.retrying
    assert [body["ticket_id"] for _, _, body in webhook.received] == [ticket.id, ticket.id]
    assert [body["attempt"] for _, _, body in webhook.received] == [1, 2]
    assert all("pus" not in str(body) for _, _, body in webhook.received)


def test_end_to_end_an_email_alert_arrives_with_run_once(world, db, notify_env, smtp):
    notify_env(notify_email_to="oncall@clinic.example", smtp_host=smtp.host)
    ticket = open_urgent(db)
    settings = settings_with(
        notify_email_to="oncall@clinic.example",
        notify_email_from="assistant@clinic.example",
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_username="notifier",
        smtp_password="s3cret-pass",
        smtp_starttls=False,
        console_public_url="https://console.clinic.example",
    )

    summary = run_once(settings, engine=world, now=NOW)

    assert len(summary.sent) == 1
    (received,) = smtp.mail
    assert received.message["Subject"].startswith(f"[SAME-DAY] Handoff ticket #{ticket.id} needs a clinician today")
    assert f"https://console.clinic.example/tickets/{ticket.id}" in received.message.get_content()
    assert "pus" not in received.message.as_string()
