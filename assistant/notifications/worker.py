"""The notifier: a daemon thread that delivers due notifications every few
seconds, in whichever process runs it (the staff console starts one).

    notifier = start_notifier(settings)      # running
    ...
    notifier.stop()                           # at shutdown: finishes the current round, then returns

    run_once(settings)                        # one round, for tests and operations

Several notifiers (several console processes) may run at once: claims
make sure each alert is sent by one of them. The thread never dies on an
error: it logs it and tries again next round.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timezone
from typing import Callable, Mapping

from sqlalchemy.engine import Engine

from assistant.db import create_engine_for, session_scope
from assistant.notifications.delivery import DeliverySummary, deliver_due
from assistant.notifications.transports import Transport
from assistant.settings import Settings

logger = logging.getLogger(__name__)

DEFAULT_INTERVAL_SECONDS = 10.0


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def run_once(
    settings: Settings,
    *,
    engine: Engine | None = None,
    now: datetime | None = None,
    transports: Mapping[str, Transport] | None = None,
) -> DeliverySummary:
    """Deliver what is due now, once, on `engine` (default: a new engine
    for the settings' database, disposed of afterwards)."""
    own = engine is None
    engine = create_engine_for(settings.effective_database_url) if engine is None else engine
    try:
        return deliver_due(lambda: session_scope(engine), settings, now or utc_now(), transports)
    finally:
        if own:
            engine.dispose()


class Notifier(threading.Thread):
    """Runs `deliver_due` every `interval_seconds` until `stop()`."""

    def __init__(
        self,
        settings: Settings,
        interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
        *,
        engine: Engine | None = None,
        clock: Callable[[], datetime] = utc_now,
        transports: Mapping[str, Transport] | None = None,
    ) -> None:
        super().__init__(name="notifier", daemon=True)
        self.settings = settings
        self.interval_seconds = interval_seconds
        self.clock = clock
        self.transports = transports
        self._engine = engine
        self._stopping = threading.Event()
        self.rounds = 0  # completed rounds, failed or not (for tests and health checks)

    def run(self) -> None:
        own = self._engine is None
        try:
            engine = create_engine_for(self.settings.effective_database_url) if own else self._engine
        except Exception:
            logger.exception("The notifier cannot open the database; urgent-ticket alerts are NOT being sent")
            return
        assert engine is not None
        logger.info("Notifier started: delivering urgent-ticket alerts every %g s", self.interval_seconds)
        try:
            while not self._stopping.is_set():
                self.run_round(engine)
                self._stopping.wait(self.interval_seconds)
        finally:
            if own:
                engine.dispose()
            logger.info("Notifier stopped")

    def run_round(self, engine: Engine) -> DeliverySummary | None:
        try:
            summary = deliver_due(lambda: session_scope(engine), self.settings, self.clock(), self.transports)
        except Exception:  # the database is down, or a bug: log it, keep the thread alive
            logger.exception("Delivering notifications failed; trying again in %g s", self.interval_seconds)
            summary = None
        self.rounds += 1
        return summary

    def stop(self, timeout: float | None = 30.0) -> None:
        """Ask the thread to stop and wait for it (a round in progress finishes)."""
        self._stopping.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout)


def start_notifier(
    settings: Settings,
    interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
    **options: object,
) -> Notifier:
    """Start the notifier thread (a daemon: it never keeps the process
    alive); stop it with `.stop()`. Options: engine, clock, transports."""
    notifier = Notifier(settings, interval_seconds, **options)  # type: ignore[arg-type]
    notifier.start()
    return notifier
