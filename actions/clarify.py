""""Did you mean...?" on the first message the NLU is not sure about
(data/rules/fallback.yml): a thin adapter over assistant.clarify.

With likely answers, it offers them as buttons whose payloads are the
questions themselves (plain text: the NLU and the safety screen read them
like any message) and a last button to the clinic team; with none, it asks to
rephrase (the domain's utter_ask_rephrase).
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import names
from actions.common import send
from assistant.clarify import did_you_mean


class ActionSuggestAnswers(Action):
    def name(self) -> str:
        return names.ACTION_SUGGEST_ANSWERS

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[EventType]:
        offer = did_you_mean(tracker.latest_message or {})
        if offer is None:
            dispatcher.utter_message(response=names.UTTER_ASK_REPHRASE)
        else:
            send(dispatcher, [offer])
        return []
