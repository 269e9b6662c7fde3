"""Questions about who does what at this clinic get this clinic's practitioners.

The intent classifier learns from examples with generic names ("dr patel"), so
a short question built around a real name ("who is sarah okafor?", "is Dr
Hart registered?") can come out as "not sure" or off-topic: the name is the
only content word, and the classifier has never seen it. And "who does hair
meso?" reads like the general advice on choosing a practitioner, although the
patient asks who does it *here*. The NLU's lookup tables recognise the
clinic's own names (assistant/clinic/names.py), so:

- a not-understood question that names one of the clinic's practitioners is
  about that practitioner;
- a "who ...?" question that names one of the clinic's treatments, clinics or
  practitioners, read as not understood or as the general advice, is about
  who does it here.

Either goes to the practitioners answer, which reads the names itself. An
answer the classifier chose otherwise ("how much does Dr Hart charge?" ->
prices) is kept.
"""

from __future__ import annotations

import re
from typing import AbstractSet, Iterable

from assistant.clinic.names import ENTITIES, ENTITY_PRACTITIONER

INTENT_PRACTITIONERS = "ask_practitioners"
# What the NLU says when it understood nothing it can answer.
NOT_UNDERSTOOD = frozenset({"nlu_fallback", "out_of_scope"})
# The general FAQ answer a "who does it here?" question is mistaken for.
GENERAL_PRACTITIONER_ADVICE = "faq/choosing_practitioner"

_WHO_QUESTION = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|also|but|hi|hey|right|thanks)\W+)*"
    r"(?:who|whos|who's|which\s+(?:practitioner|doctor|nurse|person|one of you))\b",
    re.IGNORECASE,
)


def is_who_question(text: str) -> bool:
    return bool(_WHO_QUESTION.match(text))


def intent_for_named_question(
    intent: str | None, faq_topic: str | None, entity_names: Iterable[str], text: str
) -> str | None:
    """The intent to give instead of `intent`, or None to keep it."""
    named: AbstractSet[str] = set(entity_names) & set(ENTITIES)
    if intent in NOT_UNDERSTOOD and ENTITY_PRACTITIONER in named:
        return INTENT_PRACTITIONERS
    general_advice = intent == "faq" and faq_topic == GENERAL_PRACTITIONER_ADVICE
    if named and is_who_question(text) and (intent in NOT_UNDERSTOOD or general_advice):
        return INTENT_PRACTITIONERS
    return None
