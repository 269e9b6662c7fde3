"""Sends questions about who does what at this clinic to the practitioners answer.

Runs after the entity extractors (the clinic's names as lookup tables) and the
classifiers, before InputGuard and the safety screen, which can still override
it (assistant/named_questions.py says why).
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_NAME_KEY, RESPONSE_SELECTOR, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.clinic.names import ENTITY_PRACTITIONER
from assistant.named_questions import intent_for_named_question, named_formally
from rasa_addons.message_edits import set_intent


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class NamedPractitionerQuestions(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> NamedPractitionerQuestions:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            entities = message.get(ENTITIES) or []
            names = [entity.get("entity") for entity in entities]
            text = message.get(TEXT) or ""
            spans = [(e["start"], e["end"]) for e in entities if e.get("entity") == ENTITY_PRACTITIONER and "end" in e]
            chosen = intent_for_named_question(
                intent, faq_topic(message), names, text, formally=named_formally(text, spans)
            )
            if chosen is not None:
                set_intent(message, chosen)
        return messages


def faq_topic(message: Message) -> str | None:
    """The FAQ topic the classifier chose (`faq/<topic>`), as the ResponseSelector format gives it."""
    selected = (message.get(RESPONSE_SELECTOR) or {}).get("faq") or {}
    return (selected.get("response") or {}).get("intent_response_key")
