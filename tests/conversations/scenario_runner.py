"""Multi-turn scenarios as data, run over the REST webhook against running
servers: the loader, the checks and the runner shared by the safety
scenarios (test_safety_scenarios.py) and the ordinary conversations
(test_conversation_scenarios.py). The expectations a turn may carry are
documented in the header of tests/conversations/safety_scenarios.yml.

    SCENARIOS = load_scenarios(path)                    # checked against the vocabulary
    @pytest.mark.parametrize("scenario", scenario_params(SCENARIOS))
    def test_x(servers, scenario): run_scenario(servers, scenario)

A scenario with `xfail_reason` is a known fault of the assistant: it runs as
a strict xfail, so fixing the assistant turns it into a failure until the
mark is removed. The runner sends each turn, checks the reply and the
database, and says which turn failed and what the assistant said."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping

import pytest
import yaml

from assistant.db.models import BookingRequest, HandoffTicket
from tests.conversations.test_safety_conversations import payloads, texts
from tests.servers import TEST_SETTINGS, Servers

LEVELS = ("none", "routine", "review", "same_day", "emergency")  # lowest first
# The first sentence: up to the first full stop, question or exclamation mark that ends it.
FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=\s|$)", re.DOTALL)

REPLY_KEYS = {
    "first_sentence_has_emergency_number", "urgency", "min_urgency", "contains", "contains_any",
    "not_contains", "matches", "not_matches", "asks_no_question", "buttons",
}  # fmt: skip
DATABASE_KEYS = {
    "tickets", "ticket_urgency", "ticket_patient_name", "ticket_patient_phone", "ticket_links_booking",
    "booking_requests", "booking_flagged",
}  # fmt: skip
SCENARIO_KEYS = {"name", "why", "turns", "after", "xfail_reason"}


def fill(text: str) -> str:
    """`{emergency_number}` and the other placeholders, from the test clinic's settings
    (a regular expression's `{1,2}` is left alone)."""
    return re.sub(r"{([a-z_]+)}", lambda m: TEST_SETTINGS.get(m.group(1).upper(), m.group(0)), text)


class _StrictLoader(yaml.SafeLoader):
    """Refuses a key given twice in one mapping (YAML would keep the last one silently)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Dict[Any, Any]:
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        twice = {key for key in keys if keys.count(key) > 1}
        if twice:
            raise yaml.constructor.ConstructorError(None, None, f"{sorted(twice)} given twice", node.start_mark)
        return super().construct_mapping(node, deep=deep)


@cache
def load_scenarios(path: Path) -> List[Dict[str, Any]]:
    """The scenarios of one file, every key checked against the vocabulary."""
    loaded = yaml.load(path.read_text(), Loader=_StrictLoader)["scenarios"]
    for scenario in loaded:
        _check_vocabulary(scenario)
    return loaded


def _check_vocabulary(scenario: Mapping[str, Any]) -> None:
    """A typo in an expectation must not pass silently as 'no expectation'."""
    name = scenario.get("name", "?")
    unknown = set(scenario) - SCENARIO_KEYS
    assert not unknown and scenario.get("why") and scenario.get("turns"), f"{name}: bad scenario keys {unknown}"
    assert not set(scenario.get("after") or {}) - DATABASE_KEYS, f"{name}: unknown `after` keys"
    for number, turn in enumerate(scenario["turns"], 1):
        assert isinstance(turn.get("say"), str), f"{name}, turn {number}: no `say`"
        unknown = set(turn) - REPLY_KEYS - DATABASE_KEYS - {"say"}
        assert not unknown, f"{name}, turn {number}: unknown expectations {unknown}"
        for key in ("urgency", "min_urgency"):
            assert turn.get(key, "none") in LEVELS, f"{name}, turn {number}: {key} {turn[key]!r}"


# ---------------------------------------------------------------- the reply


def levels(messages: List[dict]) -> List[str]:
    return [p.get("urgency") or "none" for p in payloads(messages)]


def button_titles(messages: List[dict]) -> List[str]:
    return [b.get("title") for m in messages for b in m.get("buttons") or []]


def highest(found: List[str]) -> str:
    return max(found, key=LEVELS.index, default="none")


def contains_any_groups(turn: Mapping[str, Any]) -> List[List[Any]]:
    """`contains_any` as a list of groups (one list of options is one group)."""
    any_of = turn.get("contains_any") or []
    return any_of if any_of and isinstance(any_of[0], list) else [any_of] if any_of else []


def reply_problems(turn: Mapping[str, Any], messages: List[dict]) -> List[str]:
    """What is wrong with the reply to one turn (empty: nothing)."""
    said = texts(messages)
    joined = " ".join(said)
    lower = joined.lower()
    found = levels(messages)
    problems: List[str] = []

    def expect(ok: bool, what: str) -> None:
        if not ok:
            problems.append(what)

    if "first_sentence_has_emergency_number" in turn:
        match = FIRST_SENTENCE.match(said[0]) if said else None
        first = match.group(0) if match else (said[0] if said else "")
        has = f"call {TEST_SETTINGS['EMERGENCY_NUMBER']}" in first.lower()
        wanted = bool(turn["first_sentence_has_emergency_number"])
        expect(has == wanted, f"first sentence {'lacks' if wanted else 'has'} the emergency number: {first!r}")
    if "urgency" in turn:
        got = highest(found)
        expect(got == turn["urgency"], f"urgency {got} (payloads {found}), wanted {turn['urgency']}")
        if turn["urgency"] == "emergency":
            expect(set(found) == {"emergency"}, f"a lower-level payload with the emergency: {found}")
    if "min_urgency" in turn:
        expect(
            LEVELS.index(highest(found)) >= LEVELS.index(turn["min_urgency"]),
            f"urgency {highest(found)} (payloads {found}), wanted at least {turn['min_urgency']}",
        )
    for text in turn.get("contains") or []:
        expect(fill(str(text)).lower() in lower, f"missing {fill(str(text))!r}")
    for group in contains_any_groups(turn):
        options = [fill(str(text)) for text in group]
        expect(any(o.lower() in lower for o in options), f"none of {options}")
    for text in turn.get("not_contains") or []:
        expect(fill(str(text)).lower() not in lower, f"says {fill(str(text))!r}")
    for pattern in turn.get("matches") or []:
        expect(re.search(fill(pattern), joined) is not None, f"does not match /{fill(pattern)}/")
    for pattern in turn.get("not_matches") or []:
        hit = re.search(fill(pattern), joined)
        expect(hit is None, f"matches /{fill(pattern)}/ at {hit.group(0) if hit else ''!r}")
    if turn.get("asks_no_question"):
        expect(not any("?" in text for text in said), "asks a question")
    if "buttons" in turn:
        titles = button_titles(messages)
        expect(titles == list(turn["buttons"]), f"buttons {titles}, wanted {turn['buttons']}")
    return problems


# ---------------------------------------------------------------- the database


def _ticket(tickets: List[HandoffTicket], what: Callable[[HandoffTicket], Any]) -> Any:
    return what(tickets[0]) if len(tickets) == 1 else f"<{len(tickets)} tickets>"


def database_problems(servers: Servers, sender: str, expected: Mapping[str, Any]) -> List[str]:
    wanted = {key: value for key, value in expected.items() if key in DATABASE_KEYS}
    if not wanted:
        return []
    tickets = servers.rows_for(HandoffTicket, sender)
    requests = servers.rows_for(BookingRequest, sender)
    actual: Dict[str, Any] = {
        "tickets": len(tickets),
        "ticket_urgency": _ticket(tickets, lambda t: t.urgency),
        "ticket_patient_name": _ticket(tickets, lambda t: t.patient_name),
        "ticket_patient_phone": _ticket(tickets, lambda t: t.patient_phone),
        "ticket_links_booking": _ticket(tickets, lambda t: t.booking_request_id is not None),
        "booking_requests": len(requests),
        "booking_flagged": all(
            r.flagged_for_review and r.slot_id is None and r.status != "confirmed" for r in requests
        ),
    }
    return [
        f"database: {key} is {actual[key]!r}, wanted {value!r}" for key, value in wanted.items() if actual[key] != value
    ]


# ---------------------------------------------------------------- the test


def report(scenario: Mapping[str, Any], where: str, said: str, problems: List[str], messages: List[dict]) -> str:
    lines = [f"{scenario['name']} ({scenario['why']})", f"{where}, the patient said: {said!r}"]
    lines += [f"  - {problem}" for problem in problems]
    lines.append("the assistant said:")
    for message in messages:
        if message.get("text"):
            lines.append(f"  | {message['text']}")
        if message.get("buttons"):
            lines.append(f"  | buttons: {button_titles([message])}")
        if (message.get("custom") or {}).get("handoff"):
            lines.append(f"  | payload: {message['custom']['handoff']}")
    return "\n".join(lines)


def scenario_params(scenarios: List[Dict[str, Any]]) -> List[Any]:
    """One pytest parameter a scenario, its id the scenario's name; a strict
    xfail where the scenario has an `xfail_reason`."""
    return [
        pytest.param(
            scenario,
            id=scenario["name"],
            marks=[pytest.mark.xfail(reason=scenario["xfail_reason"], strict=True)]
            if scenario.get("xfail_reason")
            else [],
        )
        for scenario in scenarios
    ]


def run_scenario(servers: Servers, scenario: Mapping[str, Any]) -> None:
    """Every turn in a new conversation, then the `after` expectations. Every turn
    is played and checked, also after a wrong one (a patient carries on too), so
    the report lists each wrong turn: `turn N, the patient said` once per turn."""
    sender = servers.new_conversation()
    messages: List[dict] = []
    failures: List[str] = []
    for number, turn in enumerate(scenario["turns"], 1):
        messages = servers.chat(sender, turn["say"])
        problems = reply_problems(turn, messages) + database_problems(servers, sender, turn)
        if problems:
            failures.append(report(scenario, f"turn {number}", turn["say"], problems, messages))
    problems = database_problems(servers, sender, scenario.get("after") or {})
    if problems:
        last = scenario["turns"][-1]["say"]
        failures.append(report(scenario, "after the last turn", last, problems, messages))
    if failures:
        pytest.fail("\n".join(failures), pytrace=False)
