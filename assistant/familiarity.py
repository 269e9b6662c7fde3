"""Is a question like the ones an answer was written for? The check before answering.

The intent and topic classifier is one softmax over every answer, so it is
sure of *some* answer even for a question that none of them covers: "do you
sell gift vouchers?" or "is parking available?" get the nearest topic with a
probability that clears the fallback threshold. Such a confident wrong answer
is the worst outcome for a patient (issue: conversations that understand real
patients), worse than an honest "I'm not sure, did you mean...?".

Familiarity is what a softmax cannot give: how close the question is, in the
sentence encoder's meaning space, to the training examples of the answer the
classifier chose: the mean cosine similarity of its `neighbours` nearest
examples. A question far from every example of its answer, of which the
classifier is also not very sure, is held back: the assistant says it is not
sure and offers the likeliest answers as buttons (assistant/clarify.py), or
the team. The two bars were swept on the held-out NLU set and on the real
and blind question sets (bench/calibrate_familiarity.py,
bench/results/nlu_familiarity.md).

Only answers are checked (FAQ topics, the questions about this clinic, and a
booking request): small talk, forms and dialogue moves have short examples
that "ok" or "thanks" are always close to, and a safety intent never comes
from the classifier's guess alone. Nor are elliptical follow-ups ("and for
hair?", "what about the chin?"): their meaning is in the turn before, so they
are never close to a whole question, and the one word they carry is what the
classifier read.

Pure numpy; no Rasa imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict

import numpy as np

from assistant.questions import announced_question, answers_on_their_own

# A booking request is an answer too: starting the booking form for "do I need a
# consultation before I can book?" answers a question nobody asked.
REQUEST_BOOKING = "request_booking"


# "and for hair?", "what about York", "how about the chin", "also for men?": a few words
# that lean on the previous turn.
_FOLLOW_UP_OPENING = re.compile(r"^\W*(and|also|what about|how about|what of)\b", re.IGNORECASE)
FOLLOW_UP_MAX_WORDS = 5


def is_elliptical_follow_up(text: str) -> bool:
    return bool(_FOLLOW_UP_OPENING.match(text)) and len(re.findall(r"\w+", text)) <= FOLLOW_UP_MAX_WORDS


# Words that carry the conversation, not the question: "fair enough, how much is it at yours
# then?" asks what "how much is it at yours?" asks, but the filler moves the sentence encoder's
# vector away from every price example. The similarity is also measured without them.
_LEADING_FILLER = re.compile(
    r"^\W*(?:(?:ok|okay|okey|k|so|well|right|alright|all right|fair enough|fine|cool|great|lovely|"
    r"perfect|thanks|thank you|cheers|hmm+|um+|erm+|oh|ah|and|but|also|then|yeah|yes|no|nope)\b\W*)+",
    re.IGNORECASE,
)
_TRAILING_FILLER = re.compile(
    r"(?:\W+(?:then|please|pls|plz|thanks|thank you|cheers|though|tho|mate|lol|haha))+\W*$", re.IGNORECASE
)


def without_filler(text: str) -> str:
    """The question without the conversational words around it (and without the story before
    "my actual question is..."); the text itself if that is all there is, or if nothing was removed."""
    text = announced_question(text) or text
    core = _TRAILING_FILLER.sub("", _LEADING_FILLER.sub("", text)).strip()
    return core if len(re.findall(r"\w+", core)) >= 2 else text.strip()


def is_checked(label: str) -> bool:
    """Whether a label's answer is held back when the question is unfamiliar."""
    return answers_on_their_own(label) or label == REQUEST_BOOKING


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


@dataclass(frozen=True)
class Familiarity:
    """The training examples' embeddings, grouped by label, and how near a question is to them."""

    labels: np.ndarray  # (n,) the full label of each training example, e.g. "faq/downtime"
    embeddings: np.ndarray  # (n, d) the encoder's embedding of each example
    neighbours: int = 3
    _by_label: Dict[str, np.ndarray] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.labels) != len(self.embeddings):
            raise ValueError("one label per example embedding")
        if self.neighbours < 1:
            raise ValueError("neighbours must be at least 1")
        unit = unit_rows(self.embeddings) if len(self.embeddings) else np.zeros((0, 0), np.float32)
        labels = np.asarray(self.labels, dtype=str)
        object.__setattr__(self, "_by_label", {str(label): unit[labels == label] for label in np.unique(labels)})

    def similarity(self, label: str, embedding: np.ndarray) -> float:
        """Mean cosine similarity of the question to its `neighbours` nearest examples of `label`
        (fewer if the label has fewer); 0.0 for a label without examples."""
        examples = self._by_label.get(label)
        if examples is None or not len(examples):
            return 0.0
        similarities = examples @ unit_rows(np.asarray(embedding).reshape(1, -1))[0]
        nearest = min(self.neighbours, len(similarities))
        return float(np.partition(similarities, -nearest)[-nearest:].mean())


@dataclass(frozen=True)
class Gate:
    """Hold back an answer when the question is unfamiliar AND the classifier is not very sure."""

    min_similarity: float
    below_probability: float

    def holds_back(self, label: str, probability: float, similarity: float, text: str = "") -> bool:
        return (
            is_checked(label)
            and probability < self.below_probability
            and similarity < self.min_similarity
            and not is_elliptical_follow_up(text)
        )

