"""Health words in a language the screen cannot read get the emergency number and a person."""

import pytest

from assistant.input_checks import likely_language
from assistant.safety import Urgency
from assistant.safety.unread_language import unread_language_emergency_word, unread_language_health_word


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("non riesco a respirare, ho le labbra gonfie", "respirare"),
        ("estou com muita dor depois das injeções", "dor"),
        ("ik heb veel pijn na de behandeling", "pijn"),
        ("мне трудно дышать после укола", "дышать"),
    ],
)
def test_a_health_word_in_an_unread_language_is_found(text: str, word: str) -> None:
    assert unread_language_health_word(text) == word


@pytest.mark.parametrize(
    "text",
    [
        "my lips are swelling and I can't breathe",  # English: the lexicon reads it
        "no puedo respirar, tengo los labios hinchados",  # Spanish: the lexicon reads it
        "quanto costa la mesoterapia per i capelli?",  # Italian, but no health word
        "grazie mille, buona giornata",
    ],
)
def test_no_health_word_or_a_language_the_lexicon_reads(text: str) -> None:
    assert unread_language_health_word(text) is None


def test_the_language_guess_names_the_language() -> None:
    assert likely_language("hello, what are your opening hours?") is None
    assert likely_language("quanto costa la mesoterapia per i capelli?") == "it"
    assert likely_language("мне трудно дышать") == "non_latin"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("non riesco a respirare bene dopo le iniezioni", "respirare"),  # Italian: breathing
        ("ha avuto le convulsioni dopo le punture", "convulsioni"),  # Italian: a fit
        ("ho la vista offuscata da ieri, dopo il trattamento", "offuscata"),  # Italian: sight
        ("mijn keel zit dicht en ik heb pijn", "keel"),  # Dutch: throat
    ],
)
def test_a_word_of_an_emergency_family_is_found_in_an_unread_language(text: str, word: str) -> None:
    assert unread_language_emergency_word(text) == word


@pytest.mark.parametrize(
    "text",
    [
        "estou com muita dor depois das injeções",  # pain: a health word, not an emergency family
        "quanto costa la mesoterapia per i capelli?",
        "I can't breathe",  # English: the lexicon reads it
    ],
)
def test_no_emergency_word_where_there_is_none_or_the_lexicon_reads_the_language(text: str) -> None:
    assert unread_language_emergency_word(text) is None


def test_the_screen_answers_an_unread_emergency_word_at_the_emergency_level(screen) -> None:
    assessment = screen.assess("aiuto, mi si chiude la gola e respiro male")
    assert assessment.urgency is Urgency.EMERGENCY
    assert assessment.situation == "unread_language_emergency"
    assert screen.assess("ho un po' di dolore dopo le iniezioni").situation == "unread_language_health"
