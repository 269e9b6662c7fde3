"""A general follow-up that only names an area ("and for hair?" after "how long do
results last?"): the previous answer's sentences about that area. A thin adapter over
assistant.faq_followups; rasa_addons/faq_follow_up_policy.py decides when it runs."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import names
from actions.common import earlier_messages, latest_text
from assistant.clinic.context import EARLIER_MESSAGES
from assistant.clinic.followups import Earlier
from assistant.faq_followups import area_follow_up, faq_answers


class ActionAnswerFaqFollowUp(Action):
    def name(self) -> str:
        return names.ACTION_ANSWER_FAQ_FOLLOW_UP

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[EventType]:
        earlier = [Earlier(text, intent) for text, intent in earlier_messages(tracker, EARLIER_MESSAGES)]
        found = area_follow_up(latest_text(tracker), earlier, faq_answers(domain.get("responses") or {}))
        if found is None:  # the policy saw a follow-up; if the action does not, ask rather than guess
            dispatcher.utter_message(response=names.UTTER_ASK_REPHRASE)
        else:
            dispatcher.utter_message(text=found.text)
        return []
