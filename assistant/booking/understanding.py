"""Reading what a patient typed in reply to a booking question: yes, no or
not sure; a name; a phone number or email address; "stop"; "actually make
it York". Small, rule-based and deterministic: the NLU's intent is a hint,
the words decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Tuple

from assistant.booking import fields
from assistant.booking.screening import KEYWORDS as SCREENING_KEYWORDS
from assistant.clinic.matching import normalise

# How sure the NLU must be before its intent counts on its own.
CONFIDENT = 0.5


@dataclass(frozen=True)
class Turn:
    """One patient message as the form sees it.

    `intent_kind` is what the NLU made of it, in the form's terms:
    "stop", "correct", "question" (a question the dialogue rules can answer:
    FAQ, clinic questions, asking for a person), "yes", "no", "booking", "privacy"
    ("delete my data") or "other". `entities` are those from button payloads (slot_choice)."""

    text: str
    intent_kind: str = "other"
    confidence: float = 1.0
    entities: Mapping[str, str] = field(default_factory=dict)
    is_payload: bool = False  # a button payload such as /affirm

    def is_(self, kind: str) -> bool:
        return self.intent_kind == kind and self.confidence >= CONFIDENT


def words(text: str) -> Tuple[str, ...]:
    return tuple(normalise(text).split())


_STOP_PHRASES = {
    "stop", "cancel", "never mind", "nevermind", "forget it", "quit", "exit", "abort", "cancel that",
    "stop please", "please stop", "stop it", "cancel it", "forget about it", "scrap that", "no stop",
    "stop the booking", "cancel the booking", "cancel booking", "cancel my booking", "leave it",
}  # fmt: skip


# Words every way of saying "stop" uses; an NLU "stop" without one of them
# (a name such as "Robert'); DROP TABLE...") is not taken as stop.
_STOP_CUES = re.compile(
    r"\b(?:stop|cancel|never ?mind|forget|quit|exit|abort|dont want|do not want|changed my mind|not now|"
    r"leave it|scrap|another time|later|end|enough|no more)\b"
)


def is_stop(turn: Turn) -> bool:
    said = " ".join(words(turn.text))
    return said in _STOP_PHRASES or (turn.is_("stop") and bool(_STOP_CUES.search(said)))


_QUESTION_WORDS = {
    "what", "whats", "when", "where", "who", "whos", "why", "how", "hows", "which", "is", "are", "do", "does",
    "did", "can", "could", "will", "would", "should", "may", "have", "has", "any", "wheres", "whens", "am",
}  # fmt: skip


# Words people put in front of an answer or a question in the middle of a form
# ("actually the hair one", "sorry, quick question, is there parking?"): skipped
# when reading the answer and when looking for the word that opens a question.
_LEAD_IN = re.compile(
    r"^(?:(?:actually|sorry|oops|oh|um+|erm|hmm+|well|ok|okay|so|wait|btw|also|and|but|hi|hello|hey|just|"
    r"by\s+the\s+way|quick\s+question|one\s+more\s+thing|hang\s+on|before\s+that|first|then)[\s,.!:;-]+)+",
    re.IGNORECASE,
)


def without_lead_in(text: str) -> str:
    """`text` without the discourse words that open it (as typed); `text`
    itself when nothing else is left."""
    rest = _LEAD_IN.sub("", text.strip() + " ").strip()
    return rest or text


def looks_like_question(text: str) -> bool:
    said = words(without_lead_in(text))
    return text.strip().endswith("?") or (len(said) >= 3 and said[0] in _QUESTION_WORDS)


def is_digression(turn: Turn) -> bool:
    """A question for the dialogue rules (not an answer to ours): a clinic,
    FAQ or handoff intent, in a message that reads as a question or came
    from one of the assistant's own buttons."""
    return turn.is_("question") and (turn.is_payload or looks_like_question(turn.text))


# ----------------------------------------------------------- yes / no

YES, NO, UNSURE = "yes", "no", "not sure"
_YES = {
    "yes", "y", "yeah", "yep", "yup", "yes i am", "yes i do", "i am", "i do", "correct", "true", "ya", "yea",
    "yes please", "affirmative", "sure", "definitely", "absolutely",
}  # fmt: skip
_NO = {
    "no", "n", "nope", "nah", "no i am not", "no im not", "im not", "i am not", "no i dont", "i dont",
    "none", "no none", "not at all", "never", "no never", "negative", "false", "no thanks", "no i do not",
    "i do not", "not me", "no not me", "no allergies", "no i havent", "i havent", "nothing", "no nothing",
}  # fmt: skip
_UNSURE = {
    "not sure", "unsure", "dont know", "i dont know", "idk", "maybe", "possibly", "might be", "i might be",
    "perhaps", "not certain", "im not sure", "i am not sure", "no idea", "could be", "dunno",
    "not really sure",
}  # fmt: skip
MAX_ANSWER = 500


def yes_no(turn: Turn) -> str:
    """ "yes", "no", "not sure", or the patient's own words (trimmed), which
    the screening stores verbatim and treats like "yes": it flags the
    request for a clinician. A short reply the NLU reads as yes/no counts too."""
    said = " ".join(words(turn.text))
    if said in _UNSURE or said.startswith(("not sure", "im not sure", "i dont know", "maybe")):
        return UNSURE
    if said in _YES:
        return YES
    if said in _NO:
        return NO
    if len(words(turn.text)) <= 3 or turn.is_payload:
        if turn.is_("yes"):
            return YES
        if turn.is_("no"):
            return NO
    return turn.text.strip()[:MAX_ANSWER]


def is_clear_answer(value: str) -> bool:
    return value in (YES, NO, UNSURE)


# ---------------------------------------------------------- any / first

_ANY = {
    "any", "either", "either one", "either is fine", "any is fine", "dont mind", "i dont mind", "whichever",
    "no preference", "both", "any of them", "doesnt matter", "it doesnt matter", "whatever", "anywhere",
    "either clinic", "any clinic", "whichever is closest", "whichever is free", "whichever is first",
}  # fmt: skip
_ANY_TIME = {
    "any time", "anytime", "whenever", "any day", "flexible", "im flexible", "i dont mind", "dont mind",
    "no preference", "any", "whatever suits", "whenever suits", "any time is fine",
}  # fmt: skip
_FIRST = {
    "first", "first one", "the first one", "soonest", "the soonest", "earliest", "the earliest", "asap",
    "as soon as possible", "first available", "the first available", "next available", "the next one",
    "the first", "first free", "soonest please", "earliest please", "first one please",
}  # fmt: skip
_UNDECIDED = {
    "not sure", "not sure yet", "unsure", "dont know", "i dont know", "undecided", "no idea", "advice",
    "id like advice", "i need advice", "not decided", "help me choose", "im not sure", "dont know yet",
}  # fmt: skip


def means_any_location(text: str) -> bool:
    return " ".join(words(text)) in _ANY


def means_any_time(text: str) -> bool:
    return " ".join(words(text)) in _ANY_TIME


def means_first(text: str) -> bool:
    return " ".join(words(text)) in _FIRST


def means_undecided(text: str) -> bool:
    return " ".join(words(text)) in _UNDECIDED


# -------------------------------------------------------- name, contact

_NAME_PREFIX = re.compile(
    r"^\s*(?:(?:hi|hello|hey)[,!.]?\s+)?(?:my name is|my name's|name is|name's|name:|i am|i'm|im|it's|its|"
    r"this is|call me|you can call me)\s+",
    re.IGNORECASE,
)


def name_from(text: str) -> str:
    """ "my name is Jane Smith" -> "Jane Smith". Anything else is kept as typed."""
    return _NAME_PREFIX.sub("", text or "").strip().rstrip(".!")


# Replies that acknowledge rather than answer: never a name.
_NOT_A_NAME = {
    "ok", "okay", "k", "kk", "okey", "ok ok", "okie", "thanks", "thank you", "thanks a lot", "thank you so much",
    "thx", "ty", "cheers", "ta", "yes", "yeah", "yep", "yes please", "sure", "fine", "great", "alright",
    "all right", "hi", "hello", "hey", "no problem", "cool", "got it", "ok thanks", "okay thanks", "ok thank you",
    "ok then", "right", "please", "help", "hmm", "hm", "um", "umm", "er", "sorry", "good", "perfect", "lovely",
    "understood", "will do", "yes ok", "yes okay", "ok great", "great thanks", "thanks ok", "done", "what",
    "why", "how", "when", "who", "hello?", "anyone there", "i see", "ah ok", "oh ok", "ok sure", "sure thing",
}  # fmt: skip
# Words of a symptom or a worry: a message with them is not a name.
_SYMPTOM_WORDS = {
    "swollen", "swelling", "swelled", "pain", "painful", "hurts", "hurting", "hurt", "bleeding", "bleed",
    "rash", "lump", "lumps", "bruise", "bruised", "bruising", "itchy", "itching", "sore", "numb", "tingling",
    "dizzy", "faint", "throat", "breathe", "breathing", "vision", "blister", "blisters", "pus", "fever",
    "burning", "infected", "infection", "worried", "worse", "scared", "injection", "injections", "treatment",
    "symptom", "symptoms", "feel", "feeling", "skin", "face", "lips", "eye", "eyes",
}  # fmt: skip

def not_an_answer(turn: Turn) -> str | None:
    """Why this message is not a name or a phone number ("ack", "question",
    "symptom"), or None when it may be one."""
    said = " ".join(words(turn.text))
    if said in _NOT_A_NAME or (turn.is_("yes") and len(said.split()) <= 3) or turn.intent_kind == "thanks":
        return "ack"
    if looks_like_question(turn.text):
        return "question"
    named = " ".join(words(name_from(turn.text)))  # "my name is Jane" -> "jane"
    if turn.intent_kind == "concern" or _SYMPTOM_WORDS & set(named.split()) or named.startswith("my "):
        return "symptom"
    return None


_EMAIL = re.compile(r"[^\s@<>()\[\],;:\"]+@[^\s@<>()\[\],;:\"]+\.[A-Za-z]{2,63}")
_PHONE = re.compile(r"\+?\(?\d[\d ()\-]{5,22}\d")


def contact_from(text: str) -> Tuple[str | None, str | None]:
    """(email, phone) found in the text: "it's 07700 900123" -> (None, "07700 900123")."""
    email = _EMAIL.search(text or "")
    if email:
        return email.group(0).rstrip("."), None
    phone = _PHONE.search(text or "")
    return None, phone.group(0).strip() if phone else None


def is_email(value: str) -> bool:
    return "@" in value


# ------------------------------------------------------------ corrections

_CORRECTION_CUES = re.compile(
    r"^\s*(?:actually|sorry|oops|wait|not\s+\w+,)|\b(?:i meant|change|changed|correct|wrong|mistake|"
    r"instead|update|switch|edit)\b",
    re.IGNORECASE,
)

# Words that say which answer a correction is about, most specific first.
_FIELD_KEYWORDS = (
    (fields.CONTACT, ("phone", "number", "mobile", "email", "e mail", "contact", "landline")),
    (fields.NAME, ("name", "spelt", "spelled", "spelling")),
    (fields.WHEN, ("time", "day", "date", "slot", "appointment", "earlier", "later", "morning", "afternoon")),
    (fields.LOCATION, ("clinic", "location", "branch", "place", "site")),
    (fields.TREATMENT, ("treatment",)),
)


def is_correction(turn: Turn) -> bool:
    return turn.is_("correct") or bool(_CORRECTION_CUES.search(turn.text or ""))


def correction_field(text: str) -> str | None:
    """The form field a correction names by keyword, if any."""
    normal = f" {normalise(text)} "
    for field_name, stems in SCREENING_KEYWORDS.items():
        if any(re.search(rf"\b{re.escape(stem)}", normal) for stem in stems) and not re.search(
            r"\b(?:phone|number|email|name|time|day|clinic)\b", normal
        ):
            return field_name
    if re.search(r"\b(?:health|screening|medical)\b.*\banswer|\banswer\b", normal):
        return "screening"
    for field_name, stems in _FIELD_KEYWORDS:
        if any(re.search(rf"\b{re.escape(stem)}", normal) for stem in stems):
            return field_name
    return None
