"""Clinic matters the assistant has no answer for (gift vouchers, insurance, retail, jobs,
online accounts) get an honest reply: team_only_question ("that's one for the team") or, when
the model is unsure, "did you mean...?" with the way to the team; never the nearest answer it
has. Ordinary clinic questions keep their own answers, and the
reply's button to the team is read as a request for a person.

Written for this test, not copied from the training data. Needs models/clinic.tar.gz
(`make train`); skipped without it.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pytest
import yaml

from assistant.clarify import suggestions
from tests.trained_model import ROOT, answered_label, needs_model, parse_all

pytestmark = needs_model

TEAM_BUTTON = next(
    button["payload"]
    for button in yaml.safe_load((ROOT / "domain" / "fallback.yml").read_text())["responses"][
        "utter_team_only_question"
    ][0]["buttons"]
    if not button["payload"].startswith("/")
)

# An honest reply: "that's one for the team", or "did you mean...?" with the way to the team.
HONEST = ("team_only_question", "nlu_fallback")

# (message, the replies that are right for it)
CASES: List[Tuple[str, Tuple[str, ...]]] = [
    ("could I get a present voucher for my partner's birthday?", ("team_only_question",)),
    ("is there a cloakroom for my shopping bags while I'm treated", ("team_only_question",)),
    ("does private medical insurance cover any of this", HONEST),
    ("do you have vacancies for aesthetic nurses", HONEST),
    ("can I pick up a moisturiser or sun cream from your reception?", HONEST),
    # Neighbours that have answers stay with them (or, at worst, get the honest reply). Buying
    # the injected products to use at home should get the self-injection caution (row A5).
    ("is it possible to purchase the products you use to take home", ("faq/self_injection", *HONEST)),
    ("how much does a hair session cost?", ("ask_price",)),
    ("what time do you open on saturday", ("ask_opening_hours",)),
    ("where are you based", ("ask_location",)),
    # "We don't offer it", from the clinic file; or, since the familiarity gate (the encoder
    # places "botox" far from the treatment examples), "did you mean" led by that answer.
    ("do u do botox", ("ask_treatments", "nlu_fallback")),
    (TEAM_BUTTON, ("request_human",)),
]


@pytest.fixture(scope="module")
def parsed() -> Dict[str, Dict[str, Any]]:
    return parse_all(text for text, _ in CASES)


@pytest.mark.parametrize("text, right", CASES, ids=[text for text, _ in CASES])
def test_each_gets_a_right_reply_never_a_confident_wrong_one(parsed, text, right):
    parse = parsed[text]
    assert answered_label(parse) in right, (text, parse.get("intent"), parse.get("intent_ranking", [])[:3])
    assert not parse.get("safety")
    if answered_label(parse) == "nlu_fallback" and right[0] != "team_only_question":
        # Unsure of a question that has an answer: "did you mean" offers that answer first.
        offered = [suggestion.label for suggestion in suggestions(parse)]
        assert offered and offered[0] == right[0], (text, offered)
