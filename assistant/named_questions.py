"""Questions about who does what at this clinic get this clinic's practitioners.

The intent classifier learns from examples with generic names ("dr patel"), so
a short question built around a real name ("who is sarah okafor?", "is Dr
Hart registered?") can come out as "not sure" or off-topic: the name is the
only content word, and the classifier has never seen it. And "who does hair
meso?" reads like the general advice on choosing a practitioner, although the
patient asks who does it *here*. The NLU's lookup tables recognise the
clinic's own names (assistant/clinic/names.py), so:

- a not-understood question that names one of the clinic's practitioners is
  about that practitioner, or about their free times when it asks how soon or
  when they are free ("how soon can Dr Hart see me?");
- a "who ...?" question that names one of the clinic's treatments, clinics or
  practitioners, read as not understood or as the general advice, is about
  who does it here.

- a "who ...?" question that names one of the clinic's practitioners, read as
  any general FAQ answer ("who does the needle-free one, is it Jess?" read as
  the needle-free answer), is about who does it here;
- a question naming one of the clinic's practitioners with a title or in full
  ("does Dr Tom do cellulite too?"), read as the list of treatments, asks what
  that person does, which the practitioners answer says. A first name alone is
  not enough there: "my husband Tom wants to know if you do hair" is about the
  clinic's treatments.

Either goes to the practitioners answer, which reads the names itself. An
answer the classifier chose otherwise ("how much does Dr Hart charge?" ->
prices) is kept. Off-topic chat that only names one of the clinic's towns
("who won the Leeds game?") stays off-topic: a town is named in every kind
of chat, a practitioner or a treatment of the clinic is not.
"""

from __future__ import annotations

import re
from typing import AbstractSet, Iterable, Tuple

from assistant.clinic.names import ENTITIES, ENTITY_LOCATION, ENTITY_PRACTITIONER

INTENT_PRACTITIONERS = "ask_practitioners"
# A named practitioner's free times ("how soon can Dr Hart see me?").
INTENT_SLOTS = "ask_consultation_slots"
# The clinic's list of treatments, which says nothing of who does them.
INTENT_TREATMENTS = "ask_treatments"
OFF_TOPIC = "out_of_scope"
# What the NLU says when it understood nothing it can answer.
NOT_UNDERSTOOD = frozenset({"nlu_fallback", "out_of_scope"})
# The general FAQ answer a "who does it here?" question is mistaken for.
GENERAL_PRACTITIONER_ADVICE = "faq/choosing_practitioner"

_WHO_QUESTION = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|also|but|hi|hey|right|thanks)\W+)*"
    r"(?:who|whos|who's|which\s+(?:practitioner|doctor|nurse|person|one of you))\b",
    re.IGNORECASE,
)


_ASKS_WHEN_FREE = re.compile(
    r"\b(?:how\s+soon|earliest|soonest|next\s+(?:free|available|opening|slot|appointment|date)|fit\s+me\s+in"
    r"|see\s+me|any\s+(?:slots|availability|appointments|space)|free\s+(?:this|next|on|slots?|appointments?)"
    r"|available\s+(?:this|next|on|for))\b",
    re.IGNORECASE,
)


def asks_when_free(text: str) -> bool:
    return bool(_ASKS_WHEN_FREE.search(text))


def is_who_question(text: str) -> bool:
    return bool(_WHO_QUESTION.match(text))


_TITLE_BEFORE = re.compile(r"\b(?:dr|doctor|nurse|mr|mrs|ms|miss)\W*$", re.IGNORECASE)


def named_formally(text: str, spans: Iterable[Tuple[int, int]]) -> bool:
    """Whether a practitioner's name found at one of `spans` (start, end) is written with a
    title ("Dr Tom", "nurse Jess") or in full ("Jess Marlow")."""
    for start, end in spans:
        if len(text[start:end].split()) >= 2 or _TITLE_BEFORE.search(text[:start]):
            return True
    return False


def intent_for_named_question(
    intent: str | None, faq_topic: str | None, entity_names: Iterable[str], text: str, formally: bool = False
) -> str | None:
    """The intent to give instead of `intent`, or None to keep it. `formally`: a
    practitioner's name is written with a title or in full (named_formally)."""
    named: AbstractSet[str] = set(entity_names) & set(ENTITIES)
    person = ENTITY_PRACTITIONER in named
    if person and intent in NOT_UNDERSTOOD:
        return INTENT_SLOTS if asks_when_free(text) else INTENT_PRACTITIONERS
    if person and formally and intent == INTENT_TREATMENTS:
        return INTENT_PRACTITIONERS
    if not named or not is_who_question(text):
        return None
    if intent == OFF_TOPIC and not named - {ENTITY_LOCATION}:
        return None  # "who won the York race?": only a town named
    general_advice = intent == "faq" and (faq_topic == GENERAL_PRACTITIONER_ADVICE or person)
    if intent in NOT_UNDERSTOOD or general_advice:
        return INTENT_PRACTITIONERS
    return None
