"""Small helpers for components that rewrite a parsed Message."""

from __future__ import annotations

from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message


def set_intent(message: Message, intent: str) -> None:
    """Make `intent` the message's certain intent, keeping the classifier's
    ranking below it for the record."""
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != intent]
    chosen = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [chosen] + ranking, add_to_output=True)


def add_entity(message: Message, name: str, value: str, extractor: str) -> None:
    """Attach an entity that does not come from the text itself (so it spans
    no characters)."""
    entity = {"entity": name, "value": value, "start": 0, "end": 0, "extractor": extractor}
    message.set(ENTITIES, list(message.get(ENTITIES) or []) + [entity], add_to_output=True)
