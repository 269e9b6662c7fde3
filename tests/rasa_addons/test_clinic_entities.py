"""The trained extractor's names kept only as the clinic's own slugs (rasa_addons/clinic_entities.py),
the entity-only training examples left out of the intent classifiers (rasa_addons/entity_examples.py),
and weekdays and times found by the lookup table and patterns of data/nlu/entities.yml."""

from __future__ import annotations

from typing import Dict, List

import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.extractors.regex_entity_extractor import RegexEntityExtractor
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message

from assistant.cli import CLINIC_NAMES_FILE
from assistant.settings import PROJECT_ROOT
from rasa_addons.clinic_entities import ClinicEntityMapper, names_in
from rasa_addons.entity_examples import entities_only, for_intents
from tests.rasa_addons.test_intent_topic_classifier import _context

ENTITY_EXAMPLES = PROJECT_ROOT / "data" / "nlu" / "entities.yml"


def _data():
    return (
        RasaYAMLReader()
        .reads(CLINIC_NAMES_FILE.read_text(encoding="utf-8"))
        .merge(RasaYAMLReader().reads(ENTITY_EXAMPLES.read_text(encoding="utf-8")))
    )


@pytest.fixture(scope="module")
def storage(tmp_path_factory: pytest.TempPathFactory) -> LocalModelStorage:
    return LocalModelStorage(tmp_path_factory.mktemp("clinic_entities"))


@pytest.fixture(scope="module")
def mapper(storage) -> ClinicEntityMapper:
    resource = Resource("clinic_entities")
    ClinicEntityMapper.create({}, storage, resource, _context()).train(_data())
    # As a served model does: loaded from what training stored.
    return ClinicEntityMapper.load({}, storage, resource, _context())


def crf(entity: str, text: str, words: str) -> dict:
    start = text.index(words)
    return {
        "entity": entity,
        "value": words,
        "start": start,
        "end": start + len(words),
        "extractor": "AnnotatedNamesExtractor",
    }


def mapped(mapper: ClinicEntityMapper, text: str, entities: List[dict]) -> Dict[str, List[str]]:
    message = Message.build(text=text)
    message.set("entities", entities)
    mapper.process([message])
    found: Dict[str, List[str]] = {}
    for entity in message.get("entities"):
        found.setdefault(entity["entity"], []).append(entity["value"])
    return found


def test_the_names_kept_at_training_are_the_generated_tables_by_slug():
    names = names_in(_data())
    assert set(names.spellings["practitioner"]) == {"dr-amelia-hart", "sarah-okafor", "dr-tom-fielding", "jess-marlow"}
    assert "Micklegate" in names.spellings["clinic_location"]["york"]
    assert "hair meso" in names.spellings["treatment"]["hair-mesotherapy"]


def test_trained_names_become_slugs_after_loading_and_invented_ones_are_dropped(mapper):
    text = "is dr okafer in the yorke clinic, or dr smith"
    entities = [
        crf("practitioner", text, "dr okafer"),
        crf("clinic_location", text, "yorke"),
        crf("practitioner", text, "dr smith"),
    ]
    assert mapped(mapper, text, entities) == {"practitioner": ["sarah-okafor"], "clinic_location": ["york"]}


def test_a_lookup_hit_is_kept_and_the_trained_one_for_the_same_words_dropped(mapper):
    text = "can dr hart do hair meso"
    table = {
        "entity": "practitioner",
        "value": "dr-amelia-hart",
        "start": 4,
        "end": 11,
        "extractor": "RegexEntityExtractor",
    }
    assert mapped(mapper, text, [table, crf("practitioner", text, "dr hart")]) == {"practitioner": ["dr-amelia-hart"]}


def test_entity_examples_are_flagged_and_left_out_of_the_intent_classifiers():
    data = load_data(str(PROJECT_ROOT / "data" / "nlu"))
    flagged = [m for m in data.intent_examples if entities_only(m)]
    assert len(flagged) >= 100 and all(m.get("entities") for m in flagged)
    kept = for_intents(data.intent_examples)
    assert len(kept) == len(data.intent_examples) - len(flagged)
    assert not any(entities_only(m) for m in kept)


@pytest.fixture(scope="module")
def patterns(storage) -> RegexEntityExtractor:
    config = {
        **RegexEntityExtractor.get_default_config(),
        "case_sensitive": False,
        "use_lookup_tables": True,
        "use_regexes": True,
        "use_word_boundaries": True,
    }
    extractor = RegexEntityExtractor.create(config, storage, Resource("patterns"), _context())
    extractor.train(_data())
    return extractor


@pytest.mark.parametrize(
    "text, weekdays, times",
    [
        ("could i come in on Thursday at 4.30pm", ["Thursday"], ["4.30pm"]),
        ("any slots weds after 17:15", ["weds"], ["17:15"]),
        ("is she in on saturdays around midday", ["saturdays"], ["midday"]),
        ("anything at 9 am tuesday", ["tuesday"], ["9 am"]),
        # No day or time hides in other words or bare numbers.
        ("i had 2 sessions, the sun was out, a fridayish mood", [], []),
    ],
)
def test_weekdays_and_times_are_found_by_the_table_and_patterns(patterns, text, weekdays, times):
    message = Message.build(text=text)
    patterns.process([message])
    found = message.get("entities") or []
    assert [e["value"] for e in found if e["entity"] == "weekday"] == weekdays
    assert [e["value"] for e in found if e["entity"] == "time_of_day"] == times


def test_the_trained_extractor_learns_from_the_annotated_examples_only():
    from rasa_addons.name_extractor import annotated_only

    data = _data().merge(
        RasaYAMLReader().reads('version: "3.1"\nnlu:\n- intent: ask_price\n  examples: |\n    - how much in york\n')
    )
    kept = annotated_only(data)
    assert kept.training_examples and all(m.get("entities") for m in kept.training_examples)
    assert "how much in york" not in {m.get("text") for m in kept.training_examples}
