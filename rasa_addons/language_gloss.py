"""Reads a message in another language into English words for the classifier.

For a message that assistant.input_checks takes for Spanish, French, German,
Polish, Italian or Portuguese, this puts its gloss (assistant/glossary.py) on
the message as `english_gloss` (not part of the parse output). The classifier
then also classifies the gloss, alone, and the input guard decides whether that
reading is confident enough to answer the message in English with a note in
the patient's language. The message's own text, its features and the
classifier's reading of it are left as they are, so the safety screen reads
exactly what it read before.

Runs before the classifier; training data passes through untouched.
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant import glossary
from assistant.glossary import LANGUAGES, Gloss, gloss
from assistant.input_checks import InputProblem, find_input_problem, likely_language, prepare

GLOSS_KEY = "english_gloss"


def gloss_of(text: str | None) -> Gloss | None:
    """The message's usable gloss, or None (English, another language, or too little read).

    Stop words tell Spanish from Italian or Portuguese poorly ("Siete aperti la
    domenica?" has Spanish stop words too), so every glossary reads the message and
    the one that understands most of it wins; the stop-word guess breaks ties."""
    if find_input_problem(text) is not InputProblem.OTHER_LANGUAGE:
        return None
    likely = likely_language(text or "")
    if likely not in LANGUAGES:
        return None
    readings = [read for read in (gloss(text or "", language) for language in LANGUAGES) if read is not None]
    best = max(
        readings,
        key=lambda r: (2 * r.understood - r.content_words, r.subject_words, r.language == likely),
    )
    return best if best.usable else None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class LanguageGloss(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageGloss:
        prepare()
        glossary.prepare()
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            read = gloss_of(message.get(TEXT))
            if read is not None:
                message.set(GLOSS_KEY, {"language": read.language, "text": read.english})
        return messages
