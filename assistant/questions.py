"""Split a patient's message into the questions it asks.

    split_questions("what is it and does it hurt?")       -> ["what is it", "does it hurt?"]
    split_questions("thanks! and can i wear makeup?")     -> ["thanks!", "and can i wear makeup?"]
    split_questions("how much is it? also where are you") -> ["how much is it?", "also where are you"]
    split_questions("does it hurt")                       -> ["does it hurt"]

Patients often ask two things at once. The classifier reads the whole message
as one, which answers one of them at best; each part read on its own gets its
own answer (rasa_addons/intent_topic_classifier.py decides which parts are
confident answers worth giving).

A message is cut
- after sentence-ending punctuation (? ! .) and at line breaks; and
- inside a sentence, before "and", "also", "plus", "or" or a comma when the
  words after it start a new question ("and does it...", ", how long...").
  "pain and swelling", "face and neck" or "before and after" are not cut:
  the words after the joiner must open a question (an auxiliary verb or a
  question word followed by more words).
Parts without a letter are dropped. At most MAX_PARTS parts are returned; a
longer message keeps its first parts (the rest is still read by the
classifier as part of the whole message).
"""

from __future__ import annotations

import re
from typing import List, Sequence, Tuple

from assistant.clinic.answers import INTENT_TOPICS

MAX_PARTS = 3
_MIN_WORDS = 2  # a part of one word ("and?", "also") is not a question on its own

_QUESTION_OPENERS = (
    r"what|whats|what's|how|hows|how's|when|where|wheres|where's|who|whos|who's|which|why|"
    r"is|isn't|are|aren't|am|was|were|do|does|did|don't|doesn't|can|could|cant|can't|will|would|"
    r"should|shall|may|might|have|has|had|any|anything|r|u"
)
# A sentence end: ? ! or . followed by a space or the end (not "0.5 ml" or "e.g."), or a line break.
_SENTENCE_END = re.compile(r"(?<=[?!])\s*|(?<=[a-z\)][.])\s+|\s*\n+\s*", re.IGNORECASE)
# A joiner before a new question: "... and does it", "..., how long", "... also where".
_JOINER = re.compile(
    rf"(?:\s*,\s*(?:and\s+|also\s+|plus\s+|or\s+)?|\s+(?:and|also|plus|or)\s+)(?=(?:{_QUESTION_OPENERS})\s+\w)",
    re.IGNORECASE,
)


def _words(part: str) -> int:
    return len(re.findall(r"[^\W\d_]+", part))


# Words that announce the question after a long story ("...anyway, my actual question is
# how long the redness lasts"): what follows is what the patient asks; the story before
# it only pulls the classifier and the encoder towards everything it mentions.
_ANNOUNCED = re.compile(
    r"\b(?:(?:my|the|our)\s+(?:actual|real|main|proper|one|only)\s+question\s+(?:is|was|being)"
    r"|what\s+i\s+(?:actually\s+|really\s+|mainly\s+)?(?:wanted|want|meant|need|needed)\s+to\s+(?:ask|know)"
    r"(?:\s+(?:you|is|was))*"
    r"|(?:my|the)\s+question\s+(?:for\s+you\s+)?is"
    r"|(?:long\s+story\s+short|to\s+cut\s+a\s+long\s+story\s+short|tl;?dr|anyway(?:s)?\s*,?\s*"
    r"(?:(?:my|the)\s+)?question(?:\s+is)?))\s*[:,.\-\u2013\u2014]*\s*",
    re.IGNORECASE,
)
_MIN_ANNOUNCED_WORDS = 3


def announced_question(text: str) -> str | None:
    """The question after words that announce it ("...so my actual question is: does it
    hurt?"), or None when the message has no such words, or too little after them."""
    matches = list(_ANNOUNCED.finditer(text))
    found = matches[-1] if matches else None
    if found is None or found.start() == 0:
        return None
    rest = text[found.end():].strip()
    return rest if _words(rest) >= _MIN_ANNOUNCED_WORDS else None


def split_questions(text: str) -> List[str]:
    """The message's parts, in order (see the module docstring); [text] when it asks one thing."""
    parts: List[str] = []
    for sentence in _SENTENCE_END.split(text.strip()):
        if not sentence:
            continue
        pieces = _JOINER.split(sentence)
        parts.extend(piece.strip() for piece in pieces if piece and piece.strip())
    parts = [p for p in parts if re.search(r"[^\W\d_]", p)]
    if len(parts) <= 1:
        return [text.strip()] if text.strip() else []
    # Short parts ("thanks!", "hi") stay parts: the classifier reads them as small talk.
    merged: List[str] = []
    for part in parts:
        if merged and _words(part) < _MIN_WORDS and not part.endswith(("!", "?")):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged[:MAX_PARTS]


# Labels that answer a question on their own: every FAQ topic, and the clinic
# questions answered from the clinic's data (one per clinic answer topic).
# Small talk, forms, handoffs and safety intents are never added as a further answer.
FAQ_PREFIX = "faq/"
CLINIC_QUESTION_INTENTS = frozenset(INTENT_TOPICS)
# A message read as one of these is small talk around a question ("thanks! and can I
# wear make-up?", "hi, what is it"): the question in it becomes the answer.
COURTESY_INTENTS = frozenset({"greet", "thank", "goodbye", "affirm", "nlu_fallback"})
# A part must be at least this sure of its label to get an answer of its own: a short
# part carries little context, and an extra answer to a question nobody asked is the
# worst outcome, so the bar is higher than the fallback threshold of a whole message.
PART_CONFIDENCE = 0.5


def answers_on_their_own(label: str) -> bool:
    return label.startswith(FAQ_PREFIX) or label in CLINIC_QUESTION_INTENTS


def choose_answers(
    whole: Tuple[str, float], parts: Sequence[Tuple[str, float]], max_answers: int = MAX_PARTS
) -> Tuple[Tuple[str, float] | None, List[str]]:
    """(a new main answer or None to keep the whole message's, the further answers after it).

    `whole` is the whole message's best label and probability, `parts` those of each part
    (split_questions) in order. Further answers come only from parts confident enough on an
    answerable label that the main answer does not already give, each label once.
    """
    if len(parts) < 2:
        return None, []
    confident: List[Tuple[str, float]] = []
    for label, confidence in parts:
        if confidence >= PART_CONFIDENCE and answers_on_their_own(label) and label not in (c[0] for c in confident):
            confident.append((label, confidence))
    if not confident:
        return None, []
    label, _ = whole
    if answers_on_their_own(label):
        labels = [c[0] for c in confident]
        if label in labels:
            # Answers in the order the questions were asked.
            first = confident[0]
            return (None if first[0] == label else first), labels[1:max_answers]
        return None, [other for other in labels if other != label][: max_answers - 1]
    if label in COURTESY_INTENTS:
        return confident[0], [c[0] for c in confident[1:max_answers]]
    # Bookings, forms, requests for a person: the message is about that, not the questions.
    return None, []
