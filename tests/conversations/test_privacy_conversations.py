"""Canary personal details sent through real conversations (the booking
form, the callback form, free text), then searched for in every row of the
events, booking requests, tickets, notes and audit tables and in the
exports, after the retention job and after "delete my data", on SQLite and
on PostgreSQL, with real Rasa and action servers.

Each database gets its own server pair (the retention job, run with a clock
moved forward, would otherwise touch the shared servers' conversations).
"""

from __future__ import annotations

import json
import random
import re
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Iterator, List

import pytest
from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import Engine

from assistant.db import create_engine_for, session_scope
from assistant.db.models import BookingRequest, HandoffTicket
from assistant.privacy.export import export_conversation
from assistant.privacy.retention import RetentionPolicy, run_retention
from assistant.privacy.stores import PrivacyStores
from assistant.settings import load_settings
from tests.servers import Servers, _environment, _require_model, _running, _sqlite_servers, free_port

pytestmark = pytest.mark.servers

TABLES = ("events", "booking_requests", "handoff_tickets", "handoff_notes", "audit_events")


@dataclass(frozen=True)
class Canary:
    """Personal details made up for one test, found nowhere else."""

    first: str
    last: str
    phone: str
    email: str
    birth_date: str

    @classmethod
    def new(cls) -> Canary:
        letters = lambda n: "".join(random.choice(string.ascii_lowercase) for _ in range(n))  # noqa: E731
        return cls(
            first="Zel" + letters(5),
            last="Quib" + letters(6),
            phone=f"07700 900{random.randint(100, 999)}",  # Ofcom's range for drama: nobody's number
            email=f"{letters(8)}@example.org",
            birth_date=f"{random.randint(10, 28)}/0{random.randint(1, 9)}/19{random.randint(50, 99)}",
        )

    @property
    def name(self) -> str:
        return f"{self.first.capitalize()} {self.last.capitalize()}"

    def found_in(self, stored: str) -> List[str]:
        lowered = stored.lower()
        found = [v for v in (self.first, self.last, self.email, self.birth_date) if v.lower() in lowered]
        if self.phone.replace(" ", "") in stored.replace(" ", ""):
            found.append(self.phone)
        return found


def everything_stored(engine: Engine) -> str:
    with engine.connect() as connection:
        return "\n".join(
            " ".join(str(value) for value in row)
            for table in TABLES
            for row in connection.execute(text(f"SELECT * FROM {table}"))
        )


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def privacy_servers(request, tmp_path_factory) -> Iterator[Servers]:
    _require_model()
    work = tmp_path_factory.mktemp(f"privacy-{request.param}")
    if request.param == "sqlite":
        servers = _sqlite_servers(work)
        with _running(servers, work, servers.env, servers.env) as running:
            yield running
        return
    session_database = request.getfixturevalue("postgres_database")
    name = f"{session_database.database}_privacy"
    admin = create_engine(session_database, isolation_level="AUTOCOMMIT", future=True)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = session_database.set(database=name).render_as_string(hide_password=False)
    servers = Servers(
        rasa_url=f"http://localhost:{free_port()}",
        action_url=f"http://localhost:{free_port()}",
        database=work / "unused.db",
        log_dir=work,
        outbox=work / "outbox",
        clinic_url=url,
    )
    servers.env = _environment(DATABASE_URL=url, OUTBOX_DIR=str(servers.outbox))
    try:
        with _running(servers, work, servers.env, servers.env) as running:
            yield running
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def database(privacy_servers: Servers) -> Iterator[Engine]:
    engine = create_engine_for(privacy_servers.clinic_url)
    yield engine
    engine.dispose()


def last(servers: Servers, sender: str, said: str) -> dict:
    messages = servers.chat(sender, said)
    assert messages, f"no reply to {said!r}"
    return messages[-1]


def tell_everything(servers: Servers, sender: str, canary: Canary) -> None:
    """A booking request, free text with an email and a birth date, and a callback request."""
    offer = last(servers, sender, "when's your next free consultation?")
    servers.chat(sender, offer["buttons"][0]["payload"])
    servers.chat(sender, "Hair mesotherapy")
    servers.chat(sender, canary.name)
    servers.chat(sender, canary.phone)
    servers.chat(sender, "/affirm")  # agrees to keeping the health answers
    for _ in range(6):
        done = servers.texts(sender, "/deny")
    assert any(text.startswith(f"Thank you, {canary.name}") for text in done), done  # then the summary card
    servers.chat(sender, f"my email is {canary.email} and I was born on {canary.birth_date}")
    servers.chat(sender, "can I talk to a person please")
    servers.chat(sender, canary.name)
    servers.chat(sender, canary.phone)
    assert servers.rows_for(BookingRequest, sender) and servers.rows_for(HandoffTicket, sender)
    assert canary.found_in(everything_stored_for_check(servers)) != []  # the details really are stored


def everything_stored_for_check(servers: Servers) -> str:
    engine = create_engine_for(servers.clinic_url)
    try:
        return everything_stored(engine)
    finally:
        engine.dispose()


def staff_close_the_work(engine: Engine, sender: str) -> None:
    """What the team does before anything can be deleted by age: decide the request, resolve the ticket."""
    with session_scope(engine) as session:
        session.execute(
            update(BookingRequest).where(BookingRequest.conversation_id == sender).values(status="cancelled")
        )
        session.execute(
            update(HandoffTicket)
            .where(HandoffTicket.conversation_id == sender)
            .values(status="resolved", resolved_at=datetime.now(timezone.utc), outcome="Called back")
        )


def exported(engine: Engine, sender: str) -> str:
    document = export_conversation(
        PrivacyStores(engine, engine), sender, now=datetime.now(timezone.utc), reference="PRV-TEST-TEST", actor="test"
    )
    return json.dumps(document, ensure_ascii=False)


def test_canary_details_are_gone_after_the_retention_job(privacy_servers: Servers, database: Engine):
    servers, canary = privacy_servers, Canary.new()
    sender = servers.new_conversation()
    tell_everything(servers, sender, canary)
    assert canary.found_in(exported(database, sender))  # an export before holds them
    staff_close_the_work(database, sender)
    stores, policy = PrivacyStores(database, database), RetentionPolicy.from_settings(load_settings({}, env_file=None))

    # Past REDACT_AFTER_DAYS: masked everywhere, the conversation still readable.
    redacted = run_retention(stores, policy, datetime.now(timezone.utc) + policy.redact_after + timedelta(days=1))

    assert redacted.redacted >= 1
    assert canary.found_in(everything_stored(database)) == []
    assert canary.found_in(exported(database, sender)) == []
    assert "[name]" in exported(database, sender)

    # Past DELETE_AFTER_DAYS after it was closed: erased.
    erased = run_retention(stores, policy, datetime.now(timezone.utc) + policy.delete_after + timedelta(days=1))

    assert erased.erased
    assert servers.rows_for(BookingRequest, sender) == [] and servers.rows_for(HandoffTicket, sender) == []
    assert canary.found_in(everything_stored(database)) == []
    document = json.loads(exported(database, sender))
    assert document["messages"] == [] and document["booking_requests"] == [] and document["handoff_tickets"] == []


def test_canary_details_are_gone_after_delete_my_data(privacy_servers: Servers, database: Engine):
    servers, canary = privacy_servers, Canary.new()
    sender = servers.new_conversation()
    tell_everything(servers, sender, canary)

    asked = last(servers, sender, "please delete my data")
    assert [b["payload"] for b in asked["buttons"]] == ["/affirm", "/deny"]
    done = servers.chat(sender, "/affirm")

    reply = next(m["text"] for m in done if m.get("text"))
    reference = re.search(r"Your reference is (PRV-[A-Z0-9]{4}-[A-Z0-9]{4})\.", reply).group(1)
    assert {"privacy": {"clear_session": True, "reference": reference}} in [m.get("custom") for m in done]
    assert servers.rows_for(BookingRequest, sender) == [] and servers.rows_for(HandoffTicket, sender) == []
    stored = everything_stored(database)
    assert canary.found_in(stored) == []
    assert sender not in stored  # not even the conversation id, in events or the audit log
    assert reference in stored  # the audit row: who (the patient), what, the reference
    assert canary.found_in(exported(database, sender)) == []

    # The same id later starts afresh, with nothing of the old conversation.
    servers.chat(sender, "hello")
    assert canary.found_in(everything_stored(database)) == []
    assert canary.found_in(exported(database, sender)) == []
