""" "If I did get an infection later on...": a conditional with "did" or "do" before what a
treatment might bring (context.yml hypothetical); uncertainty about what happened ("not sure if
I did get...") is a pseudo-trigger and stays read.

Wordings written for these tests, not taken from any batch. The rule screen is used: the family
is a rule or context change (the encoder can only add).
"""

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank

CALM = [
    "if I did get a reaction weeks later, would you still see me? just planning ahead before booking",
    "if I do develop an infection down the line, how would I know?",
]

WARNINGS = [
    ("not sure if I did get an infection, it's red hot and oozing since tuesday", Urgency.SAME_DAY),
    ("I think I did get an infection, the site is hot and full of pus", Urgency.SAME_DAY),
]


@pytest.mark.parametrize("text", CALM, ids=lambda t: t[:40])
def test_stays_calm(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text,level", WARNINGS, ids=lambda x: str(x)[:40])
def test_escalates_at_its_level(screen, text, level):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(level), assessment.findings
