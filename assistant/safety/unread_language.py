"""Health words in a message written in a language the screen cannot read.

The lexicon reads English, Spanish, French, German and Polish. A message in any other language
cannot be triaged, and an FAQ answer or a polite "English only" would leave a patient who may be
describing an emergency with nothing. So a message in another language that contains a health
word (pain, breathing, swelling, blood, fever, allergy, injection, emergency... in the commonest
languages of clinics' patients, plus medical words that look alike in most European languages) is
escalated: the reply gives the emergency number first and a person follows up (matrix rule 2:
unsure between two levels, the higher). A word or phrase of an emergency family raises it to the
emergency level; a self-harm one is reported as self-harm, whose reply gives the crisis line.

The net is in four parts, one job each:

- unread_words.py: which single words are health words and which belong to an emergency family
  (and the everyday look-alikes that are not);
- unread_phrases.py: the phrases for what single words cannot say (emergency pictures, self-harm,
  review conditions in everyday words);
- unread_false_alarms.py: when a message's health words are wholly harmless (a question before a
  treatment, an after-effect waved away, a fear of needles, someone else's illness that is over);
- this module: the decisions the screen asks for (screen.py).

In those languages the lexicon's own findings on a false friend (Italian "livido", a bruise, is
not Spanish "lívida") or on an illness said to have passed are set aside by the screen
(``is_false_friend``, ``illness_resolved``). Between two levels the net keeps the higher: a
reassurance ("breathing is fine") does not lower a word of an emergency family.

For mostly non-Latin scripts the words cover Russian, Greek and Arabic only; any other message in
another language still gets the "English only" answer with the clinic's number and the emergency
number (domain/fallback.yml), never an FAQ answer.
"""

from __future__ import annotations

import re
from typing import FrozenSet, Tuple

from assistant.input_checks import likely_language
from assistant.safety.unread_emergency_words import table_emergency, without_denials
from assistant.safety.unread_false_alarms import (
    expected_blood_words,
    habitual_faint_at_blood,
    harmless_reading,
    in_someone_elses_past,
    is_blood,
    reassured_words,
    someone_elses_passed_story,
)
from assistant.safety.unread_phrases import (
    CROOKED_FACE,
    DENIED_BEFORE,
    EMERGENCY_PHRASES,
    EVERYDAY_PHRASES,
    FAINTED,
    GOODBYES,
    HEALTH_PHRASES,
    HEAVY_BLOOD,
    MOVING_AWAY,
    RESOLVED_ILLNESS,
    SELF_HARM_PHRASES,
    SPEECH_OR_SUDDEN,
    THINGS_SETTLED,
)
from assistant.safety.unread_words import (
    EVERYDAY_BY_LANGUAGE,
    FALSE_FRIENDS,
    WORD,
    fold,
    is_emergency_word,
    is_health_word,
    is_self_harm_word,
)

__all__ = [
    "READ_LANGUAGES",
    "RESOLVED_ILLNESS_SITUATIONS",
    "emergency_phrase",
    "habitual_faint_at_blood",
    "illness_resolved",
    "in_someone_elses_past",
    "is_emergency_word",
    "is_false_friend",
    "self_harm_trigger",
    "unread_language_emergency_word",
    "unread_language_health_word",
]

# Languages the safety lexicon reads (lexicon.yml): these never take this route.
READ_LANGUAGES: FrozenSet[str] = frozenset({"es", "fr", "de", "pl"})
# An illness said to have passed is not being unwell on the treatment day (A26); a past condition
# of another kind (a heart attack last year) is still for review, so only this situation is
# dropped.
RESOLVED_ILLNESS_SITUATIONS = frozenset({"unwell_on_treatment_day"})


# Letters that no language the lexicon reads (English, Spanish, French, German, Polish) writes,
# with the net's language they point to: the stop-word guess, made on a few short words, takes a
# Turkish message for Spanish or a Czech one for Polish when it has none of its own stop words.
_OWN_LETTERS: Tuple[Tuple[str, str], ...] = (
    ("ığ", "tr"), ("řůěčšžďťň", "cs"), ("őű", "hu"), ("ățș", "ro"), ("đ", "hr"),
)
# Finnish has none of its own letters, only its own endings and doubled vowels: three words with
# them ("maaliskuussa", "voinko", "arpiin") are Finnish, not English.
_FINNISH_WORD = re.compile(r"\b\w*(?:aa|ii|uu|ää|yy)\w*\b|\b\w+(?:ssa|ssä|stä|llä|ltä|lta|nko|nkö|ksi)\b")


def net_language(text: str, language: str | None) -> str | None:
    """The message's language for the net: the caller's guess, unless it is English or a language
    the lexicon reads and the message is written in letters or endings of one that it does not."""
    if language is not None and language not in READ_LANGUAGES:
        return language
    lowered = text.lower()
    for letters, code in _OWN_LETTERS:
        if any(letter in lowered for letter in letters):
            return code
    if len(_FINNISH_WORD.findall(lowered)) >= 3:
        return "fi"
    return language


def unread_language_health_word(text: str, language: str | None = None) -> str | None:
    """The first health word of a message in a language the screen cannot read (or, without one,
    its phrase), or None (English, a language the lexicon reads, no health word, or health words
    that are all harmless). ``language``: the caller's ``likely_language(text)``, if it has it."""
    language = net_language(text, language if language is not None else likely_language(text))
    if language is None or language in READ_LANGUAGES:
        return None
    folded_text = fold(text)
    found = _health_reading(text, folded_text, language)
    # A farewell has no health word in it but is a health reading too. Only that picture: the
    # net's other combinations need a health word, and its harmless readings (a faint at blood
    # tests as a habit) must keep their say.
    return found if found is not None else _farewell_picture(folded_text)


def _health_reading(text: str, folded_text: str, language: str) -> str | None:
    # an emergency family of unread_emergency_words.py counts even without a health word
    table_phrase = table_emergency(text)
    emergency = EMERGENCY_PHRASES.search(folded_text)
    phrase = emergency or HEALTH_PHRASES.search(folded_text)
    expected = expected_blood_words(folded_text)
    reassured = reassured_words(folded_text)
    words = [
        word
        for word in WORD.findall(EVERYDAY_PHRASES.sub(" ", text))
        if is_health_word(fold(word), language)
        and not (fold(word) in expected and is_blood(fold(word)))
        and not (fold(word) in reassured and not is_emergency_word(word))
    ]
    folded_words = [fold(word) for word in words]
    if phrase is None and table_phrase is None and harmless_reading(words, folded_words, text, language):
        return None
    if (
        emergency is None
        and table_phrase is None
        and not any(is_emergency_word(word) for word in words)
        and someone_elses_passed_story(folded_words, folded_text)
    ):
        return None
    if words:
        return words[0]
    return phrase.group(0) if phrase is not None else table_phrase


def unread_language_emergency_word(text: str, language: str | None = None) -> str | None:
    """The first word or phrase of an emergency family in a message in a language the screen
    cannot read that has a health word, or None."""
    language = net_language(text, language if language is not None else likely_language(text))
    if unread_language_health_word(text, language) is None:
        return None
    # Explicit reassurances ("respiro bene", "andas normalt") are set aside before emergency
    # words are read (unread_emergency_words.py)
    text = without_denials(text)
    phrase = emergency_phrase(text, table=False)
    if phrase is not None:
        return phrase
    return next(
        (
            word
            for word in WORD.findall(text)
            if is_emergency_word(word) and fold(word) not in EVERYDAY_BY_LANGUAGE.get(language or "", ())
        ),
        None,
    ) or table_emergency(text)


def emergency_phrase(text: str, table: bool = True) -> str | None:
    """An emergency phrase of the net in a message, whatever language it was taken for:
    Portuguese shares most of its stop words with Spanish ("e", "mal", "consigo"), so a
    Portuguese message can be guessed Spanish and read by a lexicon that has none of its words.
    Phrases only, never single words: "garganta" or "respirar" in Spanish is the lexicon's to
    read. ``table``: also the emergency families of unread_emergency_words.py."""
    folded = fold(text)
    phrase = EMERGENCY_PHRASES.search(folded)
    if phrase is not None:
        return phrase.group(0)
    return _emergency_picture(folded) or (table_emergency(text) if table else None)


def _emergency_picture(folded: str) -> str | None:
    """A combination that makes an emergency only together: a crooked mouth or smile with speech
    trouble or come on suddenly (a stroke, B12), a faint with bleeding, a farewell."""
    crooked = CROOKED_FACE.search(folded)
    if crooked is not None and SPEECH_OR_SUDDEN.search(folded) is not None:
        return crooked.group(0)
    fainted = FAINTED.search(folded)
    if fainted is not None and HEAVY_BLOOD.search(folded) is not None:
        return fainted.group(0)
    return _farewell_picture(folded)


def _farewell_picture(folded: str) -> str | None:
    """Goodbyes said with things settled (a pet rehomed, the course cancelled) and no move or trip
    named: an indirect self-harm picture with no health word in it (Dutch)."""
    goodbye = GOODBYES.search(folded)
    if goodbye is not None and THINGS_SETTLED.search(folded) is not None and MOVING_AWAY.search(folded) is None:
        return goodbye.group(0)
    return None


def self_harm_trigger(text: str) -> str | None:
    """The self-harm word, phrase or farewell picture of the net's languages in a message (what
    makes the net's emergency a crisis, matrix A32), or None."""
    folded = fold(text)
    phrase = SELF_HARM_PHRASES.search(folded)
    if phrase is not None:
        return phrase.group(0)
    word = next((word for word in WORD.findall(text) if is_self_harm_word(word)), None)
    return word if word is not None else _farewell_picture(folded)


def is_false_friend(trigger: str, language: str | None) -> bool:
    """Whether a lexicon trigger is only everyday words of the message's (unread) language."""
    words = [fold(word) for word in WORD.findall(trigger)]
    everyday = FALSE_FRIENDS.get(language or "", frozenset())
    return bool(words) and all(word in everyday for word in words)


def illness_resolved(text: str) -> bool:
    """Whether a message in an unread language says an illness has passed (and not that it has
    not: "non sono ancora guarita", "nog niet hersteld")."""
    folded = fold(text)
    return any(DENIED_BEFORE.search(folded[: match.start()]) is None for match in RESOLVED_ILLNESS.finditer(folded))
