"""After a booking request: "what did I book?" and "cancel my booking
request" over the REST webhook, against running Rasa and action servers
and the demo clinic's database (needs the trained model: `make train`)."""

from __future__ import annotations

import re
from typing import List

import pytest

from assistant.booking import replies as booking_replies
from assistant.booking.reference import patient_reference
from assistant.booking.screening import CONSENT_QUESTION
from assistant.clinic.slots import get_slot
from assistant.db import create_engine_for, session_scope
from assistant.db.models import BookingRequest
from tests.servers import TEST_SETTINGS, Servers

pytestmark = pytest.mark.servers

PHONE = TEST_SETTINGS["CLINIC_PHONE"]


def texts(messages: List[dict]) -> List[str]:
    return [m.get("text", "") for m in messages]


def cards(messages: List[dict]) -> List[dict]:
    return [m["custom"]["card"] for m in messages if "card" in (m.get("custom") or {})]


def buttons(messages: List[dict]) -> List[dict]:
    return [b for m in messages for b in m.get("buttons") or []]


def fields_of(card: dict) -> dict:
    return {f["label"]: f["value"] for f in card["fields"]}


def slot_status(servers: Servers, slot_id: int) -> str:
    engine = create_engine_for(servers.clinic_url)
    try:
        with session_scope(engine) as session:
            return get_slot(session, slot_id).status
    finally:
        engine.dispose()


def send_a_request(servers: Servers, sender: str) -> int:
    """A consultation time from the buttons, then every question: the request is stored, its slot held."""
    offer = [m for m in servers.chat(sender, "when's your next free consultation?") if m.get("buttons")][-1]
    payload = offer["buttons"][0]["payload"]
    assert texts(servers.chat(sender, payload))[-1] == booking_replies.ASK_TREATMENT
    servers.chat(sender, "Hair mesotherapy")
    servers.chat(sender, "Jane Doe")
    assert texts(servers.chat(sender, "07700 900123"))[-1] == CONSENT_QUESTION
    servers.chat(sender, "/affirm")
    for _ in range(6):
        done = servers.chat(sender, "/deny")
    assert texts(done)[0].startswith("Thank you, Jane Doe: your consultation request is with the team.")
    return int(re.search(r'"slot_choice": "(\d+)"', payload).group(1))


def test_a_request_is_recalled_then_cancelled_after_a_yes_and_its_time_freed(servers: Servers):
    sender = servers.new_conversation()
    slot_id = send_a_request(servers, sender)
    [row] = servers.rows_for(BookingRequest, sender)

    recalled = servers.chat(sender, "what did I book?")
    [card] = cards(recalled)
    assert texts(recalled)[0] == "Here's the booking request you sent in this chat:"
    assert card["reference"] == patient_reference(row.reference)
    assert fields_of(card)["Status"] == "Waiting for the team to confirm"
    assert fields_of(card)["Time"].endswith("(kept for you)")

    asked = servers.chat(sender, "cancel my booking request")
    assert texts(asked)[-1] == "Shall I cancel it?"
    assert [(b["title"], b["payload"]) for b in buttons(asked)] == [
        ("Yes, cancel it", "/affirm"),
        ("No, keep it", "/deny"),
    ]
    assert [r.status for r in servers.rows_for(BookingRequest, sender)] == ["requested"]

    done = texts(servers.chat(sender, "/affirm"))
    assert done[0].startswith(f"Done: I've cancelled your booking request (reference {card['reference']})")
    [row] = servers.rows_for(BookingRequest, sender)
    assert row.status == "cancelled" and row.slot_id is None
    assert slot_status(servers, slot_id) == "free"

    [after] = cards(servers.chat(sender, "did my booking go through"))
    assert fields_of(after)["Status"] == "Cancelled"


def test_no_keeps_the_request(servers: Servers):
    sender = servers.new_conversation()
    send_a_request(servers, sender)
    servers.chat(sender, "please cancel the consultation I just booked")

    kept = texts(servers.chat(sender, "/deny"))

    assert kept == ["No problem, I haven't cancelled anything: your booking request is still with the team."]
    assert [r.status for r in servers.rows_for(BookingRequest, sender)] == ["requested"]


def test_nothing_booked_offers_a_button_that_starts_the_form(servers: Servers):
    sender = servers.new_conversation()

    replies = servers.chat(sender, "what did I book?")

    assert texts(replies)[-1].startswith("There's no booking request in this chat yet.")
    [book] = buttons(replies)
    assert book["title"] == "Book a consultation"
    started = texts(servers.chat(sender, book["payload"]))
    assert started[0] == booking_replies.INTRODUCTION and started[-1] == booking_replies.ASK_TREATMENT


def test_nothing_to_cancel_says_call_the_clinic(servers: Servers):
    sender = servers.new_conversation()

    replies = texts(servers.chat(sender, "cancel my booking request"))

    assert replies[-1].startswith("I can't see a booking request sent in this chat.") and PHONE in replies[-1]


def test_what_did_i_book_in_the_middle_of_the_form_is_answered_and_the_form_carries_on(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "book a consultation for me please")
    servers.chat(sender, "hair meso")

    replies = texts(servers.chat(sender, "which clinic did I book?"))

    assert replies[0] == (
        "You're in the middle of a booking request: it hasn't been sent to the team yet. So far: Hair mesotherapy."
    )
    assert replies[1:] == ["Now, back to your booking request.", booking_replies.ASK_LOCATION]


def test_cancel_in_the_middle_of_the_form_stops_it_and_it_can_be_resumed(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "book a consultation for me please")
    servers.chat(sender, "hair meso")

    stopped = texts(servers.chat(sender, "cancel my booking request"))

    assert stopped[0].startswith("No problem, I've stopped the booking request and kept what you've told me so far.")
    recalled = servers.chat(sender, "what did I book?")
    [carry_on] = buttons(recalled)
    assert texts(recalled)[-1].startswith("You started a booking request that hasn't been sent to the team yet")
    resumed = texts(servers.chat(sender, carry_on["payload"]))
    assert resumed == [booking_replies.WELCOME_BACK, booking_replies.ASK_LOCATION]
    assert servers.rows_for(BookingRequest, sender) == []
