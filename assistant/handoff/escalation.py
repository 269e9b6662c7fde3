"""What the NLU pipeline decides about a message's urgency: the safety
screen's assessment, raised (never lowered) by the intent classifier's
second signal.

    escalation = escalate(screen.assess(text), concern_confidence=0.72)
    escalation.intent     -> "safety_same_day"
    escalation.family     -> "unspecified_concern"   (chooses the reply's wording)
    escalation.as_dict()  -> what the message carries under "safety"

The classifier's signal: its best guess among the worry intents, when it
is at least `CONCERN_THRESHOLD` sure and the screen found nothing.
`report_concern` (a vague worry after a treatment, naming no sign) means
`same_day`, with the situation `unspecified_concern`; so do the after-
treatment safety intents the classifier also learns from a few examples
(`safety_same_day`, `safety_emergency`): the classifier alone never sends
anyone to the emergency number, it sends them to a clinician today with the
safety net. When the screen found something, its finding decides: the
classifier can only add an escalation, never lower or remove one.
(Measured: letting the classifier also raise what the screen found turned
a cold sore and a penicillin allergy into emergency replies.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Mapping, Tuple

from assistant.safety import Assessment, Urgency, situations

CONCERN_THRESHOLD = 0.6
CONCERN_SITUATION = "unspecified_concern"
CONCERN_FAMILY = "unspecified_concern"
CONCERN_LEVEL = Urgency.SAME_DAY
CONCERN_INTENT = "report_concern"

# The intent the NLU pipeline gives a message at each level.
INTENT_FOR = {
    Urgency.EMERGENCY: "safety_emergency",
    Urgency.SAME_DAY: "safety_same_day",
    Urgency.REVIEW: "safety_review",
}
SAFETY_INTENTS = frozenset(INTENT_FOR.values())
# The classifier's intents that make up the second signal: the level each
# means, and the reply family (the unspecified ones get the default wording
# of their level, except unspecified_concern, which has its own).
CLASSIFIER_SIGNALS = {
    CONCERN_INTENT: (CONCERN_LEVEL, CONCERN_FAMILY),
    "safety_same_day": (CONCERN_LEVEL, CONCERN_FAMILY),
    "safety_emergency": (CONCERN_LEVEL, CONCERN_FAMILY),
}
CONCERN_INTENTS = frozenset(CLASSIFIER_SIGNALS)


def families() -> Dict[str, str]:
    """situation key -> reply family (the emergency situations are their own family)."""
    return {situation.key: situation.family for situation in situations()}


def all_families() -> Tuple[str, ...]:
    """Every value the `safety_family` slot can take (domain/safety.yml lists them)."""
    return tuple(dict.fromkeys([*families().values(), *(f for _, f in CLASSIFIER_SIGNALS.values())]))


@dataclass(frozen=True)
class Escalation:
    urgency: Urgency
    family: str  # the primary finding's reply family
    situations: Tuple[str, ...]  # most urgent first
    rows: Tuple[str, ...]  # triage-matrix rows, in the same order
    triggers: Tuple[str, ...]  # the patient's words behind each screen finding
    source: str  # "screen", "classifier" or "screen+classifier"
    classifier_intent: str | None = None  # the classifier's worry intent, when it counted
    concern_confidence: float = 0.0

    @property
    def intent(self) -> str:
        return INTENT_FOR[self.urgency]

    def as_dict(self) -> Dict[str, Any]:
        return {
            "urgency": self.urgency.value,
            "family": self.family,
            "situations": list(self.situations),
            "rows": list(self.rows),
            "triggers": list(self.triggers),
            "source": self.source,
            "classifier_intent": self.classifier_intent,
            "concern_confidence": round(self.concern_confidence, 4),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Escalation:
        return cls(
            urgency=Urgency(data["urgency"]),
            family=str(data.get("family") or ""),
            situations=tuple(data.get("situations") or ()),
            rows=tuple(data.get("rows") or ()),
            triggers=tuple(data.get("triggers") or ()),
            source=str(data.get("source") or "screen"),
            classifier_intent=data.get("classifier_intent"),
            concern_confidence=float(data.get("concern_confidence") or 0.0),
        )


def escalate(
    assessment: Assessment,
    concern_confidence: float = 0.0,
    classifier_intent: str = CONCERN_INTENT,
    *,
    family_of: Mapping[str, str] | None = None,
    threshold: float = CONCERN_THRESHOLD,
) -> Escalation | None:
    """The message's escalation, or None when neither signal asks for one.
    `classifier_intent` is the classifier's worry intent (CONCERN_INTENTS)
    and `concern_confidence` how sure it is."""
    family_of = families() if family_of is None else family_of
    signal = CLASSIFIER_SIGNALS.get(classifier_intent) if concern_confidence >= threshold else None
    found = assessment.findings
    if assessment.urgency is not None:
        return Escalation(
            urgency=assessment.urgency,
            family=family_of[found[0].situation],
            situations=tuple(f.situation for f in found),
            rows=tuple(f.row for f in found),
            triggers=tuple(f.trigger for f in found),
            source="screen",
            concern_confidence=concern_confidence,
        )
    if signal is None:
        return None
    level, family = signal  # nothing found: the classifier's worry escalates on its own
    return Escalation(
        urgency=level,
        family=family,
        situations=(CONCERN_SITUATION,),
        rows=("",),
        triggers=("",),
        source="classifier",
        classifier_intent=classifier_intent,
        concern_confidence=concern_confidence,
    )
