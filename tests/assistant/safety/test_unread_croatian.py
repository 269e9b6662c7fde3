"""Croatian (and Serbian or Bosnian in Latin letters) is read by the unread-language net.

Before, a Croatian message was guessed to be Polish, a language the lexicon reads, so nothing read
it: a swollen eye with blurred sight got no escalation at all. Now its language is told apart by
everyday words, its health words reach a person the same day, and its breathing words and a fit
reach the emergency level.
"""

from __future__ import annotations

import pytest

from assistant.input_checks import likely_language
from assistant.safety.screen import build_screen
from assistant.safety.urgency import Urgency


@pytest.fixture(scope="module")
def screen():
    return build_screen(semantic=False)


@pytest.mark.parametrize(
    "text",
    [
        "Imam jako crven i otečen obraz od jučer, je li to normalno?",
        "Nakon tretmana na licu imam mjehuriće i jako me svrbi cijelo lice",
        "Već tri dana povraćam i imam groznicu, mezoterapija je bila u ponedjeljak",
        "Trudna sam u osmom tjednu, smijem li doći na tretman kose?",
    ],
)
def test_croatian_health_words_reach_a_person_today(screen, text):
    assert likely_language(text) == "hr"
    assessment = screen.assess(text)
    assert assessment.urgency is not None
    assert assessment.urgency >= Urgency.SAME_DAY


@pytest.mark.parametrize(
    "text",
    [
        "Ne mogu disati i usne su mi natekle nakon tretmana",
        "Jedva dišem, gušim se od jutros",
        "Muž je imao napadaj nakon injekcija i još se trese",
    ],
)
def test_croatian_breathing_and_a_fit_are_emergencies(screen, text):
    assert screen.assess(text).urgency == Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "Koliko košta mezoterapija lica i kada imate slobodne termine?",
        "Gdje se nalazite i radite li subotom?",
        "Bolje mi je, hvala vam na svemu",  # "bolje" (better) is not pain
    ],
)
def test_croatian_questions_without_health_words_stay_calm(screen, text):
    assert screen.assess(text).urgency is None


def test_polish_and_czech_are_still_told_apart_from_croatian():
    assert likely_language("Nie mogę oddychać, usta mi spuchły po zabiegu") == "pl"
    assert likely_language("Nemůžu dýchat, mám oteklé rty a jsem po ošetření") == "cs"
