"""Gives empty, wordless, over-long and non-English messages their own intent.

A message in another language gets `other_language` (the English-only reply
with the clinic's phone number), unless its English gloss
(rasa_addons/language_gloss.py) was read confidently as a question the
assistant answers: an FAQ topic or a clinic question. Then the message takes
that answer's intent (and FAQ topic), and the entity `message_language` tells
the dialogue (rasa_addons/other_language_policy.py) to say first, in the
patient's language, that the answer is in English and that the clinic helps
in their language by phone. The safety screen runs after this and still
overrides any of it.
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.input_checks import InputProblem, find_input_problem, prepare
from assistant.reply_emoji import reply_emoji_intent
from rasa_addons.further_answers_policy import CLINIC_ACTIONS
from rasa_addons.intent_topic_classifier import (
    FURTHER_ANSWERS_KEY,
    GLOSS_ANSWER_KEY,
    RESPONSE_SELECTOR_KEY,
    split_label,
)
from rasa_addons.message_edits import add_entity, set_intent

INTENT_INPUT_PROBLEM = "input_problem"
INTENT_OTHER_LANGUAGE = "other_language"
ENTITY_INPUT_PROBLEM = "input_problem"
ENTITY_MESSAGE_LANGUAGE = "message_language"

# What a glossed message may be answered as: an FAQ topic, a clinic question, or a
# booking request. Never a safety intent, a worry, small talk or a booking change.
GLOSS_ANSWERABLE = frozenset({"faq", "request_booking", *CLINIC_ACTIONS})


def gloss_answer(message: Message, min_confidence: float) -> Dict[str, Any] | None:
    """The classifier's reading of the message's English gloss, when it is an
    answerable label given with at least `min_confidence`; else None."""
    answer = message.get(GLOSS_ANSWER_KEY)
    if not answer:
        return None
    intent, topic = split_label(str(answer.get("label") or ""))
    if intent not in GLOSS_ANSWERABLE or (intent == "faq" and topic is None):
        return None
    if float(answer.get("confidence") or 0.0) < min_confidence:
        return None
    return answer


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class InputGuard(GraphComponent):
    """Runs after the classifiers and overrides their guess when the message
    cannot be classified meaningfully (see assistant.input_checks)."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        # The gloss's reading is answered from this probability on. Higher than the
        # fallback threshold (0.3): a gloss is a rough reading, and a wrong answer
        # costs more than the English-only reply (bench/results/nlu_other_languages.md).
        return {"gloss_min_confidence": 0.5}

    def __init__(self, config: Dict[str, Any] | None = None) -> None:
        self._min_confidence = float({**self.get_default_config(), **(config or {})}["gloss_min_confidence"])

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> InputGuard:
        prepare()  # at model load, not in the first patient's turn
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            emoji_reply = reply_emoji_intent(message.get(TEXT))
            if emoji_reply is not None:
                set_intent(message, emoji_reply)  # 👍 is "ok", not an unreadable message
                continue
            problem = find_input_problem(message.get(TEXT))
            if problem is None:
                continue
            if problem is InputProblem.OTHER_LANGUAGE:
                answer = gloss_answer(message, self._min_confidence)
                if answer is None:
                    set_intent(message, INTENT_OTHER_LANGUAGE)
                else:
                    answer_in_english(message, answer)
            else:
                set_intent(message, INTENT_INPUT_PROBLEM)
                add_entity(message, ENTITY_INPUT_PROBLEM, problem.value, extractor="InputGuard")
        return messages


def answer_in_english(message: Message, answer: Dict[str, Any]) -> None:
    """Make the gloss's reading the message's answer, with its language as an
    entity. The classifier's ranking of the message's own text is kept below it
    (what the safety screen reads). Further answers are dropped: they were read
    in the foreign text, not in the gloss."""
    intent, _ = split_label(str(answer["label"]))
    chosen = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: float(answer["confidence"])}
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != intent]
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [chosen] + ranking, add_to_output=True)
    if answer.get(RESPONSE_SELECTOR_KEY):
        message.set(RESPONSE_SELECTOR_KEY, answer[RESPONSE_SELECTOR_KEY], add_to_output=True)
    message.set(FURTHER_ANSWERS_KEY, [], add_to_output=True)
    add_entity(message, ENTITY_MESSAGE_LANGUAGE, str(answer["language"]), extractor="InputGuard")
