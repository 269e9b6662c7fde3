"""Typo tolerance: find a lexicon word at edit distance 1.

A deletion index (the idea behind SymSpell): every known word is stored
under itself and each of its one-letter deletions. A typed word looks up
the same keys, so insertions, deletions, substitutions and swaps of two
neighbouring letters are found with a few dictionary look-ups instead of
comparing against the whole lexicon. Candidates are then checked with a
true (restricted Damerau-Levenshtein) distance, because sharing a deletion
can also mean distance 2.
"""

from __future__ import annotations

from typing import Dict, Iterable, List, Set


def _deletions(word: str) -> Set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_edit(a: str, b: str) -> bool:
    """Whether b is a, or one insertion, deletion, substitution or swap of
    two neighbouring letters away from it."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if la < lb else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


class FuzzyIndex:
    """Known words of at least ``min_length`` letters, looked up by typo."""

    def __init__(self, words: Iterable[str], min_length: int) -> None:
        self.min_length = min_length
        self._keys: Dict[str, Set[str]] = {}
        for word in words:
            if len(word) < min_length or not word.isalpha():
                continue
            for key in _deletions(word) | {word}:
                self._keys.setdefault(key, set()).add(word)

    def __len__(self) -> int:
        return len(self._keys)

    def candidates(self, typed: str) -> List[str]:
        """The known words one edit away from ``typed``, sorted so the
        result never depends on set order."""
        if len(typed) < self.min_length:
            return []
        found = set()
        for key in _deletions(typed) | {typed}:
            for word in self._keys.get(key, ()):
                if within_one_edit(typed, word):
                    found.add(word)
        return sorted(found)
