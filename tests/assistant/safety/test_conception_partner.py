"""A8: a couple trying for a baby, or a partner weeks into a pregnancy, before a man's hair
treatment (it may hold dutasteride).

Wordings written for these tests, not taken from any batch. The rule screen is used: the family
is a rule or context change (the encoder can only add).
"""

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank

CALM = [
    "my partner's 30 weeks into her marathon training, can I book the hair meso for a sunday?",
    "Meine Frau und ich möchten einen Termin für Haar-Mesotherapie für mich buchen.",
    # someone else's baby party, guests expected: not a pregnancy
    "we're having a baby shower for my cousin on sunday, can I come in for the face meso on friday?",
    "we are expecting guests this weekend so can I get the hair meso done on monday instead?",
]

WARNINGS = [
    ("my girlfriend's 12 weeks along and I want the scalp meso, anything to know?", Urgency.REVIEW),
    ("We're expecting our first in spring, I want the hair meso, is that an issue?", Urgency.REVIEW),
    ("Wir versuchen seit Monaten, ein Baby zu bekommen. Was ist in der Haarbehandlung drin?", Urgency.REVIEW),
    ("Mi mujer y yo estamos intentando tener un hijo, ¿el tratamiento capilar lleva dutasterida?", Urgency.REVIEW),
    (
        "Ma femme et moi essayons d'avoir un bébé, votre mésothérapie capillaire contient-elle du dutastéride ?",
        Urgency.REVIEW,
    ),
]


@pytest.mark.parametrize("text", CALM, ids=lambda t: t[:40])
def test_stays_calm(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text,level", WARNINGS, ids=lambda x: str(x)[:40])
def test_escalates_at_its_level(screen, text, level):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(level), assessment.findings
