"""Consistency of the training data, the domain and the held-out test set.

These guard the content a clinician reviews: every FAQ topic has an answer,
every answer names contacts through slots, and the evaluation set stays
separate from the training data.
"""

import re
from collections import Counter
from pathlib import Path

import pytest
from rasa.shared.core.constants import DEFAULT_INTENTS
from rasa.shared.core.domain import Domain
from rasa.shared.nlu.training_data.loading import load_data

ROOT = Path(__file__).resolve().parent.parent
MIN_EXAMPLES_PER_TOPIC = 15
EMERGENCY_LITERALS = re.compile(r"\b(999|911|112)\b")


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain"))


@pytest.fixture(scope="module")
def training():
    return load_data(str(ROOT / "data" / "nlu"))


@pytest.fixture(scope="module")
def held_out():
    return load_data(str(ROOT / "tests" / "nlu"))


def faq_keys_in_responses(domain: Domain) -> set:
    return {name.split("/", 1)[1] for name in domain.responses if name.startswith("utter_faq/")}


def test_every_faq_topic_has_an_answer_and_training_examples(domain, training):
    trained = Counter(m.get_full_intent() for m in training.intent_examples if m.get("intent") == "faq")
    trained_keys = {intent.split("/", 1)[1] for intent in trained}

    assert trained_keys == faq_keys_in_responses(domain)
    thin = {k: n for k, n in trained.items() if n < MIN_EXAMPLES_PER_TOPIC}
    assert not thin, f"topics with fewer than {MIN_EXAMPLES_PER_TOPIC} examples: {thin}"


def test_no_example_is_labelled_with_two_intents(training):
    # `rasa data validate` refuses these too, but only after the model is trained.
    intents_by_text: dict = {}
    for m in training.intent_examples:
        intents_by_text.setdefault(m.get("text").strip().lower(), set()).add(m.get_full_intent())
    conflicts = {text: intents for text, intents in intents_by_text.items() if len(intents) > 1}
    assert not conflicts


def test_held_out_examples_are_not_in_the_training_data(training, held_out):
    train_texts = {m.get("text").strip().lower() for m in training.intent_examples}
    leaked = [m.get("text") for m in held_out.intent_examples if m.get("text").strip().lower() in train_texts]
    assert not leaked


def test_held_out_set_covers_every_faq_topic(domain, held_out):
    tested = {m.get_full_intent().split("/", 1)[1] for m in held_out.intent_examples if m.get("intent") == "faq"}
    assert tested == faq_keys_in_responses(domain)


def response_texts(domain: Domain):
    for name, variations in domain.responses.items():
        for variation in variations:
            if variation.get("text"):
                yield name, variation["text"]


def test_responses_only_use_placeholders_that_are_slots(domain):
    slots = {slot.name for slot in domain.slots}
    for name, text in response_texts(domain):
        unknown = set(re.findall(r"{([^{}]+)}", text)) - slots
        assert not unknown, f"{name} uses {unknown}, which are not slots"


def test_emergency_numbers_come_from_settings_not_literals(domain):
    for name, text in response_texts(domain):
        assert not EMERGENCY_LITERALS.search(text), f"{name} hard-codes an emergency number"


def sentences(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z'\"(])", text.strip()) if s])


def test_faq_answers_are_short(domain):
    for name, text in response_texts(domain):
        if name.startswith("utter_faq/"):
            assert 2 <= sentences(text) <= 5, f"{name} has {sentences(text)} sentences"


def test_every_intent_is_handled_by_a_rule(domain):
    rules_text = "\n".join(p.read_text() for p in (ROOT / "data" / "rules").glob("*.yml"))
    ours = set(domain.intents) - set(DEFAULT_INTENTS) | {"nlu_fallback", "out_of_scope"}
    unhandled = [intent for intent in ours if f"intent: {intent}\n" not in rules_text]
    assert not unhandled
