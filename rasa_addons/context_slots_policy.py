"""Keep the conversation's context slots (assistant.conversation_context) up to date.

It never chooses an action: on the first prediction after each patient message it
returns the slot events for what the message changed (the topic asked about, the
treatment date given), which Rasa applies whichever policy wins the turn. So the
context is in the tracker without a call to the action server.

    policies:
      - name: rasa_addons.context_slots_policy.ContextSlotsPolicy
        priority: 1
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.clinic.followups import question_label
from assistant.conversation_context import context_updates
from rasa_addons.override_policy import OverridePolicy


def context_events(tracker: DialogueStateTracker, domain: Domain) -> List[Event]:
    """The slot events for the patient's latest message, on the turn's first prediction only."""
    message = tracker.latest_message
    if message is None or tracker.latest_action_name != ACTION_LISTEN_NAME or not message.text:
        return []
    sent_at = datetime.fromtimestamp(message.timestamp, timezone.utc) if message.timestamp else None
    updates = context_updates(
        question_label(message.parse_data or {}), message.text, sent_at or datetime.now(timezone.utc)
    )
    known = {slot.name for slot in domain.slots}
    return [
        SlotSet(name, value) for name, value in updates.items() if name in known and tracker.get_slot(name) != value
    ]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class ContextSlotsPolicy(OverridePolicy):
    # Chooses no action: only its events count.

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {"priority": 1}

    def events(self, tracker: DialogueStateTracker, domain: Domain) -> List[Event]:
        return context_events(tracker, domain)
