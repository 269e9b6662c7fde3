import pytest

from assistant.clinic.matching import phrase_score


@pytest.mark.parametrize(
    "text, phrase, at_least",
    [
        ("the leeds one", "Leeds", 1.0),
        ("mesotherapy for my hair", "hair mesotherapy", 0.9),
        ("hair mesotheraphy", "hair mesotherapy", 0.9),  # typo
        ("mesotherapy", "hair mesotherapy", 0.8),  # part of the name
    ],
)
def test_texts_that_name_a_phrase_score_high(text, phrase, at_least):
    assert phrase_score(text, phrase) >= at_least


@pytest.mark.parametrize("text", ["manchester", "botox", "", "the one"])
def test_unrelated_texts_do_not_match(text):
    assert phrase_score(text, "Leeds") == 0.0
