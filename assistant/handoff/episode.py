"""Safety episodes: what the conversation has already escalated, so that a
follow-up message is answered in the frame of the escalation instead of on
its own.

An escalation (a message the safety screen escalates, or a "yes" / "not
sure" to the red-flag question) starts an episode; it lives in slots
(`Episode.slots()`), set by rasa_addons.safety_policy with no action
server. Inside an episode:

- the level never goes down: a higher finding raises it, a lower one is
  answered but the episode (and its ticket) stays where it was;
- during an EMERGENCY, every follow-up is answered in the emergency frame
  (`decide`): the emergency number first, what to do while waiting, never a
  lower-level reply, an FAQ or clinic answer, or a form. "The ambulance is
  here" gets an acknowledgement; "I have an EpiPen" gets the frame, which
  for an allergic reaction says to use it now (a lower finding never lowers it);
- every message goes to the episode's one ticket (opening.ticket_from keys
  the ticket on `Episode.id`);
- once per emergency episode, after the emergency advice and its ticket (never
  before), the patient is invited to leave a phone number so the clinic can
  check on them (`PHONE_INVITE`). A number in the answer (found by
  assistant.handoff.phone_invite, the policy puts it on the turn) is thanked
  for, with the emergency number first, and goes to the ticket; "no thanks"
  is accepted once, with the emergency number first; anything else gets the
  emergency frame as before, and the invite is never repeated.

An episode ends
- with the session (Rasa starts a new one after an hour of silence and does
  not carry slots over: domain/session.yml);
- after `TIMEOUT_SECONDS` from its start, on the next message;
- after an emergency, once the patient has said help has arrived and then
  sends a message with no safety finding (that message gets its ordinary answer).

    decision = decide(episode, turn)
    decision.action      -> the reply the engine must give first, or None (the rules decide)
    decision.episode     -> the episode after this message (None: no episode)

Plain Python; nothing here imports Rasa.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Dict, Mapping, Tuple

from assistant.booking.understanding import NO, UNSURE, YES, Turn, words, yes_no

TIMEOUT_SECONDS = 4 * 60 * 60

EMERGENCY, SAME_DAY, REVIEW = "emergency", "same_day", "review"
LEVELS = (REVIEW, SAME_DAY, EMERGENCY)  # lowest first

# The slots an episode lives in (domain/safety_episode.yml).
SLOT_LEVEL = "safety_episode_level"
SLOT_SITUATIONS = "safety_episode_situations"
SLOT_STARTED = "safety_episode_started"
SLOT_FAMILY = "safety_episode_family"
SLOT_ID = "safety_episode_id"
SLOT_HELP_ARRIVED = "safety_episode_help_arrived"
SLOT_PHONE_INVITED = "safety_episode_phone_invited"
EPISODE_SLOTS = (SLOT_LEVEL, SLOT_SITUATIONS, SLOT_STARTED, SLOT_FAMILY, SLOT_ID, SLOT_HELP_ARRIVED, SLOT_PHONE_INVITED)
# The slot a phone number given in answer to the invite goes to (the callback
# form's; opening.contact_from puts it on the ticket as patient_phone).
SLOT_CALLBACK_PHONE = "callback_phone"

# Intents (the safety screen's, the red-flag buttons', the classifier's).
INTENT_LEVEL = {"safety_emergency": EMERGENCY, "safety_same_day": SAME_DAY, "safety_review": REVIEW}
CONCERN_INTENT = "report_concern"
RED_FLAG_INTENT = "red_flag_answer"
RED_FLAG_ENTITY = "red_flag"
HELP_ARRIVED_INTENT = "help_arrived"
HELP_ARRIVED_CONFIDENCE = 0.7
CONCERN_FAMILY = "unspecified_concern"

# Replies (domain/safety.yml, domain/safety_episode.yml).
REPLY_FOR_LEVEL = {
    EMERGENCY: "utter_safety_emergency",
    SAME_DAY: "utter_safety_same_day",
    REVIEW: "utter_safety_review",
}
EMERGENCY_FOLLOW_UP = "utter_safety_episode_emergency"
HELP_ARRIVED = "utter_safety_episode_help_arrived"
LEVEL_KEPT = "utter_safety_episode_level_kept"
ASK_RED_FLAGS = "utter_ask_red_flags"
RED_FLAG_EMERGENCY = "utter_safety_episode_red_flag_emergency"
RED_FLAG_SAME_DAY = "utter_safety_episode_red_flag_same_day"
RED_FLAG_QUESTIONS = (ASK_RED_FLAGS,)
# The invite to leave a phone number after the emergency advice, and its answers.
PHONE_INVITE = "utter_safety_episode_phone_invite"
PHONE_THANKS = "utter_safety_episode_phone_thanks"
PHONE_DECLINED = "utter_safety_episode_phone_declined"
PHONE_UNCLEAR = "utter_safety_episode_phone_unclear"
INVITE_QUESTIONS = (PHONE_INVITE, PHONE_UNCLEAR)
# The emergency advice after which (and its ticket) the invite comes, once per episode.
INVITED_AFTER = ("utter_safety_emergency", RED_FLAG_EMERGENCY, EMERGENCY_FOLLOW_UP)

# After these replies: the ticket, then wait (emergency) or the callback form (below).
# PHONE_THANKS goes through the ticket too: that is what stores the number on it.
EMERGENCY_FRAME_REPLIES = (EMERGENCY_FOLLOW_UP, HELP_ARRIVED, RED_FLAG_EMERGENCY, PHONE_THANKS)
CALLBACK_REPLIES = (RED_FLAG_SAME_DAY, LEVEL_KEPT)
OPEN_HANDOFF = "action_open_handoff"
CALLBACK_FORM = "callback_form"
LISTEN = "action_listen"

# Situations recorded for a red-flag answer (no screen finding behind them).
RED_FLAG_SITUATION = {YES: "red_flag_reported", UNSURE: "red_flag_unsure", NO: CONCERN_FAMILY}


def rank(level: str | None) -> int:
    return LEVELS.index(level) if level in LEVELS else -1


@dataclass(frozen=True)
class Episode:
    level: str
    id: str  # the patient message that started it: its ticket's key
    started: float  # epoch seconds
    situations: Tuple[str, ...] = ()
    family: str | None = None  # the reply family of its most urgent finding
    help_arrived: bool = False
    phone_invited: bool = False  # the invite to leave a phone number has gone out

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> Episode | None:
        level, episode_id = slots.get(SLOT_LEVEL), slots.get(SLOT_ID)
        if level not in LEVELS or not episode_id:
            return None
        try:
            started = float(slots.get(SLOT_STARTED) or 0.0)
        except (TypeError, ValueError):
            started = 0.0
        return cls(
            level=level,
            id=str(episode_id),
            started=started,
            situations=tuple(slots.get(SLOT_SITUATIONS) or ()),
            family=slots.get(SLOT_FAMILY),
            help_arrived=bool(slots.get(SLOT_HELP_ARRIVED)),
            phone_invited=bool(slots.get(SLOT_PHONE_INVITED)),
        )

    def slots(self) -> Dict[str, Any]:
        return {
            SLOT_LEVEL: self.level,
            SLOT_SITUATIONS: list(self.situations),
            SLOT_STARTED: self.started,
            SLOT_FAMILY: self.family,
            SLOT_ID: self.id,
            SLOT_HELP_ARRIVED: self.help_arrived,
            SLOT_PHONE_INVITED: self.phone_invited,
        }

    def expired(self, now: float, timeout: float = TIMEOUT_SECONDS) -> bool:
        return now - self.started > timeout

    def with_finding(self, level: str, situations: Tuple[str, ...], family: str | None) -> Episode:
        """The episode after a finding: raised if it is higher, never lowered;
        its situations added. The family follows the most urgent finding."""
        merged = tuple(dict.fromkeys(self.situations + tuple(situations)))
        if rank(level) > rank(self.level):
            return replace(self, level=level, situations=merged, family=family, help_arrived=False)
        if level == EMERGENCY:  # a new emergency sign after help arrived: the frame again
            return replace(self, situations=merged, help_arrived=False)
        return replace(self, situations=merged)


def ended_slots() -> Dict[str, Any]:
    return {name: (False if name in (SLOT_HELP_ARRIVED, SLOT_PHONE_INVITED) else None) for name in EPISODE_SLOTS}


# ------------------------------------------------------------ what the patient said

_AUTOINJECTOR = re.compile(
    r"\b(?:epi ?pens?|epipens?|jext|emerade|anapen|auto ?injectors?|adrenalin(?:e)? (?:pens?|shots?|injectors?|jabs?)|"
    r"epinephrine)\b"
)
# Help that has reached the patient ("the paramedics are here", "ambulance arrived").
_HELP = r"(?:ambulance|paramedics?|para medics|crew|medics?|first responders?|doctors?|help|999|911|112)"
_ARRIVED = re.compile(
    rf"\b{_HELP}\b.*\b(?:here|arrived|has come|have come|came|turned up|showed up|with (?:me|us|her|him|them)|"
    r"is in|are in|outside)\b"
    rf"|\b(?:they|crew|paramedics?)\b.*\b(?:here|arrived)\b"
)
# At hospital or in the ambulance.
_AT_HOSPITAL = re.compile(
    r"\b(?:at|in|reached|got to|arrived at|made it to)\s+(?:the\s+)?(?:a ?e|a and e|a ?& ?e|hospital|"
    r"emergency department|emergency room|er|urgent care|resus|ambulance)\b"
)
# Help not there yet: "the ambulance is coming", "still waiting for the paramedics".
_NOT_YET = re.compile(
    r"\b(?:coming|on (?:its|their|the|his|her) way|not here|not arrived|hasnt|havent|isnt here|arent here|"
    r"still no|waiting for|when will|how long|eta|yet)\b"
)


def _plain(text: str) -> str:
    # words() keeps "a&e" as "a e" and drops apostrophes ("hasn't" -> "hasnt").
    return " ".join(words(text.replace("&", " & ")))


def mentions_autoinjector(text: str) -> bool:
    return bool(_AUTOINJECTOR.search(_plain(text)))


def says_help_arrived(text: str, intent: str | None = None, confidence: float = 0.0) -> bool:
    """Help has reached the patient. Unsure: no (the emergency frame stays)."""
    said = _plain(text)
    if _NOT_YET.search(said):
        return False
    if _ARRIVED.search(said) or _AT_HOSPITAL.search(said):
        return True
    return intent == HELP_ARRIVED_INTENT and confidence >= HELP_ARRIVED_CONFIDENCE


_YES_MORE = {
    "some of them", "one of them", "a few", "a few of them", "yes some", "i think so", "yes i have", "i have",
    "yes one", "yes a few", "yes i do have", "i do have some",
}  # fmt: skip
_NO_MORE = {
    "none of those", "none of them", "no none of those", "no none of them", "nothing like that", "no to all",
    "none", "no not any", "not any of those", "no none", "i dont have any", "no i dont have any", "neither",
}  # fmt: skip
_UNSURE_MORE = {"a bit", "a little", "kind of", "sort of", "kinda", "slightly", "i think", "not really sure"}


def red_flag_answer(intent: str | None, entities: Mapping[str, str], text: str, confidence: float = 1.0) -> str | None:
    """The answer to the red-flag question: YES, NO, UNSURE, or None when
    the message is not an answer (a question, something else)."""
    button = entities.get(RED_FLAG_ENTITY)
    if button in (YES, NO):
        return button
    if button in ("unsure", UNSURE):
        return UNSURE
    said = " ".join(words(text))
    if said in _UNSURE_MORE or said.startswith(("a bit", "a little", "kind of", "sort of")):
        return UNSURE
    if said in _YES_MORE:
        return YES
    if said in _NO_MORE:
        return NO
    kind = {"affirm": "yes", "deny": "no"}.get(intent or "", "other")
    answer = yes_no(Turn(text=text, intent_kind=kind, confidence=confidence))
    return answer if answer in (YES, NO, UNSURE) else None


# ------------------------------------------------------------ the decision


@dataclass(frozen=True)
class PatientTurn:
    """The patient's latest message, as the policy sees it."""

    text: str
    intent: str | None
    message_id: str
    timestamp: float
    confidence: float = 1.0
    entities: Mapping[str, str] = field(default_factory=dict)
    safety: Mapping[str, Any] = field(default_factory=dict)  # the screen's assessment, if any
    previous_reply: str | None = None  # the assistant's last reply before this message
    # What the message says to the phone invite (assistant.handoff.phone_invite reads it):
    phone: str | None = None  # a valid phone number in it
    declines: bool = False  # "no", "no thanks"
    has_digits: bool = False  # a run of digits that is no valid number


@dataclass(frozen=True)
class Decision:
    action: str | None  # the first reply to this message; None: the ordinary rules answer
    episode: Episode | None  # the episode after this message
    changed: bool = False  # the episode's slots must be (re)set
    phone: str | None = None  # the phone number given in answer to the invite: goes to SLOT_CALLBACK_PHONE


def _finding(turn: PatientTurn) -> Tuple[str | None, Tuple[str, ...], str | None]:
    level = INTENT_LEVEL.get(turn.intent or "")
    if level is None:
        return None, (), None
    return level, tuple(turn.safety.get("situations") or ()), turn.safety.get("family")


def _start_or_raise(
    episode: Episode | None, turn: PatientTurn, level: str, situations: Tuple[str, ...], family: str | None
) -> Episode:
    if episode is None:
        return Episode(level, turn.message_id, turn.timestamp, tuple(dict.fromkeys(situations)), family)
    return episode.with_finding(level, situations, family)


def is_classifier_worry(turn: PatientTurn) -> bool:
    """A same-day escalation the classifier made on its own (a vague worry
    naming no sign): it gets the red-flag question."""
    return turn.intent == "safety_same_day" and turn.safety.get("source") == "classifier"


def decide(episode: Episode | None, turn: PatientTurn, timeout: float = TIMEOUT_SECONDS) -> Decision:
    ended = False
    if episode is not None and episode.expired(turn.timestamp, timeout):
        episode, ended = None, True
    level, situations, family = _finding(turn)

    # The answer to the red-flag question (asked after a vague worry).
    # The buttons' intent counts wherever it comes from (an old button pressed later too).
    if level is None and (turn.previous_reply in RED_FLAG_QUESTIONS or turn.intent == RED_FLAG_INTENT):
        answer = red_flag_answer(turn.intent, turn.entities, turn.text, turn.confidence)
        if answer is None and turn.intent == RED_FLAG_INTENT:
            answer = UNSURE  # an answer we can't read: unsure between two levels, the higher
        if answer is None and turn.intent == CONCERN_INTENT:
            answer = NO  # another vague worry, no answer: the clinician route, as for "no"
        if answer is not None:
            new_level = SAME_DAY if answer == NO else EMERGENCY
            new = _start_or_raise(episode, turn, new_level, (RED_FLAG_SITUATION[answer],), None)
            if new.level == EMERGENCY and new_level == SAME_DAY:
                return Decision(EMERGENCY_FOLLOW_UP, new, True)  # never lowered: still the emergency frame
            return Decision(RED_FLAG_SAME_DAY if answer == NO else RED_FLAG_EMERGENCY, new, True)

    if episode is not None and episode.level == EMERGENCY:
        if level == EMERGENCY:
            return Decision(REPLY_FOR_LEVEL[EMERGENCY], episode.with_finding(level, situations, family), True)
        if level is None and episode.help_arrived and not mentions_autoinjector(turn.text):
            return Decision(None, None, True)  # help is there and this is no new worry: the episode ends
        new = episode.with_finding(level, situations, family) if level else episode
        answered = invite_answer(new, turn) if level is None else None
        if answered is not None:
            return answered
        if says_help_arrived(turn.text, turn.intent, turn.confidence):
            return Decision(HELP_ARRIVED, replace(new, help_arrived=True), True)
        # Anything else, "I have an EpiPen" included: the emergency frame.
        return Decision(EMERGENCY_FOLLOW_UP, new, new != episode)

    if level is not None:
        if is_classifier_worry(turn) and (episode is None or rank(episode.level) <= rank(SAME_DAY)):
            # A worry naming no sign: the red-flag question first (a same-day
            # ticket goes with it, so nothing is lost if it is never answered).
            new = _start_or_raise(episode, turn, level, situations, family)
            return Decision(ASK_RED_FLAGS, new, True)
        new = _start_or_raise(episode, turn, level, situations, family)
        return Decision(REPLY_FOR_LEVEL[level], new, True)
    return Decision(None, episode, ended)


def invite_answer(episode: Episode, turn: PatientTurn) -> Decision | None:
    """The reply to an answer to the phone invite (a message with no safety
    finding, during an emergency), or None: not an answer, the frame as usual.
    A number is taken at any time after the invite (until the episode ends):
    the patient may give it after another message."""
    if not episode.phone_invited:
        return None
    if turn.phone:
        return Decision(PHONE_THANKS, episode, False, phone=turn.phone)
    if turn.previous_reply not in INVITE_QUESTIONS:
        return None  # "no" or a stray number to something else: the frame, no second invite
    if turn.declines:
        return Decision(PHONE_DECLINED, episode)
    if turn.has_digits and turn.previous_reply == PHONE_INVITE:
        return Decision(PHONE_UNCLEAR, episode)  # asked once to check it, never again
    return None


def next_in_chain(done: Tuple[str, ...], episode: Episode | None, phone_known: bool = False) -> str | None:
    """What follows the replies already given to this message (`done`, in
    order, since the patient's message, without action_deactivate_loop),
    for the chains this module starts; None where the rules carry on.
    `phone_known`: the conversation has a phone number (or the patient
    declined to give one), so the phone invite is not needed."""
    if not done:
        return None
    last = done[-1]
    if last in EMERGENCY_FRAME_REPLIES or last in CALLBACK_REPLIES:
        return OPEN_HANDOFF
    if last == ASK_RED_FLAGS:
        # Inside an episode the worry goes to its ticket; otherwise only the answer opens one.
        return OPEN_HANDOFF if episode is not None else LISTEN
    if last in (PHONE_INVITE, PHONE_DECLINED, PHONE_UNCLEAR):
        return LISTEN
    if last == OPEN_HANDOFF and len(done) >= 2:
        before = done[-2]
        if before in INVITED_AFTER and episode is not None:
            # After the advice and its ticket, never before; once per episode.
            return PHONE_INVITE if invites_phone(episode, phone_known) else LISTEN
        if before in EMERGENCY_FRAME_REPLIES or before == ASK_RED_FLAGS:
            return LISTEN
        if before in CALLBACK_REPLIES:
            return CALLBACK_FORM
    # A lower finding inside a higher episode: its own reply, then the
    # reminder that the episode's level still stands (then ticket, callback).
    lower = {"utter_safety_review": REVIEW}
    if last in lower and episode is not None and rank(lower[last]) < rank(episode.level) <= rank(SAME_DAY):
        return LEVEL_KEPT
    return None


def invites_phone(episode: Episode | None, phone_known: bool) -> bool:
    """The phone invite is due: an emergency episode that has not had it,
    in a conversation with no phone number yet."""
    return episode is not None and episode.level == EMERGENCY and not episode.phone_invited and not phone_known
