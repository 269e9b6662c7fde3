"""The familiarity gate run as Rasa runs it: after the tokenizer, the encoder and the classifier
(the small pipeline of test_intent_topic_classifier.py), trained, stored and loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_addons.familiarity_gate import FAMILIARITY_KEY, FamiliarityGate
from tests.rasa_addons.test_intent_topic_classifier import TRAINING, Pipeline, _context

# Only the similarity decides in these tests (any probability is "not very sure").
CONFIG = {"min_similarity": 0.5, "below_probability": 1.01, "neighbours": 3}


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory):
    pipeline = Pipeline(tmp_path_factory.mktemp("familiarity"))
    resource = Resource("familiarity")
    gate = FamiliarityGate.create(CONFIG, pipeline.storage, resource, _context())
    data = TrainingData([pipeline.featurise(text) for text, _ in TRAINING])
    for message, (_, label) in zip(data.training_examples, TRAINING, strict=True):
        message.set("intent", label.split("/")[0])
        if "/" in label:
            message.set("intent_response_key", label)
    gate.train(data)
    return pipeline, gate, resource


def parse(pipeline: Pipeline, gate: FamiliarityGate, text: str) -> Message:
    message = pipeline.parse(text)
    gate.process([message])
    return message


def test_a_question_like_its_answers_examples_keeps_its_answer(trained):
    pipeline, gate, _ = trained
    message = parse(pipeline, gate, "what's the price of one session")
    assert message.get("intent")["name"] == "ask_price"
    assert message.get(FAMILIARITY_KEY)["label"] == "ask_price"
    assert message.get(FAMILIARITY_KEY)["held_back"] is False
    assert message.get(FAMILIARITY_KEY)["similarity"] >= 0.5


def test_a_question_unlike_every_example_of_its_answer_is_held_back_as_the_fallback(trained):
    pipeline, gate, _ = trained
    message = parse(pipeline, gate, "can I buy a gift voucher for my sister's birthday?")
    familiarity = message.get(FAMILIARITY_KEY)
    assert familiarity["held_back"] is True and familiarity["similarity"] < 0.5
    assert message.get("intent")["name"] == "nlu_fallback"
    ranking = [entry["name"] for entry in message.get("intent_ranking")]
    # The classifier's own candidates stay after it, for "did you mean".
    assert ranking[0] == "nlu_fallback" and len(ranking) > 1 and "nlu_fallback" not in ranking[1:]


def test_small_talk_a_fallback_already_made_and_answered_parts_are_never_checked(trained):
    pipeline, _, resource = trained
    # A gate that would hold back almost anything it checks.
    strict = FamiliarityGate.load({**CONFIG, "min_similarity": 0.99}, pipeline.storage, resource, _context())
    greeting = parse(pipeline, strict, "hello, good morning to you")
    assert greeting.get("intent")["name"] == "greet"
    assert greeting.get(FAMILIARITY_KEY)["label"] == "greet" and greeting.get(FAMILIARITY_KEY)["held_back"] is False
    gate = strict

    unsure = pipeline.parse("can I buy a gift voucher for my sister's birthday?")
    unsure.set("intent", {"name": "nlu_fallback", "confidence": 0.3})
    unsure.set("intent_ranking", [{"name": "nlu_fallback", "confidence": 0.3}, *unsure.get("intent_ranking")])
    gate.process([unsure])
    assert unsure.get(FAMILIARITY_KEY)["held_back"] is False
    assert [e["name"] for e in unsure.get("intent_ranking")].count("nlu_fallback") == 1

    parts = pipeline.parse("can I buy a gift voucher for my sister's birthday?")
    parts.set("further_answers", ["faq/pain_numbing"])
    gate.process([parts])
    assert parts.get(FAMILIARITY_KEY)["held_back"] is False
    assert parts.get("intent")["name"] != "nlu_fallback"


def test_the_stored_gate_loads_to_the_same_readings(trained):
    pipeline, gate, resource = trained
    loaded = FamiliarityGate.load(CONFIG, pipeline.storage, resource, _context())
    for text in ("what's the price of one session", "can I buy a gift voucher for my sister's birthday?"):
        fresh, stored = parse(pipeline, gate, text), parse(pipeline, loaded, text)
        assert stored.get(FAMILIARITY_KEY) == pytest.approx(fresh.get(FAMILIARITY_KEY), abs=1e-3)


def test_an_untrained_gate_leaves_messages_alone(tmp_path: Path):
    pipeline = Pipeline(tmp_path)
    gate = FamiliarityGate.load(CONFIG, pipeline.storage, Resource("never_trained"), _context())
    message = parse(pipeline, gate, "can I buy a gift voucher?")
    assert message.get(FAMILIARITY_KEY) is None
    assert message.get("intent")["name"] != "nlu_fallback"


def test_filler_around_a_familiar_question_does_not_make_it_unfamiliar(trained):
    pipeline, gate, _ = trained
    bare = parse(pipeline, gate, "what's the price of one session").get(FAMILIARITY_KEY)["similarity"]
    wrapped = parse(pipeline, gate, "ok fair enough, so what's the price of one session then?")
    # The better of the two readings: at least the bare question's similarity.
    assert wrapped.get(FAMILIARITY_KEY)["similarity"] >= bare - 0.01
    assert wrapped.get(FAMILIARITY_KEY)["held_back"] is False
