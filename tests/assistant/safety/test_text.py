import pytest

from assistant.safety.fuzzy import FuzzyIndex, within_one_edit
from assistant.safety.text import Normaliser, fold, prepare


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Gorączka", "goraczka"),
        ("Łysina", "lysina"),
        ("HINCHAZÓN", "hinchazon"),
        ("can’t", "can't"),
        ("heiß", "heiß"),  # not "heis": "heißer" (hotter) must not read as "heiser" (hoarse)
        ("swolen.my lips", "swolen my lips"),
        ("j'ai", "j ai"),
        ("n'arrive", "n arrive"),
        ("İstanbul", "istanbul"),
    ],
)
def test_fold_lower_cases_and_strips_accents_one_character_for_one(text, folded):
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_english_contractions_are_not_taken_for_french_elisions():
    assert fold("can't") == "can't"
    assert fold("don't") == "don't"


def test_prepare_blanks_markup_without_moving_offsets():
    text = "<b>throat</b> tight"
    assert len(prepare(text)) == len(text)
    assert prepare(text).split() == ["throat", "tight"]


@pytest.mark.parametrize(
    "typed, word, expected",
    [
        ("pregant", "pregnant", True),  # deletion
        ("swolen", "swollen", True),
        ("brething", "breathing", True),
        ("infectoin", "infection", True),  # swap of neighbours
        ("warfrin", "warfarin", True),
        ("tounge", "tongue", False),  # two edits
        ("breathing", "breathing", True),
        ("bleeding", "breeding", True),
    ],
)
def test_within_one_edit(typed, word, expected):
    assert within_one_edit(typed, word) is expected


def test_fuzzy_index_only_knows_long_words():
    index = FuzzyIndex(["pregnant", "rash", "swollen"], min_length=6)
    assert index.candidates("pregant") == ["pregnant"]
    assert index.candidates("rsh") == []
    assert index.candidates("swolen") == ["swollen"]


def _normaliser():
    return Normaliser(
        vocabulary={"pregnant", "swell", "breathe", "bleed"},
        stems={"hinch"},
        fuzzy_words=["pregnant", "swollen", "breathing", "bleeding"],
        fuzzy_min_length=6,
    )


@pytest.mark.parametrize(
    "token, norm",
    [
        ("pregant", "pregnant"),  # a typo of a lexicon word
        ("swolen", "swell"),  # corrected, then lemmatised
        ("breeding", "breed"),  # a real English word is never "corrected"
        ("hinchazon", "hinch*"),  # a stem
        ("swollen", "swell"),
        ("soooo", "soo"),
    ],
)
def test_normaliser(token, norm):
    assert _normaliser()(token) == norm
