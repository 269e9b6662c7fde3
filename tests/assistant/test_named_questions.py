"""A not-understood question that names a practitioner goes to the practitioners answer."""

from __future__ import annotations

import pytest

from assistant.named_questions import intent_for_named_practitioner


@pytest.mark.parametrize("intent", ["nlu_fallback", "out_of_scope"])
def test_nothing_understood_plus_a_practitioners_name_is_a_practitioners_question(intent):
    assert intent_for_named_practitioner(intent, ["practitioner"]) == "ask_practitioners"


@pytest.mark.parametrize("intent", ["ask_price", "request_booking", "faq", "greet", "safety_same_day"])
def test_an_understood_question_keeps_its_answer_whoever_it_names(intent):
    assert intent_for_named_practitioner(intent, ["practitioner", "clinic_location"]) is None


def test_a_place_or_treatment_alone_does_not_make_a_practitioners_question():
    assert intent_for_named_practitioner("nlu_fallback", ["clinic_location", "treatment"]) is None
    assert intent_for_named_practitioner("nlu_fallback", []) is None
