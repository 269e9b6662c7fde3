"""The NLU decision: the screen's findings, raised (never lowered) by the
classifier's second signal."""

import pytest

from assistant.handoff.escalation import (
    CONCERN_THRESHOLD,
    Escalation,
    all_families,
    escalate,
    families,
)
from assistant.safety import Assessment, Finding, Urgency

NONE = Assessment(urgency=None, findings=())


def assessment(*findings):
    found = tuple(Finding(situation, row, urgency, trigger) for situation, row, urgency, trigger in findings)
    return Assessment(urgency=found[0].urgency if found else None, findings=found)


ANAPHYLAXIS = ("anaphylaxis", "B8", Urgency.EMERGENCY, "throat feels tight")
INFECTION = ("infection", "B13", Urgency.SAME_DAY, "pus")
WARFARIN = ("anticoagulant", "A9", Urgency.REVIEW, "warfarin")


def test_nothing_found_and_no_worry_is_no_escalation():
    assert escalate(NONE, 0.0) is None
    assert escalate(NONE, CONCERN_THRESHOLD - 0.01) is None


def test_the_screens_finding_sets_level_family_and_evidence():
    found = escalate(assessment(ANAPHYLAXIS, WARFARIN), 0.0)

    assert found == Escalation(
        urgency=Urgency.EMERGENCY,
        family="anaphylaxis",
        situations=("anaphylaxis", "anticoagulant"),
        rows=("B8", "A9"),
        triggers=("throat feels tight", "warfarin"),
        source="screen",
    )
    assert found.intent == "safety_emergency"


def test_a_confident_worry_with_nothing_found_is_same_day():
    found = escalate(NONE, 0.8)

    assert (found.urgency, found.family, found.situations, found.source) == (
        Urgency.SAME_DAY,
        "unspecified_concern",
        ("unspecified_concern",),
        "classifier",
    )
    assert found.intent == "safety_same_day"


def test_when_the_screen_found_something_its_finding_decides():
    found = escalate(assessment(WARFARIN), 0.9)

    assert found.urgency is Urgency.REVIEW and found.family == "anticoagulant"
    assert found.situations == ("anticoagulant",) and found.source == "screen"


@pytest.mark.parametrize("confidence", [0.0, 0.59, 0.6, 0.99])
@pytest.mark.parametrize("finding", [ANAPHYLAXIS, INFECTION, WARFARIN])
@pytest.mark.parametrize("intent", ["report_concern", "safety_same_day", "safety_emergency"])
def test_the_classifier_never_lowers_or_removes_what_the_screen_found(finding, confidence, intent):
    found = escalate(assessment(finding), confidence, intent)

    assert found.urgency is finding[2]
    assert found.situations[0] == finding[0]


def test_the_dict_the_message_carries_reads_back():
    found = escalate(assessment(INFECTION, WARFARIN), 0.7)

    assert Escalation.from_dict(found.as_dict()) == found
    assert Escalation.from_dict(escalate(NONE, 0.7).as_dict()) == escalate(NONE, 0.7)
    assert set(found.as_dict()) >= {"urgency", "situations", "rows", "triggers"}


def test_every_situation_has_a_family_and_the_slot_lists_them_all():
    assert set(families().values()) | {"unspecified_concern"} == set(all_families())


@pytest.mark.parametrize("intent", ["report_concern", "safety_same_day", "safety_emergency"])
def test_the_classifier_alone_sends_the_patient_to_a_clinician_today_never_to_the_emergency_number(intent):
    found = escalate(NONE, 0.75, intent)

    assert (found.urgency, found.family, found.classifier_intent) == (
        Urgency.SAME_DAY,
        "unspecified_concern",
        intent,
    )


def test_the_classifier_alone_never_escalates_a_review():
    assert escalate(NONE, 0.95, "safety_review") is None
