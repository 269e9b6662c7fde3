"""FollowUpPolicy sends a follow-up to the clinic answer of the question it asks, then listens,
on real Rasa trackers and the project's domain, and stays out of everything else. What is a
follow-up is assistant.clinic.followups' business (tests/assistant/clinic/test_followups.py):
here a stand-in decides."""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path
from typing import List, Sequence

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.clinic.followups import Earlier, FollowUp
from assistant.handoff import episode as ep
from rasa_addons.follow_up_policy import FollowUpPolicy, earlier_messages

ROOT = Path(__file__).resolve().parents[2]


@cache
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain"))


class Decisions:
    """A stand-in for the clinic database: "and for hair?" after a price is a price."""

    def __init__(self) -> None:
        self.asked: List[tuple] = []

    def __call__(self, text: str, earlier: Sequence[Earlier], own_topic: str | None) -> FollowUp | None:
        self.asked.append((text, list(earlier), own_topic))
        if text == "and for hair?" and earlier and earlier[0].intent == "ask_price":
            return FollowUp("price", "how much is it? (Hair mesotherapy)")
        if text == "is she in york on tuesday?":
            return FollowUp("slots", text, "pronoun")
        return None


@pytest.fixture
def decisions(monkeypatch) -> Decisions:
    stand_in = Decisions()
    monkeypatch.setattr(FollowUpPolicy, "decide", staticmethod(stand_in))
    return stand_in


@pytest.fixture
def policy(tmp_path, decisions) -> FollowUpPolicy:
    return FollowUpPolicy(
        FollowUpPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("follow_up"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def said(text: str, intent: str, topic: str | None = None) -> UserUttered:
    parse_data = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    if topic:
        parse_data["response_selector"] = {"faq": {"response": {"intent_response_key": topic}}}
    return UserUttered(text, parse_data["intent"], [], parse_data, timestamp=time.time())


def tracker(*events: Event) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("p1", [ActionExecuted("action_listen"), *events], domain().slots)


def predicted(policy: FollowUpPolicy, tracker_: DialogueStateTracker) -> str | None:
    probabilities = policy.predict_action_probabilities(tracker_, domain()).probabilities
    best = max(range(len(probabilities)), key=probabilities.__getitem__)
    return domain().action_names_or_texts[best] if probabilities[best] > 0 else None


PRICE_TURN = [said("how much is face meso", "ask_price"), ActionExecuted("action_answer_price")]


def test_a_follow_up_read_as_a_general_question_gets_the_clinic_answer_then_it_listens(policy):
    asked = [*PRICE_TURN, ActionExecuted("action_listen"), said("and for hair?", "faq", "faq/hair")]
    assert predicted(policy, tracker(*asked)) == "action_answer_price"
    assert predicted(policy, tracker(*asked, ActionExecuted("action_answer_price"))) == "action_listen"


def test_a_follow_up_read_as_a_correction_outside_a_form_asks_the_question_again(policy):
    asked = [*PRICE_TURN, ActionExecuted("action_listen"), said("and for hair?", "correct")]
    assert predicted(policy, tracker(*asked)) == "action_answer_price"
    assert predicted(policy, tracker(ActiveLoop("booking_form"), *asked)) is None


def test_a_pronoun_follow_up_read_as_opening_hours_gets_free_times(policy, decisions):
    turn = [said("who is dr hart", "ask_practitioners"), ActionExecuted("action_answer_practitioners")]
    asked = [*turn, ActionExecuted("action_listen"), said("is she in york on tuesday?", "ask_opening_hours")]
    assert predicted(policy, tracker(*asked)) == "action_answer_consultation_slots"
    assert decisions.asked[-1][2] == "hours"  # what it was read as alone


def test_no_follow_up_leaves_the_message_to_the_rules(policy):
    asked = [*PRICE_TURN, ActionExecuted("action_listen"), said("does it hurt?", "faq", "faq/pain_numbing")]
    assert predicted(policy, tracker(*asked)) is None
    # and after the rules answered it, nothing either: the rules listen
    assert predicted(policy, tracker(*asked, ActionExecuted("utter_faq"))) is None


def test_a_clinic_answer_the_rules_gave_is_theirs_to_finish(policy):
    asked = [*PRICE_TURN, ActionExecuted("action_listen"), said("and in york?", "ask_price")]
    assert predicted(policy, tracker(*asked, ActionExecuted("action_answer_price"))) is None


def test_without_a_question_to_lean_on_the_database_is_not_asked(policy, decisions):
    asked = [said("what is it", "faq", "faq/what_is"), ActionExecuted("utter_faq"), ActionExecuted("action_listen")]
    assert predicted(policy, tracker(*asked, said("and for hair?", "faq", "faq/hair"))) is None
    assert decisions.asked == []


@pytest.mark.parametrize("intent", ["safety_review", "request_human", "request_booking", "affirm"])
def test_it_never_overrides_safety_people_bookings_or_answers(policy, intent):
    asked = [*PRICE_TURN, ActionExecuted("action_listen"), said("and for hair?", intent)]
    assert predicted(policy, tracker(*asked)) is None


def test_it_stays_out_of_forms_and_safety_episodes(policy):
    asked = [*PRICE_TURN, ActionExecuted("action_listen"), said("and for hair?", "faq", "faq/hair")]
    in_form = tracker(ActiveLoop("booking_form"), *asked)
    assert predicted(policy, in_form) is None
    episode = [SlotSet(ep.SLOT_LEVEL, ep.EMERGENCY), SlotSet(ep.SLOT_ID, "m1"), SlotSet(ep.SLOT_STARTED, time.time())]
    assert predicted(policy, tracker(*episode, *asked)) is None


def test_earlier_messages_are_this_sessions_latest_with_their_faq_topics():
    events = [
        said("from before", "ask_price"),
        SessionStarted(),
        said("what is it", "faq", "faq/what_is"),
        said("how much is face meso", "ask_price"),
        said("and for hair?", "faq", "faq/hair"),
    ]
    earlier = earlier_messages(tracker(*events))
    assert earlier == [Earlier("how much is face meso", "ask_price"), Earlier("what is it", "faq/what_is")]


def test_an_sqlite_clinic_database_not_made_yet_is_no_follow_up_and_is_not_created(monkeypatch, tmp_path):
    from rasa_addons import follow_up_policy

    missing = tmp_path / "not-yet" / "clinic.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{missing}")
    monkeypatch.setattr(follow_up_policy, "_engine", None)
    earlier = [Earlier("how much is it", "ask_price")]
    assert follow_up_policy.decide_from_database("and for hair?", earlier, None) is None
    assert not missing.exists() and not missing.parent.exists()


def test_a_database_that_is_down_is_no_follow_up_and_its_wait_is_bounded(monkeypatch):
    """The policy runs on the Rasa server's event loop: an unreachable or hanging PostgreSQL must
    give up after a few seconds (the engine's busy timeout sets connect, statement and lock
    timeouts), and the turn falls back to the rules."""
    import assistant.db
    from rasa_addons import follow_up_policy

    waits = []
    real_create = assistant.db.create_engine_for

    def recording_create(url, busy_timeout=None):
        waits.append(busy_timeout)
        return real_create(url, busy_timeout=busy_timeout)

    monkeypatch.setattr(assistant.db, "create_engine_for", recording_create)
    # A loopback port nothing listens on: refused at once, so the test does not wait.
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg2://nobody@127.0.0.1:1/none")
    monkeypatch.setattr(follow_up_policy, "_engine", None)
    earlier = [Earlier("how much is it", "ask_price")]
    assert follow_up_policy.decide_from_database("and for hair?", earlier, None) is None
    assert waits == [follow_up_policy.DATABASE_WAIT_SECONDS] and 0 < waits[0] <= 5
    monkeypatch.setattr(follow_up_policy, "_engine", None)
