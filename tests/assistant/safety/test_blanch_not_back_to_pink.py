"""Skin that stayed white or has not gone back pink, often the answer to the press test, and pain
said to be beyond words (B11 emergency). A patch that went back pink in seconds is the normal
result."""

import pytest

from assistant.safety import Urgency, rank

POSITIVE = [
    "it still hasn't gone back pink and it's been half an hour",
    "the colour hasn't come back in that patch on my lip",
    "Sigue blanca y no vuelve a ponerse rosa",
    "pressed it like you said, it stays white in the middle and hurts like mad",
    "La zone n'est pas redevenue rose et reste blanche au centre",
]

LOOK_ALIKES = [
    "I pressed on the white bit like you said and it went back pink in seconds",
    "it went white when I pressed it but back to pink straight away",
    "the pain was unreal during the injection but gone now",
]


@pytest.mark.parametrize("message", POSITIVE)
def test_sign_is_escalated(screen, message):
    assert rank(screen.assess(message).urgency) >= rank(Urgency.EMERGENCY)


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_look_alike_stays_below(screen, message):
    assert rank(screen.assess(message).urgency) < rank(Urgency.EMERGENCY)
