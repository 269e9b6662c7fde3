"""Alerting the clinic at once to emergency and same-day handoff tickets,
by email (SMTP) and/or a webhook, as configured in the settings.

    enqueue      pending alerts per configured channel, in the ticket's transaction (called by open_ticket)
    message      what an alert says: ticket, urgency, time, situations, console link; never patient text
    transports   SMTP and webhook senders behind a small `Transport` protocol
    delivery     deliver_due: claim, send, record; retries with back-off, then failed + an error in the log
    worker       start_notifier(settings) -> a daemon thread; run_once(settings)

The `notifications` table (assistant.db.models.Notification) holds one row
per ticket and channel: pending -> sent, or failed after MAX_ATTEMPTS.
"""

from assistant.notifications.delivery import MAX_ATTEMPTS, DeliverySummary, deliver_due, retry_delay
from assistant.notifications.enqueue import URGENT, configured_channels, enqueue_for_ticket
from assistant.notifications.exceptions import ChannelNotConfigured, DeliveryFailed, NotificationError
from assistant.notifications.message import Alert, ticket_url
from assistant.notifications.transports import SmtpTransport, Transport, WebhookTransport, transports_for
from assistant.notifications.worker import Notifier, run_once, start_notifier

__all__ = [
    "MAX_ATTEMPTS",
    "URGENT",
    "Alert",
    "ChannelNotConfigured",
    "DeliveryFailed",
    "DeliverySummary",
    "NotificationError",
    "Notifier",
    "SmtpTransport",
    "Transport",
    "WebhookTransport",
    "configured_channels",
    "deliver_due",
    "enqueue_for_ticket",
    "retry_delay",
    "run_once",
    "start_notifier",
    "ticket_url",
    "transports_for",
]
