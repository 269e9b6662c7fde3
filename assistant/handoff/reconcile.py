"""The reconciler: opens the handoff tickets that the action server never
opened (it was down, or crashed between the reply and the ticket).

Every escalation reply is a plain domain response (utter_safety_*,
utter_human_contact) logged in Rasa's tracker store, so the store's `events`
table knows every escalation even when no action ran. The reconciler reads
the escalation replies, finds the patient message before each, and opens
the ticket if none exists for that message. Opening is idempotent on
(conversation, message), so running it often, or beside a live action
server, never makes duplicates; it leaves the most recent `grace_seconds`
to the action. Inside a safety episode the message goes to the episode's one
ticket (opening.ticket_from, from the slots logged before the reply), added
once however often it runs.

    report = reconcile(tracker_engine, runtime.session, runtime.outbox, now)
    python -m assistant.cli reconcile-handoffs        # by hand
    rasa_sdk_plugins/                                 # at action-server start, then every minute

It only ever reads the `events` table.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Dict, Iterator, List, Tuple

from sqlalchemy import inspect, select
from sqlalchemy.engine import Engine

from assistant.db.engine import READ_ONLY
from assistant.db.rasa_events import EVENTS
from assistant.handoff.delivery import SessionFactory, open_or_spool
from assistant.handoff.opening import TICKET_REPLIES, red_flag_context, ticket_from, ticket_urgency
from assistant.handoff.tickets import is_recorded
from assistant.outbox import Outbox

logger = logging.getLogger(__name__)

GRACE_SECONDS = 30
LOOKBACK = timedelta(days=7)
_BATCH = 500



@dataclass
class ReconcileReport:
    checked: int = 0  # escalation replies looked at
    opened: List[str] = field(default_factory=list)  # ticket ids created
    spooled: List[str] = field(default_factory=list)  # outbox keys (database down)
    until: float = 0.0  # replies up to this moment (epoch seconds) were checked

    def describe(self) -> str:
        return (
            f"{self.checked} escalation repl{'y' if self.checked == 1 else 'ies'} checked, "
            f"{len(self.opened)} missing ticket(s) opened, {len(self.spooled)} kept in the outbox"
        )


def _escalation_replies(connection: Any, since: float, until: float) -> Iterator[Tuple[int, str, float]]:
    query = (
        select(EVENTS.c.id, EVENTS.c.sender_id, EVENTS.c.timestamp)
        .where(
            EVENTS.c.type_name == "action",
            EVENTS.c.action_name.in_(sorted(TICKET_REPLIES)),
            EVENTS.c.timestamp >= since,
            EVENTS.c.timestamp <= until,
        )
        .order_by(EVENTS.c.id)
    )
    for row in connection.execute(query):
        yield row.id, row.sender_id, row.timestamp


def _conversation_before(connection: Any, sender_id: str, event_id: int) -> List[Dict[str, Any]]:
    """The conversation's events up to `event_id`, from its latest session start."""
    rows = connection.execute(
        select(EVENTS.c.data)
        .where(EVENTS.c.sender_id == sender_id, EVENTS.c.id <= event_id)
        .order_by(EVENTS.c.id.desc())
        .limit(_BATCH)
    ).scalars()
    events: List[Dict[str, Any]] = []
    for data in rows:
        try:
            event = json.loads(data)
        except (TypeError, ValueError):
            continue
        events.append(event)
        if event.get("event") == "session_started":
            break
    events.reverse()
    return events


def _slots(events: List[Dict[str, Any]]) -> Dict[str, Any]:
    slots: Dict[str, Any] = {}
    for event in events:
        if event.get("event") == "slot":
            slots[event.get("name")] = event.get("value")
        elif event.get("event") == "reset_slots":
            slots.clear()
    return slots


def reconcile(
    tracker_engine: Engine,
    db: SessionFactory,
    outbox: Outbox,
    now: datetime,
    *,
    since: float | None = None,
    lookback: timedelta = LOOKBACK,
    grace_seconds: float = GRACE_SECONDS,
) -> ReconcileReport:
    """Open a ticket for every escalation reply in the tracker store (since
    the epoch second `since`, or within `lookback`; older than
    `grace_seconds`) whose patient message has none."""
    until = now.timestamp() - grace_seconds
    report = ReconcileReport(until=until)
    if not inspect(tracker_engine).has_table("events"):
        return report
    since = (now - lookback).timestamp() if since is None else since
    with tracker_engine.execution_options(**READ_ONLY).connect() as connection:
        for event_id, sender_id, _ in list(_escalation_replies(connection, since, until)):
            report.checked += 1
            events = _conversation_before(connection, sender_id, event_id)
            user = next((e for e in reversed(events) if e.get("event") == "user"), None)
            slots = _slots(events)
            urgency = ticket_urgency(events, slots)
            if user is None or urgency is None:
                continue
            new = ticket_from(
                sender_id, user, urgency, slots, now, source="reconciler", context=red_flag_context(events)
            )
            with db() as session:
                exists = is_recorded(session, new)
            if not exists:
                created_at = datetime.fromtimestamp(float(user.get("timestamp") or now.timestamp()), now.tzinfo)
                new = dataclasses.replace(new, created_at=created_at)
                opened = open_or_spool(db, outbox, new)
                if opened.spooled:
                    report.spooled.append(opened.key)
                elif opened.created:
                    report.opened.append(opened.ticket_id or "")
                    logger.warning(
                        "Opened missing %s handoff ticket %s for conversation %s",
                        urgency.value,
                        opened.ticket_id,
                        sender_id,
                    )
    return report


class Reconciler:
    """Runs `reconcile` again and again (the action server does, every
    minute): the first run looks back `lookback`, later runs overlap the
    previous one by `OVERLAP` (checking twice is harmless)."""

    OVERLAP = timedelta(minutes=10)

    def __init__(self, runtime: Any, tracker_url: str, lookback: timedelta = LOOKBACK) -> None:
        self.runtime = runtime
        self.tracker_url = tracker_url
        self.lookback = lookback
        self._engine: Engine | None = None
        self._checked_until: float | None = None

    def run_once(self) -> ReconcileReport:
        from assistant.db import create_engine_for

        if self._engine is None:
            self._engine = create_engine_for(self.tracker_url)
        self.runtime.deliver_outbox()
        since = None if self._checked_until is None else self._checked_until - self.OVERLAP.total_seconds()
        report = reconcile(
            self._engine,
            self.runtime.session,
            self.runtime.outbox,
            self.runtime.now(),
            since=since,
            lookback=self.lookback,
        )
        self._checked_until = report.until
        return report

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
