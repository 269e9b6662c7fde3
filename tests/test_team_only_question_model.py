"""Clinic matters the assistant has no answer for (gift vouchers, access, insurance, retail,
jobs, online accounts) are read as team_only_question: the honest "that's one for the team",
never the nearest answer it has. Ordinary clinic questions keep their own answers, and the
reply's button to the team is read as a request for a person.

Written for this test, not copied from the training data. Needs models/clinic.tar.gz
(`make train`); skipped without it.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pytest
import yaml

from tests.trained_model import FALLBACK_THRESHOLD, ROOT, answered_label, needs_model, parse_all

pytestmark = needs_model

TEAM_BUTTON = next(
    button["payload"]
    for button in yaml.safe_load((ROOT / "domain" / "fallback.yml").read_text())["responses"][
        "utter_team_only_question"
    ][0]["buttons"]
    if not button["payload"].startswith("/")
)

CASES: List[Tuple[str, str]] = [
    ("could I get a present voucher for my partner's birthday?", "team_only_question"),
    ("my dad is in a wheelchair, can he get into the building?", "team_only_question"),
    ("does private medical insurance cover any of this", "team_only_question"),
    ("do you have vacancies for aesthetic nurses", "team_only_question"),
    ("can I pick up a moisturiser or sun cream from your reception?", "team_only_question"),
    # Neighbours that have answers stay with them: buying the injected products to use at home
    # gets the self-injection caution (the matrix's row A5).
    ("is it possible to purchase the products you use to take home", "faq/self_injection"),
    ("how much does a hair session cost?", "ask_price"),
    ("what time do you open on saturday", "ask_opening_hours"),
    ("where are you based", "ask_location"),
    (TEAM_BUTTON, "request_human"),
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
