"""action_answer_faq_follow_up: "and for hair?" after a per-area general answer sends that
answer's sentences about hair, from the domain's own responses."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import names
from actions.faq import ActionAnswerFaqFollowUp
from tests.actions.helpers import domain, run


def user(text: str, intent: str, topic: str | None = None) -> dict:
    parse_data = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    if topic:
        parse_data["response_selector"] = {"faq": {"response": {"intent_response_key": topic}}}
    return {"event": "user", "text": text, "parse_data": parse_data}


def conversation(*messages: dict) -> Tracker:
    return Tracker(
        sender_id="patient-1",
        slots={},
        latest_message=messages[-1]["parse_data"],
        events=[e for m in messages for e in (m, {"event": "action", "name": "utter_faq"})][:-1],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def test_the_previous_answers_sentences_about_the_area_are_sent():
    ran = run(
        ActionAnswerFaqFollowUp(),
        conversation(
            user("how long does it all last", "faq", "faq/results_duration"),
            user("and what about hair", "faq", "faq/hair"),
        ),
    )
    assert len(ran.texts) == 1
    assert "every 3 months" in ran.texts[0]
    assert "Fat-dissolving" not in ran.texts[0]


def test_when_there_is_no_such_follow_up_it_asks_to_rephrase_rather_than_guess():
    dispatcher = CollectingDispatcher()
    events = ActionAnswerFaqFollowUp().run(
        dispatcher,
        conversation(user("what is it", "faq", "faq/what_is"), user("and what about hair", "faq", "faq/hair")),
        domain(),
    )
    assert [m.get("response") for m in dispatcher.messages] == [names.UTTER_ASK_REPHRASE]
    assert events == []
