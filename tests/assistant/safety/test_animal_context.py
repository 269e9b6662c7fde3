"""A pet's illness told in passing (context.yml animal): an animal is never the clinic's
patient, and a word of the writer's own ends the reach.

Wordings written for these tests, not taken from any batch. The rule screen is used: the family
is a rule or context change (the encoder can only add).
"""

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank

CALM = [
    "our cat had a tooth out at the vet last week and the gum got infected, anyway can I move my Thursday slot?",
    "My sister's dog was stung by a wasp and his face swelled right up, poor thing. Do you have anything on Saturday?",
    "the neighbour's horse got an abscess on its leg that went septic, nothing to do with me. what time do you open?",
]

WARNINGS = [
    ("my dog bit my hand yesterday and now my arm has red streaks and I feel feverish", Urgency.SAME_DAY),
    ("the cat scratched my cheek where I had the meso and now it's oozing pus", Urgency.SAME_DAY),
    ("our dog had a lump removed, and my lips are swelling and my throat feels tight", Urgency.EMERGENCY),
]


@pytest.mark.parametrize("text", CALM, ids=lambda t: t[:40])
def test_stays_calm(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text,level", WARNINGS, ids=lambda x: str(x)[:40])
def test_escalates_at_its_level(screen, text, level):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(level), assessment.findings
