"""A24: a new lump in the neck asked about as an extra to a booking ("could you dissolve that
too?"): a diagnosis first. A chin booking without a lump stays calm.

Wordings written for these tests, not taken from any batch. The rule screen is used: the family
is a rule or context change (the encoder can only add).
"""

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank

CALM = [
    "can you dissolve the fat under my chin while I'm in for the skin booster?",
    "could you do my jawline too while I'm in on friday?",
]

WARNINGS = [
    (
        "found a small lump on the front of my neck last month, can you melt it while I'm in for the double chin jabs?",
        Urgency.REVIEW,
    ),
    (
        "there's a marble sized lump low on my neck, could you also dissolve it at my appointment on friday?",
        Urgency.REVIEW,
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
