"""Every "Did you mean...?" button leads to its answer: on the trained model,
each canonical question (assistant/clarify.py, the button's title and payload)
is classified as its own label with enough confidence to be answered, and the
"something else" payload as a request for a person.

Needs models/clinic.tar.gz (`make train`; `make test` trains before pytest);
skipped without it.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pytest

from assistant.clarify import SOMETHING_ELSE_PAYLOAD, TITLES
from tests.trained_model import FALLBACK_THRESHOLD, answered_label, needs_model, parse_all

pytestmark = needs_model

CASES: List[Tuple[str, str]] = [*TITLES.items(), ("request_human", SOMETHING_ELSE_PAYLOAD)]


@pytest.fixture(scope="module")
def parsed() -> Dict[str, Dict[str, Any]]:
    return parse_all(text for _, text in CASES)


@pytest.mark.parametrize("label, text", CASES, ids=[label for label, _ in CASES])
def test_each_button_is_read_as_its_own_answer(parsed, label, text):
    parse = parsed[text]
    assert answered_label(parse) == label, (text, parse.get("intent"), parse.get("intent_ranking", [])[:3])
    assert parse["intent"]["confidence"] >= FALLBACK_THRESHOLD
    assert not parse.get("safety"), f"the safety screen escalated a canonical question: {parse.get('safety')}"
