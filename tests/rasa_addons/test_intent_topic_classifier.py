"""The encoder featurizer and the one classifier of intents and FAQ topics, run as Rasa runs
them (tokenizer, count vectors, encoder, classifier), on a small training set."""

from __future__ import annotations

from pathlib import Path
from typing import List, Tuple

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy import sparse

from rasa_addons.intent_topic_classifier import MODEL_FILE, IntentAndTopicClassifier, weighted_sparse
from rasa_addons.lemma_tokenizer import LemmaTokenizer
from rasa_addons.sentence_encoder_featurizer import SentenceEncoderFeaturizer

TRAINING: List[Tuple[str, str]] = [
    ("hello there", "greet"),
    ("hi", "greet"),
    ("good morning", "greet"),
    ("hey, anyone around?", "greet"),
    ("how much does it cost", "ask_price"),
    ("what is the price of a session", "ask_price"),
    ("how expensive is it", "ask_price"),
    ("what are your fees", "ask_price"),
    ("does it hurt", "faq/pain_numbing"),
    ("is the treatment painful", "faq/pain_numbing"),
    ("will i need numbing cream", "faq/pain_numbing"),
    ("how sore is it during the injections", "faq/pain_numbing"),
    ("how long until I see results", "faq/results_timing"),
    ("when will it start working", "faq/results_timing"),
    ("how soon do results show", "faq/results_timing"),
    ("after how many weeks do I notice a difference", "faq/results_timing"),
]


def _context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), "test")


class Pipeline:
    """Tokenizer -> count vectors -> encoder -> classifier, trained on TRAINING."""

    def __init__(self, storage_path: Path) -> None:
        self.storage = LocalModelStorage(storage_path)
        self.tokenizer = LemmaTokenizer.create({**LemmaTokenizer.get_default_config()}, self.storage,
                                               Resource("tok"), _context())
        self.counts = CountVectorsFeaturizer.create({**CountVectorsFeaturizer.get_default_config()}, self.storage,
                                                    Resource("cvf"), _context())
        self.encoder = SentenceEncoderFeaturizer.create({**SentenceEncoderFeaturizer.get_default_config()},
                                                        self.storage, Resource("enc"), _context())
        self.resource = Resource("intent_topic")
        self.classifier = IntentAndTopicClassifier.create({}, self.storage, self.resource, _context())
        data = TrainingData([Message.build(text=text, intent=label) for text, label in TRAINING])
        self.tokenizer.process_training_data(data)
        self.counts.train(data)
        self.counts.process_training_data(data)
        self.encoder.process_training_data(data)
        self.classifier.train(data)

    def featurise(self, text: str) -> Message:
        message = Message.build(text=text)
        self.tokenizer.process([message])
        self.counts.process([message])
        self.encoder.process([message])
        return message

    def parse(self, text: str, classifier: IntentAndTopicClassifier | None = None) -> Message:
        message = self.featurise(text)
        (classifier or self.classifier).process([message])
        return message


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory) -> Pipeline:
    return Pipeline(tmp_path_factory.mktemp("models"))


def test_the_encoder_adds_one_unit_length_sentence_vector(pipeline):
    message = pipeline.featurise("is it painful?")
    sequence, sentence = message.get_dense_features(TEXT)
    assert sequence is None
    assert sentence.features.shape == (1, 384)
    assert np.linalg.norm(sentence.features) == pytest.approx(1.0, abs=1e-4)


@pytest.mark.parametrize(
    "text, intent, topic",
    [
        # Paraphrases that share no content word with their training examples: the embedding carries them.
        ("ouch, is there any discomfort?", "faq", "faq/pain_numbing"),
        ("what will I pay", "ask_price", None),
        ("when can I expect to notice it working", "faq", "faq/results_timing"),
        ("hiya", "greet", None),
    ],
)
def test_unseen_phrasings_get_their_intent_and_topic(pipeline, text, intent, topic):
    message = pipeline.parse(text)
    assert message.get("intent")["name"] == intent
    if topic:
        response = message.get("response_selector")["faq"]["response"]
        assert response["intent_response_key"] == topic
        assert response["utter_action"] == f"utter_{topic}"
        # The intent's confidence is the probability of the one answer that will be given.
        assert response["confidence"] == pytest.approx(message.get("intent")["confidence"])


def test_the_ranking_lists_each_intent_once_best_first_and_topics_separately(pipeline):
    message = pipeline.parse("does it hurt much")
    ranking = message.get("intent_ranking")
    names = [r["name"] for r in ranking]
    assert sorted(names) == ["ask_price", "faq", "greet"]
    confidences = [r["confidence"] for r in ranking]
    assert confidences == sorted(confidences, reverse=True)
    topics = message.get("response_selector")["faq"]["ranking"]
    assert [t["intent_response_key"] for t in topics][0] == "faq/pain_numbing"
    assert {t["intent_response_key"] for t in topics} == {"faq/pain_numbing", "faq/results_timing"}
    # Probabilities over every label sum to one; the faq entry is its best topic, not the sum.
    assert ranking[0]["confidence"] == pytest.approx(topics[0]["confidence"])


def test_a_message_without_text_gets_no_intent_of_its_own(pipeline):
    message = Message.build(text="")
    pipeline.classifier.process([message])
    assert message.get("intent") == {"name": None, "confidence": 0.0}


def test_stored_as_plain_arrays_and_loaded_to_the_same_predictions(pipeline):
    with pipeline.storage.read_from(pipeline.resource) as directory:
        stored = np.load(directory / MODEL_FILE, allow_pickle=False)  # refuses pickled objects
        assert set(stored.files) == {"labels", "weights", "bias", "idf", "word_vocabulary", "char_vocabulary"}
    loaded = IntentAndTopicClassifier.load({}, pipeline.storage, pipeline.resource, _context())
    text = "how long before it works"
    original = pipeline.parse(text)
    reloaded = pipeline.parse(text, loaded)
    assert reloaded.get("intent_ranking") == original.get("intent_ranking")
    assert reloaded.get("response_selector") == original.get("response_selector")


def test_untrained_load_leaves_messages_unclassified(tmp_path):
    storage = LocalModelStorage(tmp_path)
    classifier = IntentAndTopicClassifier.load({}, storage, Resource("never_trained"), _context())
    message = Message.build(text="hello")
    classifier.process([message])
    assert message.get("intent") == {"name": None, "confidence": 0.0}


def test_sparse_rows_are_weighted_to_length_one_and_empty_rows_stay_empty():
    counts = sparse.csr_matrix(np.array([[3, 0, 1], [0, 0, 0], [0, 2, 0]], dtype=np.float64))
    idf = np.array([1.0, 2.0, 1.5], dtype=np.float32)
    rows = weighted_sparse(counts, idf).toarray()
    assert np.linalg.norm(rows[0]) == pytest.approx(1.0)
    assert np.linalg.norm(rows[2]) == pytest.approx(1.0)
    assert not rows[1].any()
    # Sub-linear: three occurrences weigh log(4), not 3 times one occurrence.
    assert rows[0][0] / rows[0][2] == pytest.approx(np.log1p(3) * 1.0 / (np.log1p(1) * 1.5), rel=1e-5)


def test_after_a_long_story_the_announced_question_is_what_is_read(pipeline):
    story = ("my cousin had something done for her wedding, my nan says it's all a waste of money, "
             "I've read reviews for weeks and I'm still torn. anyway my actual question is what would I pay")
    message = pipeline.parse(story)
    assert message.get("intent")["name"] == "ask_price"
