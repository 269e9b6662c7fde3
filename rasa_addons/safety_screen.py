"""The safety screen inside the NLU pipeline: every message, in every
dialogue state (including the middle of a form), is assessed before the
dialogue policies see it.

Placed after InputGuard, so nothing after it can undo it. For each message
it asks assistant.safety's screen, combines that with the classifier's
second signal (assistant.handoff.escalation: the classifier's confident
worry intents can only raise the urgency, never lower or remove a finding),
and when there is an escalation:

- sets the intent to safety_emergency / safety_same_day / safety_review
  (confidence 1.0; the classifier's ranking is kept below it);
- adds the entity `safety_family` (the reply's wording family), which fills
  the slot the safety responses are conditioned on;
- puts the whole assessment under the message's `safety` key (urgency,
  family, situations, rows, triggers, source), which Rasa keeps in the
  tracker's parse_data for the action server, the reconciler and staff.

A safety intent the classifier guessed on its own is never let through
without the screen: below the threshold (or `safety_review`, which the
classifier alone never escalates) it becomes `report_concern` or the
classifier's next best intent.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.handoff.escalation import (
    CONCERN_INTENT,
    CONCERN_INTENTS,
    CONCERN_THRESHOLD,
    SAFETY_INTENTS,
    escalate,
    families,
)
from assistant.safety import SafetyScreen as Screen
from assistant.safety import shared_screen
from rasa_addons.message_edits import add_entity, set_intent

SAFETY_KEY = "safety"
ENTITY_FAMILY = "safety_family"
EXTRACTOR = "SafetyScreen"


def classifier_worry(message: Message) -> Tuple[str, float]:
    """The classifier's most confident worry intent (report_concern or a
    safety intent) and its confidence; ("report_concern", 0.0) if none."""
    best: Tuple[str, float] = (CONCERN_INTENT, 0.0)
    intent = message.get(INTENT) or {}
    for entry in [intent, *(message.get(INTENT_RANKING_KEY) or [])]:
        name = entry.get(INTENT_NAME_KEY)
        confidence = float(entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
        if name in CONCERN_INTENTS and confidence > best[1]:
            best = (name, confidence)
    return best


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyScreen(GraphComponent):
    """Runs assistant.safety's screen on every message; see the module docstring."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        # fallback_threshold: the FallbackClassifier's threshold in config.yml.
        return {"concern_threshold": CONCERN_THRESHOLD, "fallback_threshold": 0.4}

    def __init__(self, config: Dict[str, Any], screen: Screen | None = None) -> None:
        self._threshold = float(config.get("concern_threshold", CONCERN_THRESHOLD))
        self._fallback_threshold = float(config.get("fallback_threshold", 0.4))
        self._screen = screen if screen is not None else shared_screen()
        self._families = families()

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyScreen:
        return cls({**cls.get_default_config(), **config})

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._screen_message(message)
        return messages

    def _screen_message(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        worry, confidence = classifier_worry(message)
        escalation = escalate(
            self._screen.assess(text),
            confidence,
            worry,
            family_of=self._families,
            threshold=self._threshold,
        )
        if escalation is not None:
            set_intent(message, escalation.intent)
            add_entity(message, ENTITY_FAMILY, escalation.family, extractor=EXTRACTOR)
            message.set(SAFETY_KEY, escalation.as_dict(), add_to_output=True)
            return
        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        if intent in SAFETY_INTENTS:
            # The classifier alone guessed a safety intent: never let it through
            # without the screen. After a treatment, and unsure: a worry (a
            # cautious reply, no escalation); before one: its next best guess.
            if intent in CONCERN_INTENTS:
                set_intent(message, CONCERN_INTENT)
            else:
                name, confidence = next_best_intent(message, self._fallback_threshold)
                message.set(
                    INTENT, {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}, add_to_output=True
                )


def next_best_intent(message: Message, fallback_threshold: float) -> Tuple[str, float]:
    """The classifier's best intent that is not a safety intent, or
    nlu_fallback when that is below the fallback threshold."""
    for entry in message.get(INTENT_RANKING_KEY) or []:
        name = entry.get(INTENT_NAME_KEY)
        if name and name not in SAFETY_INTENTS and name != "nlu_fallback":
            confidence = float(entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
            if confidence >= fallback_threshold:
                return name, confidence
            break
    return "nlu_fallback", fallback_threshold
