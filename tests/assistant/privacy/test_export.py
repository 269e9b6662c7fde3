"""Exporting one conversation for an access request: everything about the
patient in one JSON document, audited without content."""

import json

from assistant.privacy.export import FORMAT, export_conversation
from tests.assistant.privacy.conftest import (
    CANARY_EMAIL,
    CANARY_NAME,
    NOW,
    add_booking,
    add_ticket,
    audit_rows,
    canaries_in,
    canary_events,
    new_conversation,
    store_events,
)


def test_the_export_holds_the_messages_details_requests_and_tickets(world, stores):
    conversation = new_conversation()
    store_events(world, conversation, canary_events(NOW.timestamp()))
    add_booking(world, conversation)
    add_ticket(world, conversation, "same_day")

    document = export_conversation(stores, conversation, now=NOW, reference="PRV-TEST-0001", actor="dr.hart")

    json.dumps(document)  # plain JSON
    assert document["format"] == FORMAT and document["conversation"] == conversation
    assert [m["from"] for m in document["messages"]] == ["you", "assistant", "you", "you", "assistant"]
    assert document["messages"][2]["text"].startswith(f"email me at {CANARY_EMAIL}")
    assert document["details_remembered"]["booking_name"] == CANARY_NAME
    assert document["booking_requests"][0]["name"] == CANARY_NAME
    assert document["handoff_tickets"][0]["urgency"] == "same_day"


def test_an_export_is_audited_with_counts_only(world, stores):
    conversation = new_conversation()
    store_events(world, conversation, canary_events(NOW.timestamp()))

    export_conversation(stores, conversation, now=NOW, reference="PRV-TEST-0002", actor="dr.hart")

    [row] = audit_rows(world)
    assert (row.actor, row.action, row.subject_id) == ("dr.hart", "privacy.export", "PRV-TEST-0002")
    assert row.detail == {"messages": 5, "booking_requests": 0, "handoff_tickets": 0}
    assert canaries_in(json.dumps(row.detail)) == []
