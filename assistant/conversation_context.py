"""What the conversation is about so far, kept in slots the tracker shows turn by turn.

    context_updates("faq/results_duration", "how long does it last", at) -> {"current_topic": "faq/results_duration"}
    context_updates("thank", "thanks!", at)                               -> {}   (the topic stays)
    context_updates("faq/side_effects", "had meso 3 days ago, is redness normal?", at)
        -> {"current_topic": "faq/side_effects", "treated_on": "<3 days before at>"}

The topic is the latest question the patient asked: a general question (`faq/<topic>`)
or a question about this clinic. When the patient was treated is the latest date a
message gives for a treatment (assistant.safety.treatment_time reads it, in the
languages the safety screen reads). The clinic names a message mentions (treatment,
clinic location, practitioner) are the NLU's entities, kept by the domain's own slot
mappings. Staff see these in the tracker; follow-ups and the safety policy read them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Dict

from assistant.questions import answers_on_their_own
from assistant.safety.treatment_time import treatment_date

SLOT_CURRENT_TOPIC = "current_topic"
SLOT_TREATED_ON = "treated_on"


def context_updates(label: str | None, text: str, at: datetime) -> Dict[str, str]:
    """The context slots this message changes, by name; the others keep their values."""
    updates: Dict[str, str] = {}
    # A general question or one about this clinic; not small talk, a form's answer, a
    # safety message or a request.
    if label and answers_on_their_own(label):
        updates[SLOT_CURRENT_TOPIC] = str(label)
    treated = treatment_date(text, at) if text and not text.startswith("/") else None
    if treated is not None:
        updates[SLOT_TREATED_ON] = treated.treated_on.isoformat()
    return updates
