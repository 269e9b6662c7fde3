"""Explicit suppositions opened with commas ("If, hypothetically, I got...", "Say, in theory,
..."), and a sign named as a topic in "is X after meso common?": questions, not news. A sign
said as the writer's own stays a warning."""

import pytest

from assistant.safety import Urgency

CALM = [
    "If, hypothetically, my cheek swelled up two days later, would I phone you or my GP?",
    "Hypothetically, if I developed an infection a week after, would you see me again?",
    "Say, in theory, I got a temperature the day after - is that something to ring about?",
    "In theory, if I felt dizzy after the session, could I still drive home?",
    "Suppose, hypothetically, I had a rash afterwards, what would you do?",
    "Is bruising after meso common?",
    "My mum fainted at a blood test years ago and still laughs about it. Is fainting during mesotherapy rare?",
    "Are infections after fat dissolving common?",
]

ALARM = [
    "Hypothetically speaking I don't need to ask - my lip is swelling right now and my throat feels tight",
    "If, hypothetically, this is normal, why is my cheek white and cold since the injection?",
    "Is swelling after meso common? my lips have doubled and I can't breathe properly",
    "I got a fever tonight after the treatment, say 39 degrees",
]


@pytest.mark.parametrize("message", CALM)
def test_explicit_supposition_or_general_question_stays_calm(screen, message):
    assert screen.assess(message).urgency is None, screen.assess(message).findings


@pytest.mark.parametrize("message", ALARM)
def test_own_sign_beside_a_supposition_still_escalates(screen, message):
    assert screen.assess(message).urgency in (Urgency.EMERGENCY, Urgency.SAME_DAY), message


# A hedged report ("can't tell if", "not sure whether") is the writer's own news, not a "what if".
HEDGED_REPORTS = [
    "I can't tell if my lips swelled more since this morning, they feel tight",
    "not sure whether my tongue got bigger but it feels thick and odd",
    "don't know if my lips are swelling or I'm imagining it, had a booster at lunch",
]


@pytest.mark.parametrize("message", HEDGED_REPORTS)
def test_a_hedged_report_is_not_read_as_a_supposition(screen, message):
    assert screen.assess(message).urgency in (Urgency.EMERGENCY, Urgency.SAME_DAY), screen.assess(message).findings
