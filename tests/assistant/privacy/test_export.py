"""Exporting one conversation for an access request: everything about the
patient in one JSON document, audited without content."""

import json

from assistant.privacy.export import FORMAT, export_conversation
from assistant.takeover.state import JOINED, STAFF_LINE, StaffMember, marker_metadata
from tests.assistant.privacy.conftest import (
    CANARY_EMAIL,
    CANARY_NAME,
    NOW,
    add_booking,
    add_ticket,
    audit_rows,
    bot,
    canaries_in,
    canary_events,
    new_conversation,
    store_events,
    user,
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


def test_the_export_names_the_member_of_staff_who_wrote_in_a_takeover(world, stores):
    anna = StaffMember(7, "Anna", "nurse")
    at = NOW.timestamp()
    joined = {**bot("Anna (nurse) has joined the chat.", at + 1), "metadata": marker_metadata(JOINED, anna)}
    line = {**bot("Hello, I'm Anna.", at + 2), "metadata": marker_metadata(STAFF_LINE, anna, "k1")}
    conversation = new_conversation()
    store_events(world, conversation, [user("hello", at), joined, line])

    document = export_conversation(stores, conversation, now=NOW, reference="PRV-TEST-0003", actor="dr.hart")

    assert [(m["from"], m.get("staff")) for m in document["messages"]] == [
        ("you", None), ("clinic", "Anna (nurse)"), ("staff", "Anna (nurse)")
    ]
    assert document["messages"][2]["text"] == "Hello, I'm Anna."
