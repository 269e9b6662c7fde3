"""Multi-turn ordinary conversations over the REST webhook, against running
servers: FAQ follow-ups, two questions in one message, small talk, the
clinic's facts, the booking form and the callback form with interruptions,
bad input, off-topic and unanswerable questions. The data is
tests/conversations/conversation_scenarios.yml (its header says how it is
written); the runner is the safety scenarios' one (scenario_runner.py).

A scenario with `xfail_reason` is a known fault of the assistant: it runs as
a strict xfail, so fixing the assistant turns it into a failure until the
mark is removed.

The tests without the `servers` mark need no servers: they check the file's
shape, and that every `contains` fragment is text the assistant can say (a
response in domain/, the demo clinic's data, or a string in the assistant's
code), so a reworded answer shows up here before a server run."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, Dict, List

import pytest

from tests.conversations.scenario_runner import (
    DATABASE_KEYS,
    REPLY_KEYS,
    contains_any_groups,
    load_scenarios,
    run_scenario,
    scenario_params,
)
from tests.servers import ROOT, Servers

SCENARIOS = Path(__file__).with_name("conversation_scenarios.yml")
MIN_SCENARIOS = 60
TURNS = range(2, 7)  # 2 to 6 turns a conversation
# Where the assistant's words come from: responses, the clinic's data, and
# the replies the actions compose.
SOURCES = (
    "domain/*.yml",
    "clinic/demo_clinic.yml",
    "assistant/booking/*.py",
    "assistant/clinic/*.py",
    "assistant/handoff/*.py",
    "actions/*.py",
)


def scenarios() -> List[Dict[str, Any]]:
    return load_scenarios(SCENARIOS)


@cache
def _what_the_assistant_can_say() -> str:
    text = " ".join(path.read_text() for pattern in SOURCES for path in sorted(ROOT.glob(pattern)))
    return " ".join(text.split()).lower()


def test_there_are_enough_scenarios_with_unique_names():
    names = [scenario["name"] for scenario in scenarios()]  # loading checks every key
    assert len(names) >= MIN_SCENARIOS, f"{len(names)} scenarios"
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    assert all(re.fullmatch(r"[a-z0-9_]+", name) for name in names), "names are snake_case"


def test_every_turn_expects_something_of_the_reply():
    for scenario in scenarios():
        turns = scenario["turns"]
        assert len(turns) in TURNS, f"{scenario['name']}: {len(turns)} turns"
        for number, turn in enumerate(turns, 1):
            assert set(turn) & (REPLY_KEYS | DATABASE_KEYS), f"{scenario['name']}, turn {number}: no expectation"


def test_every_expected_fragment_is_something_the_assistant_can_say():
    """`contains` and `contains_any` quote the assistant's own words, short
    enough to survive other answers being reworded (`matches` is for text
    the actions compose, such as "£150–£180")."""
    corpus = _what_the_assistant_can_say()
    unknown = [
        f"{scenario['name']}, turn {number}: {fragment!r}"
        for scenario in scenarios()
        for number, turn in enumerate(scenario["turns"], 1)
        for fragment in [*(turn.get("contains") or []), *(f for g in contains_any_groups(turn) for f in g)]
        if " ".join(str(fragment).split()).lower() not in corpus
    ]
    assert not unknown, "\n".join(unknown)


@pytest.mark.servers
@pytest.mark.parametrize("scenario", scenario_params(scenarios()))
def test_conversation_scenario(servers: Servers, scenario: Dict[str, Any]):
    run_scenario(servers, scenario)
