"""Read the lexicon's phrase notation and turn phrases into NORM sequences.

Notation (kept small so a clinician can read and write it):

- words separated by spaces must follow each other in the message;
- ``(a|b|c)`` is a choice, ``(a|)`` an optional word: ``(can't|cant) breathe``;
- ``word*`` at the end of a word matches any word starting with it
  (``hinch*`` for "hinchado", "hinchazón"); for other languages' endings;
- case and accents do not matter; English words also match their other
  forms through the lemma ("swelling" matches "swollen", "lips" "lip").
"""

from __future__ import annotations

import re
from typing import Callable, Dict, FrozenSet, Iterator, List, Set, Tuple

from assistant.safety.exceptions import LexiconError
from assistant.safety.text import fold, pattern_norm, prepare, stem_lengths

_CHOICE = re.compile(r"\(([^()]*)\)")
_STEM = re.compile(r"([^\s()|*]+)\*")
_MAX_EXPANSIONS = 10000

Norms = Tuple[str, ...]


def expand(phrase: str) -> List[str]:
    """All spellings a phrase with ``(a|b)`` choices stands for."""
    results = [phrase]
    done: List[str] = []
    while results:
        current = results.pop()
        match = _CHOICE.search(current)
        if match is None:
            done.append(" ".join(current.split()))
            continue
        for option in match.group(1).split("|"):
            results.append(current[: match.start()] + option + current[match.end() :])
        if len(results) + len(done) > _MAX_EXPANSIONS:
            raise LexiconError(f"phrase {phrase!r} expands to more than {_MAX_EXPANSIONS} spellings")
    if any("(" in p or ")" in p or "|" in p for p in done):
        raise LexiconError(f"phrase {phrase!r} has unbalanced brackets")
    return sorted(set(p for p in done if p))


def stems_in(phrase: str) -> Set[str]:
    """The (folded) stems written as ``word*`` in a phrase."""
    return {fold(m.group(1)) for m in _STEM.finditer(phrase)}


def check_stems(stems: Set[str]) -> None:
    """A stem inside another ("vomi*", "vomit*") would make the longer one
    take words the shorter one's phrases expect: refuse it."""
    for stem in stems:
        if len(stem) < 3 or not stem.isalpha():
            raise LexiconError(f"stem {stem + '*'!r} must have 3+ letters before '*'")
        longer = sorted(s for s in stems if s != stem and s.startswith(stem))
        if longer:
            raise LexiconError(
                f"stem {stem + '*'!r} already covers {[s + '*' for s in longer]}: keep only the shorter"
            )


class PhraseCompiler:
    """Compiles phrases, remembering each word's NORMs (the same words come
    back in thousands of spellings)."""

    def __init__(
        self,
        tokenize: Callable[[str], Iterator[str]],
        stems: FrozenSet[str] = frozenset(),
        exact: FrozenSet[str] = frozenset(),
    ) -> None:
        self._tokenize = tokenize
        self._stems = stems
        self._exact = exact
        self._lengths = stem_lengths(stems)
        self._chunks: Dict[str, Tuple[str, ...]] = {}

    def _chunk(self, chunk: str, phrase: str) -> Tuple[str, ...]:
        norms = self._chunks.get(chunk)
        if norms is None:
            if chunk.endswith("*"):
                stem = fold(chunk[:-1])
                if stem not in self._stems:
                    raise LexiconError(f"stem {chunk!r} in {phrase!r} was not collected before compiling")
                norms = (stem + "*",)
            else:
                norms = tuple(
                    pattern_norm(token, frozenset() if token in self._exact else self._stems, self._lengths)
                    for token in self._tokenize(prepare(chunk))
                )
            self._chunks[chunk] = norms
        return norms

    def compile(self, phrase: str) -> List[Norms]:
        compiled = []
        for spelling in expand(phrase):
            norms = tuple(n for chunk in spelling.split() for n in self._chunk(chunk, phrase))
            if not norms:
                raise LexiconError(f"phrase {phrase!r} has no words")
            compiled.append(norms)
        return compiled
