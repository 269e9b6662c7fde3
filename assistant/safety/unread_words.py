"""Which single words are health words, and which belong to an emergency family, in the languages
the safety lexicon does not read (unread_language.py is the net that uses them).

Words are compared folded (lower case, no accents, Turkish dotless i read as i) and mostly by
their beginning: a stem is kept short and medical so that everyday words do not match, and where a
stem would be ambiguous ("dor" is Portuguese pain but also begins "dormir") the word is listed
whole. Every stem below was checked against everyday words of the languages that share its
spelling; the everyday look-alikes found are listed as exceptions at the end.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, FrozenSet, Tuple

# A word: letters only (digits and underscores split words).
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def fold(word: str) -> str:
    """Lower case, without accents. Turkish dotless i has no decomposition: "bayıldım" is read as
    "bayildim"."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def compile_folded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern written with the language's own letters, compiled to match folded text.

    fold() takes accents off the text, so a pattern that keeps them ("få luft", "sår", "gözüm")
    would never match. The pattern's accents go the same way (it is not lower-cased: that would
    turn \\W into \\w). Danish and Norwegian ø and æ have no decomposition and stay in the folded
    text, while patients also type them as "o" and "ae": the pattern accepts either."""
    decomposed = unicodedata.normalize("NFKD", pattern.replace("ı", "i"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.compile(stripped.replace("ø", "[øo]").replace("æ", "(?:æ|ae)"), flags)


# --- self-harm (matrix A32): a crisis written in another language must reach a person --------
# Also emergency words: the net reports them as the self-harm situation, whose reply gives the
# crisis line.
SELF_HARM_STEMS: Tuple[str, ...] = (
    "suicid", "zelfmoord", "zelfdoding", "intihar", "matar-me", "sinucid", "sjalvmord", "selvmord", "itsemurh",
    "sebevrazd", "ongyilkos", "самоуб", "αυτοκτον", "انتحار",
)

# --- health words, by language ----------------------------------------------------------------
# Medical words that look alike in most European languages.
SHARED_MEDICAL_STEMS = (
    "allerg", "alerg", "anafil", "anaphyl", "ambulan", "emergen", "urgen", "infec", "sepsi", "injec", "inyec",
    "inject", "hemorr", "febr", "respir", "dolor", "gravid", "hospit", "vomit", "prurit", "erup", "nause",
    "urticar", "medicin", "antibiot", "trombo", "embol", "stroke", "epilep",
    # autoimmune disease and its medicines (A16, A17): "artrite reumatoide", "metotrexato"
    "artrit", "reumat", "metotrex", "quimiot",
    # inflamed spots and boils at a site to be treated (postpone, A14); not "acne" or "pimples"
    # alone, which FAQ questions name ("does meso help with acne?")
    "inflam",
    # a skin condition flaring, scars that thicken (postpone or review, A14, A20)
    "eczem", "psoria", "keloid",
    # steroid tablets (A17): "prednisone", "cortisone", "dexametasona"
    "predni", "cortison", "dexamet",
    # low platelets (a bleeding disorder, A11): "piastrine", "plaquetas", "trombocyty", "trombositler"
    "plaquet",
)
ITALIAN_PORTUGUESE_STEMS = (
    # infection, injections, haemorrhage, fever, swelling, pain, fainting, help, hospital, a rash
    "infez", "iniez", "puntur", "emorrag", "sangra", "sangue", "sanguin", "febb", "gonfi", "incha",
    "svien", "svenut", "svenim", "desma", "soccor", "socorr", "ospedal", "eruz",
    # the eyes and sight going
    "visione", "visao", "occhi", "olho", "annebbi", "offusc", "embac", "cieg", "cego", "turv",
    # swallowing: food sticking after a chin treatment is same-day
    "deglut", "engol",
    # itching ("mi prude", "coceira"): hives after a session may be the start of a severe allergy
    "prudor", "cocei", "cocan",
    # autoimmune medicines, chemotherapy, boils, steroids
    "metotress", "chemioter", "infiamm", "foruncol", "furunc", "corticost", "desamet", "piastrin",
    # nausea, a dazed or spinning head (a sign after fat-dissolving, B30)
    "enjo", "stordit", "intontit", "atordoad", "zonz", "tontur", "vertigin", "capogir",
    # blisters, hives (B7, B16, B21), thick scars, a fit
    "vescic", "bolha", "orticar", "cheloid", "queloid", "epilett",
)
DUTCH_STEMS = (
    "koorts", "adem", "opgezw", "pijn", "flauw", "zwanger", "bloed", "ziekenhuis", "braak", "jeuk", "zicht",
    # swallowing, dizziness, swelling
    "slikk", "duizel", "zwel", "gezwol",
    # vomiting and nausea; confusion or a dazed head
    "overgeven", "overgegeven", "misselijk", "verward", "versuft",
    # blisters, hives, a rash, eczema, sight gone hazy, a fit ("stuiptrekkingen")
    "blaar", "blaren", "netelroos", "galbult", "uitslag", "eczeem", "wazig", "stuip",
    # skin sunburnt before a booking (A14); not "zonnebrand" (sunscreen), which begins otherwise
    "verbrand",
)
# Not "vedere" ("punct de vedere", a point of view), "varsat" (spilt) or "coji" (peel: "coji de
# portocala"), which the phrases read in context.
ROMANIAN_STEMS = (
    "umfla", "durere", "dureri", "lesin", "incint", "insarcin", "sange", "spital",
    # swallowing, blisters, peeling, pus, dizziness, vomiting, twitching, urine, chills
    "inghit", "basici", "basica", "basicut", "cojes", "descuam", "puroi", "ametel", "ametit", "varsaturi",
    "zvacn", "urina", "urinez", "frison",
)
# Read with a dotless i folded to i. Not "kusur" (a fault, "kusura bakmayın") nor "dil" (also a
# language).
TURKISH_STEMS = (
    "enjeks", "ates", "nefes", "sisli", "sislik", "bayil", "hamile", "kanam", "yardim", "kusm", "kusuyor",
    "kasint",
    # nausea, a rash, blisters, pus, blurred sight, breastfeeding, swelling, pain, shivering,
    # unconscious, medicines, platelets
    "bulant", "dokuntu", "kabarcik", "iltihap", "bulanik", "emzir", "sisti", "sismis", "sisme", "sisik", "agriy",
    "titre", "baygin", "ilac", "trombosit",
)
# Not "tunga" (also "heavy"), "var" (pus, but also "was", "where"), "smart" (clever), "hals" (the
# neck, a treatment area), "blåsa" (to blow).
SWEDISH_STEMS = (
    # breathing, choking, swelling, pain, fever, blood, vomiting, nausea, a racing heart, confusion,
    # dizziness, fainting, a rash, itching, blisters, pus, sight, breastfeeding, medicines, cold
    # sores, injections ("sprutor")
    "andas", "andning", "andnod", "andfadd", "kvav", "svull", "svaller", "svallde", "smarta", "smartor", "smartsam",
    "vark", "feber", "blod", "krakn", "kraks", "krakt", "kraker", "krakas", "svalj", "svalg", "illamaend",
    "hjartklapp", "forvirr", "omtockn", "yrsel", "svimm", "svimn", "medvetsl", "utslag", "nassel", "klada", "kliar",
    "kliade", "kliande", "blasor", "vattenblas", "varbild", "suddig", "dubbelse", "synfalt", "synbortfall", "amning",
    "ammande", "lakemedel", "kortison", "munsar", "sprut", "injekt", "infekt",
)
# Not Danish "blød" (soft).
DANISH_NORWEGIAN_STEMS = (
    "vejrtr", "andenød", "andedræt", "pustebes", "tungpust", "kvæl", "kvele", "hævelse", "hevelse", "hovne",
    "opsvulm", "svulm", "smert", "bløder", "blødn", "blødd", "opkast", "oppkast", "kvalm", "besvim", "udslæt",
    "utslett", "kløe", "vabel", "vabl", "blemm", "sløret", "sprøjt", "sprøyt",
    # drooling and slurring
    "snøvl", "savl", "dregl",
)
# Not "kurkku" (also a cucumber), "kieli" (also a language), "raskaan" (also "heavy").
FINNISH_STEMS = (
    "hengit", "hengenahd", "turpo", "kipu", "kipe", "kivu", "kuume", "verenvuo", "oksent", "pahoinvoin", "huimaa",
    "huimau", "pyorty", "pyorry", "heikot", "ihottum", "kutin", "rakkul", "sumea", "raskau", "imety", "imetan",
    "tulehd", "pisto",
)
CZECH_STEMS = (
    "dych", "dusn", "dusim", "otok", "otekl", "bolest", "horeck", "krvac", "zvrac", "nevoln", "zavrat", "omdl",
    "vyrazk", "svedi", "sveden", "puchyr", "hnis", "rozmazan", "tehotn", "kojen", "kojim", "zanet", "injekc",
    # a pregnancy said by its week ("v 10. týdnu těhotenství"), not peeing ("nečůrám"), platelets
    "tehoten", "necur", "destick", "desticek", "trombocyt",
)
# Not "fajta" (a kind) nor "hány" (how many).
HUNGARIAN_STEMS = (
    "legz", "lelegz", "fullad", "duzzad", "dagad", "fajdalm", "fajdalom", "verzik", "verzes", "verez", "hanyas",
    "hanyinger", "hanytam", "szedul", "elajul", "kiutes", "viszket", "holyag", "genny", "homalyos", "terhes",
    "szoptat", "gyullad", "gyogyszer",
    # swelling with a prefix ("bedagadt", "megduzzadt"), a fit, unconscious
    "bedagad", "megdagad", "feldagad", "megduzzad", "felduzzad", "rangatoz", "gorcsroham", "eszmeletlen",
)
GREEK_STEMS = (
    "πόν", "πον", "αναπν", "πρήξ", "αίμα", "αιμα", "αλλεργ",
    # fever, haemorrhage, vomiting, dizziness, fainting, a rash, itching, blisters, sight,
    # pregnancy, breastfeeding, medicines, swollen ("πρήζεται"), choking, cold sores ("έρπης")
    "πυρετ", "αιμορρ", "εμετ", "ζαλ", "λιποθυμ", "εξανθ", "φαγουρ", "φουσκαλ", "θολ", "ορασ", "εγκυ", "θηλαζ",
    "φαρμακ", "πρησμ", "πρηστ", "πρηζ", "πνιγ", "ερπη", "επιχειλ",
    # eczema and dermatitis at a treatment area (A14)
    "εκζεμ", "δερματιτ",
)
# Croatian (and the Serbian and Bosnian written in Latin letters): breathing, choking, swollen,
# bleeding, vomiting, nausea, dizziness, fainting, a rash, itching, blisters, pus, inflamed, fever,
# pregnancy, medicines, a fit. Not "otec" (Czech father) nor "trudn" (Polish "trudno", hard).
CROATIAN_STEMS = (
    "disanj", "disat", "disem", "gusim", "otecen", "oteceno", "oteklin", "natecen", "natekl",
    "krvar", "povrac", "mucnin", "vrtoglav", "nesvjest", "onesvijest", "osip", "svrbi", "svrbez", "mjehur",
    "gnoj", "upaljen", "upala", "groznic", "trudnoc", "trudna", "lijekov", "napadaj", "grcev",
)
# Conditions and medicines a clinician reviews before booking, named the same way in most
# languages: a pacemaker or a heart attack (A19), isotretinoin stopped recently (A21), a hair
# medicine that matters when trying for a baby (A8), cold sores that flare after fillers (A13),
# penicillin that does not help (B15); each in the net's languages where the word differs.
REVIEW_CONDITION_STEMS = (
    "pacemaker", "kardiostimul", "βηματοδοτ", "sydamentahdist", "tahdistin", "infarkt", "infarct", "infart",
    "hjartinfarkt", "hjerteinfarkt", "hartinfarct", "hartaanval", "szivroham", "szivinfarktus", "sydankohtau",
    "sydaninfarkt", "εμφραγμ", "isotretin", "izotretin", "ισοτρετιν", "roaccut", "roacut", "accutan", "aknenormin",
    "curacne", "dutaster", "δουταστερ", "finaster", "φιναστερ", "forkølelsessår", "forkjølelsessår",
    "forkolelsessar", "forkjolelsessar", "ajakherpesz", "huuliherpe", "yskanrok", "penicil",
)
RUSSIAN_STEMS = ("бол", "дыш", "отек", "отёк", "кров", "скор", "аллерг", "температ", "уко", "инъек")
ARABIC_STEMS = ("ألم", "الم", "تنفس", "حساسية", "دم", "تورم", "حقن")

HEALTH_STEMS: Tuple[str, ...] = (
    SELF_HARM_STEMS + SHARED_MEDICAL_STEMS + ITALIAN_PORTUGUESE_STEMS + DUTCH_STEMS + ROMANIAN_STEMS
    + TURKISH_STEMS + SWEDISH_STEMS + DANISH_NORWEGIAN_STEMS + FINNISH_STEMS + CZECH_STEMS + HUNGARIAN_STEMS
    + GREEK_STEMS + CROATIAN_STEMS + RUSSIAN_STEMS + ARABIC_STEMS + REVIEW_CONDITION_STEMS
)

# Whole words: where a stem would begin everyday words too.
HEALTH_WHOLE_WORDS: FrozenSet[str] = frozenset(
    # Portuguese and Romanian pain ("dor", "doi", "mă doare"), the eye ("ochi"), sores ("răni")
    {"dor", "dores", "doi", "doare", "ochi", "ochiul", "ochii", "rani"}
    # "herpes" is the same word in Italian and Portuguese: a cold sore after a treatment is
    # same-day (B17), and the message cannot be read to tell before from after. Itching as whole
    # Italian words ("prudente" is prudent); help, the throat
    | {"herpes", "gola", "aiuto", "socorro", "prude", "prudono", "prudeva", "prurito"}
    # Dutch pain, throat, spitting up, drowsy; jerking (a fit), not "geschokt" (shocked by a price)
    | {"pijn", "aua", "keel", "spugen", "gespuugd", "kotsen", "kots", "suf", "sufferig",
       "schokte", "schokten", "schokkend", "schokkende"}
    # Turkish urgent, blood ("kan"), pain; Russian pain transliterated ("bol")
    | {"acil", "kan", "agri", "agrim", "agrisi", "aci", "bol"}
    # Swedish pain ("ont", "jätteont"; "ont om", short of, is set aside first), dizzy, spitting
    # up, pus, a lump, the sight, breastfeeding
    | {"ont", "jatteont", "yr", "spydde", "spyr", "varig", "varigt", "variga", "knol", "knolar", "knolen", "synen",
       "ammar", "ammade", "ammer", "pus"}
    # Danish and Norwegian pain, breathing, bleeding, itching, the sight
    | {"ondt", "vondt", "puste", "pusten", "blør", "klør", "synet"}
    # Finnish, Czech, Hungarian pain, blood, fever
    | {"sattuu", "sarkee", "verta", "vuotaa", "boli", "krev", "krve", "laz", "lazas", "lazam", "faj", "fajt", "fajnak"}
    # Croatian pain (a stem would take "bolje", better), blood, the sight blurred
    | {"bol", "boli", "bolovi", "bolove", "bolno", "bolna", "bolan", "krv", "krvi", "mutno", "mutan"}
    # Greek pus and breath ("ανάσα"; not "ανασκόπηση", a review)
    | {"πυον", "ανασα", "ανασες", "ανασουλα"}
    # a cold sore in Turkish ("uçuk", A12): whole words, since "uçuk renk" is a pale colour
    | {"ucuk", "ucugum", "ucugu", "ucuklar", "ucugun", "ucukum"}
    # Portuguese pain ("os caroços doem"), Danish and Norwegian sore ("ømme knuder"), a Czech cold
    # sore ("opar")
    | {"doem", "doendo", "doia", "øm", "ømme", "ømt", "opar", "opary", "oparu"}
)

# --- emergency families -----------------------------------------------------------------------
# Of the health words, the beginnings of those that belong to an emergency family. A message that
# cannot be read and has one of them is answered at the emergency level: between two levels, the
# higher (matrix rule 2), and no reading of the rest of the message could lower it. Fainting is
# not among them: a faint that has passed is same-day (matrix B9), and the languages the lexicon
# reads share its words ("desmayo"). An emergency word counts only in a message that has a health
# word (a few here, "soffoc", "convuls", are not health stems themselves).
BREATHING_EMERGENCY_STEMS = (
    "respir", "soffoc", "sufoc", "stikk", "nefes", "adem", "kortadem", "дыш", "αναπν", "تنفس", "πνιγ",
    "andas", "andning", "andnod", "andfadd", "kvav", "vejrtr", "andenød", "andedræt", "pustebes", "tungpust", "kvæl",
    "kvele", "hengit", "hengenahd", "dych", "dusn", "dusim", "legz", "lelegz", "fullad", "gusim", "disat", "disanj",
)
ALLERGY_AMBULANCE_BLEEDING_STEMS = ("anafil", "anaphyl", "ambulan", "скор", "hemorr", "emorrag")
# Sight going, blurred or double (a blocked vessel, B12).
SIGHT_EMERGENCY_STEMS = (
    "annebbi", "offusc", "cieg", "cego", "embac", "wazig", "suddig", "dubbelse", "synbortfall", "rozmazan",
    "homalyos", "bulanik",
)
# A fit, unconsciousness, a stroke, slurred speech.
FIT_STROKE_EMERGENCY_STEMS = (
    "convuls", "stuip", "medvetsl", "baygin", "stroke", "rangatoz", "gorcsroham", "eszmeletlen", "snøvl",
    "napadaj",
)
EMERGENCY_STEMS: Tuple[str, ...] = (
    SELF_HARM_STEMS + BREATHING_EMERGENCY_STEMS + ALLERGY_AMBULANCE_BLEEDING_STEMS + SIGHT_EMERGENCY_STEMS
    + FIT_STROKE_EMERGENCY_STEMS
)
EMERGENCY_WHOLE_WORDS: FrozenSet[str] = frozenset(
    # the throat (Italian, Portuguese, Dutch), breath (Danish, Norwegian, Greek), Dutch jerking
    {"gola", "garganta", "keel", "puste", "pusten", "ανασα", "ανασες", "ανασουλα",
     "schokte", "schokten", "schokkend", "schokkende"}
)

# --- everyday look-alikes ---------------------------------------------------------------------
# Words that are health words in one language and everyday words in another the net reads ("kan",
# Turkish blood, is "can" in Dutch and the Scandinavian languages; "bol", Russian transliterated
# pain, is a ball or a bowl). Romanian "dor" is longing ("mi-e dor de voi"), "doi" is two;
# Romanian "pus" is put ("am pus cremă"; Romanian pus is "puroi").
EVERYDAY_BY_LANGUAGE: Dict[str, FrozenSet[str]] = {
    "nl": frozenset({"kan", "bol"}),
    "pt": frozenset({"bol"}),
    "it": frozenset({"bol"}),
    "ro": frozenset({"dor", "dores", "doi", "bol", "kan", "acil", "pus"}),
    "sv": frozenset({"kan", "bol"}),
    "da": frozenset({"kan", "bol"}),
    "nb": frozenset({"kan", "bol"}),
}
# Everyday words that begin like a health stem: Dutch "zichtbaar" (visible), Italian "occhiaie"
# (dark circles, a treatment area), "occhiali" (glasses), "occhiata" (a glance), Portuguese
# "ademais" (moreover), Italian "adempiere" (fulfil), Dutch "zwelgen" (to revel), Romanian
# "atestat" (a certificate; "ates" is Turkish fever), Swedish "blodgivare", "bloddonation" (a
# donation), "medicinsk" (medical), Danish "smertefri" (painless, what a patient asks for).
EVERYDAY_PREFIXES = (
    "zichtba", "occhiai", "occhial", "occhiat", "ademai", "adempi", "zwelg", "atest",
    "blodgiv", "bloddon", "smertefri", "smartfri", "medicinsk",
)

# Words the lexicon would read (by a one-letter typo correction or a shared spelling) as a warning
# sign, but that are everyday words in a language it does not read: Italian "livido", "lividi" (a
# bruise, the expected after-effect, matrix B2) look like Spanish "lívida" (skin gone bluish, a
# blocked vessel); Romanian "mare", "mari" (big) look like the Spanish stem of dizziness ("mareo"),
# and Romanian "pus" (put) is English pus.
# A lexicon finding on them alone is dropped in that language; the net reads a bruise that grows
# or hardens, and skin that turns or is "livid" and cold, by its phrases.
FALSE_FRIENDS: Dict[str, FrozenSet[str]] = {
    "it": frozenset({"livido", "lividi"}),
    "ro": frozenset({"mare", "mari", "pus"}),
}

_FOLDED_HEALTH_STEMS = tuple(fold(stem) for stem in HEALTH_STEMS)
_FOLDED_EMERGENCY_STEMS = tuple(fold(stem) for stem in EMERGENCY_STEMS)
_FOLDED_SELF_HARM_STEMS = tuple(fold(stem) for stem in SELF_HARM_STEMS)


def is_health_word(folded: str, language: str | None = None) -> bool:
    """Whether a folded word is a health word in a message of ``language`` (a language code)."""
    if folded.startswith(EVERYDAY_PREFIXES) or folded in EVERYDAY_BY_LANGUAGE.get(language or "", ()):
        return False
    return folded in HEALTH_WHOLE_WORDS or folded.startswith(_FOLDED_HEALTH_STEMS)


def is_emergency_word(word: str) -> bool:
    """Whether a word (a health word found by the net, or any word) belongs to an emergency
    family."""
    folded = fold(word)
    if folded.startswith(EVERYDAY_PREFIXES):
        return False
    return folded in EMERGENCY_WHOLE_WORDS or folded.startswith(_FOLDED_EMERGENCY_STEMS)


def is_self_harm_word(word: str) -> bool:
    """Whether a word begins like a self-harm word ("suicidio", "zelfmoord", "intihar")."""
    return fold(word).startswith(_FOLDED_SELF_HARM_STEMS)
