"""Pain or a near-faint during the injections that the message says stopped when they
finished (context.yml session_over); anything after it that takes it back keeps the sign.

Wordings written for these tests, not taken from any batch. The rule screen is used: the family
is a rule or context change (the encoder can only add).
"""

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank

CALM = [
    (
        "it stung like mad while the needle was in and I felt a bit faint, but that went away as "
        "soon as she finished. all good"
    ),
    "honestly the pain was 10/10 during the chin injections, it eased the minute he stopped",
    "I went really lightheaded in the chair, it passed once the nurse was done, thanks for the juice",
]

WARNINGS = [
    (
        "the pain was unbearable while she was injecting and it's still 9/10 now, my cheek looks white",
        Urgency.EMERGENCY,
    ),
    ("it stopped as soon as she finished but now my lip is going grey and cold", Urgency.EMERGENCY),
    ("felt faint during the injections, it stopped when she finished but I fainted again tonight", Urgency.SAME_DAY),
]


@pytest.mark.parametrize("text", CALM, ids=lambda t: t[:40])
def test_stays_calm(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text,level", WARNINGS, ids=lambda x: str(x)[:40])
def test_escalates_at_its_level(screen, text, level):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(level), assessment.findings
