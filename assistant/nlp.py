"""Shared spaCy text processing: tokens and lemmas with no downloaded model.

The pretrained English pipelines cannot be downloaded here, so this builds a
blank English pipeline (spaCy's rule-based tokenizer, which splits
contractions such as "can't" correctly) and looks lemmas up in the English
table shipped inside the ``spacy-lookups-data`` package. The same pipeline
serves the Rasa tokenizer and the safety screen, so both see the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List

import spacy
from spacy.language import Language
from spacy.lookups import Table, load_lookups

# Markup tags are replaced by spaces of the same length, so character offsets
# into the original message stay valid while "<b>hi</b>" reads as "hi".
# Script and style elements are blanked with their content (code, not words).
_MARKUP_TAG = re.compile(
    r"<(script|style)\b[^<>]{0,200}>.*?</\1\s*>|</?[A-Za-z][^<>]{0,200}>|<!--.*?-->",
    re.DOTALL | re.IGNORECASE,
)


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    lemma: str


@lru_cache(maxsize=1)
def english_pipeline() -> Language:
    """A blank English pipeline: tokenizer only, built once per process."""
    return spacy.blank("en")


@lru_cache(maxsize=1)
def _lemma_table() -> Table:
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


def mask_markup(text: str) -> str:
    """Blank out HTML/XML tags without moving any other character."""
    return _MARKUP_TAG.sub(lambda m: " " * len(m.group(0)), text)


def is_english_word(word: str) -> bool:
    """Whether the lower-cased word is an inflected form or lemma in the
    English lookup table."""
    return word in _lemma_table() or word in _english_lemmas()


@lru_cache(maxsize=1)
def _english_lemmas() -> frozenset:
    return frozenset(_lemma_table().values())


def lemma_of(word: str) -> str:
    lowered = word.lower()
    return _lemma_table().get(lowered, lowered)


def words(text: str) -> List[Word]:
    """The message's tokens with lower-cased lemmas. Markup and spaces are
    dropped, and so is stand-alone punctuation unless the message has
    nothing else (then "???" still yields tokens)."""
    tokens = [t for t in english_pipeline()(mask_markup(text)) if not t.is_space]
    wordy = [t for t in tokens if not t.is_punct]
    return [
        Word(token.text, token.idx, token.idx + len(token.text), lemma_of(token.text))
        for token in (wordy or tokens)
    ]
