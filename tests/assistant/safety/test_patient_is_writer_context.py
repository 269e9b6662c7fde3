""" "It's me booking, not her": the writer says she is the patient instead of the relative
whose medicine is named (context.yml pseudo cancels the self-disclosure "it's me").

Wordings written for these tests, not taken from any batch. The rule screen is used: the family
is a rule or context change (the encoder can only add).
"""

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank

CALM = [
    "my husband takes apixaban but it's me having the treatment, not him. can he wait in reception?",
    "my dad is on clopidogrel, it's just me booking though, can he drive me home after?",
]

WARNINGS = [
    ("my mum is on warfarin too, asking for myself as I take it as well", Urgency.REVIEW),
    ("I'm on warfarin, it's me booking for Friday", Urgency.REVIEW),
    ("my dad is on rivaroxaban and so am I, it's me having the treatment", Urgency.REVIEW),
]


@pytest.mark.parametrize("text", CALM, ids=lambda t: t[:40])
def test_stays_calm(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text,level", WARNINGS, ids=lambda x: str(x)[:40])
def test_escalates_at_its_level(screen, text, level):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(level), assessment.findings
