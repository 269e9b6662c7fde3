"""action_suggest_answers: "Did you mean...?" on the first message the NLU
is not sure about, or "could you rephrase" when nothing is likely enough."""

from __future__ import annotations

import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions import names
from actions.clarify import ActionSuggestAnswers
from assistant.clarify import PROMPT, SOMETHING_ELSE_PAYLOAD, SOMETHING_ELSE_TITLE
from assistant.conversation import Button, Message
from tests.actions.helpers import ROOT, assert_run, domain, tracker
from tests.assistant.test_clarify import parse_data


def missed(*labels, text="hmm"):
    return tracker(text, parse_data=parse_data(*labels, text=text))


def test_likely_answers_are_offered_as_buttons_with_a_way_to_the_team():
    assert_run(
        ActionSuggestAnswers(),
        missed(
            ("faq/aftercare_heat", 0.27),
            ("faq/aftercare_exercise", 0.24),
            ("ask_opening_hours", 0.1),
            ("greet", 0.09),
            text="gym n sauna after??",
        ),
        events=[],
        messages=[
            Message(
                PROMPT,
                (
                    Button(
                        "When can I use a sauna or go swimming after treatment?",
                        "When can I use a sauna or go swimming after treatment?",
                    ),
                    Button("When can I exercise after treatment?", "When can I exercise after treatment?"),
                    Button("What are your opening hours?", "What are your opening hours?"),
                    Button(SOMETHING_ELSE_TITLE, SOMETHING_ELSE_PAYLOAD),
                ),
            )
        ],
    )


def test_safety_intents_are_never_offered_even_when_most_likely():
    dispatcher = CollectingDispatcher()
    ActionSuggestAnswers().run(
        dispatcher, missed(("safety_same_day", 0.28), ("faq/side_effects", 0.2), ("thank", 0.1)), domain()
    )
    [message] = dispatcher.messages
    payloads = [b["payload"] for b in message["buttons"]]
    assert payloads == ["What are the side effects of mesotherapy?", SOMETHING_ELSE_PAYLOAD]


def test_with_nothing_likely_enough_it_asks_to_rephrase_with_the_domain_response():
    dispatcher = CollectingDispatcher()
    events = ActionSuggestAnswers().run(
        dispatcher, missed(("out_of_scope", 0.2), ("faq/what_is", 0.05), text="qwzx vbnm plok"), domain()
    )
    assert events == []
    assert [(m["response"], m["text"], m["buttons"]) for m in dispatcher.messages] == [("utter_ask_rephrase", None, [])]


def test_a_message_without_a_ranking_asks_to_rephrase():
    dispatcher = CollectingDispatcher()
    ActionSuggestAnswers().run(dispatcher, tracker("/nlu_fallback", "nlu_fallback", confidence=1.0), domain())
    assert [m["response"] for m in dispatcher.messages] == [names.UTTER_ASK_REPHRASE]


def test_the_rephrase_response_is_in_the_domain_and_the_first_miss_runs_the_action():
    assert names.UTTER_ASK_REPHRASE in domain()["responses"]
    rules = yaml.safe_load((ROOT / "data" / "rules" / "fallback.yml").read_text())["rules"]
    steps = {rule["rule"]: rule["steps"] for rule in rules}
    assert steps["first miss - did you mean one of these, or ask to rephrase"] == [
        {"intent": "nlu_fallback"},
        {"action": names.ACTION_SUGGEST_ANSWERS},
    ]
    assert steps["second miss in a row - offer a person"][0] == {"action": names.ACTION_SUGGEST_ANSWERS}
