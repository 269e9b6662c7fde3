"""A spot with a pus head and a red ring that gets angrier day by day (B13 same day), even when the
treatment is not named in the message. A teenager's spot that is settling is not it."""

import pytest

from assistant.safety import Urgency, rank

POSITIVE = [
    "the spot has a yellow head and a red ring round it and it's getting angrier every day",
    "La bosse a une tête jaune avec un cercle rouge et c'est de plus en plus gonflé",
    "there's a pustule on my cheek with a red halo, bigger every day",
    "Tengo un grano con punta amarilla y un aro rojo, cada día peor",
]

LOOK_ALIKES = [
    "my teenage son has a spot with a yellow head, getting better every day",
    "a spot with a yellow head came up on my chin, no redness, it's going down each day",
]


@pytest.mark.parametrize("message", POSITIVE)
def test_sign_is_escalated(screen, message):
    assert rank(screen.assess(message).urgency) >= rank(Urgency.SAME_DAY)


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_look_alike_stays_below(screen, message):
    assert rank(screen.assess(message).urgency) < rank(Urgency.SAME_DAY)
