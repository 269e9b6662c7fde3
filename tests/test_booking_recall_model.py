"""The booking recall and cancel buttons lead where they say, and the trained
model tells "cancel the request I sent here" (cancel_my_booking) from "how
does cancelling work" (faq/reschedule_cancel): the plain-text payloads of
"Book a consultation" and "Continue my booking" (assistant/booking/recall.py)
are read as request_booking, and a few typical messages as their intent.

Needs models/clinic.tar.gz (`make train`); skipped without it.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

from assistant.booking.recall import BOOK_BUTTON, CONTINUE_BUTTON

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "clinic.tar.gz"
THRESHOLD = 0.3  # config.yml's FallbackClassifier

pytestmark = pytest.mark.skipif(not MODEL.exists(), reason=f"{MODEL} is missing: run `make train` first")

CASES: List[Tuple[str, str]] = [
    (BOOK_BUTTON.payload, "request_booking"),
    (CONTINUE_BUTTON.payload, "request_booking"),
    ("what did I book?", "ask_my_booking"),
    ("did my booking go through", "ask_my_booking"),
    ("which clinic did I book?", "ask_my_booking"),
    ("cancel my booking request", "cancel_my_booking"),
    ("please cancel the consultation I just booked", "cancel_my_booking"),
    ("how do i cancel an appointment ive already booked", "faq/reschedule_cancel"),
]


def answered_label(parse: Dict[str, Any]) -> str:
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
        return {text: await agent.parse_message(text) for text, _ in CASES}

    return asyncio.run(parse_all())


@pytest.mark.parametrize("text, label", CASES, ids=[text for text, _ in CASES])
def test_each_is_read_as_its_intent(parsed, text, label):
    parse = parsed[text]
    assert answered_label(parse) == label, (text, parse.get("intent"), parse.get("intent_ranking", [])[:3])
    assert parse["intent"]["confidence"] >= THRESHOLD
    assert not parse.get("safety")
