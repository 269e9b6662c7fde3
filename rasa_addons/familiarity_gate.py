"""Holds back an answer to a question unlike anything it was written for (assistant/familiarity.py).

Runs after the FallbackClassifier. It learns nothing but keeps the sentence
encoder's embedding of every training example with its label (intent, or FAQ
topic as `faq/<topic>`), stored as plain arrays (`.npz`, no pickle). For each
message it takes the classifier's best answer (assistant/clarify.ranked_labels,
the same ranking "did you mean" offers), measures how close the message is to
that answer's examples, and records it in the parse data as `familiarity`
(label, similarity, held_back): what a transcript or the calibration
(bench/calibrate_familiarity.py, which undoes the gate's own decision) reads.

A held-back answer becomes `nlu_fallback`, put first in the ranking exactly as
Rasa's FallbackClassifier does, so the rules, "did you mean" and the
"I'm not sure" turns work unchanged. Never checked: a message the fallback
already caught, one whose parts were answered separately (`further_answers`,
each part already had to be sure of its own answer), an elliptical follow-up
("and for hair?"), and labels that are not answers (small talk, forms, safety:
assistant/familiarity.is_checked).
"""

from __future__ import annotations

from typing import Any, Dict, List

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.clarify import ranked_labels
from assistant.familiarity import Familiarity, Gate, without_filler
from assistant.semantic import get_encoder
from rasa_addons.entity_examples import for_intents
from rasa_addons.intent_topic_classifier import message_embeddings

MODEL_FILE = "familiarity.npz"
FAMILIARITY_KEY = "familiarity"
FURTHER_ANSWERS_KEY = "further_answers"
RESPONSE_SELECTOR_KEY = "response_selector"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class FamiliarityGate(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        # Swept in bench/results/nlu_familiarity.md; config.yml sets the values in use.
        return {"min_similarity": 0.5, "below_probability": 0.9, "neighbours": 3}

    def __init__(
        self,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        familiarity: Familiarity | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._familiarity = familiarity
        self._gate = Gate(float(self.config["min_similarity"]), float(self.config["below_probability"]))

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FamiliarityGate:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        # Examples written only for the entity extractor are not questions to learn (entity_examples.py).
        examples = [e for e in for_intents(training_data.intent_examples) if e.get(INTENT) and e.get(TEXT)]
        labels = np.asarray([e.get_full_intent() for e in examples], dtype=str)
        embeddings = message_embeddings(examples) if examples else np.zeros((0, 0), np.float32)
        with self._model_storage.write_to(self._resource) as directory:
            # float16 halves the file; cosine similarities change in the fourth decimal.
            np.savez(directory / MODEL_FILE, labels=labels, embeddings=embeddings.astype(np.float16))
        self._familiarity = Familiarity(labels, embeddings, int(self.config["neighbours"]))
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> FamiliarityGate:
        merged = {**cls.get_default_config(), **config}
        try:
            with model_storage.read_from(resource) as directory:
                with np.load(directory / MODEL_FILE, allow_pickle=False) as arrays:
                    familiarity = Familiarity(
                        arrays["labels"], arrays["embeddings"].astype(np.float32), int(merged["neighbours"])
                    )
        except (ValueError, FileNotFoundError):
            familiarity = None  # an untrained pipeline (no NLU data): nothing to check against
        return cls(config, model_storage, resource, familiarity)

    def process(self, messages: List[Message]) -> List[Message]:
        if self._familiarity is None:
            return messages
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or not text.strip():
                continue
            parse = {
                INTENT_RANKING_KEY: message.get(INTENT_RANKING_KEY) or [],
                RESPONSE_SELECTOR_KEY: message.get(RESPONSE_SELECTOR_KEY) or {},
            }
            ranked = ranked_labels(parse)
            if not ranked:
                continue
            label, probability = ranked[0]
            similarity = self._familiarity.similarity(label, message_embeddings([message])[0])
            core = without_filler(text)
            if core != text.strip():
                # The question without "ok so ... then": the better of the two readings counts.
                core_vector = get_encoder().encode([core])[0]
                similarity = max(similarity, self._familiarity.similarity(label, core_vector))
            already_unsure = (message.get(INTENT) or {}).get("name") == DEFAULT_NLU_FALLBACK_INTENT_NAME
            held_back = (
                not already_unsure
                and not message.get(FURTHER_ANSWERS_KEY)
                and self._gate.holds_back(label, probability, similarity, text)
            )
            message.set(
                FAMILIARITY_KEY,
                {"label": label, "similarity": round(similarity, 4), "held_back": held_back},
                add_to_output=True,
            )
            if held_back:
                fallback = {"name": DEFAULT_NLU_FALLBACK_INTENT_NAME, "confidence": probability}
                message.set(INTENT, fallback, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [fallback, *parse[INTENT_RANKING_KEY]], add_to_output=True)
        return messages
