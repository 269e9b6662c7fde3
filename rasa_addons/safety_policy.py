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

It also keeps the conversation's safety episode (assistant/handoff/episode.py):
on each patient message it sets the episode's slots through the prediction's
events (Rasa applies them before the action runs, also when the action server
is down), and while an episode is open it decides the first reply itself:
during an emergency every follow-up gets the emergency frame (never a lower
reply, an FAQ or clinic answer, or a form), a lower finding never lowers the
episode, and the answer to the red-flag question maps to its reply. It then
carries its own reply chains on (the ticket, then wait or the callback form),
which no rule describes. After the first emergency advice and its ticket it
sends the invite to leave a phone number (a domain response: no action
server needed), once per episode and only when no number is known; a number
given in answer is put in the callback_phone slot with the thanks, and the
ticket action that follows stores it (or the reconciler does, from the
tracker store, if the action server was down).

Before deciding, a message that states no time of its own is read with the
treatment time the patient gave earlier in the session
(assistant/safety/earlier_treatment.py): redness "still there" three weeks
after the treatment is escalated at its matrix row's level. That re-read
only ever raises the message's escalation.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, List, Tuple

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_DEACTIVATE_LOOP_NAME, ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.booking import fields
from assistant.booking.understanding import is_email
from assistant.handoff import episode as episodes
from assistant.handoff.phone_invite import read_answer
from assistant.safety.earlier_treatment import raised, reread, rules_screen
from rasa_addons.safety_screen import ENTITY_FAMILY

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


# Replies after which an active loop is closed before the chain goes on.
CLOSES_LOOP = (*episodes.EMERGENCY_FRAME_REPLIES, episodes.ASK_RED_FLAGS)
# Actions that are not a reply the patient answers (skipped when looking for the previous reply).
_NOT_A_REPLY = {ACTION_LISTEN_NAME, episodes.OPEN_HANDOFF, "action_session_start", ACTION_DEACTIVATE_LOOP_NAME}


def patient_turn(tracker: DialogueStateTracker, phone_region: str = "GB") -> episodes.PatientTurn | None:
    """The latest patient message and the reply it answers (and what it
    says to the phone invite, read in `phone_region`)."""
    user: UserUttered | None = None
    previous: str | None = None
    for event in reversed(tracker.events):
        if user is None:
            if isinstance(event, UserUttered):
                user = event
        elif isinstance(event, ActionExecuted) and event.action_name not in _NOT_A_REPLY:
            previous = event.action_name
            break
        elif isinstance(event, UserUttered):
            break
    if user is None:
        return None
    parse_data = user.parse_data or {}
    intent = user.intent or {}
    invite = read_answer(user.text or "", intent.get("name"), phone_region)
    entities = {
        str(e.get("entity")): str(e.get("value")) for e in (user.entities or []) if e.get("entity") and "value" in e
    }
    return episodes.PatientTurn(
        text=user.text or "",
        intent=intent.get("name"),
        confidence=float(intent.get("confidence") or 0.0),
        message_id=str(user.message_id or f"ts-{user.timestamp}"),
        timestamp=float(user.timestamp),
        entities=entities,
        safety=parse_data.get("safety") or {},  # type: ignore[arg-type]
        previous_reply=previous,
        phone=invite.phone,
        declines=invite.declines,
        has_digits=invite.has_digits,
    )


def _sent_at(event: UserUttered) -> datetime:
    return datetime.fromtimestamp(float(event.timestamp), timezone.utc)


def earlier_messages(tracker: DialogueStateTracker) -> List[Tuple[str, datetime]]:
    """The patient's messages of this session before the latest one (text, when sent), oldest first."""
    messages: List[Tuple[str, datetime]] = []
    for event in tracker.events:
        if isinstance(event, SessionStarted):
            messages = []
        elif isinstance(event, UserUttered):
            messages.append((event.text or "", _sent_at(event)))
    return messages[:-1]


def with_earlier_treatment(
    tracker: DialogueStateTracker, turn: episodes.PatientTurn
) -> Tuple[episodes.PatientTurn, List[Event]]:
    """The turn read with a treatment time given earlier in the session, when that raises
    its escalation (the safety intent, the screen's result and the reply family's slot
    event); else the turn as it is."""
    earlier = earlier_messages(tracker)
    if not earlier or not turn.text:
        return turn, []
    found = reread(rules_screen(), turn.text, datetime.fromtimestamp(turn.timestamp, timezone.utc), earlier)
    if found is None or not raised(turn.safety, found[1]):
        return turn, []
    day, escalation = found
    safety = {**escalation.as_dict(), "treatment_day": day}
    return replace(turn, intent=escalation.intent, confidence=1.0, safety=safety), [
        SlotSet(ENTITY_FAMILY, escalation.family)
    ]


# What the rules do after a safety reply (data/rules/safety.yml), for a message whose safety
# intent the policy raised itself (no rule sees that intent): the ticket, then the callback
# form; after an emergency the episode's chain (the phone invite) follows the ticket.
_RAISED_CHAIN = {
    episodes.REPLY_FOR_LEVEL[episodes.EMERGENCY]: (episodes.OPEN_HANDOFF,),
    episodes.REPLY_FOR_LEVEL[episodes.SAME_DAY]: (episodes.OPEN_HANDOFF, episodes.CALLBACK_FORM),
    episodes.REPLY_FOR_LEVEL[episodes.REVIEW]: (episodes.OPEN_HANDOFF, episodes.CALLBACK_FORM),
}


def after_raised_reply(done: tuple, intent: str | None, loop: str | None) -> str | None:
    """The next step after a safety reply the policy gave to a message whose own intent is
    no safety intent (its escalation was raised by an earlier treatment time); None otherwise."""
    if not done or intent in DEFAULT_REPLIES or done[0] not in _RAISED_CHAIN:
        return None
    chain = _RAISED_CHAIN[done[0]]
    if loop and not set(chain) & set(done):
        # A form the patient was in (a booking) closes before the ticket; the
        # callback form this chain starts is left to ask its questions.
        return ACTION_DEACTIVATE_LOOP_NAME
    steps = len(done) - 1
    return chain[steps] if steps < len(chain) and done[1:] == chain[:steps] else None


def done_this_turn(tracker: DialogueStateTracker) -> tuple:
    """The actions run since the patient's latest message, in order (without
    action_deactivate_loop, which only closes a form)."""
    done = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, ActionExecuted) and event.action_name != ACTION_DEACTIVATE_LOOP_NAME:
            done.append(event.action_name)
    return tuple(reversed(done))


def stopped_booking_episode(tracker: DialogueStateTracker, episode: episodes.Episode | None) -> List[Event]:
    """A screening answer stopped the booking for a review: that is an
    escalation too, so it starts (or joins) the episode."""
    turn = patient_turn(tracker)
    if turn is None:
        return []
    if episode is None:
        episode = episodes.Episode(episodes.REVIEW, turn.message_id, turn.timestamp, ("screening",))
    else:
        episode = episode.with_finding(episodes.REVIEW, ("screening",), None)
    return [SlotSet(name, value) for name, value in episode.slots().items()]


def phone_known(tracker: DialogueStateTracker) -> bool:
    """The conversation has a phone number, or the patient declined to give
    one (the callback form's answer, or a phone number in the booking form)."""
    if episodes.SLOT_CALLBACK_PHONE in tracker.slots and tracker.get_slot(episodes.SLOT_CALLBACK_PHONE) is not None:
        return True
    contact = tracker.get_slot(fields.CONTACT) if fields.CONTACT in tracker.slots else None
    return isinstance(contact, str) and bool(contact.strip()) and not is_email(contact)


def episode_of(tracker: DialogueStateTracker) -> episodes.Episode | None:
    return episodes.Episode.from_slots(
        {name: tracker.get_slot(name) for name in episodes.EPISODE_SLOTS if name in tracker.slots}
    )


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class SafetyFirstPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        # episode_timeout: seconds after which a safety episode ends (0: the default).
        # phone_region: where a phone number typed without a country code is read
        # ("" : the JURISDICTION setting's, as for redaction).
        return {"priority": 7, "replies": dict(DEFAULT_REPLIES), "episode_timeout": 0, "phone_region": ""}

    def _phone_region(self) -> str:
        region = str(self.config.get("phone_region") or "")
        if not region:
            from assistant.settings import load_settings

            region = load_settings().phone_region
            self.config["phone_region"] = region
        return region

    @classmethod
    def load(cls, *args: Any, **kwargs: Any) -> SafetyFirstPolicy:
        policy = super().load(*args, **kwargs)
        # The screen for re-reads is built now, with the model, not inside the
        # first patient's turn that needs it: that build takes seconds, and it
        # would stall every conversation on the server (a takeover's heartbeats too).
        rules_screen()
        return policy  # type: ignore[return-value]

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
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
        loop = tracker.active_loop_name
        latest = tracker.latest_action_name
        episode = episode_of(tracker)
        slot_events: List[Event] = []
        action: str | None = None
        if latest == ACTION_LISTEN_NAME:
            turn = patient_turn(tracker, self._phone_region())
            if turn is not None:
                turn, slot_events = with_earlier_treatment(tracker, turn)
                decision = episodes.decide(
                    episode, turn, float(self.config.get("episode_timeout", 0) or 0) or episodes.TIMEOUT_SECONDS
                )
                action = decision.action
                if decision.changed:
                    values = decision.episode.slots() if decision.episode else episodes.ended_slots()
                    slot_events += [SlotSet(name, value) for name, value in values.items()]
                if decision.phone:
                    slot_events.append(SlotSet(episodes.SLOT_CALLBACK_PHONE, decision.phone))
        if action is None:
            action = next_action(
                loop,
                latest,
                intent,
                self.config.get("replies") or {},
                bool(tracker.get_slot(STOP_SLOT)) if STOP_SLOT in tracker.slots else False,
            )
            if action == STOP_REPLY and latest == STOPPING_LOOP:
                slot_events = stopped_booking_episode(tracker, episode)
        if action is None and loop and latest in CLOSES_LOOP:
            action = ACTION_DEACTIVATE_LOOP_NAME
        if action is None and latest != ACTION_LISTEN_NAME:
            done = done_this_turn(tracker)
            action = episodes.next_in_chain(done, episode, phone_known(tracker)) or after_raised_reply(
                done, intent, loop
            )
            if action == episodes.PHONE_INVITE:
                slot_events = [SlotSet(episodes.SLOT_PHONE_INVITED, True)]
        probabilities = self._default_predictions(domain)
        if action is None or action not in domain.action_names_or_texts:
            # No reply of ours: only the episode's end (if it ended) is recorded.
            return self._prediction(probabilities, events=slot_events)
        probabilities[domain.index_for_action(action)] = 1.0
        # Inside a loop only a "no user" prediction outranks the loop's own.
        return self._prediction(probabilities, optional_events=slot_events, is_no_user_prediction=loop is not None)
