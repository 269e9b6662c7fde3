"""Answer a question asked in another language in English, after a note in that language.

The input guard (rasa_addons/input_guard.py) gives a message in Spanish,
French, German, Polish, Italian or Portuguese the intent of the question its
English gloss asks (an FAQ topic, a clinic question, a booking request) and
the entity `message_language`. This policy then runs the turn:

    patient:   "¿cuántas sesiones necesito?"      (faq/sessions_intervals, es)
    policy:    utter_language_note_es   "Solo puedo responder en inglés... {clinic_phone}"
    policy:    utter_disclaimer         (on a conversation's first message, as the rules give it)
    policy:    utter_faq                (the English answer, as the rules give it)
    policy:    action_listen

A booking request starts the booking form after the note; the form's own
rules take over from there. It predicts nothing for any other message, in a
form, or during a safety episode, so the rules decide as before; the safety
screen runs before any of this and a safety intent is never one of these.

    policies:
      - name: rasa_addons.other_language_policy.OtherLanguagePolicy
        priority: 7     # above the rules (6); listed after the safety policy, which wins ties
"""

from __future__ import annotations

from typing import Any, Dict, List, Sequence

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.glossary import LANGUAGES
from rasa_addons.further_answers_policy import CLINIC_ACTIONS, FAQ_ACTION, FAQ_INTENT
from rasa_addons.input_guard import ENTITY_MESSAGE_LANGUAGE
from rasa_addons.override_policy import OverridePolicy
from rasa_addons.safety_policy import done_this_turn, episode_of

DISCLAIMER = "utter_disclaimer"
BOOKING_FORM = "booking_form"
NOTE_PREFIX = "utter_language_note_"


def answer_action(intent: str | None) -> str | None:
    """The action the rules run to answer this intent, or None if it is not one answered here."""
    if intent == FAQ_INTENT:
        return FAQ_ACTION
    if intent == "request_booking":
        return BOOKING_FORM
    return CLINIC_ACTIONS.get(intent or "")


def message_language(entities: Sequence[Dict[str, Any]]) -> str | None:
    """The language the input guard found, from its own entity only (a patient cannot type one)."""
    for entity in entities:
        if entity.get("entity") == ENTITY_MESSAGE_LANGUAGE and entity.get("extractor") == "InputGuard":
            value = str(entity.get("value"))
            return value if value in LANGUAGES else None
    return None


def plan(intent: str | None, language: str | None, disclaimer_due: bool) -> List[str]:
    """The turn's actions for a glossed message, or [] when it is not one."""
    answer = answer_action(intent)
    if answer is None or language is None:
        return []
    return [f"{NOTE_PREFIX}{language}", *([DISCLAIMER] if disclaimer_due else []), answer]


def next_step(steps: Sequence[str], done: Sequence[str]) -> str | None:
    """The next action of the plan after `done`, action_listen after the answer, or
    None when the turn went otherwise (or the booking form now leads)."""
    if not steps or tuple(done[: len(steps)]) != tuple(steps[: len(done)]):
        return None
    if len(done) < len(steps):
        return steps[len(done)]
    if len(done) == len(steps) and steps[-1] != BOOKING_FORM:
        return ACTION_LISTEN_NAME
    return None


def first_message_of_session(tracker: DialogueStateTracker) -> bool:
    """Whether the latest message is the session's first, the one the rules open
    with the disclaimer (`conversation_start: true` in data/rules/session.yml)."""
    messages = 0
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            messages += 1
        elif isinstance(event, ActionExecuted) and event.action_name == ACTION_SESSION_START_NAME:
            break
    return messages == 1


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class OtherLanguagePolicy(OverridePolicy):
    # Nothing to learn: the input guard marks the messages.

    def next_action(self, tracker: DialogueStateTracker, domain: Domain) -> str | None:
        message = tracker.latest_message
        if message is None or tracker.active_loop_name or episode_of(tracker) is not None:
            return None
        language = message_language(message.entities or [])
        if language is None:
            return None
        intent = (message.intent or {}).get("name")
        return next_step(plan(intent, language, first_message_of_session(tracker)), done_this_turn(tracker))
