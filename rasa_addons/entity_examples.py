"""Training examples written only to teach the entity extractor where names appear.

data/nlu/entities.yml holds sentences annotated with many made-up names and
places ("is [dr nkemelu](practitioner) in on friday"), under the intent each
belongs to but marked `metadata: {entities_only: true}`. They are chosen for the
contexts names come in, not for how often patients ask each question, so the
intent classifiers leave them out: they would tilt the intents towards the
questions that name people and places, and their figures are tuned without them.
"""

from __future__ import annotations

from typing import Iterable, List

from rasa.shared.nlu.training_data.message import Message

ENTITIES_ONLY = "entities_only"


def entities_only(message: Message) -> bool:
    metadata = message.get("metadata") or {}
    intent_metadata = metadata.get("intent") if isinstance(metadata, dict) else None
    return isinstance(intent_metadata, dict) and bool(intent_metadata.get(ENTITIES_ONLY))


def for_intents(examples: Iterable[Message]) -> List[Message]:
    """The examples an intent classifier learns from."""
    return [example for example in examples if not entities_only(example)]
