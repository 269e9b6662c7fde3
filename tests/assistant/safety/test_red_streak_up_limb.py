"""A red line or streak going up a limb from the injection site (lymphangitis, B13 same day at
least), however the line is described and in every read language. A question about what it would
mean, or someone else's long-ago story, stays calm."""

import pytest

from assistant.safety import Urgency, rank

SIGNS = [
    "there's a reddish stripe running up my arm from where the needle went in",
    "red streaky marks travelling up towards my knee from the jab",
    "apareceu uma risca vermelha subindo a partir da picada no braço",
    "una raya roja sube desde el pinchazo por el brazo",
    "une traînée rouge monte depuis la piqûre sur ma jambe",
    "ein roter Strich zieht vom Einstich nach oben",
    "od miejsca wkłucia idzie w górę czerwona smuga",
    "una striscia rossa che sale dalla puntura",
    "er loopt een rode streep omhoog vanaf de prik",
]

CALM = [
    "what would it mean if there was a red line going up from the injection?",
    "my mum years ago had a red streak going up her arm after a wasp sting, all fine",
]


@pytest.mark.parametrize("message", SIGNS)
def test_streak_is_same_day_at_least(screen, message):
    assessment = screen.assess(message)
    assert rank(assessment.urgency) >= rank(Urgency.SAME_DAY), assessment.findings


@pytest.mark.parametrize("message", CALM)
def test_look_alike_stays_calm(screen, message):
    assessment = screen.assess(message)
    assert rank(assessment.urgency) < rank(Urgency.SAME_DAY), assessment.findings
