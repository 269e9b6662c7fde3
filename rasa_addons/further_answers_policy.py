"""Answer every question of a message that asks two or three, one reply each.

The classifier (rasa_addons/intent_topic_classifier.py) answers the message
as a whole and lists the other questions it found in it, confident of an
answer of their own, as `further_answers` in the parse data (FAQ topics such
as `faq/downtime`, or clinic questions such as `ask_price`). The rules give
the first answer; this policy then gives the others, in order, and then
listens:

    patient:   "what is it and does it hurt?"
    rules:     utter_faq            (faq/what_is, the message's answer)
    policy:    utter_faq/pain_numbing
    policy:    action_listen

An FAQ topic is answered with its domain response (`utter_faq/<topic>`, no
action server needed), a clinic question with the action its rule runs.

It only adds answers after an answer: never while a form is active, never
after a safety reply or during a safety episode (the emergency frame must
stay the only frame), and only when the turn so far is the first answer
(after the disclaimer, on a conversation's first message) and the further
answers already given. Everywhere else it predicts
nothing, so the rules decide as before.

    policies:
      - name: rasa_addons.safety_policy.SafetyFirstPolicy
        priority: 7
      - name: rasa_addons.further_answers_policy.FurtherAnswersPolicy
        priority: 7     # above the rules (6); after the safety policy, which wins ties
"""

from __future__ import annotations

from typing import Dict, Sequence, Tuple

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.questions import FAQ_PREFIX
from rasa_addons.override_policy import OverridePolicy
from rasa_addons.safety_policy import done_this_turn, episode_of

FURTHER_ANSWERS_KEY = "further_answers"
FAQ_INTENT = "faq"
FAQ_ACTION = "utter_faq"

# The action the rules in data/rules/clinic.yml run for each clinic question.
CLINIC_ACTIONS: Dict[str, str] = {
    "ask_opening_hours": "action_answer_opening_hours",
    "ask_location": "action_answer_location",
    "ask_contact": "action_answer_contact",
    "ask_treatments": "action_answer_treatments",
    "ask_price": "action_answer_price",
    "ask_clinic_protocol": "action_answer_protocol",
    "ask_practitioners": "action_answer_practitioners",
    "ask_consultation_slots": "action_answer_consultation_slots",
}


def action_for(label: str) -> str | None:
    """The action that answers a label on its own, or None."""
    if label.startswith(FAQ_PREFIX):
        return f"utter_{label}"
    return CLINIC_ACTIONS.get(label)


def first_answer_action(intent: str | None) -> str | None:
    if intent == FAQ_INTENT:
        return FAQ_ACTION
    return CLINIC_ACTIONS.get(intent or "")


def next_step(intent: str | None, further: Sequence[str], done: Tuple[str, ...]) -> str | None:
    """The next action after the turn's actions so far (`done`), or None to leave it to others."""
    first = first_answer_action(intent)
    wanted = [action for action in (action_for(label) for label in further) if action and action != first]
    if first is None or not wanted or first not in done:
        return None
    # What ran before the first answer (the disclaimer of a conversation's first message) is the
    # rules' business; what runs after it must be exactly the further answers so far.
    given = done[done.index(first) + 1 :]
    if tuple(wanted[: len(given)]) != given:
        return None  # something else happened in this turn: not ours to continue
    return wanted[len(given)] if len(given) < len(wanted) else ACTION_LISTEN_NAME


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class FurtherAnswersPolicy(OverridePolicy):
    # Nothing to learn: what to answer comes from the classifier, in each message.

    def next_action(self, tracker: DialogueStateTracker, domain: Domain) -> str | None:
        message = tracker.latest_message
        if message is None or tracker.active_loop_name or tracker.latest_action_name == ACTION_LISTEN_NAME:
            return None
        further = message.parse_data.get(FURTHER_ANSWERS_KEY) or []
        if not further or episode_of(tracker) is not None:
            return None
        intent = (message.intent or {}).get("name")
        return next_step(intent, [str(label) for label in further], done_this_turn(tracker))
