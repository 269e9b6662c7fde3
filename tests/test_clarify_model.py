"""Every "Did you mean...?" button leads to its answer: on the trained model,
each canonical question (assistant/clarify.py, the button's title and payload)
is classified as its own label with enough confidence to be answered, and the
"something else" payload as a request for a person.

Needs models/clinic.tar.gz (`make train`; `make test` trains before pytest);
skipped without it.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

from assistant.clarify import SOMETHING_ELSE_PAYLOAD, TITLES

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "clinic.tar.gz"
THRESHOLD = 0.3  # config.yml's FallbackClassifier: below it the button would fall back again

pytestmark = pytest.mark.skipif(not MODEL.exists(), reason=f"{MODEL} is missing: run `make train` first")

CASES: List[Tuple[str, str]] = [*TITLES.items(), ("request_human", SOMETHING_ELSE_PAYLOAD)]


def answered_label(parse: Dict[str, Any]) -> str:
    """The label the assistant answers with: the intent, or for `faq` the selected topic."""
    intent = (parse.get("intent") or {}).get("name") or "None"
    if intent != "faq":
        return intent
    selected = ((parse.get("response_selector") or {}).get("faq") or {}).get("response") or {}
    return selected.get("intent_response_key") or "faq/None"


@pytest.fixture(scope="module")
def parsed() -> Dict[str, Dict[str, Any]]:
    from rasa.core.agent import Agent

    async def parse_all() -> Dict[str, Dict[str, Any]]:
        agent = Agent.load(str(MODEL))
        return {text: await agent.parse_message(text) for _, text in CASES}

    return asyncio.run(parse_all())


@pytest.mark.parametrize("label, text", CASES, ids=[label for label, _ in CASES])
def test_each_button_is_read_as_its_own_answer(parsed, label, text):
    parse = parsed[text]
    assert answered_label(parse) == label, (text, parse.get("intent"), parse.get("intent_ranking", [])[:3])
    assert parse["intent"]["confidence"] >= THRESHOLD
    assert not parse.get("safety"), f"the safety screen escalated a canonical question: {parse.get('safety')}"
