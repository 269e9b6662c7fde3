"""The scaffolding shared by this project's rule-like policies.

Each of them learns nothing (what to do comes from the message and the
conversation so far, every turn) and, when it has something to say, is sure:
it gives one action probability 1.0 and every other 0. A subclass says which
action comes next, or None to leave the turn to the other policies
(`next_action`), may record events whichever policy wins (`events`: slots it
keeps), and registers itself with Rasa's recipe.
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker


class OverridePolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {"priority": 7}  # above the rules (6)

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        action = self.next_action(tracker, domain)
        if action is not None and action in domain.action_names_or_texts:
            probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(probabilities, events=self.events(tracker, domain))

    def next_action(self, tracker: DialogueStateTracker, domain: Domain) -> str | None:
        return None

    def events(self, tracker: DialogueStateTracker, domain: Domain) -> List[Event]:
        return []
