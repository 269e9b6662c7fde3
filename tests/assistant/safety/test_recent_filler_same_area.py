"""A23: filler named with its area days before a booking ("had cheek filler on tuesday").

Wordings written for these tests, not taken from any batch. The rule screen is used: the family
is a rule or context change (the encoder can only add).
"""

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank

CALM = [
    "how long after lip filler can I have face meso?",
]

WARNINGS = [
    ("got cheek filler on tuesday, is it ok to have the face meso on saturday?", Urgency.REVIEW),
    ("had tear trough filler 3 days ago, can I still come for my booster tomorrow?", Urgency.REVIEW),
]


@pytest.mark.parametrize("text", CALM, ids=lambda t: t[:40])
def test_stays_calm(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text,level", WARNINGS, ids=lambda x: str(x)[:40])
def test_escalates_at_its_level(screen, text, level):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(level), assessment.findings
