"""General-question follow-ups that only name an area: the previous answer, for that area.

    "how long do the results last?"  ->  "what about for hair?"   how long hair results last
    "when will I see results?"       ->  "and the face?"          when face results show
    "is there downtime?"             ->  "and for fat dissolving"  downtime after fat-dissolving

Several general answers (results, downtime, side effects, ingredients, evidence) say
something different per area, in sentences of their own ("For hair, it usually takes
2 to 3 months..."). A follow-up that names only an area asks the same question again
for it; read alone, it is the general answer about that area, which does not say
(the hair answer never says how long hair results take). So the follow-up gets the
previous answer's sentences about that area.

Follow-ups whose answer is this clinic's own data (a price, who does it, a course
length) are assistant.clinic.followups' job; this module leaves those questions
alone (CLINIC_TOPICS) so the two never both claim a message.

Pure functions over text: the dialogue policy (rasa_addons/faq_follow_up_policy.py)
and the action that answers (actions/faq.py) call the same ones, so they agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Sequence, Tuple

from assistant.clinic.followups import Earlier
from assistant.clinic.matching import normalise

FAQ_PREFIX = "faq/"

# General answers that say something per area. The sessions and session-length
# questions are not here: a follow-up of those is answered from the clinic's own
# course for that treatment (assistant.clinic.followups).
AREA_ASPECT_TOPICS = frozenset(
    {
        "results_duration",
        "results_timing",
        "downtime",
        "side_effects",
        "ingredients",
        "evidence",
        "how_it_works",
        "pain_numbing",
    }
)
CLINIC_TOPICS = frozenset({"sessions_intervals", "session_length"})


@dataclass(frozen=True)
class Area:
    """A treated area: the words a patient names it with, and how an answer's sentence
    about it reads (a regular expression on the sentence)."""

    name: str
    patient_words: frozenset
    in_answer: re.Pattern


AREAS: Tuple[Area, ...] = (
    Area(
        "hair",
        frozenset("hair hairs scalp bald balding alopecia thinning hairloss".split()),
        re.compile(r"\b(hair|scalp)", re.I),
    ),
    Area(
        "face",
        frozenset("face faces facial facials cheek cheeks forehead mesolift".split()),
        re.compile(r"\b(face|facial)", re.I),
    ),
    Area(
        "body",
        frozenset(
            "body fat cellulite thigh thighs belly stomach tummy arms bum buttocks hips chin "
            "lipolysis dissolving dissolver dissolvers".split()
        ),
        re.compile(r"\b(body|fat|cellulite)", re.I),
    ),
)

# What a follow-up may say around the area it names: linking words, never a question of
# its own ("what about hair loss after it?" names a symptom, not only an area).
_AROUND_THE_AREA = frozenset(
    "and what whats about how for the a an one ones same with then ok okay so please pls thanks too also as "
    "well of that this instead or if on in is it its wbu oh ah right hmm my your meso mesotherapy treatment "
    "treatments injections area areas double love handles loss".split()
)
# The longest follow-up read as one (in words): longer messages ask something of their own.
MAX_WORDS = 7


def named_area(text: str) -> Area | None:
    """The area a message names and nothing else besides linking words ("and for hair?",
    "what about the face"); None for anything else, including a message naming two areas."""
    words = normalise(text).split()
    if not words or len(words) > MAX_WORDS:
        return None
    named = {area.name: area for area in AREAS for word in words if word in area.patient_words}
    if len(named) != 1:
        return None
    if any(word not in _AROUND_THE_AREA and not any(word in a.patient_words for a in AREAS) for word in words):
        return None
    return next(iter(named.values()))


def topic_of(label: str | None) -> str | None:
    """`faq/<topic>` -> `<topic>`; None for anything that is not a general question."""
    if label and label.startswith(FAQ_PREFIX):
        return label[len(FAQ_PREFIX):]
    return None


def asked_before(earlier: Sequence[Earlier]) -> str | None:
    """The general question a follow-up leans on: the latest earlier message that was not
    itself an area follow-up ("how long does it last?" -> "and hair?" -> "and face?"), if it
    asked one of the per-area answers; None otherwise."""
    for message in earlier:
        if named_area(message.text) is not None:
            continue
        topic = topic_of(message.intent)
        return topic if topic in AREA_ASPECT_TOPICS else None
    return None


def sentences_about(answer: str, area: Area) -> Tuple[str, ...]:
    """The answer's sentences about the area, in order; never a sentence with a template
    placeholder (the emergency number and the like are filled only in the whole answer)."""
    sentences = re.split(r"(?<=[.!?])\s+", answer.strip())
    return tuple(s for s in sentences if area.in_answer.search(s) and "{" not in s)


@dataclass(frozen=True)
class AreaFollowUp:
    topic: str
    area: str
    text: str


def area_follow_up(text: str, earlier: Sequence[Earlier], answers: Mapping[str, str]) -> AreaFollowUp | None:
    """The reply to a message that only names an area right after a per-area general
    question: that answer's sentences about the area. None when the message is no such
    follow-up or the answer says nothing about that area (the message then gets its own
    answer). `answers` maps a topic to its answer text."""
    area = named_area(text)
    if area is None:
        return None
    topic = asked_before(earlier)
    if topic is None or topic not in answers:
        return None
    found = sentences_about(answers[topic], area)
    if not found:
        return None
    return AreaFollowUp(topic, area.name, " ".join(found))


def faq_answers(responses: Mapping[str, Sequence[Mapping[str, object]]]) -> dict:
    """topic -> answer text, from a domain's responses (`utter_faq/<topic>`: [{text: ...}])."""
    prefix = "utter_" + FAQ_PREFIX
    return {
        name[len(prefix):]: str(variants[0].get("text") or "")
        for name, variants in responses.items()
        if name.startswith(prefix) and variants
    }
