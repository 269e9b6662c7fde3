"""The development examples (dev_examples.yml) as a table of cases."""

from collections import Counter

import pytest

from assistant.safety import Urgency, situations
from tests.assistant.safety.conftest import load_dev_examples

_EXAMPLES = load_dev_examples()
ESCALATE = _EXAMPLES["escalate"]
NONE = _EXAMPLES["none"]


@pytest.mark.parametrize("case", ESCALATE, ids=[c["text"][:60] for c in ESCALATE])
def test_message_escalates_at_the_expected_level_with_the_expected_situation(screen, case):
    assessment = screen.assess(case["text"])
    assert assessment.urgency is Urgency(case["urgency"]), assessment
    assert case["situation"] in assessment.situations, assessment


@pytest.mark.parametrize("case", NONE, ids=[c["text"][:60] for c in NONE])
def test_message_does_not_escalate(screen, case):
    assert screen.assess(case["text"]).urgency is None


def test_every_situation_has_development_examples():
    covered = {case["situation"] for case in ESCALATE}
    reachable_only_by_context = {"previous_reaction"} - covered
    missing = {s.key for s in situations()} - covered - reachable_only_by_context
    assert not missing


@pytest.mark.parametrize("lang", ["es", "fr", "de", "pl"])
def test_every_language_has_examples_at_every_level_and_benign_ones(lang):
    levels = Counter(case["urgency"] for case in ESCALATE if case["lang"] == lang)
    assert set(levels) == {"emergency", "same_day", "review"}
    assert any(case["lang"] == lang for case in NONE)


def test_examples_exercise_typos_slang_buried_signs_and_several_sentences():
    kinds = Counter(case.get("kind") for case in ESCALATE)
    for kind in ("matrix", "typo", "slang", "buried", "multi", "context", "lang"):
        assert kinds[kind] >= 2, kind
