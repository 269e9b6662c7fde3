"""Each test builds its own world: a migrated database (SQLite and
PostgreSQL) with Rasa's `events` table beside the clinic's, so the
conversation and its records share one database as in the default set-up.
Conversations are written as Rasa stores them (one JSON row per event)."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from assistant.db import session_scope
from assistant.db.models import AuditEvent, BookingRequest, HandoffNote, HandoffTicket
from assistant.db.rasa_events import EVENTS
from assistant.privacy.conversation_lock import ERASURES, REDACTIONS, ensure_tables
from assistant.privacy.stores import PrivacyStores
from tests.assistant.db.databases import (  # noqa: F401  (fixtures)
    clean_engine,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)

# A patient's details that appear nowhere else, to search for afterwards.
CANARY_NAME = "Zelda Quibbleworth"
CANARY_PHONE = "07700 900461"
CANARY_EMAIL = "zelda.canary@example.org"
CANARY_DOB = "14/02/1987"
CANARY_SYMPTOM = "quibbleflux"  # a word of the patient's own that only erasure removes
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def world(clean_engine: Engine) -> Engine:  # noqa: F811
    EVENTS.create(clean_engine, checkfirst=True)
    ensure_tables(clean_engine)
    # PostgreSQL's session database keeps tables that are not the clinic's between tests.
    with clean_engine.begin() as connection:
        for table in (EVENTS, ERASURES, REDACTIONS):
            connection.execute(table.delete())
    return clean_engine


@pytest.fixture
def stores(world: Engine) -> PrivacyStores:
    return PrivacyStores(world, world)


def new_conversation() -> str:
    return uuid.uuid4().hex


def user(text_: str, at: float) -> Dict[str, Any]:
    return {
        "event": "user",
        "timestamp": at,
        "text": text_,
        "parse_data": {"text": text_, "intent": {"name": "faq", "confidence": 0.9}, "entities": []},
        "message_id": uuid.uuid4().hex,
    }


def bot(text_: str, at: float) -> Dict[str, Any]:
    return {"event": "bot", "timestamp": at, "text": text_, "data": {}}


def slot(name: str, value: Any, at: float) -> Dict[str, Any]:
    return {"event": "slot", "timestamp": at, "name": name, "value": value}


def canary_events(at: float) -> List[Dict[str, Any]]:
    """A conversation in which the patient gives every kind of personal detail."""
    return [
        {"event": "action", "timestamp": at, "name": "action_session_start"},
        {"event": "session_started", "timestamp": at},
        user(f"hi, my name is {CANARY_NAME} and my arm has {CANARY_SYMPTOM}", at + 1),
        bot("Hello. How can I help?", at + 2),
        user(f"email me at {CANARY_EMAIL}, born {CANARY_DOB}", at + 3),
        slot("booking_name", CANARY_NAME, at + 4),
        user(CANARY_PHONE.replace(" ", ""), at + 5),
        slot("booking_contact", CANARY_PHONE, at + 6),
        bot(f"Thank you, {CANARY_NAME.split()[0]}. We'll call you on {CANARY_PHONE}.", at + 7),
    ]


def store_events(engine: Engine, conversation_id: str, events: List[Dict[str, Any]]) -> None:
    rows = [
        {
            "sender_id": conversation_id,
            "type_name": event["event"],
            "timestamp": event["timestamp"],
            "intent_name": None,
            "action_name": event.get("name"),
            "data": json.dumps(event),
        }
        for event in events
    ]
    with engine.begin() as connection:
        connection.execute(EVENTS.insert(), rows)


def add_booking(engine: Engine, conversation_id: str, status: str = "requested", at: datetime = NOW) -> int:
    with session_scope(engine) as session:
        row = BookingRequest(
            reference=uuid.uuid4().hex,
            conversation_id=conversation_id,
            treatment_slug="hair-mesotherapy",
            patient_name=CANARY_NAME,
            phone=CANARY_PHONE,
            email=CANARY_EMAIL,
            preferred_time_text=f"after my {CANARY_SYMPTOM} clears",
            screening={"allergies": f"my {CANARY_SYMPTOM} flares, DOB {CANARY_DOB}"},
            status=status,
            created_at=at,
        )
        session.add(row)
        session.flush()
        return row.id


def add_ticket(
    engine: Engine,
    conversation_id: str,
    urgency: str = "routine",
    status: str = "new",
    at: datetime = NOW,
    note: str | None = None,
) -> int:
    with session_scope(engine) as session:
        row = HandoffTicket(
            conversation_id=conversation_id,
            source_message_id=uuid.uuid4().hex,
            urgency=urgency,
            situations=["infection"] if urgency != "routine" else [],
            matrix_rows=["B8"] if urgency != "routine" else [],
            triggers=[CANARY_SYMPTOM],
            message_text=f"{CANARY_NAME} here, the {CANARY_SYMPTOM} is worse, ring {CANARY_PHONE}",
            details={"messages": [{"text": f"email {CANARY_EMAIL}"}]},
            created_at=at,
            patient_name=CANARY_NAME,
            patient_phone=CANARY_PHONE,
            status=status,
            claimed_by="dr.hart" if status != "new" else None,
            claimed_at=at if status != "new" else None,
            resolved_at=at + timedelta(hours=1) if status == "resolved" else None,
            outcome="Called back" if status == "resolved" else None,
        )
        session.add(row)
        session.flush()
        if note:
            session.add(HandoffNote(ticket_id=row.id, author="dr.hart", text=note, created_at=at))
        return row.id


def everything_stored(engine: Engine) -> str:
    """Every row of the events, requests, tickets, notes and audit tables, as one text."""
    parts: List[str] = []
    with engine.connect() as connection:
        for table in ("events", "booking_requests", "handoff_tickets", "handoff_notes", "audit_events"):
            for row in connection.execute(text(f"SELECT * FROM {table}")):
                parts.append(" ".join(str(value) for value in row))
    return "\n".join(parts)


def canaries_in(stored: str) -> List[str]:
    """The canary details found in `stored` (case-insensitive; phone digits in any spacing)."""
    lowered = stored.lower()
    found = [c for c in (CANARY_NAME, CANARY_EMAIL, CANARY_DOB, CANARY_SYMPTOM) if c.lower() in lowered]
    found += [w for w in CANARY_NAME.split() if w.lower() in lowered]
    squeezed = stored.replace(" ", "").replace("-", "")
    if CANARY_PHONE.replace(" ", "") in squeezed or "7700900461" in squeezed:
        found.append(CANARY_PHONE)
    return found


def audit_rows(engine: Engine) -> List[AuditEvent]:
    with session_scope(engine) as session:
        return list(session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars())
