"""The trained entity extractor's guesses, kept only when they name the clinic's own things.

The lookup tables (assistant/clinic/names.py) find the clinic's practitioners,
locations and treatments when they are spelled as the clinic spells them. The
trained extractor (Rasa's CRFEntityExtractor) learned the *contexts* names
appear in ("is X in on Tuesday", "the X clinic", "with X") from examples with
many different names, so it also finds "dr okafer", "the yorke clinic" or
"hair mesotheraphy". But it finds invented names just as readily ("is dr
smith in on Tuesday"), so each of its values is matched with the fuzzy
matcher (assistant/clinic/matching.py) against the clinic's spellings and
becomes that thing's slug, or is dropped:

- a value that matches nothing of the clinic's is dropped: a name the clinic
  does not have never becomes a slot (the answers still read the text, and
  the practitioners answer says whom it does not know);
- a value that fits several things equally ("dr" alone, "mesotherapy" for
  every kind of it) is dropped: an entity that might be either is worse than
  none, as in the lookup tables;
- a misspelling is allowed only of a word that is not an ordinary English word:
  "heart" is not Dr Hart and "tome" is not Tom, although each is one letter off
  (the lookup tables match whole words for the same reason);
- a value the extractor labelled as one kind but that clearly names another
  (a town tagged as a practitioner) takes the kind it names;
- where a lookup table already found a name, the trained guess for the same
  words is dropped (the table's spelling is exact; no duplicates).

Values of other entity kinds (days, times) come from patterns only; the trained
extractor's guesses of them are dropped unless a pattern found the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Dict, Iterable, List, Mapping, Sequence, Tuple

from assistant.clinic import matching
from assistant.clinic.names import ENTITIES, ENTITY_PRACTITIONER
from assistant.nlp import is_english_word

# Titles say "a person", not which one: "dr okafer" is matched as "okafer".
_TITLES = re.compile(r"^(?:dr|doctor|nurse|mr|mrs|ms|miss|prof|professor)\b\.?\s*", re.IGNORECASE)
# A word the extractor took for a name, misspelled more than matching.similar allows
# ("okafer" for "okafor", "fieldin" for "fielding"): long words only, where one
# wrong letter still leaves the word recognisable.
_NAME_WORD_MIN = 5
_NAME_WORD_RATIO = 0.8
# A relabelled value must match its new kind this well (all its words present).
_RELABEL_SCORE = 0.9


@dataclass(frozen=True)
class ClinicNames:
    """The clinic's spellings of each thing, by entity kind and slug (the lookup tables'
    synonyms: entity -> slug -> spellings)."""

    spellings: Mapping[str, Mapping[str, Tuple[str, ...]]]

    def to_dict(self) -> Dict[str, Dict[str, List[str]]]:
        return {entity: {slug: list(s) for slug, s in by_slug.items()} for entity, by_slug in self.spellings.items()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Mapping[str, Iterable[str]]]) -> ClinicNames:
        return cls({entity: {slug: tuple(s) for slug, s in by_slug.items()} for entity, by_slug in data.items()})

    @classmethod
    def from_tables(cls, lookups: Mapping[str, Iterable[str]], synonyms: Mapping[str, Iterable[str]]) -> ClinicNames:
        """From lookup tables (entity -> spellings) and synonyms (slug -> spellings), as the
        NLU training data holds them (data/nlu/clinic_names.yml)."""
        by_spelling = {_key(s): (entity, s) for entity, spellings in lookups.items() for s in spellings}
        found: Dict[str, Dict[str, List[str]]] = {}
        for slug, spellings in synonyms.items():
            for spelling in spellings:
                if _key(spelling) in by_spelling:
                    entity = by_spelling[_key(spelling)][0]
                    found.setdefault(entity, {}).setdefault(slug, []).append(spelling)
        return cls({entity: {slug: tuple(s) for slug, s in by_slug.items()} for entity, by_slug in found.items()})

    def slug_for(self, entity: str, value: str) -> str | None:
        """The one slug of kind `entity` that `value` names, or None (nothing, or several)."""
        by_slug = self.spellings.get(entity) or {}
        if value in by_slug:
            return value  # already a slug (the synonym mapper ran)
        text = _bare(value) if entity == ENTITY_PRACTITIONER else value
        if not matching.words(text):
            return None  # only filler or a title: "the clinic", "dr"
        items = list(by_slug.items())
        ranked = matching.rank(text, items, lambda item: item[1])
        if not ranked and entity == ENTITY_PRACTITIONER:
            ranked = _misspelled_name(text, items)
        winners, clear = matching.best_match(ranked)
        if not clear or not _dictionary_words_spelled(text, winners[0][1]):
            return None
        return winners[0][0]

    def score(self, entity: str, value: str) -> float:
        ranked = matching.rank(value, list((self.spellings.get(entity) or {}).items()), lambda item: item[1])
        return ranked[0][1] if ranked else 0.0


def _key(spelling: str) -> str:
    return " ".join(spelling.lower().split())


def _bare(value: str) -> str:
    return _TITLES.sub("", value.strip())


def _dictionary_words_spelled(text: str, spellings: Iterable[str]) -> bool:
    """Whether every ordinary English word of `text` is spelled as in one of `spellings`."""
    known = {w for spelling in spellings for w in matching.normalise(spelling).split()}
    # A word inside one of them counts: "micro needling" spells "microneedling".
    return all(any(w in k for k in known) for w in matching.words(text) if is_english_word(w))


def _misspelled_name(text: str, items: Sequence[Tuple[str, Tuple[str, ...]]]) -> List[Tuple[Any, float]]:
    """Practitioners one of whose name words every word of `text` nearly spells."""
    query = matching.words(text)
    found = []
    for item in items:
        name_words = {w for spelling in item[1] for w in matching.words(_bare(spelling))}
        if query and all(any(_near(q, w) for w in name_words) for q in query):
            found.append((item, matching.THRESHOLD))
    return found


def _near(a: str, b: str) -> bool:
    if matching.similar(a, b):
        return True
    return min(len(a), len(b)) >= _NAME_WORD_MIN and SequenceMatcher(None, a, b).ratio() >= _NAME_WORD_RATIO


def _overlaps(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    try:
        return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])
    except (KeyError, TypeError, ValueError):
        return False


def map_trained_entities(
    entities: Sequence[Dict[str, Any]], names: ClinicNames, trained: str, processor: str
) -> List[Dict[str, Any]]:
    """`entities` with each one found by the extractor named `trained` mapped to the clinic's
    slug, relabelled, or dropped (see the module docstring). Others are kept as they are;
    `processor` is added to the "processors" of each mapped entity."""
    found_otherwise = [e for e in entities if e.get("extractor") != trained]
    kept: List[Dict[str, Any]] = []
    for entity in entities:
        if entity.get("extractor") != trained:
            kept.append(entity)
            continue
        if any(_overlaps(entity, other) for other in found_otherwise):
            continue  # a lookup table or pattern found these words already
        kind = entity.get("entity")
        value = str(entity.get("value") or "")
        if kind not in ENTITIES or not value:
            continue
        slug = names.slug_for(kind, value)
        if slug is None:
            kind, slug = _other_kind(names, kind, value)
        if slug is None:
            continue
        mapped = dict(entity, entity=kind, value=slug)
        mapped["processors"] = [*(entity.get("processors") or []), processor]
        kept.append(mapped)
    return kept


def _other_kind(names: ClinicNames, kind: str, value: str) -> Tuple[str, str | None]:
    for other in ENTITIES:
        if other != kind and names.score(other, value) >= _RELABEL_SCORE:
            slug = names.slug_for(other, value)
            if slug is not None:
                return other, slug
    return kind, None
