"""Queueing the alerts for an urgent ticket, in the ticket's own transaction.

`assistant.handoff.tickets.open_ticket` calls `enqueue_for_ticket` when it
creates a ticket, whoever opens it (the action, the outbox, the reconciler),
so an emergency or same-day ticket and its pending notifications are
committed together or not at all. The notifier (`delivery.deliver_due`)
sends them.

Which channels are set up is read from the settings when an urgent ticket is
opened (a few times a day), so every process that opens tickets queues
alerts without extra wiring. Queueing never stops a ticket from being
stored: a problem here is logged, and the ticket is kept.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Tuple

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from assistant.db.models import Notification
from assistant.exceptions import SettingsError
from assistant.handoff.payload import HandoffUrgency
from assistant.settings import Settings, load_settings

logger = logging.getLogger(__name__)

# Urgencies that alert the clinic at once; review and routine wait in the console's queue.
URGENT = frozenset({HandoffUrgency.EMERGENCY, HandoffUrgency.SAME_DAY})


def email_recipients(settings: Settings) -> Tuple[str, ...]:
    return tuple(a.strip() for a in settings.notify_email_to.split(",") if a.strip())


def configured_channels(settings: Settings) -> Tuple[str, ...]:
    """The channels set up in the settings: "email" (NOTIFY_EMAIL_TO and
    SMTP_HOST), "webhook" (NOTIFY_WEBHOOK_URL); possibly none."""
    channels = []
    if email_recipients(settings) and settings.smtp_host:
        channels.append("email")
    if settings.notify_webhook_url:
        channels.append("webhook")
    return tuple(channels)


def enqueue_for_ticket(
    session: Session,
    ticket_id: int,
    urgency: HandoffUrgency | str,
    opened_at: datetime,
    settings: Settings | None = None,
) -> Tuple[str, ...]:
    """Add a pending notification per configured channel for a new
    emergency or same-day ticket (nothing for review or routine); returns
    the channels queued. Due at once. Never raises: the ticket matters
    more than its alert."""
    if HandoffUrgency(urgency) not in URGENT:
        return ()
    if settings is None:
        try:
            settings = load_settings()
        except SettingsError as error:
            logger.error("Urgent ticket %s: no notification queued, the settings are invalid: %s", ticket_id, error)
            return ()
    channels = configured_channels(settings)
    if not channels:
        logger.info("Urgent ticket %s: no notification channel configured (see .env.example)", ticket_id)
        return ()
    now = datetime.now(timezone.utc)
    try:
        with session.begin_nested():  # a failure here rolls back the alerts only, not the ticket
            session.add_all(
                Notification(
                    ticket_id=ticket_id,
                    channel=channel,
                    status="pending",
                    attempts=0,
                    # Due at once: a ticket stored late (outbox, reconciler) is due from its own time.
                    next_attempt_at=min(opened_at, now),
                    created_at=now,
                )
                for channel in channels
            )
            session.flush()
    except SQLAlchemyError:
        logger.exception("Urgent ticket %s: queueing its notifications failed; the ticket is kept", ticket_id)
        return ()
    return channels
