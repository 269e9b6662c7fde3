"""Health words in a message written in a language the screen cannot read.

The lexicon reads English, Spanish, French, German and Polish. A message in
any other language cannot be triaged, and an FAQ answer or a polite "English
only" would leave a patient who may be describing an emergency with nothing.
So a message in another language that contains a health word (pain,
breathing, swelling, blood, fever, allergy, injection, emergency... in the
commonest languages of clinics' patients, plus medical words that look alike
in most European languages) is escalated: the reply gives the emergency
number first and a person follows up (matrix rule 2: unsure between two
levels, the higher).

Words are checked against everyday words of the commonest unread languages (Dutch "kan" is
"can", Italian "occhiaie" are dark circles, "mi ammazza" is an idiom), and in those languages
the lexicon's own findings on a false friend (Italian "livido", a bruise, is not Spanish
"lívida") or on an illness said to have passed are set aside by the screen
(``is_false_friend``, ``illness_resolved``). Between two levels the net keeps the higher: a
reassurance ("breathing is fine") does not lower a word of an emergency family.

For mostly non-Latin scripts the words below cover Russian, Greek and
Arabic only; any other message in another language still gets the
"English only" answer with the clinic's number and the emergency number
(domain/fallback.yml), never an FAQ answer.
"""

from __future__ import annotations

import re
import unicodedata
from typing import FrozenSet, List

from assistant.input_checks import likely_language
from assistant.safety.unread_emergency_words import table_emergency, without_denials

# Languages the safety lexicon reads (lexicon.yml): these never take this route.
READ_LANGUAGES: FrozenSet[str] = frozenset({"es", "fr", "de", "pl"})

# Word beginnings, compared with accent-free lower-case words. Kept short and
# medical so everyday words do not match ("dor" is Portuguese pain, but also
# begins "dormir": so whole words where a stem would be ambiguous).
_STEMS = (
    # look-alike medical words in most European languages
    "allerg", "alerg", "anafil", "anaphyl", "ambulan", "emergen", "urgen", "infec", "infez", "sepsi",
    "injec", "iniez", "inyec", "inject", "enjeks", "hemorr", "emorrag", "sangra",
    "febb", "febr", "koorts", "ates", "respir", "adem", "nefes", "gonfi", "incha", "opgezw", "umfla",
    "sisli", "sislik", "dolor", "durere", "dureri", "pijn", "svien", "desma", "flauw", "lesin", "bayil",
    "gravid", "incint", "zwanger", "insarcin", "hamile", "sangue", "bloed", "sange", "kanam",
    "soccor", "socorr", "yardim", "ziekenhuis", "ospedal", "hospit",
    "vomit", "braak", "kusm", "kusuyor", "prurit", "jeuk", "kasint", "eruz", "erup", "visione", "visao", "zicht",
    # the eyes and sight going, injections in everyday words
    "occhi", "olho", "annebbi", "offusc", "embac", "cieg", "cego", "puntur",
    # swallowing (Italian, Portuguese): food sticking after a chin treatment is same-day
    "deglut", "engol",
    # itching (Italian "mi prude", Portuguese "coceira"): hives after a session may be the start of
    # a severe allergy
    "prudor", "cocei", "cocan",
    # autoimmune disease and its medicines (A16, A17): "artrite reumatoide", "metotrexato"
    "artrit", "reumat", "metotress", "metotrex", "chemioter", "quimiot",
    # inflamed spots and boils at a site to be treated (postpone, A14); not "acne" or "pimples"
    # alone, which FAQ questions name ("does meso help with acne?")
    "inflam", "infiamm", "foruncol", "furunc",
    # self-harm: a crisis written in another language must reach a person too
    "suicid", "zelfmoord", "zelfdoding", "intihar", "matar-me",
    # --- after batch 17: Dutch, Italian and Portuguese words of the symptom concepts ---
    # throat and swallowing, dizziness, swelling (Dutch)
    "slikk", "duizel", "zwel", "gezwol",
    # vomiting and nausea; confusion or a dazed head (a sign after fat-dissolving, B30)
    "overgeven", "overgegeven", "misselijk", "nause", "enjo", "verward", "versuft", "stordit", "intontit",
    "atordoad", "zonz", "tontur", "vertigin", "capogir",
    # blisters, hives, a rash (B7, B16, B21): "blaar", "vescica"/"vesciche", "bolha"
    "blaar", "blaren", "vescic", "bolha", "urticar", "orticar", "netelroos", "galbult", "uitslag",
    # a skin condition flaring, scars that thicken (postpone or review, A14, A20)
    "eczem", "eczeem", "psoria", "keloid", "cheloid", "queloid",
    # steroid tablets (A17, after batch 18): "prednisone", "cortisone", "corticosteroidi"
    "predni", "cortison", "corticost", "dexamet", "desamet",
    # sight gone blurred or hazy (Dutch, Portuguese)
    "wazig", "turv",
    # --- after batch 19 (b19emerg): Romanian, and Dutch and Portuguese emergency words ---
    # Romanian: swallowing, blisters, peeling, pus, dizziness, vomiting, twitching, self-harm
    # ("sinucidere"), a hospital, urine, chills; not "vedere" ("punct de vedere", a point of view),
    # "varsat" (spilt) or "coji" (peel: "coji de portocala"), which the phrases read in context.
    # Dutch and Italian fits ("epilepsie", "stuiptrekkingen", "epilettico").
    "inghit", "basici", "basica", "basicut", "cojes", "descuam", "puroi", "ametel", "ametit", "varsaturi",
    "zvacn", "sinucid", "spital", "urina", "urinez", "frison",
    "epilep", "epilett", "stuip",
    # Cyrillic, Greek, Arabic (a few of the commonest health words)
    "самоуб", "αυτοκτον", "انتحار",
    "бол", "дыш", "отек", "отёк", "кров", "скор", "аллерг", "температ", "уко", "инъек",
    "πόν", "πον", "αναπν", "πρήξ", "αίμα", "αιμα", "αλλεργ",
    "ألم", "الم", "تنفس", "حساسية", "دم", "تورم", "حقن",
)
# "herpes" is the same word in Italian and Portuguese: a cold sore after a treatment is same-day
# (B17), and the message cannot be read to tell before from after.
# "kan" (Turkish blood) is also Dutch "can": Turkish words only where the language is not Dutch
# (_TURKISH_ONLY). Itching as whole Italian words ("prudente" is prudent).
_WHOLE_WORDS = frozenset(
    {"dor", "dores", "doi", "pijn", "aua", "acil", "kan", "bol", "herpes", "gola", "keel", "aiuto", "socorro",
     "agri", "agrim", "agrisi", "prude", "prudono", "prudeva", "prurito", "spugen", "gespuugd", "kotsen", "kots",
     "suf", "sufferig",
     # Romanian (after batch 19): "mă doare" (it hurts), "ochi"/"ochiul" (the eye), "răni" (sores)
     "doare", "ochi", "ochiul", "ochii", "rani",
     # Dutch jerking (a fit): not "geschokt" (shocked by a price)
     "schokte", "schokten", "schokkend", "schokkende"}
)
# Words that are health words in one language and everyday words in a language the net reads
# ("kan", Turkish blood, Dutch "can"; "bol", Russian transliterated pain, Dutch "ball" or "round").
_EVERYDAY_BY_LANGUAGE = {
    "nl": frozenset({"kan", "bol"}),
    "pt": frozenset({"bol"}),
    "it": frozenset({"bol"}),
    # Romanian (after batch 19): "dor" is longing ("mi-e dor de voi"), "doi" is two, "bol" a bowl,
    # "rana"/"rani" are read only as sores (Romanian has no other "rani")
    "ro": frozenset({"dor", "dores", "doi", "bol", "kan", "acil"}),
    # Swedish, Danish, Norwegian (after batch 20): "kan" is "can"; "bol" a bowl or company
    "sv": frozenset({"kan", "bol"}),
    "da": frozenset({"kan", "bol"}),
    "nb": frozenset({"kan", "bol"}),
}
# Everyday words of Dutch, Italian and Portuguese that begin like a health stem: "zichtbaar"
# (visible), "occhiaie" (dark circles, a treatment area), "occhiali" (glasses), "occhiata" (a
# glance), "ademais" (moreover), "adempiere" (fulfil), "zwelgen" (to revel), "eczem" alone is
# never everyday; "bolhas" only as a blister.
_EVERYDAY_PREFIXES = (
    "zichtba", "occhiai", "occhial", "occhiat", "ademai", "adempi", "zwelg",
    # Romanian (after batch 19): "atestat" (a certificate; "ates" is Turkish fever)
    "atest",
)
# Of those, the beginnings of words that belong to an emergency family (breathing, choking, an
# airway or throat closing, a fit, a severe allergy, haemorrhage, sight going, an ambulance,
# suicide). A message that cannot be read and has one of them is answered at the emergency
# level: between two levels, the higher (matrix rule 2), and no reading of the rest of the
# message could lower it. Fainting is not among them: a faint that has passed is same-day
# (matrix B9), and the languages the lexicon reads share its words ("desmayo").
_EMERGENCY_STEMS = (
    "respir", "soffoc", "sufoc", "stikk", "nefes", "adem", "convuls", "anafil", "anaphyl", "ambulan",
    "hemorr", "emorrag", "annebbi", "offusc", "cieg", "cego", "suicid", "zelfmoord", "zelfdoding",
    "intihar", "matar-me", "kortadem", "embac", "wazig",
    # after batch 19: a fit (Dutch "stuiptrekkingen"), suicide (Romanian "sinucidere")
    "stuip", "sinucid",
    "самоуб", "αυτοκτον", "انتحار", "дыш", "скор", "αναπν", "تنفس",
)
_EMERGENCY_WHOLE_WORDS = frozenset({"gola", "garganta", "keel", "schokte", "schokten", "schokkend", "schokkende"})

# --- after batch 20 (b20sv): Swedish, and more briefly Danish, Norwegian, Finnish, Czech,
# Hungarian, Turkish and Greek. Whole stems only where no everyday word of those languages
# begins the same way: not Swedish "tunga" (also "heavy"), "var" (pus, but also "was",
# "where"), "smart" (clever), "hals" (the neck, a treatment area), "blåsa" (to blow), Danish
# "blød" (soft), Finnish "kurkku" (also a cucumber), "kieli" (also a language), "raskaan" (also
# "heavy"), Hungarian "fajta" (a kind), "hány" (how many), Turkish "dil" (also a language).
_STEMS_B20 = (
    # Swedish: breathing, choking, swelling, pain, fever, blood and bleeding, vomiting, nausea,
    # a racing heart, confusion, dizziness, fainting, a rash, itching, blisters, pus, sight,
    # breastfeeding, medicines, clots, cold sores, self-harm, injections ("sprutor")
    "andas", "andning", "andnod", "andfadd", "kvav", "svull", "svaller", "svallde", "smarta", "smartor", "smartsam",
    "vark", "feber", "blod", "krakn", "kraks", "krakt", "kraker", "krakas", "svalj", "svalg", "illamaend",
    "hjartklapp", "forvirr",
    "omtockn", "yrsel", "svimm", "svimn", "medvetsl", "utslag", "nassel", "klada", "kliar", "kliade", "kliande",
    "blasor", "vattenblas", "varbild", "suddig", "dubbelse", "synfalt", "synbortfall", "amning", "ammande",
    "medicin", "lakemedel", "antibiot", "kortison", "trombo", "embol", "munsar", "sjalvmord", "sprut", "injekt",
    "injekc", "infekt", "stroke",
    # Italian bleeding and fainting ("sanguina", "svenuta": "sangue" and "svien" did not cover them)
    "sanguin", "svenut", "svenim",
    # Danish and Norwegian
    "vejrtr", "andenød", "andedræt", "pustebes", "tungpust", "kvæl", "kvele", "hævelse", "hevelse", "hovne",
    "opsvulm", "svulm", "smert", "bløder", "blødn", "blødd", "opkast", "oppkast", "kvalm", "besvim", "udslæt",
    "utslett", "kløe", "vabel", "vabl", "blemm", "sløret", "selvmord", "sprøjt", "sprøyt",
    # Finnish
    "hengit", "hengenahd", "turpo", "kipu", "kipe", "kivu", "kuume", "verenvuo", "oksent", "pahoinvoin", "huimaa",
    "huimau", "pyorty", "ihottum", "kutin", "rakkul", "sumea", "raskau", "imety", "imetan", "itsemurh", "tulehd",
    "pisto",
    # Czech
    "dych", "dusn", "dusim", "otok", "otekl", "bolest", "horeck", "krvac", "zvrac", "nevoln", "zavrat", "omdl",
    "vyrazk", "svedi", "sveden", "puchyr", "hnis", "rozmazan", "tehotn", "kojen", "kojim", "sebevrazd", "zanet",
    # Hungarian
    "legz", "lelegz", "fullad", "duzzad", "dagad", "fajdalm", "fajdalom", "verzik", "verzes", "verez", "hanyas",
    "hanyinger", "hanytam", "szedul", "elajul", "kiutes", "viszket", "holyag", "genny", "homalyos", "terhes",
    "szoptat", "ongyilkos", "gyullad", "gyogyszer",
    # Turkish (read with a dotless i folded to i): nausea, itching, a rash, blisters, pus, blurred
    # sight, breastfeeding, swelling, pain, shivering, unconscious, medicines
    "bulant", "dokuntu", "kabarcik", "iltihap", "bulanik", "emzir", "sisti", "sismis", "sisme", "sisik", "agriy",
    "titre", "baygin", "ilac",
    # Greek: fever, haemorrhage, vomiting, dizziness, fainting, a rash, itching, blisters, sight,
    # pregnancy, breastfeeding, medicines, swollen
    "πυρετ", "αιμορρ", "εμετ", "ζαλ", "λιποθυμ", "εξανθ", "φαγουρ", "φουσκαλ", "θολ", "ορασ", "εγκυ", "θηλαζ",
    "φαρμακ", "πρησμ", "πρηστ",
)
_WHOLE_WORDS_B20 = frozenset(
    # Swedish pain ("ont", "jätteont"; "ont om", short of, is set aside first), dizzy, spitting
    # up, pus, a lump, the sight, breastfeeding; Danish/Norwegian pain, breathing, bleeding,
    # itching, the sight, pus; Finnish, Czech, Hungarian, Turkish pain, blood, fever
    {"ont", "jatteont", "yr", "spydde", "spyr", "varig", "varigt", "variga", "knol", "knolar", "knolen", "synen",
     "ammar", "ammade", "ammer", "pus", "ondt", "vondt", "puste", "pusten", "blør", "klør", "synet",
     "sattuu", "sarkee", "verta", "vuotaa", "boli", "krev", "krve", "laz", "lazas", "lazam", "faj", "fajt", "fajnak",
     "aci", "πυον"}
)
_EMERGENCY_STEMS_B20 = (
    "andas", "andning", "andnod", "andfadd", "kvav", "medvetsl", "sjalvmord", "suddig", "dubbelse", "synbortfall",
    "stroke", "vejrtr", "andenød", "andedræt", "pustebes", "tungpust", "kvæl", "kvele", "selvmord", "hengit",
    "hengenahd", "itsemurh", "dych", "dusn", "dusim", "sebevrazd", "rozmazan", "legz", "lelegz", "fullad",
    "ongyilkos", "homalyos", "bulanik", "baygin",
)
_EMERGENCY_WHOLE_WORDS_B20 = frozenset({"puste", "pusten"})
# Everyday words that begin like one of those stems: Swedish "andas" is only breathing, but
# "medicinsk" is medical and "bloddonation" a donation; "sprutan" (the syringe) stays an injection
# word. Danish "smertefri" (painless) is what a patient asks for.
_EVERYDAY_PREFIXES_B20 = ("blodgiv", "bloddon", "smertefri", "smartfri", "medicinsk")

# Emergency pictures (after batch 20): the same pictures the Italian and Portuguese phrases read,
# in Swedish, Danish, Norwegian and Dutch, and the combinations that make a picture an emergency
# in any of the net's languages: skin gone white, grey, blue or purple with cold or pain; a
# crooked mouth with speech trouble or come on suddenly; the tongue or throat swollen or tight;
# bleeding heavily or not stopping; fainting with bleeding.
_SV_COLOURS = r"(?:vit|vitt|vita|blek|bleka|blekt|gra|gratt|graa|bla|blatt|blaa|lila|blalila|marmorerad\w*|blaaktig\w*)"
_NL_COLOURS = r"(?:wit|witte|grijs|grijze|blauw\w*|paars\w*|grauw\w*|gemarmerd\w*|lijkbleek)"
_EMERGENCY_B20 = (
    # Swedish: breathing, the tongue or throat swelling or closing, speech going
    r"svart att (?:andas|prata|tala|fa luft)|kan (?:inte|knappt) (?:andas|prata|tala|svalja)|far (?:nastan |knappt )?"
    r"(?:ingen|inte) luft|(?:inte|knappt) far (?:nagon |tillrackligt med )?luft"
    r"|tungan? (?:\w+ ){0,2}?(?:kanns |ar |blir |har blivit )?(?:\w+ )?(?:jattestor|stor|storre|tjock|tjockare"
    r"|svull\w*|svaller)"
    r"|(?:halsen|svalget|strupen) (?:\w+ ){0,3}?(?:snor ihop|drar ihop|stangs|trang|tjock\w*|svull\w*|svaller"
    r"|sluter sig)"
    r"|(?:trang|tjock|svullen) i (?:halsen|svalget)"
    r"|sluddr\w*|pratar (?:\w+ )?(?:konstigt|sluddrigt|otydligt|osammanhangande)"
    # Swedish: skin gone white, grey or blue (a blocked vessel); heavy bleeding; unconscious
    r"|(?:blivit|blev|har blivit|har blitt) (?:\w+ )?" + _SV_COLOURS
    + r"\W+(?:\w+\W+){0,6}?(?:kall\w*|ont|jatteont|smart\w*"
    r"|vark\w*)"
    r"|(?:blivit|blev|har blivit) (?:alldeles |helt )?" + _SV_COLOURS + r"\b"
    r"|" + _SV_COLOURS + r" och (?:\w+ )?(?:kall|kallt|kalla|iskall\w*)"
    # numbing cream followed by a racing heart, confusion, dizziness or shaking (B10)
    r"|(?:bedovning\w*|bedøv\w*)(?:\W+\w+){0,30}?\W+(?:hjartklapp\w*|hjertebank\w*|forvirr\w*|yr|yrsel|skak\w*"
    r"|kramp\w*|darr\w*|metallsmak|svimmel)"
    r"|(?:hjartklapp\w*|forvirr\w*|yrsel|kramp\w*)(?:\W+\w+){0,30}?\W+(?:bedovning\w*|bedøv\w*)"
    r"|(?:blod|bloder|blodning\w*) (?:\w+ ){0,4}?(?:mycket|kraftigt|massor|hela tiden|slutar inte|stannar inte|gar inte"
    r" att stoppa)|slutar inte (?:att )?blod\w*"
    # Swedish self-harm: not coping any more, not wanting to wake or live, ending it
    r"|orkar inte (?:mer|langre|leva|med livet)|klarar inte (?:av )?(?:mer|livet|att leva)"
    r"|(?:vill|ville) inte (?:\w+ )?(?:vakna|leva|finnas)|vill (?:bara )?do\b|aldrig vakna (?:igen|mer|upp)"
    r"|ta (?:livet av mig|mitt (?:eget )?liv)|gora slut pa (?:allt|mitt liv|mig sjalv|mig)|avsluta (?:allt|mitt liv)"
    r"|ingen (?:skulle|kommer att|kommer) sakna mig|(?:alla|ni|de) (?:vore|skulle ha det) battre utan mig"
    r"|skada mig sjalv|(?:ingen|ingenting har) mening (?:med|att) (?:att )?leva|vill (?:bara )?forsvinna"
    # Danish and Norwegian: breathing, self-harm
    r"|(?:kan ikke|svært ved at|vanskelig a|klarer ikke a) (?:trække vejret|puste|få luft)|får ikke luft"
    r"|vil ikke (?:leve|vågne|vakne|være her)|vil (?:bare )?dø\b|tage mit (?:eget )?liv|ta livet (?:mitt|av meg)"
    r"|orker ikke (?:mer|mere|leve)|ingen (?:ville|vil) savne (?:mig|meg)"
    # Finnish, Czech, Hungarian, Turkish, Greek: self-harm
    r"|en halua (?:enaa )?(?:elaa|herata)|haluan kuolla|(?:tapan|tappaa|tappaisin) itseni|en jaksa (?:enaa )?elaa"
    r"|nechci (?:uz )?(?:zit|se probudit)|chci (?:umrit|zemrit)|(?:zabiju|zabit|zabiji) se"
    r"|nem akarok (?:tovabb |mar )?(?:elni|felebredni)|meg akarok halni|megolom magam"
    r"|olmek istiyorum|yasamak istemiyorum|kendimi oldur\w*|uyanmak istemiyorum"
    r"|θελω να πεθανω|δεν θελω (?:πια )?να ζω"
    # Dutch: a patch gone white, grey or purple (a blocked vessel), bleeding that will not stop
    r"|(?:wit|grijs|blauw\w*|paars\w*|grauw|gemarmerd|lijkbleek) (?:geworden|gekleurd|verkleurd|uitgeslagen"
    r"|weggetrokken)"
    r"|" + _NL_COLOURS + r"\W+(?:\w+\W+){0,4}?(?:koud|kil|ijskoud)"
    r"|" + _NL_COLOURS + r"\W+(?:\w+\W+){0,10}?(?:vreselijk|ontzettend|enorm|verschrikkelijk|heel erg|zoveel|zo veel"
    r"|extreem|ondraaglijk\w*) (?:veel )?pijn"
    r"|(?:bloedt|bloeden|bloeding) (?:\w+ ){0,3}?(?:heel erg|hevig|flink|ontzettend|enorm|blijft|stopt niet"
    r"|houdt niet op"
    r"|niet te stoppen)|blijft (?:maar )?bloeden|(?:stopt|houdt) niet (?:meer )?(?:op )?met bloeden"
    # Italian: bleeding a great deal ("sanguina tantissimo"), speech trouble said with a
    # difficulty word (Italian, Portuguese)
    r"|sanguin\w* (?:tantissimo|moltissimo|tanto|troppo|a fiotti|parecchio|senza sosta)"
    r"|(?:sanguin\w*|sangue)\W+(?:\w+\W+){0,10}?(?:non si ferma|non smette)"
    r"|(?:difficolta|fatica) (?:a|nel) parlare(?! (?:inglese|l\W?inglese|al telefono))"
    r"|(?:dificuldade|dificuldades) (?:para|de|em|a) falar(?! (?:ingles|ao telefone))"
)
# Combinations read on the folded text: a crooked mouth or smile (any of the net's languages)
# with speech trouble or said to be sudden is a stroke picture; fainting with bleeding.
_CROOKED_FACE = re.compile(
    r"\b(?:(?:sorriso|bocca|viso|faccia|boca|rosto|cara|mond|mondhoek|glimlach|gezicht|munnen|mungipan|mungipa|leendet"
    r"|ansiktet|gura|zambetul)\W+(?:\w+\W+){0,3}?(?:storto|storta|torto|torta|caido|caida|cadente|scheef|hangt|zakt"
    r"|sned|snett|hanger|slokar|stramb\w*|cazut\w*)|scheve (?:mond|lach)|sned mun)\b"
)
_SPEECH_OR_SUDDEN = re.compile(
    r"\b(?:parla\w*|parlare|falar|fala|falando|praten|praat|spreken|prata|pratar|tala|vorbi\w*|de repente"
    r"|all\W?improvviso|di colpo|improvvisamente|plotseling|ineens|opeens|plotsligt|helt plotsligt|brusco|de subito"
    r"|subitamente|dintr-o data|brusc)\b"
)
_FAINTED = re.compile(
    r"\b(?:svenut\w*|svenire|desmaiei|desmaiou|desmaio|flauwgevallen|viel flauw|svimmade|svimmat|besvimede|besvimte"
    r"|bayildim|bayildi|lesinat)\b"
)
_HEAVY_BLOOD = re.compile(r"\b(?:sangu\w*|sangra\w*|bloed\w*|blod\w*|blød\w*|krvac\w*|kanam\w*)\b")
_SV_HEALTH_B20 = (
    # Swedish same-day and review pictures: redness growing or warmer (an infection), pain
    # growing, a lump in the throat on swallowing, a crooked mouth, expecting a baby, hating
    # one's looks, someone under 18
    r"(?:rod|rott|roda|rodnad\w*)\W+(?:\w+\W+){0,4}?(?:storre|varmare|sprider|vaxer)"
    r"|(?:storre|varmare) och (?:varmare|storre|rodare|ommare)"
    r"|(?:gor|gjorde) (?:\w+ )?(?:mer|varre|allt mer) ont|mer och mer ont|allt varre"
    r"|klump i halsen|(?:munnen|mungipan|leendet|ansiktet)\W+(?:\w+\W+){0,3}?(?:hanger|sned|snett|slokar)|sned mun"
    r"|vantar (?:barn|bebis)|(?:hatar|avskyr) (?:hur jag ser ut|mitt utseende|mitt ansikte|min kropp|mig sjalv)"
    r"|(?:jag ar|ar bara|fyller|(?:dotter|son|dottern|sonen|barnet) ar) (?:1[0-7]|tretton|fjorton|femton|sexton"
    r"|sjutton)(?: ar\b|(?=\s*(?:[,.!?]|och\b|$)))"
    # Dutch: a yellow point or head (pus), bigger and warmer; the writer under 18 ("ik ben 17")
    r"|(?:geel|gele) (?:puntje|punt|kopje|kop|pus)|etter\w*"
    r"|(?:groter|dikker)\W+(?:\w+\W+){0,3}?(?:en )?(?:warmer|roder|rooier|pijnlijker)"
    r"|ik ben (?:pas |net |bijna )?(?:1[0-7]|dertien|veertien|vijftien|zestien|zeventien)(?: jaar\b(?! geleden)"
    r"|(?=\s*(?:[,.!?]|en\b|$)))"
)

_STEMS = _STEMS + _STEMS_B20
_WHOLE_WORDS = _WHOLE_WORDS | _WHOLE_WORDS_B20
_EMERGENCY_STEMS = _EMERGENCY_STEMS + _EMERGENCY_STEMS_B20
_EMERGENCY_WHOLE_WORDS = _EMERGENCY_WHOLE_WORDS | _EMERGENCY_WHOLE_WORDS_B20
_EVERYDAY_PREFIXES = _EVERYDAY_PREFIXES + _EVERYDAY_PREFIXES_B20
# Everyday phrases set aside before words are read: Swedish "ont om" (short of: "ont om tid").
_EVERYDAY_PHRASES = re.compile(r"\bont om\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Phrases, matched on accent-free lower-case text, for what single words cannot say: a crisis
# said without a health word ("farla finita", "não aguento mais"), bleeding that will not stop,
# and review conditions said in everyday words (trying for a baby, a crooked smile). Italian and
# Portuguese, the commonest unread languages of the clinics' patients.
# Sores in the mouth, and skin that peels or blisters or eyes gone red, in Portuguese, Italian
# and Dutch (after batch 18): together they are a severe skin reaction (B21).
_MOUTH_SORES = (
    r"(?:(?:feridas?|aftas?|ulceras?|chagas?|bolhas?) (?:\w+ ){0,2}(?:na|da|dentro da|nos|dos)"
    r" (?:boca|labios|gengivas)"
    r"|boca (?:\w+ ){0,2}(?:ferida\w*|cheia de (?:aftas|feridas|bolhas)|ulcerad\w*|em carne viva)"
    r"|(?:ferite|piaghe|piaga|afte|ulcere|ulcera|vesciche|bolle) (?:\w+ ){0,2}(?:in|nella|della|dentro la|sulle|nelle)"
    r" (?:bocca|labbra|gengive)"
    r"|bocca (?:\w+ ){0,2}(?:piena di (?:afte|piaghe|ferite|vesciche)|ulcerat\w*|in carne viva)"
    r"|(?:zweren|zweertjes|wondjes|wonden|blaren|blaartjes|aften) (?:\w+ ){0,2}(?:in|op|aan)"
    r" (?:mijn |de |m(?:')?n )?(?:mond|lippen|tandvlees))"
)
_SKIN_OR_EYES = (
    r"(?:descasc\w*|descam\w*|spellat\w*|si spella\w*|squam\w*|sfald\w*|desquam\w*|vervel\w*|schilfer\w*"
    r"|(?:pele|pelle|huid) (?:\w+ ){0,3}(?:solta\w*|a soltar|sai|saindo|a sair|si stacca\w*|staccando|laat los"
    r"|komt los|bladdert)"
    r"|olhos (?:\w+ ){0,2}(?:vermelh\w*|ardendo|a arder|irritad\w*|inchad\w*)"
    r"|occhi (?:\w+ ){0,2}(?:ross\w*|arrossat\w*|bruciano|irritat\w*|gonfi\w*)"
    r"|ogen (?:\w+ ){0,2}(?:rood|branden|geirriteerd|opgezwollen)|rode ogen"
    r"|bolhas|vesciche|bolle|blaren)"
)
_EMERGENCY_PHRASES = re.compile(
    r"\b(?:"
    # self-harm: ending it, wanting to die, not waking up, no sense in going on
    r"farla finita|(?:voglio|vorrei) morire|non (?:voglio|vorrei) piu vivere|non ce la faccio piu"
    r"|(?:non )?svegliarmi piu|meglio (?:morto|morta)"
    r"|(?:nessun|non ha piu|non ha) senso (?:vivere|andare avanti|continuare)"
    r"|(?:quero|queria) morrer|nao quero (?:mais )?viver|acabar com (?:tudo|a minha vida)"
    # "me matar", but not someone else's threat, an idiom ("a minha mae vai me matar")
    r"|(?<!vai )(?<!vao )(?<!ia )(?<!iria )me matar|nao aguento mais"
    r"|nao acordar mais|(?:sem|nao tem) sentido (?:viver|continuar)"
    r"|(?:regalato|regalando|dato via|trovato casa a|trovato una casa per) (?:il mio|la mia|i miei|le mie)"
    r" (?:gatt\w*|can\w*|cose)"
    r"|(?:dei|dando|doei|doando|dar) (?:o meu|a minha|os meus|as minhas) (?:gat\w*|cachorr\w*|cao|caes|coisas)"
    # swallowing or speaking gone, an arm gone weak (a stroke or a closing throat)
    r"|non riesc[oe] (?:piu )?a (?:deglutire|ingoiare|inghiottire|parlare (?:bene|chiaramente|normalmente))"
    r"|nao (?:consigo|consegue) (?:mais )?(?:engolir|falar (?:direito|bem|normalmente))"
    # only just managing to speak, swallow or breathe ("mal consigo falar", "riesco a malapena")
    r"|mal (?:consigo|consegue|da para) (?:falar|engolir|respirar)"
    r"|riesc[oe] (?:a )?malapena ad? (?:parlare|deglutire|ingoiare|inghiottire|respirare)"
    # flashes of light in the sight; skin coming away; yellow eyes or skin; hardly any urine
    r"|vedo (?:dei |delle |)(?:lampi|flash|lampeggi\w*|luci strane)"
    r"|vejo (?:uns |umas |)(?:flashes|claroes|luzes|relampagos)"
    r"|pelle (?:che )?si (?:stacca|sta staccando)"
    r"|pele (?:a |esta a |)(?:soltar|descolar|sair) (?:aos|em) (?:pedacos|bocados|placas)"
    r"|(?:occhi|pelle) (?:\w+ ){0,2}giall\w*|(?:olhos|pele) (?:\w+ ){0,3}amarel\w*"
    r"|non (?:faccio|fa) (?:quasi )?(?:piu )?(?:la )?pipi|(?:quase )?nao (?:faco|faz) (?:quase )?(?:mais )?xixi"
    # an arm or leg that will not lift or move (a stroke sign)
    r"|non riesc[oe] (?:piu )?ad? (?:alzare|muovere|sollevare) (?:il |la |un |una |l\W?)?(?:braccio|gamba|mano)"
    r"|nao (?:consigo|consegue) (?:mais )?(?:levantar|mexer|mover|erguer) (?:o |a |os |as |um |uma )?"
    r"(?:braco|bracos|perna|pernas|mao)"
    r"|(?:braccio|gamba|mano) (?:\w+ ){0,2}(?:debole|non si muove|addormentat\w*)"
    r"|(?:braco|perna|mao) (?:\w+ ){0,2}(?:fraco|fraca|sem forca|dormente|nao mexe)"
    # numbing cream followed by a spinning head, a racing heart, shaking or confusion
    r"|(?:crema|pomata|creme|pomada) anest\w*(?:\W+\w+){0,30}?\W+"
    r"(?:cuore|coracao|gira|tont\w*|trem\w*|confus\w*|convuls\w*|sonnolen\w*|sonolen\w*)"
    # skin that has turned white, grey or marbled (a blocked vessel); a change, not a complexion
    r"|(?:diventat\w*|si e fatt\w*|e venut\w*|ficou|ficando|esta ficando|virou|tornou(?:-se)?)\W+(?:\w+\W+){0,2}?"
    r"(?:bianc\w*|grigi\w*|marmorizzat\w*|livid\w*|bluastr\w*|branc\w*|acinzentad\w*|marmorizad\w*|arroxead\w*)"
    # blisters with sores in the mouth or sore eyes (a severe skin reaction)
    r"|(?:bolle|vesciche|bolhas)\W+(?:\w+\W+){0,10}?(?:bocca|boca|labbra|labios|occhi|olhos)"
    # breathing said without a breathing word: struggling to get air, air missing
    r"|(?:fatica|fatico|difficolta|faccio fatica) a (?:prendere|tirare) (?:aria|il fiato|fiato)"
    r"|(?:mi )?manca (?:l\W?aria|il fiato|il respiro)|(?:falta|faltando|falta-me|me falta) (?:de )?ar\b|sem ar\b"
    r"|(?:gola|garganta) (?:\w+ ){0,2}(?:stretta|chiusa|si chiude|si stringe|apertada|fechada|fechando|a fechar)"
    # a lacy or net-like pattern on the skin (livedo, a blocked vessel)
    r"|(?:tipo|como|feito|parecendo|parece|come) (?:uma |una |un |)(?:renda|rendinha|pizzo|merletto|rete|ragnatela)"
    r"|rendilhad\w*|reticolat\w*|reticular\w*|marezzat\w*"
    # a fever with shaking, blotchy skin or confusion (sepsis signs, matrix B14); a fever with
    # mild chills ("brividi leggeri") stays same-day, so chills count only when severe
    r"|(?:febbre|febre)\W+(?:\w+\W+){0,15}?(?:trem\w*|chiazz\w*|manchad\w*|manchas|confus\w*)"
    r"|(?:trem\w*|chiazz\w*|manchad\w*|manchas|confus\w*)\W+(?:\w+\W+){0,15}?(?:febbre|febre)"
    r"|(?:brividi|calafrios) (?:fortissim\w*|violent\w*|incontrollabil\w*|fortes|muito fortes|incontrolav\w*)"
    # bleeding that will not stop
    r"|(?:sangue|sangra\w*|sanguin\w*)\W+(?:\w+\W+){0,4}"
    r"(?:non si ferma|non smette|nao para|nao estanca|dappertutto|por todo (?:o )?lado)"
    r"|(?:non si ferma|non smette|nao para|nao estanca)\W+(?:\w+\W+){0,3}(?:sangu\w*|sangra\w*)"
    # --- after batch 15 ---
    # sight going in one eye, a dark spot or shadow in its view, an eye that hurts (matrix B12);
    # "non vedo l'ora" and "nao vejo a hora" (can't wait) are not it
    r"|non ci vedo (?:piu |quasi )?(?:bene|niente|nulla|granche|nitido)"
    r"|non (?:ci )?vedo (?:piu |quasi )?(?:bene|niente|nulla) (?:\w+ ){0,2}?(?:da|con|col|dal|dall|nell|in)"
    r" (?:un |l |il |mio |)occhi\w*"
    # (a sight "offuscata" or "annebbiata" is already an emergency word: _EMERGENCY_STEMS)
    r"|ci vedo (?:tutto |un po |molto )?(?:sfocat\w*|doppio|appannat\w*|nero|buio|male|poco)"
    r"|vedo (?:tutto |un po |molto )?(?:sfocat\w*|doppio|appannat\w*)"
    r"|(?:vista|visione) (?:\w+ ){0,2}?(?:sfocat\w*|appannat\w*|oscurat\w*|doppia|calat\w*|ridott\w*)"
    r"|nao (?:estou |to |ta |esta )?(?:enxergo|enxergando|enxerga|consigo enxergar)"
    r" (?:\w+ )?(?:bem|direito|nitido|nada)"
    r"|nao (?:estou |to |ta |esta )?(?:vejo|vendo|consigo ver) (?:\w+ )?(?:bem|direito|nitido|nada) (?:\w+ ){0,2}?"
    r"(?:de|do|da|com|pelo|no|num|em) (?:um |uma |o |meu |)olho"
    r"|(?:vista|visao) (?:\w+ ){0,2}?(?:embacad\w*|turv\w*|escurecid\w*|dupla|borrad\w*|embaralhad\w*)"
    r"|vejo (?:tudo )?(?:embacado|turvo|duplo|borrado|escuro)"
    r"|(?:macchia|ombra|chiazza|velo|mancha|sombra|vulto) (?:\w+ )?(?:scura|scure|scuro|nera|nere|nero|grigia|grigio"
    r"|escura|escuro|preta|preto|negra|negro|cinza)\W+(?:\w+\W+){0,8}?(?:occhi\w*|vista|vedo|visione|olhos?|visao"
    r"|enxergo|vejo)"
    r"|(?:occhi\w*|vista|vedo|visione|olhos?|visao|enxergo|vejo)\W+(?:\w+\W+){0,8}?(?:macchia|ombra|chiazza|velo"
    r"|mancha|sombra"
    r"|vulto) (?:\w+ )?(?:scura|scure|scuro|nera|nere|nero|grigia|grigio|escura|escuro|preta|preto|negra|negro|cinza)"
    r"|(?:mi )?fa (?:molto |tanto |un male cane |)male (?:l\W?|un |il |all\W?)?occhi\w*"
    r"|(?:dolore|male) (?:\w+ )?(?:all\W?|a un |ad un |agli |nell\W?)occhi\w*"
    r"|occhi\w* (?:mi )?(?:fa|fanno) (?:molto |tanto )?male"
    r"|dor (?:\w+ )?(?:no|nos|num|em um|atras do) olhos?|olhos? (?:\w+ ){0,2}?(?:doi|doem|doendo|a doer|dolorido)"
    r"|doi (?:muito |demais )?(?:o|meu) olho"
    # skin gone grey or bluish, or white or grey and cold, or a patch of colour with severe pain; a
    # net pattern (matrix B11)
    r"|(?:ficou|ficando|esta ficando|virou|tornou(?:-se)?|ficaram|diventat\w*|si e fatt\w*|e venut\w*)\W+"
    r"(?:\w+\W+){0,2}?(?:cinz\w*|azulad\w*|cianotic\w*|grigiastr\w*)"
    r"|(?:bianc\w*|grigi\w*|bluastr\w*|branc\w*|cinz\w*|acinzentad\w*|azulad\w*|arroxead\w*|marmorizzat\w*"
    r"|marmorizad\w*)"
    r"\W+(?:\w+\W+){0,3}?(?:fredd\w*|gelid\w*|fri[ao]s?|gelad\w*)"
    r"|livid[oae]\W+(?:\w+\W+){0,3}?(?:fredd\w*|gelid\w*)|(?:fredd\w*|gelid\w*)\W+(?:\w+\W+){0,3}?livid[oae]\b"
    r"|(?:fredd\w*|gelid\w*|fri[ao]s?|gelad\w*)\W+(?:\w+\W+){0,3}?(?:bianc\w*|grigi\w*|bluastr\w*|branc\w*|cinz\w*"
    r"|acinzentad\w*|azulad\w*|arroxead\w*|marmorizzat\w*|marmorizad\w*)"
    r"|(?:manchas?|placas?|macchi\w*|chiazz\w*) (?:\w+ )?(?:roxas?|arroxeadas?|azuladas?|escuras?|acinzentadas?|cinzas?"
    r"|cinzentas?|brancas?|viola|violacee?|violacea|scur\w*|grigi\w*|bianc\w*|bluastr\w*)\W+(?:\w+\W+){0,12}?"
    r"(?:doendo (?:demais|muito|pra caramba)|doi (?:muito|demais)|doem (?:muito|demais)|dor (?:muito )?(?:forte|intensa"
    r"|insuportavel|horrivel)|fa(?:nno)? (?:molto |tanto )?male|malissimo|dolore (?:forte|fortissimo|insopportabile"
    r"|atroce|terribile))"
    r"|a forma di (?:rete|ragnatela|pizzo)|(?:em|no) formato? de (?:rede|teia|renda)|em forma de (?:rede|teia|renda)"
    r"|(?:tipo|como|feito|parecendo|parece) (?:uma |um )?(?:rede|redinha|teia)\b"
    # numbing cream with shaking, confusion, nonsense talk, palpitations or tingling, in either
    # order (matrix B10)
    r"|(?:(?:crema|pomata|creme|pomada|gel) (?:anest\w*|intorpid\w*|dormente|para (?:anestesiar|adormecer)"
    r"|per (?:anestesia|intorpidire))|emla|lidocain\w*)(?:\W+\w+){0,30}?\W+(?:trem\w*|confus\w*|convuls\w*|sonnolen\w*"
    r"|sonolen\w*|senza senso|sem sentido|sem nexo|stran[oa]|estranh[oa]|delir\w*|straparl\w*|enrolad\w*|agitat[oa]"
    r"|agitad[oa]|palpitaz\w*|batedeira|batticuore|formicol\w*|formigamento|formigando|metallic\w*|metalic\w*|tont\w*)"
    r"|(?:trem\w*|confus\w*|convuls\w*|sonnolen\w*|sonolen\w*|senza senso|sem sentido|sem nexo|delir\w*|straparl\w*"
    r"|enrolad\w*|palpitaz\w*|batedeira|batticuore|tont\w*)(?:\W+\w+){0,30}?\W+(?:(?:crema|pomata|creme|pomada|gel)"
    r" (?:anest\w*|intorpid\w*|dormente)|emla|lidocain\w*)"
    # strong rigors and hardly any urine (matrix B14)
    r"|brividi (?:molto |cosi |tanto )forti|(?:forti|fortissimi|violenti|fortissime) (?:brividi|tremori)"
    r"|calafrios (?:bem |super |muito muito )fortes|(?:fortes|fortissimos|violentos) calafrios"
    r"|tremedeira (?:muito )?(?:forte|enorme|violenta)"
    r"|fiz (?:muito )?(?:pouco|pouquissimo) xixi|(?:quase )?nao (?:urinei|urino|urinou)|urinei (?:muito )?pouco"
    r"|(?:fatto|faccio) (?:poca|pochissima) pipi"
    r"|(?:quasi )?non (?:ho )?(?:urinato|urino) (?:quasi )?(?:niente|nulla|per niente)?"
    r"|urinato (?:pochissimo|poco)"
    # --- after batch 16 ---
    # an arm or leg that will not move (well), speech gone strange or slurred (stroke signs, B12)
    r"|non riesc[oe] (?:piu |bene )?ad? (?:alzare|muovere|sollevare) (?:bene |piu |per niente |tanto )?"
    r"(?:il |la |un |una |l\W?)?(?:braccio|gamba|mano)"
    r"|(?:braccio|gamba) (?:\w+ )?non (?:gli |le |mi )?(?:risponde|si muove) piu"
    r"|parla (?:in modo |in maniera )?(?:stran[oa]|stranamente|confus\w*|impastat\w*|biascicando|farfugliando"
    r"|a fatica|senza senso)|biascica\w*|farfuglia\w*|(?:lingua|parola|parlata) impastat\w*"
    r"|nao (?:consigo|consegue) (?:mais |direito |bem )?(?:levantar|mexer|mover|erguer) (?:direito |bem )?"
    r"(?:o |a |os |as |um |uma |meu |minha |seu |sua )?(?:braco|bracos|perna|pernas|mao)"
    r"|(?:fala|falando|falava) (?:tudo |meio |muito |)(?:estranho|estranha|esquisit[oa]|enrolad\w*|arrastad\w*"
    r"|embolad\w*|sem sentido|de um jeito estranho|de forma estranha|coisas sem sentido)"
    r"|(?:lingua|fala) enrolada|enrolando a lingua"
    # self-harm idioms: taking oneself out of the way, not going on living like this, not waking
    r"|(?:togliermi|levarmi|mi tolgo|mi levo) di mezzo|togliermi la vita|farmi fuori"
    r"|non (?:voglio|posso|riesco a) (?:piu )?vivere (?:cosi|in questo modo)|non ce la faccio piu a vivere"
    r"|buttarmi (?:sotto (?:un|il) treno|dal ponte|dalla finestra|dal balcone)|non (?:voglio|vorrei) piu svegliarmi"
    r"|(?:me )?tirar do (?:caminho|meio)|sumir (?:de vez|para sempre|pra sempre)|tirar a (?:minha )?(?:propria )?vida"
    r"|nao (?:aguento|consigo|quero) mais viver|nao quero (?:mais )?viver (?:assim|desse jeito|dessa forma)"
    r"|dar cabo de mim|me jogar (?:da ponte|do predio|da janela|na frente de um|debaixo de um)"
    r"|nunca mais acordar|(?:quero|queria) (?:nao acordar|dormir e nao acordar)"
    # noisy breathing in (stridor, B19)
    r"|(?:rumore|fischio|sibilo|rantolo) (?:\w+ ){0,3}(?:quando|mentre) (?:respira|inspira|prende (?:aria|fiato))"
    r"|(?:barulho|chiado|assobio|ruido|chiar) (?:\w+ ){0,3}(?:quando|ao)"
    r" (?:respira|respirar|inspira|inspirar|puxa o ar|puxar o ar)"
    # a fever with fainting or purple, marbled skin (sepsis, B14)
    r"|(?:febbre|febre)\W+(?:\w+\W+){0,15}?(?:svenut\w*|sviene|svenire|svenimento|desmai\w*|desmaio|marmorizzat\w*"
    r"|marmorizad\w*|violac\w*|arroxead\w*)"
    r"|(?:svenut\w*|sviene|svenire|svenimento|desmai\w*|desmaio|marmorizzat\w*|marmorizad\w*|violac\w*|arroxead\w*)"
    r"\W+(?:\w+\W+){0,15}?(?:febbre|febre)"
    # --- after batch 17: Dutch, and the Italian and Portuguese concepts still missing ---
    # self-harm said without a health word: no way forward, nobody would miss me, not being there
    r"|zie het (?:\w+ )?(?:niet|nooit) meer zitten|niemand (?:zou|zal) me (?:\w+ )?missen"
    r"|(?:als|wanneer) ik er niet meer (?:ben|was|zou zijn)|wil er niet meer zijn|wil (?:niet meer leven|dood)"
    r"|(?:er|aan alles) een (?:eind|einde) aan (?:maken|maak)|mezelf (?:iets aandoen|van kant maken|ombrengen|doden)"
    r"|nessuno (?:sentirebbe|sentira) la mia mancanza"
    r"|ninguem (?:sentiria|vai sentir|ia sentir) (?:a )?minha falta"
    r"|(?:mi ammazzo|ammazzarmi|mi ammazzerei|uccidermi|mi uccido|mi ucciderei)"
    # breathing or the throat (Dutch): no air, short of breath, a throat that feels thick or tight
    r"|(?:krijg|kreeg|krijgt) (?:bijna |haast |nauwelijks |moeilijk )?(?:geen|weinig) lucht|naar lucht happen"
    r"|\bbenauwd\b(?! (?:voor|om|over|dat|van de prijs))"
    r"|keel (?:\w+ ){0,3}?(?:dik|dikker|dicht|toe|strak|zwelt|gezwollen|knijpt)"
    # sight: dark spots, a grey haze, double or nothing (Dutch); an eye gone blurred (Portuguese)
    r"|zie (?:\w+ ){0,6}?(?:zwarte|donkere|grijze) (?:vlekken|vlek|schaduw|waas|rand)|(?:grijze|zwarte) waas"
    r"|zie (?:alles )?(?:dubbel|wazig|zwart)|dubbel zien|zie (?:bijna |ineens )?(?:niets|niks) meer"
    # slurred or strange speech, a mouth corner drooping with it (Dutch; a stroke, B12)
    r"|(?:praat|spreekt|praten|spreken) (?:\w+ ){0,2}?(?:onduidelijk|raar|vreemd|brabbel\w*|met dubbele tong)"
    r"|(?:arm|been) (?:\w+ )?(?:hangt slap|is slap|voelt slap|krachteloos|verlamd)"
    r"|onduidelijk (?:praten|spreken)|dubbele tong|\blalt\b"
    r"|kan (?:zijn|haar|mijn) (?:arm|been) niet (?:meer )?(?:optillen|bewegen)"
    # vomiting with no fluids kept down (B30)
    r"|(?:kan|kon) (?:\w+ )?(?:niets|niks) (?:meer )?(?:binnenhouden|drinken|binnen houden)|houd (?:niets|niks) binnen"
    r"|non riesco a (?:bere|tenere giu|trattenere) (?:niente|nulla)|vomito (?:tutto|anche l\W?acqua)"
    r"|nao (?:consigo|consegue) (?:beber|segurar|manter) nada|vomito tudo|vomitando tudo"
    # --- after batch 19 (b19emerg) ---
    # Dutch, Portuguese, Italian: nothing kept down, not even water, and hardly any urine (B30)
    r"|(?:kan|kon|krijg|kreeg|hou|houd|houdt|hield|blijft) (?:\w+ ){0,2}?(?:geen|niets"
    r"|niks) (?:\w+ ){0,2}?(?:binnenhouden|binnen houden|binnen)"
    r"|plas (?:bijna |haast |nauwelijks |amper )?(?:niks|niets|niet meer)|(?:bijna|haast|nauwelijks"
    r"|amper) (?:niet )?(?:geplast|plassen)"
    r"|nao (?:\w+ )?(?:consigo|consegue) (?:\w+ )?(?:beber|segurar|manter|reter) (?:nem )?(?:a |sequer )?agua"
    r"|non (?:\w+ )?(?:tengo|trattengo|riesco a tenere) (?:giu )?(?:neanche|nemmeno|neppure) (?:l\W?)?acqua"
    # a fit: a seizure said as an attack or jerking (Dutch), an epileptic fit (Italian, Portuguese)
    r"|(?:had|kreeg|heeft|krijgt|kregen) (?:\w+ ){0,3}?(?:aanval|insult|stuipen)\b(?!\w)"
    r"|(?:crisi|attacco) epilett\w*|(?:ataque|crise) epilet\w*"
    # sight out of focus (European Portuguese "desfocado"), Dutch "onscherp" or "vaag"
    r"|(?:vejo|ver|a ver|vendo|visao|vista|olho)\W+(?:\w+\W+){0,4}?desfocad\w*"
    r"|desfocad\w*\W+(?:\w+\W+){0,4}?(?:olho|olhos|vista|visao)"
    r"|zie (?:\w+ ){0,3}?(?:onscherp|vaag)|(?:onscherp|vaag) zien"
    # Romanian (the screen does not read it): breathing, the throat, speech and an arm going,
    # a fit, a white or grey painful patch, blisters with sores in the mouth and skin peeling, a
    # high fever with shaking or no urine, self-harm
    r"|nu (?:mai )?(?:pot|poate) (?:sa )?(?:respir\w*|inghit\w*)"
    r"|nu (?:mai )?(?:pot|poate) (?:sa )?(?:vorbi|vorbesc|vorbeasca) (?:bine|normal|clar|deloc)"
    r"|nu (?:mai )?(?:pot|poate) (?:sa )?(?:misc\w*|ridic\w*) (?:\w+ )?(?:bratul|mana|piciorul)"
    r"|zvacn\w* (?:\w+ ){0,3}?(?:tot corpul|din tot corpul|necontrolat|mainile|picioarele)"
    r"|(?:ma|se) sufoc\w*|nu (?:mai )?am aer|(?:mi|i) se (?:inchide|strange|umfla) gatul|gatul (?:\w+ )?(?:se inchide"
    r"|strans|inchis)"
    r"|(?:vorbeste|vorbesc|vorbea|vorbire|vorbirea) (?:\w+ )?(?:ciudat|incurcat\w*|neclar\w*|greu|incalcit\w*"
    r"|pelticit\w*|fara sens)"
    r"|(?:gura|gurii|zambetul|buza|o parte a fetei|jumatate de fata) (?:\w+ ){0,3}?(?:cazut\w*|cade|atarna|stramb\w*"
    r"|strimb\w*)"
    r"|(?:criza|crize) (?:de )?(?:epilepsie|epileptic\w*|convulsi\w*)|(?:a|am|au) (?:\w+ )?(?:avut"
    r"|facut) (?:o )?(?:criza|convulsi\w*)"
    r"|(?:pata|pete|zona|pielea|piele|obrazul) (?:\w+ ){0,2}?(?:alba|albe|palida|palide|gri|marmorat\w*|albastrui\w*"
    r"|vinetie)"
    r"\W+(?:\w+\W+){0,12}?(?:doare|dor|durere|dureri|rece|usturime)"
    r"|s-a (?:albit|inalbit)|s-a facut (?:\w+ ){0,2}?(?:alba|gri|palid\w*|albastr\w*|marmorat\w*)"
    r"|(?:basici|bule|vezicule) (?:\w+ ){0,10}?(?:gura|buze|ochi|tot corpul|peste tot)"
    r"|pielea (?:\w+ )?(?:se )?(?:cojeste|jupoaie|descuama\w*|dezlipeste|desprinde) (?:\w+ ){0,3}?"
    r"(?:fasii|bucati|peste tot|tot corpul)"
    r"|(?:febra|febr\w*|temperatura)\W+(?:\w+\W+){0,15}?(?:tremur\w*|frisoan\w*|confuz\w*|lesin\w*"
    r"|n-am (?:mai )?urinat|nu (?:mai )?urinez)"
    r"|(?:tremur\w*|frisoan\w*)\W+(?:\w+\W+){0,15}?(?:febra|febr\w*|temperatura)"
    r"|n-am (?:mai )?(?:urinat|facut pipi)|nu (?:mai )?(?:am )?(?:urinat|urinez|fac pipi)"
    r"|(?:vad|vede|vedere|vederea) (?:\w+ ){0,2}?(?:incetosat\w*|neclar\w*|dublu|dubla|blurat\w*|negru|in ceata)"
    r"|nu (?:mai )?vad (?:bine|nimic|cu un ochi|din)"
    r"|(?:vreau|vreau sa|as vrea sa|o sa|am sa|ma gandesc sa) (?:mor|ma omor|ma sinucid|ma arunc)(?! dupa| de (?:ras"
    r"|foame|cald|frig|plictiseala|nerabdare))"
    r"|(?:sa|sa-mi) (?:imi )?(?:iau|pun capat) (?:viata|zilelor)|nu (?:mai )?vreau sa (?:traiesc|mai traiesc|exist)"
    r"|nu (?:mai )?are (?:niciun |nici un )?rost (?:sa (?:mai )?traiesc|viata|nimic|sa continui)|ma omor(?! dupa| cu)"
    # --- after batch 18 ---
    # sores in the mouth with skin peeling, blisters or red eyes, in either order: the mucosa
    # involved in a skin reaction (Stevens-Johnson, matrix B21)
    r"|" + _MOUTH_SORES + r"(?:\W+\w+){0,15}?\W+" + _SKIN_OR_EYES
    + r"|" + _SKIN_OR_EYES + r"(?:\W+\w+){0,15}?\W+" + _MOUTH_SORES
    + r"|" + _EMERGENCY_B20
    + r")\b"
)
_HEALTH_PHRASES = re.compile(
    r"\b(?:"
    r"(?:cercando|provando ad avere|cerchiamo) (?:un|una) (?:figli[oa]|bambin[oa]|gravidanza)|allatt\w*"
    r"|tentando engravidar|amamenta\w*|gravide\w*"
    r"|(?:sorriso|bocca|viso|faccia) (?:\w+ ){0,2}(?:storto|storta|storti|cadente|paralizzat\w*)"
    r"|(?:sorriso|boca|rosto|cara) (?:\w+ ){0,2}(?:torto|torta|caido|caida)"
    # hair falling out in tufts or all of a sudden (a diagnosis first, A25); not "hair loss" as
    # the name of a treatment ("mesoterapia para queda de cabelo")
    r"|(?:cabelos?|capelli)\W+(?:\w+\W+){0,4}?(?:aos tufos|em tufos|aos punhados|do nada|de repente"
    r"|a ciocche|a ciuffi|a manciate|all\W?improvviso|improvvisamente)"
    r"|(?:tufos|punhados) de cabelo|(?:ciocche|ciuffi|manciate) di capelli"
    # a dark or black crust at a site; pain growing rather than settling
    r"|(?:crosta|crosticina|casca) (?:\w+ ){0,2}(?:nera|scura|nerastra|preta|escura|negra)"
    r"|fa (?:sempre )?piu male|(?:doi|doe) (?:cada vez )?mais"
    # hating one's face or body, not leaving the house because of it (body-image distress, A31)
    r"|odio (?:il mio|la mia|me stess[oa]|come) (?:\w+ ){0,1}(?:viso|faccia|corpo|aspetto|pelle|sembro)"
    r"|(?:odeio|detesto) (?:o meu|a minha|o|a|como) (?:\w+ ){0,1}(?:rosto|cara|corpo|aparencia|pele|pareco)"
    r"|non (?:esco|sono uscit[oa]) (?:piu )?(?:di|da) casa|nao (?:saio|sai) (?:mais )?de casa"
    r"|(?:mi vergogno|ho vergogna) (?:del mio|della mia|di come) \w+"
    r"|(?:tenho |sinto )?vergonha (?:do meu|da minha|de como) \w+"
    # one's own reflection or photos that cannot be borne; a dozen treatments and more wanted now
    r"|(?:non riesco|non sopporto|non posso|non ce la faccio) (?:piu )?(?:a |di )?"
    r"(?:guardarmi|vedermi|specchiarmi|guardare (?:le mie |le )?foto)"
    r"|(?:evito|odio) (?:gli |lo |le |i )?(?:specchi\w*|foto|fotografie|selfie)"
    r"|(?:nao consigo|nao suporto|nao aguento) (?:mais )?(?:me )?(?:olhar|ver)(?:-me)? (?:ao|no|para o|em) espelho"
    r"|(?:evito|odeio) (?:o |os |as )?(?:espelhos?|fotos|fotografias|selfies)"
    r"|(?:1\d|[2-9]\d|dieci|dodici|quindici|venti) (?:trattamenti|sedute|interventi|procedure)\W+(?:\w+\W+){0,8}?"
    r"(?:altri|altre|ancora|subito)"
    r"|(?:1\d|[2-9]\d|dez|doze|quinze|vinte) (?:tratamentos|sessoes|procedimentos)\W+(?:\w+\W+){0,8}?"
    r"(?:mais|outros|outras|ja)"
    # --- after batch 15 ---
    # an open sore or wound that will not close (matrix B16): "mi si e aperta una piaga", "uma
    # ferida aberta que nao fecha"; not "che piaga" (what a nuisance)
    r"|(?:aperta|apert[ei]|formata|formate|venuta|venute) (?:\w+ ){0,2}piag(?:a|he)"
    r"|piag(?:a|he) (?:\w+ ){0,3}(?:apert\w*|pelle|ferit\w*|sangu\w*|pus|che non)"
    r"|ferit[ae] (?:\w+ ){0,2}apert[ae]|(?:ferit[ae]|piag(?:a|he)|taglio|buco|buchino) (?:\w+ ){0,5}?non si"
    r" (?:e |sono )?(?:chiude|chiudono|chius[ao]|richiude|rimargina|rimarginano|rimarginat[ao]|cicatrizza|cicatrizzano)"
    r"|ferid(?:a|as|inha) (?:\w+ ){0,2}abert(?:a|as)|chagas?"
    r"|(?:ferid(?:a|as|inha)|machucado|buraco) (?:\w+ ){0,5}?nao (?:se )?(?:fecha|fecham|fechou|cicatriza|cicatrizam"
    r"|cicatrizou|sara|saram|sarou)"
    # a faint, or unsteady legs, after the session (matrix B9): "ho perso i sensi", "mi sono sentita
    # mancare", "gambe molli"; "perdi os sentidos", "pernas bambas"
    r"|pers[oa] (?:i )?sensi|(?:mi sono |mi son |mi )sentit[oa] mancare"
    r"|gambe (?:molli|tremanti|di gelatina|che tremano)"
    r"|perdi (?:os )?sentidos|perdi a consciencia|pernas (?:bambas|moles|tremulas|tremendo)"
    # hours at the mirror, or no going out or photo without a filter (body-image distress, A31)
    r"|or[ae] (?:\w+ ){0,3}(?:allo|davanti allo|nello) specchio"
    r"|non (?:\w+ ){0,2}(?:uscire|esco|postare|posto|farmi (?:una |delle )?foto) senza (?:il |un )?filtro"
    r"|nao (?:\w+ ){0,2}(?:sair|saio|postar|posto|tirar (?:uma )?foto) sem (?:o |um )?filtro"
    r"|horas (?:\w+ ){0,3}(?:no|ao|em frente ao|diante do) espelho"
    # --- after batch 17 ---
    # a drooping mouth or face (Dutch: "mondhoek hangt", "scheve mond"; B18, B12 when sudden)
    r"|(?:mond|mondhoek|glimlach|lach|gezicht|lip|onderlip)\W+(?:\w+\W+){0,3}?(?:scheef|hangt|hing|zakt|afgezakt)"
    r"|(?:scheef|hangt|hing|zakt)\W+(?:\w+\W+){0,3}?(?:mond|mondhoek|glimlach|gezicht|onderlip)\b"
    r"|scheve (?:mond|lach|glimlach)|hangende (?:mond|mondhoek)"
    # a rash or spots over the whole body (B7, B21)
    r"|(?:vlekken|vlekjes|bultjes|bulten|puntjes)\W+(?:\w+\W+){0,6}?(?:hele (?:lichaam|lijf)|overal)"
    r"|(?:macchi\w*|puntini|bolle|ponfi|chiazz\w*|bollicine)\W+(?:\w+\W+){0,6}?(?:tutto il corpo|dappertutto|ovunque)"
    r"|(?:manch\w*|bolinh\w*|pontinh\w*|pintinh\w*|placas|vergo\w*|caroc\w*)\W+(?:\w+\W+){0,6}?"
    r"(?:corpo (?:todo|inteiro)|todo o corpo|pelo corpo)"
    # a dark or black patch at a site (Dutch), a bruise that grows or hardens (B16, B20)
    r"|(?:zwarte|donkere|paarse) (?:plek|plekken|korst)"
    r"|livid\w* (?:\w+ ){0,4}?(?:si (?:sta )?allarga\w*|cresce|sempre piu grande|tes[oa]|dur[oa]|pulsa|fa male)"
    r"|(?:hematoma|roxo) (?:\w+ ){0,4}?(?:aumentando|crescendo|cresce|maior|dur[oa]|lateja|doi)"
    r"|blauwe plek (?:\w+ ){0,4}?(?:groter|groeit|hard|gespannen|klopt|doet pijn)"
    # scars that thicken (A20)
    r"|littekens? (?:\w+ ){0,3}?(?:dik|dikke|bobbelig|verdikt|woekeren|woekert|hard|opgezwollen)"
    r"|(?:dikke|bobbelige|woekerende) littekens?"
    r"|cicatric\w* (?:\w+ ){0,3}?(?:spess\w*|in rilievo|ipertrofic\w*|sporgent\w*|gross\w*)"
    r"|cicatri\w* (?:\w+ ){0,3}?(?:gross\w*|alta|altas|saltad\w*|hipertrofic\w*|elevad\w*)"
    # a recent laser or peel at the area (A23)
    r"|(?:fatto|fatta|ho fatto|avuto) (?:\w+ ){0,2}?(?:laser|peeling)"
    r"|laser (?:frazionat\w*|fracionad\w*|co2|ablativ\w*)"
    r"|(?:fiz|fez|feito|fizeram) (?:\w+ ){0,2}?(?:laser|peeling)|gelaserd"
    r"|(?:laser|laserbehandeling|peeling) (?:\w+ ){0,4}?gehad"
    # --- after batch 16 ---
    # expecting a baby (A6): "to esperando bebe", "aspetto un bambino"
    r"|(?:esperando|espero|esperamos) (?:um |uma |o |a |nosso |meu )?(?:bebe|nenem|filh[oa]|primeiro filho)"
    r"|(?:aspetto|aspettiamo|aspettando|in attesa di) (?:un |una |il |)(?:bambin[oa]|bimb[oa]|figli[oa]|bebe)"
    # a bald patch come from nowhere (A25): "una chiazza senza capelli dal nulla", "uma falha sem
    # cabelo"
    r"|(?:chiazz\w*|zon[ae]|macchi\w*|buc(?:o|hi)|spazi\w*|punt[oi]) (?:\w+ ){0,2}senza (?:capelli|peli)"
    r"|(?:falhas?|areas?|buracos?|clareiras?|manchas?|pontos?|placas?) (?:\w+ ){0,2}(?:sem (?:cabelo|pelo)|carecas?)"
    r"|(?:capelli|cabelos?)\W+(?:\w+\W+){0,4}?"
    r"(?:dal nulla|di colpo|da un giorno all\W?altro|do dia para a noite|de uma hora pra outra)"
    # --- after batch 19 (b19rest): same-day and review concepts ---
    # redness and warmth growing days after (an infection starting, matrix B13), pain growing (B29)
    r"|(?:piu|sempre piu) ross[oaie]\W+(?:\w+\W+){0,3}?(?:piu )?cald[oaie]"
    r"|(?:piu|sempre piu) cald[oaie]\W+(?:\w+\W+){0,3}?(?:piu )?ross[oaie]"
    r"|(?:mais|cada vez mais) vermelh[oa]s?\W+(?:\w+\W+){0,3}?(?:mais )?quente"
    r"|(?:mais|cada vez mais) quentes?\W+(?:\w+\W+){0,3}?(?:mais )?vermelh[oa]s?"
    r"|fa (?:anche |ancora |pure |ogni giorno |sempre )?piu male"
    r"|(?:roder|rooier|warmer|pijnlijker)\W+(?:\w+\W+){0,3}?(?:en )?(?:warmer|roder|rooier|pijnlijker|dikker)"
    # breastfeeding, birth and hair coming out in clumps (Dutch; A7, A25)
    r"|borstvoeding|(?:ik )?(?:kolf|kolven)\b"
    r"|haar\W+(?:\w+\W+){0,6}?(?:met bosjes|in bosjes|met plukken|in plukken|met handenvol|met hele plukken)"
    r"|(?:bosjes|plukken|handenvol) haar"
    # Romanian review words (A31 body image, A6/A7, A25): hating one's looks, not leaving the house,
    # pregnant or breastfeeding, hair falling in clumps. (Emergency and same-day Romanian words
    # are the emergency net's; these reach a person, which is above review.)
    r"|(?:ma )?urasc (?:cum arat|fata|corpul|pielea|chipul|felul in care arat|infatisarea)|ma urasc"
    r"|nu (?:mai )?ies (?:deloc )?din casa|nu (?:ma )?(?:mai )?pot uita in oglinda|evit oglinda"
    r"|(?:sunt |este |e )?insarcinata|alaptez|alaptare|alaptez inca"
    r"|(?:par|parul)\W+(?:\w+\W+){0,4}?(?:smocuri|bucati|cade mult)"
    # --- after batch 19 (b19emerg): Romanian ---
    # a faint ("mi-a venit rău"), swelling, pain, hating one's looks, not leaving the house (A31)
    r"|mi-a (?:venit|fost) rau|(?:am|a) lesinat|umflat\w*|(?:ma|il|o|ii) (?:\w+ )?doare"
    r"|(?:urasc|detest|nu suport) (?:\w+ ){0,1}?(?:cum arat|fata mea|corpul meu|felul in care arat|chipul meu|oglinda)"
    r"|nu (?:mai )?ies (?:deloc )?din casa|mi-e (?:atat de )?rusine (?:cu|de) (?:fata|cum arat|corpul)"
    # --- after batch 18 ---
    # a child under 18 (A22): "mia figlia ha 15 anni", "mijn zoon is 16"; not a duration ("da 15
    # anni", "al 15 jaar"), so only after a verb of age or a child word
    r"|(?:ha|ho|hai|compie|compiuto|fa|fara|tem|tenho|fez|faz|fara|heeft|is|ben|wordt)"
    r" (?:solo |appena |quasi |pas |net |bijna |so |apenas )?(?:1[0-7]|tredici|quattordici|quindici|sedici|diciassette"
    r"|treze|catorze|quatorze|quinze|dezasseis|dezesseis|dezassete|dezessete|dertien|veertien|vijftien|zestien"
    r"|zeventien)"
    r" (?:anni|anos|jaar)"
    r"|(?:figli[oa]|ragazz[oa]|bambin[oa]|filh[oa]|menin[oa]|rapaz|zoon|dochter|zoontje|dochtertje) (?:di|de|van)"
    r" (?:1[0-7]|tredici|quattordici|quindici|sedici|diciassette|treze|catorze|quinze|dertien|veertien|vijftien"
    r"|zestien|zeventien)(?: (?:anni|anos|jaar))?\b"
    r"|minorenn\w*|menor de idade|minderjarig\w*"
    # a period late while trying for a baby (A6): the cycle's delay, not being late for the slot
    r"|(?:ciclo|mestruazion\w*|mestruo|menstruazion\w*) (?:\w+ ){0,2}in ritardo"
    r"|ritardo (?:del ciclo|delle mestruazioni)"
    r"|(?:menstruacao|regra|periodo|menstruacão) (?:\w+ ){0,2}atrasad\w*"
    r"|(?:menstruatie|ongesteldheid|regels?) (?:\w+ ){0,2}(?:te laat|uitgebleven|blijft uit)|ben (?:\w+ ){0,3}over tijd"
    r"|(?:proberen|probeer|proberen al) (?:\w+ ){0,2}zwanger te worden|zwangerschapswens|kinderwens"
    r"|" + _SV_HEALTH_B20
    + r")\b"
)


# Soreness waved away ("um pouquinho dolorido, nada demais", "un po' dolorante, niente di grave"):
# when soreness, and the injection itself, are the message's only health words, a dismissal says
# it is the expected after-effect, not a problem to escalate. "A bit of pain" alone is not waved
# away: "un po' di dolore dopo le iniezioni" still reaches a person.
_SORENESS_STEMS = ("dolor", "dolent", "indolenz")
_SORENESS_WORDS = frozenset({"dor", "dores", "doi"})
_INJECTION_STEMS = (
    "injec", "iniez", "inyec", "inject", "enjeks", "puntur",
    # after batch 20: Swedish, Danish, Norwegian, Czech, Hungarian
    "sprut", "injekt", "injekc", "sprøjt", "sprøyt",
)
_DISMISSAL = re.compile(
    r"\b(?:nada (?:demais|de mais|grave|serio|de especial)|coisa pouca|nao e nada"
    r"|niente di (?:che|grave|serio|speciale)|nulla di (?:grave|serio)|poca cosa|non e niente)\b"
)


# A slight swelling on the day of the session ("um bocadinho inchado", "un po' gonfio" with
# "hoje", "oggi"): the expected after-effect (matrix B1) when swelling, and the injection itself,
# are the message's only health words and nothing names the lips, tongue, eyes or throat. A
# swelling that is not called slight, or that is days old, still reaches a person.
_SWELLING_STEMS = ("incha", "gonfi")
_SLIGHT_SWELLING = re.compile(
    r"\b(?:um (?:pouco|pouquinho|bocadinho|bocado)|ligeiramente|levemente|meio"
    r"|un po|un pochino|un pochettino|leggermente|appena)\W+(?:\w+\W+){0,2}?(?:incha|gonfi)\w*"
)
_SAME_DAY = re.compile(
    r"\b(?:hoje|esta manha|esta tarde|ha pouco|agora mesmo|oggi|stamattina|stamani|questa mattina"
    r"|oggi pomeriggio|poco fa|poche ore fa|ha (?:uma|duas|tres|algumas) horas)\b"
)
_SENSITIVE_PARTS = re.compile(
    r"\b(?:labbr\w*|labio\w*|labios|lingua|boca|bocca|palpebr\w*|olho\w*|occhi\w*|gola|garganta)\b"
)


# A few dots or drops of (dried) blood at the injection points: the expected after-effect (matrix
# B1), not bleeding. Only the blood word is set aside; bleeding that will not stop is an emergency
# phrase and is read first.
_BLOOD_STEMS = ("sangue", "bloed", "sangu", "blod")
_EXPECTED_BLOOD = re.compile(
    r"\b(?:pontinhos?|pontos?|gotinhas?|pinguinhos?|puntini|puntino|goccioline|gocce|goccia|puntjes|druppeltjes"
    r"|stipjes) (?:de |di |)(?:sangue|bloed)(?: seco| secco| opgedroogd|)\b"
    r"|(?:opgedroogd|droog) bloed|sangue seco|sangue secco"
    r"|blodprick\w*|(?:sma |nagra )?(?:droppar|prickar) (?:av )?blod"
)


# Who gives the injections ("chi fa le iniezioni, un medico o un'estetista?", "quem aplica as
# injeções, é médico?"), or any other question about them before a treatment ("how many kilos do
# the injections take off?"): when the injection is the message's only health word, nothing in it
# is a symptom to escalate. A treatment already had ("ho fatto", "depois", "è normale?", "gehad")
# may be followed by one, so it still reaches a person.
_PRACTITIONER = re.compile(
    r"\b(?:medic[oia]|medici|dottor\w*|infermier\w*|estetist\w*|dermatolog\w*|chirurg\w*"
    r"|enfermeir\w*|esteticist\w*|biomedic\w*|profissiona\w*|professionist\w*|qualificat\w*|qualificad\w*"
    r"|abilitat\w*|habilitad\w*|formad[oa]s?|formazione|formacao|certificat\w*|certificad\w*)\b"
)
_WHO_ASKS = re.compile(r"\?|\b(?:chi|quem|quale|qual|quali|quais|e un|e una|e uma|e um|wie|welke)\b")
_ALREADY_TREATED = re.compile(
    r"\b(?:dopo|depois|desde|da quando|dall\W?|ieri|ontem|fatt[oiae]|avuto|fiz|fez|feit[oa]s?|tomei|levei"
    r"|normale|normal|normaal|ancora|ainda|sinto|sento|ho (?:un|una|il|la|le|dei|delle)|tenho|estou|sto"
    r"|gehad|gekregen|sinds|na (?:de|mijn)|gisteren|nog steeds|heb ik|ik heb|voel"
    r"|efter|sedan|fick|igar|fortfarande|jag har|har jag|kanner)\b"
)


# A question about pain before any treatment ("does it hurt much?", "can I take a brufen for the
# pain?", "fa male?", "doet het pijn?"): when pain words, and the injection itself, are the
# message's only health words, the message asks a question, and nothing says a treatment was had
# or a pain is there now (_ALREADY_TREATED, _PAIN_NOW), it asks what to expect. Being scared of the
# needles ("estou morta de medo", "sono terrorizzata") is not a treatment had: those words are set
# aside before the check. "doi muito desde ontem" or "tenho dor no rosto?" still reach a person.
_PAIN_STEMS = ("dolor", "dolent", "doloros", "pijn", "smarta", "smert")
_PAIN_WORDS = frozenset({"dor", "dores", "doi", "pijn", "pijnlijk", "ont", "ondt", "vondt"})
_PAIN_NOW = re.compile(
    r"\b(?:agora|adesso|ora|nu|hoje|oggi|vandaag|ainda|muito forte|fortissim\w*|insuportavel|insopportabile"
    r"|no rosto|na cara|no queixo|nel viso|in faccia|sul mento|in mijn gezicht|onder mijn kin)\b"
)
_FEAR = re.compile(
    r"\b(?:estou|to|sto|sono|ik ben|ben)\W+(?:\w+\W+){0,2}?(?:mort[oa] de medo|com (?:muito |tanto )?medo"
    r"|apavorad[oa]|assustad[oa]|nervos[oa]|ansios[oa]|terrorizzat[oa]|spaventat[oa]|mort[oa] di paura"
    r"|in ansia|bang|zenuwachtig|doodsbang)\b"
    r"|\b(?:mort[oa] de medo|morrendo de medo|mort[oa] di paura|doodsbang"
    r"|(?:tenho|ho) (?:muito |tanto |tanta |un po di )?(?:medo|paura|pavor))\b"
)


def _pain_question(health_words: List[str], folded_text: str) -> bool:
    pain = [w for w in health_words if w in _PAIN_WORDS or w.startswith(_PAIN_STEMS)]
    others = [w for w in health_words if w not in pain and not w.startswith(_INJECTION_STEMS)]
    unafraid = _FEAR.sub(" ", folded_text)
    return (
        bool(pain)
        and not others
        and "?" in folded_text
        and _ALREADY_TREATED.search(unafraid) is None
        and _PAIN_NOW.search(unafraid) is None
    )


# Someone else's illness or sign said to be over ("una mia amica ha avuto la febbre, ora sta
# bene", "a minha vizinha ficou com o sorriso torto, mas ja voltou ao normal"): a story, when the
# writer is someone else's narrator (_OTHER_PERSON), the story is said to be over, no health word
# comes after that, and the writer says nothing of their own (_FIRST_PERSON_HEALTH). An emergency
# word or phrase anywhere is never set aside.
_OTHER_PERSON = re.compile(
    r"\b(?:(?:una |la |il |un )?mi[ao] |(?:a |o )?(?:minha|meu) |(?:mijn|een) )"
    r"(?:amic[ao]|sorella|fratello|madre|mamma|padre|papa|cugin[ao]|zi[ao]|vicin[ao]|collega|nonn[ao]|figli[ao]"
    r"|amig[ao]|irma|irmao|mae|pai|prima|primo|tia|tio|vizinh[ao]|colega|avo|filh[ao]"
    r"|vriendin|vriend|zus|broer|moeder|vader|buurvrouw|buurman|collega|dochter|zoon|tante|oom)\b"
)
_OVER = re.compile(
    r"\b(?:(?:ora|adesso|ormai) (?:sta|e) (?:bene|benissimo|guarit[oa])|sta (?:bene|benissimo) (?:ora|adesso)"
    r"|(?:e|e gia|ormai e) (?:passat[oa]|tornat[oa] (?:normale|a posto|come prima))|tornat[oa] (?:normale|come prima)"
    r"|(?:ja |agora )?(?:esta|ta) (?:bem|otima|otimo|boa|bom)(?: agora)?"
    r"|(?:ja )?(?:voltou|voltaram) ao normal|ja passou"
    r"|(?:ficou|ja esta) (?:boa|bom|curad[oa]|recuperad[oa])"
    r"|(?:het )?gaat (?:nu )?(?:weer )?goed(?: met (?:haar|hem))?|is (?:weer )?(?:normaal|over|hersteld|beter))\b"
)
_FIRST_PERSON_HEALTH = re.compile(
    r"\b(?:anch\W?io|anche io|io ho|ho (?:la|il|un|una|dei|delle)|mi (?:fa|sento|e venut\w*)|sto male"
    r"|eu tenho|tenho|estou com|sinto|tambem (?:tenho|estou|sinto)|eu tambem|me sinto|me doi"
    r"|ik heb|ik voel|ik ook|heb ik)\b"
)


def _someone_elses_passed_story(health_words: List[str], folded_text: str) -> bool:
    other = _OTHER_PERSON.search(folded_text)
    if other is None or _FIRST_PERSON_HEALTH.search(folded_text) is not None:
        return False
    over = [
        m
        for m in _OVER.finditer(folded_text)
        if m.start() > other.start() and _DENIED_BEFORE.search(folded_text[: m.start()]) is None
    ]
    if not over:
        return False
    last_health = max((m.end() for m in _WORD.finditer(folded_text) if _fold(m.group(0)) in health_words), default=-1)
    story_phrases = [m.end() for m in _HEALTH_PHRASES.finditer(folded_text)]
    last = max([last_health] + story_phrases)
    return last < over[-1].start()


# Words the lexicon would read (by a one-letter typo correction or a shared spelling) as a warning
# sign, but that are everyday words in a language it does not read: Italian "livido", "lividi" (a
# bruise, the expected after-effect, matrix B2) look like Spanish "lívida" (skin gone bluish, a
# blocked vessel). A lexicon finding on them alone is dropped in that language; the net reads a
# bruise that grows or hardens, and skin that turns or is "livid" and cold, by its phrases.
_FALSE_FRIENDS = {
    "it": frozenset({"livido", "lividi"}),
    # Romanian "mare", "mari" (big) look like the Spanish stem of dizziness ("mareo", "mareada")
    "ro": frozenset({"mare", "mari"}),
}

# An illness that has passed ("ho avuto il Covid, ormai guarito", "tive gripe, ja passou", "ik had
# corona maar ben hersteld"): not being unwell on the treatment day (A26). Used for that situation
# only; a past condition of another kind (a heart attack last year) is still for review.
_RESOLVED_ILLNESS = re.compile(
    r"\b(?:(?:ormai |gia |completamente )?guarit[oa]|(?:ja |tudo )?(?:curad[oa]|recuperad[oa])|ja passou"
    r"|(?:e|e gia|ormai e) passat[oa]|(?:helemaal |weer )?(?:genezen|hersteld)|(?:al )?lang over)\b"
)
RESOLVED_ILLNESS_SITUATIONS = frozenset({"unwell_on_treatment_day"})
_DENIED_BEFORE = re.compile(r"\b(?:non|nao|niet|nog niet|not)\W+(?:\w+\W+){0,2}$")


# --- after batch 19 (b19rest): harmless questions that name a health word -------------------
# A function said to work normally, as the message's only health word ("slikken gaat prima",
# "deglutisco bene"): not a symptom. An emergency word keeps its level whatever follows it (the
# net's rule), and "gaat niet goed" is not this.
_REASSURED_WORD = re.compile(
    r"\b(\w+) (?:\w+ )?(?:gaat|gaan|ging|gingen|va|vanno|vai|vao) (?:heel |gewoon |helemaal |molto |tutto |)"
    r"(?:prima|goed|normaal|bene|benissimo|normalmente|bem|normal)\b"
)
# Ice or a cold pack on a swelling, asked about ("mag ik ijs op de zwelling?"): aftercare for the
# expected swelling when swelling is the only health word, nothing names the lips, tongue, eyes or
# throat, and nothing says it grows.
_SWELLING_ONLY_STEMS = ("zwel", "gezwol", "opgezw", "gonfi", "incha")
_COLD_AFTERCARE = re.compile(
    r"\b(?:ijs|ijsje|ijsblokjes|ijszak\w*|coldpack\w*|cold ?pack\w*|koelen|koelelement\w*|koud kompres|ghiaccio"
    r"|impacch?\w* fredd\w*|compress\w* fredd\w*|gelo|bolsa de gelo|compressas? frias?|gelo)\b"
)
_SENSITIVE_PARTS_NL = re.compile(r"\b(?:lip|lippen|tong|keel|oog|ogen|ooglid|oogleden)\b")
_GROWING = re.compile(
    r"\b(?:groter|erger|steeds|groeit|blijft|peggio|aumenta|cresce|sempre piu|maior|pior|aumentando|crescendo)\b"
)
# Fainting at blood tests or the sight of blood, said as a habit ("svengo sempre ai prelievi",
# "desmaio sempre quando vejo sangue", "ik val altijd flauw bij bloedprikken"): who the patient
# is (A28, INFO), not a faint after a treatment. Only when every health word is inside the fear
# or habit, and nothing dates it after a session.
_BLOOD_FEAR = re.compile(
    r"\b(?:(?:quando|se) (?:vedo|vejo|ik) (?:il |o |)(?:sangue|bloed)(?: zie)?|alla vista del sangue|a vista do sangue"
    r"|(?:ai|agli|durante i|ad ogni|a ogni|nei) prelievi?|prelievo del sangue|analisi del sangue"
    r"|(?:exames?|colheitas?|analises?) de sangue"
    r"|bloedprik\w*|bloed (?:zie|zien)|bij het (?:zien van )?bloed|(?:paura|fobia) (?:degli aghi|del sangue|dell\W?ago)"
    r"|(?:medo|fobia) (?:de agulhas?|de sangue)|naaldangst|angst voor (?:naalden|bloed|prikken)"
    r"|(?:av|vid|for) (?:sprutor|nalar|blod|blodprov|stick)|blodprov\w*|sprutradd\w*|nalradd\w*)\b"
)
_HABIT = re.compile(
    r"\b(?:sempre|ogni volta|di solito|tutte le volte|sempre que|toda vez|altijd|elke keer|iedere keer"
    r"|fobia|medo|paura|angst|naaldangst|alltid|latt|varje gang|radd)\b"
)
_FAINT_STEMS = ("svien", "svenut", "desma", "flauw", "bayil", "svimm", "besvim")
_AFTER_SESSION = re.compile(
    r"\b(?:dopo|depois|sinds|na de|na mijn|ieri|ontem|gisteren|stamattina|hoje|oggi|vandaag|efter|igar|idag|imorse)\b"
)
# Someone else's illness in the past at another clinic, told before a question ("mijn zus had
# vorig jaar een infectie na een behandeling ergens anders, hoe zit het met hygiëne?"): a story,
# not the writer's sign, when all its health words are inside it.
_SOMEONE_ELSES_PAST = re.compile(
    r"\b(?:mijn|m'n|mn|onze|een) (?:vriendin|vriend|zus|zuster|broer|moeder|vader|collega|nicht|neef|buurvrouw|buurman"
    r"|kennis|schoonzus|dochter|zoon|tante)\w* (?:had|heeft|kreeg|hadden)\W+(?:\w+\W+){0,12}?"
    r"(?:ergens anders|elders|bij een andere (?:kliniek|salon|praktijk)|in het buitenland|in een andere kliniek)\b"
)
_PAST_TIME = re.compile(
    r"\b(?:vorig jaar|vorige (?:maand|zomer|winter)|jaren geleden|lang geleden|ooit|destijds|vroeger"
    r"|een tijd geleden)\b"
)


def _reassured(folded_text: str) -> FrozenSet[str]:
    return frozenset(match.group(1) for match in _REASSURED_WORD.finditer(folded_text))


def _cold_on_swelling_question(health_words: List[str], folded_text: str) -> bool:
    return (
        bool(health_words)
        and all(w.startswith(_SWELLING_ONLY_STEMS) for w in health_words)
        and "?" in folded_text
        and _COLD_AFTERCARE.search(folded_text) is not None
        and _SENSITIVE_PARTS.search(folded_text) is None
        and _SENSITIVE_PARTS_NL.search(folded_text) is None
        and _GROWING.search(folded_text) is None
    )


def habitual_faint_at_blood(text: str, language: str | None) -> bool:
    """Whether a message says the writer faints at blood tests or blood, as a habit."""
    folded = _fold(text)
    if _BLOOD_FEAR.search(folded) is None or _HABIT.search(folded) is None or _AFTER_SESSION.search(folded):
        return False
    rest = _BLOOD_FEAR.sub(" ", folded)
    left = [w for w in _WORD.findall(rest) if _is_health_word(w, language)]
    return all(w.startswith(_FAINT_STEMS) for w in left)


def in_someone_elses_past(trigger: str, text: str) -> bool:
    """Whether a trigger lies wholly inside a story of someone else's illness at another clinic,
    in the past (Dutch)."""
    folded = _fold(text)
    match = _SOMEONE_ELSES_PAST.search(folded)
    if match is None or _PAST_TIME.search(match.group(0)) is None:
        return False
    # Every place the trigger is written must be inside the story ("..., en ik heb nu ook een
    # infectie" is the writer's own).
    folded_trigger = _fold(trigger).strip()
    places = [m for m in re.finditer(re.escape(folded_trigger), folded)] if folded_trigger else []
    return bool(places) and all(match.start() <= p.start() and p.end() <= match.end() for p in places)


def _only_someone_elses_past(words: List[str], text: str) -> bool:
    return bool(words) and all(in_someone_elses_past(w, text) for w in words)


def is_false_friend(trigger: str, language: str | None) -> bool:
    """Whether a lexicon trigger is only everyday words of the message's (unread) language."""
    words = [_fold(word) for word in _WORD.findall(trigger)]
    everyday = _FALSE_FRIENDS.get(language or "", frozenset())
    return bool(words) and all(word in everyday for word in words)


def illness_resolved(text: str) -> bool:
    """Whether a message in an unread language says an illness has passed (and not that it has
    not: "non sono ancora guarita", "nog niet hersteld")."""
    folded = _fold(text)
    return any(
        _DENIED_BEFORE.search(folded[: match.start()]) is None for match in _RESOLVED_ILLNESS.finditer(folded)
    )


def _fold(word: str) -> str:
    # Turkish dotless i has no decomposition: "bayıldım" is read as "bayildim"
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_emergency_word(word: str) -> bool:
    """Whether a health word found by ``unread_language_health_word`` (or any word) belongs to an
    emergency family."""
    folded = _fold(word)
    if folded.startswith(_EVERYDAY_PREFIXES):
        return False
    return folded in _EMERGENCY_WHOLE_WORDS or any(folded.startswith(_fold(stem)) for stem in _EMERGENCY_STEMS)


def unread_language_emergency_word(text: str, language: str | None = None) -> str | None:
    """The first word of an emergency family in a message in a language the screen cannot read
    that has a health word, or None."""
    language = language if language is not None else likely_language(text)
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
            for word in _WORD.findall(text)
            if is_emergency_word(word) and _fold(word) not in _EVERYDAY_BY_LANGUAGE.get(language or "", ())
        ),
        None,
    ) or table_emergency(text)


def emergency_phrase(text: str, table: bool = True) -> str | None:
    """An Italian or Portuguese emergency phrase in a message, whatever language it was taken
    for: Portuguese shares most of its stop words with Spanish ("e", "mal", "consigo"), so a
    Portuguese message can be guessed Spanish and read by a lexicon that has none of its words.
    Phrases only, never single words: "garganta" or "respirar" in Spanish is the lexicon's to
    read."""
    folded = _fold(text)
    phrase = _EMERGENCY_PHRASES.search(folded)
    if phrase is not None:
        return phrase.group(0)
    # the emergency families of the matrix, by language (unread_emergency_words.py)
    return _emergency_picture(folded) or (table_emergency(text) if table else None)


def _emergency_picture(folded: str) -> str | None:
    """A combination that makes an emergency (after batch 20): a crooked mouth or smile with
    speech trouble or come on suddenly (a stroke, B12), a faint with bleeding."""
    crooked = _CROOKED_FACE.search(folded)
    if crooked is not None and _SPEECH_OR_SUDDEN.search(folded) is not None:
        return crooked.group(0)
    fainted = _FAINTED.search(folded)
    if fainted is not None and _HEAVY_BLOOD.search(folded) is not None:
        return fainted.group(0)
    return None


def unread_language_health_word(text: str, language: str | None = None) -> str | None:
    """The first health word of a message in a language the screen cannot
    read, or None (English, a language the lexicon reads, or no health word).
    ``language``: the caller's ``likely_language(text)``, if it has it."""
    language = language if language is not None else likely_language(text)
    if language is None or language in READ_LANGUAGES:
        return None
    # an emergency family of unread_emergency_words.py, even without a health word
    table_phrase = table_emergency(text)
    folded_text = _fold(text)
    phrase = _EMERGENCY_PHRASES.search(folded_text) or _HEALTH_PHRASES.search(folded_text)
    expected = {
        _fold(word) for match in _EXPECTED_BLOOD.finditer(folded_text) for word in _WORD.findall(match.group(0))
    }
    reassured = _reassured(folded_text)
    words = [
        word
        for word in _WORD.findall(_EVERYDAY_PHRASES.sub(" ", text))
        if _is_health_word(_fold(word), language)
        and not (_fold(word) in expected and _is_blood(_fold(word)))
        and not (_fold(word) in reassured and not is_emergency_word(word))
    ]
    folded_words = [_fold(word) for word in words]
    if phrase is None and table_phrase is None and (
        _soreness_waved_away(folded_words, folded_text)
        or _slight_swelling_same_day(folded_words, folded_text)
        or _injection_question(folded_words, folded_text)
        or _pain_question(folded_words, folded_text)
        # after batch 19 (b19rest)
        or _cold_on_swelling_question(folded_words, folded_text)
        or habitual_faint_at_blood(text, language)
        or _only_someone_elses_past(words, text)
        # batch 20 false alarms
        or _injection_marks_fading(folded_words, folded_text)
        or _occasional_pain_question(folded_words, folded_text)
        # round 13 (r13fa)
        or _pain_question_with_needs(folded_words, folded_text)
    ):
        return None
    if (
        _EMERGENCY_PHRASES.search(folded_text) is None
        and table_phrase is None
        and not any(is_emergency_word(word) for word in words)
        and _someone_elses_passed_story(folded_words, folded_text)
    ):
        return None
    if words:
        return words[0]
    return phrase.group(0) if phrase is not None else table_phrase


def _is_health_word(folded: str, language: str | None = None) -> bool:
    if folded.startswith(_EVERYDAY_PREFIXES) or folded in _EVERYDAY_BY_LANGUAGE.get(language or "", ()):
        return False
    return folded in _WHOLE_WORDS or any(folded.startswith(_fold(stem)) for stem in _STEMS)


def _is_blood(folded: str) -> bool:
    return folded.startswith(_BLOOD_STEMS)


def _soreness_waved_away(health_words: List[str], folded_text: str) -> bool:
    soreness = [w for w in health_words if w in _SORENESS_WORDS or w.startswith(_SORENESS_STEMS)]
    others = [w for w in health_words if w not in soreness and not w.startswith(_INJECTION_STEMS)]
    return bool(soreness) and not others and _DISMISSAL.search(folded_text) is not None


def _injection_question(health_words: List[str], folded_text: str) -> bool:
    return (
        bool(health_words)
        and all(w.startswith(_INJECTION_STEMS) for w in health_words)
        and (_PRACTITIONER.search(folded_text) is not None or "?" in folded_text)
        and _WHO_ASKS.search(folded_text) is not None
        and _ALREADY_TREATED.search(folded_text) is None
    )


def _slight_swelling_same_day(health_words: List[str], folded_text: str) -> bool:
    swelling = [w for w in health_words if w.startswith(_SWELLING_STEMS)]
    others = [w for w in health_words if w not in swelling and not w.startswith(_INJECTION_STEMS)]
    return (
        bool(swelling)
        and not others
        and _SLIGHT_SWELLING.search(folded_text) is not None
        and _SAME_DAY.search(folded_text) is not None
        and _SENSITIVE_PARTS.search(folded_text) is None
    )


# --- batch 20 false alarms (b20fa) -------------------------------------------------------------
# Injection marks said to be fading ("i segnini delle iniezioni stanno sparendo", "as marcas das
# picadas já estão a desaparecer"): the expected after-effect (matrix B1), going away, when the
# injection is the message's only health word and nothing says the marks are worse.
_FADING = re.compile(
    r"\b(?:(?:stanno|sta|stia|stiano|si stanno|si sta) (?:sparendo|svanendo|schiarendo|attenuando|passando|andando via)"
    r"|(?:quasi |gia |ormai )?(?:spariti|sparite|sparito|sparita|svaniti|svanite)"
    r"|(?:estao|esta|ja estao|ja esta)(?: a)? (?:desaparecer|desaparecendo|sumir|sumindo|passar|passando"
    r"|clarear|clareando|desvanecer)"
    r"|(?:quase |ja )?(?:desaparecidas|desaparecidos|sumiram|passaram))\b"
)
_MARKS_WORSE = re.compile(
    r"\b(?:peggio|peggiorat\w*|piu grand\w*|pus|febbre|caldo|calda|pior|piorar\w*|maior\w*|febre|quente|cresc\w*)\b"
)


def _injection_marks_fading(health_words: List[str], folded_text: str) -> bool:
    return (
        bool(health_words)
        and all(w.startswith(_INJECTION_STEMS) for w in health_words)
        and any(_DENIED_BEFORE.search(folded_text[: m.start()]) is None for m in _FADING.finditer(folded_text))
        and _MARKS_WORSE.search(folded_text) is None
    )


# A question about a painkiller before the session, with a pain the writer has now and then ("tenho
# dor de cabeça às vezes", "ho mal di testa ogni tanto"): a habit, not a pain now. Only when pain
# words, and the injection, are the message's only health words, it asks a question, says the
# pain comes and goes, names the time before the session, and nothing dates it after one.
_NOW_AND_THEN = re.compile(
    r"\b(?:as vezes|de vez em quando|por vezes|ocasionalmente|a volte|ogni tanto|di tanto in tanto|qualche volta"
    r"|talvolta|raramente|soms|af en toe)\b"
)
_BEFORE_SESSION = re.compile(r"\b(?:antes d[aoe]s?|prima d(?:ella|el|i|ello)|voor de|voor mijn|voordat)\b")
_AFTER_A_SESSION = re.compile(r"\b(?:depois|dopo|desde|da quando|ieri|ontem|ainda|ancora|sinds|gisteren)\b")


def _occasional_pain_question(health_words: List[str], folded_text: str) -> bool:
    pain = [w for w in health_words if w in _PAIN_WORDS or w.startswith(_PAIN_STEMS)]
    others = [w for w in health_words if w not in pain and not w.startswith(_INJECTION_STEMS)]
    return (
        bool(pain)
        and not others
        and "?" in folded_text
        and _NOW_AND_THEN.search(folded_text) is not None
        and _BEFORE_SESSION.search(folded_text) is not None
        and _AFTER_A_SESSION.search(folded_text) is None
    )


# --- batch 21 emergencies (r12emerg) -----------------------------------------------------------
# Emergency pictures batch 21 found reaching only same-day, or nothing, in the net's languages
# (each a concept in words of its own, never a batch sentence):
# - sight going after a treatment near the eyes, in Dutch ("ziet bijna niks meer met haar oog")
#   and Turkish ("gözüm bulanık görüyor"), with an eye word so that "ik zie niks in de agenda"
#   stays quiet (B12);
# - the throat closing, the lips swelling, no breath, in Greek script ("κλείνει ο λαιμός",
#   "δεν μπορώ να πάρω ανάσα") (B8);
# - skin gone white or purple that is ice-cold or very painful, in Turkish and Greek (B11);
# - vomiting with nothing kept down or hardly any (dark) urine, in Czech (B30);
# - self-harm in Greek written in Latin letters ("den thelo na zo", "thelo na pethano") (A32).
# Not the throat, the lips or the eyes alone (Greek "λαιμός", "χείλη", "μάτια" are treatment
# areas), nor Turkish "kusur" (a fault, "kusura bakmayın"): the phrases below read them in context.
_STEMS_B21 = (
    # Greek: choking, swelling said with zeta ("πρήζεται"); Czech: not peeing ("nečůrám")
    "πνιγ", "πρηζ", "necur",
)
_EMERGENCY_STEMS_B21 = ("πνιγ",)
# Greek breath ("ανάσα"), whole words: not "ανασκόπηση" (a review)
_EMERGENCY_WHOLE_WORDS_B21 = frozenset({"ανασα", "ανασες", "ανασουλα"})
_B21_TR_COLOURS = r"(?:bembeyaz|beyaz\w*|apak|morumsu|mor|morar\w*|mosmor|gri\w*|mavi\w*|mavimsi|solgun|alaca\w*)"
_B21_EL_COLOURS = r"(?:κατασπρ\w*|ασπρ\w*|λευκ\w*|μωβ|γκρι\w*|μελαν\w*|μελιν\w*|χλωμ\w*|κατακιτριν\w*|μπλε)"
_EMERGENCY_B21 = (
    # Dutch sight going, with an eye word before or after (B12)
    r"(?:oog|ogen|linkeroog|rechteroog|zicht)\W+(?:\w+\W+){0,8}?(?:(?:bijna |vrijwel |helemaal |ineens |opeens )?"
    r"(?:niks|niets) (?:meer )?(?:zie|ziet|zag|zien)|(?:zie|ziet|zag|zien) (?:\w+ ){0,2}?(?:bijna |vrijwel )?"
    r"(?:niks|niets) meer"
    r"|(?:is|wordt|werd|ging|gaat|zag) (?:alles |het |)(?:ineens |opeens |helemaal |)(?:zwart|wazig|troebel|blind))"
    r"|(?:zie|ziet|zag) (?:\w+ ){0,3}?(?:bijna |vrijwel )?(?:niks|niets) (?:meer )?(?:met|uit|door) "
    r"(?:mijn |haar |zijn |het |m'n |)"
    r"(?:linker|rechter|)oog|(?:blind|half blind) aan (?:een|mijn|haar|zijn|het) (?:linker|rechter|)oog"
    # Turkish sight blurred or gone: "gözüm bulanık", "gözüm görmüyor", "göremiyorum" with an eye
    r"|goz\w*\W+(?:\w+\W+){0,3}?(?:bulanik|gormuyor\w*|goremiyor\w*|karard\w*|kararma\w*|cift gor\w*|buzlu)"
    r"|(?:bulanik|cift|puslu) gor(?:uyor|uyorum|me|meye)\w*"
    # Greek: the throat closing, choking, no breath (B8)
    r"|(?:κλεινει|κλειδωνει|σφιγγει|πρηζεται|πρηστηκε|κλεισει) (?:\w+ ){0,2}?λαιμ\w*"
    r"|λαιμ\w* (?:\w+ ){0,2}?(?:κλεινει|σφιγγει"
    r"|πρηζεται|πρηστηκε)"
    r"|(?:δυσκολευομαι|δεν μπορω|δυσκολα) (?:να )?(?:παρω ανασα|αναπνευσω|ανασαν\w*)|πνιγομαι|δεν (?:εχω|παιρνω) ανασα"
    r"|χειλ\w* (?:\w+ ){0,2}?(?:πρηζ\w*|πρηστηκ\w*|φουσκων\w*)"
    # Greek sight gone (B12): "δεν βλέπω με το ένα μάτι", "θολή όραση"
    r"|δεν (?:\w+ )?βλεπ\w* (?:\w+ ){0,5}?ματι|ματι (?:\w+ ){0,3}?(?:θολ\w*|δεν βλεπ\w*|σκοτειν\w*)"
    # Turkish and Greek: skin gone white or purple, ice-cold or very painful (B11)
    r"|" + _B21_TR_COLOURS + r"\W+(?:\w+\W+){0,8}?(?:buz gibi|buz kesil\w*|soguk\w*|cok agri\w*|cok aci\w*"
    r"|asiri agri\w*|dayanilmaz\w*|feci agri\w*)"
    r"|(?:buz gibi|soguk\w*)\W+(?:\w+\W+){0,6}?" + _B21_TR_COLOURS + r"\b"
    r"|" + _B21_EL_COLOURS + r"\W+(?:\w+\W+){0,8}?(?:κρυ[οαε]\w*|παγωμεν\w*|παγος"
    r"|ποναει (?:παρα |πολυ |τρομερα |απιστευτα )"
    r"|πονο[σς]? (?:πολυ|τρομερ\w*|αφορητ\w*)|αφορητ\w*)"
    # Czech: vomiting with nothing kept down, or hardly any (dark) urine (B30)
    r"|zvrac\w*\W+(?:\w+\W+){0,15}?(?:neudrz\w*|nic (?:v sobe )?neudrz\w*|(?:skoro|temer|vubec|skoro vubec) "
    r"(?:ne\w*cur\w*|nemoc\w*)|moc (?:je )?(?:tmav\w*|hned\w*))"
    r"|(?:neudrz\w*|(?:skoro|temer|vubec) (?:ne\w*cur\w*|nemoc\w*))\W+(?:\w+\W+){0,15}?zvrac\w*"
    # Greek written in Latin letters: not wanting to live, wanting to die, killing oneself (A32)
    r"|den (?:thelo|thelw|thélo) (?:pia |allo |allo pia |pleon )?na (?:zo|zw|ziso|zisw)\b|thelo na (?:pethano|pethanw)"
    r"|(?:tha|na) (?:skototho|skotw8w|skotothw|aftoktoniso)"
)
_STEMS = _STEMS + _STEMS_B21
_EMERGENCY_STEMS = _EMERGENCY_STEMS + _EMERGENCY_STEMS_B21
_WHOLE_WORDS = _WHOLE_WORDS | _EMERGENCY_WHOLE_WORDS_B21
_EMERGENCY_WHOLE_WORDS = _EMERGENCY_WHOLE_WORDS | _EMERGENCY_WHOLE_WORDS_B21
_EMERGENCY_PHRASES = re.compile(_EMERGENCY_PHRASES.pattern[:-3] + r"|" + _EMERGENCY_B21 + r")\b")


# --- round 13 (r13fa): false alarms of batch 21 ------------------------------------------------
# Fainting at the dentist, a jab or a blood test, told once or as a terror of needles ("ho il
# terrore degli aghi, una volta sono svenuta dal dentista"): who the patient is (A28, INFO), as
# habitual_faint_at_blood reads it in its other words. Only when every health word is inside the
# fear or is a faint, and nothing dates it after a session (_AFTER_SESSION).
_BLOOD_FEAR = re.compile(
    _BLOOD_FEAR.pattern[:-3]
    + r"|(?:terrore|panico|fobia|paura|pavor|pavore)"
    + r" (?:degli aghi|delle punture|delle iniezioni|das agulhas|de agulhas)"
    + r"|(?:dal|dall\W?|al|dai) (?:dentista|vaccino|vaccini|prelievo)|(?:no|na|ao) (?:dentista|vacina)"
    + r"|bij de (?:tandarts|prik|vaccinatie))\b"
)
_HABIT = re.compile(
    _HABIT.pattern[:-3] + r"|una volta|due volte|qualche volta|uma vez|duas vezes|een keer|twee keer|terrore|pavor)\b"
)
# "I need" in Dutch ("hoeveel sessies heb ik nodig?"): a question about a course to come, not a
# treatment had ("heb ik" alone reads as one in _ALREADY_TREATED). Set aside before the
# pain-question check, so "mijn vriendin zegt dat het pijn doet, klopt dat? hoeveel sessies heb
# ik nodig?" asks what to expect.
_NEED = re.compile(r"\b(?:heb ik|ik heb) (?:\w+ ){0,3}?nodig\b")


def _pain_question_with_needs(health_words: List[str], folded_text: str) -> bool:
    return _pain_question(health_words, _NEED.sub(" ", folded_text))


# --- end round 13 (r13fa) ----------------------------------------------------------------------


# --- round 13 (r13rest): self-harm in the net's languages reaches the crisis reply ---
# In the languages the lexicon reads, a statement of self-harm is reported as the `self_harm`
# situation (matrix A32), whose reply gives the crisis line. A self-harm word or phrase in a
# language the screen cannot read fully is labelled the same way (screen.py), not only as a
# generic emergency: the crisis reply is what such a writer needs. These are the self-harm words
# and phrases of the net above (the same alternatives, collected so that they can be told apart
# from the net's other emergencies: breathing, sight, bleeding).
_SELF_HARM_STEMS = (
    "suicid", "zelfmoord", "zelfdoding", "intihar", "matar-me", "sinucid", "sjalvmord", "selvmord", "itsemurh",
    "sebevrazd", "ongyilkos", "самоуб", "αυτοκτον", "انتحار",
)
_SELF_HARM_PHRASES = re.compile(
    r"\b(?:"
    # Italian and Portuguese: ending it, wanting to die, not waking up, no sense in going on,
    # giving one's pets or things away, taking oneself out of the way
    r"farla finita|(?:voglio|vorrei) morire|non (?:voglio|vorrei) piu vivere|non ce la faccio piu"
    r"|(?:non )?svegliarmi piu|meglio (?:morto|morta)"
    r"|(?:nessun|non ha piu|non ha) senso (?:vivere|andare avanti|continuare)"
    r"|(?:quero|queria) morrer|nao quero (?:mais )?viver|acabar com (?:tudo|a minha vida)"
    r"|(?<!vai )(?<!vao )(?<!ia )(?<!iria )me matar|nao aguento mais"
    r"|nao acordar mais|(?:sem|nao tem) sentido (?:viver|continuar)"
    r"|(?:regalato|regalando|dato via|trovato casa a|trovato una casa per) (?:il mio|la mia|i miei|le mie)"
    r" (?:gatt\w*|can\w*|cose)"
    r"|(?:dei|dando|doei|doando|dar) (?:o meu|a minha|os meus|as minhas) (?:gat\w*|cachorr\w*|cao|caes|coisas)"
    r"|(?:togliermi|levarmi|mi tolgo|mi levo) di mezzo|togliermi la vita|farmi fuori"
    r"|non (?:voglio|posso|riesco a) (?:piu )?vivere (?:cosi|in questo modo)|non ce la faccio piu a vivere"
    r"|buttarmi (?:sotto (?:un|il) treno|dal ponte|dalla finestra|dal balcone)|non (?:voglio|vorrei) piu svegliarmi"
    r"|(?:me )?tirar do (?:caminho|meio)|sumir (?:de vez|para sempre|pra sempre)|tirar a (?:minha )?(?:propria )?vida"
    r"|nao (?:aguento|consigo|quero) mais viver|nao quero (?:mais )?viver (?:assim|desse jeito|dessa forma)"
    r"|dar cabo de mim|me jogar (?:da ponte|do predio|da janela|na frente de um|debaixo de um)"
    r"|nunca mais acordar|(?:quero|queria) (?:nao acordar|dormir e nao acordar)"
    r"|nessuno (?:sentirebbe|sentira) la mia mancanza|ninguem (?:sentiria|vai sentir|ia sentir) (?:a )?minha falta"
    r"|(?:mi ammazzo|ammazzarmi|mi ammazzerei|uccidermi|mi uccido|mi ucciderei)"
    # Dutch
    r"|zie het (?:\w+ )?(?:niet|nooit) meer zitten|niemand (?:zou|zal) me (?:\w+ )?missen"
    r"|(?:als|wanneer) ik er niet meer (?:ben|was|zou zijn)|wil er niet meer zijn|wil (?:niet meer leven|dood)"
    r"|(?:er|aan alles) een (?:eind|einde) aan (?:maken|maak)|mezelf (?:iets aandoen|van kant maken|ombrengen|doden)"
    # Romanian
    r"|(?:vreau|vreau sa|as vrea sa|o sa|am sa|ma gandesc sa) (?:mor|ma omor|ma sinucid|ma arunc)(?! dupa| de (?:ras"
    r"|foame|cald|frig|plictiseala|nerabdare))"
    r"|(?:sa|sa-mi) (?:imi )?(?:iau|pun capat) (?:viata|zilelor)|nu (?:mai )?vreau sa (?:traiesc|mai traiesc|exist)"
    r"|nu (?:mai )?are (?:niciun |nici un )?rost (?:sa (?:mai )?traiesc|viata|nimic|sa continui)|ma omor(?! dupa| cu)"
    # Swedish, Danish, Norwegian
    r"|orkar inte (?:mer|langre|leva|med livet)|klarar inte (?:av )?(?:mer|livet|att leva)"
    r"|(?:vill|ville) inte (?:\w+ )?(?:vakna|leva|finnas)|vill (?:bara )?do\b|aldrig vakna (?:igen|mer|upp)"
    r"|ta (?:livet av mig|mitt (?:eget )?liv)|gora slut pa (?:allt|mitt liv|mig sjalv|mig)|avsluta (?:allt|mitt liv)"
    r"|ingen (?:skulle|kommer att|kommer) sakna mig|(?:alla|ni|de) (?:vore|skulle ha det) battre utan mig"
    r"|skada mig sjalv|(?:ingen|ingenting har) mening (?:med|att) (?:att )?leva|vill (?:bara )?forsvinna"
    r"|vil ikke (?:leve|vågne|vakne|være her)|vil (?:bare )?dø\b|tage mit (?:eget )?liv|ta livet (?:mitt|av meg)"
    r"|orker ikke (?:mer|mere|leve)|ingen (?:ville|vil) savne (?:mig|meg)"
    # Finnish, Czech, Hungarian, Turkish, Greek, and Greek in Latin letters
    r"|en halua (?:enaa )?(?:elaa|herata)|haluan kuolla|(?:tapan|tappaa|tappaisin) itseni|en jaksa (?:enaa )?elaa"
    r"|nechci (?:uz )?(?:zit|se probudit)|chci (?:umrit|zemrit)|(?:zabiju|zabit|zabiji) se"
    r"|nem akarok (?:tovabb |mar )?(?:elni|felebredni)|meg akarok halni|megolom magam"
    r"|olmek istiyorum|yasamak istemiyorum|kendimi oldur\w*|uyanmak istemiyorum"
    r"|θελω να πεθανω|δεν θελω (?:πια )?να ζω"
    r"|den (?:thelo|thelw|thélo) (?:pia |allo |allo pia |pleon )?na (?:zo|zw|ziso|zisw)\b|thelo na (?:pethano|pethanw)"
    r"|(?:tha|na) (?:skototho|skotw8w|skotothw|aftoktoniso)"
    r")"
)


def self_harm_trigger(text: str) -> str | None:
    """The self-harm word or phrase of the net's languages in a message (the words that make the
    net's emergency a crisis, matrix A32), or None."""
    folded = _fold(text)
    phrase = _SELF_HARM_PHRASES.search(folded)
    if phrase is not None:
        return phrase.group(0)
    return next(
        (word for word in _WORD.findall(text) if _fold(word).startswith(tuple(_fold(s) for s in _SELF_HARM_STEMS))),
        None,
    )


# --- end round 13 (r13rest) ---


# --- round 13 (r13rest): review words of the net's languages batch 21 found unread ---
# - a cold sore in Turkish ("uçuk", "uçuğum"; A12): whole words, since "uçuk" is also a colour
#   gone pale only with "renk" ("uçuk renk"), which is set aside by needing the word alone;
# - a pregnancy in Czech said as the pregnancy week ("v 10. týdnu těhotenství": "tehoten" did not
#   begin with "tehotn");
# - skin sunburnt before a booking, in Dutch ("verbrand", "verbranding"; A14); not "zonnebrand"
#   (sunscreen), which does not begin the same way;
# - trying for a baby in Italian said with "di avere" ("stiamo cercando di avere un figlio", A8).
_STEMS = _STEMS + ("tehoten", "verbrand")
_WHOLE_WORDS = _WHOLE_WORDS | frozenset({"ucuk", "ucugum", "ucugu", "ucuklar", "ucugun", "ucukum"})
_HEALTH_PHRASES = re.compile(
    _HEALTH_PHRASES.pattern[:-3]
    + r"|(?:cercando|cerchiamo|provando|proviamo|stiamo provando|stiamo cercando) (?:di |ad |a )avere (?:un|una)"
    r" (?:figli[oa]|bambin[oa]|gravidanza|bebe)"
    + r")\b"
)
# --- end round 13 (r13rest) ---

# --- round 13 (r13emerg): batch 22 emergencies in the net's languages ---------------------------
# Emergency pictures batch 22 found at same-day or missed in the languages the lexicon does not
# read. Each is a word family (several synonyms), never a batch sentence:
# - chest pain (Dutch "pijn op de borst", Swedish "ont i bröstet", Danish "ondt i brystet",
#   Hungarian "mellkasi fájdalom", Romanian "durere în piept", Portuguese "dor no peito",
#   Italian "dolore al petto") (B9); not "borstvoeding" (breastfeeding);
# - the throat tight and air hard to get (Swedish "trångt i halsen", "svårt att få ner luft",
#   Danish "snører sig sammen") (B8);
# - a faint with someone not answering, confused, not knowing where they are, or jerking, and a
#   fit said in Hungarian ("rángatózott"), unconscious ("eszméletlen") (B9);
# - a drooping mouth corner, slurred speech, an arm that will not lift (Danish, Norwegian,
#   Swedish, Hungarian) (B12);
# - saliva that will not go down, drooling, a muffled or changed voice (Portuguese, Italian,
#   Dutch, Swedish, Danish, Romanian, Hungarian) (B19);
# - blisters or sores in the mouth with a rash over the body or burning, running eyes (Swedish,
#   Danish, Hungarian) (B21);
# - seeing double (Hungarian "duplán látok", Swedish "ser dubbelt", Danish "ser dobbelt") (B12);
# - skin gone purple-blue or net-patterned in Romanian ("s-a făcut vineție", "ca o plasă") (B11);
# - yellow eyes or dark urine (Danish, Swedish, Dutch, Hungarian, Romanian, Portuguese, Italian)
#   (B30).
_STEMS_B22 = (
    # Hungarian swelling with a prefix ("bedagadt", "megdagadt", "feldagadt", "megduzzadt"), a fit,
    # unconscious, double vision; Danish/Norwegian drooling and slurring
    "bedagad", "megdagad", "feldagad", "megduzzad", "felduzzad", "rangatoz", "gorcsroham", "eszmeletlen",
    "snøvl", "savl", "dregl",
)
_EMERGENCY_STEMS_B22 = ("rangatoz", "gorcsroham", "eszmeletlen", "snøvl")
_B22_CHEST = (
    r"pijn (?:op|in|aan) (?:de|mijn|m'n|mn|haar|zijn|z'n) borst(?!\w)|borstpijn\w*"
    r"|(?:druk|beklemming|beklemmend gevoel) (?:op|in) (?:de|mijn|m'n) borst(?!\w)"
    r"|ont i brostet|brostsmart\w*|tryck (?:over|i|pa) brostet|(?:ondt|vondt|smerter?) i brystet|brystsmert\w*"
    r"|trykken (?:for|i|pa) brystet"
    r"|mellkas\w* (?:\w+ )?fajda\w*|fajda\w* (?:\w+ ){0,2}?mellkas\w*|(?:faj|szur|nyom) a mellkas\w*"
    r"|dureri? (?:\w+ )?(?:de|in|la) piept\w*|(?:ma|il|o|ii) (?:\w+ )?doare (?:in )?piept\w*|apasare (?:in|pe) piept"
    r"|(?:dor|dores|aperto|pressao|pontada) no peito|(?:doi|doendo) (?:\w+ )?o peito"
    r"|(?:dolore|dolori|male|fitta|oppressione|peso) (?:al|sul|nel) petto|dolore toracico"
)
_B22_CONFUSED = (
    r"zavart|zavarodott|nem tudja,? hol van|nem (?:reagal|valaszol)|rangatoz\w*"
    r"|verward|reageert (?:niet|nauwelijks|amper|bijna niet)|niet aanspreekbaar|weet niet (?:meer )?waar (?:ze|hij|ik)"
    r"|forvirr\w*|svarar (?:inte|knappt)|vet inte var (?:hon|han) ar|ryck\w*|kramp\w*"
    r"|svarer (?:ikke|naesten ikke|næsten ikke|knapt)|ved ikke hvor (?:hun|han) er|rykk\w*"
    r"|confuz\w*|nu (?:mai )?raspunde|nu stie unde (?:se afla|este|e)|zvacn\w*"
    r"|confus[oa]|nao (?:responde|reage)|nao sabe onde (?:esta|ta)|non (?:risponde|reagisce)|non sa dove (?:si trova|e)"
)
_B22_FAINTED = (
    r"elajult\w*|ajult el|flauwgevallen|viel flauw|svimmade|svimmat|besvimede|besvimte|besvimet|lesinat|lesina"
    r"|desmai\w*|svenut\w*|omdlel\w*"
)
_EMERGENCY_B22 = (
    _B22_CHEST
    # Swedish and Danish: the throat tight, air hard to get (B8)
    + r"|(?:trangt?|tjockt?|svullet|snort) i (?:halsen|svalget|strupen)"
    r"|(?:svart|svarare|jobbigt|tungt|kampigt) att (?:fa (?:ner |in |i )?(?:nagon )?luft|andas)"
    r"|(?:far|fick) (?:inte |knappt |ingen )(?:ner |in )?luft"
    r"|(?:halsen|svælget) (?:\w+ ){0,2}?(?:snører sig sammen|snorer sig sammen|lukker sig|strammer)"
    r"|(?:svært|svaert|svart) ved at (?:få|fa) (?:luft|vejret)"
    # a faint with someone not answering or confused, or jerking (B9)
    r"|(?:" + _B22_FAINTED + r")\W+(?:\w+\W+){0,15}?(?:" + _B22_CONFUSED + r")"
    # Danish, Norwegian, Swedish, Hungarian: a drooping mouth corner, slurring, an arm that will
    # not lift (B12)
    r"|(?:mundvig\w*|munnvik\w*|munden|munnen|mungipa\w*)\W+(?:\w+\W+){0,3}?(?:hænger|haenger|henger|hanger|skæv|skaev"
    r"|skjev|sned)"
    r"|(?:hænger|haenger|henger|hanger) (?:\w+ ){0,2}?(?:mundvig\w*|munnvik\w*|mungipa\w*)"
    r"|taler (?:\w+ )?(?:utydeligt|sløret|slorret|mærkeligt|uforstaaeligt)|snakker (?:\w+ )?(?:utydelig|rart|sløret)"
    r"|kan (?:ikke|inte|knapt) (?:\w+ )?(?:løfte|lofte|lyfta|bevæge|bevaege|bevege|rore|røre) (?:\w+ ){0,2}?"
    r"(?:arm|armen|ben|benet|hånd|hand|handen)"
    r"|(?:log|ferde|lefittyed\w*) a szaj\w*|szaj\w* (?:\w+ )?(?:lefele )?(?:log|ferde|lefittyed\w*)"
    r"|(?:elmosod\w*|zavaros|ertelmetlen\w*|erthetetlen\w*) beszed\w*|beszed\w* (?:\w+ )?(?:elmosod\w*|erthetetlen\w*)"
    r"|nem (?:tudja|tudom|birja|birom) (?:\w+ )?(?:felemelni|mozditani|emelni) (?:\w+ ){0,2}?kar\w*"
    # saliva that will not go down, drooling, a muffled or changed voice (B19)
    r"|saliva (?:\w+ ){0,4}?(?:nao desce|parada|acumul\w*|nao consigo engolir|escorr\w*|non (?:scende|va giu)"
    r"|ristagn\w*|cola\b|nu (?:o )?pot (?:sa )?(?:o )?inghit\w*|curge)"
    r"|nao (?:consigo|consegue) engolir (?:nem )?(?:a )?(?:saliva|cuspe|baba)|babando|non riesc[oe] a (?:deglutire"
    r"|ingoiare|inghiottire) (?:neanche |nemmeno )?(?:la )?saliva|sbav\w*|kwijl\w*|dregl\w*|savl\w*"
    r"|speeksel (?:\w+ ){0,4}?(?:niet (?:weg|door|doorslikken)|blijft|loopt)|kan (?:mijn )?speeksel niet"
    r"|(?:minha |a |sua )?voz (?:\w+ ){0,2}?(?:abafad\w*|estranh\w*|esquisit\w*|diferente|de batata|anasalad\w*)"
    r"|(?:la mia |la sua |)voce (?:\w+ ){0,2}?(?:ovattat\w*|strana|soffocat\w*|cambiat\w*|diversa|impastat\w*)"
    r"|(?:mijn|m'n|haar|zijn|de) stem (?:\w+ ){0,2}?(?:klinkt )?(?:dof|gedempt|raar|vreemd|veranderd|benauwd)"
    r"|rosten (?:\w+ ){0,2}?(?:konstig|annorlunda|grotig|dov|kvavd)|stemmen (?:\w+ ){0,2}?(?:mærkelig|maerkelig"
    r"|anderledes|dump|grødet|grodet|rar)"
    r"|vocea (?:\w+ ){0,2}?(?:ciudat\w*|schimbat\w*|inabusit\w*|infundat\w*)"
    r"|nyal\w* (?:\w+ ){0,3}?(?:nem tudom lenyelni|folyik)|hangom (?:\w+ ){0,2}?(?:furcsa|tompa|megvaltozott|fojtott)"
    # blisters or sores in the mouth with a rash everywhere or burning eyes (B21)
    r"|(?:blasor|sar|munsar|vabler|blærer|blaerer|sår|holyag\w*|seb\w*|afta\w*) (?:\w+ ){0,2}?(?:i|pa|på|a) "
    r"(?:munnen|munden|lapparna|læberne|laeberne|szajban|szajam\w*)"
    r"\W+(?:\w+\W+){0,15}?(?:ogon\w*|øjne\w*|ojne\w*|szem\w*|utslag|udslæt|udslaet|kiutes\w*|hela kroppen|hele kroppen)"
    r"|(?:utslag|udslæt|udslaet|kiutes\w*) (?:\w+ ){0,4}?(?:hela kroppen|hele kroppen|overallt|overalt|egesz testem\w*)"
    r"\W+(?:\w+\W+){0,15}?(?:blasor|sar|munsar|vabler|blærer|blaerer|sår|holyag\w*|afta\w*|munnen|munden|szaj\w*)"
    # seeing double (B12)
    r"|duplan lat\w*|ketto(?:t|sen)? lat\w*|kettos latas\w*|ser (?:\w+ )?(?:dubbelt|dobbelt)|dubbelseende|dobbeltsyn"
    # Romanian: skin gone purple-blue, a net pattern (B11)
    r"|s-a (?:facut|colorat|invinetit) (?:\w+ ){0,2}?(?:vinet\w*|vanat\w*|violet\w*|mov|albastr\w*)|s-a invinetit"
    r"|(?:pete|model|desen|vinetai\w*) (?:\w+ )?ca (?:o |un )?(?:plasa|retea|dantela)"
    # yellow eyes, dark urine (B30)
    r"|(?:øjne\w*|ojne\w*|ogon\w*|ogonvit\w*|ogen|oogwit|szem\w*|ochii|olhos|occhi)\W+(?:\w+\W+){0,4}?(?:gul|gult|gule"
    r"|gula|gulnat|geel|gele|sarga\w*|besargul\w*|galben\w*|amarel\w*|giall\w*)\b"
    r"|(?:gul|gule|gula|gele|sarga|galbeni|galbene) (?:\w+ )?(?:øjne|ojne|ogon|ogen|szem\w*|ochi\w*)"
    r"|(?:tis|tisset|urin|urinen|kiss|kisset|urine|plas|vizelet\w*|urina|xixi|pipi)\W+(?:\w+\W+){0,3}?(?:mørk\w*"
    r"|mork\w*"
    r"|donker\w*|sotet\w*|barna|inchis\w*|maro|escur\w*|marrom|scur\w*|marrone|som (?:te|cola)|als cola"
    r"|ca (?:ceaiul|cola))"
    r"|(?:mørk|mork|morkt|donkere|sotet|dark) (?:\w+ )?(?:tis|urin|kiss|urine|plas|vizelet\w*)"
)
_FAINTED = re.compile(_FAINTED.pattern[:-3] + r"|elajult\w*|omdlel\w*)\b")
_STEMS = _STEMS + _STEMS_B22
_EMERGENCY_STEMS = _EMERGENCY_STEMS + _EMERGENCY_STEMS_B22
_EMERGENCY_PHRASES = re.compile(_EMERGENCY_PHRASES.pattern[:-3] + r"|" + _EMERGENCY_B22 + r")\b")
# --- end round 13 (r13emerg) --------------------------------------------------------------------

# --- Contraindications and same-day signs in the net's languages, told in everyday words -------
# - low platelets (a bleeding disorder, A11): Czech and Slovak "destičky", and the medical word
#   shared by most languages ("trombocyty", "trombositler", "piastrine", "plaquetas");
# - cold sores in Greek ("έρπης", "επιχείλιος", A13 before a booking, B17 after one);
# - hair coming out in handfuls or falling out, in Turkish ("avuç avuç", "saçım dökülüyor", A25);
# - warm or hot lumps or redness in Portuguese ("caroços quentes e vermelhos", B13/B15), and a
#   spot thick, red or warm with yellow matter in Dutch ("dik en rood", "geel spul", B13).
_STEMS = _STEMS + ("destick", "desticek", "trombocyt", "trombosit", "piastrin", "plaquet", "ερπη", "επιχειλ")
_HEALTH_PHRASES = re.compile(
    _HEALTH_PHRASES.pattern[:-3]
    + r"|avuc avuc|(?:sac|saclar|sacim|saclarim|sacimi|saclarimi)\w* (?:\w+ ){0,2}?(?:dokul\w*|kayb\w*|kopuyor)"
    r"|(?:caroc\w*|nodul\w*|bolinh\w*|calomb\w*|vermelh\w*|inchad\w*) (?:\w+ ){0,3}?quent\w*"
    r"|quent\w* (?:\w+ ){0,2}?(?:vermelh\w*|inchad\w*|dur[oa]s?)"
    # Dutch: a spot thick and red, red and warm, yellow matter or pus in it (B13)
    r"|dik en rood|rood en dik|(?:rood|rode) en (?:warm|heet|gezwollen)|(?:warm|heet) en rood"
    r"|(?:geel|gele|groen|groene) (?:spul|pus|vocht|smurrie|troep|korst\w*)|etter\w*"
    + r")\b"
)
# --- end ---------------------------------------------------------------------------------------
# --- emergencies of the net's languages told as pictures (after batch 23) -------------------------
# Each is a word family said in the patient's own words, never one message:
# - sight gone to fog, dark or blur in one eye, or an eye that hurts, in Czech ("vidím jen mlhu",
#   "bolí mě oko") (B12); not fog outside, which no see-verb or eye names;
# - a shadow fallen over one eye, or the eye named before "I can't see", in Greek (B12); not eye
#   shadow ("σκιά ματιών"), which has no "on the eye";
# - blisters or sores in the mouth with a rash over the whole body, burning eyes or peeling skin, in
#   Czech and Turkish (a severe skin reaction, B21);
# - vomiting that does not stop, in Italian and Portuguese (nothing kept down, B30); skin gone
#   yellow said of the writer ("sono tutta gialla") with vomiting;
# - numbing cream with drowsiness, a heart that skips or races, or trembling, in Dutch (B10);
# - a fever or rigors with confusion or a racing heart, in Swedish (sepsis, B14);
# - blood that will not stop or has soaked the clothes, in Greek (B20);
# - purple or dark patches "like a map" (a net pattern), cold or hurting immensely, in Portuguese
#   (B11);
# - not wanting to be here any more, in Czech (A32).
_CS_MOUTH = (
    r"(?:puchyr\w*|vred\w*|afty|aft\w*|rany|ranky|bolak\w*) (?:\w+ ){0,2}?(?:v puse|v ustech|na rtech"
    r"|na jazyku|v puse)"
)
_CS_BODY = r"(?:vyrazk\w*|oci|oko|kuze se (?:loupe|odlupuje|slupuje)|loupe se|celem tele|celym tele|celym tel\w*)"
_TR_MOUTH = r"(?:agz\w* (?:\w+ ){0,2}?(?:yara\w*|kabarcik\w*|aft\w*)|dudak\w* (?:\w+ ){0,2}?(?:yara\w*|kabarcik\w*))"
_TR_BODY = (
    r"(?:(?:tum|butun) (?:vucud\w*|vucut\w*|bedenim\w*|cildim\w*)|dokuntu\w*|soyul\w*|su topla\w*"
    r"|goz\w* (?:\w+ )?yan\w*)"
)
_NL_NUMBING = r"(?:verdoving\w*|emla|lidocaine\w*)"
_NL_TOXIC = (
    r"(?:suf\w*|slaperig\w*|versuft|hart (?:\w+ ){0,2}?(?:slaat (?:\w+ )?over|overslaat|bonst|racet|gaat tekeer"
    r"|gaat als een gek"
    r"|klopt (?:heel |zo |erg )?(?:snel|raar|onregelmatig))|hartkloppingen|trill\w*|verward\w*|metaalsmaak"
    r"|tintel\w* (?:lippen|mond|tong))"
)
_EMERGENCY_B23 = (
    # Czech sight (B12)
    r"(?:vidim|vidi|nevidim|nevidi)\W+(?:\w+\W+){0,5}?(?:mlh\w*|rozmazan\w*|tmu|cerne|cerno|jen stiny)"
    r"|(?:oko|oci|oku|okem)\W+(?:\w+\W+){0,4}?(?:mlh\w*|nevidim|nevidi|zatmel\w*|tmu)"
    r"|mlh\w* (?:\w+ ){0,2}?(?:na|v) (?:\w+ )?(?:oko|oku|oci)|(?:boli|bolest) (?:\w+ ){0,2}?(?:oko|oka|oci)\b"
    # Greek sight (B12)
    r"|σκια (?:στο|πανω στο|μπροστα στο|πανω απο το) (?:\w+ ){0,2}?ματι"
    r"|ματι\W+(?:\w+\W+){0,6}?δεν (?:\w+ )?βλεπ\w*"
    # Czech and Turkish: the mouth with the skin or eyes (B21)
    r"|" + _CS_MOUTH + r"\W+(?:\w+\W+){0,15}?" + _CS_BODY
    + r"|" + _CS_BODY + r"\W+(?:\w+\W+){0,15}?" + _CS_MOUTH
    + r"|" + _TR_MOUTH + r"\W+(?:\w+\W+){0,15}?" + _TR_BODY
    + r"|" + _TR_BODY + r"\W+(?:\w+\W+){0,15}?" + _TR_MOUTH
    # Italian and Portuguese: vomiting that does not stop (B30); yellow said of oneself with it
    + r"|vomit\w* (?:\w+ )?(?:di continuo|continuamente|senza sosta|senza (?:mai )?smettere|in continuazione"
    r"|ininterrottamente|sem parar|o tempo todo|direto|sem conseguir parar)"
    r"|non (?:smetto|riesco a smettere|la smetto) di vomitare|nao (?:paro|consigo parar) de vomitar"
    r"|vomit\w*\W+(?:\w+\W+){0,12}?(?:sono|sto diventando|divento|diventata|diventato|estou|fiquei|ficando) (?:\w+ )?"
    r"(?:giall[oaie]|amarel\w*)"
    # Dutch: numbing cream with drowsiness, the heart or trembling, either order (B10)
    r"|" + _NL_NUMBING + r"(?:\W+\w+){0,30}?\W+" + _NL_TOXIC
    + r"|" + _NL_TOXIC + r"(?:\W+\w+){0,30}?\W+" + _NL_NUMBING
    # Swedish: fever or rigors with confusion or a racing heart (B14)
    + r"|(?:feber|frossa|skakningar)\W+(?:\w+\W+){0,15}?(?:forvirr\w*|hjartat (?:rusar|slar (?:jattefort|sa fort|fort))"
    r"|hjartklapp\w*|marmorer\w*|flackig\w*)"
    r"|(?:forvirr\w*|hjartat rusar)\W+(?:\w+\W+){0,15}?(?:feber|frossa)"
    # Greek: blood that will not stop, clothes soaked (B20)
    r"|(?:αιμα|αιμορραγ\w*|ματων\w*)\W+(?:\w+\W+){0,4}?(?:ασταματητ\w*|δεν σταματα\w*|συνεχως|μουσκε\w*)"
    r"|(?:ασταματητ\w*|δεν σταματα\w*)\W+(?:\w+\W+){0,4}?(?:αιμα|αιμορραγ\w*|ματων\w*)"
    # Portuguese: purple or dark patches like a map, cold or hurting immensely (B11)
    r"|(?:manchas?|placas?) (?:\w+ ){0,2}?(?:roxas?|arroxeadas?|azuladas?|escuras?|acinzentadas?)\W+(?:\w+\W+){0,12}?"
    r"(?:gelad\w*|fri[ao]s?\b|doi (?:imenso|imensamente|horrores|bue|bastante|tanto)|(?:como|parecem|parece"
    r"|tipo) (?:um )?mapa)"
    r"|(?:como|parecem|parece|tipo) (?:um )?mapa\W+(?:\w+\W+){0,8}?(?:gelad\w*|fri[ao]s?\b|doi)"
    # Czech: not wanting to be here any more (A32); not "here for long" or "alone"
    r"|(?:uz )?nechci (?:uz )?(?:tu|tady) (?:byt|bejt|zit)(?! (?:dlouho|sama|sam|bez|v te|v tom|na te))"
    r"|(?:uz )?nechci (?:uz )?(?:byt|bejt|zit) (?:tu|tady)(?! (?:dlouho|sama|sam|bez|v te|v tom|na te))"
)
_EMERGENCY_PHRASES = re.compile(_EMERGENCY_PHRASES.pattern[:-3] + r"|" + _EMERGENCY_B23 + r")\b")
_SELF_HARM_PHRASES = re.compile(
    _SELF_HARM_PHRASES.pattern[:-1]
    + r"|(?:uz )?nechci (?:uz )?(?:tu|tady) (?:byt|bejt|zit)(?! (?:dlouho|sama|sam|bez|v te|v tom|na te))"
    + r"|(?:uz )?nechci (?:uz )?(?:byt|bejt|zit) (?:tu|tady)(?! (?:dlouho|sama|sam|bez|v te|v tom|na te))"
    + r")"
)
# A farewell in Dutch: friends or family said goodbye to, with a pet rehomed or the rest of the
# course cancelled (A32). Either alone is a move or a holiday; a move, a trip or a new job named
# anywhere keeps it one.
_NL_GOODBYE = re.compile(
    r"\b(?:(?:vrienden|familie|iedereen|vriendinnen|ouders|collega\w*) (?:\w+ )?(?:al )?(?:gedag|vaarwel|dag) gezegd"
    r"|afscheid genomen van (?:\w+ )?(?:vrienden|familie|iedereen|vriendinnen|ouders))\b"
)
_NL_SETTLED = re.compile(
    r"\b(?:(?:kat|katten|hond|honden|poes|konijn|huisdier\w*) (?:\w+ ){0,2}?(?:woont|wonen|gaat|gaan|is"
    r"|zijn) (?:nu |voortaan )?"
    r"(?:bij|naar)|(?:kat|hond|poes|konijn) (?:\w+ )?(?:weggegeven|herplaatst)|geannuleerd|annuleren|opzeggen|opgezegd"
    r"|spullen weggegeven|testament)\b"
)
_NL_AWAY = re.compile(r"\b(?:verhuis\w*|verhuiz\w*|emigr\w*|vakantie|op reis|buitenland|nieuwe baan|wereldreis"
    r"|verhuizing)\b")
_emergency_picture_b22 = _emergency_picture


def _farewell_picture(folded: str) -> str | None:
    """Goodbyes said with things settled (a pet rehomed, the course cancelled) and no move or trip
    named: an indirect self-harm picture with no health word in it (Dutch)."""
    goodbye = _NL_GOODBYE.search(folded)
    if goodbye is not None and _NL_SETTLED.search(folded) is not None and _NL_AWAY.search(folded) is None:
        return goodbye.group(0)
    return None


def _emergency_picture(folded: str) -> str | None:  # noqa: F811 - extends the combinations above
    return _emergency_picture_b22(folded) or _farewell_picture(folded)


_self_harm_trigger_b13 = self_harm_trigger


def self_harm_trigger(text: str) -> str | None:  # noqa: F811 - adds the farewell picture
    found = _self_harm_trigger_b13(text)
    if found is not None:
        return found
    return _farewell_picture(_fold(text))


_unread_language_health_word_b22 = unread_language_health_word


def unread_language_health_word(text: str, language: str | None = None) -> str | None:  # noqa: F811
    """As above; a farewell picture (no health word in it) is a health reading too. Only that
    picture: the net's other combinations need a health word, and its false-alarm readings (a
    faint at blood tests as a habit) must keep their say."""
    found = _unread_language_health_word_b22(text, language)
    if found is not None:
        return found
    language = language if language is not None else likely_language(text)
    if language is None or language in READ_LANGUAGES:
        return None
    return _farewell_picture(_fold(text))
# --- end (after batch 23) --------------------------------------------------------------------------
