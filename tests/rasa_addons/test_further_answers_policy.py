"""FurtherAnswersPolicy gives the second and third answers of a message after the rules gave
the first, on real Rasa trackers and the project's domain, and stays out of everything else."""

from __future__ import annotations

import time
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
from rasa_addons.further_answers_policy import FurtherAnswersPolicy, next_step

ROOT = Path(__file__).resolve().parents[2]


@cache
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain"))


@pytest.fixture
def policy(tmp_path) -> FurtherAnswersPolicy:
    return FurtherAnswersPolicy(
        FurtherAnswersPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("further_answers"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def asked(intent: str, further: List[str]) -> UserUttered:
    parse_data = {"text": "two questions", "intent": {"name": intent, "confidence": 0.9}, "entities": [],
                  "further_answers": further}  # fmt: skip
    return UserUttered("two questions", parse_data["intent"], [], parse_data, timestamp=time.time())


def tracker(*events: Event) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("p1", [ActionExecuted("action_listen"), *events], domain().slots)


def predicted(policy: FurtherAnswersPolicy, tracker_: DialogueStateTracker) -> str | None:
    probabilities = policy.predict_action_probabilities(tracker_, domain()).probabilities
    best = max(range(len(probabilities)), key=probabilities.__getitem__)
    return domain().action_names_or_texts[best] if probabilities[best] > 0 else None


def test_after_the_first_answer_the_others_follow_then_it_listens(policy):
    message = asked("faq", ["faq/pain_numbing", "ask_price"])
    assert predicted(policy, tracker(message)) is None  # the rules give the first answer
    turn = [message, ActionExecuted("utter_faq")]
    assert predicted(policy, tracker(*turn)) == "utter_faq/pain_numbing"
    turn.append(ActionExecuted("utter_faq/pain_numbing"))
    assert predicted(policy, tracker(*turn)) == "action_answer_price"
    turn.append(ActionExecuted("action_answer_price"))
    assert predicted(policy, tracker(*turn)) == "action_listen"


def test_on_the_first_message_the_disclaimer_comes_before_the_first_answer(policy):
    message = asked("faq", ["faq/aftercare_exercise"])
    turn = [message, ActionExecuted("utter_disclaimer"), ActionExecuted("utter_faq")]
    assert predicted(policy, tracker(*turn)) == "utter_faq/aftercare_exercise"
    turn.append(ActionExecuted("utter_faq/aftercare_exercise"))
    assert predicted(policy, tracker(*turn)) == "action_listen"


def test_a_clinic_question_first_then_an_faq_topic(policy):
    message = asked("ask_location", ["faq/what_is"])
    assert predicted(policy, tracker(message, ActionExecuted("action_answer_location"))) == "utter_faq/what_is"


def test_nothing_when_the_message_asked_one_thing(policy):
    assert predicted(policy, tracker(asked("faq", []), ActionExecuted("utter_faq"))) is None


def test_nothing_after_a_safety_reply(policy):
    # The safety screen turned the message into an escalation: its frame is the only one.
    message = asked("safety_same_day", ["faq/downtime"])
    assert predicted(policy, tracker(message, ActionExecuted("utter_safety_same_day"))) is None


def test_nothing_during_a_safety_episode(policy):
    episode = [SlotSet(ep.SLOT_LEVEL, ep.EMERGENCY), SlotSet(ep.SLOT_ID, "m1"), SlotSet(ep.SLOT_STARTED, time.time())]
    message = asked("faq", ["faq/downtime"])
    assert predicted(policy, tracker(*episode, message, ActionExecuted("utter_faq"))) is None


def test_nothing_inside_a_form(policy):
    form = [ActiveLoop("booking_form")]
    message = asked("faq", ["faq/downtime"])
    assert predicted(policy, tracker(*form, message, ActionExecuted("utter_faq"))) is None


def test_a_turn_that_went_another_way_is_left_alone():
    # Something other than the expected chain ran (e.g. a rule started a handoff).
    assert next_step("faq", ["faq/hair"], ("utter_faq", "utter_human_contact")) is None
    assert next_step("faq", ["faq/hair"], ("action_open_handoff",)) is None
    assert next_step("faq", ["faq/hair"], ("utter_faq", "utter_faq/hair", "utter_anything_else")) is None
    assert next_step("request_booking", ["faq/hair"], ("booking_form",)) is None


def test_a_further_answer_equal_to_the_first_is_not_repeated():
    assert next_step("ask_price", ["ask_price"], ("action_answer_price",)) is None


def test_each_clinic_question_is_answered_by_the_action_its_rule_runs():
    import yaml

    from assistant.questions import CLINIC_QUESTION_INTENTS
    from rasa_addons.further_answers_policy import CLINIC_ACTIONS

    ruled = {}
    for rule in yaml.safe_load((ROOT / "data" / "rules" / "clinic.yml").read_text())["rules"]:
        steps = rule["steps"]
        if len(steps) == 2 and "intent" in steps[0] and "action" in steps[1]:
            ruled[steps[0]["intent"]] = steps[1]["action"]
    assert set(CLINIC_ACTIONS) == CLINIC_QUESTION_INTENTS
    assert CLINIC_ACTIONS == {intent: ruled[intent] for intent in CLINIC_ACTIONS}
