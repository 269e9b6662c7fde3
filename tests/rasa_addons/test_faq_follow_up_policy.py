"""FaqFollowUpPolicy sends "and for hair?" after a per-area general answer to the action that
answers it for hair, then listens, on real Rasa trackers and the project's domain (whose
answers it reads), and stays out of everything else."""

from __future__ import annotations

import time

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet

from assistant.handoff import episode as ep
from rasa_addons.faq_follow_up_policy import ACTION_ANSWER_FAQ_FOLLOW_UP, FaqFollowUpPolicy
from tests.rasa_addons.test_follow_up_policy import domain, predicted, said, tracker


@pytest.fixture
def policy(tmp_path) -> FaqFollowUpPolicy:
    return FaqFollowUpPolicy(
        FaqFollowUpPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("faq_follow_up"),
        ExecutionContext(GraphSchema({}), "test"),
    )


RESULTS_TURN = [
    said("how long will the results last", "faq", "faq/results_duration"),
    ActionExecuted("utter_faq"),
    ActionExecuted("action_listen"),
]


@pytest.mark.parametrize("read_as", [("faq", "faq/hair"), ("nlu_fallback", None), ("out_of_scope", None)])
def test_an_area_follow_up_gets_the_area_answer_then_it_listens(policy, read_as):
    asked = [*RESULTS_TURN, said("and what about the scalp?", *read_as)]
    assert predicted(policy, tracker(*asked)) == ACTION_ANSWER_FAQ_FOLLOW_UP
    assert predicted(policy, tracker(*asked, ActionExecuted(ACTION_ANSWER_FAQ_FOLLOW_UP))) == "action_listen"


def test_the_domain_has_the_action():
    assert ACTION_ANSWER_FAQ_FOLLOW_UP in domain().action_names_or_texts


@pytest.mark.parametrize(
    "earlier",
    [
        [said("what is it", "faq", "faq/what_is"), ActionExecuted("utter_faq"), ActionExecuted("action_listen")],
        [said("how much is it", "ask_price"), ActionExecuted("action_answer_price"), ActionExecuted("action_listen")],
        [],
    ],
)
def test_after_other_questions_the_message_is_left_to_the_other_policies(policy, earlier):
    assert predicted(policy, tracker(*earlier, said("and what about the scalp?", "faq", "faq/hair"))) is None


@pytest.mark.parametrize("intent", ["safety_same_day", "request_booking", "affirm", "ask_price"])
def test_it_never_overrides_safety_bookings_answers_or_clinic_questions(policy, intent):
    assert predicted(policy, tracker(*RESULTS_TURN, said("and what about the scalp?", intent))) is None


def test_a_button_payload_is_never_read_as_a_follow_up(policy):
    assert predicted(policy, tracker(*RESULTS_TURN, said("/faq", "faq", "faq/hair"))) is None


def test_it_stays_out_of_forms_and_safety_episodes(policy):
    asked = [*RESULTS_TURN, said("and for the scalp", "faq", "faq/hair")]
    assert predicted(policy, tracker(ActiveLoop("booking_form"), *asked)) is None
    episode = [SlotSet(ep.SLOT_LEVEL, ep.EMERGENCY), SlotSet(ep.SLOT_ID, "m1"), SlotSet(ep.SLOT_STARTED, time.time())]
    assert predicted(policy, tracker(*episode, *asked)) is None


def test_another_answer_given_by_the_rules_is_theirs_to_finish(policy):
    asked = [*RESULTS_TURN, said("and for the scalp", "faq", "faq/hair"), ActionExecuted("utter_faq")]
    assert predicted(policy, tracker(*asked)) is None
