"""Safety across the conversation, over the REST webhook against running
servers: after an escalation every follow-up is answered in its frame (with
the action server down too), one ticket per episode, the red-flag question
after a vague worry, and a callback form that never takes "ok" as a name."""

from __future__ import annotations

from typing import List

import pytest

from assistant.db.models import HandoffTicket
from assistant.handoff.callback import ASK_NAME, NOT_A_NAME, ask_phone
from tests.conversations.test_safety_conversations import EMERGENCY_FIRST, payloads, reply, texts
from tests.servers import TEST_SETTINGS, Servers

pytestmark = pytest.mark.servers

EMERGENCY = "my throat feels tight and my lips are swelling up"
FOLLOW_UP_FIRST = f"Please call {TEST_SETTINGS['EMERGENCY_NUMBER']} now if you haven't already"
RED_FLAG_QUESTION = reply("utter_ask_red_flags")


def buttons(messages: List[dict]) -> List[str]:
    return [b["payload"] for m in messages for b in m.get("buttons") or []]


def one_ticket(servers: Servers, sender: str) -> HandoffTicket:
    [ticket] = servers.rows_for(HandoffTicket, sender)
    return ticket


# ---------------------------------------------------------------- emergency frame


def test_after_an_emergency_on_my_own_what_do_i_do_gets_the_emergency_frame(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, EMERGENCY)

    messages = servers.chat(sender, "I'm on my own, what should I do while I wait?")

    said = texts(messages)
    assert said == [reply("utter_safety_episode_emergency", "anaphylaxis")]
    assert said[0].startswith(FOLLOW_UP_FIRST) and "auto-injector" in said[0]
    ticket = one_ticket(servers, sender)
    assert payloads(messages) == [
        {"urgency": "emergency", "ticket_id": None},
        {"urgency": "emergency", "ticket_id": str(ticket.id)},  # the same ticket, updated
    ]
    assert [m["text"] for m in ticket.details["messages"]] == ["I'm on my own, what should I do while I wait?"]


def test_i_have_an_epipen_after_an_emergency_says_use_it_now_and_the_ticket_stays_emergency(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, EMERGENCY)

    said = texts(servers.chat(sender, "I have an epipen"))

    assert said == [reply("utter_safety_episode_emergency", "anaphylaxis")]
    assert "use it now" in said[0] and said[0].startswith(FOLLOW_UP_FIRST)
    ticket = one_ticket(servers, sender)
    assert ticket.urgency == "emergency" and "allergy" in ticket.situations


def test_the_ambulance_coming_and_a_clinic_question_stay_in_the_frame_then_arrival_is_acknowledged(
    servers: Servers,
):
    sender = servers.new_conversation()
    servers.chat(sender, EMERGENCY)

    coming = texts(servers.chat(sender, "the ambulance is coming, will the clinic call me?"))
    practitioners = texts(servers.chat(sender, "who are your practitioners?"))
    arrived = texts(servers.chat(sender, "the ambulance is here"))
    thanks = texts(servers.chat(sender, "thanks"))

    assert coming == practitioners == [reply("utter_safety_episode_emergency", "anaphylaxis")]
    assert arrived == [reply("utter_safety_episode_help_arrived")]
    assert thanks == [reply("utter_thank")]  # help is there: the episode is over
    ticket = one_ticket(servers, sender)
    assert ticket.urgency == "emergency" and len(ticket.details["messages"]) == 3


def test_ok_after_an_emergency_is_never_taken_as_a_name(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, EMERGENCY)

    said = texts(servers.chat(sender, "ok"))

    assert said == [reply("utter_safety_episode_emergency", "anaphylaxis")]
    assert one_ticket(servers, sender).patient_name is None


def test_an_emergency_follow_up_stays_in_the_frame_with_the_action_server_down(servers_without_actions: Servers):
    servers = servers_without_actions
    sender = servers.new_conversation()
    servers.chat(sender, EMERGENCY)

    messages = servers.chat(sender, "I'm on my own, what should I do?")
    booking = servers.chat(sender, "can I book a consultation")

    frame = reply("utter_safety_episode_emergency", "anaphylaxis")
    for said in (texts(messages), texts(booking)):
        # The frame first; after it, at most the channel's apology for the failed
        # ticket action, which also names the emergency number. Never a form or a lower reply.
        assert said[0] == frame
        assert all(f"call {TEST_SETTINGS['EMERGENCY_NUMBER']} now" in text for text in said[1:])
    assert payloads(messages)[0] == {"urgency": "emergency", "ticket_id": None}


def test_the_reconciler_puts_an_episode_answered_without_the_action_server_into_one_ticket(
    servers_without_actions: Servers,
):
    servers = servers_without_actions
    sender = servers.new_conversation()
    servers.chat(sender, EMERGENCY)
    servers.chat(sender, "I'm on my own, what should I do?")
    assert servers.rows_for(HandoffTicket, sender) == []

    for _ in range(2):  # twice: idempotent
        servers.reconcile_handoffs()

    ticket = one_ticket(servers, sender)
    assert ticket.urgency == "emergency" and ticket.message_text == EMERGENCY
    assert [m["text"] for m in ticket.details["messages"]] == ["I'm on my own, what should I do?"]


# ---------------------------------------------------------------- the phone invite

INVITE = reply("utter_safety_episode_phone_invite")
NUMBER = "07911 123456"


def test_after_the_advice_the_invite_then_a_number_goes_on_the_episode_s_ticket(servers: Servers):
    sender = servers.new_conversation()

    first = texts(servers.chat(sender, EMERGENCY))
    given = servers.chat(sender, f"my number is {NUMBER}")

    assert first == [reply("utter_safety_emergency", "anaphylaxis"), INVITE]  # the advice first, then the invite
    assert texts(given) == [reply("utter_safety_episode_phone_thanks")]
    assert texts(given)[0].startswith(FOLLOW_UP_FIRST)  # the emergency number first, as in every follow-up
    ticket = one_ticket(servers, sender)
    assert ticket.patient_phone == NUMBER and ticket.urgency == "emergency"
    assert payloads(given)[-1] == {"urgency": "emergency", "ticket_id": str(ticket.id)}


def test_no_thanks_to_the_invite_is_fine_and_never_asked_again(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, EMERGENCY)

    declined = texts(servers.chat(sender, "no thanks"))
    follow_up = texts(servers.chat(sender, "what should I do while I wait?"))
    later = texts(servers.chat(sender, "it's getting worse"))

    assert declined == [reply("utter_safety_episode_phone_declined")]
    assert declined[0].startswith(FOLLOW_UP_FIRST)
    for said in (follow_up, later):
        assert said[0].startswith(FOLLOW_UP_FIRST) and INVITE not in said
    assert one_ticket(servers, sender).patient_phone is None


@pytest.mark.parametrize("answer", ["ok", "will someone from the clinic ring me?", "my lips are still swelling"])
def test_ok_a_question_or_a_symptom_after_the_invite_is_not_taken_as_a_number(servers: Servers, answer: str):
    sender = servers.new_conversation()
    servers.chat(sender, EMERGENCY)

    said = texts(servers.chat(sender, answer))

    # The emergency number first (the frame, or the emergency advice again for a sign), no second invite.
    assert said[0].startswith(f"Please call {TEST_SETTINGS['EMERGENCY_NUMBER']} now") and INVITE not in said
    assert reply("utter_safety_episode_phone_thanks") not in said
    assert one_ticket(servers, sender).patient_phone is None


def test_with_the_action_server_down_the_invite_goes_out_and_the_number_is_not_lost(
    servers_without_actions: Servers,
):
    servers = servers_without_actions
    sender = servers.new_conversation()

    first = texts(servers.chat(sender, EMERGENCY))
    given = texts(servers.chat(sender, NUMBER))

    assert first[0] == reply("utter_safety_emergency", "anaphylaxis") and INVITE in first
    assert given[0] == reply("utter_safety_episode_phone_thanks")
    assert servers.rows_for(HandoffTicket, sender) == []  # nothing stored yet: no action server

    servers.reconcile_handoffs()  # as the action server does when it is back

    ticket = one_ticket(servers, sender)
    assert ticket.urgency == "emergency" and ticket.patient_phone == NUMBER


# ---------------------------------------------------------------- one ticket


def test_the_same_worry_twice_opens_one_ticket(servers: Servers):
    sender = servers.new_conversation()
    worry = "day 3 and there's pus coming out of one of the spots"
    first = texts(servers.chat(sender, worry))
    again = texts(servers.chat(sender, worry))

    assert first == again == [reply("utter_safety_same_day", "infection"), ASK_NAME]
    ticket = one_ticket(servers, sender)
    assert ticket.urgency == "same_day" and ticket.message_text == worry
    assert [m["text"] for m in ticket.details["messages"]] == [worry]


def test_an_emergency_after_a_same_day_problem_raises_the_same_ticket(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "day 3 and there's pus coming out of one of the spots")

    said = texts(servers.chat(sender, "now my lips are swelling and my throat feels tight"))

    assert said[0].startswith(EMERGENCY_FIRST)
    ticket = one_ticket(servers, sender)
    assert ticket.urgency == "emergency" and ticket.situations[0] == "anaphylaxis"


def test_a_lasting_after_effect_read_with_an_earlier_treatment_time_gets_the_callback_form(servers: Servers):
    """The escalation comes from an earlier turn's treatment time (no safety
    intent on the message itself): the ticket, then the callback form, which
    takes the name and number that follow."""
    sender = servers.new_conversation()
    servers.chat(sender, "I had meso on my face 3 weeks ago")

    said = texts(servers.chat(sender, "the redness is still there, is that normal?"))
    assert said[-1] == ASK_NAME
    assert texts(servers.chat(sender, "Jane Doe")) == [ask_phone("Jane Doe")]
    servers.chat(sender, "07700 900123")

    ticket = one_ticket(servers, sender)
    assert (ticket.urgency, ticket.patient_name, ticket.patient_phone) == ("same_day", "Jane Doe", "07700 900123")


# ---------------------------------------------------------------- red flags


def ask_about_a_vague_worry(servers: Servers, sender: str) -> List[dict]:
    messages = servers.chat(sender, "something's not right with my face since yesterday")
    assert RED_FLAG_QUESTION in texts(messages)
    assert buttons(messages) == [
        '/red_flag_answer{"red_flag": "yes"}',
        '/red_flag_answer{"red_flag": "no"}',
        '/red_flag_answer{"red_flag": "unsure"}',
    ]
    return messages


@pytest.mark.parametrize(
    "answer", ['/red_flag_answer{"red_flag": "yes"}', "yes", "not sure", '/red_flag_answer{"red_flag": "unsure"}']
)
def test_yes_or_not_sure_to_the_red_flag_question_is_an_emergency(servers: Servers, answer: str):
    sender = servers.new_conversation()
    ask_about_a_vague_worry(servers, sender)

    messages = servers.chat(sender, answer)

    assert texts(messages) == [
        reply("utter_safety_episode_red_flag_emergency"),
        reply("utter_safety_episode_phone_invite"),
    ]
    assert texts(messages)[0].startswith(EMERGENCY_FIRST)
    ticket = one_ticket(servers, sender)
    assert ticket.urgency == "emergency"
    assert "something's not right with my face since yesterday" in (
        ticket.message_text + " ".join(m["text"] for m in ticket.details.get("messages") or [])
    )


@pytest.mark.parametrize("answer", ['/red_flag_answer{"red_flag": "no"}', "no"])
def test_no_to_the_red_flag_question_is_a_clinician_today_and_the_callback_form(servers: Servers, answer: str):
    sender = servers.new_conversation()
    ask_about_a_vague_worry(servers, sender)

    said = texts(servers.chat(sender, answer))

    assert said == [reply("utter_safety_episode_red_flag_same_day"), ASK_NAME]
    assert f"call {TEST_SETTINGS['EMERGENCY_NUMBER']} straight away" in said[0]
    assert one_ticket(servers, sender).urgency == "same_day"


# ---------------------------------------------------------------- callback form


def test_the_callback_form_never_takes_ok_or_thanks_and_answers_a_question_first(servers: Servers):
    sender = servers.new_conversation()
    assert texts(servers.chat(sender, "can i speak to a real person please"))[-1] == ASK_NAME

    assert texts(servers.chat(sender, "ok")) == [NOT_A_NAME, ASK_NAME]
    assert texts(servers.chat(sender, "thanks")) == [NOT_A_NAME, ASK_NAME]
    answered = texts(servers.chat(sender, "what are your opening hours?"))
    assert len(answered) >= 2 and answered[-1] == ASK_NAME and answered[0] != NOT_A_NAME
    assert texts(servers.chat(sender, "Jane Doe")) == [ask_phone("Jane Doe")]
    assert one_ticket(servers, sender).patient_name is None  # not recorded before the form completes
