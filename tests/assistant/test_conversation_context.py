"""The conversation's context: the latest question's topic and the treatment date given."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from assistant.conversation_context import SLOT_CURRENT_TOPIC, SLOT_TREATED_ON, context_updates

THURSDAY = datetime(2026, 12, 3, 15, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("label", ["faq/results_duration", "ask_price", "ask_practitioners"])
def test_a_question_becomes_the_topic(label):
    assert context_updates(label, "a question", THURSDAY) == {SLOT_CURRENT_TOPIC: label}


@pytest.mark.parametrize(
    "label", ["thank", "greet", "affirm", "safety_same_day", "request_booking", "nlu_fallback", None]
)
def test_anything_else_leaves_the_topic(label):
    assert SLOT_CURRENT_TOPIC not in context_updates(label, "ok thanks", THURSDAY)


@pytest.mark.parametrize(
    "text, treated_on",
    [
        ("had my meso 3 days ago and the redness is still there", "2026-11-30"),
        ("my session was last week, when can I swim?", "2026-11-26"),
        ("tuve la mesoterapia hace dos días", "2026-12-01"),
    ],
)
def test_a_treatment_date_given_is_kept(text, treated_on):
    assert context_updates("faq/side_effects", text, THURSDAY)[SLOT_TREATED_ON] == treated_on


@pytest.mark.parametrize(
    "text",
    [
        "the redness started 2 days ago",  # dates the redness, not a treatment
        "is meso safe?",  # a treatment, no time
        '/faq{"treated_on": "2020-01-01"}',  # a payload never sets context
    ],
)
def test_no_treatment_date_without_a_treatment_and_a_time(text):
    assert SLOT_TREATED_ON not in context_updates("faq/side_effects", text, THURSDAY)
