"""Turn a message into tokens whose NORM the matchers compare.

Every step keeps character offsets, so a trigger can always be cut out of
the original message:

- markup is blanked (``assistant.nlp.mask_markup``);
- each character is lower-cased and stripped of accents one for one
  ("Gorączka" -> "goraczka", curly apostrophes -> "'"; "ß" is kept, as
  "heißer" (hotter) is not "heiser" (hoarse));
- a few joins that the English tokenizer would keep together are opened
  with a space ("swolen.my", French elisions "j'ai", "n'arrive").

Each token's NORM is then, in order of preference: a lexicon stem it starts
with (``hinch*`` covers "hinchado", "hinchazón"); its English lemma from the
lookup table when the lexicon uses that lemma; a lexicon word one typing
error away (for words of 6+ letters that are not English words); otherwise
its plain lemma. The lexicon's own words go through the same steps (except
typo correction), so both sides always agree.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Dict, FrozenSet, Iterable, Tuple

from assistant import nlp
from assistant.safety.fuzzy import FuzzyIndex

# Letters that NFD does not decompose, and punctuation variants phones type.
_SPECIAL_FOLDS = {
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "æ": "a",
    "œ": "o",
    "ı": "i",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
    "–": "-",
    "—": "-",
    "\u00a0": " ",
}


class _FoldTable(dict):
    """str.translate table computed lazily, always one character for one."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1:  # e.g. "İ" lower-cases to two characters
            lowered = unicodedata.normalize("NFD", char)[:1].lower()
            lowered = lowered if len(lowered) == 1 else char
        folded = _SPECIAL_FOLDS.get(lowered)
        if folded is None:
            base = unicodedata.normalize("NFD", lowered)[:1]
            folded = base if base and not unicodedata.combining(base) else lowered
        self[code] = folded
        return folded


_FOLD = _FoldTable()

# "swolen.my" or "red+hot": punctuation glued between letters separates words.
_GLUED = re.compile(r"(?<=[a-z])[.+&/_*~|](?=[a-z])")
# French elision at the start of a word: j'ai, n'arrive, l'oeil, qu'il.
_ELISION = re.compile(r"(?<![a-z])(j|l|d|n|m|t|s|c|qu)'(?=[a-z])")
# Three or more of the same letter ("soooo swolllen") read as two.
_REPEATS = re.compile(r"([a-z])\1{2,}")

# Tokens whose lookup lemma is misleading for matching: "'s" is looked up as
# "have"; contractions of "not" all read as "not".
_NORM_OVERRIDES = {"'s": "s", "n't": "not", "nt": "not", "'m": "be", "'re": "be", "'ve": "have"}
# Forms whose tense or degree carries meaning and must not be merged with
# the lemma: "if i were pregnant" is not "if i am pregnant", "had a
# reaction" is not "having a reaction", "redder" is not "red".
KEEP_FORM = frozenset(
    "had did done was were redder hotter bigger larger sorer tighter worse worst bleeding".split()
)


def fold(text: str) -> str:
    """Lower-case, accent-free text of exactly the same length."""
    folded = text.translate(_FOLD)
    folded = _GLUED.sub(" ", folded)
    return _ELISION.sub(lambda m: m.group(1) + " ", folded)


# An age or a number written in brackets ("my son (17) wants...") is
# read as a word of the sentence: the brackets become spaces (same length), so "son 17" phrases
# read it as they read "my son 17".
_BRACKETED_NUMBER = re.compile(r"\((\d{1,3})\)")


def prepare(text: str) -> str:
    """The message as the tokenizer should see it (same length)."""
    return fold(_BRACKETED_NUMBER.sub(r" \1 ", nlp.mask_markup(text)))


def _plain_lemma(word: str) -> str:
    if word in KEEP_FORM:
        return word
    return _NORM_OVERRIDES.get(word) or nlp.lemma_of(word)


def stem_of(word: str, stems: FrozenSet[str], lengths: Tuple[int, ...]) -> str | None:
    """The lexicon stem the word starts with (as "stem*"), or None."""
    for length in lengths:
        if len(word) >= length and word[:length] in stems:
            return word[:length] + "*"
    return None


def stem_lengths(stems: Iterable[str]) -> Tuple[int, ...]:
    return tuple(sorted({len(s) for s in stems}, reverse=True))


class Normaliser:
    """Maps a folded token to its NORM (see the module docstring).

    Built once the lexicon's vocabulary is known; results are cached per
    distinct token, which keeps the per-message cost to dictionary look-ups.
    """

    _CACHE_LIMIT = 100_000

    def __init__(
        self,
        vocabulary: Iterable[str],
        stems: Iterable[str],
        fuzzy_words: Iterable[str],
        fuzzy_min_length: int,
        is_known_word: Callable[[str], bool] = nlp.is_english_word,
        exact: Iterable[str] = (),
        read_language_min_length: int = 8,
    ) -> None:
        self.vocabulary: FrozenSet[str] = frozenset(vocabulary)
        self.exact: FrozenSet[str] = frozenset(exact)  # words a stem must not take
        self.stems: FrozenSet[str] = frozenset(stems)
        self._stem_lengths = stem_lengths(self.stems)
        self._fuzzy = FuzzyIndex(fuzzy_words, fuzzy_min_length)
        self._is_known_word = is_known_word
        self._cache: Dict[str, str] = {}
        self._read_language_cache: Dict[str, str] = {}
        self._read_language_min_length = read_language_min_length

    def __call__(self, token: str, read_language: bool = False) -> str:
        """The token's NORM. With ``read_language`` (the message is in Spanish, French, German
        or Polish), only words of at least ``read_language_min_length`` letters are read as
        typos: those languages' everyday inflected words are often one letter from a word of
        the lexicon (Spanish "encanta", "I love it", from "encinta", pregnant), and the English
        word list cannot tell they are real words. Longer typos and cognates ("Prednisolon",
        "embarazda") are still corrected."""
        cache = self._read_language_cache if read_language else self._cache
        norm = cache.get(token)
        if norm is None:
            if len(cache) >= self._CACHE_LIMIT:
                cache.clear()  # bounded memory whatever people type
            norm = cache[token] = self._compute(token, read_language)
        return norm

    def _compute(self, token: str, read_language: bool = False) -> str:
        word = _REPEATS.sub(r"\1\1", token.strip("\u200b"))
        stem = None if word in self.exact else stem_of(word, self.stems, self._stem_lengths)
        if stem is not None:
            return stem
        lemma = _plain_lemma(word)
        if lemma in self.vocabulary or word in self.vocabulary:
            return lemma if lemma in self.vocabulary else word
        long_enough = not read_language or len(word) >= self._read_language_min_length
        if long_enough and word.isalpha() and not self._is_known_word(word):
            norms = [
                stem_of(c, self.stems, self._stem_lengths) or _plain_lemma(c)
                for c in self._fuzzy.candidates(word)
            ]
            # Prefer a correction the lexicon actually uses ("infectd" ->
            # "infected" rather than "infect").
            used = [n for n in norms if n in self.vocabulary or n.endswith("*")]
            if used or norms:
                return (used or norms)[0]
        return lemma


def pattern_norm(word: str, stems: FrozenSet[str] = frozenset(), lengths: Tuple[int, ...] = ()) -> str:
    """NORM of a word written in the lexicon: the stem it starts with if
    any, else its lemma (no typo correction on the lexicon side)."""
    word = _REPEATS.sub(r"\1\1", word)
    return stem_of(word, stems, lengths) or _plain_lemma(word)


def inflections(lemma: str) -> Iterable[str]:
    """English forms that the lookup table maps back to ``lemma`` ("breathe"
    -> "breathing", "breathes"...), so typos of any form can be corrected."""
    stem_e = lemma[:-1] if lemma.endswith("e") else lemma
    guesses = {
        lemma,
        lemma + "s",
        lemma + "es",
        lemma + "d",
        lemma + "ed",
        stem_e + "ing",
        lemma + "ing",
        lemma + lemma[-1:] + "ing",
        lemma + lemma[-1:] + "ed",
        lemma + "en",
        lemma + "n",
        stem_e + "ed",
    }
    if lemma.endswith("y"):
        guesses |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return sorted(g for g in guesses if g == lemma or nlp.lemma_of(g) == lemma)
