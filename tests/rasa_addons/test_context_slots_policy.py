"""ContextSlotsPolicy records the context slots once per patient message, chooses no action,
and leaves slots that did not change alone; on real Rasa trackers and the project's domain."""

from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.events import ActionExecuted, SlotSet

from assistant.conversation_context import SLOT_CURRENT_TOPIC, SLOT_TREATED_ON
from rasa_addons.context_slots_policy import ContextSlotsPolicy
from tests.rasa_addons.test_follow_up_policy import domain, said, tracker


@pytest.fixture
def policy(tmp_path) -> ContextSlotsPolicy:
    return ContextSlotsPolicy(
        ContextSlotsPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("context_slots"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def test_the_domain_has_the_slots():
    names = {slot.name for slot in domain().slots}
    assert {SLOT_CURRENT_TOPIC, SLOT_TREATED_ON, "treatment", "clinic_location", "practitioner"} <= names


def test_a_question_with_a_treatment_date_sets_both_and_chooses_nothing(policy):
    prediction = policy.predict_action_probabilities(
        tracker(said("had meso 2 days ago, how long does redness last", "faq", "faq/side_effects")), domain()
    )
    assert max(prediction.probabilities) == 0
    slots = {e.key: e.value for e in prediction.events if isinstance(e, SlotSet)}
    assert slots[SLOT_CURRENT_TOPIC] == "faq/side_effects"
    assert SLOT_TREATED_ON in slots


def test_events_only_on_the_first_prediction_of_a_turn(policy):
    asked = tracker(said("how much is it", "ask_price"), ActionExecuted("action_answer_price"))
    assert policy.predict_action_probabilities(asked, domain()).events == []


def test_an_unchanged_topic_is_not_set_again_and_small_talk_keeps_it(policy):
    before = [
        said("how much is it", "ask_price"),
        SlotSet(SLOT_CURRENT_TOPIC, "ask_price"),
        ActionExecuted("action_listen"),
    ]
    assert (
        policy.predict_action_probabilities(tracker(*before, said("and in york", "ask_price")), domain()).events == []
    )
    assert policy.predict_action_probabilities(tracker(*before, said("thanks", "thank")), domain()).events == []
