"""Fuzzy matching of what patients type ("the leeds one", "hair meso",
"mesotheraphy for my hair") against names, slugs and synonyms.

Deterministic and dependency-free (difflib): a phrase contained in the text
scores 1.0; all of a phrase's words present (allowing small typos) 0.9;
all of the text's words within the phrase 0.8 (a partial name, which may
fit several items); otherwise the whole-string similarity when it is high.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Callable, Iterable, List, Sequence, Tuple, TypeVar

T = TypeVar("T")

# Words that carry no identity in "the Leeds one", "your York clinic please".
_FILLER = frozenset(
    "the a an one your you my me i of for in at on to is are do does there any clinic branch location "
    "site place office please treatment treatments".split()
)
# Below this, a candidate is not a match at all.
THRESHOLD = 0.75
# Candidates scoring within this of the best are equally good (ambiguous).
TIE_MARGIN = 0.05


def normalise(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def words(text: str) -> List[str]:
    return [word for word in normalise(text).split() if word not in _FILLER]


def similar(a: str, b: str) -> bool:
    """The same word, or a misspelling of it (words of 4 letters or more)."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.85


def phrase_score(text: str, phrase: str) -> float:
    query, target = normalise(text), normalise(phrase)
    if not query or not target:
        return 0.0
    if f" {target} " in f" {query} ":
        return 1.0
    target_words, query_words = words(target), words(query)
    if target_words and all(any(similar(t, q) for q in query_words) for t in target_words):
        return 0.9
    if query_words and all(any(similar(q, t) for t in target_words) for q in query_words):
        return 0.8  # the text names part of it ("mesotherapy" for "hair mesotherapy")
    ratio = SequenceMatcher(None, " ".join(query_words) or query, " ".join(target_words) or target).ratio()
    return ratio * 0.85 if ratio >= 0.8 else 0.0


def rank(text: str, items: Iterable[T], phrases_of: Callable[[T], Sequence[str]]) -> List[Tuple[T, float]]:
    """Items scoring at least THRESHOLD, best first. Among equal scores a
    longer matching phrase wins (it is more specific)."""
    scored = []
    for item in items:
        best = max(((phrase_score(text, p), len(p)) for p in phrases_of(item) if p), default=(0.0, 0))
        if best[0] >= THRESHOLD:
            scored.append((item, best))
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return [(item, score) for item, (score, _) in scored]


def best_match(ranked: Sequence[Tuple[T, float]]) -> Tuple[List[T], bool]:
    """The winners and whether the choice is clear: one item clearly ahead."""
    if not ranked:
        return [], False
    top = ranked[0][1]
    winners = [item for item, score in ranked if top - score < TIE_MARGIN]
    return winners, len(winners) == 1
