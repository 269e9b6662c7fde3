"""Joke comparisons for the day's expected marks: "I look like I've got chickenpox" (context.yml
figures_of_speech), "looks sunburnt after the treatment" and pink marks just where the needles
went in (lexicon.yml unless). A real sign beside them, or real sunburn, still escalates.

Wordings written for these tests, not taken from any batch. The rule screen is used: the family
is a rule or context change (the encoder can only add).
"""

import pytest

from assistant.safety import Urgency
from assistant.safety.urgency import rank

CALM = [
    "my partner says I look like I've caught the measles lol, it's just the dots from this afternoon's session",
    "husband reckons my cheeks look a bit sunburnt after the treatment today. not hot, not sore. anything to put on?",
    "a few pink patches where the needles went in this morning, nothing itchy, is that normal?",
]

WARNINGS = [
    ("my son says I look like I've got chickenpox and I've got a temperature of 39", Urgency.SAME_DAY),
    ("pink blotches where the injections went, itchy and spreading up my neck", Urgency.SAME_DAY),
    ("I got sunburnt at the beach on saturday and my forehead is peeling, booked in for thursday", Urgency.REVIEW),
    ("my forehead looks sunburnt from the weekend away, appointment tomorrow", Urgency.REVIEW),
]


@pytest.mark.parametrize("text", CALM, ids=lambda t: t[:40])
def test_stays_calm(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text,level", WARNINGS, ids=lambda x: str(x)[:40])
def test_escalates_at_its_level(screen, text, level):
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(level), assessment.findings


# "Am I dying" with a laughing or crying face after it (context.yml figures_of_speech): the
# encoder does not read the segment holding it, and the rules still read every sign named.
DRAMA_CALM = [
    "tiny red bumps all over my forehead from this morning's session, am I dying 😂",
]
DRAMA_WARNINGS = [
    ("my cheek has gone white and cold since the injection, am I dying 😭", Urgency.EMERGENCY),
    ("my lips are swelling and my throat feels tight, am I dying lol", Urgency.EMERGENCY),
]


@pytest.mark.parametrize("text", DRAMA_CALM, ids=lambda t: t[:40])
def test_drama_stays_calm_with_the_encoder(full_screen, text):
    assessment = full_screen.assess(text)
    assert assessment.urgency is None, assessment.findings


@pytest.mark.parametrize("text,level", DRAMA_WARNINGS, ids=lambda x: str(x)[:40])
def test_drama_with_a_sign_escalates(full_screen, text, level):
    assessment = full_screen.assess(text)
    assert rank(assessment.urgency) >= rank(level), assessment.findings
