"""Audit rows for privacy work, in the console's audit log (`audit_events`),
written in the caller's transaction. Identifiers, counts and references
only, never content: the log must not become a copy of what was erased.

(The console's own assistant.console.audit.record writes the same rows;
this module keeps the action server and the CLI from importing the Flask
app to do it.)
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping

from sqlalchemy.orm import Session

from assistant.db.models import AuditEvent

ERASE, REDACT, EXPORT = "privacy.erase", "privacy.redact", "privacy.export"


def record(
    session: Session,
    at: datetime,
    actor: str,
    action: str,
    reference: str,
    detail: Mapping[str, Any],
    remote_addr: str = "",
) -> None:
    session.add(
        AuditEvent(
            at=at,
            actor=(actor or "anonymous")[:60],
            action=action,
            subject_type="conversation",
            subject_id=reference[:64],
            detail=dict(detail),
            remote_addr=(remote_addr or "")[:64],
        )
    )
    session.flush()
