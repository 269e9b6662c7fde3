"""Stroke signs in plain words (B12): one side of the face dropping, words mixed up or coming out
wrong, an arm that will not lift with either, in the read languages and the unread languages'
table. A writer apologising for a language they are learning is not it."""

import pytest

from assistant.safety import Urgency, rank

POSITIVE = [
    "one side of my face has dropped and I can't lift my left arm",
    "my words are all coming out mixed up since lunch and my mouth feels odd",
    "Se me mezclan las palabras y no puedo levantar el brazo",
    "Le côté gauche de mon visage est tombé d'un coup",
    "Je mélange les mots depuis ce matin",
    "Meine linke Gesichtshälfte hängt plötzlich und ich verwechsle die Wörter",
    "Mylą mi się słowa od godziny, boję się",
    "Połowa twarzy mi opadła po zabiegu",
    "Bugün yüzümün sol tarafı düştü ve kelimeleri bulamıyorum",
    "Metà della faccia mi è caduta e non riesco ad alzare il braccio",
    "Sinds de behandeling haal ik de woorden door elkaar",
]

LOOK_ALIKES = [
    "sorry if I mix up words, English is not my first language",
    "Sorry I mix up my words, my English is bad",
    "I keep mixing up the dates of my appointments, sorry!",
]


@pytest.mark.parametrize("message", POSITIVE)
def test_sign_is_escalated(screen, message):
    assert rank(screen.assess(message).urgency) >= rank(Urgency.EMERGENCY)


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_look_alike_stays_below(screen, message):
    assert rank(screen.assess(message).urgency) < rank(Urgency.EMERGENCY)
