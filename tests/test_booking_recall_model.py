"""The booking recall and cancel buttons lead where they say, and the trained
model tells "cancel the request I sent here" (cancel_my_booking) from "how
does cancelling work" (faq/reschedule_cancel): the plain-text payloads of
"Book a consultation" and "Continue my booking" (assistant/booking/recall.py)
are read as request_booking, and a few typical messages as their intent.

Needs models/clinic.tar.gz (`make train`); skipped without it.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pytest

from assistant.booking.recall import BOOK_BUTTON, CONTINUE_BUTTON
from tests.trained_model import FALLBACK_THRESHOLD, answered_label, needs_model, parse_all

pytestmark = needs_model

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


@pytest.fixture(scope="module")
def parsed() -> Dict[str, Dict[str, Any]]:
    return parse_all(text for text, _ in CASES)


@pytest.mark.parametrize("text, label", CASES, ids=[text for text, _ in CASES])
def test_each_is_read_as_its_intent(parsed, text, label):
    parse = parsed[text]
    assert answered_label(parse) == label, (text, parse.get("intent"), parse.get("intent_ranking", [])[:3])
    assert parse["intent"]["confidence"] >= FALLBACK_THRESHOLD
    assert not parse.get("safety")
