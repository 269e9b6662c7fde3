""""Did you mean...?": the answers worth offering when the NLU is not sure.

When the best intent or FAQ topic of a message is below the fallback
threshold (config.yml), the assistant does not answer. On the first such miss
it offers, as buttons, the two or three likeliest answers instead of only
"could you rephrase", and always a way out to the clinic team.

The classifier (rasa_addons/intent_topic_classifier.py) is one softmax over
every intent and FAQ topic, so the probabilities it gives in `intent_ranking`
(each intent once, its best label's probability) and in
`response_selector["faq"]["ranking"]` (the top FAQ topics) are comparable and
can be merged into one ranking of labels. Rasa's FallbackClassifier puts
`nlu_fallback` first in `intent_ranking` and leaves the classifier's own
candidates after it.

Only labels with an answer a patient asked for are offered: FAQ topics
(`faq/<topic>`) and the questions about this clinic (`ask_*`). Never the
safety intents (an escalation comes from the safety screen reading the
patient's own words, never from a guess), nor small talk and dialogue moves
(greet, affirm, stop...), which are not answers.

Each offered label has a title: a short canonical question a patient might
ask. The title is also the button's payload, as plain text, so pressing it
goes through the NLU and the safety screen like any typed message (slash
payloads are gated: assistant/payloads.py). tests/test_clarify_model.py
checks, on the trained model, that each title is classified as its own label.

Pure functions over the parse data dict; no Rasa imports.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Tuple

from assistant.conversation import Button, Message

FALLBACK_INTENT = "nlu_fallback"
RETRIEVAL_INTENT = "faq"  # its entry in intent_ranking aggregates the topics
FAQ_PREFIX = RETRIEVAL_INTENT + "/"
CLINIC_QUESTION_PREFIX = "ask_"

# At most this many answers as buttons (plus the way out): more is a menu to read.
MAX_SUGGESTIONS = 3

# A candidate needs at least this probability to be offered. The classifier
# chooses among about 75 labels, so an uninformed guess gets about 0.013; 0.08 is six
# times that, and about a quarter of the threshold for answering outright (0.3).
# On the held-out set (bench/results/suggestion_floor.md), runners-up below 0.08
# were the expected answer about 2% of the time, from 0.08 up 9 to 17%; of the
# messages that fell back, 0.08 still offered the right answer in 14 of 18,
# with about two buttons each. A wrong button costs the patient a glance, not a
# wrong answer, and the "something else" button is always there.
MIN_CONFIDENCE = 0.08

# Never offered, whatever their probability (and never given a title).
SAFETY_INTENT_PREFIX = "safety_"
NOT_ANSWERS = frozenset(
    {
        FALLBACK_INTENT,
        RETRIEVAL_INTENT,
        # The safety screen's and the safety episode's own intents.
        "report_concern",
        "help_arrived",
        "red_flag_answer",
        # Small talk and dialogue moves.
        "greet",
        "goodbye",
        "thank",
        "affirm",
        "deny",
        "stop",
        "correct",
        "bot_challenge",
        # What the fallback rules handle already.
        "out_of_scope",
        "team_only_question",
        "input_problem",
        "other_language",
    }
)

PROMPT = "I'm not sure I understood. Did you mean one of these?"

# The last button: a plain-text request for a person, read by the NLU as
# `request_human` (data/nlu/handoff.yml), which opens a routine handoff.
SOMETHING_ELSE_TITLE = "Something else (speak to the team)"
SOMETHING_ELSE_PAYLOAD = "I'd like to speak to someone at the clinic"

# One short canonical question per answer: the button's title and its payload.
# Covers every FAQ response in domain/faq.yml and every ask_* intent
# (tests/assistant/test_clarify.py checks it).
TITLES: Dict[str, str] = {
    # --- what it is
    "faq/what_is": "What is mesotherapy?",
    "faq/how_it_works": "How does mesotherapy work?",
    "faq/ingredients": "What is in the injections?",
    "faq/origin": "Where does mesotherapy come from?",
    "faq/uses_and_areas": "What can mesotherapy be used for?",
    "faq/face": "What does mesotherapy do for the face?",
    "faq/hair": "Can mesotherapy help with hair loss?",
    "faq/cellulite_fat": "Does mesotherapy work for cellulite or fat?",
    "faq/acne_scars": "Can mesotherapy help acne scars?",
    "faq/pigmentation": "Can mesotherapy help dark spots or pigmentation?",
    "faq/under_eye": "Can mesotherapy help under the eyes?",
    "faq/needle_free": "What is needle-free mesotherapy?",
    "faq/evidence": "Does mesotherapy really work?",
    "faq/approval_safety": "Is mesotherapy approved and regulated?",
    "faq/vs_other_treatments": "How is mesotherapy different from Botox or fillers?",
    "faq/combining_treatments": "Can I combine mesotherapy with other treatments?",
    # --- is it for me
    "faq/good_candidate": "Is mesotherapy right for me?",
    "faq/men": "Can men have mesotherapy?",
    "faq/contraindications": "Who shouldn't have mesotherapy?",
    "faq/choosing_practitioner": "How do I choose a good practitioner?",
    "faq/reviews_results_photos": "Can I see reviews or before-and-after photos?",
    "faq/self_injection": "Can I buy mesotherapy products and inject myself?",
    # --- the treatment
    "faq/preparation": "How do I prepare for mesotherapy?",
    "faq/procedure": "What happens during a mesotherapy treatment?",
    "faq/pain_numbing": "Does mesotherapy hurt?",
    "faq/session_length": "How long does a session take?",
    "faq/sessions_intervals": "How many sessions will I need?",
    "faq/reschedule_cancel": "How do I change or cancel my appointment?",
    # --- results
    "faq/results_timing": "When will I see results?",
    "faq/results_duration": "How long do the results last?",
    # --- afterwards
    "faq/downtime": "Is there any downtime after mesotherapy?",
    "faq/side_effects": "What are the side effects of mesotherapy?",
    "faq/complications": "What are the risks and complications of mesotherapy?",
    "faq/lumps_after_treatment": "Why are there still small lumps a week after treatment?",
    "faq/swelling_fat_dissolving": "Why is it more swollen after fat-dissolving injections?",
    "faq/dark_marks": "Why do dark marks appear after mesotherapy?",
    "faq/numbness": "How long does numbness last after mesotherapy?",
    "faq/complaints": "How do I make a complaint?",
    "faq/aftercare_general": "What aftercare do I need after mesotherapy?",
    "faq/aftercare_makeup": "When can I wear make-up after treatment?",
    "faq/aftercare_washing": "When can I shower or wash my hair after treatment?",
    "faq/aftercare_exercise": "When can I exercise after treatment?",
    "faq/aftercare_heat": "When can I use a sauna or go swimming after treatment?",
    "faq/aftercare_sun": "When can I go in the sun after treatment?",
    "faq/aftercare_alcohol": "Can I drink alcohol after treatment?",
    "faq/aftercare_pain_relief": "Which painkillers can I take after treatment?",
    "faq/aftercare_touching": "Can I touch or massage the area after treatment?",
    "faq/aftercare_other_treatments": "When can I have facials or laser after mesotherapy?",
    # --- this clinic
    "ask_opening_hours": "What are your opening hours?",
    "ask_location": "Where is the clinic?",
    "ask_contact": "How can I contact the clinic?",
    "ask_treatments": "What treatments do you offer?",
    "ask_price": "How much does it cost?",
    "ask_clinic_protocol": "How many sessions do you plan at your clinic?",
    "ask_practitioners": "Who will do my treatment?",
    "ask_consultation_slots": "When is your next free consultation?",
    "ask_my_booking": "What did I book?",
    "ask_capabilities": "What can you help me with?",
}


@dataclass(frozen=True)
class Suggestion:
    label: str  # "faq/<topic>" or an intent
    title: str  # the canonical question: the button's title and payload
    confidence: float


def offerable(label: str) -> bool:
    """An answer a patient asked for, with a title, and not a safety or small-talk intent."""
    if label in NOT_ANSWERS or label.startswith(SAFETY_INTENT_PREFIX):
        return False
    return label.startswith((FAQ_PREFIX, CLINIC_QUESTION_PREFIX)) and label in TITLES


def _confidence(entry: Mapping[str, Any]) -> float | None:
    value = entry.get("confidence")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def ranked_labels(parse_data: Mapping[str, Any]) -> List[Tuple[str, float]]:
    """Every intent (but `faq` and `nlu_fallback`) and every ranked FAQ topic,
    with its probability, most probable first."""
    best: Dict[str, float] = {}

    def add(label: Any, confidence: float | None) -> None:
        if isinstance(label, str) and label and confidence is not None:
            best[label] = max(confidence, best.get(label, confidence))

    for entry in parse_data.get("intent_ranking") or []:
        if isinstance(entry, Mapping) and entry.get("name") not in (FALLBACK_INTENT, RETRIEVAL_INTENT):
            add(entry.get("name"), _confidence(entry))
    selector = parse_data.get("response_selector")
    faq = selector.get(RETRIEVAL_INTENT) if isinstance(selector, Mapping) else None
    for entry in (faq.get("ranking") if isinstance(faq, Mapping) else None) or []:
        if isinstance(entry, Mapping):
            key = entry.get("intent_response_key")
            if isinstance(key, str) and key.startswith(FAQ_PREFIX):
                add(key, _confidence(entry))
    # sorted() is stable: equal probabilities keep the order the NLU gave.
    return sorted(best.items(), key=lambda item: -item[1])


def suggestions(
    parse_data: Mapping[str, Any],
    max_suggestions: int = MAX_SUGGESTIONS,
    min_confidence: float = MIN_CONFIDENCE,
) -> List[Suggestion]:
    """The answers worth offering for this message, likeliest first (maybe none)."""
    offered: List[Suggestion] = []
    for label, confidence in ranked_labels(parse_data):
        if len(offered) >= max_suggestions or confidence < min_confidence:
            break
        if offerable(label):
            offered.append(Suggestion(label, TITLES[label], confidence))
    return offered


def did_you_mean(parse_data: Mapping[str, Any]) -> Message | None:
    """The question with a button per suggestion and a last one to the team,
    or None when nothing is worth offering (then: "could you rephrase")."""
    offered = suggestions(parse_data)
    if not offered:
        return None
    buttons = tuple(Button(s.title, s.title) for s in offered)
    return Message(PROMPT, (*buttons, Button(SOMETHING_ELSE_TITLE, SOMETHING_ELSE_PAYLOAD)))
