"""Dense sentence features from the pretrained sentence encoder (all-MiniLM-L6-v2).

Adds the message's 384-dimensional embedding (assistant/semantic, the encoder
the safety screen also uses) as dense *sentence* features of the text, beside
the sparse n-gram features. The embedding carries meaning that n-grams miss
("what can it fix" and "which problems does it help with" share no words), so
the classifiers after it generalise to phrasings not in the training data
(bench/results/encoder_classifiers.md).

No sequence features are produced: the classifiers after it read sentence
features only. The encoder's files come from the registry package installed by
`make setup`; nothing is downloaded. Training texts are encoded in one batched
call (a few seconds for the whole training set); at run time a message costs a
few milliseconds.
"""

from __future__ import annotations

from typing import Any, Dict, List

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.semantic import get_encoder


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEncoderFeaturizer(DenseFeaturizer, GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {**DenseFeaturizer.get_default_config()}

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceEncoderFeaturizer:
        return cls(execution_context.node_name, config)

    def process(self, messages: List[Message]) -> List[Message]:
        with_text = [m for m in messages if m.get(TEXT)]
        if with_text:
            embeddings = get_encoder().encode([m.get(TEXT) for m in with_text])
            for message, embedding in zip(with_text, embeddings, strict=True):
                self._add_embedding(message, embedding)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def _add_embedding(self, message: Message, embedding: np.ndarray) -> None:
        features = Features(
            np.asarray(embedding, dtype=np.float32).reshape(1, -1),
            FEATURE_TYPE_SENTENCE,
            TEXT,
            self._identifier,
        )
        message.add_features(features)

    @classmethod
    def validate_config(cls, config: Dict[str, Any]) -> None:
        """Nothing to check: the encoder is fixed by its package's pinned files."""
