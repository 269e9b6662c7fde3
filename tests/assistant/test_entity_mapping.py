"""The trained extractor's names become the clinic's slugs, or are dropped (assistant/entity_mapping.py).

A made-up clinic (not the demo's) shows the matching works on whatever names a
clinic installs; the demo clinic's generated tables are checked too."""

from __future__ import annotations

import pytest

from assistant.clinic.clinic_file import read_clinic_file
from assistant.clinic.names import name_variants
from assistant.entity_mapping import ClinicNames, map_trained_entities
from assistant.settings import PROJECT_ROOT

CRF = "AnnotatedNamesExtractor"
TABLES = "RegexEntityExtractor"

OTHER_CLINIC = ClinicNames.from_tables(
    lookups={
        "practitioner": ["Dr Chidi Nkemelu", "Chidi Nkemelu", "Nkemelu", "Dr Nkemelu", "Priya Raman", "Priya", "Raman"],
        "clinic_location": ["Harrogate", "Station Parade", "Clifton", "Clifton Village"],
        "treatment": ["Polynucleotides", "polynucleotide injections", "Microneedling", "skin needling"],
    },
    synonyms={
        "dr-chidi-nkemelu": ["Dr Chidi Nkemelu", "Chidi Nkemelu", "Nkemelu", "Dr Nkemelu"],
        "priya-raman": ["Priya Raman", "Priya", "Raman"],
        "harrogate": ["Harrogate", "Station Parade"],
        "clifton": ["Clifton", "Clifton Village"],
        "polynucleotides": ["Polynucleotides", "polynucleotide injections"],
        "microneedling": ["Microneedling", "skin needling"],
    },
)


@pytest.fixture(scope="module")
def demo() -> ClinicNames:
    return ClinicNames(name_variants(read_clinic_file(PROJECT_ROOT / "clinic" / "demo_clinic.yml")))


def crf(entity: str, value: str, start: int = 0) -> dict:
    return {"entity": entity, "value": value, "start": start, "end": start + len(value), "extractor": CRF}


@pytest.mark.parametrize(
    "entity, value, slug",
    [
        ("practitioner", "dr nkemelo", "dr-chidi-nkemelu"),
        ("practitioner", "Nkemellu", "dr-chidi-nkemelu"),
        ("practitioner", "priyah", "priya-raman"),
        ("clinic_location", "harrogat", "harrogate"),
        ("clinic_location", "the clifton village one", "clifton"),
        ("treatment", "polynucleotide", "polynucleotides"),
        ("treatment", "micro needling", "microneedling"),
    ],
)
def test_misspelled_and_partial_names_of_any_clinic_become_its_slugs(entity, value, slug):
    assert OTHER_CLINIC.slug_for(entity, value) == slug


@pytest.mark.parametrize(
    "entity, value, slug",
    [
        ("practitioner", "dr okafer", "sarah-okafor"),
        ("practitioner", "Dr Feilding", "dr-tom-fielding"),
        ("practitioner", "amelia hartt", "dr-amelia-hart"),
        ("clinic_location", "yorke", "york"),
        ("clinic_location", "leed", "leeds"),
        ("treatment", "hair mesotheraphy", "hair-mesotherapy"),
        ("treatment", "celulite", "body-cellulite"),
    ],
)
def test_the_demo_clinics_misspelled_names_become_its_slugs(demo, entity, value, slug):
    assert demo.slug_for(entity, value) == slug


@pytest.mark.parametrize(
    "entity, value",
    [
        ("practitioner", "dr smith"),  # nobody of that name
        ("practitioner", "dr"),  # a title alone names nobody
        ("practitioner", "jessica"),  # not near enough "jess"
        ("clinic_location", "manchester"),
        ("clinic_location", "the clinic"),
        ("treatment", "lip filler"),  # not a treatment the clinic offers
        ("treatment", "mesotherapy"),  # every kind of it: ambiguous
    ],
)
def test_invented_names_and_ambiguous_ones_map_to_nothing(demo, entity, value):
    assert demo.slug_for(entity, value) is None


def test_a_slug_stays_itself(demo):
    assert demo.slug_for("practitioner", "sarah-okafor") == "sarah-okafor"


def test_trained_values_are_mapped_and_invented_ones_dropped(demo):
    entities = [
        crf("practitioner", "dr okafer", 3),
        crf("practitioner", "dr smith", 20),
        crf("treatment", "lip filler", 40),
    ]
    kept = map_trained_entities(entities, demo, CRF, "Mapper")
    assert [(e["entity"], e["value"]) for e in kept] == [("practitioner", "sarah-okafor")]
    assert kept[0]["processors"] == ["Mapper"]
    assert (kept[0]["start"], kept[0]["end"]) == (3, 12)


def test_a_lookup_table_hit_wins_over_a_trained_one_for_the_same_words(demo):
    table = {"entity": "practitioner", "value": "dr-amelia-hart", "start": 7, "end": 14, "extractor": TABLES}
    trained = crf("practitioner", "dr hart on", 7)
    assert map_trained_entities([table, trained], demo, CRF, "Mapper") == [table]


def test_a_name_labelled_as_the_wrong_kind_takes_the_kind_it_names(demo):
    kept = map_trained_entities([crf("practitioner", "yorke", 10)], demo, CRF, "Mapper")
    assert [(e["entity"], e["value"]) for e in kept] == [("clinic_location", "york")]


def test_trained_days_and_times_are_dropped_the_patterns_find_those(demo):
    assert map_trained_entities([crf("weekday", "tuesdy", 5)], demo, CRF, "Mapper") == []
    pattern = {"entity": "weekday", "value": "tuesday", "start": 5, "end": 12, "extractor": TABLES}
    assert map_trained_entities([pattern], demo, CRF, "Mapper") == [pattern]


def test_nothing_known_drops_every_trained_value():
    assert map_trained_entities([crf("practitioner", "dr okafor")], ClinicNames({}), CRF, "Mapper") == []


@pytest.mark.parametrize(
    "entity, value",
    [
        ("practitioner", "heart"),  # one letter from "hart", but a word of its own
        ("practitioner", "tome"),
        ("treatment", "skim booster"),  # "skim" is a word: not a misspelling of "skin"
    ],
)
def test_an_ordinary_word_is_never_read_as_a_misspelled_name(demo, entity, value):
    assert demo.slug_for(entity, value) is None


def test_a_misspelled_word_beside_a_correctly_spelled_one_still_maps(demo):
    assert demo.slug_for("treatment", "skin boostr") == "face-skin-booster"
