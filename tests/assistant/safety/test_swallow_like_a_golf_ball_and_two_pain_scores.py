"""Same-day signs in everyday words: food going down like a golf ball or a stone after a chin
treatment even though drinks are fine (B19), and a pain score that was low and is now clearly
higher, given as two bare numbers (B29). The price "hard to swallow" and a falling score stay calm."""

import pytest

from assistant.safety import Urgency, rank

SIGNS = [
    "swallowing food feels like a golf ball since my chin treatment, drinks are fine",
    "since the chin jabs eating feels like swallowing a stone",
    "desde las inyecciones en la papada tragar la comida es como tragar una pelota de golf",
    "depuis les injections sous le menton, avaler la nourriture c'est comme une balle de golf",
    "the pain was at 3 on Monday and now it is a 7",
    "pain was a 2 on day one, now a 6, day 3",
    "la douleur était à 2 hier, maintenant à 7",
]

CALM = [
    "the price was hard to swallow, like a golf ball ha",
    "pain was a 6 yesterday now a 2, much better",
    "I had 2 sessions and now a 6 week gap, pain is fine",
]


@pytest.mark.parametrize("message", SIGNS)
def test_sign_is_same_day(screen, message):
    assessment = screen.assess(message)
    assert rank(assessment.urgency) >= rank(Urgency.SAME_DAY), assessment.findings


@pytest.mark.parametrize("message", CALM)
def test_look_alike_stays_calm(screen, message):
    assessment = screen.assess(message)
    assert rank(assessment.urgency) < rank(Urgency.SAME_DAY), assessment.findings
