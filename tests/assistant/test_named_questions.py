"""Questions about who does what at this clinic go to the practitioners answer."""

from __future__ import annotations

import pytest

from assistant.named_questions import intent_for_named_question, is_who_question

ADVICE = "faq/choosing_practitioner"


@pytest.mark.parametrize("intent", ["nlu_fallback", "out_of_scope"])
def test_nothing_understood_plus_a_practitioners_name_is_a_practitioners_question(intent):
    assert intent_for_named_question(intent, None, ["practitioner"], "sarah okafor??") == "ask_practitioners"


@pytest.mark.parametrize(
    "text, named",
    [
        ("ok and who does hair meso?", ["treatment"]),
        ("Who's doing the chin injections at Micklegate", ["treatment", "clinic_location"]),
        ("which nurse does the skin booster", ["treatment"]),
        ("who works at the york branch", ["clinic_location"]),
    ],
)
def test_a_who_question_naming_the_clinics_treatment_or_place_is_about_who_does_it_here(text, named):
    assert intent_for_named_question("faq", ADVICE, named, text) == "ask_practitioners"
    assert intent_for_named_question("nlu_fallback", None, named, text) == "ask_practitioners"


def test_the_general_advice_stays_for_questions_that_name_nothing_of_the_clinics_or_are_not_who_questions():
    assert intent_for_named_question("faq", ADVICE, [], "who should I trust to do this?") is None
    advice = "how do I choose a safe practitioner for hair meso"
    assert intent_for_named_question("faq", ADVICE, ["treatment"], advice) is None


@pytest.mark.parametrize("intent", ["ask_price", "request_booking", "greet", "safety_same_day"])
def test_an_understood_question_keeps_its_answer_whoever_it_names(intent):
    assert intent_for_named_question(intent, None, ["practitioner", "clinic_location"], "who is dr hart") is None
    assert intent_for_named_question("faq", "faq/hair", ["treatment"], "who gets results from hair meso") is None


def test_a_place_or_treatment_alone_does_not_make_a_practitioners_question():
    assert intent_for_named_question("nlu_fallback", None, ["clinic_location", "treatment"], "york hair meso") is None
    assert intent_for_named_question("nlu_fallback", None, [], "blah") is None


@pytest.mark.parametrize(
    "text, who",
    [("who does it", True), ("OK, and who's in on Tuesday?", True), ("which doctor would I get", True),
     ("who knew it'd be so easy", True), ("whole face price?", False), ("I asked who does it", False)],
)
def test_who_questions_are_recognised_at_the_start_after_fillers(text, who):
    assert is_who_question(text) is who
