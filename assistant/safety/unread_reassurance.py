"""Expected after-effects, said to be mild, in a language the lexicon does not read.

The unread-language net (unread_language.py) answers any health word in Italian, Swedish,
Turkish, Dutch... at the same-day level. A message whose only health words are the expected
after-effects of a treatment (swelling, a bruise, firmness, redness, an itch) and that says
outright that nothing worse is there ("nessuna febbre, nessun dolore forte", "morluklar var ama
ağrım yok"), or asks only whether to put ice on a swelling ("kan jag lägga is på svullnaden?"),
needs no person today: this module says when a message is only that.

Context lowers only on explicit evidence: a denial of fever or pain, or the ice question. A
health word that is neither a mild after-effect nor inside a denial (an infection, pus, heat, a
fever not denied), or a word that the sign is growing or getting worse, keeps the net's reading
(between two levels, the higher). Emergency words are read before this, by the net itself.
"""

from __future__ import annotations

import re
from typing import Callable, List, Tuple

from assistant.safety.unread_words import fold

# Stems of the expected after-effects, folded (lower case, no accents; Turkish dotless i as i).
_MILD_STEMS: Tuple[str, ...] = (
    # Italian: swollen, swelling, hard, bruise, redness, itch, discomfort, sore
    "gonfi",
    "dura",
    "duro",
    "durezz",
    "indurit",
    "livid",
    "ematom",
    "arross",
    "rossor",
    "prurit",
    "fastidi",
    "indolenz",
    # Portuguese
    "inchad",
    "incha",
    "endurecid",
    "nodoa",
    "negra",
    "vermelh",
    "comich",
    # Dutch
    "zwelling",
    "gezwollen",
    "opgezwollen",
    "blauwe",
    "roodheid",
    "jeuk",
    "hard",
    # Swedish, Danish, Norwegian
    "svull",
    "blamar",
    "rodnad",
    "klada",
    "haevelse",
    "haevet",
    "hevelse",
    "hoven",
    "blamaerke",
    "blamerke",
    "rodme",
    "klo",
    # Turkish: swelling, bruise, redness, hardness, itch
    "sis",
    "morluk",
    "morar",
    "kizar",
    "sertlik",
    "sertles",
    "kasin",
    # Romanian, Czech, Hungarian
    "umfl",
    "vanatai",
    "inrosi",
    "otok",
    "oteklin",
    "modrin",
    "zarudl",
    "duzzan",
    "kek folt",
    "zuzmo",
    "vorosseg",
    # Greek
    "πρηξ",
    "πρησμ",
    "μελαν",
    "κοκκιν",
)

# Explicit denials of fever, pain or anything severe ("nessuna febbre", "ağrım yok").
_DENIALS: Tuple[str, ...] = (
    r"(?:nessuna?|senza|non ho|niente) (?:\w+ )?(?:febbre|dolore|dolori|male)(?: forte| forti)?",
    r"non (?:mi )?fa (?:\w+ )?male",
    r"(?:sem|nao tenho|nenhuma?) (?:\w+ )?(?:febre|dor|dores)",
    r"nao (?:me )?doi",
    r"geen (?:\w+ )?(?:koorts|pijn)|doet (?:\w+ )?geen pijn",
    r"(?:ingen|inte|ikke) (?:\w+ )?(?:feber|smarta|smarter|ont|smerter|ondt|vondt)",
    r"(?:gor|gjor|gør) (?:\w+ )?(?:inte|ikke) (?:\w+ )?(?:ont|ondt|vondt)",
    r"(?:agri|agrim|agrisi|ates|atesim|atesi)\w* (?:\w+ )?(?:yok|olmadi)|agrimiyor|acimiyor",
    r"(?:fara|nu am|n-am) (?:\w+ )?(?:febra|durere|dureri)|nu (?:ma )?doare",
    r"(?:bez|nemam) (?:\w+ )?(?:horecky|horecka|bolesti|bolest)|nebol\w*",
    r"(?:nincs|nem) (?:\w+ )?(?:laz\w*|fajdalom|faj)",
    r"(?:χωρις|δεν εχω) (?:\w+ )?(?:πυρετο|πονο|πονους)|δεν πονα\w*",
)
_DENIAL = re.compile(r"(?<!\w)(?:" + "|".join(_DENIALS) + r")(?!\w)")

# A question about putting something cold on the swelling, by language (Swedish and Danish "is"
# is ice; in Dutch it is the verb, so only the Scandinavian languages read it).
_COLD = {
    "it": r"ghiaccio|impacco freddo|qualcosa di freddo",
    "pt": r"gelo|bolsa de gelo|compressa fria",
    "nl": r"ijs|ijszak|ijsblokjes|koelen|coldpack",
    "sv": r"is|ispase|kylpase|kyla|kylklamp|kallt",
    "da": r"is|isposer?|kol\w*|koldt",
    "nb": r"is|isposer?|kjol\w*|kaldt",
    "tr": r"buz|soguk",
    "ro": r"gheata|comprese reci",
    "cs": r"led|chlad\w*",
    "hu": r"jeg|hideg",
    "el": r"παγο|κρυο",
}

# Words that the sign is growing, worse, hot or weeping: never the expected after-effect.
_WORSE = re.compile(
    r"(?<!\w)(?:peggio\w*|peggior\w*|aumenta\w*|cresce\w*|sempre piu|caldo|calda|pus|pior\w*|aumentando|quente"
    r"|erger|slechter|groter|groeit|warm|varre|vaerre|verre|vaxer|storre|varm|kotules\w*|artiyor|buyuyor|sicak"
    r"|irin|mai rau|creste|cald|horsi|roste|teply|rosszabb|meleg|χειροτερ\w*|ζεστ\w*|πυον"
    # more pain, throbbing: "fa piu male", "gor ondare", "bultar", "zonkluyor", "klopt", "lateja"
    r"|piu male|pulsa\w*|ondare|mer ont|bultar|dunkar|mere ondt|dunker|vondere|banker|zonkl\w*|daha cok agri\w*"
    r"|meer pijn|klopt|bonst|lateja\w*|mais dor|zvysuje|lukt\w*)(?!\w)"
)

# With only the ice question (no denial), the swelling itself is the only mild word allowed.
_SWELLING: Tuple[str, ...] = (
    "gonfi",
    "inchad",
    "incha",
    "zwelling",
    "gezwollen",
    "svull",
    "haevelse",
    "hevelse",
    "sis",
    "umfl",
    "otok",
    "duzzan",
    "πρηξ",
    "πρησμ",
)


def _is_mild(word: str) -> bool:
    folded = fold(word)
    return any(folded.startswith(stem) for stem in _MILD_STEMS)


def _names_mild_after_effect(folded_text: str) -> bool:
    """Whether the message names a mild after-effect itself: a message whose only health words
    are denied ("ingen feber") may be telling a sign in words the net does not know."""
    return any(_is_mild(word) for word in re.findall(r"\w+", folded_text))


def expected_after_effect_only(
    text: str, language: str | None, health_word: Callable[[str, str | None], str | None]
) -> bool:
    """Whether a message in an unread language names only mild expected after-effects and
    explicitly denies fever or pain (or asks only about putting ice on the swelling).

    ``health_word``: the net's reader (unread_language_health_word), asked again with each
    word it found blanked out, so every health word of the message is weighed, each one either a
    mild after-effect or inside a denial."""
    folded = fold(text)
    denials = [m.span() for m in _DENIAL.finditer(folded)]
    cold = _COLD.get(language or "")
    cold_question = "?" in folded and cold is not None
    cold_question = cold_question and re.search(r"(?<!\w)(?:" + str(cold) + r")(?!\w)", folded) is not None
    if not denials and not cold_question:
        return False
    if _WORSE.search(folded) or not _names_mild_after_effect(folded):
        return False
    remaining = text
    seen: List[str] = []
    for _ in range(12):
        word = health_word(remaining, language)
        if word is None:
            return bool(seen)
        folded_word = fold(word)
        places = [m.start() for m in re.finditer(re.escape(folded_word), folded)]
        denied = bool(places) and all(any(s <= p < e for s, e in denials) for p in places)
        if not (denied or (_is_mild(word) and (denials or folded_word.startswith(_SWELLING)))):
            return False
        seen.append(word)
        blanked = re.sub(re.escape(word), " " * len(word), remaining, flags=re.IGNORECASE)
        if blanked == remaining:
            return False
        remaining = blanked
    return False
