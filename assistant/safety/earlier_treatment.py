"""Reads a message with the treatment time the patient gave earlier in the conversation.

"I had meso on my face 3 weeks ago" ... "the redness is still there, is that
normal?": the second message has no time of its own, so alone it reads as the
expected after-effect of the first days (B1). Read on day 21 it is redness
that has outlasted its window (B13). This module re-reads such a message with
day N written after it (treatment_time.day_words), using the screen's rules
alone (the lexicon's time words are rules), and says whether that raises the
escalation. It only ever raises: an earlier turn never lowers a finding, and
a time in the current message wins over an earlier one.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Mapping, Sequence, Tuple

from assistant.handoff.escalation import Escalation, escalate
from assistant.safety.screen import SafetyScreen, shared_screen
from assistant.safety.treatment_time import day_after, day_words, latest_treatment, time_stated
from assistant.safety.urgency import rank


@lru_cache(maxsize=1)
def rules_screen() -> SafetyScreen:
    """The process's screen without its sentence encoder: the time words a re-read
    needs are rules, and a re-read must stay cheap."""
    return shared_screen().without_encoder()


def reread(
    screen: SafetyScreen, text: str, at: datetime, earlier: Sequence[Tuple[str, datetime]]
) -> Tuple[int, Escalation] | None:
    """(day N, the escalation of `text` read on day N) when the message states no time
    of its own and an earlier message (text, when sent; oldest first) dated the
    treatment; None otherwise, or when the re-read finds nothing."""
    if time_stated(text, at) is not None:
        return None
    treatment = latest_treatment(earlier)
    if treatment is None:
        return None
    day = day_after(treatment.treated_on, at)
    # A sentence of its own, so no context in the message (a denial, a "what if") reaches it.
    escalation = escalate(screen.assess(f"{text}\n{day_words(day)}."))
    return None if escalation is None else (day, escalation)


def raised(current: Mapping[str, object] | None, reread_escalation: Escalation) -> bool:
    """Whether the re-read escalation is more urgent than the message's own (`current`:
    the screen's result the message carries, empty or None when it escalated nothing)."""
    level = (current or {}).get("urgency")
    if not level:
        return True
    return rank(reread_escalation.urgency) > rank(Escalation.from_dict(current).urgency)  # type: ignore[arg-type]
