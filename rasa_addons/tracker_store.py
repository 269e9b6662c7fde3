"""Rasa's SQL tracker store, pointed at the database named in the settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from sqlalchemy.engine import make_url

from assistant.settings import load_settings


class SettingsSQLTrackerStore(SQLTrackerStore):
    """Stores conversations in TRACKER_DATABASE_URL, or DATABASE_URL when
    that is empty (the embedded SQLite file by default, PostgreSQL in
    production), so the staff console and the handoff reconciler can read
    transcripts, usually from the same database as the clinic data."""

    def __init__(
        self,
        domain: Domain | None = None,
        event_broker: EventBroker | None = None,
        host: str | None = None,  # Rasa passes endpoints.yml's `url`; the settings win
        **kwargs: Any,
    ) -> None:
        url = make_url(load_settings().effective_tracker_database_url)
        if url.drivername.startswith("sqlite") and url.database:
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        super().__init__(
            domain=domain,
            dialect=url.drivername,
            host=url.host,
            port=url.port,
            db=url.database,
            username=url.username,
            password=url.password,
            event_broker=event_broker,
            query=dict(url.query),
            **kwargs,
        )
