"""When a health word in a message the screen cannot read is not a symptom to escalate.

The unread-language net (unread_language.py) escalates any health word; these readings set a
message aside when its health words are wholly explained by something harmless: an after-effect
waved away, a question asked before any treatment, a fear of needles, someone else's illness that
is over. Each applies only when no emergency phrase, and no emergency family of
unread_emergency_words.py, is in the message (the caller checks): context never lowers a
first-person present emergency sign. Every reading takes the message's health words folded
(unread_words.fold) and the folded text.
"""

from __future__ import annotations

import re
from typing import FrozenSet, List, Tuple

from assistant.safety.unread_phrases import DENIED_BEFORE, HEALTH_PHRASES
from assistant.safety.unread_words import WORD, compile_folded, fold, is_emergency_word, is_health_word

# Injections named as such: the treatment itself, not a symptom.
INJECTION_STEMS = (
    "injec",
    "iniez",
    "inyec",
    "inject",
    "enjeks",
    "puntur",
    "sprut",
    "injekt",
    "injekc",
    "sprøjt",
    "sprøyt",
)
# Blood, for a few dots of it at the injection points.
BLOOD_STEMS = ("sangue", "bloed", "sangu", "blod")

# --- words set aside before the others are read -----------------------------------------------
# A few dots or drops of (dried) blood at the injection points: the expected after-effect (matrix
# B1), not bleeding. Only the blood word is set aside; bleeding that will not stop is an emergency
# phrase and is read first.
_EXPECTED_BLOOD = compile_folded(
    r"\b(?:pontinhos?|pontos?|gotinhas?|pinguinhos?|puntini|puntino|goccioline|gocce|goccia|puntjes|druppeltjes"
    r"|stipjes) (?:de |di |)(?:sangue|bloed)(?: seco| secco| opgedroogd|)\b"
    r"|(?:opgedroogd|droog) bloed|sangue seco|sangue secco"
    r"|blodprick\w*|(?:sma |nagra )?(?:droppar|prickar) (?:av )?blod"
)
# A function said to work normally ("slikken gaat prima", "deglutisco bene"): not a symptom. An
# emergency word keeps its level whatever follows it, and "gaat niet goed" is not this.
_REASSURED_WORD = compile_folded(
    r"\b(\w+) (?:\w+ )?(?:gaat|gaan|ging|gingen|va|vanno|vai|vao) (?:heel |gewoon |helemaal |molto |tutto |)"
    r"(?:prima|goed|normaal|bene|benissimo|normalmente|bem|normal)\b"
)


def expected_blood_words(folded_text: str) -> FrozenSet[str]:
    """The words of the message's expected dots of blood ("pontinhos de sangue")."""
    return frozenset(
        fold(word) for match in _EXPECTED_BLOOD.finditer(folded_text) for word in WORD.findall(match.group(0))
    )


def is_blood(folded: str) -> bool:
    return folded.startswith(BLOOD_STEMS)


def reassured_words(folded_text: str) -> FrozenSet[str]:
    """The words said to work normally ("slikken" in "slikken gaat prima")."""
    return frozenset(match.group(1) for match in _REASSURED_WORD.finditer(folded_text))


# --- soreness waved away ----------------------------------------------------------------------
# "um pouquinho dolorido, nada demais", "un po' dolorante, niente di grave": when soreness, and the
# injection itself, are the message's only health words, a dismissal says it is the expected
# after-effect. "A bit of pain" alone is not waved away: "un po' di dolore dopo le iniezioni" still
# reaches a person.
_SORENESS_STEMS = ("dolor", "dolent", "indolenz")
_SORENESS_WORDS = frozenset({"dor", "dores", "doi"})
_DISMISSAL = compile_folded(
    r"\b(?:nada (?:demais|de mais|grave|serio|de especial)|coisa pouca|nao e nada"
    r"|niente di (?:che|grave|serio|speciale)|nulla di (?:grave|serio)|poca cosa|non e niente)\b"
)


def _soreness_waved_away(health_words: List[str], folded_text: str) -> bool:
    soreness = [w for w in health_words if w in _SORENESS_WORDS or w.startswith(_SORENESS_STEMS)]
    others = [w for w in health_words if w not in soreness and not w.startswith(INJECTION_STEMS)]
    return bool(soreness) and not others and _DISMISSAL.search(folded_text) is not None


# --- a slight swelling on the day of the session ------------------------------------------------
# "um bocadinho inchado" with "hoje", "un po' gonfio" with "oggi": the expected after-effect (matrix
# B1) when swelling, and the injection itself, are the message's only health words and nothing
# names the lips, tongue, eyes or throat. A swelling not called slight, or days old, still reaches
# a person.
_SWELLING_STEMS = ("incha", "gonfi")
_SLIGHT_SWELLING = compile_folded(
    r"\b(?:um (?:pouco|pouquinho|bocadinho|bocado)|ligeiramente|levemente|meio"
    r"|un po|un pochino|un pochettino|leggermente|appena)\W+(?:\w+\W+){0,2}?(?:incha|gonfi)\w*"
)
_SAME_DAY = compile_folded(
    r"\b(?:hoje|esta manha|esta tarde|ha pouco|agora mesmo|oggi|stamattina|stamani|questa mattina"
    r"|oggi pomeriggio|poco fa|poche ore fa|ha (?:uma|duas|tres|algumas) horas)\b"
)
_SENSITIVE_PARTS = compile_folded(
    r"\b(?:labbr\w*|labio\w*|labios|lingua|boca|bocca|palpebr\w*|olho\w*|occhi\w*|gola|garganta)\b"
)


def _slight_swelling_same_day(health_words: List[str], folded_text: str) -> bool:
    swelling = [w for w in health_words if w.startswith(_SWELLING_STEMS)]
    others = [w for w in health_words if w not in swelling and not w.startswith(INJECTION_STEMS)]
    return (
        bool(swelling)
        and not others
        and _SLIGHT_SWELLING.search(folded_text) is not None
        and _SAME_DAY.search(folded_text) is not None
        and _SENSITIVE_PARTS.search(folded_text) is None
    )


# --- a question about the injections before a treatment ----------------------------------------
# Who gives them ("chi fa le iniezioni, un medico o un'estetista?", "quem aplica as injeções, é
# médico?"), or any other question about them before a treatment: when the injection is the only
# health word, nothing in it is a symptom. A treatment already had ("ho fatto", "depois", "è
# normale?", "gehad") may be followed by one, so it still reaches a person.
_PRACTITIONER = compile_folded(
    r"\b(?:medic[oia]|medici|dottor\w*|infermier\w*|estetist\w*|dermatolog\w*|chirurg\w*"
    r"|enfermeir\w*|esteticist\w*|biomedic\w*|profissiona\w*|professionist\w*|qualificat\w*|qualificad\w*"
    r"|abilitat\w*|habilitad\w*|formad[oa]s?|formazione|formacao|certificat\w*|certificad\w*)\b"
)
_WHO_ASKS = compile_folded(r"\?|\b(?:chi|quem|quale|qual|quali|quais|e un|e una|e uma|e um|wie|welke)\b")
_ALREADY_TREATED = compile_folded(
    r"\b(?:dopo|depois|desde|da quando|dall\W?|ieri|ontem|fatt[oiae]|avuto|fiz|fez|feit[oa]s?|tomei|levei"
    r"|normale|normal|normaal|ancora|ainda|sinto|sento|ho (?:un|una|il|la|le|dei|delle)|tenho|estou|sto"
    r"|gehad|gekregen|sinds|na (?:de|mijn)|gisteren|nog steeds|heb ik|ik heb|voel"
    r"|efter|sedan|fick|igar|fortfarande|jag har|har jag|kanner)\b"
)


def _injection_question(health_words: List[str], folded_text: str) -> bool:
    return (
        bool(health_words)
        and all(w.startswith(INJECTION_STEMS) for w in health_words)
        and (_PRACTITIONER.search(folded_text) is not None or "?" in folded_text)
        and _WHO_ASKS.search(folded_text) is not None
        and _ALREADY_TREATED.search(folded_text) is None
    )


# --- a question about pain before any treatment -----------------------------------------------
# "does it hurt much?", "can I take a brufen for the pain?", "fa male?", "doet het pijn?": when pain
# words, and the injection, are the only health words, the message asks a question, and nothing
# says a treatment was had or a pain is there now, it asks what to expect. Being scared of the
# needles ("estou morta de medo", "sono terrorizzata") is not a treatment had: those words are set
# aside first. "doi muito desde ontem" or "tenho dor no rosto?" still reach a person.
_PAIN_STEMS = ("dolor", "dolent", "doloros", "pijn", "smarta", "smert")
_PAIN_WORDS = frozenset({"dor", "dores", "doi", "pijn", "pijnlijk", "ont", "ondt", "vondt"})
_PAIN_NOW = compile_folded(
    r"\b(?:agora|adesso|ora|nu|hoje|oggi|vandaag|ainda|muito forte|fortissim\w*|insuportavel|insopportabile"
    r"|no rosto|na cara|no queixo|nel viso|in faccia|sul mento|in mijn gezicht|onder mijn kin)\b"
)
_FEAR = compile_folded(
    r"\b(?:estou|to|sto|sono|ik ben|ben)\W+(?:\w+\W+){0,2}?(?:mort[oa] de medo|com (?:muito |tanto )?medo"
    r"|apavorad[oa]|assustad[oa]|nervos[oa]|ansios[oa]|terrorizzat[oa]|spaventat[oa]|mort[oa] di paura"
    r"|in ansia|bang|zenuwachtig|doodsbang)\b"
    r"|\b(?:mort[oa] de medo|morrendo de medo|mort[oa] di paura|doodsbang"
    r"|(?:tenho|ho) (?:muito |tanto |tanta |un po di )?(?:medo|paura|pavor))\b"
)
# "I need" in Dutch ("hoeveel sessies heb ik nodig?"): a course to come, not a treatment had ("heb
# ik" alone reads as one in _ALREADY_TREATED), so it is set aside before the check.
_NEED = compile_folded(r"\b(?:heb ik|ik heb) (?:\w+ ){0,3}?nodig\b")


def _pain_words(health_words: List[str]) -> List[str]:
    return [w for w in health_words if w in _PAIN_WORDS or w.startswith(_PAIN_STEMS)]


def _pain_question(health_words: List[str], folded_text: str) -> bool:
    pain = _pain_words(health_words)
    others = [w for w in health_words if w not in pain and not w.startswith(INJECTION_STEMS)]
    unafraid = _FEAR.sub(" ", folded_text)
    return (
        bool(pain)
        and not others
        and "?" in folded_text
        and _ALREADY_TREATED.search(unafraid) is None
        and _PAIN_NOW.search(unafraid) is None
    )


# A question about a painkiller before the session, with a pain the writer has now and then ("tenho
# dor de cabeça às vezes", "ho mal di testa ogni tanto"): a habit, not a pain now, when it names
# the time before the session and nothing dates it after one.
_NOW_AND_THEN = compile_folded(
    r"\b(?:as vezes|de vez em quando|por vezes|ocasionalmente|a volte|ogni tanto|di tanto in tanto|qualche volta"
    r"|talvolta|raramente|soms|af en toe)\b"
)
_BEFORE_SESSION = compile_folded(r"\b(?:antes d[aoe]s?|prima d(?:ella|el|i|ello)|voor de|voor mijn|voordat)\b")
_AFTER_A_SESSION = compile_folded(r"\b(?:depois|dopo|desde|da quando|ieri|ontem|ainda|ancora|sinds|gisteren)\b")


def _occasional_pain_question(health_words: List[str], folded_text: str) -> bool:
    pain = _pain_words(health_words)
    others = [w for w in health_words if w not in pain and not w.startswith(INJECTION_STEMS)]
    return (
        bool(pain)
        and not others
        and "?" in folded_text
        and _NOW_AND_THEN.search(folded_text) is not None
        and _BEFORE_SESSION.search(folded_text) is not None
        and _AFTER_A_SESSION.search(folded_text) is None
    )


# --- ice on a swelling, asked about -------------------------------------------------------------
# "mag ik ijs op de zwelling?": aftercare for the expected swelling when swelling is the only
# health word, nothing names the lips, tongue, eyes or throat, and nothing says it grows.
_SWELLING_ONLY_STEMS = ("zwel", "gezwol", "opgezw", "gonfi", "incha")
_COLD_AFTERCARE = compile_folded(
    r"\b(?:ijs|ijsje|ijsblokjes|ijszak\w*|coldpack\w*|cold ?pack\w*|koelen|koelelement\w*|koud kompres|ghiaccio"
    r"|impacch?\w* fredd\w*|compress\w* fredd\w*|gelo|bolsa de gelo|compressas? frias?|gelo)\b"
)
_SENSITIVE_PARTS_DUTCH = compile_folded(r"\b(?:lip|lippen|tong|keel|oog|ogen|ooglid|oogleden)\b")
_GROWING = compile_folded(
    r"\b(?:groter|erger|steeds|groeit|blijft|peggio|aumenta|cresce|sempre piu|maior|pior|aumentando|crescendo)\b"
)


def _cold_on_swelling_question(health_words: List[str], folded_text: str) -> bool:
    return (
        bool(health_words)
        and all(w.startswith(_SWELLING_ONLY_STEMS) for w in health_words)
        and "?" in folded_text
        and _COLD_AFTERCARE.search(folded_text) is not None
        and _SENSITIVE_PARTS.search(folded_text) is None
        and _SENSITIVE_PARTS_DUTCH.search(folded_text) is None
        and _GROWING.search(folded_text) is None
    )


# --- injection marks said to be fading ----------------------------------------------------------
# "i segnini delle iniezioni stanno sparendo", "as marcas das picadas já estão a desaparecer": the
# expected after-effect (B1), going away, when the injection is the only health word and nothing
# says the marks are worse.
_FADING = compile_folded(
    r"\b(?:(?:stanno|sta|stia|stiano|si stanno|si sta) (?:sparendo|svanendo|schiarendo|attenuando|passando|andando via)"
    r"|(?:quasi |gia |ormai )?(?:spariti|sparite|sparito|sparita|svaniti|svanite)"
    r"|(?:estao|esta|ja estao|ja esta)(?: a)? (?:desaparecer|desaparecendo|sumir|sumindo|passar|passando"
    r"|clarear|clareando|desvanecer)"
    r"|(?:quase |ja )?(?:desaparecidas|desaparecidos|sumiram|passaram))\b"
)
_MARKS_WORSE = compile_folded(
    r"\b(?:peggio|peggiorat\w*|piu grand\w*|pus|febbre|caldo|calda|pior|piorar\w*|maior\w*|febre|quente|cresc\w*)\b"
)


def _injection_marks_fading(health_words: List[str], folded_text: str) -> bool:
    return (
        bool(health_words)
        and all(w.startswith(INJECTION_STEMS) for w in health_words)
        and any(DENIED_BEFORE.search(folded_text[: m.start()]) is None for m in _FADING.finditer(folded_text))
        and _MARKS_WORSE.search(folded_text) is None
    )


# --- fainting at blood, needles or the dentist, as who the patient is (A28, INFO) --------------
# "svengo sempre ai prelievi", "desmaio sempre quando vejo sangue", "ik val altijd flauw bij
# bloedprikken", "ho il terrore degli aghi, una volta sono svenuta dal dentista": not a faint after
# a treatment, when every health word is inside the fear or habit, or is a faint, and nothing dates
# it after a session.
_BLOOD_FEAR = compile_folded(
    r"\b(?:(?:quando|se) (?:vedo|vejo|ik) (?:il |o |)(?:sangue|bloed)(?: zie)?|alla vista del sangue|a vista do sangue"
    r"|(?:ai|agli|durante i|ad ogni|a ogni|nei) prelievi?|prelievo del sangue|analisi del sangue"
    r"|(?:exames?|colheitas?|analises?) de sangue"
    r"|esami del sangue|(?:paura|terrore|fobia|panico)(?: \w+)? (?:degli aghi|delle punture)"
    r"|bloedprik\w*|bloed (?:zie|zien)|bij het (?:zien van )?bloed|(?:paura|fobia) (?:degli aghi|del sangue|dell\W?ago)"
    r"|(?:medo|fobia) (?:de agulhas?|de sangue)|naaldangst|angst voor (?:naalden|bloed|prikken)"
    r"|(?:av|vid|for) (?:sprutor|nalar|blod|blodprov|stick)|blodprov\w*|sprutradd\w*|nalradd\w*"
    # Norwegian needles and the dentist ("redd for nåler", "av å se sprøyta hos tannlegen")
    r"|(?:for|av) (?:naler|nåler|sprøyter|sprøyta|sprøyten|nala)|(?:a |å )?se sprøyt\w*|hos tannlegen|hos tandlaegen"
    r"|(?:terrore|panico|fobia|paura|pavor|pavore) (?:degli aghi|delle punture|delle iniezioni|das agulhas|de agulhas)"
    r"|(?:dal|dall\W?|al|dai) (?:dentista|vaccino|vaccini|prelievo)|(?:no|na|ao) (?:dentista|vacina)"
    r"|bij de (?:tandarts|prik|vaccinatie)"
    # Danish and Norwegian blood tests (ø kept by fold), Finnish, Czech, Hungarian, Romanian, Turkish
    r"|blodprøv\w*|verikoe\w*|verikokee\w*|odber\w* krve|vervetel\w*|analize de sange|recoltare\w* de sange"
    r"|kan (?:tahlil\w*|alim\w*|aldir\w*|verirken))\b"
)
_HABIT = compile_folded(
    r"\b(?:sempre|ogni volta|di solito|tutte le volte|sempre que|toda vez|altijd|elke keer|iedere keer"
    r"|fobia|medo|paura|angst|naaldangst|alltid|latt|varje gang|radd|livradd|redd|livredd|skikkelig redd"
    # an age or a time of life long past ("som 15-åring", "som tonåring", "som barn")
    r"|som (?:\d+|\w+) ?-?aring|som tonaring|som barn|som ung|da jeg var (?:ung|barn|liten|lille)"
    r"|una volta|due volte|qualche volta|uma vez|duas vezes|een keer|twee keer|terrore|pavor"
    # once, long ago: a faint years back is who the writer is now, not a faint after a session
    r"|ooit|vroeger|jaren geleden|lang geleden|en gang|engang|for (?:\w+ )?(?:ar|aar) siden|for lenge siden"
    r"|kerran|joskus|vuosia sitten|jednou|kdysi|pred lety|egyszer|evekkel ezelott|o data|odata|candva"
    r"|acum (?:\w+ )?ani|bir kere|bir kez|bir defa|yillar once|yil once|anni fa|tempo fa|anos atras|ha anos)\b"
)
_FAINT_STEMS = (
    "svien", "svenut", "desma", "flauw", "bayil", "svimm", "besvim", "omdl", "ajul", "lesin", "pyort", "pyorr",
)
_AFTER_SESSION = compile_folded(
    r"\b(?:dopo|depois|sinds|na de|na mijn|ieri|ontem|gisteren|stamattina|hoje|oggi|vandaag|efter|igar|idag|imorse"
    r"|etter (?:behandling|timen|okten|injeksjon)\w*|i gar|i dag|i morges|dun|bugun|seanstan sonra"
    r"|eilen|tanaan"
    r"|vcera|dnes|tegnap|ma reggel|ieri|azi|dupa)\b"
)


def habitual_faint_at_blood(text: str, language: str | None) -> bool:
    """Whether a message says the writer faints at blood tests, needles or blood, as a habit."""
    folded = fold(text)
    if _BLOOD_FEAR.search(folded) is None or _HABIT.search(folded) is None or _AFTER_SESSION.search(folded):
        return False
    rest = _BLOOD_FEAR.sub(" ", folded)
    left = [w for w in WORD.findall(rest) if is_health_word(w, language)]
    return all(w.startswith(_FAINT_STEMS) for w in left)


# --- someone else's illness ---------------------------------------------------------------------
# At another clinic, in the past, told before a question (Dutch: "mijn zus had vorig jaar een
# infectie na een behandeling ergens anders, hoe zit het met hygiëne?"): a story, not the writer's
# sign, when all its health words are inside it.
_SOMEONE_ELSES_PAST = compile_folded(
    r"\b(?:mijn|m'n|mn|onze|een) (?:vriendin|vriend|zus|zuster|broer|moeder|vader|collega|nicht|neef|buurvrouw|buurman"
    r"|kennis|schoonzus|dochter|zoon|tante)\w* (?:had|heeft|kreeg|hadden)\W+(?:\w+\W+){0,12}?"
    r"(?:ergens anders|elders|bij een andere (?:kliniek|salon|praktijk)|in het buitenland|in een andere kliniek)\b"
)
_PAST_TIME = compile_folded(
    r"\b(?:vorig jaar|vorige (?:maand|zomer|winter)|jaren geleden|lang geleden|ooit|destijds|vroeger"
    r"|een tijd geleden)\b"
)


def in_someone_elses_past(trigger: str, text: str) -> bool:
    """Whether a trigger lies wholly inside a story of someone else's illness at another clinic,
    in the past (Dutch)."""
    folded = fold(text)
    match = _SOMEONE_ELSES_PAST.search(folded)
    if match is None or _PAST_TIME.search(match.group(0)) is None:
        return False
    # Every place the trigger is written must be inside the story ("..., en ik heb nu ook een
    # infectie" is the writer's own).
    folded_trigger = fold(trigger).strip()
    places = [m for m in re.finditer(re.escape(folded_trigger), folded)] if folded_trigger else []
    return bool(places) and all(match.start() <= p.start() and p.end() <= match.end() for p in places)


def _only_someone_elses_past(words: List[str], text: str) -> bool:
    return bool(words) and all(in_someone_elses_past(w, text) for w in words)


# Said to be over ("una mia amica ha avuto la febbre, ora sta bene", "a minha vizinha ficou com o
# sorriso torto, mas ja voltou ao normal"): a story when the writer narrates someone else
# (_OTHER_PERSON), the story is said to be over, no health word comes after that, and the writer
# says nothing of their own (_FIRST_PERSON_HEALTH). The caller never sets aside an emergency word.
_OTHER_PERSON = compile_folded(
    r"\b(?:(?:una |la |il |un )?mi[ao] |(?:a |o )?(?:minha|meu) |(?:mijn|een) )"
    r"(?:amic[ao]|sorella|fratello|madre|mamma|padre|papa|cugin[ao]|zi[ao]|vicin[ao]|collega|nonn[ao]|figli[ao]"
    r"|amig[ao]|irma|irmao|mae|pai|prima|primo|tia|tio|vizinh[ao]|colega|avo|filh[ao]"
    r"|vriendin|vriend|zus|broer|moeder|vader|buurvrouw|buurman|collega|dochter|zoon|tante|oom)\b"
)
_OVER = compile_folded(
    r"\b(?:(?:ora|adesso|ormai) (?:sta|e) (?:bene|benissimo|guarit[oa])|sta (?:bene|benissimo) (?:ora|adesso)"
    r"|(?:e|e gia|ormai e) (?:passat[oa]|tornat[oa] (?:normale|a posto|come prima))|tornat[oa] (?:normale|come prima)"
    r"|(?:ja |agora )?(?:esta|ta) (?:bem|otima|otimo|boa|bom)(?: agora)?"
    r"|(?:ja )?(?:voltou|voltaram) ao normal|ja passou"
    r"|(?:ficou|ja esta) (?:boa|bom|curad[oa]|recuperad[oa])"
    r"|(?:het )?gaat (?:nu )?(?:weer )?goed(?: met (?:haar|hem))?|is (?:weer )?(?:normaal|over|hersteld|beter))\b"
)
_FIRST_PERSON_HEALTH = compile_folded(
    r"\b(?:anch\W?io|anche io|io ho|ho (?:la|il|un|una|dei|delle)|mi (?:fa|sento|e venut\w*)|sto male"
    r"|eu tenho|tenho|estou com|sinto|tambem (?:tenho|estou|sinto)|eu tambem|me sinto|me doi"
    r"|ik heb|ik voel|ik ook|heb ik)\b"
)


def someone_elses_passed_story(health_words: List[str], folded_text: str) -> bool:
    """Whether the message tells of someone else's illness that is over, and nothing of the
    writer's own."""
    other = _OTHER_PERSON.search(folded_text)
    if other is None or _FIRST_PERSON_HEALTH.search(folded_text) is not None:
        return False
    over = [
        m
        for m in _OVER.finditer(folded_text)
        if m.start() > other.start() and DENIED_BEFORE.search(folded_text[: m.start()]) is None
    ]
    if not over:
        return False
    last_health = max((m.end() for m in WORD.finditer(folded_text) if fold(m.group(0)) in health_words), default=-1)
    story_phrases = [m.end() for m in HEALTH_PHRASES.finditer(folded_text)]
    last = max([last_health] + story_phrases)
    return last < over[-1].start()


# --- what the clinic does if someone reacts, asked before booking ------------------------------
# "hvad gør I, hvis nogen får en allergisk reaktion?", "mitä tapahtuu, jos joku saa allergisen
# reaktion?", "wat doen jullie als iemand flauwvalt?": a question about someone, anyone, not a
# sign. Every health word must be in a question that puts it after "if someone", and nothing may
# say the writer has it, or date it to now or a session.
_IF_SOMEONE = compile_folded(
    r"\b(?:hvis|om|dersom|ifall|jos|als|indien|wanneer|se|caso|daca|kdyz|pokud|jestli|ha|ako|αν)\W+(?:\w+\W+){0,2}?"
    r"(?:nogen|noen|nagon|nagot|joku|jollekin|jonkun|iemand|qualcuno|qualcuna|alguem|alguma pessoa|cineva|nekdo"
    r"|nekomu|valaki|valakinek|netko|neko|nekome|κανεις|καποιος|καποια|καποιον|een patient|een klant)\b"
)
_WRITER_HAS_IT = compile_folded(
    r"\b(?:jeg har|har jeg|jeg fik|jeg fikk|jag har|har jag|jag fick|ik heb|heb ik|ik had|ik kreeg|minulla on"
    r"|mulla on|sain|mam|mela jsem|mel jsem|nekem|nalam|ho avuto|ho (?:un|una)|tive|tenho|am avut|imam|imala sam"
    r"|nu|na|nå|nyt|ted|most|acum|jetzt|adesso|agora|now|i dag|idag|vandaag|tanaan|dnes|azi|oggi|hoje"
    r"|i gar|igar|gisteren|eilen|vcera|tegnap|ieri|ontem|efter behandling\w*|etter behandling\w*|na de behandeling"
    r"|na mijn|dupa (?:tratament|sedint)\w*|hoitoni jalkeen|po (?:zakroku|oseteni))\b"
)
_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]?")


def _someone_hypothetical(words: List[str], folded_text: str) -> bool:
    if not words or _WRITER_HAS_IT.search(folded_text) is not None:
        return False
    for sentence in (m.group(0) for m in _SENTENCE.finditer(folded_text) if m.group(0).strip()):
        names = [w for w in words if re.search(r"\b" + re.escape(w) + r"\b", sentence)]
        if not names:
            continue
        condition = _IF_SOMEONE.search(sentence)
        if condition is None or not sentence.rstrip().endswith("?"):
            return False
        if any(sentence.find(w) < condition.start() for w in names):
            return False
    return all(re.search(r"\b" + re.escape(w) + r"\b", folded_text) for w in words)


# --- a little soreness, and which painkiller or how much -----------------------------------------
# "biraz ağrıyor, parol içebilir miyim?", "mă doare puțin, pot să iau un paracetamol?", "lidt
# ømt, må jeg tage en panodil?": the expected soreness (matrix B1) with an aftercare question.
# Only when pain is the only health word (with the painkiller and the injection), it is called
# slight, and nothing calls it strong, worse or growing.
_MILD_PAIN_STEMS = (
    "dolor",
    "dolent",
    "indolenz",
    "pijn",
    "smert",
    "smart",
    "agri",
    "kipe",
    "kipu",
    "sarke",
    "sattu",
    "bolest",
    "fajd",
    "πον",
    "durer",
    "ondt",
    "vondt",
)
_MILD_PAIN_WORDS = frozenset(
    {"dor", "dores", "doi", "doare", "ont", "bol", "boli", "bolo", "faj", "fajt", "fajnak", "aci", "sattuu", "sarkee"}
)
_PAINKILLER = compile_folded(
    r"\b(?:paracetamol\w*|parasetamol\w*|acetaminof\w*|ibuprof\w*|nurofen|brufen|advil|panadol|tylenol|parol"
    r"|minoset|arveles|calpol|panodil|pamol|pinex|paracet|paralgin|alvedon|ipren|burana|tachipirina|efferalgan"
    r"|ben-u-ron|algocalmin|pijnstill\w*|smertestill\w*|smärtstill\w*|kipulaa\w*|sarkylaa\w*|agri kesici\w*"
    r"|analge\w*|antidolorific\w*|fajdalomcsillapit\w*|proti bolesti|protiv bolova|painkill\w*|pain killer\w*)\b"
)
_SLIGHT_PAIN = compile_folded(
    r"\b(?:biraz|hafif\w*|azicik|putin|un pic|usor|beetje|lichtjes|licht|lidt|litt|lite|vahan|hieman|hiukan"
    r"|trochu|lehce|malo|kicsit|enyhe\w*|λιγο|ελαφρ\w*|un po|un poco|un pochino|leggermente|um pouco"
    r"|um pouquinho|ligeiramente|levemente)\b"
)
_STRONG_PAIN = compile_folded(
    r"\b(?:cok|fazla|siddetli|dayanilmaz|foarte|tare|insuportabil|erg|heel|enorm|ontzettend|meget|mye|veldig"
    r"|mycket|jatte\w*|kovasti|tosi|hirvea\w*|kamala\w*|hodne|silne|strasne|nagyon|eros\w*|πολυ|δυνατ\w*|molto"
    r"|fortissim\w*|insopportabil\w*|muito|fort\w*|insuportavel|vrlo|jako|stale|steeds|sempre piu|mai tare"
    r"|zonkl\w*|klopt|bonst|dunk\w*|bank\w*|pulsa\w*|lateja\w*|artiyor|erger|slechter|verre|varre|vaerre"
    r"|creste|horsi|rosszabb|peggio\w*|pior\w*|geen (?:\w+ )?(?:helpt|werkt)|helpt niet|ei auta|nu ajuta)\b"
)


def mild_pain_painkiller_question(words: List[str], folded_text: str) -> bool:
    """Whether the message's health words (folded) are a slight pain with a painkiller question
    ("mă doare puțin, pot să iau un paracetamol?"). Also read by unread_reassurance.py, for
    when the pain is said in one of the net's phrases ("mă doare")."""
    pain = [w for w in words if w in _MILD_PAIN_WORDS or w.startswith(_MILD_PAIN_STEMS)]
    others = [
        w for w in words if w not in pain and not w.startswith(INJECTION_STEMS) and _PAINKILLER.fullmatch(w) is None
    ]
    return (
        bool(pain)
        and not others
        and "?" in folded_text
        and _PAINKILLER.search(folded_text) is not None
        and _SLIGHT_PAIN.search(folded_text) is not None
        and _STRONG_PAIN.search(folded_text) is None
    )


# --- "I nearly fainted at the prices" ----------------------------------------------------------
# "fiyatları görünce az kalsın bayılıyordum", "ik viel bijna flauw van de prijzen": a figure of
# speech about the cost, when every health word is a faint said in a sentence about prices.
_PRICES = compile_folded(
    r"\b(?:fiyat\w*|ucret\w*|prijs\w*|prijzen|prezz\w*|cost[oi]|preco\w*|pris|priser\w*|priset|prisen|prisene"
    r"|hinta\w*|hinnat|hinno\w*|hintoj\w*|cen[ayu]|cenik\w*|arak\w*|arat|pret|preturi\w*|pretul\w*|τιμ\w*"
    r"|cijen\w*|rakun\w*|regning\w*|fatura\w*|factur\w*|conto|kosten|kostnad\w*|kostar|koster|kost)\b"
)
_PRICE_FAINT_STEMS = _FAINT_STEMS + ("λιποθυμ", "onesvij", "nesvest")


def _faint_at_prices(words: List[str], folded_text: str) -> bool:
    if not words or not all(w.startswith(_PRICE_FAINT_STEMS) for w in words):
        return False
    sentences = [m.group(0) for m in _SENTENCE.finditer(folded_text) if m.group(0).strip()]
    return (
        all(
            _PRICES.search(sentence) is not None
            for sentence in sentences
            if any(re.search(r"\b" + re.escape(w) + r"\b", sentence) for w in words)
        )
        and _AFTER_SESSION.search(folded_text) is None
    )


# --- health words denied, supposed, or told of someone long ago ----------------------------------
# Each health word of the message is set aside on its own, by one of three explicit scopes, and
# the message is harmless only when every one is:
#
# 1. a denial or a denied checklist: a negator just before the word ("geen koorts", "ingen feber,
#    intet pus", "niente gonfiore alla gola", "sem febre", "fără febră", "bez horečky") or a
#    negating verb just after it ("gorączki nie mam", "ateş yok", "láz nincs", "febre não
#    tenho"). Only nouns: a word of an emergency family (breathing, sight, a fit) is never set
#    aside this way, since a negated verb of function is the sign itself ("ne mogu disati",
#    "nem kapok levegőt"); the throat named after a denied swelling is the one exception.
# 2. a supposition about the future or a question about risks, in the writer's sentence before
#    the word ("stel dat ik ... krijg", "e se der alergia", "diyelim ki ... şişti", "što ako se
#    pojavi", "tänk om", "hva om", "co když", "mi van, ha"), with nothing in the message saying
#    it is so now ("nu", "adesso", "agora", "şimdi"...).
# 3. someone else's illness long ago ("mia zia anni fa ha preso un'infezione", "min mormor fik en
#    allergisk reaktion engang i 70'erne"), when the sentence names the other person and a time
#    long past, and the writer says nothing of their own health in it.
# A sign stated positively anywhere else in the message keeps it escalated: that word is outside
# every scope. The caller reads this only when no emergency phrase or family is in the message.
_NEGATOR = compile_folded(
    r"\b(?:geen|zonder|noch|ingen|inget|inga|intet|utan|uten|uden|ikke (?:noget|noe|nogen|nogle)|inte (?:nagon"
    r"|nagot|nagra)"
    r"|niente|nessun[oa]?|senza|nemmeno|neanche|sem|nenhum|nenhuma|nada de|fara|niciun|nicio"
    r"|bez|zadn[aeyi]\w*|zadny|zadne|nikakv\w*|nemam|nincs|nincsen|semmi|semmilyen"
    r"|ilman|χωρις|καθολου|δεν εχω|hicbir)\b"
)
# Negating verbs written after the noun they deny: Polish, Turkish, Hungarian, Portuguese,
# Italian, Dutch, Scandinavian, Croatian, Czech, Romanian.
_NEGATED_AFTER = compile_folded(
    r"^ *(?:\w+ +)?(?:nie mam|nie mialam|nie mialem|brak|yok|olmadi|nincs|nincsen|nem volt"
    r"|nao tenho|nao tive|non ho|non ce|non c e|heb ik niet|heb ik geen|had ik niet|har jeg ikke|har jag inte"
    r"|har eg ikkje|nemam|nu am)\b"
)
# Not a denial of the word: "geen idee of het koorts is" (no idea whether it is a fever).
_PSEUDO_NEGATION = compile_folded(r"^(?:idee|idea|ideia|aning|anelse|ide|idé|tuchy|fogalmam|zimmer|clue)\b")
# The words a negator reaches: up to three after it, within the clause (a comma, "ma", "but",
# "maar", "men", "ama", "dar", "ale", "de" ends it).
_CLAUSE_END = compile_folded(
    r"[,;:.!?\n–—-]"
    r"|\b(?:ma|maar|men|mutta|ama|fakat|dar|ale|ali|de|mas|pero|but|und|en|og|och|e|ve|i|es|si)\b"
)
# An emergency word named after a denied swelling: the throat ("niente gonfiore alla gola").
_THROAT_NOUNS = frozenset({"gola", "garganta", "keel"})
_SUPPOSE = compile_folded(
    r"\b(?:stel (?:dat|je voor)|wat als|wat gebeurt er als|wat moet ik doen als|wat doe ik als|als ik (?:ooit|later)"
    r"|e se|caso eu|se eu (?:tiver|ficar|tivesse|ficasse)|se der|se me der|se aparecer|e caso|o que acontece se"
    r"|o que faco se"
    r"|e se mi|se dovessi|se dovesse|nel caso|qualora|cosa succede se|che succede se|cosa faccio se|e se dovess\w*"
    r"|diyelim ki|farz edelim|ya (?:\w+ )?(?:olursa|cikarsa|sisers\w*|gelirse)|olursa ne|ne yapmaliyim|ne yaparim"
    r"|s?to ako|sto ce biti ako|u slucaju da|sto da radim ako|ako se (?:pojavi|pojave|javi)"
    r"|tank om|om jag skulle|ifall jag|vad hander om|vad gor jag om|hvad (?:nu )?hvis|hvad sker der hvis"
    r"|hvis jeg (?:far|skulle)"
    r"|hva (?:om|hvis|skjer hvis|gjor jeg hvis)|dersom jeg|om jeg skulle|hvis jeg (?:far|skulle)"
    r"|ce se intampla daca|si daca|daca as|daca o sa|in caz ca|in cazul in care|ce fac daca"
    r"|co kdyz|co kdyby|kdyby|v pripade ze|co mam delat kdyz|mi van(?: akkor)?,? ha|mi tortenik,? ha"
    r"|mi a teendo,? ha|ha esetleg"
    r"|enta jos|mita jos|mita tapahtuu jos|mita teen jos|jos vaikka|τι γινεται αν|κι αν|και αν|αν (?:τυχον|παθω|μου)"
    # A general question about what the treatment can give anyone ("kan man få blodforgiftning af
    # mesoterapi?", "si può avere un'infezione?", "kan je een infectie krijgen?"), and a word the
    # consent form or the leaflet names ("nel modulo di consenso c'è scritto 'necrosi'"): what
    # could happen, not the writer's news.
    r"|kan (?:man|en|ein) (?:\w+ )?(?:fa|faa|bli|blive|bliva|drabbas av|rammes af)"
    r"|si puo (?:\w+ )?(?:avere|prendere|venire|sviluppare)|e possibile (?:avere|prendere|sviluppare)"
    r"|(?:pode|da)-?se (?:\w+ )?(?:ter|apanhar|pegar|desenvolver)|da para (?:ter|pegar|apanhar)"
    r"|(?:kan|kun) (?:je|men|jij|u) (?:\w+ ){0,3}?(?:krijgen|oplopen)|moze li se (?:\w+ )?(?:dobiti|razviti)"
    r"|voiko (?:\w+ )?saada"
    r"|(?:modulo|consenso|foglio|opuscolo|folheto|termo|formulario|formulier\w*|toestemmingsformulier|bijsluiter|folder"
    r"|samtykke\w*|blankett\w*|skjema\w*|lomake\w*|obrazac\w*|suglasnost\w*|formularz\w*|ulotk\w*)\w* (?:\w+ ){0,4}?"
    r"(?:c'?e scritto|ce scritto|c e scritto|dice|parla di|diz|consta|menciona|fala de|fala em|staat|vermeldt|noemt"
    r"|star|står|nævner|naevner|nevner|lukee|pise|pisze|jest napisane)"
    r"|(?:pode|podem|puo|possono|kan|kunnen|moze|mozou|mohou|poate|pot|saattaa)\w* (?:\w+ )?"
    r"(?:causar|provocar|dar|causare|provocare|dare|veroorzaken|geven|orsaka|forarsage|forarsake|zpusobit|uzrokovati"
    r"|cauza|provoca|aiheuttaa|okozni)|okozhat|neden olabilir|neden olur mu|yol acar mi|yol acabilir)\b"
)
_NOW = compile_folded(
    r"\b(?:nu|nyt|ted|now|adesso|ora|agora|ja|gia|inmiddels|simdi|su an|sada|acum|most|jetzt|nuna|just nu"
    r"|vandaag|oggi|hoje|bugun|idag|i dag|dnes|azi|danas|tanaan)\b"
)
_SOMEONE_ELSE = compile_folded(
    r"\b(?:(?:una |la |il |un )?mi[ao] |(?:a |o )?(?:minha|meu) |(?:mijn|een) |(?:min|mit|mine|mitt) |benim "
    r"|moja |muj |moje "
    r"|az en |mama |mamei |sora |fratele )?"
    r"(?:amic[ao]|sorella|fratello|madre|mamma|padre|cugin[ao]|zi[ao]|vicin[ao]|collega|nonn[ao]|figli[ao]"
    r"|amig[ao]|irma|irmao|mae|pai|prima|primo|tia|tio|vizinh[ao]|colega|avo|avó|filh[ao]"
    r"|vriendin|vriend|zus|broer|moeder|vader|buurvrouw|buurman|dochter|zoon|tante|oom|oma|opa"
    r"|mormor|morfar|farmor|farfar|min mor|min far|min son|min søn|soster|syster|bror|veninde|venninne|vaninna|kollega"
    r"|datter|dotter|faster|moster"
    r"|annem|babam|teyzem|halam|kardesim|arkadasim|ablam|anneannem|babaannem"
    r"|kamaradka|kamarad|sestra|bratr|maminka|babicka|teta|tetka|baka|prijateljica|prijatelj|mama|majka|sestricna"
    r"|anyam|anyukam|nagymamam|baratnom|nővérem|novere|nenem|bunica|matusa|prietena|prieten|verisoara"
    r"|aitini|isani|siskoni|ystavani|mummoni)\b"
)
_LONG_AGO = compile_folded(
    r"\b(?:anni fa|tanti anni fa|molti anni fa|tempo fa|da giovane|ha anos|anos atras|ha muito tempo|jaren geleden"
    r"|lang geleden|vroeger|ooit|destijds|for (?:\w+ )?(?:ar|aar|år) siden|engang|en gang|for lenge siden"
    r"|for lange siden"
    r"|i (?:\d+|\w+)'?(?:erne|tallet|-talet)|pa (?:\d+|\w+)-?talet|yillar once|yil once|yillarca once|eskiden|zamaninda"
    r"|pred (?:\w+ )?lety|kdysi|davno|prije (?:\w+ )?godina|evekkel ezelott|evekkel korabban|acum (?:\w+ )?ani"
    r"|demult|cu ani in urma|vuosia sitten|kauan sitten|πριν (?:απο )?χρονια|παλια|in the (?:\d+)s|years ago)\b"
    r"|\b(?:19\d\d|200\d|201\d)\b|\b\d0'?(?:erne|s|tallet|talet)\b"
)
_WRITER_OWN = compile_folded(
    r"\b(?:io ho|anch\W?io|anche io|sto male|mi sento|eu tenho|estou com|sinto|ik heb|ik voel|heb ik|jeg har|har jeg"
    r"|jag har|har jag|bende|bende de|ja mam|mam|imam|am si eu|si eu|nekem is|minulla on|mulla on)\b"
)


def _negated(word_start: int, word_end: int, folded_text: str) -> bool:
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(folded_text, 0, word_start)), default=0)
    before = folded_text[clause_start:word_start]
    window = WORD.findall(before)[-3:]
    for i, w in enumerate(window):
        if _NEGATOR.fullmatch(" ".join(window[i:])) or (
            _NEGATOR.fullmatch(w) and _PSEUDO_NEGATION.match(" ".join(window[i + 1 :])) is None
        ):
            return True
    return _NEGATED_AFTER.search(folded_text[word_end : word_end + 40]) is not None


_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence_around(position: int, folded_text: str) -> Tuple[int, int]:
    """Start and end of the sentence holding `position` (the same ends as _SENTENCE)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(folded_text, 0, position)), default=0)
    end = _SENTENCE_END.search(folded_text, position)
    return start, end.end() if end else len(folded_text)


def _supposed(word_start: int, folded_text: str) -> bool:
    sentence_start, _ = _sentence_around(word_start, folded_text)
    return _SUPPOSE.search(folded_text[sentence_start:word_start]) is not None and _NOW.search(folded_text) is None


def _someone_elses_long_ago(word_start: int, folded_text: str) -> bool:
    start, end = _sentence_around(word_start, folded_text)
    sentence = folded_text[start:end]
    other = _SOMEONE_ELSE.search(sentence)
    return (
        other is not None
        and other.start() <= word_start - start
        and _LONG_AGO.search(sentence) is not None
        and _WRITER_OWN.search(sentence) is None
    )


# A function said to work normally right after its word ("ademen prima", "respir și înghit
# normal", "andas normalt"), with no negator before it ("nu respir normal" is a sign).
_FINE_AFTER = compile_folded(
    r"^ *(?:(?:si|og|och|en|e|i|a|ve|es) \w+ )?"
    # a verb of going between ("ademen gaat prima", "respiro va bene", "andningen går bra")
    r"(?:(?:gaat|gaan|ging|va|vanno|vai|gar|går|geht|merge|megy) )?"
    r"(?:(?:heel|helt|tutto|totalmente|completamente|perfect|perfekt|gewoon|ganska|helemaal|perfeitamente|perfettamente"
    r"|complet|teljesen|ihan|aivan|uplne|potpuno|tamamen) )?"
    r"(?:prima|goed|normaal|normal|normalt|normalno|normalmente"
    r"|bene|bem|fint|fino|bra|rendben|dobro|hyvin|normaalisti|sorunsuz|rahat)\b"
)
_NEGATOR_JUST_BEFORE = compile_folded(
    r"\b(?:nu|niet|non|nao|ikke|inte|ne|nem|ei|not|kan niet|nie|nejde|nemohu)\W+(?:\w+\W+)?$"
)
# The clinic's emergency line asked about ("acil hattınız var mı?", "numero di emergenza"): a
# question about a service, not a sign.
_SERVICE_LINE = compile_folded(r"^ *(?:hatt\w*|numara\w*|telefon\w*|numer\w*|nummer\w*|lijn\w*|linj\w*)\b")


def _function_fine(word_start: int, word_end: int, folded_text: str) -> bool:
    clause_start = max((m.end() for m in re.finditer(r"[,;:.!?\n]", folded_text[:word_start])), default=0)
    return (
        _FINE_AFTER.match(folded_text[word_end : word_end + 40]) is not None
        and _NEGATOR_JUST_BEFORE.search(folded_text[clause_start:word_start]) is None
    )


# Something said to grow or worsen, anywhere in the message ("ingen smerter, men det er nu
# større end i går": a bruise growing): a sign without a health word, so a denial of the others
# does not make the message harmless.
_WORSENING = compile_folded(
    r"\b(?:større|storre|større|større|storre|verre|værre|värre|varre|storre|bigger|worse|groter|erger|groeit|steeds"
    r"|peggio|peggiora\w*|piu grand\w*|aumenta\w*|cresce\w*|pior\w*|maior\w*|nagyobb|rosszabb|vetsi|horsi|vece|gore"
    r"|blir (?:bara |bare |)\w+are|bliver (?:bare |)\w+ere|istallet for battre|inte battre|ikke bedre|niet beter"
    r"|non migliora|nao melhora|rodare|varmare|rødere|rodere|varmere|warmer|roder|mai mare|mai rau|buyuyor"
    r"|buyudu|daha buyuk|kotuye|suurempi|pahenee|pahempi|μεγαλωνει|χειροτερ\w*|vokser|växer)\b"
)


def _every_word_in_scope(folded_words: List[str], folded_text: str) -> bool:
    """Whether every health word of the message is denied, supposed, or someone else's long ago."""
    if not folded_words:
        return False
    wanted = set(folded_words)
    seen = False
    for match in WORD.finditer(folded_text):
        word = match.group(0)
        if word not in wanted:
            continue
        seen = True
        if _function_fine(match.start(), match.end(), folded_text) or (
            word in {"acil", "emergenza", "urgenza", "emergencia", "urgencia"}
            and _SERVICE_LINE.match(folded_text[match.end() : match.end() + 20]) is not None
        ):
            continue
        emergency = is_emergency_word(word)
        if not emergency and (
            _supposed(match.start(), folded_text) or _someone_elses_long_ago(match.start(), folded_text)
        ):
            continue
        if (
            (not emergency or word in _THROAT_NOUNS)
            and _negated(match.start(), match.end(), folded_text)
            and _WORSENING.search(folded_text) is None
        ):
            continue
        return False
    return seen


def harmless_reading(words: List[str], folded_words: List[str], text: str, language: str | None) -> bool:
    """Whether the message's health words (``words`` as written, ``folded_words`` folded) are all
    explained by one of the harmless readings above. The caller checks first that no phrase of
    the net, and no emergency family, is in the message."""
    folded_text = fold(text)
    return (
        _soreness_waved_away(folded_words, folded_text)
        or _slight_swelling_same_day(folded_words, folded_text)
        or _injection_question(folded_words, folded_text)
        or _pain_question(folded_words, folded_text)
        or _cold_on_swelling_question(folded_words, folded_text)
        or habitual_faint_at_blood(text, language)
        or _only_someone_elses_past(words, text)
        or _injection_marks_fading(folded_words, folded_text)
        or _occasional_pain_question(folded_words, folded_text)
        or _pain_question(folded_words, _NEED.sub(" ", folded_text))
        or _someone_hypothetical(folded_words, folded_text)
        or mild_pain_painkiller_question(folded_words, folded_text)
        or _faint_at_prices(folded_words, folded_text)
        or _every_word_in_scope(folded_words, folded_text)
    )
