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

from assistant.safety.unread_false_alarms import INJECTION_STEMS as _INJECTION_STEMS
from assistant.safety.unread_false_alarms import mild_pain_painkiller_question
from assistant.safety.unread_words import compile_folded, fold

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
    # Czech "žádná horečka, žádný hnis": none of each, in a checklist
    r"(?:zadn[aeyiou]\w*|zadne|neni|nemam) (?:\w+ )?(?:horeck\w*|hnis\w*|bolest\w*|zarudnut\w*|otok\w*)",
    r"(?:ingen|inte|ikke|geen) (?:\w+ )?(?:pus|materie|var|etter)",
    r"(?:nincs|nem) (?:\w+ )?(?:laz\w*|fajdalom|faj)",
    r"(?:χωρις|δεν εχω) (?:\w+ )?(?:πυρετο|πονο|πονους)|δεν πονα\w*",
)
_DENIAL = re.compile(r"(?<!\w)(?:" + "|".join(_DENIALS) + r")(?!\w)")

# Mild after-effects said in two words ("et blåt mærke", "kék folt"): the stems above read single
# words only. ø and æ stay in folded text (fold keeps them), so both spellings are written.
_MILD_PHRASES = re.compile(
    r"(?<!\w)(?:bla(?:t|tt|a|)? m(?:æ|ae|a)rke\w*|bla(?:tt|a|)? merke\w*|blauwe plek\w*|kek folt\w*|blatt mark\w*"
    r"|mor (?:leke|lek)\w*)(?!\w)"
)
# "det bliver ikke større", "niet groter", "not getting bigger": a denial that it grows is not a
# word that it grows; taken out before the words of worsening are looked for.
_NOT_WORSE = re.compile(
    r"(?<!\w)(?:ikke|inte|ej|niet|not|ne|non|nao|nem|ei)\W+"
    r"(?:(?!bare|kun|only|just|alleen|maar|solo|apenas|sadece|doar|jen|csak|vain|bara|endast)\w+\W+)?"
    r"(?:st(?:ø|o)rre|v(?:æ|ae|a)rre|verre|groter|erger|bigger|worse|mai mare|piu grand\w*|maior|vetsi|nagyobb|isompi)"
    r"(?!\w)"
)

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
    r"|erger|slechter|groter|groeit|warm|varre|vaerre|værre|verre|vaxer|storre|større|varm|kotules\w*|artiyor|buyuyor"
    r"|sicak"
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
    return _MILD_PHRASES.search(folded_text) is not None or any(
        _is_mild(word) for word in re.findall(r"\w+", folded_text)
    )


# --- firm swelling after fat dissolving, and nothing else --------------------------------------
# "buik voelt hard en gezwollen na de vetoplossende injecties van gisteren, verder niks", "haken er
# hoven, dag 2 etter fettløsende, litt nummen og fast, svelger og puster helt normalt": swelling,
# firmness and numbness in the first days are what fat dissolving does (matrix B1). Lowered only
# when the treatment is named, the message says outright that nothing else is wrong (nothing else,
# or swallowing and breathing normal), every health word is one of those after-effects, and
# nothing says it is growing, weeks old, or near the lips, tongue, eyes or throat.
_FAT_DISSOLVING = compile_folded(
    r"\b(?:vetoplos\w*|vetweg\w*|vet weg\w*|fettløs\w*|fedtopløs\w*|fettlosande|fettlösande|lipoli\w*|lipolyt\w*"
    r"|lipodissol\w*|yag (?:eritme|yakma|cozucu|eritici)\w*|rasvanpoist\w*|rasvaa liuottav\w*|rasvanliuot\w*"
    r"|aqualyx|lemon bottle|kybella|belkyra|deoxychol\w*|desoxychol\w*|brucia ?grass\w*|sciogli\w* (?:il )?grass\w*"
    r"|zsirbont\w*|odtucnov\w*|rozpoust\w* tuk\w*|dizolv\w* (?:de )?grasim\w*|λιποδιαλ\w*|fat dissolv\w*)"
)
_NOTHING_ELSE = compile_folded(
    r"\b(?:verder (?:niks|niets|geen klachten|alles goed|gaat alles goed)|anders niets|verder niet"
    r"|ellers (?:ingenting|intet|ikke noe|ikke noget|alt fint|alt godt|ingen\w*)|inget annat|annars (?:inget|allt bra)"
    r"|niente (?:altro|di altro)|nient altro|nada mais|baska (?:bir )?(?:sey|sikayet\w*) yok|ei muuta"
    r"|muuten (?:kaikki )?hyvin"
    r"|jinak nic|jinak (?:je )?vse (?:v poradku|ok)|mast nincs|egyebkent semmi|nimic altceva|in rest nimic"
    r"|in rest (?:totul )?(?:e )?(?:bine|ok)|nista drugo|τιποτα αλλο)\b"
)
_FUNCTION_WORDS = compile_folded(
    r"\b(?:svelg(?:er|e)|puster|puste|slikker|synker|ånder|slikken|slik|ademen|adem|svaljer|andas|nefes\w*|yutkun\w*"
    r"|respir\w*|deglut\w*|engol\w*|hengit\w*|niel\w*|dych\w*|polyk\w*|leleg\w*|nyel\w*|inghit\w*|gutam|disem)\b"
)
_FUNCTION_NORMAL = compile_folded(
    r"\b(?:helt normalt|normalt|normaal|gewoon|prima|fint|fine|bra|uten problem\w*|uden problem\w*|zonder problem\w*"
    r"|utan problem\w*|normal\w*|sorunsuz|rahat\w*|hyvin|bene|bem|dobro|bez problem\w*|ok|okay)\b"
)
_FAT_DISSOLVING_MILD = compile_folded(
    r"^(?:numm\w*|doof|gevoelloos|folelseslos\w*|følelsesløs\w*|domn\w*|uyus\w*|intorpid\w*|dormen\w*|tunnot\w*"
    r"|puutu\w*|necitliv\w*|znecitliv\w*|amort\w*|zsibb\w*|utrnul\w*|hard\w*|fast|stiv|sert\w*|kova\w*|tvrd\w*"
    r"|tare|kemeny|gezwol\w*|zwel\w*|opgezw\w*|hoven|hovent|haev\w*|hev\w*|svull\w*|sis\w*|turvo\w*|turpo\w*"
    r"|otok\w*|otekl\w*|umfl\w*|duzzad\w*|dagad\w*|gonfi\w*|incha\w*|oppsvulm\w*|opsvulm\w*|svulm\w*)$"
)
_LATE = compile_folded(
    r"\b(?:weken|week|weeks|uke|uker|ukene|uge|uger|ugerne|vecka|veckor|settiman\w*|seman\w*|hafta\w*|viiko\w*"
    r"|tyden\w*|tydn\w*|hetek|hete ota|saptaman\w*|tjed\w*|maand\w*|maned\w*|manad\w*|mese|mesi|aydir|kuukau\w*"
    r"|mesic\w*|honap\w*|luni|mjesec\w*|month\w*)\b"
)
_NEAR_AIRWAY_OR_EYES = compile_folded(
    r"\b(?:hals|halsen|halse|svelget|strupe\w*|tunge\w*|tunga\w*|lepp\w*|læbe\w*|lapp\w*|øye\w*|øjn\w*|øje\w*"
    r"|ogon\w*|keel|strot|tong|lip|lippen|oog|ogen|ooglid\w*|labbr\w*|lingua|gola|occhi\w*|palpebr\w*|labio\w*"
    r"|garganta|lingua|olho\w*|bogaz\w*|dil\w*|dudak\w*|goz\w*|kurkku\w*|kieli\w*|huul\w*|silm\w*|krk\w*|jazyk\w*"
    r"|rty|oci|oko|torok\w*|nyelv\w*|ajak\w*|szem\w*|gat\w*|limb\w*|buze|ochi\w*|grl\w*|usn\w*|λαιμ\w*"
    r"|γλωσσ\w*|χειλ\w*|ματι\w*|throat|tongue|lips|eyes)\b"
)
# Norwegian "etter" is "after"; the net's Dutch phrase for pus ("etter") also finds it there.
_EVERYDAY_IN_LANGUAGE = {"nb": frozenset({"etter"}), "no": frozenset({"etter"}), "nn": frozenset({"etter"})}


def _function_normal_sentences(folded_text: str) -> List[Tuple[int, int]]:
    """The sentences saying swallowing or breathing is normal ("svelger og puster helt normalt")."""
    spans = []
    for match in re.finditer(r"[^.!?\n]+", folded_text):
        sentence = match.group(0)
        if _FUNCTION_WORDS.search(sentence) and _FUNCTION_NORMAL.search(sentence) and not _DENIED_FUNCTION.search(
            sentence
        ):
            spans.append(match.span())
    return spans


# "puster ikke normalt", "kan ikke svelge": a function said not to be normal is never reassurance.
_DENIED_FUNCTION = compile_folded(
    r"\b(?:ikke|inte|niet|not|non|nao|ei|ne|nu|nem|kan ikke|kan inte|kan niet|moeilijk|vanskelig\w*|svart|tung\w*"
    r"|trang\w*|zor|zwaar|benauwd)\b"
)


def _fat_dissolving_swelling_only(words: List[str], folded_text: str, language: str | None) -> bool:
    if _FAT_DISSOLVING.search(folded_text) is None or not words:
        return False
    normal_functions = _function_normal_sentences(folded_text)
    if _NOTHING_ELSE.search(folded_text) is None and not normal_functions:
        return False
    if (
        _WORSE.search(_NOT_WORSE.sub(" ", folded_text)) is not None
        or _LATE.search(folded_text) is not None
        or _NEAR_AIRWAY_OR_EYES.search(folded_text) is not None
    ):
        return False
    everyday = _EVERYDAY_IN_LANGUAGE.get(language or "", frozenset())

    def explained(word: str) -> bool:
        folded = fold(word)
        if folded in everyday or _FAT_DISSOLVING.search(folded) or folded.startswith(_INJECTION_STEMS):
            return True
        if _FAT_DISSOLVING_MILD.search(folded) or _is_mild(folded):
            return True
        places = [m.start() for m in re.finditer(re.escape(folded), folded_text)]
        return bool(places) and _FUNCTION_WORDS.fullmatch(folded) is not None and all(
            any(s <= p < e for s, e in normal_functions) for p in places
        )

    return all(explained(word) for word in words)


def _all_health_words(
    text: str, language: str | None, health_word: Callable[[str, str | None], str | None]
) -> List[str]:
    """Every health word (or phrase) the net reads in a message, each blanked out in turn; empty
    when one cannot be blanked (never read as "none left")."""
    remaining = text
    seen: List[str] = []
    for _ in range(12):
        word = health_word(remaining, language)
        if word is None:
            return seen
        blanked = re.sub(re.escape(word), " " * len(word), remaining, flags=re.IGNORECASE)
        if blanked == remaining:
            return []
        seen.append(word)
        remaining = blanked
    return []


def expected_after_effect_only(
    text: str, language: str | None, health_word: Callable[[str, str | None], str | None]
) -> bool:
    """Whether a message in an unread language names only mild expected after-effects and
    explicitly denies fever or pain (or asks only about putting ice on the swelling).

    ``health_word``: the net's reader (unread_language_health_word), asked again with each
    word it found blanked out, so every health word of the message is weighed, each one either a
    mild after-effect or inside a denial."""
    folded = fold(text)
    words = _all_health_words(text, language, health_word)
    if words and (
        _fat_dissolving_swelling_only(words, folded, language)
        or mild_pain_painkiller_question([fold(word) for word in words], folded)
    ):
        return True
    denials = [m.span() for m in _DENIAL.finditer(folded)]
    cold = _COLD.get(language or "")
    cold_question = "?" in folded and cold is not None
    cold_question = cold_question and re.search(r"(?<!\w)(?:" + str(cold) + r")(?!\w)", folded) is not None
    if not denials and not cold_question:
        return False
    if _WORSE.search(_NOT_WORSE.sub(" ", folded)) or not _names_mild_after_effect(folded):
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
