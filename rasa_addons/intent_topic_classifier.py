"""One classifier for intents and FAQ topics, on n-grams and sentence embeddings.

Replaces the pair "logistic-regression intent classifier + TensorFlow
ResponseSelector". Every training example is labelled with its full intent:
an intent such as `ask_price`, or an FAQ topic such as `faq/downtime`. One
multinomial logistic regression learns all of them at once from

- word uni- and bigrams and character 2-4-grams of the lemmatised text
  (assistant/nlp.py, as the tokenizer gives them), counted here with the
  vocabulary learnt at training, given sub-linear tf-idf weights and scaled to
  length 1, so that a long message does not outweigh the embedding; and
- the sentence encoder's embedding (the message's dense sentence features
  from SentenceEncoderFeaturizer, or the encoder itself for a part of it).

The classifier counts n-grams itself (instead of Rasa's CountVectorsFeaturizer)
so that it can also read each part of a message that asks two or three things
(assistant/questions.py): a part confident of an answer of its own becomes a
further answer (`further_answers` in the parse data, which
rasa_addons/further_answers_policy.py gives after the first).

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
  in the ResponseSelector's format (`utter_action` names the response);
- `further_answers`: labels of further questions in the message, in order.

A message in another language that rasa_addons/language_gloss.py read into
English words (`english_gloss`) is also classified by that gloss alone, into
`gloss_answer` (not in the parse output): the best label, its probability and
its response_selector. The message's own prediction is left as it is; the
input guard decides whether to answer with the gloss's reading.

The model is stored as plain arrays (`.npz`, no pickle) and applied with
numpy: softmax(x . W + b), as scikit-learn's multinomial model predicts.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, fields
from functools import cached_property
from typing import Any, Dict, List, Sequence, Tuple

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
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from assistant.nlp import words
from assistant.questions import announced_question, choose_answers, split_questions
from assistant.semantic import get_encoder
from rasa_addons.entity_examples import for_intents

# Rasa's recipe validator expects its own ResponseSelector for retrieval intents and would warn
# at every training that the FAQ examples go unused; this classifier learns them.
warnings.filterwarnings("ignore", message="You have defined training data with examples for training a response sel")

RETRIEVAL_SEPARATOR = "/"
RESPONSE_SELECTOR_KEY = "response_selector"
FURTHER_ANSWERS_KEY = "further_answers"
GLOSS_KEY = "english_gloss"  # set by rasa_addons.language_gloss
GLOSS_ANSWER_KEY = "gloss_answer"
MODEL_FILE = "intent_topic_classifier.npz"


@dataclass(frozen=True)
class FittedModel:
    """Everything prediction needs, as arrays."""

    labels: np.ndarray  # (n_labels,) full intents, e.g. "greet", "faq/downtime"
    weights: np.ndarray  # (n_features, n_labels), float32
    bias: np.ndarray  # (n_labels,)
    idf: np.ndarray  # (n_sparse_features,) idf weights of the sparse columns
    word_vocabulary: np.ndarray  # word n-grams, in column order
    char_vocabulary: np.ndarray  # character n-grams, in column order (after the words)

    # Built once per loaded model: a vectorizer turns its vocabulary into a dict of
    # some 15,000 entries, which per message cost more than the classification.
    @cached_property
    def _words(self) -> CountVectorizer:
        return word_vectorizer(self.word_vocabulary)

    @cached_property
    def _chars(self) -> CountVectorizer:
        return char_vectorizer(self.char_vocabulary)

    def sparse_counts(self, texts: Sequence[str]) -> sparse.csr_matrix:
        lemmas = [lemmatised(text) for text in texts]
        return sparse.hstack([self._words.transform(lemmas), self._chars.transform(lemmas)]).tocsr()

    def probabilities(self, features: sparse.csr_matrix) -> np.ndarray:
        scores = np.asarray(features @ self.weights) + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)


def lemmatised(text: str) -> str:
    return " ".join(word.lemma for word in words(text))


def word_vectorizer(vocabulary: np.ndarray | None = None) -> CountVectorizer:
    # Tokens are split on spaces only: the lemmatiser already split the words.
    return CountVectorizer(
        ngram_range=(1, 2),
        token_pattern=r"\S+",
        lowercase=True,
        vocabulary=None if vocabulary is None else {str(t): i for i, t in enumerate(vocabulary)},
    )


def char_vectorizer(vocabulary: np.ndarray | None = None, max_features: int | None = None) -> CountVectorizer:
    return CountVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 4),
        lowercase=True,
        max_features=max_features,
        vocabulary=None if vocabulary is None else {str(t): i for i, t in enumerate(vocabulary)},
    )


def vocabulary_of(vectorizer: CountVectorizer) -> np.ndarray:
    terms = sorted(vectorizer.vocabulary_.items(), key=lambda item: item[1])
    return np.asarray([term for term, _ in terms], dtype=str)


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


def message_embeddings(messages: Sequence[Message]) -> np.ndarray:
    """The featurizer's sentence embedding of each message; the encoder's for any without one."""
    dense = [message.get_dense_features(TEXT)[1] for message in messages]
    missing = [i for i, d in enumerate(dense) if d is None]
    encoded = get_encoder().encode([messages[i].get(TEXT) for i in missing]) if missing else None
    rows = []
    for index, features in enumerate(dense):
        if features is None:
            rows.append(np.asarray(encoded[missing.index(index)], dtype=np.float32))
        else:
            rows.append(np.asarray(features.features, dtype=np.float32).reshape(-1))
    return np.vstack(rows)


def split_label(label: str) -> tuple[str, str | None]:
    intent, _, topic = label.partition(RETRIEVAL_SEPARATOR)
    return intent, (topic or None)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class IntentAndTopicClassifier(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {
            # Inverse regularisation strength; chosen by 3-fold CV (encoder_classifiers.md).
            "C": 10.0,
            "max_iter": 2000,
            # The character n-gram vocabulary is capped: beyond this, rare n-grams add
            # training time and memory but no accuracy.
            "max_char_ngrams": 12000,
            # How many FAQ topics the response_selector ranking lists (for "did you mean").
            "topic_ranking_length": 5,
        }

    def __init__(
        self,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: FittedModel | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> IntentAndTopicClassifier:
        return cls(config, model_storage, resource)

    # Features -----------------------------------------------------------------

    @staticmethod
    def _features(model_counts: sparse.csr_matrix, idf: np.ndarray, embeddings: np.ndarray) -> sparse.csr_matrix:
        return sparse.hstack([weighted_sparse(model_counts, idf), sparse.csr_matrix(embeddings)]).tocsr()

    # Training -----------------------------------------------------------------

    def train(self, training_data: TrainingData) -> Resource:
        # Examples written only for the entity extractor are not questions to learn (entity_examples.py).
        examples = [e for e in for_intents(training_data.intent_examples) if e.get(INTENT) and e.get(TEXT)]
        labels = [e.get_full_intent() for e in examples]
        if len(set(labels)) < 2:
            raise ValueError("IntentAndTopicClassifier needs at least two intents to learn")
        lemmas = [lemmatised(e.get(TEXT)) for e in examples]
        word_vocabulary = vocabulary_of(word_vectorizer().fit(lemmas))
        char_vocabulary = vocabulary_of(char_vectorizer(max_features=int(self.config["max_char_ngrams"])).fit(lemmas))
        vocabulary_only = FittedModel(
            labels=np.asarray([], dtype=str),
            weights=np.zeros((0, 0), dtype=np.float32),
            bias=np.zeros(0, dtype=np.float32),
            idf=np.zeros(0, dtype=np.float32),
            word_vocabulary=word_vocabulary,
            char_vocabulary=char_vocabulary,
        )
        counts = vocabulary_only.sparse_counts([e.get(TEXT) for e in examples])
        idf = idf_weights(counts)
        regression = LogisticRegression(C=float(self.config["C"]), max_iter=int(self.config["max_iter"]))
        regression.fit(self._features(counts, idf, message_embeddings(examples)), labels)
        self._model = FittedModel(
            labels=np.asarray(regression.classes_, dtype=str),
            weights=np.asarray(regression.coef_.T, dtype=np.float32, order="C"),
            bias=np.asarray(regression.intercept_, dtype=np.float32),
            idf=idf,
            word_vocabulary=word_vocabulary,
            char_vocabulary=char_vocabulary,
        )
        self.persist()
        return self._resource

    def persist(self) -> None:
        assert self._model is not None
        with self._model_storage.write_to(self._resource) as directory:
            np.savez(directory / MODEL_FILE, **{f.name: getattr(self._model, f.name) for f in fields(FittedModel)})

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> IntentAndTopicClassifier:
        try:
            with model_storage.read_from(resource) as directory:
                with np.load(directory / MODEL_FILE, allow_pickle=False) as arrays:
                    model = FittedModel(**{f.name: arrays[f.name] for f in fields(FittedModel)})
        except (ValueError, FileNotFoundError):
            # Rasa loads untrained components too (e.g. a pipeline without NLU data).
            model = None
        return cls(config, model_storage, resource, model)

    # Prediction ---------------------------------------------------------------

    def _probabilities(self, texts: Sequence[str], embeddings: np.ndarray) -> np.ndarray:
        assert self._model is not None
        counts = self._model.sparse_counts(texts)
        return self._model.probabilities(self._features(counts, self._model.idf, embeddings))

    def process(self, messages: List[Message]) -> List[Message]:
        usable = [m for m in messages if isinstance(m.get(TEXT), str) and m.get(TEXT).strip()]
        usable_ids = {id(m) for m in usable}
        for message in messages:
            # Every message gets an intent, as Rasa's classifiers give one: the
            # FallbackClassifier after this reads it, and the input guard answers an
            # empty message.
            if id(message) not in usable_ids or self._model is None:
                message.set(INTENT, {"name": None, "confidence": 0.0}, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [], add_to_output=True)
        if self._model is None or not usable:
            return messages
        probabilities = self._probabilities([m.get(TEXT) for m in usable], message_embeddings(usable))
        for message, row in zip(usable, probabilities, strict=True):
            self._annotate(message, row)
        self._classify_glosses(usable)
        return messages

    def _classify_glosses(self, messages: Sequence[Message]) -> None:
        glossed = [m for m in messages if (m.get(GLOSS_KEY) or {}).get("text")]
        if not glossed:
            return
        texts = [m.get(GLOSS_KEY)["text"] for m in glossed]
        rows = self._probabilities(texts, get_encoder().encode(texts))
        for message, row in zip(glossed, rows, strict=True):
            label, confidence = self._best(row)
            topics: Dict[str, List[Dict[str, Any]]] = {}
            for index in np.argsort(-row):
                intent, topic = split_label(str(self._model.labels[index]))
                if topic is not None:
                    topics.setdefault(intent, []).append(
                        {"intent_response_key": str(self._model.labels[index]), "confidence": float(row[index])}
                    )
            message.set(
                GLOSS_ANSWER_KEY,
                {
                    "language": message.get(GLOSS_KEY)["language"],
                    "label": label,
                    "confidence": confidence,
                    RESPONSE_SELECTOR_KEY: self._selector_output(topics) if topics else None,
                },
            )

    def _best(self, row: np.ndarray) -> Tuple[str, float]:
        assert self._model is not None
        index = int(row.argmax())
        return str(self._model.labels[index]), float(row[index])

    def _annotate(self, message: Message, row: np.ndarray) -> None:
        assert self._model is not None
        text = message.get(TEXT)
        announced = announced_question(text)
        if announced is not None:
            # "...long story... anyway my actual question is X": X is read on its own.
            text = announced
            row = self._probabilities([announced], get_encoder().encode([announced]))[0]
        parts = split_questions(text)
        main: Tuple[str, float] | None = None
        further: List[str] = []
        if len(parts) > 1:
            part_rows = self._probabilities(parts, get_encoder().encode(parts))
            main, further = choose_answers(self._best(row), [self._best(r) for r in part_rows])
            if main is not None:
                # The message was small talk around one question: that question's own
                # probabilities decide the answer and its ranking.
                row = part_rows[[self._best(r) for r in part_rows].index(main)]
        self._set_prediction(message, row)
        message.set(FURTHER_ANSWERS_KEY, further, add_to_output=True)

    def _set_prediction(self, message: Message, row: np.ndarray) -> None:
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
