"""The clinic's names found in typed messages, as Rasa runs the components: the lookup
tables of data/nlu/clinic_names.yml trained into RegexEntityExtractor, EntitySynonymMapper
giving slugs, and NamedPractitionerQuestions routing a not-understood question."""

from __future__ import annotations

from typing import Dict, List

import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.extractors.entity_synonyms import EntitySynonymMapper
from rasa.nlu.extractors.regex_entity_extractor import RegexEntityExtractor
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader
from rasa.shared.nlu.training_data.message import Message

from assistant.cli import CLINIC_NAMES_FILE
from rasa_addons.message_edits import set_intent
from rasa_addons.named_questions import NamedPractitionerQuestions
from tests.rasa_addons.test_intent_topic_classifier import _context

ANNOTATED = """
version: "3.1"
nlu:
- intent: ask_practitioners
  examples: |
    - is [dr patel](practitioner) in on mondays
- intent: ask_price
  examples: |
    - price of [hair meso](treatment) in [york](clinic_location)
"""
CONFIG = {"case_sensitive": False, "use_lookup_tables": True, "use_regexes": False, "use_word_boundaries": True}


@pytest.fixture(scope="module")
def components(tmp_path_factory: pytest.TempPathFactory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("names"))
    # As in data/nlu: the generated tables, and training examples that annotate each entity
    # (Rasa's extractor builds patterns only for entities some example annotates).
    data = RasaYAMLReader().reads(CLINIC_NAMES_FILE.read_text(encoding="utf-8")).merge(
        RasaYAMLReader().reads(ANNOTATED)
    )
    extractor = RegexEntityExtractor.create(
        {**RegexEntityExtractor.get_default_config(), **CONFIG}, storage, Resource("regex"), _context()
    )
    extractor.train(data)
    synonyms = EntitySynonymMapper.create({}, storage, Resource("synonyms"), _context(), synonyms={})
    synonyms.train(data)
    return extractor, synonyms, NamedPractitionerQuestions.create({}, storage, Resource("named"), _context())


def parse(components, text: str, intent: str) -> Message:
    message = Message.build(text=text)
    set_intent(message, intent)
    for component in components:
        component.process([message])
    return message


def found(message: Message) -> Dict[str, List[str]]:
    entities: Dict[str, List[str]] = {}
    for entity in message.get("entities") or []:
        entities.setdefault(entity["entity"], []).append(entity["value"])
    return entities


def test_a_practitioner_named_any_way_is_found_with_the_clinics_slug(components):
    named = ("who is sarah okafor?", "is Dr Hart GMC registered", "what does amelia do", "tell me about FIELDING")
    for text in named:
        entities = found(parse(components, text, "ask_practitioners"))
        assert len(entities.get("practitioner", [])) == 1, text
    assert found(parse(components, "is dr hart any good", "ask_practitioners"))["practitioner"] == ["dr-amelia-hart"]


def test_places_and_treatments_are_found_too_and_a_name_inside_a_word_is_not(components):
    entities = found(parse(components, "how much is hair meso at micklegate", "ask_price"))
    assert entities == {"treatment": ["hair-mesotherapy"], "clinic_location": ["york"]}
    # "heart", "tomorrow", "yorkshire pudding": no practitioner or clinic hides in other words.
    assert found(parse(components, "my heart races tomorrow, yorkshire pudding", "out_of_scope")) == {}


def test_a_not_understood_question_about_a_named_practitioner_gets_the_practitioners_answer(components):
    assert parse(components, "sarah okafor??", "nlu_fallback").get("intent")["name"] == "ask_practitioners"
    assert parse(components, "whats jess marlow like", "out_of_scope").get("intent")["name"] == "ask_practitioners"


def test_who_does_a_named_treatment_read_as_general_advice_is_about_who_does_it_here(components):
    message = Message.build(text="and who does the hair meso?")
    set_intent(message, "faq")
    message.set("response_selector", {"faq": {"response": {"intent_response_key": "faq/choosing_practitioner"}}})
    for component in components:
        component.process([message])
    assert message.get("intent")["name"] == "ask_practitioners"


def test_an_understood_question_keeps_its_intent_and_no_name_changes_nothing(components):
    assert parse(components, "how much does dr hart charge", "ask_price").get("intent")["name"] == "ask_price"
    assert parse(components, "what's the weather in york", "out_of_scope").get("intent")["name"] == "out_of_scope"
    assert parse(components, "blah blah", "nlu_fallback").get("intent")["name"] == "nlu_fallback"


def test_a_practitioner_named_with_a_title_in_a_treatments_question_gets_the_practitioners_answer(components):
    intent = parse(components, "does dr tom do tummies as well", "ask_treatments").get("intent")["name"]
    assert intent == "ask_practitioners"
    full = parse(components, "can sarah okafor do under eyes", "ask_treatments").get("intent")["name"]
    assert full == "ask_practitioners"
    # A first name alone may be anyone's: the treatments answer stays.
    assert parse(components, "my son tom asks if you do beards", "ask_treatments").get("intent")["name"] == (
        "ask_treatments"
    )


def test_a_who_question_about_sport_in_the_clinics_town_stays_off_topic(components):
    assert parse(components, "who won at york races", "out_of_scope").get("intent")["name"] == "out_of_scope"
