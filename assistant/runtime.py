"""What the custom actions need from the outside world, built on first use:
the clinic database (one engine per process, from the settings), the
outbox (booking requests and handoff tickets), the settings and the clock.

    runtime = Runtime.from_settings()       # nothing is opened yet
    with runtime.session() as session: ...  # the engine is created here, once

Tests build their own: Runtime(settings, engine=..., clock=lambda: NOW,
outbox=Outbox(tmp_path), new_reference=lambda: "ref1").
"""

from __future__ import annotations

import logging
import threading
import uuid
from datetime import datetime, timezone
from typing import Callable, ContextManager

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from assistant.booking import submit as booking_submit
from assistant.db import create_engine_for, session_scope
from assistant.handoff import delivery as handoff_delivery
from assistant.outbox import DeliveryReport, Outbox
from assistant.privacy.stores import PrivacyStores
from assistant.settings import Settings, load_settings

logger = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Runtime:
    def __init__(
        self,
        settings: Settings,
        *,
        engine: Engine | None = None,
        tracker_engine: Engine | None = None,
        clock: Callable[[], datetime] = utc_now,
        outbox: Outbox | None = None,
        new_reference: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self.settings = settings
        self._engine = engine
        # A test that brings its clinic engine keeps its conversations there too.
        self._tracker_engine = tracker_engine if tracker_engine is not None else engine
        self._lock = threading.Lock()
        self.clock = clock
        self.outbox = outbox if outbox is not None else Outbox(settings.effective_outbox_dir)
        # Booking request references (BookingForm.reference): random, unless a test fixes them.
        self.new_reference = new_reference

    @classmethod
    def from_settings(cls) -> Runtime:
        return cls(load_settings())

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = create_engine_for(self.settings.effective_database_url)
            return self._engine

    @property
    def tracker_engine(self) -> Engine:
        """Rasa's tracker store: the clinic engine itself unless TRACKER_DATABASE_URL differs."""
        engine = self.engine
        with self._lock:
            if self._tracker_engine is None:
                url = self.settings.effective_tracker_database_url
                same = url == self.settings.effective_database_url
                self._tracker_engine = engine if same else create_engine_for(url)
            return self._tracker_engine

    def privacy_stores(self) -> PrivacyStores:
        return PrivacyStores(self.tracker_engine, self.engine)

    def session(self) -> ContextManager[Session]:
        """A unit of work on the clinic database (DatabaseUnavailable if it is down)."""
        return session_scope(self.engine)

    def now(self) -> datetime:
        return self.clock()

    def outbox_handlers(self) -> dict:
        """One handler per kind of outbox record: booking requests, handoff tickets and contacts."""
        return {
            booking_submit.RECORD_KIND: booking_submit.outbox_handler(self.session),
            **handoff_delivery.outbox_handlers(self.session),
        }

    def deliver_outbox(self) -> DeliveryReport:
        """Store the booking requests and handoff tickets the outbox holds,
        oldest first, if any; never raises."""
        if not len(self.outbox):
            return DeliveryReport()
        try:
            report = self.outbox.deliver(self.outbox_handlers())
        except Exception:  # a broken outbox must not break the conversation
            logger.exception("Delivering the outbox failed")
            return DeliveryReport()
        if report.delivered:
            logger.info("Delivered %d record(s) from the outbox", len(report.delivered))
        return report
