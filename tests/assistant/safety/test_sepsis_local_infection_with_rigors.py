"""A sepsis picture (B14/B15, emergency): a local infection sign (a lump or site leaking or oozing,
redness spreading) with shivers or rigors and a high temperature or aches all over. A mild
redness with chills once is a same-day fever, not this picture."""

import pytest

from assistant.safety import Urgency, rank

EMERGENCIES = [
    "the injection site is oozing pus, I've got the shakes and everything aches all over",
    "Lumps are weeping, redness spreading down my neck, rigors last night and 39.6 this morning",
    "the abscess is draining, I'm shivering and my whole body aches, never felt this ill",
    "los bultos supuran, tengo escalofríos y 39,5 de fiebre",
    "la zone suinte, j'ai des frissons et des courbatures partout",
    "Die Stelle eitert, ich habe Schüttelfrost und Gliederschmerzen",
    "z guzków sączy się ropa, mam dreszcze i 39,2 gorączki",
]

SAME_DAY_ONLY = [
    "the site is a bit red and I had chills yesterday, is that normal?",
    "my lump is leaking a little clear fluid, no fever",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_sepsis_picture_is_an_emergency(screen, message):
    assessment = screen.assess(message)
    assert assessment.urgency == Urgency.EMERGENCY, assessment.findings


@pytest.mark.parametrize("message", SAME_DAY_ONLY)
def test_single_sign_stays_below_emergency(screen, message):
    assessment = screen.assess(message)
    assert rank(assessment.urgency) < rank(Urgency.EMERGENCY), assessment.findings
