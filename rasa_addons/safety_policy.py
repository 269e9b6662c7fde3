"""Safety first, even in the middle of a form, even with the action server down.

While a form (loop) is active, Rasa runs the form before any rule: the form
asks its validation action on the action server whether the message answers
the question, and only if that action rejects it do the rules run. So a
safety message typed in the middle of the booking form would depend on the
action server, and if it were down the emergency reply would never go out.

This policy closes that gap. When a loop is active and the message's intent
is a safety intent (set by rasa_addons.safety_screen), it predicts the
safety reply itself, then `action_deactivate_loop`; from there the rules in
data/rules/safety.yml (condition: active_loop) carry on exactly as written
(open the handoff, then the callback form). Its predictions are "no user"
predictions with a priority above the RulePolicy's, the only kind Rasa ranks
above a form's own prediction.

It also sends the review reply when the booking form stopped itself because
a screening answer needs a clinician (the form sets the slot
`booking_stopped_for_review`): instead of the rule that submits a finished
booking, `utter_safety_review`, after which the rules open the handoff. (A
policy rather than a rule because a rule could only see that slot if it
influenced the conversation, and then every rule with the booking form
would have to mention it.) Everywhere else it predicts nothing.

    policies:
      - name: rasa_addons.safety_policy.SafetyFirstPolicy
        priority: 7
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_DEACTIVATE_LOOP_NAME, ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

# The safety intent -> its reply (domain/safety.yml).
DEFAULT_REPLIES = {
    "safety_emergency": "utter_safety_emergency",
    "safety_same_day": "utter_safety_same_day",
    "safety_review": "utter_safety_review",
}


STOP_SLOT = "booking_stopped_for_review"
STOP_REPLY = "utter_safety_review"
STOPPING_LOOP = "booking_form"


def next_action(
    active_loop: str | None,
    latest_action: str | None,
    intent: str | None,
    replies: Dict[str, str],
    stopped_for_review: bool = False,
) -> str | None:
    """What must happen next for a safety message during a loop, or after
    the booking form stopped for a clinician's review; None otherwise."""
    if not active_loop:
        if stopped_for_review and latest_action == STOPPING_LOOP:
            return STOP_REPLY
        return None
    if latest_action == ACTION_LISTEN_NAME and intent in replies:
        return replies[intent]
    if latest_action in replies.values() and intent in replies:
        return ACTION_DEACTIVATE_LOOP_NAME
    return None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class SafetyFirstPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {"priority": 7, "replies": dict(DEFAULT_REPLIES)}

    def train(
        self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        # Nothing to learn: the mapping is the configuration. It is stored so
        # the model package says what the policy does.
        with self._model_storage.write_to(self._resource) as directory:
            (Path(directory) / "safety_first_policy.json").write_text(
                json.dumps({"replies": self.config.get("replies") or {}}, indent=2, sort_keys=True)
            )
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        intent = (tracker.latest_message.intent or {}).get("name") if tracker.latest_message else None
        action = next_action(
            tracker.active_loop_name,
            tracker.latest_action_name,
            intent,
            self.config.get("replies") or {},
            bool(tracker.get_slot(STOP_SLOT)) if STOP_SLOT in tracker.slots else False,
        )
        probabilities = self._default_predictions(domain)
        if action is None:
            return self._prediction(probabilities)
        probabilities[domain.index_for_action(action)] = 1.0
        # Inside a loop only a "no user" prediction outranks the loop's own.
        return self._prediction(probabilities, is_no_user_prediction=tracker.active_loop_name is not None)
