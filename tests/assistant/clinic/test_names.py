"""The clinic's names as NLU lookup tables (assistant/clinic/names.py)."""

from __future__ import annotations

from dataclasses import replace

import yaml
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

from assistant.cli import CLINIC_NAMES_FILE, DEMO_CLINIC_FILE
from assistant.clinic.clinic_file import ClinicFile, read_clinic_file
from assistant.clinic.names import (
    ENTITY_LOCATION,
    ENTITY_PRACTITIONER,
    ENTITY_TREATMENT,
    lookup_tables_yaml,
    name_variants,
)


def test_the_committed_lookup_tables_are_generated_from_the_demo_clinic_file():
    # A clinic file edited without `python -m assistant.cli export-names` would leave the
    # NLU unaware of a new practitioner: the committed file must be what the generator writes.
    assert CLINIC_NAMES_FILE.read_text(encoding="utf-8") == lookup_tables_yaml(read_clinic_file(DEMO_CLINIC_FILE))


def test_each_practitioner_is_known_by_full_name_title_and_surname_and_first_name(demo_spec: ClinicFile):
    hart = {s.lower() for s in name_variants(demo_spec)[ENTITY_PRACTITIONER]["dr-amelia-hart"]}
    assert {"dr amelia hart", "amelia hart", "dr hart", "amelia", "hart"} <= hart
    okafor = {s.lower() for s in name_variants(demo_spec)[ENTITY_PRACTITIONER]["sarah-okafor"]}
    assert {"sarah okafor", "sarah", "okafor"} == okafor


def test_locations_and_treatments_keep_their_aliases_and_synonyms(demo_spec: ClinicFile):
    variants = name_variants(demo_spec)
    assert "Micklegate" in variants[ENTITY_LOCATION]["york"]
    assert "glow injections" in variants[ENTITY_TREATMENT]["face-skin-booster"]


def test_a_spelling_shared_by_two_practitioners_names_neither(demo_spec: ClinicFile):
    first, second = demo_spec.practitioners[:2]
    twins = (replace(first, name="Dr Sam Hart"), replace(second, name="Sam Okafor"))
    spec = replace(demo_spec, practitioners=twins + demo_spec.practitioners[2:])
    variants = name_variants(spec)[ENTITY_PRACTITIONER]
    assert "Sam" not in variants[first.slug] and "Sam" not in variants[second.slug]
    assert "Dr Hart" in variants[first.slug] and "Okafor" in variants[second.slug]


def test_a_one_or_two_letter_name_is_too_likely_to_be_an_ordinary_word(demo_spec: ClinicFile):
    person = replace(demo_spec.practitioners[0], name="Jo Li")
    variants = name_variants(replace(demo_spec, practitioners=(person,)))[ENTITY_PRACTITIONER][person.slug]
    assert set(variants) == {"Jo Li"}


def test_the_tables_are_rasa_training_data_with_a_synonym_per_slug(demo_spec: ClinicFile):
    text = lookup_tables_yaml(demo_spec)
    data = RasaYAMLReader().reads(text)
    tables = {table["name"]: table["elements"] for table in data.lookup_tables}
    assert set(tables) == {ENTITY_PRACTITIONER, ENTITY_LOCATION, ENTITY_TREATMENT}
    assert "Dr Hart" in tables[ENTITY_PRACTITIONER]
    assert data.entity_synonyms["Dr Hart"] == "dr-amelia-hart"
    assert data.entity_synonyms["Micklegate"] == "york"
    # Names are data, never YAML syntax: a name with YAML characters stays one string.
    odd = replace(demo_spec.practitioners[0], name="Dr Ann-Marie O'Neil: #1")
    reread = RasaYAMLReader().reads(lookup_tables_yaml(replace(demo_spec, practitioners=(odd,))))
    assert "Dr Ann-Marie O'Neil: #1" in {e for t in reread.lookup_tables for e in t["elements"]}
    assert yaml.safe_load(text)["version"] == "3.1"
