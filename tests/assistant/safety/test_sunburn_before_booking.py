"""A14: sunburnt or peeling skin before a booking in the languages the lexicon reads.

Wordings written for these tests, not taken from any batch. The rule screen is used: the family
is a rule or context change (the encoder can only add).
"""

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank

CALM = [
    "¿Puedo tomar el sol después de la mesoterapia?",
    "Est-ce que je peux aller au soleil après la séance ?",
]

WARNINGS = [
    (
        "Me he quemado con el sol en la piscina y tengo la nariz pelándose, ¿puedo ir a la cita del lunes?",
        Urgency.REVIEW,
    ),
    ("J'ai pris un coup de soleil au camping, mon front pèle. Je garde le rendez-vous de mardi ?", Urgency.REVIEW),
    ("Mein Gesicht pellt sich nach dem Urlaub, ist der Termin am Freitag trotzdem ok?", Urgency.REVIEW),
    ("Spaliłam się na plaży i łuszczy mi się skóra na czole. Czy mogę przyjść na wizytę w środę?", Urgency.REVIEW),
]


@pytest.mark.parametrize("text", CALM, ids=lambda t: t[:40])
def test_stays_calm(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text,level", WARNINGS, ids=lambda x: str(x)[:40])
def test_escalates_at_its_level(screen, text, level):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(level), assessment.findings
