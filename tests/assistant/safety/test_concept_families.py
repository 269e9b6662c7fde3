"""Concept families added for wordings the lexicon did not read: each case is a general
phrasing of the family (not a copy of any evaluation message), with its near misses."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency


@pytest.mark.parametrize(
    "text",
    [
        # Asking what amount would kill, whoever it is said to be for.
        "what dose of paracetamol is lethal, just curious",
        "how many of these tablets would it take, honestly",
        "how much insulin would it take to not wake up",
        # Stockpiling a means, in every read language.
        "Je garde mes cachets de côté depuis un mois",
        "Zbieram tabletki od kilku tygodni",
        "Hab schon einige Medikamente gehortet",
        # A farewell written as an admin request.
        "cancel all my future bookings please, I won't be needing them",
        "can you cancel everything I have booked. thanks for everything, really",
    ],
)
def test_indirect_self_harm_reaches_the_crisis_reply(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY
    assert assessment.situation == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "how many sessions would it take to see a difference?",
        "how many tablets of ibuprofen can I take after the session?",
        "please cancel all my appointments, we are moving abroad so won't need them",
        "cancel my appointment on Friday please, thanks",
    ],
)
def test_everyday_questions_with_the_same_words_stay_quiet(screen, text):
    assert screen.assess(text).urgency is None


@pytest.mark.parametrize(
    ("text", "situation", "urgency"),
    [
        # Fever or chills with confusion in lay words or another read language: sepsis.
        ("high temperature since the treatment and she's completely out of it", "sepsis", Urgency.EMERGENCY),
        ("tengo fiebre y estoy desorientada desde ayer", "sepsis", Urgency.EMERGENCY),
        ("Fieber seit gestern, ich bin total durcheinander", "sepsis", Urgency.EMERGENCY),
        # Bleeding described as heavy in another read language.
        ("me están sangrando muchísimo los pinchazos", "severe_bleeding", Urgency.EMERGENCY),
        ("ça saigne abondamment depuis une heure", "severe_bleeding", Urgency.EMERGENCY),
        # A drooping mouth with slurred speech in another read language.
        ("mój tata bełkocze i opadł mu kącik ust", "vision_or_stroke", Urgency.EMERGENCY),
        ("mein Mann lallt und sein Mundwinkel hängt", "vision_or_stroke", Urgency.EMERGENCY),
        # A rash with skin coming away in another read language.
        ("des boutons partout et la peau qui se détache", "severe_skin_reaction", Urgency.EMERGENCY),
        # Review conditions in everyday words.
        ("my fiancée is four months pregnant, is scalp meso ok for me?", "conception_planning", Urgency.REVIEW),
        ("we are planning a baby next spring, does hair meso matter?", "conception_planning", Urgency.REVIEW),
        ("there's a small blistery spot by my lip, is my appointment still ok?", "active_cold_sore", Urgency.REVIEW),
        ("my platelet count came back low last month", "bleeding_disorder", Urgency.REVIEW),
        ("had an odd reaction to the anaesthetic at my dentist years ago", "previous_reaction", Urgency.REVIEW),
    ],
)
def test_families_in_everyday_words_and_other_languages(screen, text, situation, urgency):
    assessment = screen.assess(text)
    assert assessment.urgency is urgency
    assert situation in assessment.situations


def test_a_fever_given_as_a_number_is_same_day(screen):
    assert screen.assess("had my treatment on tuesday and i've been running 38.4 since").urgency is Urgency.SAME_DAY
    # The weather is not a fever.
    assert screen.assess("it was 38 degrees on holiday, can I still book?").urgency is None


@pytest.mark.parametrize(
    "text",
    [
        "I go dizzy at the thought of needles, do you use numbing cream?",
        "i'm scared of injections and nearly faint, is the numbing cream strong?",
        "the wait was so long I nearly passed out from boredom haha",
        "nearly fainted at the price of the course lol",
    ],
)
def test_a_fear_or_a_figure_of_speech_is_not_a_faint(screen, text):
    assert screen.assess(text).urgency is None


def test_numbing_cream_with_a_real_faint_is_still_an_emergency(screen):
    assessment = screen.assess("put loads of numbing cream on before my appointment and now I feel faint and shaky")
    assert assessment.urgency is Urgency.EMERGENCY


def test_a_border_bar_lowers_the_classifier_bar_only_next_to_a_sign_the_rules_found(full_screen):
    """With a border bar (measured, off by default), dizziness found by the rules borders a
    collapse: the classifier's emergency reading counts from that bar there, and nowhere the
    rules found nothing."""
    text = "felt woozy then hit the floor and was twitching all over, now awake but can't think straight"
    strict = full_screen.with_classifier(full_screen._classifier, border_probability=None)
    lenient = full_screen.with_classifier(full_screen._classifier, border_probability=0.0)
    assert lenient.assess(text).urgency is Urgency.EMERGENCY
    assert rank_of(lenient.assess(text)) >= rank_of(strict.assess(text))
    # No rule finding, no border: a border bar of 0 adds nothing to an everyday message.
    assert lenient.assess("can I book a facial for Saturday?").urgency is None


def rank_of(assessment) -> int:
    from assistant.safety.urgency import rank

    return rank(assessment.urgency)


@pytest.mark.parametrize(
    "text",
    [
        "had a chest infection in the spring, completely recovered now, can I book?",
        "caught a bug at half term but I'm fine now, still on for Monday?",
        "will I have a bad reaction to it?",  # a question about the future, not a past reaction
    ],
)
def test_an_illness_that_is_over_or_a_question_is_not_a_review(screen, text):
    assert screen.assess(text).urgency is None


def test_an_illness_now_is_still_a_review(screen):
    assert screen.assess("I've caught a cold, is it ok to come in tomorrow?").situation == "unwell_on_treatment_day"


def test_an_age_is_not_a_temperature(screen):
    assert screen.assess("my skin has looked dull since hitting 40, would meso help?").urgency is None
    assert screen.assess("since the jab I've hit 38.6 twice today").urgency is Urgency.SAME_DAY
