"""The callback form after a same-day, review or routine handoff: the
patient's name, then a phone number. Either may be declined ("skip",
"no thanks"): the ticket exists anyway, and declining is respected, not
argued with.

    step = callback_answer(turn, "callback_name", slots)
    step.remember   -> {"callback_name": "Jane Doe"}    (None re-asks the question)
    step.messages   -> why an answer was not taken, if it wasn't
    step.handed_back -> True: a safety message or a question; the dialogue rules take it

"ok", "thanks", "yes", a question or a symptom is never taken as a name or a
number: the question is asked again, with why (`not_an_answer`).

Plain Python over the booking form's understanding of answers
(assistant.booking.understanding); actions/handoff.py adapts it to Rasa.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Tuple

from assistant.booking.understanding import (
    Turn,
    contact_from,
    is_digression,
    is_stop,
    name_from,
    not_an_answer,
    words,
)
from assistant.clinic.booking import validate_name, validate_phone
from assistant.conversation import Message
from assistant.handoff.opening import CALLBACK_NAME, CALLBACK_PHONE, DECLINED

SLOTS = (CALLBACK_NAME, CALLBACK_PHONE)

_SKIP = {"skip", "skip it", "skip that", "pass", "next", "skip this", "skip please"}
_DECLINE = {
    "no", "no thanks", "no thank you", "nope", "nah", "rather not", "id rather not", "i would rather not",
    "no need", "dont call", "dont call me", "please dont call", "not now", "no callback", "no call",
    "i dont want a call", "i dont want a callback", "none", "no phone", "prefer not", "id prefer not",
    "i prefer not to", "prefer not to say", "rather not say", "no i dont", "not necessary",
}  # fmt: skip

ASK_NAME = 'So the team can call you back, what name should they ask for? If you\'d rather not say, type "skip".'


def ask_phone(name: str | None) -> str:
    thanks = f"Thanks, {name}. " if name else ""
    return f"{thanks}What's the best phone number to call you on? If you'd rather not give one, type \"skip\"."


# Acknowledgements and fillers: never a name.
NOT_A_NAME = 'I need the name the team should ask for when they call, for example "Sam Jones".'
NOT_A_NUMBER = "I need the phone number the team should call, for example 07700 900123."
def question_later(urgent_contact: str, emergency_number: str) -> str:
    """A question typed instead of a name or number: the team answers it."""
    return (
        "I can't answer that here, but the team can when they call you back. If it's about a symptom that is "
        f"getting worse, call the aftercare line on {urgent_contact} now; in an emergency, call {emergency_number}."
    )


# A symptom the safety screen did not escalate, typed instead of a name: the
# safety net, then the question again (the ticket is open already). The
# numbers are the clinic's settings (the contact slots), never a literal.
def symptom_now(emergency_number: str) -> str:
    return (
        "Thank you for telling me; I've noted it for the team. If anything gets worse, such as trouble "
        "breathing, swelling of your lips, tongue or throat, skin turning white, grey or dusky, or changes in "
        f"your vision, call {emergency_number} straight away."
    )


NEED_A_PHONE = (
    "The clinician will call you, so I need a phone number rather than an email address. "
    'If you\'d rather not give one, just say "skip".'
)


@dataclass(frozen=True)
class CallbackStep:
    remember: Mapping[str, Any] = field(default_factory=dict)
    messages: Tuple[Message, ...] = ()
    handed_back: bool = False


def _said(turn: Turn) -> str:
    return " ".join(words(turn.text))


def declines(turn: Turn) -> bool:
    said = _said(turn)
    return said in _DECLINE or is_stop(turn) or (turn.is_("no") and len(said.split()) <= 3)


def skips(turn: Turn) -> bool:
    return _said(turn) in _SKIP


def callback_answer(
    turn: Turn,
    requested: str,
    slots: Mapping[str, Any],
    urgent_contact: str = "the aftercare line",
    emergency_number: str = "the emergency number",
) -> CallbackStep:
    """The form's step for one answer. ``urgent_contact`` and
    ``emergency_number`` are the clinic's (from the contact slots); the
    defaults only name them when no setting reached the action."""
    if turn.is_("safety") or turn.is_("privacy"):
        # A warning sign, or "delete my data" (never a name): the rules take it.
        return CallbackStep(handed_back=True)
    if requested not in SLOTS:
        return CallbackStep(handed_back=True)
    if skips(turn):
        return CallbackStep({requested: DECLINED})
    if declines(turn):
        # "No thanks" to the name is no to the callback: don't ask for the number too.
        return CallbackStep({name: DECLINED for name in SLOTS if slots.get(name) is None or name == requested})
    if is_digression(turn) or (turn.is_("question") and len(words(turn.text)) > 3):
        return CallbackStep(handed_back=True)  # a question the rules answer; then the form carries on
    reason = not_an_answer(turn)
    if reason is not None and not (requested == CALLBACK_PHONE and _has_phone(turn.text)):
        asked = NOT_A_NAME if requested == CALLBACK_NAME else NOT_A_NUMBER
        first = {
            "question": (Message(question_later(urgent_contact, emergency_number)),),
            "symptom": (Message(symptom_now(emergency_number)),),
        }.get(reason, ())
        messages = (*first, Message(asked))
        return CallbackStep({requested: None}, messages)
    if requested == CALLBACK_NAME:
        return _name(turn)
    return _phone(turn)


def _has_phone(text: str) -> bool:
    _, phone = contact_from(text)
    return bool(phone and validate_phone(phone).ok)


def _name(turn: Turn) -> CallbackStep:
    remember: Dict[str, Any] = {}
    text = turn.text
    _, phone = contact_from(text)
    if phone and validate_phone(phone).ok:  # "Jane, 07700 900123" or just the number
        remember[CALLBACK_PHONE] = validate_phone(phone).value
        text = text.replace(phone, " ").strip(" ,.;-")
        if not any(ch.isalpha() for ch in text):
            return CallbackStep({**remember, CALLBACK_NAME: None})
    checked = validate_name(name_from(text))
    if checked.ok:
        return CallbackStep({**remember, CALLBACK_NAME: checked.value})
    return CallbackStep({**remember, CALLBACK_NAME: None}, (Message(checked.problem),))


def _phone(turn: Turn) -> CallbackStep:
    email, phone = contact_from(turn.text)
    if phone is None and email is not None:
        return CallbackStep({CALLBACK_PHONE: None}, (Message(NEED_A_PHONE),))
    checked = validate_phone(phone)
    if checked.ok:
        return CallbackStep({CALLBACK_PHONE: checked.value})
    return CallbackStep({CALLBACK_PHONE: None}, (Message(checked.problem),))
