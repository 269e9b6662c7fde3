"""action_open_handoff inside a safety episode: every message goes to the
episode's one ticket, and the payload carries the ticket's urgency, which a
lower follow-up never lowers."""

from __future__ import annotations

from actions.handoff import ActionOpenHandoff, ValidateCallbackForm
from assistant.handoff.callback import NOT_A_NAME
from assistant.handoff.episode import Episode
from assistant.handoff.tickets import tickets_for
from tests.actions.helpers import SENDER, run, slot, tracker
from tests.actions.test_handoff import SAFETY, escalated

EPISODE = Episode("emergency", "m1", 1_750_000_000.0, ("anaphylaxis",), "anaphylaxis").slots()


def test_a_follow_up_in_an_emergency_episode_goes_to_the_same_ticket_at_its_urgency(runtime):
    run(ActionOpenHandoff(runtime), escalated(slots=EPISODE))

    ran = run(
        ActionOpenHandoff(runtime),
        escalated(
            "I have an epipen",
            "safety_review",
            "utter_safety_episode_emergency",
            {**SAFETY, "urgency": "review", "situations": ["allergy"], "rows": ["A15"], "triggers": ["epipen"]},
            slots=EPISODE,
            message_id="m2",
        ),
    )

    with runtime.session() as session:
        [ticket] = tickets_for(session, SENDER)
    assert ran.customs == [{"handoff": {"urgency": "emergency", "ticket_id": str(ticket.id)}}]
    assert slot("handoff_message_id", "m1") in ran.events and slot("handoff_urgency", "emergency") in ran.events
    assert ticket.situations == ("anaphylaxis", "allergy")
    assert [m["text"] for m in ticket.details["messages"]] == ["I have an epipen"]


def test_the_callback_form_asks_again_after_ok(runtime):
    ran = run(
        ValidateCallbackForm(),
        tracker("ok", "affirm", confidence=0.9, slots={"requested_slot": "callback_name"}, active_loop="callback_form"),
    )

    assert ran.events == [slot("callback_name", None)]
    assert ran.texts == [NOT_A_NAME]


# ------------------------------------------------------------ the phone invite

INVITED = {**EPISODE, "safety_episode_phone_invited": True}


def given_number(phone="07911 123456"):
    """The patient's number after the invite: the policy put it in callback_phone with the thanks."""
    return escalated(
        phone,
        "nlu_fallback",
        "utter_safety_episode_phone_thanks",
        None,
        slots={**INVITED, "callback_phone": phone},
        message_id="m2",
    )


def test_a_number_given_after_the_invite_goes_on_the_episode_s_ticket(runtime):
    run(ActionOpenHandoff(runtime), escalated(slots=EPISODE))

    ran = run(ActionOpenHandoff(runtime), given_number())

    with runtime.session() as session:
        [ticket] = tickets_for(session, SENDER)
    assert ticket.patient_phone == "07911 123456" and ticket.urgency.value == "emergency"
    assert ran.customs == [{"handoff": {"urgency": "emergency", "ticket_id": str(ticket.id)}}]


def test_with_the_database_down_the_number_is_kept_and_reaches_the_ticket_later(runtime, offline_runtime):
    run(ActionOpenHandoff(runtime), escalated(slots=EPISODE))

    run(ActionOpenHandoff(offline_runtime), given_number())  # the database is down: kept in the outbox
    with runtime.session() as session:
        [ticket] = tickets_for(session, SENDER)
    assert ticket.patient_phone is None

    runtime.deliver_outbox()  # the database is back

    with runtime.session() as session:
        [ticket] = tickets_for(session, SENDER)
    assert ticket.patient_phone == "07911 123456"
