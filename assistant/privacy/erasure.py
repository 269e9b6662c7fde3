"""Erasing one conversation: its events, its booking requests and its
tickets (care records and confirmed appointments kept, minimised: see
assistant.privacy.patient_records), under the conversation lock, with an
erasure record that stops a turn in flight from writing the conversation
back (assistant.privacy.conversation_lock explains why).

    outcome = erase_conversation(stores, "3f2a...", reason=PATIENT, now=now)
    outcome.reference        # "PRV-7KQ2-M9XD", for the patient and the audit log
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Tuple

from assistant.privacy import audit_trail
from assistant.privacy.conversation_events import (
    delete_conversation_events,
)
from assistant.privacy.conversation_lock import ERASURES, REDACTIONS, conversation_hash
from assistant.privacy.patient_records import KeptTicket, erase_records
from assistant.privacy.redaction import events_and_redactor
from assistant.privacy.references import new_reference
from assistant.privacy.stores import PrivacyStores

PATIENT, STAFF, RETENTION = "patient", "staff", "retention"


@dataclass(frozen=True)
class ErasureOutcome:
    reference: str
    events_deleted: int
    bookings_deleted: int
    bookings_kept: Tuple[str, ...]
    tickets_deleted: int
    tickets_kept: Tuple[KeptTicket, ...]

    @property
    def found_anything(self) -> bool:
        return bool(
            self.events_deleted
            or self.bookings_deleted
            or self.bookings_kept
            or self.tickets_deleted
            or self.tickets_kept
        )

    def audit_detail(self) -> dict:
        """Counts and ids only: what the audit log may hold."""
        return {
            "reference": self.reference,
            "events_deleted": self.events_deleted,
            "bookings_deleted": self.bookings_deleted,
            "bookings_kept": len(self.bookings_kept),
            "tickets_deleted": self.tickets_deleted,
            "tickets_kept": [ticket.id for ticket in self.tickets_kept],
        }


def erase_conversation(
    stores: PrivacyStores,
    conversation_id: str,
    *,
    reason: str,
    now: datetime,
    actor: str,
    region: str = "GB",
    reference: str | None = None,
    remote_addr: str = "",
) -> ErasureOutcome:
    """Erase the conversation now, and audit it (who, the reference and
    counts; never content) in the same transaction as the clinic's records.
    `actor`: a staff username, "patient" or "system". Safe to repeat."""
    reference = reference or new_reference()
    stores.prepare()
    with stores.locked(conversation_id) as (connection, session):
        events, redactor = events_and_redactor(connection, session, conversation_id, now=now, region=region)
        records = erase_records(session, conversation_id, reference, redactor, now)
        deleted = delete_conversation_events(connection, conversation_id) if events else 0
        digest = conversation_hash(conversation_id)
        # The wall clock, not `now`: the tracker store compares this with
        # Rasa's event timestamps (time.time()) to spot a turn read before now.
        erased_at = time.time()
        connection.execute(
            ERASURES.insert().values(reference=reference, conversation_hash=digest, erased_at=erased_at, reason=reason)
        )
        connection.execute(REDACTIONS.delete().where(REDACTIONS.c.conversation_id == conversation_id))
        outcome = ErasureOutcome(
            reference,
            deleted,
            records.bookings_deleted,
            records.bookings_kept,
            records.tickets_deleted,
            records.tickets_kept,
        )
        audit_trail.record(
            session, now, actor, audit_trail.ERASE, reference, {"reason": reason, **outcome.audit_detail()}, remote_addr
        )
    return outcome
