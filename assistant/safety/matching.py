"""Tokenise a message and find every lexicon and context phrase in it.

One spaCy PhraseMatcher on the NORM attribute holds every phrase of every
term set; a phrase shared by several sets is stored once and its hits are
handed to each set. The blank English tokenizer comes from
``assistant.nlp``, so the screen splits words exactly as the Rasa
tokenizer does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple

import numpy
from spacy.attrs import IS_SPACE, NORM, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
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
        self._matcher = PhraseMatcher(self._vocab, attr="NORM")
        # orth hash -> (norm hash, ends a sentence); filled as words are seen.
        self._token_info: Dict[int, Tuple[int, bool]] = {}
        self._read_language_info: Dict[int, Tuple[int, bool]] = {}  # the same, in a read language
        self._sets_of_key: Dict[int, List[TermSet]] = {}
        by_phrase: Dict[Tuple[str, ...], List[TermSet]] = {}
        for term_set in term_sets:
            for norms in term_set.norms:
                by_phrase.setdefault(norms, []).append(term_set)
        for norms, sets in by_phrase.items():
            key = " ".join(norms)
            self._matcher.add(key, [self._pattern_doc(norms)])
            self._sets_of_key[self._vocab.strings[key]] = sets

    def _pattern_doc(self, norms: Tuple[str, ...]) -> Doc:
        doc = Doc(self._vocab, words=list(norms))
        doc.from_array([NORM], numpy.array([[self._vocab.strings.add(n)] for n in norms], dtype="uint64"))
        return doc

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
        hits: Hits = {}
        for key, start, end in self._matcher(doc):
            for term_set in self._sets_of_key[key]:
                hits.setdefault(term_set, []).append((start, end))
        return hits
