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
        ("mijn keel zit dicht en ik heb pijn", "keel zit dicht"),  # Dutch: throat (the phrase, found first)
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Self-harm said without a health word, in Italian and Portuguese.
        ("sono stanca di tutto, voglio farla finita", Urgency.EMERGENCY),
        ("não aguento mais viver assim", Urgency.EMERGENCY),
        # Bleeding that will not stop, with the blood word a few words away.
        ("o sangue da injeção não para desde ontem", Urgency.EMERGENCY),
        # Review conditions in everyday words: answered at the unread level (same day), not missed.
        ("io e mio marito stiamo cercando una gravidanza, posso fare la mesoterapia?", Urgency.SAME_DAY),
        ("ho la bocca un po' storta dopo le punture", Urgency.SAME_DAY),
    ],
)
def test_phrases_in_an_unread_language_reach_a_person(screen, text, expected) -> None:
    assert screen.assess(text).urgency is expected


@pytest.mark.parametrize(
    "text",
    [
        "quanto costa il pacchetto da tre sedute?",
        "il sangue di drago è un ingrediente del siero?",  # a product name, no stopping
        "non vedo l'ora di vedere i risultati, grazie",
    ],
)
def test_everyday_italian_and_portuguese_stay_below_emergency(screen, text) -> None:
    assert screen.assess(text).urgency is not Urgency.EMERGENCY
