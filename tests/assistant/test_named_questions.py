"""Questions about who does what at this clinic go to the practitioners answer."""

from __future__ import annotations

import pytest

from assistant.named_questions import intent_for_named_question, is_who_question, named_formally

ADVICE = "faq/choosing_practitioner"


@pytest.mark.parametrize("intent", ["nlu_fallback", "out_of_scope"])
def test_nothing_understood_plus_a_practitioners_name_is_a_practitioners_question(intent):
    assert intent_for_named_question(intent, None, ["practitioner"], "sarah okafor??") == "ask_practitioners"


@pytest.mark.parametrize(
    "text",
    ["how soon can jess see me for the chin", "earliest Dr Fielding could fit me in?", "is Sarah free next tuesday"],
)
def test_nothing_understood_plus_a_name_and_when_they_are_free_is_a_free_times_question(text):
    assert intent_for_named_question("nlu_fallback", None, ["practitioner"], text) == "ask_consultation_slots"


@pytest.mark.parametrize("text", ["when did dr hart qualify", "is jess marlow a nurse", "what does Sarah do"])
def test_other_questions_naming_a_practitioner_stay_about_the_practitioner(text):
    assert intent_for_named_question("nlu_fallback", None, ["practitioner"], text) == "ask_practitioners"


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


# Batch 07 families: a named practitioner asked about what they do, and off-topic chat
# that names one of the clinic's towns. Our own wordings.
@pytest.mark.parametrize(
    "text, topic",
    [
        ("who does the scalp one, is it Sarah?", "faq/hair"),
        ("who's doing the fat jabs, Dr Hart or someone else", "faq/cellulite_fat"),
        ("ok who would do my skin booster, is jess medical?", "faq/face"),
    ],
)
def test_a_who_question_naming_a_practitioner_is_about_the_practitioner_whatever_topic_it_was_read_as(
    text, topic
):
    assert intent_for_named_question("faq", topic, ["practitioner"], text) == "ask_practitioners"


def test_a_general_answer_stays_when_the_who_question_names_no_practitioner():
    assert intent_for_named_question("faq", "faq/hair", ["treatment"], "who gets results from hair meso") is None
    assert intent_for_named_question("faq", "faq/contraindications", [], "who shouldn't have it") is None


@pytest.mark.parametrize(
    "text",
    ["does Dr Fielding do bodies too?", "my friend saw nurse Jess, does she do hair as well",
     "is Amelia Hart doing the needle free one"],
)
def test_a_practitioner_named_formally_in_a_treatments_question_asks_what_they_do(text):
    spans = [(text.lower().index(name), text.lower().index(name) + len(name))
             for name in ("fielding", "jess", "amelia hart") if name in text.lower()]
    assert named_formally(text, spans)
    assert intent_for_named_question("ask_treatments", None, ["practitioner"], text, formally=True) == (
        "ask_practitioners"
    )


def test_a_first_name_alone_in_a_treatments_question_keeps_the_treatments_answer():
    text = "my husband tom wants to know if you do anything for men's hair"
    start = text.index("tom")
    assert not named_formally(text, [(start, start + 3)])
    assert intent_for_named_question("ask_treatments", None, ["practitioner"], text, formally=False) is None


@pytest.mark.parametrize(
    "text",
    ["who won the york races on saturday", "who is playing in leeds tonight", "who's the mayor of York"],
)
def test_off_topic_chat_naming_only_a_town_stays_off_topic(text):
    assert intent_for_named_question("out_of_scope", None, ["clinic_location"], text) is None


def test_a_not_understood_who_question_naming_a_town_is_still_about_who_works_there():
    assert intent_for_named_question("nlu_fallback", None, ["clinic_location"], "who's in at york") == (
        "ask_practitioners"
    )
    assert intent_for_named_question("out_of_scope", None, ["treatment", "clinic_location"],
                                     "who does hair meso in leeds") == "ask_practitioners"
