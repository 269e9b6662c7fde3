"""Route a general follow-up that only names an area to the previous answer, for that area.

"what about for hair?" right after "how long do the results last?" asks how
long hair results last; alone, the classifier reads it as the general hair
question, whose answer does not say. When assistant.faq_followups finds the
previous answer's sentences about the area, this policy predicts the action
that sends them (actions/faq.py), then `action_listen`.

Like the clinic follow-up policy, it only overrides messages read as a general
question, not understood, or off-topic; never a safety message, a message
during a safety episode, a form's turn, or a button's payload. The answers'
texts are the domain's own `utter_faq/<topic>` responses.

    policies:
      - name: rasa_addons.faq_follow_up_policy.FaqFollowUpPolicy
        priority: 7     # above the rules (6)
"""

from __future__ import annotations

from typing import Dict

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.faq_followups import area_follow_up, faq_answers
from rasa_addons.follow_up_policy import earlier_messages
from rasa_addons.override_policy import OverridePolicy
from rasa_addons.safety_policy import done_this_turn, episode_of

ACTION_ANSWER_FAQ_FOLLOW_UP = "action_answer_faq_follow_up"
# What a message may have been read as, alone, for an area follow-up reading to replace it.
ROUTABLE_INTENTS = frozenset({"faq", "nlu_fallback", "out_of_scope"})


def answer_texts(domain: Domain) -> Dict[str, str]:
    """topic -> the text of the domain's `utter_faq/<topic>` response."""
    return faq_answers(domain.responses)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class FaqFollowUpPolicy(OverridePolicy):
    # Nothing to learn: which follow-up a message is comes from the words and the previous answer.

    def next_action(self, tracker: DialogueStateTracker, domain: Domain) -> str | None:
        message = tracker.latest_message
        if message is None or tracker.active_loop_name or episode_of(tracker) is not None:
            return None
        intent = (message.intent or {}).get("name")
        text = message.text or ""
        if intent not in ROUTABLE_INTENTS or text.startswith("/"):
            return None
        if tracker.latest_action_name != ACTION_LISTEN_NAME:
            return ACTION_LISTEN_NAME if done_this_turn(tracker) == (ACTION_ANSWER_FAQ_FOLLOW_UP,) else None
        if area_follow_up(text, earlier_messages(tracker), answer_texts(domain)) is None:
            return None
        return ACTION_ANSWER_FAQ_FOLLOW_UP
