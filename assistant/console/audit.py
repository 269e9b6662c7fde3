"""The audit log: who viewed, claimed, noted and resolved which ticket, who
signed in (or failed to), who changed which account or clinic data, and
when. Admins read it in the console (/audit).

    record(session, "dr.hart", "ticket.claim", "ticket", "42", remote_addr="10.0.0.5")

Rows are only ever added. `detail` holds identifiers and outcomes, never
patient text (notes and messages stay in their own tables), so the log can
be read and kept without becoming a second copy of clinical records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.db.models import AuditEvent

# Replaceable in tests; the console's services pass their own times elsewhere.
clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)  # noqa: E731

MAX_ACTOR = 60
MAX_ACTION = 40
MAX_SUBJECT_TYPE = 40
MAX_SUBJECT_ID = 64
MAX_ADDR = 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    detail: Mapping[str, Any]
    remote_addr: str


def record(
    session: Session,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str = "",
    detail: dict | None = None,
    remote_addr: str = "",
) -> None:
    """Add one audit row in the caller's transaction (it commits or rolls
    back with the change it describes)."""
    session.add(
        AuditEvent(
            at=clock(),
            actor=(actor or "anonymous")[:MAX_ACTOR],
            action=action[:MAX_ACTION],
            subject_type=subject_type[:MAX_SUBJECT_TYPE],
            subject_id=str(subject_id)[:MAX_SUBJECT_ID],
            detail=dict(detail or {}),
            remote_addr=(remote_addr or "")[:MAX_ADDR],
        )
    )
    session.flush()


def _entry(row: AuditEvent) -> AuditEntry:
    return AuditEntry(
        row.id, row.at, row.actor, row.action, row.subject_type, row.subject_id, dict(row.detail or {}),
        row.remote_addr,
    )


def _filtered(query: Any, actor: str = "", action: str = "", subject_type: str = "", subject_id: str = "") -> Any:
    if actor:
        query = query.where(AuditEvent.actor == actor)
    if action:
        query = query.where(AuditEvent.action == action)
    if subject_type:
        query = query.where(AuditEvent.subject_type == subject_type)
    if subject_id:
        query = query.where(AuditEvent.subject_id == subject_id)
    return query


def list_events(
    session: Session,
    *,
    actor: str = "",
    action: str = "",
    subject_type: str = "",
    subject_id: str = "",
    limit: int = 100,
    offset: int = 0,
) -> List[AuditEntry]:
    """Newest first, filtered by any of the given fields."""
    query = _filtered(select(AuditEvent), actor, action, subject_type, subject_id)
    rows = session.execute(query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit).offset(offset))
    return [_entry(row) for row in rows.scalars()]


def count_events(
    session: Session, *, actor: str = "", action: str = "", subject_type: str = "", subject_id: str = ""
) -> int:
    query = _filtered(select(func.count()).select_from(AuditEvent), actor, action, subject_type, subject_id)
    return session.execute(query).scalar_one()


def actions(session: Session) -> List[str]:
    """Every action name in the log, for the filter menu."""
    return list(session.execute(select(AuditEvent.action).distinct().order_by(AuditEvent.action)).scalars())


def as_dict(entry: AuditEntry) -> Dict[str, Any]:
    return {
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "subject": f"{entry.subject_type} {entry.subject_id}".strip(),
        "detail": dict(entry.detail),
        "remote_addr": entry.remote_addr,
    }
