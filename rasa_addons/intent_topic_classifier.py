"""One classifier for intents and FAQ topics, on n-grams and sentence embeddings.

Replaces the pair "logistic-regression intent classifier + TensorFlow
ResponseSelector". Every training example is labelled with its full intent:
an intent such as `ask_price`, or an FAQ topic such as `faq/downtime`. One
multinomial logistic regression learns all of them at once from

- the sparse sentence features (word and character n-gram counts), given
  sub-linear tf-idf weights and scaled to length 1 here, so that a long
  message does not outweigh the embedding; and
- the dense sentence features of the sentence encoder (length 1 already).

Why one flat classifier: a question is either answered by one FAQ topic or
by one intent, and the probability of that single answer is what decides
whether to give it ("I'm not sure" below the fallback threshold). With two
stages, a confident `faq` followed by an unsure topic still answered. It is
also more accurate and trains in seconds instead of minutes (3-fold CV and the
real-phrasing set: bench/results/encoder_classifiers.md).

Output, as Rasa's own components give it, so rules, the FallbackClassifier
and `utter_faq` work unchanged:
- `intent`: the intent of the best label, with that label's probability;
- `intent_ranking`: each intent once, with its best label's probability;
- `response_selector["faq"]`: the best FAQ topic and a ranking of topics,
  in the ResponseSelector's format (`utter_action` names the response).

The model is stored as plain arrays (`.npz`, no pickle) and applied with
numpy: softmax(x . W + b), as scikit-learn's multinomial model predicts.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy import sparse
from sklearn.linear_model import LogisticRegression

# Rasa's recipe validator expects its own ResponseSelector for retrieval intents and would warn
# at every training that the FAQ examples go unused; this classifier learns them.
warnings.filterwarnings("ignore", message="You have defined training data with examples for training a response sel")

RETRIEVAL_SEPARATOR = "/"
RESPONSE_SELECTOR_KEY = "response_selector"
MODEL_FILE = "intent_topic_classifier.npz"


@dataclass(frozen=True)
class FittedModel:
    """Everything prediction needs, as arrays."""

    labels: np.ndarray  # (n_labels,) full intents, e.g. "greet", "faq/downtime"
    weights: np.ndarray  # (n_features, n_labels), float32
    bias: np.ndarray  # (n_labels,)
    idf: np.ndarray  # (n_sparse_features,) idf weights of the sparse columns

    def probabilities(self, features: sparse.csr_matrix) -> np.ndarray:
        scores = np.asarray(features @ self.weights) + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)


def idf_weights(counts: sparse.csr_matrix) -> np.ndarray:
    """Smoothed inverse document frequency, as scikit-learn's TfidfTransformer computes it."""
    n_documents = counts.shape[0]
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    return (np.log((1 + n_documents) / (1 + document_frequency)) + 1).astype(np.float32)


def weighted_sparse(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Sub-linear tf-idf rows of length 1 (all-zero rows stay zero)."""
    weighted = counts.astype(np.float32).tocsr(copy=True)
    weighted.data = np.log1p(weighted.data)
    weighted = weighted @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1))).ravel()
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ weighted


def split_label(label: str) -> tuple[str, Optional[str]]:
    intent, _, topic = label.partition(RETRIEVAL_SEPARATOR)
    return intent, (topic or None)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class IntentAndTopicClassifier(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # Inverse regularisation strength; chosen by 3-fold CV (encoder_classifiers.md).
            "C": 10.0,
            "max_iter": 2000,
            # How many FAQ topics the response_selector ranking lists (for "did you mean").
            "topic_ranking_length": 5,
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: Optional[FittedModel] = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> IntentAndTopicClassifier:
        return cls(config, model_storage, resource)

    # Features -----------------------------------------------------------------

    @staticmethod
    def _sparse_counts(messages: Sequence[Message]) -> sparse.csr_matrix:
        rows = []
        for message in messages:
            sentence = message.get_sparse_features(TEXT)[1]
            if sentence is None:
                raise ValueError("IntentAndTopicClassifier needs sparse sentence features (a CountVectorsFeaturizer)")
            rows.append(sparse.csr_matrix(sentence.features))
        return sparse.vstack(rows).tocsr()

    @staticmethod
    def _dense(messages: Sequence[Message]) -> Optional[np.ndarray]:
        dense = [message.get_dense_features(TEXT)[1] for message in messages]
        if all(d is None for d in dense):
            return None
        if any(d is None for d in dense):
            raise ValueError("some messages lack dense sentence features")
        return np.vstack([np.asarray(d.features, dtype=np.float32).reshape(1, -1) for d in dense])

    def _features(self, messages: Sequence[Message], idf: np.ndarray) -> sparse.csr_matrix:
        parts = [weighted_sparse(self._sparse_counts(messages), idf)]
        dense = self._dense(messages)
        if dense is not None:
            parts.append(sparse.csr_matrix(dense))
        return sparse.hstack(parts).tocsr()

    # Training -----------------------------------------------------------------

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        labels = [e.get_full_intent() for e in examples]
        if len(set(labels)) < 2:
            raise ValueError("IntentAndTopicClassifier needs at least two intents to learn")
        idf = idf_weights(self._sparse_counts(examples))
        regression = LogisticRegression(C=float(self.config["C"]), max_iter=int(self.config["max_iter"]))
        regression.fit(self._features(examples, idf), labels)
        self._model = FittedModel(
            labels=np.asarray(regression.classes_, dtype=str),
            weights=np.asarray(regression.coef_.T, dtype=np.float32, order="C"),
            bias=np.asarray(regression.intercept_, dtype=np.float32),
            idf=idf,
        )
        self.persist()
        return self._resource

    def persist(self) -> None:
        assert self._model is not None
        with self._model_storage.write_to(self._resource) as directory:
            np.savez(
                directory / MODEL_FILE,
                labels=self._model.labels,
                weights=self._model.weights,
                bias=self._model.bias,
                idf=self._model.idf,
            )

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> IntentAndTopicClassifier:
        try:
            with model_storage.read_from(resource) as directory:
                with np.load(directory / MODEL_FILE, allow_pickle=False) as arrays:
                    model = FittedModel(
                        labels=arrays["labels"],
                        weights=arrays["weights"],
                        bias=arrays["bias"],
                        idf=arrays["idf"],
                    )
        except (ValueError, FileNotFoundError):
            # Rasa loads untrained components too (e.g. a pipeline without NLU data).
            model = None
        return cls(config, model_storage, resource, model)

    # Prediction ---------------------------------------------------------------

    def process(self, messages: List[Message]) -> List[Message]:
        usable = [m for m in messages if m.get(TEXT) and m.get_sparse_features(TEXT)[1] is not None]
        if self._model is None or not usable:
            return messages
        probabilities = self._model.probabilities(self._features(usable, self._model.idf))
        for message, row in zip(usable, probabilities, strict=True):
            self._annotate(message, row)
        return messages

    def _annotate(self, message: Message, row: np.ndarray) -> None:
        assert self._model is not None
        order = np.argsort(-row)
        ranking: Dict[str, float] = {}
        topics: Dict[str, List[Dict[str, Any]]] = {}
        for index in order:
            label, confidence = str(self._model.labels[index]), float(row[index])
            intent, topic = split_label(label)
            ranking.setdefault(intent, confidence)
            if topic is not None:
                topics.setdefault(intent, []).append({"intent_response_key": label, "confidence": confidence})
        best_intent, best_confidence = next(iter(ranking.items()))
        message.set(INTENT, {"name": best_intent, "confidence": best_confidence}, add_to_output=True)
        message.set(
            INTENT_RANKING_KEY,
            [{"name": name, "confidence": confidence} for name, confidence in ranking.items()],
            add_to_output=True,
        )
        if topics:
            message.set(RESPONSE_SELECTOR_KEY, self._selector_output(topics), add_to_output=True)

    def _selector_output(self, topics: Dict[str, List[Dict[str, Any]]]) -> Dict[str, Any]:
        length = int(self.config["topic_ranking_length"])
        output: Dict[str, Any] = {"all_retrieval_intents": sorted(topics)}
        for intent, ranked in topics.items():
            best = ranked[0]
            output[intent] = {
                "response": {
                    "responses": [],
                    "confidence": best["confidence"],
                    "intent_response_key": best["intent_response_key"],
                    "utter_action": f"utter_{best['intent_response_key']}",
                },
                "ranking": ranked[:length],
            }
        return output
