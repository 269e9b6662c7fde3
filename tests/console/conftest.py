"""Each console test builds its own world: a migrated SQLite database (a
copy of the session's template), staff of every role, the app from the
factory with CSRF on (as in production), and a client that signs in and
sends forms the way a browser does (with the token from the page)."""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Dict, Iterator

import pytest
from argon2 import PasswordHasher
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import insert
from sqlalchemy.engine import Engine

from assistant.clinic.loader import load_clinic_file
from assistant.console import accounts, create_app, passwords
from assistant.db import create_engine_for, session_scope
from assistant.db.models import BookingRequest
from assistant.db.rasa_events import EVENTS
from assistant.handoff.payload import HandoffUrgency
from assistant.handoff.tickets import NewTicket, open_ticket
from assistant.settings import PROJECT_ROOT, Settings
from tests.assistant.db.databases import sqlite_template  # noqa: F401  (fixture)

PASSWORD = "correct horse battery"
NOW = datetime.now(timezone.utc).replace(microsecond=0)
DEMO_FILE = PROJECT_ROOT / "clinic" / "demo_clinic.yml"
STAFF = {"alice": "admin", "carl": "clinician", "rita": "reception"}
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters: the tests check behaviour, not hashing cost."""
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    passwords._dummy_hash.cache_clear()


@pytest.fixture
def engine(tmp_path: Path, sqlite_template: Path) -> Iterator[Engine]:  # noqa: F811
    path = tmp_path / "clinic.db"
    shutil.copyfile(sqlite_template, path)
    engine = create_engine_for(f"sqlite:///{path}")
    EVENTS.metadata.create_all(engine)  # Rasa's tracker table, as Rasa would create it
    yield engine
    engine.dispose()


@pytest.fixture
def clinic(engine: Engine) -> Engine:
    """The demo clinic (Europe/London, with consultation slots from now on)."""
    with session_scope(engine) as session:
        load_clinic_file(session, DEMO_FILE, datetime.now(timezone.utc))
    return engine


@pytest.fixture
def settings(engine: Engine) -> Settings:
    return Settings(
        database_url=str(engine.url),
        console_max_failed_logins=3,
        console_lockout_minutes=15,
        console_session_minutes=60,
    )


@pytest.fixture
def staff(engine: Engine) -> Dict[str, accounts.StaffInfo]:
    with session_scope(engine) as session:
        return {
            name: accounts.create_staff(session, name, name.capitalize() + " Example", role, PASSWORD, NOW)
            for name, role in STAFF.items()
        }


@pytest.fixture
def app(settings: Settings, engine: Engine, staff: Dict[str, Any]) -> Flask:
    return create_app(settings, test_config={"SECRET_KEY": "test-secret", "TESTING": True}, engine=engine)


class Console:
    """A browser-like client: takes the CSRF token from the pages it gets."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client
        self.token = ""

    def get(self, url: str, **kwargs: Any) -> Any:
        response = self.client.get(url, **kwargs)
        found = _TOKEN.search(response.get_data(as_text=True))
        if found:
            self.token = found.group(1)
        return response

    def post(self, url: str, data: Dict[str, str] | None = None, token: bool = True, **kwargs: Any) -> Any:
        if token and not self.token:
            self.get("/login")
        form = dict(data or {})
        if token:
            form["csrf_token"] = self.token
        return self.client.post(url, data=form, **kwargs)

    def login(self, username: str, password: str = PASSWORD, **kwargs: Any) -> Any:
        self.get("/login")
        response = self.post("/login", {"username": username, "password": password}, **kwargs)
        self.get("/", follow_redirects=True)  # a fresh token: signing in starts a new session
        return response


@pytest.fixture
def console(app: Flask) -> Console:
    return Console(app.test_client())


@pytest.fixture
def as_role(app: Flask):
    """A signed-in client for a role: as_role("clinician")."""
    def sign_in(role: str) -> Console:
        name = next(n for n, r in STAFF.items() if r == role)
        client = Console(app.test_client())
        response = client.login(name)
        assert response.status_code == 302, response.get_data(as_text=True)
        return client

    return sign_in


@pytest.fixture
def make_ticket(engine: Engine):
    """Open a ticket: make_ticket("emergency", minutes_ago=5, text=...) -> its id.
    `minutes_ago` counts from NOW (fixed when the tests start), or from `now`
    for a test that compares with the console's own clock."""
    counter = {"n": 0}

    def make(
        urgency: str = "routine",
        minutes_ago: int = 5,
        text: str = "can I talk to a person",
        conversation: str | None = None,
        situations: tuple = (),
        rows: tuple = (),
        name: str | None = "Pat Example",
        now: datetime | None = None,
    ) -> int:
        counter["n"] += 1
        new = NewTicket(
            conversation_id=conversation or f"conv-{counter['n']}",
            source_message_id=f"m{counter['n']}",
            urgency=HandoffUrgency(urgency),
            created_at=(now or NOW) - timedelta(minutes=minutes_ago),
            situations=situations,
            rows=rows,
            triggers=(),
            message_text=text,
            patient_name=name,
            patient_phone="07700 900123",
        )
        with session_scope(engine) as session:
            info, _ = open_ticket(session, new)
        return info.id

    return make


@pytest.fixture
def make_booking(engine: Engine):
    """Store a booking request as the assistant would (no slot, no clinic
    needed): make_booking(name=..., minutes_ago=..., flagged=True, status=...) -> its id."""
    counter = {"n": 0}

    def make(
        name: str = "Ann Patient",
        minutes_ago: int = 5,
        flagged: bool = False,
        status: str = "requested",
        conversation: str | None = None,
        **values: Any,
    ) -> int:
        counter["n"] += 1
        fields: Dict[str, Any] = dict(
            reference=f"ref{counter['n']:04d}" + "0" * 28,
            conversation_id=conversation or f"booking-conv-{counter['n']}",
            treatment_slug="hair-mesotherapy",
            location_slug="leeds",
            preferred_time_text="weekday mornings",
            patient_name=name,
            phone="07700 900123",
            email="ann@example.com",
            screening={"pregnant_or_breastfeeding": "not sure"} if flagged else {"pregnant_or_breastfeeding": "no"},
            flagged_for_review=flagged,
            review_reasons=["screening: pregnant_or_breastfeeding = 'not sure'"] if flagged else [],
            status=status,
            created_at=NOW - timedelta(minutes=minutes_ago),
        )
        fields.update(values)
        with session_scope(engine) as session:
            row = BookingRequest(**fields)
            session.add(row)
            session.flush()
            return row.id

    return make


def store_events(engine: Engine, sender: str, *events: Dict[str, Any]) -> None:
    """Write events to the tracker table the way Rasa's SQLTrackerStore does."""
    with engine.begin() as connection:
        for event in events:
            connection.execute(
                insert(EVENTS).values(
                    sender_id=sender,
                    type_name=event["event"],
                    timestamp=event["timestamp"],
                    intent_name=((event.get("parse_data") or {}).get("intent") or {}).get("name"),
                    action_name=event.get("name"),
                    data=json.dumps(event),
                )
            )
