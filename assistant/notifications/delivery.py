"""Delivering due notifications: claim, send, record; retry with back-off.

    summary = deliver_due(session_factory, settings, now)            # real SMTP / webhook
    summary = deliver_due(session_factory, settings, now, {"webhook": fake})  # tests

Claiming is a conditional UPDATE (pending, due, by id) committed before
sending: the first worker's claim moves `next_attempt_at` a lease ahead,
so a second worker's UPDATE matches no row and it moves on. Plain SQL, the
same on SQLite (one writer at a time) and PostgreSQL (the second UPDATE
waits for the first's row lock, then re-reads the row). Delivery is at
least once: a worker that dies between sending and recording leaves the row
to be tried again when the lease ends; webhook receivers can drop repeats
by `notification_id`.

A failed attempt is logged as a warning (the error, the ticket id and
urgency; nothing the patient wrote), and tried again after 30 s, 1, 2, 4,
8 minutes, then every 15 minutes; after MAX_ATTEMPTS it is marked failed
and logged as an error.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, ContextManager, Iterable, List, Mapping, Tuple
from urllib.parse import urlsplit

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from assistant.db.models import Clinic, HandoffTicket, Notification
from assistant.notifications.exceptions import ChannelNotConfigured, DeliveryFailed
from assistant.notifications.message import Alert, ticket_url
from assistant.notifications.transports import Transport, transports_for
from assistant.settings import Settings

logger = logging.getLogger(__name__)

SessionFactory = Callable[[], ContextManager[Session]]

FIRST_RETRY_SECONDS = 30
MAX_RETRY_SECONDS = 15 * 60
MAX_ATTEMPTS = 20  # about four hours of trying
# How long a claim lasts: longer than any send can take (timeouts 10 s / 30 s).
CLAIM_LEASE = timedelta(minutes=5)
BATCH_SIZE = 50
# A round stops claiming after this long, well inside the lease, so no claim outlives its lease.
ROUND_SECONDS = CLAIM_LEASE.total_seconds() / 2
MAX_ERROR_LENGTH = 500


def retry_delay(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed attempt: 30 s doubling, at most 15 minutes."""
    return timedelta(seconds=min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), MAX_RETRY_SECONDS))


@dataclass(frozen=True)
class DeliverySummary:
    """Notification ids by what happened to them in this run."""

    sent: Tuple[int, ...] = ()
    retrying: Tuple[int, ...] = ()  # failed this time; tried again later
    failed: Tuple[int, ...] = ()  # failed for the last time
    skipped: Tuple[int, ...] = ()  # another worker claimed them first

    @property
    def attempted(self) -> int:
        return len(self.sent) + len(self.retrying) + len(self.failed)


def deliver_due(
    session_factory: SessionFactory,
    settings: Settings,
    now: datetime,
    transports: Mapping[str, Transport] | None = None,
    limit: int = BATCH_SIZE,
) -> DeliverySummary:
    """Send every pending notification due at `now` (oldest first, up to
    `limit`), each through the transport of its channel (default: built from
    `settings`). Database errors propagate (the worker logs them and tries
    again); delivery errors never do."""
    if transports is None:
        transports = transports_for(settings)
    with session_factory() as session:
        due = (
            session.execute(
                select(Notification.id)
                .where(Notification.status == "pending", Notification.next_attempt_at <= now)
                .order_by(Notification.next_attempt_at, Notification.id)
                .limit(limit)
            )
            .scalars()
            .all()
        )

    sent: List[int] = []
    retrying: List[int] = []
    failed: List[int] = []
    skipped: List[int] = []
    started = time.monotonic()
    for notification_id in due:
        if time.monotonic() - started > ROUND_SECONDS:
            break  # claims are leased from `now`: leave the rest to the next round, with a fresh `now`
        alert = _claim(session_factory, settings, notification_id, now)
        if alert is None:
            skipped.append(notification_id)
            continue
        try:
            transport = transports.get(alert.channel)
            if transport is None:
                raise ChannelNotConfigured(alert.channel)
            transport.send(alert)
        except Exception as error:  # any failure is recorded and retried, never raised
            reason = _describe(error, _secrets(settings))
            gave_up = _record_failure(session_factory, alert, reason, now)
            (failed if gave_up else retrying).append(notification_id)
        else:
            _record_sent(session_factory, alert, now)
            sent.append(notification_id)
            logger.info(
                "Sent the %s notification %d for %s ticket %d (attempt %d)",
                alert.channel, alert.notification_id, alert.urgency, alert.ticket_id, alert.attempt,
            )  # fmt: skip
    return DeliverySummary(tuple(sent), tuple(retrying), tuple(failed), tuple(skipped))


def _claim(session_factory: SessionFactory, settings: Settings, notification_id: int, now: datetime) -> Alert | None:
    """Take the notification for this worker (committed at once), or None
    if another worker has it or it is no longer due."""
    with session_factory() as session:
        claimed = session.execute(
            update(Notification)
            .where(
                Notification.id == notification_id,
                Notification.status == "pending",
                Notification.next_attempt_at <= now,
            )
            .values(attempts=Notification.attempts + 1, next_attempt_at=now + CLAIM_LEASE)
            .execution_options(synchronize_session=False)
        ).rowcount
        if claimed != 1:
            return None
        row, ticket = session.execute(
            select(Notification, HandoffTicket)
            .join(HandoffTicket, Notification.ticket_id == HandoffTicket.id)
            .where(Notification.id == notification_id)
        ).one()
        zone = session.execute(select(Clinic.time_zone).order_by(Clinic.id).limit(1)).scalar_one_or_none()
        return Alert(
            notification_id=row.id,
            channel=row.channel,
            attempt=row.attempts,
            ticket_id=ticket.id,
            urgency=ticket.urgency,
            opened_at=ticket.created_at,
            situations=tuple(ticket.situations or ()),
            rows=tuple(ticket.matrix_rows or ()),
            clinic_name=settings.clinic_name,
            time_zone=zone or "UTC",
            url=ticket_url(settings.effective_console_url, ticket.id),
        )


def _record_sent(session_factory: SessionFactory, alert: Alert, now: datetime) -> None:
    with session_factory() as session:
        session.execute(
            update(Notification)
            .where(Notification.id == alert.notification_id, Notification.status == "pending")
            .values(status="sent", sent_at=now, last_error=None)
            .execution_options(synchronize_session=False)
        )


def _record_failure(session_factory: SessionFactory, alert: Alert, reason: str, now: datetime) -> bool:
    """Store the error and when to try again; True when this was the last try."""
    gave_up = alert.attempt >= MAX_ATTEMPTS
    values = (
        {"status": "failed", "last_error": reason}
        if gave_up
        else {"next_attempt_at": now + retry_delay(alert.attempt), "last_error": reason}
    )
    with session_factory() as session:
        session.execute(
            update(Notification)
            .where(
                Notification.id == alert.notification_id,
                Notification.status == "pending",
                Notification.attempts == alert.attempt,  # still ours: the lease has not passed to another worker
            )
            .values(**values)
            .execution_options(synchronize_session=False)
        )
    if gave_up:
        logger.error(
            "Gave up on the %s notification %d for %s ticket %d after %d attempts: %s. "
            "Nobody was alerted by %s: check the notification settings and the ticket queue.",
            alert.channel, alert.notification_id, alert.urgency, alert.ticket_id, alert.attempt, reason,
            alert.channel,
        )  # fmt: skip
    else:
        logger.warning(
            "The %s notification %d for %s ticket %d failed (attempt %d of %d): %s; trying again in %d s",
            alert.channel, alert.notification_id, alert.urgency, alert.ticket_id, alert.attempt, MAX_ATTEMPTS,
            reason, retry_delay(alert.attempt).total_seconds(),
        )  # fmt: skip
    return gave_up


def _secrets(settings: Settings) -> List[str]:
    """Values never to log: the SMTP password, the webhook URL and its path
    and query (where services such as Slack put the token)."""
    password, url = str(settings.smtp_password), str(settings.notify_webhook_url)
    parts = urlsplit(url)
    values = {password, url, *(part for part in (parts.path, parts.query) if len(part) >= 8)}
    return sorted((value for value in values if value), key=len, reverse=True)


def _describe(error: BaseException, secrets: Iterable[str]) -> str:
    """The error in one line, secrets blanked, short enough to store."""
    text = " ".join(str(error).split())
    if not isinstance(error, DeliveryFailed):  # an unexpected error: say what kind
        text = f"{type(error).__name__}: {text}" if text else type(error).__name__
    for secret in secrets:
        text = text.replace(secret, "**********")
    return text[:MAX_ERROR_LENGTH]
