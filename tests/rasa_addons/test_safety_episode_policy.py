"""SafetyFirstPolicy keeps the safety episode in slots through its
prediction's events (no action server) and answers follow-ups in its frame,
on a real Rasa tracker and the project's domain."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import List

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.handoff import episode as ep
from rasa_addons.safety_policy import SafetyFirstPolicy

ROOT = Path(__file__).resolve().parents[2]
ANAPHYLAXIS = {"urgency": "emergency", "family": "anaphylaxis", "situations": ["anaphylaxis"], "source": "screen"}
ALLERGY = {"urgency": "review", "family": "contraindication", "situations": ["allergy"], "source": "screen"}
INFECTION = {"urgency": "same_day", "family": "same_day_clinician", "situations": ["infection"], "source": "screen"}


@cache
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain"))


@pytest.fixture
def policy(tmp_path) -> SafetyFirstPolicy:
    return SafetyFirstPolicy(
        SafetyFirstPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("safety_first"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def test_loading_the_policy_builds_the_screen_for_re_reads(tmp_path):
    """With the model, not inside the first turn that re-reads a message: the
    build takes seconds and would stall the server (a takeover's heartbeats too)."""
    from assistant.safety.earlier_treatment import rules_screen

    rules_screen.cache_clear()
    storage, resource = LocalModelStorage(tmp_path), Resource("safety_first")
    context = ExecutionContext(GraphSchema({}), "test")
    config = SafetyFirstPolicy.get_default_config()
    SafetyFirstPolicy.create(config, storage, resource, context).train([], Domain.empty())
    assert rules_screen.cache_info().currsize == 0  # training does not build it

    SafetyFirstPolicy.load(config, storage, resource, context)

    assert rules_screen.cache_info().currsize == 1


def said(text, intent, message_id, safety=None, entities=()) -> UserUttered:
    parse_data = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": list(entities)}
    if safety:
        parse_data["safety"] = safety
    return UserUttered(text, parse_data["intent"], list(entities), parse_data, timestamp=1_800_000_000.0,
                       message_id=message_id)  # fmt: skip


def tracker(*events: Event) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("p1", [ActionExecuted("action_listen"), *events], domain().slots)


def predicted(policy, tracker_) -> tuple:
    prediction = policy.predict_action_probabilities(tracker_, domain())
    best = max(range(len(prediction.probabilities)), key=prediction.probabilities.__getitem__)
    action = domain().action_names_or_texts[best] if prediction.probabilities[best] > 0 else None
    return action, prediction


def slots_of(events: List[Event]) -> dict:
    return {e.key: e.value for e in events if isinstance(e, SlotSet)}


def after(policy, events: List[Event]) -> List[Event]:
    """Apply the policy's predictions and slot events, as Rasa's processor does, until it predicts nothing or listen."""
    events = list(events)
    while True:
        action, prediction = predicted(policy, tracker(*events))
        if action is None:
            return events
        events += [*prediction.events, *prediction.optional_events, ActionExecuted(action)]
        if action == "action_listen":
            return events


def test_an_emergency_sets_the_episode_slots_without_any_action(policy):
    action, prediction = predicted(policy, tracker(said("my lips are swelling", "safety_emergency", "m1", ANAPHYLAXIS)))

    assert action == "utter_safety_emergency"
    values = slots_of(prediction.optional_events)
    assert values[ep.SLOT_LEVEL] == "emergency" and values[ep.SLOT_ID] == "m1"
    assert values[ep.SLOT_FAMILY] == "anaphylaxis" and values[ep.SLOT_SITUATIONS] == ["anaphylaxis"]


EMERGENCY = ep.Episode("emergency", "m1", 1_800_000_000.0, ("anaphylaxis",), "anaphylaxis")


def emergency_episode() -> List[Event]:
    return [
        said("my lips are swelling", "safety_emergency", "m1", ANAPHYLAXIS),
        *[SlotSet(k, v) for k, v in EMERGENCY.slots().items()],
        ActionExecuted("utter_safety_emergency"),
        ActionExecuted("action_open_handoff"),
        SlotSet(ep.SLOT_PHONE_INVITED, True),
        ActionExecuted(ep.PHONE_INVITE),
        ActionExecuted("action_listen"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text, intent, safety",
    [
        ("I'm on my own, what should I do while I wait?", "nlu_fallback", None),
        ("the ambulance is coming, will the clinic call me?", "ask_practitioners", None),
        ("I have an epipen", "safety_review", ALLERGY),
        ("can I speak to someone", "request_human", None),
    ],
)
def test_a_follow_up_in_an_emergency_gets_the_frame_then_the_ticket_then_listens(policy, text, intent, safety):
    events = after(policy, [*emergency_episode(), said(text, intent, "m2", safety)])

    actions = [e.action_name for e in events[len(emergency_episode()) + 1 :] if isinstance(e, ActionExecuted)]
    assert actions == ["utter_safety_episode_emergency", "action_open_handoff", "action_listen"]
    assert tracker(*events).get_slot(ep.SLOT_LEVEL) == "emergency"


def test_the_ambulance_arriving_is_acknowledged(policy):
    events = after(policy, [*emergency_episode(), said("the ambulance is here", "help_arrived", "m2")])

    assert [e.action_name for e in events if isinstance(e, ActionExecuted)][-3:] == [
        "utter_safety_episode_help_arrived",
        "action_open_handoff",
        "action_listen",
    ]
    assert tracker(*events).get_slot(ep.SLOT_HELP_ARRIVED) is True


def test_a_follow_up_in_a_form_beats_the_form(policy):
    events = [*emergency_episode(), ActiveLoop("callback_form"), said("ok", "affirm", "m2")]

    action, prediction = predicted(policy, tracker(*events))

    assert action == "utter_safety_episode_emergency" and prediction.is_no_user_prediction


def test_a_review_finding_in_a_same_day_episode_keeps_the_same_day_advice(policy):
    same_day = [
        said("there's pus", "safety_same_day", "m1", INFECTION),
        *[SlotSet(k, v) for k, v in ep.Episode("same_day", "m1", 1_800_000_000.0, ("infection",)).slots().items()],
        ActionExecuted("utter_safety_same_day"),
        ActionExecuted("action_open_handoff"),
        ActionExecuted("action_listen"),
    ]
    events = after(policy, [*same_day, said("I'm allergic to lidocaine", "safety_review", "m2", ALLERGY)])

    actions = [e.action_name for e in events[len(same_day) + 1 :] if isinstance(e, ActionExecuted)]
    assert actions[:4] == [
        "utter_safety_review",
        "utter_safety_episode_level_kept",
        "action_open_handoff",
        "callback_form",
    ]
    assert tracker(*events).get_slot(ep.SLOT_LEVEL) == "same_day"


def test_the_red_flag_buttons_map_to_the_emergency_reply(policy):
    events = [
        said("my face feels odd", "report_concern", "m1"),
        ActionExecuted("utter_ask_red_flags"),
        ActionExecuted("action_listen"),
        said("/red_flag_answer", "red_flag_answer", "m2", entities=[{"entity": "red_flag", "value": "unsure"}]),
    ]  # fmt: skip

    events = after(policy, events)

    actions = [e.action_name for e in events[4:] if isinstance(e, ActionExecuted)]
    assert actions == [
        "utter_safety_episode_red_flag_emergency",
        "action_open_handoff",
        "utter_safety_episode_phone_invite",
        "action_listen",
    ]
    assert tracker(*events).get_slot(ep.SLOT_LEVEL) == "emergency"


def test_outside_an_episode_ordinary_messages_are_left_to_the_rules(policy):
    action, prediction = predicted(policy, tracker(said("what is mesotherapy", "faq", "m1")))

    assert action is None and not prediction.events and not prediction.optional_events


def test_a_booking_stopped_for_review_starts_a_review_episode(policy):
    events = [
        said("yes", "affirm", "m3"),
        SlotSet("booking_stopped_for_review", True),
        ActionExecuted("booking_form"),
    ]

    action, prediction = predicted(policy, tracker(*events))

    assert action == "utter_safety_review"
    values = slots_of(prediction.optional_events)
    assert values[ep.SLOT_LEVEL] == "review" and values[ep.SLOT_ID] == "m3"


# ---------------------------------------------------------------- the phone invite


def replies_to(policy, before: List[Event], *messages: tuple) -> List[List[str]]:
    """The actions the policy chains after each message (text, intent[, safety]), in turn."""
    events, chains = list(before), []
    for number, (text, intent, *safety) in enumerate(messages, start=2):
        start = len(events) + 1
        events = after(policy, [*events, said(text, intent, f"m{number}", *safety)])
        chains.append([e.action_name for e in events[start:] if isinstance(e, ActionExecuted)])
    return chains, tracker(*events)


def with_rule_step(policy, events: List[Event], rule_action: str) -> List[Event]:
    """The policy's prediction applied, then the action the rules take next (the policy leaves it to them)."""
    action, prediction = predicted(policy, tracker(*events))
    applied = [*prediction.events, *prediction.optional_events, ActionExecuted(action)]
    return [*events, *applied, ActionExecuted(rule_action)]


def test_after_the_first_emergency_advice_and_its_ticket_comes_the_phone_invite(policy):
    first = said("my lips are swelling", "safety_emergency", "m1", ANAPHYLAXIS)
    events = after(policy, with_rule_step(policy, [first], "action_open_handoff"))

    actions = [e.action_name for e in events if isinstance(e, ActionExecuted)]
    # The advice first, its ticket, then the invite: never before, never instead.
    assert actions == ["utter_safety_emergency", "action_open_handoff", ep.PHONE_INVITE, "action_listen"]
    assert tracker(*events).get_slot(ep.SLOT_PHONE_INVITED) is True


def test_the_invite_comes_after_the_advice_and_ticket_the_rules_gave(policy):
    events = [
        said("my lips are swelling", "safety_emergency", "m1", ANAPHYLAXIS),
        *[SlotSet(k, v) for k, v in EMERGENCY.slots().items()],
        ActionExecuted("utter_safety_emergency"),
        ActionExecuted("action_open_handoff"),
    ]

    action, prediction = predicted(policy, tracker(*events))

    assert action == ep.PHONE_INVITE and slots_of(prediction.optional_events) == {ep.SLOT_PHONE_INVITED: True}


def test_a_number_is_thanked_for_with_the_emergency_number_first_and_goes_to_the_ticket(policy):
    [chain], after_it = replies_to(policy, emergency_episode(), ("it's 07911 123456", "nlu_fallback"))

    assert chain == [ep.PHONE_THANKS, "action_open_handoff", "action_listen"]
    assert after_it.get_slot(ep.SLOT_CALLBACK_PHONE) == "07911 123456"  # what the ticket action stores
    for variation in domain().responses[ep.PHONE_THANKS]:  # the emergency number first, in every wording
        assert variation["text"].startswith(("Please call {emergency_number} now", "If you are in danger, please call"))


def test_no_thanks_is_accepted_once_and_the_next_message_gets_the_emergency_frame(policy):
    chains, after_it = replies_to(
        policy, emergency_episode(), ("no thanks", "deny"), ("is this normal?", "faq"), ("ok", "affirm")
    )

    assert chains == [
        [ep.PHONE_DECLINED, "action_listen"],
        [ep.EMERGENCY_FOLLOW_UP, "action_open_handoff", "action_listen"],  # no second invite
        [ep.EMERGENCY_FOLLOW_UP, "action_open_handoff", "action_listen"],
    ]
    assert after_it.get_slot(ep.SLOT_CALLBACK_PHONE) is None
    for variation in domain().responses[ep.PHONE_DECLINED]:
        assert variation["text"].startswith(("Please call {emergency_number} now", "If you are in danger, please call"))


@pytest.mark.parametrize(
    "text, intent",
    [
        ("ok", "affirm"),
        ("what happens now?", "faq"),
        ("my throat is getting tighter", "report_concern"),
        ("yes", "affirm"),
    ],
)
def test_ok_a_question_or_a_symptom_is_never_taken_as_a_number(policy, text, intent):
    [chain], after_it = replies_to(policy, emergency_episode(), (text, intent))

    assert chain == [ep.EMERGENCY_FOLLOW_UP, "action_open_handoff", "action_listen"]
    assert after_it.get_slot(ep.SLOT_CALLBACK_PHONE) is None


def test_a_number_that_cannot_be_read_is_asked_about_once_then_taken_when_valid(policy):
    chains, after_it = replies_to(
        policy, emergency_episode(), ("07911 12", "nlu_fallback"), ("07911 123456", "nlu_fallback")
    )

    assert chains == [[ep.PHONE_UNCLEAR, "action_listen"], [ep.PHONE_THANKS, "action_open_handoff", "action_listen"]]
    assert after_it.get_slot(ep.SLOT_CALLBACK_PHONE) == "07911 123456"


def test_a_new_emergency_sign_gets_the_advice_again_but_no_second_invite(policy):
    again = said("now my tongue is swelling too", "safety_emergency", "m2", ANAPHYLAXIS)
    events = after(policy, with_rule_step(policy, [*emergency_episode(), again], "action_open_handoff"))

    actions = [e.action_name for e in events[len(emergency_episode()) + 1 :] if isinstance(e, ActionExecuted)]
    assert actions == ["utter_safety_emergency", "action_open_handoff", "action_listen"]


def test_no_invite_when_the_conversation_already_has_a_phone_number(policy):
    events = [
        SlotSet(ep.SLOT_CALLBACK_PHONE, "07911 123456"),
        said("my lips are swelling", "safety_emergency", "m1", ANAPHYLAXIS),
        *[SlotSet(k, v) for k, v in EMERGENCY.slots().items()],
        ActionExecuted("utter_safety_emergency"),
        ActionExecuted("action_open_handoff"),
    ]

    action, _ = predicted(policy, tracker(*events))

    assert action == "action_listen"


# ---------------------------------------------------------------- a treatment time from an earlier message

TREATED_3_WEEKS_AGO = "I had meso on my face 3 weeks ago"
STILL_RED = "the redness is still there, is that normal?"


def said_at(text, intent, message_id, timestamp, safety=None) -> UserUttered:
    parse_data = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    if safety:
        parse_data["safety"] = safety
    return UserUttered(text, parse_data["intent"], [], parse_data, timestamp=timestamp, message_id=message_id)


def actions_of(events: List[Event]) -> List[str]:
    return [e.action_name for e in events if isinstance(e, ActionExecuted)][1:]


def two_messages(first: str, then: str, intent: str = "faq", safety=None) -> List[Event]:
    """`first`, answered, then `then` a minute later."""
    return [
        said_at(first, "inform", "m1", 1_800_000_000.0),
        ActionExecuted("utter_default"),
        ActionExecuted("action_listen"),
        said_at(then, intent, "m2", 1_800_000_060.0, safety),
    ]


def test_a_treatment_time_from_an_earlier_message_raises_a_lasting_after_effect_with_its_chain(policy):
    events = after(policy, two_messages(TREATED_3_WEEKS_AGO, STILL_RED))
    assert actions_of(events)[-3:] == ["utter_safety_same_day", "action_open_handoff", "callback_form"]
    slots = slots_of(events)
    assert slots["safety_family"] == "infection"
    assert slots[ep.SLOT_LEVEL] == "same_day" and "infection" in slots[ep.SLOT_SITUATIONS]


def test_in_a_form_the_raised_reply_closes_the_form_before_the_ticket(policy):
    events: List[Event] = [
        said_at(TREATED_3_WEEKS_AGO, "inform", "m1", 1_800_000_000.0),
        ActionExecuted("booking_form"),
        ActiveLoop("booking_form"),
        ActionExecuted("action_listen"),
        said_at(STILL_RED, "inform", "m2", 1_800_000_060.0),
    ]
    for _ in range(4):  # as Rasa's processor runs them; action_deactivate_loop closes the form
        action, prediction = predicted(policy, tracker(*events))
        events += [*prediction.events, *prediction.optional_events, ActionExecuted(action)]
        if action == "action_deactivate_loop":
            events.append(ActiveLoop(None))
    assert actions_of(events)[-4:] == [
        "utter_safety_same_day",
        "action_deactivate_loop",
        "action_open_handoff",
        "callback_form",
    ]


def test_inside_its_window_an_after_effect_is_left_to_the_rules(policy):
    action, prediction = predicted(
        policy, tracker(*two_messages("had it done yesterday", "my skin is a bit red with tiny bumps, is that normal?"))
    )
    assert action is None and not slots_of(prediction.events + prediction.optional_events)


def test_an_earlier_treatment_time_never_lowers_an_emergency(policy):
    lips = "my lips are swelling and the redness is still there"
    events = after(policy, two_messages(TREATED_3_WEEKS_AGO, lips, "safety_emergency", ANAPHYLAXIS))
    replies = actions_of(events)
    assert "utter_safety_emergency" in replies and "utter_safety_same_day" not in replies
    assert slots_of(events)[ep.SLOT_LEVEL] == "emergency"
