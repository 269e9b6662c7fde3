"""Questions that name one of the clinic's practitioners are about that practitioner.

The intent classifier learns from examples with generic names ("dr patel"), so
a short question built around a real name ("who is sarah okafor?", "is Dr
Hart registered?") can come out as "not sure" or off-topic: the name is the
only content word, and the classifier has never seen it. The NLU's lookup
tables recognise the clinic's own names (assistant/clinic/names.py); when one
of them is a practitioner and the classifier understood nothing else, the
question goes to the practitioners answer, which reads the name itself.

Only "nothing understood" is overridden: an answer the classifier chose with
confidence ("how much does Dr Hart charge?" -> prices) is kept.
"""

from __future__ import annotations

from typing import Iterable

from assistant.clinic.names import ENTITY_PRACTITIONER

INTENT_PRACTITIONERS = "ask_practitioners"
# What the NLU says when it understood nothing it can answer.
NOT_UNDERSTOOD = frozenset({"nlu_fallback", "out_of_scope"})


def intent_for_named_practitioner(intent: str | None, entity_names: Iterable[str]) -> str | None:
    """The intent to give instead of `intent`, or None to keep it."""
    if intent in NOT_UNDERSTOOD and ENTITY_PRACTITIONER in set(entity_names):
        return INTENT_PRACTITIONERS
    return None
