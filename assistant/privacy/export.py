"""Exporting one conversation's data for an access request: what the
patient said and was told, the details they gave, their booking requests
and tickets, as one JSON document.

    document = export_conversation(stores, "3f2a...", now=now, reference="PRV-...")
    json.dumps(document)

Read under the conversation lock so a turn in flight is either all in or
all out. The export holds personal data: it goes to the person who asked,
through the clinic, and is never stored (only its audit row is).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List

from assistant.privacy import audit_trail
from assistant.privacy.conversation_events import StoredEvent, conversation_events, has_events_table
from assistant.privacy.patient_records import export_records
from assistant.privacy.stores import PrivacyStores
from assistant.takeover.state import STAFF_LINE, marker_of

FORMAT = "clinic-assistant-conversation-export/1"


def _message(event: StoredEvent) -> Dict[str, Any] | None:
    data = event.data
    at = datetime.fromtimestamp(event.timestamp, timezone.utc).isoformat()
    if data.get("event") == "user":
        return {"at": at, "from": "you", "text": data.get("text") or ""}
    takeover = marker_of(data)
    if takeover is not None:  # a member of staff's line, or a takeover's notice (assistant/takeover/state.py)
        speaker = "staff" if takeover.kind == STAFF_LINE else "clinic"
        return {"at": at, "from": speaker, "staff": takeover.staff.label, "text": data.get("text") or ""}
    if data.get("event") == "bot" and (data.get("text") or (data.get("data") or {}).get("buttons")):
        buttons = [b.get("title") for b in (data.get("data") or {}).get("buttons") or [] if isinstance(b, dict)]
        return {
            "at": at,
            "from": "assistant",
            "text": data.get("text") or "",
            **({"buttons": buttons} if buttons else {}),
        }
    return None


def _details(events: List[StoredEvent]) -> Dict[str, Any]:
    details: Dict[str, Any] = {}
    for event in events:
        if event.data.get("event") == "slot" and event.data.get("value") is not None:
            details[str(event.data.get("name"))] = event.data.get("value")
        elif event.data.get("event") in ("reset_slots", "restart"):
            details.clear()
    return details


def export_conversation(
    stores: PrivacyStores, conversation_id: str, *, now: datetime, reference: str, actor: str, remote_addr: str = ""
) -> Dict[str, Any]:
    """The conversation's data, audited (who, the reference, counts) in the same transaction."""
    stores.prepare()
    with stores.locked(conversation_id) as (connection, session):
        events = conversation_events(connection, conversation_id) if has_events_table(connection) else []
        records = export_records(session, conversation_id)
        messages = [m for m in (_message(e) for e in events) if m is not None]
        counts = {
            "messages": len(messages),
            "booking_requests": len(records["booking_requests"]),
            "handoff_tickets": len(records["handoff_tickets"]),
        }
        audit_trail.record(session, now, actor, audit_trail.EXPORT, reference, counts, remote_addr)
    return {
        "format": FORMAT,
        "reference": reference,
        "exported_at": now.isoformat(),
        "conversation": conversation_id,
        "messages": messages,
        "details_remembered": _details(events),
        **records,
    }
