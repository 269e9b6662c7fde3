"""Gives empty, wordless, over-long and non-English messages their own intent."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.input_checks import InputProblem, find_input_problem, prepare
from rasa_addons.message_edits import add_entity, set_intent

INTENT_INPUT_PROBLEM = "input_problem"
INTENT_OTHER_LANGUAGE = "other_language"
ENTITY_INPUT_PROBLEM = "input_problem"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class InputGuard(GraphComponent):
    """Runs after the classifiers and overrides their guess when the message
    cannot be classified meaningfully (see assistant.input_checks)."""

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> InputGuard:
        prepare()  # at model load, not in the first patient's turn
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            problem = find_input_problem(message.get(TEXT))
            if problem is None:
                continue
            if problem is InputProblem.OTHER_LANGUAGE:
                set_intent(message, INTENT_OTHER_LANGUAGE)
            else:
                set_intent(message, INTENT_INPUT_PROBLEM)
                add_entity(message, ENTITY_INPUT_PROBLEM, problem.value, extractor="InputGuard")
        return messages

