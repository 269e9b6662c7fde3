"""Recognise messages the classifier cannot sensibly answer.

Empty messages, messages with no words (only emoji or punctuation), very long
messages and messages in another language each deserve a specific, polite
answer instead of a guess. These checks are deterministic and cheap; the Rasa
component `rasa_addons.input_guard` applies them to every message. Before
that, the chat channels cut a message to CHAT_MAX_MESSAGE_CHARS (`capped`).

Language is guessed from stop words (spaCy ships the lists for each language,
so nothing is downloaded) and from how many words are known English word
forms (spacy-lookups-data's English lemma table).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from functools import lru_cache
from typing import Dict, FrozenSet

from assistant import nlp

# Long enough for a patient to give context, short enough to read in a chat.
MAX_MESSAGE_CHARS = 1500

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


class InputProblem(str, enum.Enum):
    EMPTY = "empty"
    NO_WORDS = "no_words"
    TOO_LONG = "too_long"
    OTHER_LANGUAGE = "other_language"


# Languages whose stop words identify a non-English message. Spanish, French,
# German and Polish are the ones the safety screen must also understand.
_OTHER_LANGUAGES = ("es", "fr", "de", "pl", "it", "pt", "nl", "ro", "tr")
# Languages clinics' patients write in that only the safety screen's unread-language net reads
# (after batch 20: Swedish was taken for Dutch, Turkish, Spanish or English, and so read by
# nothing). They come after the others, so a tie goes to a language read before; and their stop
# words count as foreign only when they are not English word forms ("sex", "man", "god", "ok").
# Croatian was taken for Polish, a language the lexicon reads, and so read by nothing.
_EXTRA_LANGUAGES = ("sv", "da", "nb", "fi", "cs", "hu", "hr")


def prepare() -> None:
    """Load the stop-word lists now. Importing spaCy's language packages takes
    seconds (French compiles a large pattern), so a server does it while it
    loads, not inside the first patient's turn, where it would stall every
    other conversation on the same event loop."""
    _stop_words()


@lru_cache(maxsize=1)
def _stop_words() -> Dict[str, FrozenSet[str]]:
    import importlib

    lists = {}
    for code in ("en",) + _OTHER_LANGUAGES + _EXTRA_LANGUAGES:
        module = importlib.import_module(f"spacy.lang.{code}.stop_words")
        lists[code] = frozenset(word.lower() for word in module.STOP_WORDS) | _MORE_STOP_WORDS.get(code, frozenset())
    return lists


# spaCy's Croatian list lacks everyday words that tell Croatian from Polish and Czech, whose
# lists share its short words ("na", "je", "po"): without these a Croatian message was Polish.
_MORE_STOP_WORDS: Dict[str, FrozenSet[str]] = {
    "hr": frozenset(
        "jako imam imaš ima mogu možeš nije sad sada vrlo još jos cijelom cijelo cijeli cijela nakon ispod zbog "
        "jer već vec bih gdje kada koliko trebam moram mislim danas jučer jucer sutra tjedan".split()
    ),
}


def _is_latin_letter(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


# Chat words that are English but not in the lemma table.
_ENGLISH_CHAT_WORDS = frozenset(
    "ok okay bye hi hey u ur r ya yeah yep nope lol pls plz thx ty tmrw b4 wat wen gonna wanna".split()
)
# English text-speak (nlu08, blind NLU batch 08: "hw lng b4 u c ..." was taken for Romanian,
# because "b4" was cut to "b" and "u", "b", "c" are Romanian or Polish stop words). Dropped
# vowels and letter-or-digit words. They count as English, and unlike the chat words above
# (some of which are real Dutch, Polish or Spanish words: "wat", "ty", "ya") never as foreign
# evidence; words that are common in a language read here ("dat", "im", "y", "cos") are left out,
# and so are single letters ("c", "n"), which French "c'est", "n'arrive" split into.
_TEXT_SPEAK = frozenset(
    "b4 urs yr yrs yu hw frm wot wt wud cud shud wld cld shld dnt cnt wnt abt bc bcos bcoz coz "
    "cuz tho thru nd nw knw kno dis gd gr8 2day 2moro 2morrow 2nite l8 l8r ne1 sum1 any1 ppl msg "
    "txt appt appts wk wks mnth mths hr hrs lng pic pics rly rn tbh idk imo btw omg asap thnx "
    "thanx tnx luv jst nxt smthng sth ofc def prob".split()
)
_ENGLISH_CHAT_WORDS = _ENGLISH_CHAT_WORDS | _TEXT_SPEAK
# Words of chat English that may hold digits ("b4", "2day", "gr8"): matched whole before the
# letters-only split, so "b4" is not read as the stop word "b".
# A word with an apostrophe ("n'arrive", "c'est") stays one chunk, so its letters go to the
# letters-only split and French "n", "c" count as French, not as text-speak.
_CHAT_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)
# Greetings that mark a message as another language even though they are
# not stop words.
_FOREIGN_GREETINGS = frozenset(
    "hola buenos buenas gracias bonjour bonsoir merci hallo guten danke cześć dzień dziękuję "
    "ciao buongiorno grazie olá obrigado obrigada hoi goedemiddag merhaba".split()
)

# Swedish, Danish and Norwegian function words that the English lemma table happens to hold
# ("jag", "att", "haft") but that no English chat message uses: foreign, and not English.
_FOREIGN_FUNCTION_WORDS = frozenset("jag att mig haft tills sedan seg fra".split())


def _tokens(text: str) -> list[str]:
    """The message's words in lower case: an English chat word is kept whole
    even with digits in it ("b4", "gr8"); any other word is cut to its runs of
    letters, as before (numbers drop out)."""
    tokens: list[str] = []
    for chunk in _CHAT_TOKEN.findall(text.lower()):
        if chunk in _ENGLISH_CHAT_WORDS:
            tokens.append(chunk)
        else:
            tokens.extend(_WORD.findall(chunk))
    return tokens


def _is_foreign_evidence(token: str, stop: Dict[str, FrozenSet[str]]) -> bool:
    """A word that points away from English: another language's stop word
    that English does not share, a word with non-English letters (ł, ñ, é,
    ß...), or a common foreign greeting. English text-speak ("c", "n", "b4")
    is not evidence even where it spells another language's stop word: a
    message in that language has its other stop words to show for it."""
    if token in _FOREIGN_GREETINGS or token in _FOREIGN_FUNCTION_WORDS or not token.isascii():
        return True
    if token in stop["en"] or token in _TEXT_SPEAK:
        return False
    if any(token in stop[code] for code in _OTHER_LANGUAGES):
        return True
    return (
        any(token in stop[code] for code in _EXTRA_LANGUAGES)
        and token not in _ENGLISH_CHAT_WORDS
        and not nlp.is_english_word(token)
    )


def guess_other_language(text: str) -> bool:
    """True when the text is most likely not English.

    Short or mixed messages are given the benefit of the doubt: the answer
    to a false "other language" guess is unhelpful, while a false "English"
    guess still reaches the classifier and the fallback (and the safety
    screen reads every language regardless).
    """
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2:
        non_latin = sum(1 for c in letters if not _is_latin_letter(c))
        if non_latin / len(letters) > 0.5:
            return True

    tokens = _tokens(text)
    if len(tokens) < 2:
        return False
    stop = _stop_words()
    known_english = sum(
        1
        for t in tokens
        if t not in _FOREIGN_FUNCTION_WORDS and (t in stop["en"] or t in _ENGLISH_CHAT_WORDS or nlp.is_english_word(t))
    )
    foreign = sum(1 for t in tokens if _is_foreign_evidence(t, stop))
    return foreign >= 2 and known_english / len(tokens) < 0.5


def likely_language(text: str) -> str | None:
    """The message's language when it is not English: one of the stop-word
    languages ("es", "it"...), "non_latin" for a mostly non-Latin script, or
    None for English (or too little to tell)."""
    if not guess_other_language(text):
        return None
    letters = [c for c in text if c.isalpha()]
    if letters and sum(1 for c in letters if not _is_latin_letter(c)) / len(letters) > 0.5:
        return "non_latin"
    stop = _stop_words()
    tokens = _tokens(text)
    languages = _OTHER_LANGUAGES + _EXTRA_LANGUAGES
    scores = {code: sum(1 for t in tokens if t in stop[code] and t not in stop["en"]) for code in languages}
    return max(languages, key=lambda code: scores[code])


# C0 control characters other than tab and newlines, DEL, and lone UTF-16
# surrogates: PostgreSQL cannot store NUL, and surrogates cannot be encoded.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_message_text(text: str) -> str:
    """The message with characters removed that no database or screen can
    show; everything a person could have typed is kept."""
    return _UNPRINTABLE.sub("", text)


def capped(text: str, limit: int) -> str:
    """The message cut to `limit` characters (CHAT_MAX_MESSAGE_CHARS).

    The channels cut before the NLU runs, so a huge message costs no more
    than a long one and is never stored whole. `limit` is above
    MAX_MESSAGE_CHARS (the settings check it), so a cut message still gets
    the "long message" reply, and the safety screen still reads its first
    `limit` characters.
    """
    return text if len(text) <= limit else text[:limit]


def find_input_problem(text: str | None) -> InputProblem | None:
    """The reason this message needs a special reply, or None if it is fine."""
    if text is None or not text.strip():
        return InputProblem.EMPTY
    if len(text) > MAX_MESSAGE_CHARS:
        return InputProblem.TOO_LONG
    readable = nlp.mask_markup(text)
    if not any(c.isalnum() for c in readable):
        return InputProblem.NO_WORDS
    if guess_other_language(readable):
        return InputProblem.OTHER_LANGUAGE
    return None
