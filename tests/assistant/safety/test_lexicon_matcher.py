"""The phrase matcher finds every occurrence of every phrase, overlapping ones
included, and hands a phrase shared by several term sets to each of them."""

from assistant import nlp
from assistant.safety.lexicon import TermSet
from assistant.safety.matching import LexiconMatcher
from assistant.safety.text import Normaliser


def _matcher(*term_sets: TermSet) -> LexiconMatcher:
    vocabulary = {word for term_set in term_sets for norms in term_set.norms for word in norms}
    normaliser = Normaliser(vocabulary, stems=(), fuzzy_words=(), fuzzy_min_length=99)
    return LexiconMatcher(nlp.english_pipeline(), normaliser, term_sets)


def _set(name: str, *phrases: str) -> TermSet:
    return TermSet(name, phrases, frozenset(tuple(phrase.split()) for phrase in phrases))


def _found(matcher: LexiconMatcher, text: str) -> dict:
    doc, tokens = matcher.tokens_of(text)
    return {term_set.name: [tokens.span_text(*span) for span in spans] for term_set, spans in matcher.find(doc).items()}


def test_overlapping_and_nested_phrases_are_all_found() -> None:
    airway = _set("airway", "throat", "my throat is closing", "closing")
    matcher = _matcher(airway)
    assert _found(matcher, "I think my throat is closing up") == {
        "airway": ["my throat is closing", "throat", "closing"]
    }


def test_a_phrase_in_two_sets_is_reported_to_both() -> None:
    swelling, face = _set("swelling", "swollen lip"), _set("face", "lip", "swollen lip")
    found = _found(_matcher(swelling, face), "swollen lip since this morning")
    assert found == {"swelling": ["swollen lip"], "face": ["swollen lip", "lip"]}


def test_a_phrase_longer_than_the_rest_of_the_message_is_not_matched() -> None:
    matcher = _matcher(_set("breathing", "can not breathe properly"))
    assert _found(matcher, "I can not breathe") == {}
    assert _found(matcher, "I can not  breathe\nproperly") == {"breathing": ["can not  breathe\nproperly"]}
