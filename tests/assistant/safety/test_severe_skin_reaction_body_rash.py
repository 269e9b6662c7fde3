"""A rash over the body with blisters or a sore mouth, or one that stops eating (B21 emergency),
in every read language and in Italian, Portuguese and Dutch. A rash alone, a rash from a washing
powder last year or in childhood, is not it."""

import pytest

from assistant.safety import Urgency, rank

POSITIVE = [
    "rash all over my body now and blisters on my arms, mouth is really sore, a week after meso",
    "spots everywhere since the treatment and sores in my mouth, I can barely eat",
    "Sarpullido por todo el cuerpo y ampollas, me duele toda la boca",
    "Éruption sur tout le corps avec des cloques, j'ai mal dans la bouche",
    "Wysypka na całym ciele i pęcherze, bolą mnie usta",
    "Pusteln am ganzen Körper seit der Mesotherapie und der Mund brennt, ich kann kaum trinken",
    "Ho macchie su tutto il corpo e mi fa male la bocca, non riesco a mangiare",
]

LOOK_ALIKES = [
    "I had a rash from a new washing powder last year, is meso ok for me?",
    "I had a rash all over when I was a kid with chickenpox",
    "rash on my hands from the new washing up liquid, no blisters, mouth fine",
]


@pytest.mark.parametrize("message", POSITIVE)
def test_sign_is_escalated(screen, message):
    assert rank(screen.assess(message).urgency) >= rank(Urgency.EMERGENCY)


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_look_alike_stays_below(screen, message):
    assert rank(screen.assess(message).urgency) < rank(Urgency.EMERGENCY)
