import dataclasses

import pytest

from assistant.safety import Assessment, Finding, Urgency
from assistant.safety.assessment import NO_ESCALATION


def _finding(situation="anaphylaxis", row="B8", urgency=Urgency.EMERGENCY, trigger="can't breathe"):
    return Finding(situation=situation, row=row, urgency=urgency, trigger=trigger)


def test_findings_and_assessments_compare_by_value():
    first = Assessment(Urgency.EMERGENCY, (_finding(),))
    second = Assessment(Urgency.EMERGENCY, (_finding(),))
    assert first == second
    assert hash(first) == hash(second)


def test_assessment_is_frozen():
    assessment = Assessment(None, ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        assessment.urgency = Urgency.REVIEW  # type: ignore[misc]


def test_primary_situation_and_triggers_follow_the_findings_order():
    assessment = Assessment(
        Urgency.EMERGENCY,
        (_finding(), _finding("anticoagulant", "A9", Urgency.REVIEW, "warfarin")),
    )
    assert assessment.situation == "anaphylaxis"
    assert assessment.triggers == ("can't breathe", "warfarin")
    assert assessment.situations == ("anaphylaxis", "anticoagulant")


def test_no_escalation_has_no_situation():
    assert NO_ESCALATION == Assessment(None, ())
    assert NO_ESCALATION.situation is None
    assert NO_ESCALATION.triggers == ()
