"""The retention job: what is redacted, deleted and kept, by age.

    policy = RetentionPolicy.from_settings(settings)
    report = run_retention(stores, policy, now)

- REDACT_AFTER_DAYS after a conversation's last message, its names, phone
  numbers, emails and dates of birth are masked (events and records,
  assistant.privacy.redaction).
- DELETE_AFTER_DAYS after a conversation is closed (last message that long
  ago, every booking request decided, every ticket resolved that long ago),
  it is erased with its records (assistant.privacy.erasure); care records
  and confirmed appointments are kept, minimised. Open work (a request nobody
  has decided, an unresolved ticket) is never deleted by age: staff close it
  first.
- CARE_RECORD_RETENTION_DAYS after a minimised care record was resolved, it
  is deleted.

Each conversation is handled in its own transaction under its lock; a run
does at most `batch` conversations of each kind, so a first run on a large
database is spread over a few runs. Every erasure is audited (actor
"system"); redaction writes one summary row per run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import List

from assistant.db import session_scope
from assistant.privacy import audit_trail
from assistant.privacy.conversation_events import has_events_table, last_activity, quiet_conversations
from assistant.privacy.erasure import RETENTION, erase_conversation
from assistant.privacy.patient_records import (
    all_closed,
    care_records_due,
    conversations_with_records_before,
    delete_tickets,
    latest_record_time,
)
from assistant.privacy.redaction import redact_conversation
from assistant.privacy.stores import PrivacyStores
from assistant.settings import Settings

BATCH = 200
SYSTEM = "system"


@dataclass(frozen=True)
class RetentionPolicy:
    redact_after: timedelta
    delete_after: timedelta
    care_records_for: timedelta
    region: str = "GB"

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionPolicy:
        return cls(
            timedelta(days=settings.redact_after_days),
            timedelta(days=settings.delete_after_days),
            timedelta(days=settings.care_record_retention_days),
            settings.phone_region,
        )


@dataclass
class RetentionReport:
    redacted: int = 0
    erased: List[str] = field(default_factory=list)  # references
    care_records_deleted: int = 0

    def describe(self) -> str:
        return (
            f"{self.redacted} conversation(s) redacted, {len(self.erased)} erased, "
            f"{self.care_records_deleted} care record(s) past their retention deleted"
        )


def _to_redact(stores: PrivacyStores, before: datetime, batch: int) -> List[str]:
    with stores.tracker_engine.connect() as connection:
        if not has_events_table(connection):
            return []
        return [cid for cid, _, _ in quiet_conversations(connection, before.timestamp(), batch, unredacted=True)]


def _to_erase(stores: PrivacyStores, before: datetime, batch: int) -> List[str]:
    # No limit on the candidates: every conversation past the deletion period
    # is erased unless it has open work, so those left over are the few that
    # wait for staff, and a limit would let them hide the rest for ever.
    with stores.tracker_engine.connect() as connection:
        has_events = has_events_table(connection)
        quiet = [cid for cid, _, _ in quiet_conversations(connection, before.timestamp())] if has_events else []
    with session_scope(stores.clinic_engine) as session:
        candidates = sorted(set(quiet) | set(conversations_with_records_before(session, before)))
        due = []
        for cid in candidates:
            newest = latest_record_time(session, cid)
            if all_closed(session, cid, before) and (newest is None or newest < before):
                due.append(cid)
            if len(due) >= batch * 2:
                break
    with stores.tracker_engine.connect() as connection:
        due = [cid for cid in due if not has_events or (last_activity(connection, cid) or 0.0) < before.timestamp()]
    return due[:batch]


def run_retention(stores: PrivacyStores, policy: RetentionPolicy, now: datetime, batch: int = BATCH) -> RetentionReport:
    stores.prepare()
    report = RetentionReport()
    for cid in _to_erase(stores, now - policy.delete_after, batch):
        outcome = erase_conversation(stores, cid, reason=RETENTION, now=now, actor=SYSTEM, region=policy.region)
        report.erased.append(outcome.reference)
    for cid in _to_redact(stores, now - policy.redact_after, batch):
        redact_conversation(stores, cid, now=now, region=policy.region)
        report.redacted += 1
    with session_scope(stores.clinic_engine) as session:
        report.care_records_deleted = delete_tickets(session, care_records_due(session, now - policy.care_records_for))
        if report.redacted or report.care_records_deleted:
            audit_trail.record(
                session,
                now,
                SYSTEM,
                audit_trail.REDACT,
                "retention",
                {"redacted": report.redacted, "care_records_deleted": report.care_records_deleted},
            )
    return report
