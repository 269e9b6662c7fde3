"""Route a follow-up to the clinic answer it asks for, whatever the classifier made of it alone.

"and for hair?" right after "how much is the face treatment?" asks hair
mesotherapy's price; on its own the classifier reads it as the general hair
question (`faq`), and the rules would answer that. Which messages are such
follow-ups, and which question they ask, is decided with the clinic's own
names (treatments, practitioners, clinics) by assistant.clinic.followups;
this policy asks it about the patient's message and the latest earlier ones,
and predicts the clinic action for the question it asks. The action reads the
message in the same context (assistant.clinic.context) and answers it. Then
the policy predicts `action_listen`, which no rule would (no rule has the
clinic action after that intent).

It only overrides messages read as a general question, a clinic question,
not understood, or off-topic (ROUTABLE_INTENTS): never a safety message,
never one during a safety episode, never while a form is active (the form's
questions come first), never a button's payload. Everywhere else, and if the
clinic database cannot be read, it predicts nothing, so the rules decide as
before.

    policies:
      - name: rasa_addons.follow_up_policy.FollowUpPolicy
        priority: 7     # above the rules (6)
"""

from __future__ import annotations

import logging
from typing import Any, Callable, List, Sequence

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.clinic.answers import INTENT_TOPICS, TOPIC_INTENTS
from assistant.clinic.context import EARLIER_MESSAGES
from assistant.clinic.followups import Earlier, FollowUp, earlier_messages_from, may_follow_up
from rasa_addons.further_answers_policy import CLINIC_ACTIONS
from rasa_addons.override_policy import OverridePolicy
from rasa_addons.safety_policy import done_this_turn, episode_of

logger = logging.getLogger(__name__)

# What a message may have been read as, alone, for a follow-up reading to replace it. A
# correction outside a form ("sorry, I meant York", "and leeds?" read as one) can only
# correct the question before it, so it is that question asked again; in a form the form
# takes it (no follow-up is read while a form is active).
ROUTABLE_INTENTS = frozenset({"faq", "nlu_fallback", "out_of_scope", "correct", *CLINIC_ACTIONS})

# (text, earlier messages most recent first, the clinic topic it was read as alone) -> the follow-up.
Decide = Callable[[str, Sequence[Earlier], str | None], FollowUp | None]


def earlier_messages(tracker: DialogueStateTracker, count: int = EARLIER_MESSAGES) -> List[Earlier]:
    """The patient's messages before the latest one in this session, most recent first, at most
    `count` (as the clinic actions read them: actions/common.py)."""
    events = (
        (event.type_name, getattr(event, "text", None), getattr(event, "parse_data", None))
        for event in reversed(tracker.events)
    )
    return earlier_messages_from(events, count)


def follow_up_action(tracker: DialogueStateTracker, decide: Decide) -> str | None:
    """The clinic action that answers the latest message as a follow-up, or None."""
    message = tracker.latest_message
    if message is None or tracker.active_loop_name or tracker.latest_action_name != ACTION_LISTEN_NAME:
        return None
    intent = (message.intent or {}).get("name")
    text = message.text or ""
    if intent not in ROUTABLE_INTENTS or episode_of(tracker) is not None:
        return None
    earlier = earlier_messages(tracker)
    if not may_follow_up(text, earlier):
        return None
    asked = decide(text, earlier, INTENT_TOPICS.get(intent or ""))
    return CLINIC_ACTIONS[TOPIC_INTENTS[asked.topic]] if asked is not None else None


def after_follow_up(tracker: DialogueStateTracker) -> str | None:
    """`action_listen` once a clinic action answered a message the rules would not have sent
    to it (a follow-up this policy routed); None otherwise."""
    message = tracker.latest_message
    if message is None or tracker.active_loop_name:
        return None
    done = done_this_turn(tracker)
    intent = (message.intent or {}).get("name")
    if intent not in ROUTABLE_INTENTS or len(done) != 1 or done[0] not in CLINIC_ACTIONS.values():
        return None
    if CLINIC_ACTIONS.get(intent or "") != done[0]:
        return ACTION_LISTEN_NAME
    return None


def decide_from_database(text: str, earlier: Sequence[Earlier], own_topic: str | None) -> FollowUp | None:
    """assistant.clinic.followups.follow_up on the clinic database in the settings; None if it
    cannot be read (the rules then answer the message alone)."""
    from assistant.clinic.followups import follow_up
    from assistant.db import session_scope

    try:
        engine = _clinic_engine()
        if engine is None:
            return None
        with session_scope(engine) as session:
            return follow_up(session, text, earlier, own_topic)
    except Exception as error:  # never let the clinic database stop a reply
        logger.warning("Follow-up not read in context: %s", error)
        return None


_engine: Any = None
# The policy reads the database inside a patient's turn on the Rasa server's event loop, so a
# database that hangs or is down must cost seconds at most, for this turn only (then the rules
# answer as before), never stall every other conversation on the server.
DATABASE_WAIT_SECONDS = 2.0


def _clinic_engine() -> Any:
    """The clinic database's engine, made on first use; None when the database is an SQLite
    file that does not exist yet (nothing to read, and nothing should be created here)."""
    global _engine
    if _engine is None:
        from pathlib import Path

        from sqlalchemy.engine import make_url

        from assistant.db import create_engine_for
        from assistant.settings import load_settings

        url = make_url(load_settings().effective_database_url)
        if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).exists()):
            return None
        _engine = create_engine_for(url, busy_timeout=DATABASE_WAIT_SECONDS)
    return _engine


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class FollowUpPolicy(OverridePolicy):
    # Nothing to learn: what a follow-up asks comes from the clinic's data, each turn.
    # Replaced by tests with a decision that needs no database.
    decide: Decide = staticmethod(decide_from_database)

    def next_action(self, tracker: DialogueStateTracker, domain: Domain) -> str | None:
        return after_follow_up(tracker) or follow_up_action(tracker, type(self).decide)
