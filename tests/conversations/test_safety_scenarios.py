"""Multi-turn safety scenarios over the REST webhook, against running
servers: the data is tests/conversations/safety_scenarios.yml (its header
documents the expectations); the runner (scenario_runner.py, shared with the
ordinary conversations) sends each turn, checks the reply and the database,
and says which turn failed and what the assistant said.

A scenario with `xfail_reason` is a known fault of the assistant against the
triage matrix: it runs as a strict xfail, so fixing the assistant turns it
into a failure until the mark is removed."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List

import pytest

from tests.conversations.scenario_runner import load_scenarios, reply_problems, run_scenario, scenario_params
from tests.servers import Servers

SCENARIOS = Path(__file__).with_name("safety_scenarios.yml")


def scenarios() -> List[Dict[str, Any]]:
    return load_scenarios(SCENARIOS)


def test_the_scenarios_use_the_documented_vocabulary():
    names = [scenario["name"] for scenario in scenarios()]  # loading checks every key
    assert len(names) == len(set(names)) and len(names) >= 30


def test_the_checks_catch_a_wrong_reply():
    """The checker itself, on made-up replies: a disclaimer before the emergency
    sentence, a lower payload beside an emergency one, a forged number, buttons."""
    disclaimer_first = [
        {"text": "Hello, this is the chat. In an emergency call 112 now."},
        {"text": "Please call 112 now. I've alerted the team."},
        {"custom": {"handoff": {"urgency": "emergency", "ticket_id": None}}},
        {"custom": {"handoff": {"urgency": "same_day", "ticket_id": "7"}}},
    ]
    problems = reply_problems(
        {"first_sentence_has_emergency_number": True, "urgency": "emergency", "not_contains": ["in an EMERGENCY"]},
        disclaimer_first,
    )
    assert len(problems) == 3, problems
    right = [
        {"text": "Please call 112 now if you haven't already. Is it? No.", "buttons": [{"title": "Yes"}]},
        {"custom": {"handoff": {"urgency": "emergency", "ticket_id": None}}},
    ]
    assert (
        reply_problems(
            {
                "first_sentence_has_emergency_number": True,
                "urgency": "emergency",
                "min_urgency": "same_day",
                "contains": ["{emergency_number}"],
                "contains_any": [["nope", "already"], ["is it"]],
                "matches": [r"\d{3}"],
                "not_matches": [r"\bNone\b"],
                "buttons": ["Yes"],
            },
            right,
        )
        == []
    )
    assert len(reply_problems({"asks_no_question": True, "buttons": [], "urgency": "none"}, right)) == 3


@pytest.mark.servers
@pytest.mark.parametrize("scenario", scenario_params(scenarios()))
def test_safety_scenario(servers: Servers, scenario: Dict[str, Any]):
    run_scenario(servers, scenario)
