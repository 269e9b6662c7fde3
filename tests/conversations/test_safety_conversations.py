"""Safety and handoff over the REST webhook, against running servers: the
emergency reply first (word for word, with the configured emergency number),
the escalation payload, a ticket in the database, and all of it still going
out with the action server stopped or the database down."""

from __future__ import annotations

import re
import time
from functools import cache
from typing import List

import pytest
from rasa.shared.core.domain import Domain

from actions.handoff import BOOKING_PASSED_ON
from assistant.booking import replies as booking_replies
from assistant.booking.screening import QUESTIONS
from assistant.db.models import BookingRequest, HandoffTicket
from assistant.handoff.callback import ASK_NAME, ask_phone
from tests.servers import ROOT, TEST_SETTINGS, OutageServers, Servers

pytestmark = pytest.mark.servers

EMERGENCY_FIRST = f"Please call {TEST_SETTINGS['EMERGENCY_NUMBER']} now."


@cache
def _domain() -> Domain:
    return Domain.load(str(ROOT / "domain"))


def reply(response: str, family: str | None = None) -> str:
    """A response's text for a safety_family (None: the default), with the test clinic's settings."""
    for variation in _domain().responses[response]:
        conditions = variation.get("condition") or []
        value = conditions[0]["value"] if conditions else None
        if value == family:
            return re.sub(
                r"{(\w+)}", lambda m: TEST_SETTINGS.get(m.group(1).upper(), "18"), variation["text"]
            )
    raise KeyError(f"{response} has no variation for {family}")


def texts(messages: List[dict]) -> List[str]:
    return [m["text"] for m in messages if m.get("text")]


def payloads(messages: List[dict]) -> List[dict]:
    return [m["custom"]["handoff"] for m in messages if (m.get("custom") or {}).get("handoff")]


# ---------------------------------------------------------------- emergency


def test_an_emergency_gets_the_emergency_number_first_the_payload_and_a_ticket(servers: Servers):
    sender = servers.new_conversation()
    messages = servers.chat(sender, "my throat feels tight and my lips are swelling up")

    said = texts(messages)
    # No disclaimer, no question; after the advice, the invite to leave a number.
    assert said == [reply("utter_safety_emergency", "anaphylaxis"), reply("utter_safety_episode_phone_invite")]
    assert said[0].startswith(EMERGENCY_FIRST + " ")
    [ticket] = servers.rows_for(HandoffTicket, sender)
    assert payloads(messages) == [
        {"urgency": "emergency", "ticket_id": None},  # with the reply itself
        {"urgency": "emergency", "ticket_id": str(ticket.id)},  # once the ticket exists
    ]
    assert (ticket.urgency, ticket.situations[0], ticket.status) == ("emergency", "anaphylaxis", "new")
    assert ticket.message_text == "my throat feels tight and my lips are swelling up"


def test_a_warning_sign_in_a_booking_question_is_an_emergency(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "hi")

    said = texts(
        servers.chat(sender, "can i rebook for friday? my vision has gone blurry since the skin booster")
    )

    assert said == [reply("utter_safety_emergency", "vision_or_stroke"), reply("utter_safety_episode_phone_invite")]


def test_self_harm_gets_care_and_the_crisis_line(servers: Servers):
    sender = servers.new_conversation()
    said = texts(servers.chat(sender, "if this treatment doesnt work im going to end it all"))

    assert said[0].startswith("If you are in danger or might act on these thoughts, please call 112 now.")
    assert TEST_SETTINGS["CRISIS_LINE"] in said[0]
    assert servers.rows_for(HandoffTicket, sender)[0].urgency == "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "no puedo respirar y se me está hinchando la lengua",
        "je n'arrive plus à respirer et mes lèvres gonflent",
        "ich bekomme keine Luft mehr und meine Lippen schwellen an",
        "nie mogę oddychać, puchną mi usta",
    ],
    ids=["es", "fr", "de", "pl"],
)
def test_an_emergency_in_another_language_escalates(servers: Servers, message: str):
    sender = servers.new_conversation()
    messages = servers.chat(sender, message)

    assert texts(messages)[0].startswith(EMERGENCY_FIRST)
    assert payloads(messages)[0]["urgency"] == "emergency"
    assert servers.rows_for(HandoffTicket, sender)[0].urgency == "emergency"


def test_the_emergency_reply_goes_out_with_the_action_server_stopped(servers_without_actions: Servers):
    sender = servers_without_actions.new_conversation()
    messages = servers_without_actions.chat(sender, "my throat feels tight and my lips are swelling up")

    assert texts(messages)[0] == reply("utter_safety_emergency", "anaphylaxis")
    assert payloads(messages)[0] == {"urgency": "emergency", "ticket_id": None}


def test_the_reconciler_opens_the_ticket_the_stopped_action_server_missed(servers_without_actions: Servers):
    servers = servers_without_actions
    sender = servers.new_conversation()
    servers.chat(sender, "there's pus coming out of one of the injection spots and it's getting redder")
    assert servers.rows_for(HandoffTicket, sender) == []

    servers.reconcile_handoffs()
    [ticket] = servers.rows_for(HandoffTicket, sender)
    assert ticket.urgency == "same_day" and ticket.details["source"] == "reconciler"
    assert ticket.situations and ticket.message_text.startswith("there's pus coming out")


def test_the_emergency_reply_goes_out_with_the_database_down_and_the_ticket_arrives_later(
    outage_servers: OutageServers,
):
    servers = outage_servers
    sender = servers.new_conversation()
    servers.proxy.kill()
    try:
        messages = servers.chat(sender, "i cant breathe properly since the injections")
    finally:
        servers.proxy.start()

    assert texts(messages)[0].startswith(EMERGENCY_FIRST)
    assert payloads(messages) == [
        {"urgency": "emergency", "ticket_id": None},
        {"urgency": "emergency", "ticket_id": None},  # kept in the outbox
    ]
    assert [p.name.startswith("handoff-") for p in servers.outbox.glob("*.jsonl")] == [True]

    servers.chat(sender, "what are your opening hours?")  # the next action call delivers it
    deadline = time.monotonic() + 30
    while not servers.rows_for(HandoffTicket, sender) and time.monotonic() < deadline:
        time.sleep(1)
    [ticket] = servers.rows_for(HandoffTicket, sender)
    assert (
        ticket.urgency == "emergency"
        and ticket.message_text == "i cant breathe properly since the injections"
    )
    assert list(servers.outbox.glob("*.jsonl")) == []


# --------------------------------------------------------- same day, review


def test_same_day_then_the_callback_form_with_name_and_phone(servers: Servers):
    sender = servers.new_conversation()
    first = servers.chat(sender, "day 3 and there's pus coming out of one of the spots")

    assert texts(first) == [reply("utter_safety_same_day", "infection"), ASK_NAME]
    assert payloads(first)[0] == {"urgency": "same_day", "ticket_id": None}
    assert texts(servers.chat(sender, "Jane Doe")) == [ask_phone("Jane Doe")]
    done = texts(servers.chat(sender, "07700 900123"))

    assert len(done) == 1 and "07700 900123" in done[0] and "call 112 straight away" in done[0]
    [ticket] = servers.rows_for(HandoffTicket, sender)
    assert (ticket.urgency, ticket.patient_name, ticket.patient_phone) == (
        "same_day",
        "Jane Doe",
        "07700 900123",
    )


def test_review_then_declining_the_callback_keeps_the_ticket(servers: Servers):
    sender = servers.new_conversation()
    first = servers.chat(sender, "im on warfarin for my heart, can i still have face meso?")

    said = texts(first)
    assert said == [reply("utter_safety_review", "anticoagulant"), ASK_NAME]
    assert "don't stop or change any prescribed blood thinner" in said[0]
    done = texts(servers.chat(sender, "no thanks"))

    assert len(done) == 1 and TEST_SETTINGS["CLINIC_PHONE"] in done[0]
    [ticket] = servers.rows_for(HandoffTicket, sender)
    assert (ticket.urgency, ticket.situations[0], ticket.patient_name, ticket.patient_phone) == (
        "review",
        "anticoagulant",
        None,
        None,
    )


def test_asking_for_a_person_opens_a_routine_ticket(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "hi")
    messages = servers.chat(sender, "can i speak to a real person please")

    assert texts(messages)[-1] == ASK_NAME
    assert payloads(messages)[0] == {"urgency": "routine", "ticket_id": None}
    assert servers.rows_for(HandoffTicket, sender)[0].urgency == "routine"


# ------------------------------------------------------------- booking form


def test_an_emergency_in_the_middle_of_the_booking_form_interrupts_it(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "book a consultation for me please")
    assert texts(servers.chat(sender, "skin booster"))[-1] == booking_replies.ASK_LOCATION

    interrupted = servers.chat(sender, "sorry my tongue is swelling and i cant breathe")

    assert texts(interrupted) == [
        reply("utter_safety_emergency", "anaphylaxis"),
        reply("utter_safety_episode_phone_invite"),
    ]
    assert servers.rows_for(HandoffTicket, sender)[0].urgency == "emergency"
    # The form is over: the next message is not taken as the clinic's name.
    after = texts(servers.chat(sender, "Leeds"))
    assert booking_replies.ASK_LOCATION not in after and booking_replies.ASK_NAME not in after


def test_a_screening_yes_stops_the_booking_with_a_review_ticket(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "book a consultation for me please")
    servers.chat(sender, "hair meso")
    servers.chat(sender, "Leeds")
    servers.chat(sender, "any time")
    servers.chat(sender, "Alex Smith")
    servers.chat(sender, "07700 900456")
    servers.chat(sender, "/affirm")  # agrees to keeping the health answers
    servers.chat(sender, "/deny")  # pregnancy: no

    messages = servers.chat(sender, "/affirm")  # blood thinners: yes

    said = texts(messages)
    assert said[0] == reply("utter_safety_review", "anticoagulant")
    assert BOOKING_PASSED_ON in said
    assert QUESTIONS[2].text not in said  # no more screening questions
    [request] = servers.rows_for(BookingRequest, sender)
    [ticket] = servers.rows_for(HandoffTicket, sender)
    assert request.flagged_for_review and request.slot_id is None
    assert request.screening == {QUESTIONS[0].key: "no", QUESTIONS[1].key: "yes"}
    assert (ticket.urgency, ticket.booking_request_id) == ("review", request.id)
    assert ticket.situations == ["screening:blood_thinners_or_bleeding_disorder"]
    assert (ticket.patient_name, ticket.patient_phone) == ("Alex Smith", "07700 900456")
    assert payloads(messages)[1] == {"urgency": "review", "ticket_id": str(ticket.id)}
