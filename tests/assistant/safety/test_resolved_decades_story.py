"""Someone else's emergency decades ago, said to be over (context.yml resolved_story: a decade
as the story's time, "she was fine once ..." as its end).

Wordings written for these tests, not taken from any batch. The rule screen is used: the family
is a rule or context change (the encoder can only add).
"""

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank

CALM = [
    (
        "my gran's lips went blue after an allergic reaction back in the 70s, she was fine once "
        "the ambulance came. do you have adrenaline on site?"
    ),
    (
        "My mother's cheek turned grey after a filler in the 1990s, she was alright after the "
        "doctor dissolved it. Is that a risk with meso?"
    ),
]

WARNINGS = [
    ("my aunt's face went white after her filler this morning and she's still pale", Urgency.EMERGENCY),
    (
        (
            "my sister's face went white after filler back in the 90s, she was fine once it was "
            "dissolved, but now mine has gone white after my session"
        ),
        Urgency.EMERGENCY,
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
