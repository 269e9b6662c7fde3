"""Tokenise a message and find every lexicon and context phrase in it.

Every phrase of every term set is a tuple of NORMs in one dictionary; a
phrase shared by several sets is stored once and its hits are handed to each
set. The lexicon expands to several hundred thousand spellings: spaCy's
PhraseMatcher made a Doc and a vocabulary entry for each (about a minute per
process start, and a server restarted after a crash must screen again at
once), while a dictionary of tuples is built in a second or two and looked
up per word with the lengths of the phrases that start with it and the next. The blank
English tokenizer comes from ``assistant.nlp``, so the screen splits words
exactly as the Rasa tokenizer does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple

import numpy
from spacy.attrs import IS_SPACE, NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from assistant.safety.lexicon import TermSet
from assistant.safety.text import Normaliser, prepare

Span = Tuple[int, int]  # token indices, end exclusive
Hits = Dict[TermSet, List[Span]]

_BOUNDARY_CHARS = frozenset(".!?;…")


@dataclass(frozen=True)
class Tokens:
    """A message's word tokens (whitespace dropped) and its sentences."""

    text: str
    starts: Tuple[int, ...]
    ends: Tuple[int, ...]
    sentence_of: Tuple[int, ...]

    def __len__(self) -> int:
        return len(self.starts)

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.starts[start] : self.ends[end - 1]]


class LexiconMatcher:
    def __init__(self, pipeline: Language, normaliser: Normaliser, term_sets: Sequence[TermSet]) -> None:
        self._tokenizer = pipeline.tokenizer
        self._vocab = pipeline.vocab
        self._normalise = normaliser
        # orth hash -> (norm hash, ends a sentence); filled as words are seen.
        self._token_info: Dict[int, Tuple[int, bool]] = {}
        self._read_language_info: Dict[int, Tuple[int, bool]] = {}  # the same, in a read language
        self._sets_of_phrase: Dict[Tuple[str, ...], List[TermSet]] = {}
        lengths: Dict[Tuple[str, str], set] = {}
        for term_set in term_sets:
            for norms in term_set.norms:
                self._sets_of_phrase.setdefault(norms, []).append(term_set)
                if len(norms) > 1:
                    lengths.setdefault(norms[:2], set()).add(len(norms))
        # first two words -> the lengths of the phrases that start with them, shortest first
        # (by one word, "my" or "i" would try a dozen lengths at every turn)
        self._lengths_from: Dict[Tuple[str, str], Tuple[int, ...]] = {
            words: tuple(sorted(n)) for words, n in lengths.items()
        }

    def _info(self, orth: int, read_language: bool = False) -> Tuple[int, bool]:
        known = self._read_language_info if read_language else self._token_info
        info = known.get(orth)
        if info is None:
            if len(known) > 200_000:
                known.clear()
            word = self._vocab.strings[orth]
            norm = self._normalise(word, read_language)
            info = (self._vocab.strings.add(norm), bool(word) and set(word) <= _BOUNDARY_CHARS)
            known[orth] = info
        return info

    def tokens_of(self, text: str, read_language: bool = False) -> Tuple[Doc, Tokens]:
        """The message's tokens with their NORMs; ``read_language``: the message is in another
        language the lexicon reads, where only long words are read as typos (Normaliser)."""
        doc = self._tokenizer(prepare(text))
        if doc.to_array(IS_SPACE).any():
            doc, starts, ends, breaks = self._without_whitespace(doc)
        else:
            starts = [t.idx for t in doc]
            ends = [t.idx + len(t) for t in doc]
            breaks = set()
        infos = [self._info(orth, read_language) for orth in doc.to_array(ORTH).tolist()]
        if infos:
            doc.from_array([NORM], numpy.array([[norm] for norm, _ in infos], dtype="uint64"))
        sentence_of: List[int] = []
        sentence = 0
        for i, (_, boundary) in enumerate(infos):
            if i in breaks:
                sentence += 1
            sentence_of.append(sentence)
            if boundary:
                sentence += 1
        return doc, Tokens(text, tuple(starts), tuple(ends), tuple(sentence_of))

    def _without_whitespace(self, doc: Doc) -> Tuple[Doc, List[int], List[int], set]:
        """Whitespace tokens (double spaces, line breaks) would split
        phrases, so rebuild the Doc without them; a line break still ends a
        sentence."""
        words, starts, ends, breaks = [], [], [], set()
        for token in doc:
            if token.is_space:
                if "\n" in token.text:
                    breaks.add(len(words))
                continue
            words.append(token.text)
            starts.append(token.idx)
            ends.append(token.idx + len(token))
        return Doc(self._vocab, words=words), starts, ends, breaks

    def find(self, doc: Doc) -> Hits:
        """Every phrase occurrence, overlapping ones included, by start then length."""
        strings = self._vocab.strings
        norms = [strings[norm] for norm in doc.to_array(NORM).tolist()]
        hits: Hits = {}
        phrases, lengths_from, count = self._sets_of_phrase, self._lengths_from, len(norms)
        for start, word in enumerate(norms):
            for term_set in phrases.get((word,), ()):
                hits.setdefault(term_set, []).append((start, start + 1))
            if start + 1 == count:
                break
            for length in lengths_from.get((word, norms[start + 1]), ()):
                end = start + length
                if end > count:
                    break
                for term_set in phrases.get(tuple(norms[start:end]), ()):
                    hits.setdefault(term_set, []).append((start, end))
        return hits
