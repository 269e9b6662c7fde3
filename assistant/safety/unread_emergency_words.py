"""Emergency words of the triage matrix in the languages the lexicon does not read.

The unread-language net (unread_language.py) answers a health word in Italian, Portuguese,
Dutch, Swedish, Danish, Norwegian, Turkish, Greek, Czech, Hungarian or Romanian at the
same-day level, and only a word of an emergency family at the emergency level. Its emergency
words grew batch by batch; this table is written the other way round, systematically: for each
emergency family of the triage matrix and each of those languages, the everyday ways a patient
says it. Phrases or word stems that are not everyday words; where a word has an everyday sense
(Dutch "kan", a faint that has passed, lips that swell a little after a lip treatment), a
pairing: two concepts in the same message, in any order.

Some pictures are said in two or three everyday concepts rather than one medical word (blood with
towels soaked through; skin gone grey with cold; numbing cream with confusion; a fever with
rigors or no urine): those concepts are written once for every language, Finnish and Croatian
included, and paired at the end of the table.

Text is matched lower-case without accents (Turkish dotless i read as i), so Czech and Romanian
written with or without diacritics read the same; Greek is matched in Greek script (without
tonos) and in Latin letters.

Denials ("respiro bene", "andas normalt", "nefes almakta sorun yok") are set aside before any
emergency word or phrase is read: a family a message explicitly says is fine does not raise it.
Only the denied words go; a second emergency sign in the same message keeps the emergency
(between two levels, the higher).
"""

from __future__ import annotations

import re
from typing import Dict, List, Pattern, Tuple, Union

from assistant.safety.unread_words import fold

# An entry: one pattern, or a pairing (every pattern must be found, in any order).
Entry = Union[str, Tuple[str, ...]]

# Families (triage matrix rows)
BREATHING = "breathing"  # cannot breathe, breathless, wheeze (B8)
THROAT = "throat"  # throat closing, cannot swallow saliva or water, voice changing (B8, B19)
SWELLING = "swelling"  # lips or tongue swelling fast (B8)
COLLAPSE = "collapse"  # unconscious, barely responding, cannot wake, confused after a faint (B9)
SIGHT = "sight"  # sudden sight loss, double vision, blurred sight with pain (B12)
STROKE = "stroke"  # one side of the face dropping, words mixed up, an arm that will not lift (B12)
ISCHAEMIA = "ischaemia"  # skin white, marbled, purple-black, cold, severe pain (B11)
SKIN_REACTION = "skin_reaction"  # rash over the body with blisters, mouth sores, peeling (B21)
VOMITING = "vomiting"  # vomiting without stop with yellow skin or little urine (B30)
BLEEDING = "bleeding"  # bleeding that will not stop, soaking (B20)
CHEST_SEPSIS = "chest_sepsis"  # chest pain, racing heart with confusion, fever with rigors and confusion
SEIZURE = "seizure"  # a fit
ANAPHYLAXIS = "anaphylaxis"  # hives with breathing trouble, deathly pale or dizzy (B8)
SELF_HARM = "self_harm"  # suicide and self-harm, direct and indirect (A32)

# Shared pieces
_FAST_IT = r"(?:velocemente|rapidamente|in fretta|a vista d\W?occhio|sempre (?:di )?piu|in pochi minuti|di colpo)"
_FAST_PT = r"(?:rapid\w*|depressa|muito rapido|cada vez mais|a olhos vistos|em (?:poucos )?minutos|de repente)"
_FAST_NL = r"(?:snel|razendsnel|steeds dikker|met de minuut|binnen (?:een paar )?minuten|zienderogen|ineens)"
_FAST_SV = r"(?:snabbt|fort|mer och mer|for varje minut|inom (?:nagra )?minuter)"
_FAST_DA = r"(?:hurtigt|hurtig|mere og mere|mer og mer|for hvert minut|i lopet av minutter|pa fa minutter)"
_FAST_TR = r"(?:hizla|cok hizli|giderek|gittikce|dakikalar icinde|birden)"
_FAST_EL = r"(?:γρηγορα|ολο και (?:πιο )?πολυ|μεσα σε λεπτα|ξαφνικα|grigora)"
_FAST_CS = r"(?:rychle|cim dal (?:vic|vice)|porad vic|behem minut|kazdou minutou)"
_FAST_HU = r"(?:gyorsan|egyre jobban|percek alatt|hirtelen)"
_FAST_RO = r"(?:repede|rapid|tot mai (?:tare|mult)|in cateva minute|brusc)"

TABLE: Dict[Tuple[str, str], Tuple[Entry, ...]] = {
    # ------------------------------------------------------------------ Italian
    (BREATHING, "it"): (
        r"non riesc[oe] (?:piu |bene )?a respirare",
        r"non (?:respiro|respira) (?:piu|bene|quasi)",
        r"respir\w* (?:a|con) (?:fatica|difficolta)",
        r"fiato corto|senza fiato|(?:ho|ha) l\W?affanno|dispnea",
        r"(?:fischi\w*|sibil\w*) (?:nel|al|dal) petto|respiro sibilante|(?:fischia|sibila) quando respir\w*",
    ),
    (THROAT, "it"): (
        r"(?:mi )?si (?:sta )?(?:chiude|chiudendo|stringe|stringendo) la gola",
        r"gola (?:\w+ ){0,2}?(?:si (?:sta )?(?:chiude|chiudendo|stringe|gonfia)|chiusa|stretta)",
        r"non (?:riesc[oe] a )?(?:deglutire|ingoiare|inghiottire|mandare giu) (?:neanche |nemmeno |piu )?"
        r"(?:la saliva|l\W?acqua|acqua)",
        r"voce (?:\w+ )?(?:rauca|cambiat\w*|strana|soffocat\w*) (?:\w+ ){0,6}?(?:gola|deglut\w*|respir\w*)",
    ),
    (SWELLING, "it"): (
        r"lingua (?:\w+ ){0,2}?(?:gonfi\w*|si gonfia|ingrossat\w*)|(?:gonfi\w*) (?:la |anche la )?lingua",
        (r"labbr\w* (?:\w+ ){0,3}?(?:gonfi\w*|si gonfiano)|(?:gonfi\w*) (?:\w+ )?labbr\w*", _FAST_IT),
    ),
    (COLLAPSE, "it"): (
        r"(?:privo|priva|prive) di sensi|(?:perso|perde|perdendo) (?:i )?sensi|incoscient\w*",
        r"non (?:riesco a |riusciamo a )?(?:svegliarl[oa]|svegliarla)|non si (?:sveglia|risveglia)",
        r"(?:risponde|reagisce) (?:appena|a malapena|pochissimo)",
        (
            r"svenut\w*|svenuta|svenimento|sviene",
            r"(?:ancora|tuttora|sempre) (?:\w+ )?(?:confus\w*|stordit\w*"
            r"|rintontit\w*)"
            r"|non (?:si )?(?:riprende|risponde|reagisce|ricorda)|non sa dove (?:si trova|e)",
        ),
    ),
    (SIGHT, "it"): (
        r"(?:perso|perdo|perdendo) la vista|non (?:ci )?vedo piu|(?:diventat\w*|sono) ciec[oa]",
        r"vista (?:\w+ ){0,2}?(?:sparit\w*|persa|andata|oscurat\w*)|vedo (?:tutto )?(?:nero"
        r"|buio) (?:\w+ ){0,2}?occhi\w*",
        r"vedo doppio|visione doppia|doppia visione",
        (
            r"(?:vedo|vista|visione|occhi\w*) (?:\w+ ){0,3}?(?:sfocat\w*|appannat\w*|offuscat\w*|annebbiat\w*)",
            r"dolor\w*|male|fa male",
        ),
    ),
    (ISCHAEMIA, "it"): (
        (
            r"(?:pelle|zona|chiazz\w*|macchi\w*|punto|guancia|naso|mento|labbr\w*|diventat\w*|si e fatt\w*|e venut\w*)"
            r" (?:\w+ ){0,3}?(?:bianc\w*|violac\w*|viola|ner\w*|marmorizzat\w*|grigi\w*|bluastr\w*)",
            r"(?:e|sembra|resta|rimane|tutta|tutto|molto) (?:\w+ )?(?:fredd[ao]|gelid[ao])|(?:fredd[ao]"
            r"|gelid[ao]) al tatto"
            r"|ghiacciat[ao]|dolore (?:fortissimo|atroce|insopportabile|terribile)|malissimo|un male cane",
        ),
        (
            r"nerastr\w*|marmorizzat\w*|grigiastr\w*|violace\w*",
            r"gelid[ao]|ghiacciat[ao]|fredd[ao] al tatto"
            r"|dolore (?:fortissimo|atroce|insopportabile)",
        ),
    ),
    (SKIN_REACTION, "it"): (
        (
            r"(?:eruzione|sfogo|macchie|bolle|puntini|orticaria) (?:\w+ ){0,4}?(?:su |in |per )?tutto il corpo"
            r"|tutto il corpo (?:\w+ ){0,3}?(?:pieno|piena|coperto|coperta) di",
            r"bocca|labbra|occhi|vescic\w*|bolle|spella\w*|si stacca|squam\w*",
        ),
    ),
    (VOMITING, "it"): (
        (r"vomit\w*|rimett\w*", r"giall\w*|itteri\w*|(?:non|quasi non|poca) (?:faccio |fa )?(?:pipi|urin\w*)"),
    ),
    (BLEEDING, "it"): (
        r"(?:inzuppat\w*|zupp[oa]|fradici\w*|impregnat\w*) di sangue|emorragia",
        r"sanguin\w* (?:\w+ ){0,3}?(?:senza (?:fermarsi|sosta)|di continuo|ininterrottamente)",
        r"(?:non riesco a|impossibile) (?:fermare|bloccare) (?:il )?sangue",
    ),
    (CHEST_SEPSIS, "it"): (
        r"(?:stretta|oppressione|peso|costrizione|morsa) (?:al|sul|nel) petto|petto (?:\w+ )?(?:stretto|oppresso)",
        (
            r"cuore (?:\w+ ){0,3}?(?:batte (?:\w+ )?(?:fortissimo|velocissimo|all\W?impazzata|a mille)|impazzit\w*)"
            r"|batticuore|tachicardia|palpitazioni",
            r"confus\w*|stordit\w*|non capisco (?:piu )?niente|non ci capisco",
        ),
        (r"(?:febbre|febbrone)", r"confus\w*|non capisco (?:piu )?niente|non ci capisco"),
        (r"brividi (?:\w+ )?(?:fortissimi|violenti|forti)", r"confus\w*|febbre"),
    ),
    (SEIZURE, "it"): (
        r"(?:attacco|crisi) (?:epilettic\w*|convulsiv\w*)|(?:ha|ho) avuto (?:le |delle |una )?(?:convulsion\w*)",
        r"(?:scoss\w*|spasm\w*|trem\w*) (?:\w+ ){0,2}?(?:tutto il corpo) (?:\w+ ){0,4}?non (?:risponde|reagisce)",
    ),
    (SELF_HARM, "it"): (
        r"(?:voglio|vorrei) (?:uccidermi|ammazzarmi|togliermi la vita|sparire per sempre)",
        r"lettere? (?:di |d\W?)addio|(?:stanc[oa]|stufa|stufo) di vivere|non (?:voglio|vorrei) (?:piu )?esserci",
        r"(?:tutti )?(?:starebbero|sarebbero) (?:tutti )?meglio senza di me",
        r"(?:messo da parte|accumulat\w*|conservat\w*) (?:\w+ )?(?:pillole|pastiglie|sonniferi|compresse)",
        r"non ci saro piu|(?:a cosa|a che) serve vivere",
    ),
    # ------------------------------------------------------------------ Portuguese
    (BREATHING, "pt"): (
        r"nao (?:consigo|consegue|to conseguindo|estou a conseguir) (?:mais )?respirar",
        r"falta de ar|sem folego|(?:dificuldade|custa) (?:para |de |em |a )?respirar|respir\w* com dificuldade",
        r"chiado no peito|pieira|peito (?:\w+ )?a chiar|cansaco para respirar",
    ),
    (THROAT, "pt"): (
        r"(?:garganta|goela) (?:\w+ ){0,2}?(?:fechando|a fechar|fechou|fecha|apertando|a apertar|inchando|a inchar)",
        r"nao (?:desce|passa) (?:nem )?(?:a )?(?:agua|saliva|cuspe)",
        r"nao (?:consigo|consegue) engolir (?:nem )?(?:a )?(?:agua|saliva|cuspe)",
        r"voz (?:\w+ )?(?:rouca|mudou|mudando|a mudar|abafada) (?:\w+ ){0,6}?(?:garganta|engolir|respirar)",
    ),
    (SWELLING, "pt"): (
        r"lingua (?:\w+ ){0,2}?(?:inchad\w*|inchando|a inchar|inchou|grossa)|inchou (?:a |minha )?lingua",
        (r"(?:labio|labios|boca) (?:\w+ ){0,3}?(?:inchand\w*|a inchar|inchou|inchad\w*)", _FAST_PT),
    ),
    (COLLAPSE, "pt"): (
        r"(?:perdeu|perdi|perdendo) (?:os )?sentidos|inconscient\w*|desacordad\w*|desfalecid\w*",
        r"nao (?:consigo|conseguimos) acorda\W?l[oa]|nao (?:acorda|desperta)",
        r"(?:responde|reage) (?:mal|muito pouco|quase nada)",
        (
            r"desmai\w*",
            r"(?:ainda|continua|segue) (?:\w+ )?(?:confus\w*|atordoad\w*|grogue)"
            r"|nao (?:responde|reage|lembra|sabe onde)",
        ),
    ),
    (SIGHT, "pt"): (
        r"(?:perdi|perdeu|perdendo) a (?:visao|vista)|(?:fiquei|ficou) ceg[oa]|nao (?:vejo|enxergo) mais nada",
        r"(?:visao|vista) (?:\w+ ){0,2}?(?:sumiu|apagou|escureceu)|vejo (?:tudo )?(?:dobrado|duplo)|visao dupla",
        (
            r"(?:visao|vista|vejo|olho\w*) (?:\w+ ){0,3}?(?:embacad\w*|turv\w*|borrad\w*|desfocad\w*|nublad\w*)",
            r"dor\b|doi|doendo|dores",
        ),
    ),
    (ISCHAEMIA, "pt"): (
        (
            r"(?:pele|zona|mancha\w*|placa\w*|bochecha|nariz|queixo|labio\w*|ficou|ficando|virou) (?:\w+ ){0,3}?"
            r"(?:roxa\w*|roxo\w*|arroxead\w*|branc\w*|pret[oa]s?|negr\w*|marmorizad\w*|acinzentad\w*|azulad\w*)",
            r"(?:esta|ta|fica|ficou|toda|todo|muito) (?:\w+ )?(?:gelad[ao]|fri[ao])|(?:gelad[ao]|fri[ao]) ao toque"
            r"|(?:doi|dor|doendo) (?:\w+ )?(?:imenso|horrores|demais|muito forte|insuportavel|horrivel)",
        ),
    ),
    (SKIN_REACTION, "pt"): (
        (
            r"(?:manchas|erupcao|vermelhidao|bolhas|alergia|borbulhas|brotoeja) (?:\w+ ){0,4}?(?:pelo|no|o) corpo"
            r" (?:todo|inteiro)",
            r"boca|labios|olhos|bolhas?|descasc\w*|soltando|a soltar|pele (?:sai|a sair|saindo)",
        ),
    ),
    (VOMITING, "pt"): (
        (r"vomit\w*|vomito", r"amarel\w*|ictericia|(?:nao|quase nao|pouco) (?:faco |fiz )?(?:xixi|urin\w*)"),
    ),
    (BLEEDING, "pt"): (
        r"(?:encharcad\w*|ensopad\w*|empapad\w*) (?:de|com|em) sangue|hemorragia",
        r"sangr\w* (?:\w+ ){0,3}?(?:sem parar|muito|demais)|nao para de sangrar",
        r"nao (?:consigo|consigo) (?:parar|estancar) o sangue",
    ),
    (CHEST_SEPSIS, "pt"): (
        r"aperto no peito|peito (?:\w+ )?apertado|pressao no peito",
        (
            r"coracao (?:\w+ ){0,3}?(?:disparad\w*|acelerad\w*|a mil|batendo muito)|taquicardia|palpitac\w*|batedeira",
            r"confus\w*|atordoad\w*|nao (?:sei|sabe) onde",
        ),
        (r"febre", r"confus\w*|nao (?:sei|sabe) onde (?:estou|esta)"),
    ),
    (SEIZURE, "pt"): (
        r"(?:ataque|crise) (?:epilet\w*|convulsiv\w*)|(?:teve|tive) (?:uma )?(?:convulsao|convulsoes|crise)",
        r"(?:tremendo|tremia|a tremer) (?:\w+ )?(?:o corpo )?(?:todo|inteiro) (?:\w+ ){0,4}?nao (?:responde|reage)",
    ),
    (SELF_HARM, "pt"): (
        r"(?:quero|queria|vou) (?:me matar|matar-me|tirar a minha vida|desaparecer para sempre)",
        r"cartas? de despedida|(?:cansad[oa]|farta|farto) de viver|nao (?:quero|queria) (?:mais )?existir",
        r"(?:todos|todo mundo|toda a gente) (?:estaria|ficaria|ficariam|estariam) melhor sem mim",
        r"(?:juntando|guardando|acumulando|junte\w*|guardei|acumulei) (?:\w+ )?(?:comprimidos|remedios|pilulas)",
        r"nao vou (?:mais )?estar (?:mais )?(?:aqui|ca)",
    ),
    # ------------------------------------------------------------------ Dutch
    (BREATHING, "nl"): (
        r"kan (?:bijna |haast |nauwelijks |amper )?niet (?:meer |goed )?(?:ademen|ademhalen)",
        r"ademnood|naar (?:adem|lucht) (?:happen|hap|snakken|snak)|piep\w* (?:bij het|als ik) (?:ademen|adem)",
        r"ademhal\w* (?:\w+ )?(?:piept|gaat moeilijk|zwaar|piepend)|piepende ademhaling",
    ),
    (THROAT, "nl"): (
        r"keel (?:\w+ ){0,2}?(?:knijpt (?:dicht|toe)|zit dicht|gaat dicht|trekt dicht)",
        r"kan (?:bijna |haast )?niet (?:meer )?slikken|(?:speeksel|water) (?:\w+ )?niet (?:meer )?(?:door|weg)slikken",
        r"stem (?:\w+ ){0,2}?(?:hees|schor|veranderd) (?:\w+ ){0,6}?(?:keel|slikken|ademen)",
    ),
    (SWELLING, "nl"): (
        r"tong (?:\w+ ){0,2}?(?:zwelt|wordt dik|is dik|opgezwollen|gezwollen)",
        (r"lip\w* (?:\w+ ){0,3}?(?:zwell\w*|zwelt|opgezwollen|dikker)", _FAST_NL),
    ),
    (COLLAPSE, "nl"): (
        r"bewusteloos|buiten bewustzijn|(?:niet|nauwelijks) (?:meer )?wakker te krijgen",
        r"krijg (?:haar|hem) niet (?:meer )?wakker",
        (
            r"flauwgevallen|viel flauw|flauwte",
            r"(?:nog steeds|nog altijd|nog) (?:\w+ )?(?:verward|in de war|suf)"
            r"|reageert (?:niet|nauwelijks)|weet niet (?:meer )?waar",
        ),
    ),
    (SIGHT, "nl"): (
        r"(?:ben|word|werd) (?:ineens |opeens )?blind|zicht (?:\w+ )?(?:weg|kwijt|verdwenen)",
        r"zie (?:alles )?dubbel|dubbelzien",
        (r"(?:zicht|zie|oog|ogen) (?:\w+ ){0,3}?(?:wazig|troebel|onscherp)", r"pijn\w*"),
    ),
    (ISCHAEMIA, "nl"): (
        (
            r"(?:huid|plek\w*|vlek\w*|wang|neus|kin|lip\w*) (?:\w+ ){0,3}?(?:zwart\w*|paarszwart|blauwzwart|lijkbleek"
            r"|gemarmerd\w*|wit|grijs|paars)|lijkbleek|gemarmerd\w*|paarszwart|blauwzwart",
            r"ijskoud|(?:is|voelt|wordt|werd) (?:\w+ )?koud|(?:heel veel|vreselijke|enorme|ondraaglijke) pijn",
        ),
    ),
    (SKIN_REACTION, "nl"): (
        (
            r"(?:uitslag|vlekken|bultjes|blaren) (?:\w+ ){0,4}?(?:over (?:mijn|m'n|het|haar|zijn) hele lichaam|overal)",
            r"mond|lippen|ogen|blar\w*|vervel\w*|huid (?:\w+ )?los",
        ),
    ),
    (VOMITING, "nl"): (
        (
            r"overgeven|overgegeven|braak\w*|kots\w*|spug\w*",
            r"geel|gele (?:ogen|huid)|(?:bijna|nauwelijks|amper)"
            r" (?:niet )?(?:geplast|plassen)",
        ),
    ),
    (BLEEDING, "nl"): (
        r"(?:doorweekt|doordrenkt|doorbloed) (?:\w+ ){0,3}?(?:met |van )?bloed|bloed (?:\w+ ){0,3}?doorweekt",
        r"bloeding (?:\w+ )?(?:stopt|houdt) niet",
    ),
    (CHEST_SEPSIS, "nl"): (
        r"beklemd (?:gevoel )?(?:op|in) (?:de|mijn) borst|borst (?:\w+ )?(?:knelt|zit vast)",
        (
            r"hart (?:\w+ ){0,3}?(?:bonkt|slaat over|gaat tekeer|racet|klopt (?:heel |erg )?snel|raast)|hartkloppingen",
            r"verward|in de war|suf|versuft",
        ),
        (r"verdovingscr\w*|verdovende (?:zalf|creme)|verdoving\w*", r"hart\w*|suf|verward|in de war|trill\w*|duizelig"),
        (r"koorts", r"verward|in de war"),
    ),
    (SEIZURE, "nl"): (
        r"epileptische aanval|(?:schokt|schokken|schokte) (?:\w+ ){0,2}?(?:hele lichaam|over haar|over zijn)",
        r"(?:aanval|stuip\w*) (?:\w+ ){0,3}?(?:reageert niet|buiten bewustzijn)",
    ),
    # Goodbyes said to friends are a self-harm sign only with things settled and no move or trip
    # named: unread_language.py's farewell picture reads them; a farewell letter is one here.
    (SELF_HARM, "nl"): (
        r"afscheidsbrie\w*",
        r"(?:iedereen|ze) (?:is|zijn|zou|zouden) (?:\w+ )?beter af zonder mij",
        r"niet meer wakker (?:worden|word)|(?:pillen|tabletten|slaappillen) (?:\w+ )?(?:gespaard|verzameld|opgespaard)",
    ),
    # ------------------------------------------------------------------ Swedish
    (BREATHING, "sv"): (
        r"kan (?:inte|knappt) andas|andnod|pipande andning|piper (?:i brostet|nar jag andas)|flamtar efter luft",
    ),
    (THROAT, "sv"): (
        r"kan (?:inte|knappt) svalja (?:\w+ )?(?:saliv|vatten|nagonting|nanting)",
        r"halsen (?:\w+ ){0,2}?(?:stangs|sluter sig|drar ihop sig|snor ihop sig)",
        r"rosten (?:\w+ ){0,2}?(?:hes|forandrad|annorlunda) (?:\w+ ){0,6}?(?:halsen|svalja|andas)",
    ),
    (SWELLING, "sv"): (
        r"tungan (?:\w+ ){0,2}?(?:svullnar|svaller|ar svullen|blir tjock)",
        (r"lapp\w* (?:\w+ ){0,3}?(?:svullnar|svaller|svullen|svullna|tjockare)", _FAST_SV),
    ),
    (COLLAPSE, "sv"): (
        r"medvetslos|(?:gar|gick) inte att vacka|kan inte vacka (?:henne|honom)",
        (
            r"svimm\w*|svimning",
            r"(?:fortfarande|fortsatt) (?:\w+ )?(?:forvirr\w*|omtockn\w*)|svarar (?:inte|knappt)"
            r"|vet inte var",
        ),
    ),
    (SIGHT, "sv"): (
        r"ser (?:ingenting|inget) (?:\w+ ){0,2}?(?:ogat|oga|ena)|(?:blev|ar) blind|synen (?:\w+ )?(?:borta|forsvann)",
        r"ser dubbelt",
    ),
    (ISCHAEMIA, "sv"): (
        (
            r"(?:huden|flack\w*|omradet|kinden|nasan|lappen|blev|har blivit) (?:\w+ ){0,3}?(?:vit|vita|vitt"
            r"|svart\w*|lila"
            r"|blalila|marmorerad\w*|blaaktig\w*)|marmorerad\w*|blaaktig\w*",
            r"iskall\w*|(?:ar|kanns|blev) (?:\w+ )?kall\w*|(?:fruktansvart|extremt|olidligt) ont",
        ),
    ),
    (SKIN_REACTION, "sv"): (
        (
            r"utslag (?:\w+ ){0,3}?(?:over )?hela kroppen",
            r"munnen|lapparna|ogon\w*|blasor|fjall\w*|flagnar"
            r"|huden lossnar",
        ),
    ),
    (VOMITING, "sv"): (
        (r"kraks|kraktes|krakas|kraker|krakning\w*|spyr|spydde", r"gul\w*|kissa\w* (?:nastan )?inte|knappt kissat"),
    ),
    (BLEEDING, "sv"): (
        r"genomblot\w* (?:av |med )?blod|blod (?:\w+ ){0,3}?genomblot\w*|blodning(?:en)? (?:\w+ )?slutar inte",
    ),
    (CHEST_SEPSIS, "sv"): (
        r"tryck over brostet|brostet (?:\w+ )?(?:snors ihop|kanns trangt)",
        (r"hjartat (?:\w+ ){0,2}?(?:rusar|slar (?:jattesnabbt|hart|snabbt)|bultar)|hjartklapp\w*", r"forvirr\w*"),
        (r"feber|frossa", r"forvirr\w*"),
    ),
    (SEIZURE, "sv"): (r"krampanfall|epilepti\w* anfall",),
    (SELF_HARM, "sv"): (
        r"avskedsbrev|(?:samlat|sparat) (?:pa mig )?(?:\w+ )?(?:tabletter|piller|somntabletter)",
        r"(?:alla|ni) (?:skulle )?(?:ha det|vara|vore) battre utan mig",
    ),
    # ------------------------------------------------------------------ Danish
    (BREATHING, "da"): (
        r"kan (?:ikke|næppe|knap) (?:trække vejret|fa luft)|andenød|hiver efter (?:luft|vejret)",
        r"pibende vejrtrækning|piber (?:i brystet|nar (?:jeg|hun|han|du) trækker vejret)",
    ),
    (THROAT, "da"): (
        r"kan (?:ikke|knap) synke (?:\w+ )?(?:spyt|vand|noget)?|halsen (?:\w+ ){0,2}?(?:lukker sig|snorer sig sammen)",
    ),
    (SWELLING, "da"): (
        r"tungen (?:\w+ ){0,2}?(?:hæver|hovner|er hævet|er hoven|svulmer)",
        (r"læber\w* (?:\w+ ){0,3}?(?:hæver|hovner|hævet|hovne)", _FAST_DA),
    ),
    (COLLAPSE, "da"): (
        r"bevidstløs|kan ikke vække (?:hende|ham)",
        (r"besvim\w*", r"(?:stadig|fortsat) (?:\w+ )?forvirr\w*|svarer (?:ikke|knap)|ved ikke hvor"),
    ),
    (SIGHT, "da"): (r"kan ikke se (?:noget|en skid) (?:\w+ ){0,2}?(?:øjet|øje)|synet (?:\w+ )?(?:væk|forsvundet)",),
    (ISCHAEMIA, "da"): (
        (
            r"(?:huden|plet\w*|kinden|næsen|blev|er blevet) (?:\w+ ){0,3}?(?:hvid\w*|lilla|sort\w*|marmorer\w*|blalig)"
            r"|marmorer\w*|blalig",
            r"iskold|(?:er|føles|blev) (?:\w+ )?kold|(?:voldsomme|vanvittige) smerter|vanvittig ondt",
        ),
    ),
    (SKIN_REACTION, "da"): (
        (r"udslæt (?:\w+ ){0,3}?(?:over )?hele kroppen", r"munden|læberne|øjne\w*|blærer|vabler|skaller|huden gar af"),
    ),
    (VOMITING, "da"): ((r"kaster op|opkast\w*", r"gul\w*|tisser (?:næsten )?ikke"),),
    (BLEEDING, "da"): (
        r"blød\w* (?:\w+ ){0,2}?(?:voldsomt|kraftigt|uden at stoppe)|gennemblødt|stopper ikke med at bløde",
    ),
    (CHEST_SEPSIS, "da"): (
        (
            r"hjertet (?:\w+ ){0,2}?(?:hamrer|galopperer|raser|banker (?:\w+ )?(?:vildt|hurtigt))|hjertebanken",
            r"forvirr\w*",
        ),
        (r"feber|kulderystelser", r"forvirr\w*"),
    ),
    (SEIZURE, "da"): (r"krampeanfald|epileptisk anfald",),
    (SELF_HARM, "da"): (r"afskedsbrev|(?:alle|i) (?:ville )?(?:have det|vaere) bedre uden mig",),
    # ------------------------------------------------------------------ Norwegian
    (BREATHING, "nb"): (
        r"(?:klarer|kan) ikke (?:a )?(?:puste|fa luft)|pustebesvær|gisper etter (?:luft|pusten)|piper i brystet",
    ),
    (THROAT, "nb"): (
        r"kan ikke svelge (?:\w+ )?(?:spytt|vann|noe)?|halsen (?:\w+ ){0,2}?(?:lukker seg|snorer seg sammen)",
    ),
    (SWELLING, "nb"): (
        r"tunga (?:\w+ ){0,2}?(?:hovner|svulmer|er hoven)|tungen (?:\w+ ){0,2}?(?:hovner|svulmer|er hoven)",
        (r"leppe\w* (?:\w+ ){0,3}?(?:hovner|hoven|hovne|svulmer)", _FAST_DA),
    ),
    (COLLAPSE, "nb"): (
        r"bevisstløs|far ikke vekket (?:henne|han)|kan ikke vekke (?:henne|han)",
        (r"besvim\w*|svimte av", r"(?:fortsatt|enna) (?:\w+ )?forvirr\w*|svarer (?:ikke|knapt)|vet ikke hvor"),
    ),
    (SIGHT, "nb"): (r"ser (?:ingenting|ikke noe) (?:\w+ ){0,2}?(?:øyet|øye)|synet (?:\w+ )?(?:borte|forsvant)",),
    (ISCHAEMIA, "nb"): (
        (
            r"(?:huden|flekk\w*|kinnet|nesen|ble|har blitt) (?:\w+ ){0,3}?(?:hvit\w*|lilla|svart\w*"
            r"|marmorert\w*|blalig)"
            r"|marmorert\w*|blalig",
            r"iskald|(?:er|føles|ble) (?:\w+ )?kald|(?:voldsomme|enorme) smerter|sykt vondt",
        ),
    ),
    (SKIN_REACTION, "nb"): (
        (r"utslett (?:\w+ ){0,3}?(?:over )?hele kroppen", r"munnen|leppene|øyne\w*|blemmer|vabler|flass\w*"),
    ),
    (VOMITING, "nb"): ((r"kaster opp|oppkast\w*", r"gul\w*|tisser (?:nesten )?ikke"),),
    (BLEEDING, "nb"): (r"blø\w* (?:\w+ ){0,2}?(?:voldsomt|kraftig|uten a stoppe)|gjennomblødd?\w*|slutter ikke a blø",),
    (CHEST_SEPSIS, "nb"): (
        r"trykk (?:i|over) brystet",
        (r"hjertet (?:\w+ ){0,2}?(?:hamrer|galopperer|raser|slar (?:\w+ )?fort)|hjertebank", r"forvirr\w*"),
        (r"feber|frysninger", r"forvirr\w*"),
    ),
    (SEIZURE, "nb"): (r"krampeanfall|epileptisk anfall",),
    (SELF_HARM, "nb"): (r"avskjedsbrev|(?:alle|dere) (?:hadde hatt det|ville hatt det) bedre uten meg",),
    # ------------------------------------------------------------------ Turkish
    (BREATHING, "tr"): (
        r"nefes (?:\w+ )?alamiyor\w*|nefes darligi|nefesim (?:\w+ )?(?:daraliyor|kesiliyor|tikaniyor)",
        r"soluk alamiyor\w*|hiriltili (?:nefes|solunum)|gogsumde hirilti|hiriltim",
    ),
    (THROAT, "tr"): (
        r"bogazim (?:\w+ )?(?:kapaniyor|sisiyor|daraliyor|tikaniyor|kapandi)",
        r"yutkunamiyor\w*|(?:su|tukuruk|tukurugu\w*) (?:bile )?yutamiyor\w*",
        r"sesim (?:\w+ )?(?:degisti|kisildi|boguk) (?:\w+ ){0,6}?(?:bogaz\w*|yut\w*|nefes\w*)",
    ),
    (SWELLING, "tr"): (
        r"dilim (?:\w+ )?(?:sisiyor|sisti|sismis|sisik)",
        (r"dudak\w* (?:\w+ )?(?:sisiyor|sisti|sismis|siskin)", _FAST_TR),
    ),
    (COLLAPSE, "tr"): (
        r"bilinci (?:\w+ )?(?:kapali|yok|gitti|kapandi)|bilincini kaybetti|uyandiramiyor\w*|kendine gelmiyor",
        (
            r"bayildi\w*|bayildim|bayilma",
            r"(?:hala|halen) (?:\w+ )?(?:kafasi karisik|sersem|bilinc\w*)|tepki vermiyor"
            r"|cevap vermiyor|nerede oldugunu bilmiyor",
        ),
    ),
    (SIGHT, "tr"): (
        r"(?:gozum\w*|gozlerim\w*) (?:\w+ )?(?:gormuyor|karardi|kararmis)|goremiyorum|gorme kaybi|cift goruyorum",
        (r"bulanik", r"agri\w*|aci\w*"),
    ),
    (ISCHAEMIA, "tr"): (
        (
            r"bembeyaz|beyazlad\w*|mosmor|morard\w*|simsiyah|karard\w*|mermer gibi|alaca",
            r"buz gibi|dokununca soguk|soguk (?:soguk|duruyor)|dayanilmaz|cok (?:fazla |kotu )?agri\w*|cok aciyor",
        ),
    ),
    (SKIN_REACTION, "tr"): (
        (
            r"(?:tum|butun) vucud\w* (?:\w+ ){0,3}?(?:dokuntu|kizari\w*|kabarcik\w*|lekeler)",
            r"agz\w*|dudak\w*|goz\w*|su topl\w*|soyul\w*|kabarcik\w*|yara",
        ),
        (r"dokuntu|kabarcik\w*", r"(?:agzimin|agzim) (?:\w+ )?(?:yara|icinde)|soyul\w*|su toplu\w*"),
    ),
    (VOMITING, "tr"): (
        (r"kusuyor\w*|kusma\w*|kustum", r"sarar\w*|sapsari|sari\b|idrar\w* (?:\w+ )?(?:yok|az|cikmiyor)"),
    ),
    (BLEEDING, "tr"): (
        r"kanama (?:\w+ )?(?:durmuyor|dinmiyor|durmadi|kesilmiyor)|kan (?:\w+ )?(?:durmuyor|dinmiyor)",
        r"kan(?:a|dan)? (?:\w+ )?(?:sirilsiklam|bulandi)",
    ),
    (CHEST_SEPSIS, "tr"): (
        r"gogus agrisi|gogsum\w* (?:\w+ )?(?:agriyor|sikisiyor|sikisma|baski)",
        (
            r"kalbim (?:\w+ ){0,2}?(?:carpiyor|hizli atiyor|deli gibi)|carpinti",
            r"kafam karisik|bilincim bulanik"
            r"|ne oldugunu bilmiyor\w*",
        ),
        (r"ates\w*", r"kafam (?:cok )?karisik|bilinc\w* bulanik|titreme\w* (?:\w+ )?(?:kafam|bilinc)"),
    ),
    (SEIZURE, "tr"): (r"nobet gecir\w*|sara nobeti|kasilma nobeti|havale gecir\w*",),
    (SELF_HARM, "tr"): (
        r"veda mektub\w*|herkes bensiz daha iyi|yasamanin (?:bir )?anlami yok|canima kiy\w*|hayatima son ver\w*",
    ),
    # ------------------------------------------------------------------ Greek (script and Latin letters)
    (BREATHING, "el"): (
        r"δεν μπορω να αναπνευσω|δυσπνοια|λαχανιαζω|σφυριζ\w* (?:το στηθος|οταν αναπνεω)",
        r"den (?:mporo|boro) na anapn\w*|dyspnoia|dispnia|lahaniazo|laxaniazo",
    ),
    (THROAT, "el"): (
        r"δεν μπορω να καταπιω|(?:κλεινει|σφιγγει) (?:ο )?λαιμος|ο λαιμος μου (?:\w+ )?(?:κλεινει|σφιγγει)",
        r"den (?:mporo|boro) na katapi\w*|(?:kleinei|klinei|sfiggei) o (?:laimos|lemos)",
    ),
    (SWELLING, "el"): (
        r"(?:πρηζεται|πρηστηκε|πρησμενη) (?:η )?γλωσσα|γλωσσα (?:μου )?(?:πρηζεται|πρηστηκε)",
        r"(?:prizete|prisike|prismeni) i glossa|glossa mou (?:prizete|prisike)",
        (r"χειλ\w* (?:\w+ )?(?:πρηζ\w*|πρηστ\w*)|xeil\w* (?:\w+ )?priz\w*", _FAST_EL),
    ),
    (COLLAPSE, "el"): (
        # unconscious ("αναίσθητη"), not anaesthetic ("αναισθητική κρέμα", numbing cream)
        r"αναισθητ(?!ικ)\w*|δεν ξυπναει|εχασε τις αισθησεις|anaisthit(?!ik)\w*|den (?:ksypnaei|xypnaei|ksipnai)",
        (
            r"λιποθυμ\w*|lipothym\w*|lipothim\w*",
            r"δεν (?:αντιδρα|απαντα)|μπερδεμεν\w*|συγχυση|den (?:antidra|apanta)"
            r"|mperdemen\w*",
        ),
    ),
    (SIGHT, "el"): (
        r"δεν βλεπω (?:σχεδον )?(?:τιποτα|καθολου)|βλεπω διπλα|εχασα την ορασ\w*|σκια στο (?:\w+ )?ματι",
        r"de[n]? (?:vlepo|blepo) (?:sxedon )?tipota|vlepo dipla|ehasa tin orasi",
        (r"θολ\w*|thol\w*", r"πον\w*|pon\w*"),
    ),
    (ISCHAEMIA, "el"): (
        (
            r"ασπρισ\w*|μαυρισ\w*|μελανιασ\w*|μωβ|aspris\w*|mavris\w*|melanias\w*",
            r"παγωμεν\w*|κρυο στην αφη|ειναι κρυο|πονα\w* (?:\w+ )?πολυ|ponaei poli|pagomen\w*",
        ),
    ),
    (SKIN_REACTION, "el"): (
        (
            r"εξανθημα (?:\w+ ){0,3}?(?:σε )?ολο (?:μου )?το σωμα|eksanthima",
            r"στομα\w*|φουσκαλ\w*|ξεφλουδ\w*|ματια"
            r"|stoma|fouskal\w*",
        ),
    ),
    (VOMITING, "el"): ((r"εμετ\w*|kano emeto|emetos", r"κιτριν\w*|δεν (?:κανω |εχω )?(?:τσισ\w*|ουρ\w*)|kitrin\w*"),),
    (BLEEDING, "el"): (
        r"αιμα (?:\w+ )?ασταματητα|τρεχει αιμα|δεν σταματαει (?:το αιμα|να ματωνει|η αιμορραγια)"
        r"|μουσκε\w* (?:\w+ ){0,3}?αιμα",
        r"ματωνει (?:ασταματητα|συνεχεια)|aima (?:\w+ )?astamatita|trexei aima|aimorragia",
        (r"ασταματητα|μουσκε\w*", r"αιμα\w*"),
    ),
    (CHEST_SEPSIS, "el"): (
        r"πονος στο στηθος|σφιξιμο στο στηθος|πιεση στο στηθος|ponos sto stithos|sfiksimo sto stithos",
        (r"ταχυκαρδι\w*|η καρδια μου (?:\w+ )?χτυπαει", r"συγχυση|μπερδεμεν\w*"),
    ),
    (SEIZURE, "el"): (r"σπασμ\w*|επιληπτικ\w* κριση|epileptiki krisi|spasmous",),
    (SELF_HARM, "el"): (r"γραμματα αποχαιρετισμου|ολοι θα ηταν καλυτερα χωρις (?:εμενα|μενα)",),
    # ------------------------------------------------------------------ Czech (with or without diacritics)
    (BREATHING, "cs"): (
        r"(?:nemuzu|nemohu|nemuze|nejde mi) (?:\w+ )?dychat|lapam po dechu|nemam dech|nejde mi dech",
        r"piska (?:mi )?(?:na plicich|v hrudi|pri dychani)|sipani",
    ),
    (THROAT, "cs"): (
        r"(?:staha|zavira|stahuje|zuzuje) (?:se )?(?:mi )?(?:hrdlo|krk)|hrdlo (?:\w+ )?(?:se )?(?:zavira|stahuje)",
        r"(?:nemuzu|nemohu|nejde mi) (?:\w+ )?(?:polknout|polykat)(?: (?:ani )?(?:slinu|sliny|vodu))?",
    ),
    (SWELLING, "cs"): (
        r"(?:otekl\w*|natekl\w*|oteka|nateka) (?:mi )?jazyk|jazyk (?:\w+ )?(?:otek\w*|natek\w*|oteka)",
        (
            r"rty|ret\b|rtech",
            r"(?:otek\w*|natek\w*|oteka|nateka) (?:\w+ ){0,3}?"
            + _FAST_CS
            + "|"
            + _FAST_CS
            + r" (?:\w+ ){0,3}?(?:otek\w*|natek\w*|oteka|nateka)",
        ),
    ),
    (COLLAPSE, "cs"): (
        r"bezvedom\w*|v bezvedomi|(?:nejde|nemuzu|nemuzeme) (?:ji |ho )?(?:ji |ho )?probudit",
        (r"omdlel\w*|omdleni", r"(?:porad|stale|furt) (?:je )?(?:zmaten\w*|mimo)|nereaguje|neodpovida|nevi kde je"),
    ),
    (SIGHT, "cs"): (
        r"nevidim (?:\w+ ){0,2}?(?:na (?:jedno |to |levy |pravy |prave |leve )?oko|okem)|vidim dvojite|dvojite videni",
        r"(?:ztratil\w*|prisla o|prisel o) zrak|oslepl\w*",
        (r"mlh\w*|rozmazan\w*", r"\boko\b|\boku\b|\boci\b|\bokem\b|vidim"),
    ),
    (ISCHAEMIA, "cs"): (
        (
            r"fialov\w*|zcernal\w*|cern\w* (?:a|skvrn\w*|flek\w*)|mramorov\w*|zbledl\w*|zbel\w*|modrocern\w*",
            r"ledov\w*|(?:je|uplne|strasne) studen\w*|studen\w* na dotek|(?:hrozne|strasne|silene"
            r"|priserne) (?:to )?boli"
            r"|silen\w* bolest",
        ),
    ),
    (SKIN_REACTION, "cs"): (
        (
            r"(?:vyrazk\w*|puchyr\w*|flek\w*) (?:\w+ ){0,3}?po cel\w* tel\w*",
            r"pus\w*|ust\w*|oci|puchyr\w*|olupuj\w*"
            r"|loupe|pali",
        ),
    ),
    (VOMITING, "cs"): ((r"zvrac\w*|bliju|blinkam", r"zlut\w*|necur\w*|(?:skoro )?nemocim|moc (?:skoro )?nechodi"),),
    (BLEEDING, "cs"): (
        r"krvac\w* (?:\w+ ){0,3}?(?:porad|furt|neprestava|nejde zastavit|nezastavi)|(?:promacen\w*|nasakl\w*) krvi",
    ),
    (CHEST_SEPSIS, "cs"): (
        r"bolest (?:na |v )?hrudi|tlak na hrudi|sevren\w* hrud\w*",
        (r"busi mi srdce|buseni srdce|srdce (?:mi )?(?:busi|zavodi|bije jak)", r"zmaten\w*"),
        (r"horeck\w*|zimnice", r"zmaten\w*|nevi kde je"),
    ),
    (SEIZURE, "cs"): (r"epilepticky zachvat|zachvat krec\w*|krec\w* po cel\w* tel\w*",),
    (SELF_HARM, "cs"): (
        r"nechci tu (?:uz )?(?:byt|bejt)(?! (?:dlouho|sama|sam|v|na))|nechci (?:uz )?existovat|vzit si zivot",
        r"skoncovat (?:to|se zivotem|se sebou)|dopis na rozloucenou|vsem by bylo lip beze me|uz nemuzu dal",
    ),
    # ------------------------------------------------------------------ Hungarian
    (BREATHING, "hu"): (r"nem kapok levegot|levegot (?:alig|nem) kapok|sipol\w*|nehezlegz\w*|legszomj",),
    (THROAT, "hu"): (
        r"(?:szorul|zarul|dagad|szukul) a torkom|torkom (?:\w+ )?(?:szorul|zarul|dagad|szukul)",
        r"nem tudok nyelni|nem tudom lenyelni",
    ),
    (SWELLING, "hu"): (
        r"(?:megdagadt|dagad|duzzad)\w* a nyelvem|nyelvem (?:\w+ )?(?:dagad|duzzad)\w*",
        (r"ajk\w* (?:\w+ )?(?:dagad|duzzad)\w*|(?:dagad|duzzad)\w* (?:az )?ajk\w*", _FAST_HU),
    ),
    (COLLAPSE, "hu"): (r"nem tudom felebreszteni|nem ebred fel|elvesztette az eszmelet\w*",),
    (SIGHT, "hu"): (r"nem latok (?:semmit|a (?:bal|jobb) szememmel)|elvesztettem a latas\w*|megvakul\w*",),
    (ISCHAEMIA, "hu"): (
        (
            r"(?:bor\w*|folt\w*|arc\w*|orr\w*) (?:\w+ ){0,3}?(?:feher\w*|lila|fekete\w*|marvanyos\w*|kekes\w*)"
            r"|marvanyos\w*|elfeketed\w*|elfeher\w*",
            r"jeges|jeghideg|(?:teljesen|egeszen) hideg|borzaszto(?:an)? faj\w*|elviselhetetlen",
        ),
    ),
    (SKIN_REACTION, "hu"): (
        (r"(?:kiutes|holyag)\w* (?:\w+ ){0,3}?(?:az )?egesz testem\w*", r"szaj\w*|ajk\w*|szem\w*|holyag\w*|hamlik"),
    ),
    (VOMITING, "hu"): ((r"hanyok|hanyas\w*|hanytam", r"sarga\w*|(?:alig|nem) vizel\w*"),),
    (BLEEDING, "hu"): (r"nem all el a verzes|verzik (?:\w+ )?(?:folyamatosan|nagyon|erosen)|atazott (?:\w+ )?verrel",),
    (CHEST_SEPSIS, "hu"): (
        (r"heves szivdobogas|szivem (?:\w+ )?(?:kalapal|zakatol|vagtat)", r"zavart"),
        (r"laz\w*|hidegraz\w*", r"zavart|nem tudja,? hol van"),
    ),
    (SEIZURE, "hu"): (r"epilepszias roham",),
    (SELF_HARM, "hu"): (r"bucsulevel\w*|mindenkinek jobb lenne nelkulem|veget vet\w* (?:az )?eletemnek",),
    # ------------------------------------------------------------------ Romanian (with or without diacritics)
    (BREATHING, "ro"): (
        r"respir (?:foarte )?(?:greu|cu greu)|lipsa de aer|suier\w* (?:in piept|cand respir)"
        r"|nu (?:mai )?pot (?:sa )?respir\w*|abia (?:mai )?respir|(?:ma sufoc|ma inabus)\w*",
    ),
    (THROAT, "ro"): (r"nu (?:mai )?pot (?:sa )?inghit\w*|(?:mi )?se strange gatul",),
    (SWELLING, "ro"): (
        r"limba (?:\w+ )?(?:se )?(?:umfla|umflat\w*)|(?:mi|i) s-a umflat limba",
        (r"buze\w* (?:\w+ )?(?:se )?(?:umfla|umflat\w*)", _FAST_RO),
    ),
    (COLLAPSE, "ro"): (
        r"inconstient\w*|(?:si-a|mi-am) pierdut cunostinta|fara cunostinta|nu (?:o|il) (?:pot|putem) trezi"
        r"|nu se trezeste",
    ),
    (SIGHT, "ro"): (r"(?:am|a) pierdut vederea|nu vad (?:nimic )?cu (?:un|ochiul)",),
    (ISCHAEMIA, "ro"): (
        (
            r"(?:pielea|piele|zona|pata|pete|obrazul|nasul|buza|s-a facut|a devenit) (?:\w+ ){0,3}?(?:alba|albe"
            r"|vanat\w*"
            r"|vinet\w*|neagra|marmorat\w*)|marmorat\w*",
            r"rece (?:ca gheata|la atingere)|(?:e|este) (?:\w+ )?rece|ca gheata|inghetat\w*"
            r"|(?:ma )?doare (?:\w+ )?(?:ingrozitor|groaznic|insuportabil)",
        ),
    ),
    (SKIN_REACTION, "ro"): (
        (r"(?:eruptie|bube|pete|basici) (?:\w+ ){0,3}?pe tot corpul", r"gura|buze|ochi|basic\w*|cojeste|se ia pielea"),
    ),
    (VOMITING, "ro"): ((r"vomit\w*|vars\b", r"galben\w*|(?:nu|n-am) (?:mai )?urin\w*"),),
    (BLEEDING, "ro"): (
        r"sanger\w* (?:\w+ ){0,3}?(?:continuu|intruna|nu se opreste|foarte tare|abundent)"
        r"|nu se opreste (?:din )?sanger\w*|(?:imbibat\w*|inmuiat\w*) (?:de|cu|in) sange",
    ),
    (CHEST_SEPSIS, "ro"): (
        (r"inima (?:\w+ ){0,2}?(?:bate (?:foarte )?(?:tare|repede)|o ia razna)|palpitatii|tahicardie", r"confuz\w*"),
    ),
    (SEIZURE, "ro"): (r"(?:a|am) facut (?:o )?criza|crize? epileptic\w*",),
    (SELF_HARM, "ro"): (r"scrisori? de adio|toti ar fi mai bine fara mine|(?:sa|vreau sa) dispar pentru totdeauna",),
}

# Signs said in everyday pictures rather than a medical word, for every unread language: one side
# of the face dropping, words mixed up (a stroke, B12; an arm that will not lift only with one of
# them, since an arm sore from the injections is common); part of the sight gone, a grey veil,
# seeing double (B12); a faint with no memory of what followed or minutes out (B9); a rash over
# the body with the mouth hurting or eating impossible (B21). Added to the table's own entries.
_EVERYDAY_SIGNS: Dict[Tuple[str, str], Tuple[Entry, ...]] = {
    (STROKE, "tr"): (
        r"(?:yuzumun|yuzunun|agzimin|agzinin) (?:bir|sol|sag) (?:tarafi|yani) (?:\w+ ){0,2}?(?:dustu|dusuk|kaydi"
        r"|sarkti|sarkiyor|kaymis|felc\w*|oynamiyor)",
        r"agzim (?:\w+ )?(?:kaydi|carpildi|yamuldu)|yuz felci",
        r"kelimeleri (?:\w+ )?(?:karistiriyor\w*|bulamiyor\w*)|konusmam (?:\w+ )?(?:bozuldu|bozuk|anlasilmiyor)"
        r"|dilim (?:\w+ )?dolaniyor|peltek konus\w*",
        (
            r"(?:kolumu|kolunu|bacagimi) (?:\w+ )?(?:kaldiramiyor\w*|oynatamiyor\w*|hissetmiyor\w*)",
            r"yuz\w*|agz\w*|konus\w*|kelime\w*",
        ),
    ),
    (STROKE, "it"): (
        r"(?:un lato|meta|la parte (?:sinistra|destra)) (?:della|del) (?:faccia|viso|bocca) (?:\w+ ){0,2}?(?:cade"
        r"|cadut\w*|abbassat\w*|paralizzat\w*|cede|ceduto)",
        r"(?:confondo|mescolo|sbaglio|scambio|confonde|mescola|sbaglia|scambia) (?:\w+ )?(?:le )?parole|biascic\w*",
        (
            r"non riesc\w* (?:piu )?(?:a |ad )?(?:alzare|sollevare|muovere) (?:il |un )?braccio",
            r"faccia|viso|bocca|parol\w*|parla\w*",
        ),
    ),
    (STROKE, "pt"): (
        r"(?:um lado|metade|o lado (?:esquerdo|direito)) (?:da|do) (?:cara|rosto|boca) (?:\w+ ){0,2}?(?:caiu|caid[oa]"
        r"|descaiu|descaid\w*|paralisad\w*|tort[oa])",
        r"(?:troco|misturo|confundo|enrolo|troca|mistura|confunde|enrola) (?:\w+ )?(?:as )?palavras"
        r"|(?:falo|fala|falando) (?:\w+ )?(?:enrolad\w*|arrastad\w*)",
        (r"nao (?:consigo|consegue) (?:levantar|mexer|mover) o braco", r"cara|rosto|boca|palavra\w*|fal[oa]\b|falar"),
    ),
    (STROKE, "nl"): (
        r"(?:een kant|de (?:linker|rechter) ?kant|helft|linkerkant|rechterkant) van (?:mijn|m'n|haar|zijn|het)"
        r" (?:gezicht|mond) (?:\w+ ){0,2}?(?:hangt|zakt|gezakt|afgezakt|verlamd|scheef)",
        r"(?:haal|husel|verwar|haalt|verwart) (?:\w+ )?(?:de |mijn |m'n )?woorden (?:\w+ )?(?:door elkaar|om)"
        r"|woorden (?:\w+ ){0,2}?door elkaar|dubbele tong|brabbel\w*",
        (
            r"kan (?:mijn |m'n )?(?:linker|rechter)?(?:arm|been) (?:\w+ )?niet (?:meer"
            r" )?(?:optillen|bewegen|heffen|omhoog)",
            r"gezicht|mond|woorden|praten|spreken",
        ),
    ),
    (STROKE, "sv"): (
        r"(?:ena|halva) (?:sidan av )?(?:ansiktet|munnen) (?:\w+ ){0,2}?(?:hanger|faller|slokar|forlamad)",
        r"blandar ihop (?:\w+ )?orden|orden kommer (?:\w+ )?(?:fel|huller om buller)|sluddr\w*",
    ),
    (STROKE, "da"): (
        r"(?:den ene side af|halvdelen af|halve) (?:ansigtet|munden) (?:\w+ ){0,2}?(?:hænger|falder|er lammet)",
        r"blander (?:\w+ )?ordene (?:\w+ )?sammen|ordene kommer (?:\w+ )?(?:forkert|i forkert rækkefølge)|snøvl\w*",
    ),
    (STROKE, "nb"): (
        r"(?:den ene siden av|halve) (?:ansiktet|munnen) (?:\w+ ){0,2}?(?:henger|faller|er lammet)",
        r"blander (?:\w+ )?ordene|ordene kommer (?:\w+ )?feil|snøvl\w*",
    ),
    (STROKE, "el"): (
        r"(?:μισο|η μια πλευρα του) (?:μου )?(?:προσωπο|στομα) (?:\w+ ){0,2}?(?:επεσε|κρεμεται|πεσμενο|στραβωσε)"
        r"|στραβωσε (?:το )?στομα|stravose to stoma",
        r"(?:μπερδευω|μπερδευει|μπερδευονται) (?:\w+ )?(?:τις |οι )?λεξεις"
        r"|(?:mperdevo|mperdevonte) (?:tis |oi )?lexeis",
    ),
    (STROKE, "cs"): (
        r"(?:polovina|jedna strana|pulka|leva strana|prava strana) (?:obliceje|tvare|pusy|ust) (?:\w+ ){0,2}?"
        r"(?:poklesl\w*|spadl\w*|visi|ochrnul\w*)",
        r"(?:pletou|motaji|pletly) se mi slova|(?:pletu|motam|komolim) (?:\w+ )?slova",
    ),
    (STROKE, "hu"): (
        r"(?:arcom|arca|szam|szaja) (?:\w+ )?(?:egyik|bal|jobb) (?:fele|oldala) (?:\w+ )?(?:lecsuszott|lelog"
        r"|lefittyedt|megbenult|leesett)",
        r"(?:osszekeverem|keverem|osszekeveri|keveri) a szavakat",
    ),
    (STROKE, "ro"): (
        r"(?:o parte|jumatate|partea (?:stanga|dreapta)) (?:a |din )?(?:fetei|fata|gurii) (?:\w+ ){0,2}?(?:a cazut"
        r"|cazut\w*|s-a lasat|paralizat\w*|strambat\w*)",
        r"(?:amestec|incurc|confund|amesteca|incurca) (?:\w+ )?cuvintele|vorbesc (?:\w+ )?(?:incalcit|neclar|pelticit)",
    ),
    (SIGHT, "it"): (
        r"(?:perso|perdo|perdendo) (?:una )?(?:parte|meta) (?:della )?(?:vista|visione)"
        r"|velo (?:grigio|nero|scuro) (?:\w+ ){0,3}?(?:occhio|vista)|come un velo (?:grigio|nero|scuro)"
        r"|vedo (?:\w+ )?doppio|vedo solo (?:meta|la meta|una parte)",
    ),
    (SIGHT, "pt"): (
        r"(?:perdi|perdeu|perdendo) (?:uma )?(?:parte|metade) da (?:visao|vista)"
        r"|(?:um |como um )?veu (?:cinzento|cinza|preto|escuro)"
        r"|vejo (?:tudo )?(?:a )?dobrar|vejo so (?:metade|uma parte)",
    ),
    (SIGHT, "nl"): (
        r"zie (?:ik |je |het |alles )?(?:\w+ )?dubbel\b|dubbel zicht",
        r"(?:deel|helft|stuk) van (?:mijn |m'n |het )?(?:zicht|gezichtsveld) (?:\w+ ){0,2}?(?:weg|kwijt|zwart|grijs)"
        r"|(?:grijze|zwarte|donkere) (?:sluier|waas|schaduw|gordijn) (?:\w+ ){0,3}?(?:oog|ogen|zicht)"
        r"|als een (?:grijze|zwarte|donkere) (?:sluier|waas|gordijn)",
    ),
    (SIGHT, "sv"): (
        r"(?:ser|sag) (?:\w+ )?dubbelt|(?:del|halva) av synen (?:\w+ )?(?:borta|forsvunnen|svart)"
        r"|(?:gra|svart|mork) (?:sloja|rida|skugga) (?:\w+ ){0,3}?(?:ogat|ogon\w*|synen)",
    ),
    (SIGHT, "da"): (
        r"(?:ser|sa) (?:\w+ )?dobbelt|(?:en del|halvdelen) af synet (?:\w+ )?(?:væk|forsvundet|sort)"
        r"|(?:gra|sort|mørk) (?:slør|skygge|gardin) (?:\w+ ){0,3}?(?:øjet|øjne|synet)",
    ),
    (SIGHT, "nb"): (
        r"ser (?:\w+ )?dobbelt|(?:gratt|gra|svart|mørkt?) (?:slør|skygge|teppe) (?:\w+ ){0,3}?(?:øyet|øynene|synet)",
    ),
    (SIGHT, "tr"): (
        r"cift (?:\w+ )?goruyor\w*|gri (?:bir )?(?:perde|tul)|(?:gozumun|gozumde) (?:\w+ ){0,2}?(?:siyah|karanlik)"
        r" (?:bir )?(?:perde|golge)|gorusumun (?:bir kismi|yarisi) (?:\w+ )?(?:gitti|yok|kayboldu)",
    ),
    (SIGHT, "el"): (
        r"βλεπω (?:\w+ )?διπλ\w*|(?:γκριζο|μαυρο) (?:πεπλο|σκια) (?:\w+ ){0,3}?(?:ματι|ορασ\w*)"
        r"|εχασα (?:\w+ )?(?:μερος|κομματι) (?:της )?ορασης|vlepo (?:\w+ )?dipla",
    ),
    (SIGHT, "cs"): (
        r"vidim (?:\w+ )?dvojit\w*|(?:sedy|sedou|cerny|cernou|tmavy) (?:zavoj|zavojem|clonu|clona|stin) (?:\w+ ){0,3}?"
        r"(?:oko|oku|oci)|(?:prisla|prisel) jsem o cast (?:zorneho pole|videni|zraku)",
    ),
    (SIGHT, "hu"): (
        r"kettos latas|mindent kettot latok|duplan latok|(?:szurke|fekete|sotet) (?:fatyol|fatyolt|fuggony)"
        r" (?:\w+ ){0,3}?szem\w*",
    ),
    (SIGHT, "ro"): (
        r"vad (?:\w+ )?dublu|vedere dubla|val (?:gri|negru|intunecat) (?:\w+ ){0,3}?(?:ochi\w*|vedere)"
        r"|(?:am pierdut|pierd) (?:o )?parte din vedere",
    ),
    (COLLAPSE, "it"): (
        (
            r"svenut\w*|svenimento|perso i sensi",
            r"non (?:mi )?ricordo (?:niente|nulla|come)|(?:qualche|alcuni|due|tre|parecchi) minuti (?:\w+ )?"
            r"(?:sven\w*|priv\w* di sensi|incoscient\w*)|(?:sven\w*|priv\w* di sensi) (?:\w+ ){0,2}?(?:per )?"
            r"(?:qualche|alcuni|due|tre|parecchi) minuti",
        ),
    ),
    (COLLAPSE, "pt"): (
        (
            r"desmai\w*|apaguei|perdi os sentidos",
            r"nao (?:me )?lembro (?:de )?(?:nada|como)|(?:uns|alguns|dois|tres|varios) minutos (?:\w+ )?"
            r"(?:desmaiad\w*|inconscient\w*|apagad\w*)|(?:desmaiad\w*|inconscient\w*|apagad\w*) (?:\w+ ){0,2}?"
            r"(?:uns|alguns|dois|tres|varios) minutos",
        ),
    ),
    (COLLAPSE, "nl"): (
        (
            r"flauwgevallen|viel flauw|flauwte|weggeraakt",
            r"weet (?:\w+ )?niets meer|kan me (?:\w+ )?niets (?:meer )?herinneren|herinner me (?:\w+ )?niets"
            r"|(?:een paar|enkele|twee|drie) minuten (?:\w+ )?(?:weg|bewusteloos|buiten bewustzijn)",
        ),
    ),
    (COLLAPSE, "sv"): ((r"svimm\w*|svimning", r"minns (?:inte|ingenting)|kommer inte ihag"),),
    (COLLAPSE, "da"): ((r"besvim\w*", r"kan ikke huske|husker (?:ingenting|ikke)"),),
    (COLLAPSE, "nb"): ((r"besvim\w*|svimte av", r"husker (?:ingenting|ikke)"),),
    (COLLAPSE, "tr"): (
        (
            r"bayildi\w*|bayildim|bayilma|bayilmisim",
            r"(?:hicbir sey )?hatirlamiyor\w*|(?:birkac|iki|uc|bes) dakika (?:\w+ )?baygin"
            r"|hala (?:\w+ )?(?:kafam karisik|sersem)",
        ),
    ),
    (COLLAPSE, "el"): ((r"λιποθυμ\w*|lipothym\w*|lipothim\w*", r"δεν θυμαμαι|den thymamai|den thimame"),),
    (COLLAPSE, "cs"): ((r"omdlel\w*|omdleni", r"nepamatuj\w*"),),
    (COLLAPSE, "hu"): ((r"elajult\w*|ajult el", r"nem emlekszem|meg mindig (?:\w+ )?(?:zavart|kabult)"),),
    (COLLAPSE, "ro"): ((r"lesin\w*", r"nu-mi (?:mai )?amintesc|nu imi (?:mai )?amintesc|nu mai stiu nimic"),),
    (SKIN_REACTION, "it"): (
        (
            r"(?:eruzione|sfogo|macchie|bolle|puntini|orticaria) (?:\w+ ){0,4}?(?:su |in |per )?tutto il corpo",
            r"(?:mi )?fa male (?:tutta )?la bocca|bocca (?:\w+ )?(?:fa male|brucia)|non riesco a mangiare",
        ),
    ),
    (SKIN_REACTION, "pt"): (
        (
            r"(?:manchas|erupcao|vermelhidao|bolhas|alergia|borbulhas|brotoeja) (?:\w+ ){0,4}?(?:pelo|no|o) corpo"
            r" (?:todo|inteiro)",
            r"doi (?:\w+ )?(?:a )?boca|boca (?:\w+ )?(?:doi|arde)|nao consigo comer",
        ),
    ),
    (SKIN_REACTION, "nl"): (
        (
            r"(?:uitslag|vlekken|bultjes|blaren) (?:\w+ ){0,4}?(?:over (?:mijn|m'n|het|haar|zijn) hele lichaam|overal)",
            r"mond (?:\w+ )?(?:doet pijn|brandt)|kan (?:bijna |nauwelijks )?niet eten",
        ),
    ),
}
for _key, _entries in _EVERYDAY_SIGNS.items():
    TABLE[_key] = TABLE.get(_key, ()) + _entries

# Emergency pictures said in two or three everyday concepts rather than one medical word, the same
# concepts in every language the net reads (the language guessed from stop words is often a
# neighbour's, so every language's words are tried). Each concept is one alternation; an entry is a
# pairing of concepts, in any order.
# Blood or bleeding.
_BLOOD = (
    r"sangu\w*|sangue|sangr\w*|bloed\w*|blod\w*|blød\w*|blø[rd]\w*|kanam\w*|kaniyor\w*|kan (?:\w+ )?(?:geliyor"
    r"|akiyor|durmuyor|sizi\w*)|αιμα\w*|αιμορραγ\w*"
    r"|ματων\w*|aima|krev|krve|krvi|krvac\w*|krvar\w*|krv|verzik|verzes\w*|verez\w*|verrel|vert|a ver|veri|verta"
    r"|veren\w*|verenvuo\w*|vuotaa|vuotoa|sange\w*|sanger\w*"
)
# Cloth soaked through, or several towels or gauzes used up.
_SOAKED = (
    r"zupp[oa]|inzuppat\w*|fradici\w*|intris\w*|encharcad\w*|ensopad\w*|empapad\w*|doorweekt|doordrenkt"
    r"|doorgebloed|genomblot\w*|genomdrankt|gennemblød\w*|gennemvæd\w*|gjennombløt\w*|gjennomvat\w*"
    r"|sirilsiklam|μουσκε\w*|prosakl\w*|promacen\w*|nasakl\w*|atazott|atitat\w*|atverez\w*|lapimar\w*"
    r"|natopljen\w*|promocen\w*|imbibat\w*|leoarca|asciugamani|toalhas|handdoeken|handdukar|håndklæder"
    r"|handklær|havlular\w*|πετσετες|rucniky|rucniku|pyyhkeet|pyyhetta|rucnike|rucnika|prosoape"
)
# Fifteen minutes or more, half an hour, an hour.
_LONG_TIME = (
    r"(?:1[5-9]|[2-9]\d|\d{3}) ?(?:de )?(?:min\w*|perc\w*|dakika\w*|λεπτ\w*)|mezz\W?ora|un\W?ora|meia hora|uma hora"
    r"|(?:half|een) uur|halvtimme|en timme|(?:en )?halv time|en time|yarim saat|bir saat|μιση ωρα|μια ωρα"
    r"|pul hodiny|hodinu|fel ora\w*|egy ora\w*|puoli tuntia|tunnin|tunti\w*|pola sata|sat vremena"
    r"|jumatate de ora|o ora"
)
# Pressing on it, or bleeding still.
_PRESSING_OR_STILL = (
    r"prem\w*|pression\w*|comprim\w*|ancora|continua|apert\w*|ainda|druk\w*|nog steeds|blijft|tryck\w*"
    r"|fortfarande|trykk\w*|stadig|fortsatt|bastir\w*|hala|halen|πιεζ\w*|πιεσ\w*|ακομα|ακομη|συνεχ\w*|tlac\w*"
    r"|stlac\w*|porad|stale|uz|jeste|nyom\w*|meg mindig|mar|painan|painoin|painanut|painettu|painaa|yha|viela\w*"
    r"|edelleen|pritis\w*|i dalje"
    r"|jos uvijek|apas\w*|inca"
)
# Skin gone grey, purple, white, blue or mottled, said of the skin or a part of the face
# (Hungarian, Czech, Finnish, Croatian; the other languages' are in the table above).
_SKIN_COLOUR = (
    r"(?:bor\w*|folt\w*|arc\w*|orr\w*|all\w*|ajk\w*|terulet\w*|lett|valt) (?:\w+ ){0,3}?(?:szurke\w*|szurkes\w*"
    r"|lila\w*|feher\w*|sapadt\w*|kekes\w*|marvany\w*|fekete\w*|foltos\w*)"
    r"|(?:kuze|kuzi|misto|tvar\w*|nos\w*|bradа|brad\w*|ret\w*|rty|zbarv\w*) (?:\w+ ){0,3}?(?:sed\w*|bil[aeyo]\w*"
    r"|fialov\w*|modr\w*|mramor\w*|skvrnit\w*|cern\w*)"
    r"|(?:iho\w*|kohta|alue\w*|poski\w*|nena\w*|huul\w*|leuka\w*|muuttu\w*) (?:\w+ ){0,3}?(?:harmaa\w*"
    r"|violet\w*|sinerta\w*|sinis\w*|valkoi\w*|valkea\w*|kalpea\w*|marmor\w*|laikuk\w*|musta\w*)"
    r"|(?:koza|kozu|koze|podrucj\w*|obraz\w*|nos\w*|usn\w*|brad\w*|postal\w*|postaj\w*) (?:\w+ ){0,3}?(?:siv\w*"
    r"|ljubicast\w*|bijel\w*|blijed\w*|plav\w*|mramor\w*|crn\w*)"
    r"|(?:huden|flack\w*|omradet|huden|plet\w*|flekk\w*|blev|ble|blevet|blitt|blivit) (?:\w+ ){0,3}?(?:gra|gratt"
    r"|graa|gralig\w*|gralila)"
)
# Skin that "went" white, grey, blue or black, said in one verb (Croatian "pobijelio", Hungarian
# "kifehéredett", Czech "zmodralo", Finnish "valkoistui"): the colour concept of those languages.
_SKIN_COLOUR += (
    r"|pobijel\w*|posivi\w*|poplavi\w*|pocrni\w*|poljubicast\w*"
    r"|kifeher\w*|elfeher\w*|elszurkul\w*|bekekul\w*|elkekul\w*|megkekul\w*|elfeketed\w*|megfeketed\w*"
    r"|zbelal\w*|zesedl\w*|zmodral\w*|zfialov\w*|zcernal\w*"
    r"|valkoistu\w*|harmaantu\w*|sinerty\w*|sinistyi\w*|mustu\w*"
)
# Cold to the touch, or a pain said to be severe.
_COLD_OR_SEVERE_PAIN = (
    r"hideg\w*|jeges|jeghideg|nagyon faj\w*|borzaszto\w* faj\w*|elviselhetetlen\w*"
    r"|studen\w*|hladan|ledov\w*|(?:hrozne|strasne|silne|priserne|moc) (?:to )?boli|silna bolest|hrozna bolest"
    r"|kylma\w*|jaakylma\w*|(?:kova|hirvea|sietamaton) kipu|sattuu (?:tosi |todella |hirveasti |kovasti |ihan )"
    r"|hladn\w*|leden\w*|(?:jako|uzasno|strasno|uzasno jako) boli|nepodnosljiv\w*"
    r"|kall\w*|iskall\w*|kold\w*|iskold\w*|kald\w*|iskald\w*|ont|vondt|ondt|smert\w*|smart\w*"
)
# Numbing cream, in every language of the net.
_NUMBING = (
    r"emla\w*|emlou|emly|emle|emlu|lidocain\w*|lidokain\w*|tetracain\w*|(?:crema|pomata|creme|pomada|gel) anest\w*"
    r"|verdoving\w*"
    r"|verdovende|bedovning\w*|bedøvelse\w*|bedøvende|uyusturucu|uyusturma|anestezik|αναισθητικ\w*"
    r"|ξυλοκαιν\w*|znecitliv\w*|anestetick\w*|umrtvuj\w*|zsibbaszt\w*|erzestelenit\w*|puudut\w*"
    r"|utrnuc\w*|anestezic\w*"
)
# Confusion, drowsiness, a racing or irregular heart, shaking or a spinning head.
_TOXIC_SIGNS = (
    r"zavart\w*|zavarodott\w*|remeg\w*|szedul\w*|kabult\w*|szivem (?:\w+ ){0,2}?(?:kalapal|zakatol|szabalytalan\w*"
    r"|hevesen)|szivdobog\w*"
    r"|sekava\w*|sekaisin|tokkur\w*|huima\w*|vapis\w*|tarise\w*|sydan (?:\w+ ){0,2}?(?:hakkaa|jyskyttaa|tykyttaa"
    r"|lyo)|sydamentykytys\w*|epatasaise\w*|epasaannollise\w*"
    r"|zmaten\w*|(?:mota|toci) se (?:mi|ji|mu) hlava|se (?:mi|ji|mu) (?:mota|toci) hlava|tres\w* se|klepu se"
    r"|busi (?:mi |ji |mu )?srdce|srdce (?:mi |ji |mu )?(?:busi|buši|tluce|bije)|buseni srdce|nepravideln\w*"
    r"|zavrat\w*|ospal\w*"
    r"|kafam karis\w*|bas(?:im)? don\w*|titri\w*|titre\w*|kalbim (?:\w+ ){0,2}?(?:hizli|duzensiz|carp\w*)"
    r"|carpinti\w*|sersem\w*"
    r"|ζαλ\w*|συγχυσ\w*|μπερδεμεν\w*|τρεμ\w*|ταχυκαρδ\w*|αρρυθμ\w*|καρδια (?:\w+ ){0,2}?(?:χτυπα\w*|τρεχει)"
    r"|smeten\w*|zbunjen\w*|vrtoglav\w*|vrti mi se|drhtim|tresem se|srce (?:\w+ ){0,2}?(?:lupa|ubrzano|nepravilno"
    r"|preskace)|lupanje srca"
    r"|confuz\w*|ameteal\w*|ametit\w*|tremur\w*|inima (?:\w+ ){0,2}?(?:bate|o ia razna)|palpitati\w*"
    r"|somnolent\w*"
    r"|hjertet (?:\w+ ){0,2}?(?:hamrer|slar|banker|galopperer|uregelm\w*)|hjertebank\w*|svimmel\w*|ryster|skjelver"
    r"|rystet|omtaget|omtåget|forvirr\w*|hjartklapp\w*|yr|yrsel|skakar|darrar|duizelig\w*|trill\w*|verward\w*"
)
# Hives or welts, or being covered in bumps.
_HIVES = (
    r"netelroos|galbult\w*|(?:onder|vol|overal) (?:de )?(?:bulten|bultjes)|orticari\w*|pomfi|urticari\w*"
    r"|vergoes|nassel\w*|nældefeber|elveblest|kurdesen\w*|κνιδωσ\w*|koprivk\w*|csalankiutes\w*"
    r"|nokkosihottum\w*|koprivnjac\w*"
)
# Deathly pale, dizzy or about to faint.
_PALE_OR_FAINT = (
    r"lijkbleek|doodsbleek|duizelig\w*|flauw\w*|pallid\w*|capogir\w*|mi gira la testa|palid\w*|tontur\w*"
    r"|likblek\w*|yr|svimfardig|svimm\w*|ligbleg\w*|svimmel\w*|besvim\w*|bembeyaz|solgun|bas\w* donuyor|bayil\w*"
    r"|χλωμ\w*|ζαλ\w*|λιποθυμ\w*|bled\w*|zbledl\w*|zavrat\w*|toci se (?:mi |ji |mu )?hlava"
    r"|se (?:mi|ji|mu) (?:mota|toci) hlava|omdl\w*|sapadt\w*"
    r"|falfeher\w*|szedul\w*|ajul\w*|kalpea\w*|huima\w*|pyorry\w*|pyorta\w*|blijed\w*|vrtoglav\w*"
    r"|vrti (?:mi|joj|mu) se|nesvjest\w*|ametit\w*|ameteal\w*|lesin\w*"
)
# Breathing made hard, said without the breathing words of the table above.
_SHORT_OF_BREATH = (
    r"(?:krijg|krijgt|kreeg|kregen) (?:\w+ )?(?:slecht|moeilijk|nauwelijks|amper|bijna geen|weinig|geen) lucht"
    r"|nehezen (?:kap\w*|vesz\w*) levegot|levegot (?:\w+ )?nehezen|alig kap\w* levegot|nehez\w* a legzes"
    r"|huono\w* (?:saa )?henke\w*|hengitys (?:\w+ )?(?:vaikea\w*|raskas\w*|kulkee huonosti)"
    r"|tesko (?:\w+ )?(?:dise|disem|disem|disati)|nema zraka|nedostaje (?:mi |joj |mu )?zraka"
)
# A fever, or a temperature of 39 degrees or more.
_FEVER = (
    r"febbr\w*|febre|koorts\w*|feber\w*|ates\w*|πυρετ\w*|pyret\w*|horeck\w*|laz|lazam|lazas\w*|lazat|lazom"
    r"|kuume\w*|temperatur[au]|groznic\w*|febr\w*|(?:39|40|41)(?:[,.]\d)? ?(?:°c?|fok\w*|astet\w*|stupn\w*"
    r"|derece|βαθμ\w*|grad\w*|graus|graden)"
)
# Shaking that will not stop (rigors), not the mild chills of a cold.
_RIGORS = (
    r"(?:vapis\w*|taris\w*) (?:\w+ )?(?:holtittom\w*|hallitsemattom\w*|koko ajan|taukoamatta)|horkka\w*"
    r"|(?:tres\w* se|klepu se) (?:\w+ )?(?:nekontrolovateln\w*|jak osika|cel[aey]|porad)|zimnice"
    r"|hidegraz\w*|(?:remeg\w*|reszket\w*) (?:\w+ )?(?:megallithatatlan\w*|kontrollalhatatlan\w*|egesz test\w*)"
    r"|vacog\w*"
    r"|titreme\w* (?:\w+ )?(?:durmuyor|kontrol\w*|gecmiyor)|(?:durmadan|kontrolsuz\w*|deli gibi) titri\w*"
    r"|ριγ\w*|τρεμω (?:\w+ )?(?:ασταματητα|ανεξελεγκτα|ολοκληρ\w*)"
    r"|(?:tresem se|drhtim) (?:\w+ )?(?:nekontrolirano|bez prestanka|cijel\w*)|zimic\w*|cvokoc\w*"
    r"|kulderystelser|frysninger|frossa|(?:ryster|skjelver|skakar) (?:\w+ )?(?:ukontroller\w*|okontroller\w*"
    r"|voldsomt|hela kroppen|hele kroppen)"
    r"|(?:tril|bibber|ril)\w* (?:\w+ )?(?:oncontroleerbaar|onophoudelijk|over mijn hele lichaam|heel erg)"
    r"|klappertand\w*|frison\w*"
)
# No urine passed for hours.
_NO_URINE = (
    r"(?:en ole|ei ole|en) (?:\w+ ){0,2}?(?:kaynyt pissalla|pissannut|virtsannut|kaynyt vessassa)"
    r"|ei tule (?:pissaa|virtsaa)"
    r"|necur\w*|nemocim|nemocil\w*|(?:nebyl\w*) (?:\w+ ){0,2}?(?:curat|na zachode)"
    r"|(?:nem|alig) (?:\w+ )?(?:pisil\w*|vizel\w*)"
    r"|idrar\w* (?:\w+ ){0,2}?(?:yapamiyor\w*|yapmadim|cikma\w*|gelmiyor|yok)|cis\w* (?:\w+ )?yap(?:madim|amiyor\w*)"
    r"|δεν (?:\w+ ){0,2}?(?:τσισ\w*|ουρ\w*)"
    r"|nisam (?:\w+ ){0,2}?(?:mokril\w*|piskil\w*)|ne (?:mokrim|piskim)"
    r"|(?:n-am|nu am|nu) (?:mai )?(?:urinat|facut pipi|fac pipi|urinez)"
    r"|(?:ikke|næsten ikke|nesten ikke|inte|knappt) (?:\w+ )?(?:tisset|tisse|lade vand|kissat|kissa|urinert)"
    r"|(?:niet|nauwelijks|amper) (?:\w+ )?(?:geplast|plassen|geplast)"
    r"|non (?:\w+ )?(?:faccio|ho fatto|ha fatto) (?:\w+ )?pipi|non urin\w*"
    r"|(?:nao|quase nao) (?:\w+ )?(?:fiz|faco|fez|faz) xixi|nao urin\w*"
)
# Confused, not knowing where one is.
_CONFUSED = (
    r"zavart\w*|sekava\w*|sekaisin|zmaten\w*|kafa\w* karis\w*|συγχυσ\w*|μπερδεμεν\w*|smeten\w*|zbunjen\w*"
    r"|confuz\w*|forvirr\w*|verward\w*"
)
# Sight blurred or misted (Greek, Finnish, Danish, Norwegian, Swedish, Croatian, Romanian, Italian,
# Portuguese; the other languages' blurred sight is an emergency word already).
_BLURRED_SIGHT = (
    r"θολωνει (?:\w+ )?(?:η )?ορασ\w*|(?:η )?ορασ\w* (?:\w+ ){0,2}?θολ\w*|θολη ορασ\w*|βλεπω (?:\w+ )?θολα"
    r"|θολωσε (?:\w+ )?(?:η )?ορασ\w*|θολωσαν (?:\w+ )?(?:τα )?ματια|thol\w* (?:i )?oras\w*|vlepo thola"
    r"|nako (?:\w+ ){0,2}?(?:sumenee|sumeni|sumea|samea|hamar\w*|epatarkka|katoa\w*)"
    r"|naen (?:\w+ )?(?:sumeasti|epatarkasti|kahtena|huonosti)|sumea nako|kaksoiskuv\w*"
    r"|(?:sløret|tåget|uklart|tåkete|dimmig\w*|grumlig\w*) syn|synet (?:\w+ ){0,2}?(?:sløret|uskarpt|utydeligt"
    r"|tåget|tåkete|uklart)|ser (?:\w+ )?(?:sløret|uskarpt|utydeligt|tåget|tåkete|uklart|dimmigt|grumligt)"
    r"|synen (?:\w+ ){0,2}?(?:dimmig|grumlig|oskarp)"
    r"|(?:mutno|zamuceno|zamagljeno) vidim|vid (?:\w+ ){0,2}?(?:mutan|zamagljen|zamucen)\w*"
    r"|(?:zamagljen|mutan|zamucen)\w* vid"
    r"|vad (?:\w+ )?(?:incetosat|neclar|tulbure|ca prin ceata)|vederea? (?:\w+ ){0,2}?(?:incetosat\w*|neclara"
    r"|tulbure|s-a incetosat)"
    r"|vedo (?:\w+ )?(?:sfocato|annebbiato|appannato|offuscato)|vista (?:\w+ ){0,2}?(?:sfocat\w*|appannat\w*"
    r"|annebbiat\w*|offuscat\w*)|(?:si )?(?:annebbia|appanna|offusca) la vista"
    r"|(?:visao|vista) (?:\w+ ){0,2}?(?:turva|embacad\w*|desfocad\w*|borrad\w*|nublad\w*)"
    r"|vejo (?:\w+ )?(?:turvo|embacado|desfocado|borrado)"
)
# Lips or tongue swelling, said in the languages whose table has no swelling entry of its own or
# with a word the table misses ("usne i jezik mi otiču", "tungen føles kæmpestor").
_LIPS_OR_TONGUE_SWELLING = (
    r"(?:usn\w*|jezik\w*) (?:\w+ ){0,3}?(?:oti\w*|nate\w*|otekl\w*)|(?:oti\w*|nate\w*|otekl\w*) (?:mi |joj |mu )?"
    r"(?:usn\w*|jezik\w*)"
    r"|(?:tunge\w*|tunga\w*|tungan|læbe\w*|leppe\w*|lapp\w*) (?:\w+ ){0,3}?(?:kæmpestor\w*|kjempestor\w*"
    r"|jattestor\w*|enorm\w*|hævet|hæver|hoven|hovne\w*|svullen|svullnar|svullnat|tyk|tykk|tjock|diger)"
    r"|(?:rty|ret\w*|jazyk\w*) (?:\w+ ){0,3}?(?:otek\w*|otok\w*|natek\w*|nafouk\w*)"
    r"|(?:ajk\w*|nyelv\w*) (?:\w+ ){0,3}?(?:duzzad\w*|dagad\w*|megdagad\w*)"
    r"|(?:huul\w*|kiel\w*) (?:\w+ ){0,3}?(?:turpo\w*|turvo\w*|paisu\w*)"
    r"|(?:dudak\w*|dilim\w*) (?:\w+ ){0,3}?sis\w*"
    r"|(?:χειλ\w*|γλωσσα) (?:\w+ ){0,3}?(?:πρηζ\w*|πρησμεν\w*)"
    r"|(?:buz\w*|limba) (?:\w+ ){0,3}?umfl\w*"
)
# Swallowing made hard, or a wheeze (a whistle when breathing).
_SWALLOW_OR_WHEEZE = (
    r"tesko (?:\w+ )?gut\w*|ne mogu gutati|otezano gut\w*|tesko (?:\w+ )?dis\w*|zvizd\w*"
    r"|svært ved at synke|kan ikke synke|piber nar (?:jeg|hun|han|du) trækker vejret|pibende"
    r"|vanskelig a svelge|piper nar (?:jeg|hun|han|du) puster|piper i brystet"
    r"|svart att svalja|kan inte svalja|pipande andning|piper nar (?:jag|hon|han|du) andas|vasande"
    r"|tezko (?:se )?polyka\w*|nemuzu polykat|piska\w* (?:\w+ )?(?:pri dychani|na hrudi)|sipot\w*"
    r"|nehezen nyel\w*|nem tudok nyelni|sipol\w*|zihal\w*"
    r"|vaikea niella|en pysty nielemaan|vinku\w*"
    r"|yutkun\w* (?:\w+ )?(?:zor\w*|gucluk\w*)|yutam\w*|hirilti\w*|hisilti\w*"
    r"|δυσκολ\w* (?:\w+ )?(?:καταπιν\w*|να καταπιω)|σφυριζ\w*|συριγμ\w*"
    r"|greu (?:sa )?inghit|nu pot inghiti|suiera\w*"
)
# Sight not right, said plainly, and "suddenly": one eye going blurred after a face treatment (B12).
_SIGHT_TROUBLE = (
    r"(?:kan|kann) ikke se ordentligt|ser ikke ordentligt|(?:alt|det hele) er (?:sløret|tåget|uskarpt|uklart"
    r"|utydeligt)|kan (?:jag )?inte se ordentligt|allt ar (?:suddigt|dimmigt)|ne vidim (?:dobro|jasno)|sve je mutno"
    r"|nevidim (?:dobre|ostre)|vse je rozmazan\w*|nem latok (?:jol|rendesen)|minden homalyos|en nae kunnolla"
    r"|kaikki on sumea\w*|nu (?:mai )?vad (?:bine|clar)|totul e (?:incetosat|neclar)|bulanik gor\w*"
    r"|her sey bulanik|δεν βλεπω καλα|ολα (?:ειναι )?θολα"
)
_SUDDEN = (
    r"pludselig\w*|plutselig\w*|plotsligt|plotseling|ineens|opeens|iznenada|odjednom|najednou|nahle"
    r"|hirtelen|yhtakkia|akkia|aniden|birden|ξαφνικα|brusc|deodata|improvvisamente|de repente|subitamente"
)
_COMBINED_PICTURES: Dict[Tuple[str, str], Tuple[Entry, ...]] = {
    (SWELLING, "all"): ((_LIPS_OR_TONGUE_SWELLING, _SWALLOW_OR_WHEEZE),),
    (BLEEDING, "all"): ((_BLOOD, _SOAKED), (_BLOOD, _LONG_TIME, _PRESSING_OR_STILL)),
    (ISCHAEMIA, "all"): ((_SKIN_COLOUR, _COLD_OR_SEVERE_PAIN),),
    (CHEST_SEPSIS, "all"): ((_NUMBING, _TOXIC_SIGNS), (_FEVER, _RIGORS), (_FEVER, _NO_URINE), (_FEVER, _CONFUSED)),
    (ANAPHYLAXIS, "all"): ((_HIVES, _PALE_OR_FAINT), (_HIVES, _SHORT_OF_BREATH)),
    (BREATHING, "all"): (_SHORT_OF_BREATH,),
    (SIGHT, "all"): (_BLURRED_SIGHT, (_SIGHT_TROUBLE, _SUDDEN)),
}
for _key, _entries in _COMBINED_PICTURES.items():
    TABLE[_key] = TABLE.get(_key, ()) + _entries

# Same-day signs the unread-language health words miss: a crooked smile or mouth alone, with no
# stroke sign (B18); lumps that burst open and drain (B15). Read only when no health word was
# found; a stroke sign in the same message is an emergency of the table above.
FACIAL_WEAKNESS = "facial_weakness"
DRAINING_LUMPS = "draining_lumps"
SAME_DAY_TABLE: Dict[Tuple[str, str], Tuple[str, ...]] = {
    (FACIAL_WEAKNESS, "da"): (r"(?:smil\w*|mund\w*|læbe\w*) (?:\w+ ){0,3}?(?:skæv\w*|hænger)|skævt smil",),
    (FACIAL_WEAKNESS, "nb"): (
        r"(?:smil\w*|munnen|leppe\w*) (?:\w+ ){0,3}?(?:skjev\w*|henger)|skjevt smil",
        r"(?:underleppe\w*|leppe\w*|munnen|munnviken) (?:\w+ ){0,3}?(?:beveger seg ikke|trekker (?:seg )?(?:til|mot)"
        r" (?:den )?ene siden)|beveger seg ikke (?:\w+ ){0,2}?(?:underleppe\w*|leppe\w*|munnen)",
    ),
    (FACIAL_WEAKNESS, "sv"): (
        r"(?:leende\w*|munnen|lapp\w*) (?:\w+ ){0,3}?(?:sned|snett|hanger)|snett leende",
        # A lip or the mouth that does not move on one side, or pulls to one side, when smiling.
        r"(?:ror sig inte|rors inte) (?:\w+ ){0,2}?(?:underlapp\w*|overlapp\w*|lapp\w*|munnen|mungip\w*)"
        r"|(?:underlapp\w*|overlapp\w*|lapp\w*|munnen|mungip\w*) (?:\w+ ){0,3}?(?:ror sig inte|rors inte"
        r"|drar (?:sig )?(?:at|till|mot) (?:ena|en) sida\w*|dras (?:at|till|mot) (?:ena|en) sida\w*)",
    ),
    (FACIAL_WEAKNESS, "nl"): (
        r"(?:glimlach|lach|mond|lip\w*) (?:\w+ ){0,5}?(?:scheef|hangt)|scheve (?:glimlach|lach|mond)",
    ),
    (FACIAL_WEAKNESS, "it"): (r"(?:sorriso|bocca|labbr\w*) (?:\w+ ){0,3}?(?:stort[oa]|cadente)",),
    (FACIAL_WEAKNESS, "pt"): (r"(?:sorriso|boca|labio\w*) (?:\w+ ){0,3}?(?:tort[oa]|caid[oa])",),
    (FACIAL_WEAKNESS, "tr"): (
        r"(?:gulusum\w*|gulumsemem\w*|agzim\w*|dudagim\w*) (?:\w+ ){0,3}?(?:carpik|yamuk|egri|kaydi|kaymis)",
        # The mouth sliding or pulled to one side, or a lip that does not move, when smiling.
        r"(?:agzim\w*|dudagim\w*|alt dudagim\w*|gulusum\w*) (?:\w+ ){0,3}?(?:kayiyor|kayar|cekiliyor|gidiyor"
        r"|hareket etmiyor|kipirdamiyor|oynamiyor)",
    ),
    (FACIAL_WEAKNESS, "el"): (r"(?:χαμογελο|στομα|χειλ\w*) (?:\w+ ){0,3}?στραβ\w*",),
    (FACIAL_WEAKNESS, "cs"): (r"(?:usmev\w*|pusa|pusu|koutek|ret) (?:\w+ ){0,3}?(?:kriv\w*|pokles\w*)",),
    (FACIAL_WEAKNESS, "hu"): (r"(?:mosoly\w*|szaj\w*) (?:\w+ ){0,3}?(?:ferde|lelog|aszimmetrikus)",),
    (FACIAL_WEAKNESS, "ro"): (r"(?:zambet\w*|gura|buza) (?:\w+ ){0,3}?stramb\w*",),
    # Lumps that open and drain weeks after fat dissolving (B15): a delayed infection, same day.
    (DRAINING_LUMPS, "hr"): (
        r"(?:kvrg\w*|cvor\w*|kvrzic\w*|otekli\w*|grudic\w*) (?:\S+ ){0,4}?(?<!ne )(?:cure|curi|otvaraju|otvoril\w*"
        r"|puk\w*|gnoj\w*)",
    ),
    (DRAINING_LUMPS, "tr"): (
        r"(?:sislik\w*|yumru\w*|sertlik\w*|topak\w*) (?:\S+ ){0,4}?(?:patla\w*|akinti\w*|akiyor|irin\w*"
        r"|cerahat\w*)(?! (?:yok|olmadi|yapmiyor)\b)",
    ),
    (DRAINING_LUMPS, "cs"): (r"(?:boul\w*|hrbolk\w*|uzlik\w*) (?:\S+ ){0,4}?(?:prask\w*|vytek\w*|tece|hnis\w*)",),
    (DRAINING_LUMPS, "nb"): (r"(?:kul\w*|klump\w*) (?:\S+ ){0,4}?(?:sprekk\w*|renner|væsk\w*|puss)",),
    (DRAINING_LUMPS, "da"): (r"(?:knud\w*|bul\w*) (?:\S+ ){0,4}?(?:sprækk\w*|springer|løber|væsk\w*|pus)",),
    (DRAINING_LUMPS, "hu"): (r"(?:csomo\w*|dudor\w*) (?:\S+ ){0,4}?(?:kifakad\w*|szivarog\w*|genny\w*)",),
}

# Explicit reassurances about an emergency family, set aside before emergency words are read
# ("respiro bene", "andas normalt", "nefes almakta sorun yok"). Said about the family itself,
# never a bare negation ("non respiro" is the emergency).
DENIALS: Dict[str, str] = {
    "it": r"(?:respiro|respira|respirare|deglutisco|deglutire|ci vedo|vedo) (?:\w+ )?(?:bene|benissimo|normalmente|"
    r"senza problemi)|(?:nessun|nessuna|senza|non ho) (?:\w+ )?(?:problem\w*|difficolta|fatica|affanno|fiato corto)"
    r" (?:\w+ ){0,2}?(?:a |nel |col |con il |di )?(?:respir\w*|deglut\w*|vista)|(?:non sono|mai) svenut[oa]"
    r"|(?:non|nessun) (?:sanguina|sanguinamento)",
    "pt": r"(?:respiro|respirando|respira|engulo|vejo|enxergo) (?:\w+ )?(?:bem|normal|normalmente|sem problemas?)"
    r"|(?:sem|nao tenho|nao sinto|nenhuma) (?:\w+ )?(?:falta de ar|dificuldade (?:\w+ ){0,2}?(?:respirar|engolir))"
    r"|nao (?:desmaiei|desmaiou)|nao (?:sangra|sangrou)",
    "nl": r"(?:adem\w*|slikken|zien|zicht) (?:\w+ ){0,2}?(?:goed|normaal|prima|zonder problemen)"
    r"|(?:geen|niet) (?:\w+ )?(?:benauwd\w*|kortademig\w*|ademhalingsproblemen|ademnood)|niet flauwgevallen"
    r"|bloedt niet",
    "sv": r"(?:andas|andningen|svaljer|ser) (?:\w+ ){0,2}?(?:normalt|bra|fint|utan problem|som vanligt)"
    r"|(?:inga|ingen|inte) (?:\w+ )?(?:problem|besvar|andnod|andfadd\w*) (?:\w+ ){0,2}?(?:andas|andning\w*)?"
    r"|svimmade (?:\w+ )?inte|blodar inte",
    "da": r"(?:trækker vejret|vejrtrækningen|synker|ser) (?:\w+ )?(?:normalt|fint|helt fint|godt)"
    r"|(?:ingen|ikke) (?:\w+ )?(?:problemer|besvær|andenød) med (?:at )?(?:trække vejret|vejrtrækning\w*)"
    r"|besvimede ikke|bløder ikke",
    "nb": r"(?:puster|pusten|svelger|ser) (?:\w+ )?(?:normalt|fint|helt fint|godt)"
    r"|(?:ingen|ikke) (?:\w+ )?(?:problemer|besvær|pustebesvær) med (?:a )?puste|besvimte ikke|blør ikke",
    "tr": r"nefes (?:\w+ )?(?:almakta|almada|alirken|alma) (?:\w+ )?(?:sorun|sikinti|problem|zorluk|guclu\w*)"
    r" (?:\w+ )?(?:yok|olmadi|yasamiyorum)|nefes\w* (?:\w+ )?(?:normal|iyi|rahat|gayet iyi)"
    r"|rahat nefes aliyorum|nefes darligi (?:\w+ )?(?:yok|olmadi)|bayilmadim|kanama (?:\w+ )?(?:yok|olmadi)",
    "el": r"αναπνεω (?:\w+ )?(?:κανονικα|καλα)|χωρις (?:\w+ )?(?:δυσπνοια|δυσκολια στην αναπνοη)|δεν (?:εχω )?δυσπνοια"
    r"|δεν λιποθυμησα|anapneo (?:\w+ )?(?:kanonika|kala)",
    "cs": r"dycha\w* (?:\w+ )?(?:normalne|dobre|v pohode|bez problemu)|(?:zadn\w*|nemam) (?:\w+ )?(?:dusnost|problem\w*"
    r" s dychanim)|neomdlel\w*|nekrvaci",
    "hu": r"(?:rendesen|normalisan|jol) (?:kapok levegot|lelegz\w*)|(?:nincs|nem) (?:\w+ )?(?:legszomj\w*|nehezlegz\w*)"
    r"|nem fulladok|nem ajultam el|nem verzik",
    "ro": r"respir (?:\w+ )?(?:normal|bine|fara probleme)|(?:nu am|n-am|fara) (?:\w+ )?(?:probleme|dificultati)"
    r" (?:\w+ )?(?:cu|la|de) respira\w*|nu ma sufoc|n-am lesinat|nu am lesinat|nu sangereaza",
}


# Mouth, eyes and lips said to be spared (a rash over the body that is only a rash is same-day).
_MUCOSA_SPARED = (
    r"niente (?:\w+ ){0,2}?(?:in|nella|alla|sulla) bocca|(?:ne|niente) (?:agli|negli|alle|sulle|in) (?:occhi"
    r"|labbra|bocca)"
    r"|(?:bocca|occhi|labbra) (?:\w+ )?(?:stanno|sta|sono|e) (?:bene|a posto|normali)"
    r"|nada (?:na|nos) (?:boca|olhos|labios)|(?:boca|olhos|labios) (?:\w+ )?(?:estao|esta|tao|ta) (?:bem"
    r"|normais|normal|ok)"
    r"|sem (?:bolhas|feridas) (?:na|nos) (?:boca|olhos|labios)"
    r"|niets (?:in|aan) (?:mijn |m'n |de )?(?:mond|ogen|lippen)|(?:mond|ogen|lippen) (?:\w+ )?(?:zijn"
    r"|is) (?:goed|normaal"
    r"|prima|ok)"
    r"|inget i munnen|(?:munnen|ogonen|lapparna) (?:\w+ )?ar (?:bra|normala|ok|som vanligt)"
    r"|(?:intet|ingenting) i (?:munden|munnen)|(?:munden|øjnene|munnen|øynene) (?:\w+ )?er (?:fine|normale|ok|i orden)"
    r"|(?:agzim\w*|gozlerim\w*|dudaklarim\w*) (?:\w+ )?(?:normal|iyi|temiz)"
    r"|(?:pusa|oci|rty) (?:\w+ )?(?:jsou |je )?(?:v poradku|ok|normalni)|nic v puse"
    r"|(?:a )?(?:szam|szemem|ajkam) (?:\w+ )?(?:rendben|jo|normalis)"
    r"|(?:στομα|ματια) (?:\w+ )?(?:ειναι )?(?:καλα|ενταξει|φυσιολογικ\w*)"
    r"|(?:gura|ochii|buzele)(?: si (?:gura|ochii|buzele))? (?:\w+ )?(?:sunt|e|este) (?:in regula|bine|ok|normal\w*)"
    r"|nimic (?:in|la) gura"
)
DENIALS["mucosa"] = _MUCOSA_SPARED
# Double vision put down to old or wrong glasses: the glasses, not a sign ("zie soms dubbel met
# mijn oude bril", "vedo doppio con i vecchi occhiali").
DENIALS["glasses"] = (
    r"zie (?:\w+ ){0,3}?dubbel (?:\w+ ){0,2}?(?:met|door) (?:mijn |m'n |de |een )?(?:oude|verkeerde) bril"
    r"|vedo (?:\w+ )?doppio (?:\w+ ){0,2}?(?:con|per) (?:i |gli )?(?:miei )?(?:vecchi|sbagliati) occhiali"
    r"|vejo (?:\w+ )?(?:a dobrar|duplo) (?:\w+ ){0,2}?(?:com|por causa d\w*) (?:os |uns )?(?:meus )?oculos"
    r" (?:velhos|antigos|errados)"
    r"|ser (?:\w+ )?dobbelt\w* (?:\w+ ){0,2}?med (?:mine |de )?gamle briller"
)


def _compile(pattern: str) -> Pattern[str]:
    # Danish and Norwegian letters without a decomposition: typed as such or as "o", "ae"
    pattern = pattern.replace("ø", "[øo]").replace("æ", "(?:æ|ae)")
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)")


_COMPILED: List[Tuple[Tuple[str, str], Tuple[Pattern[str], ...]]] = [
    (key, tuple(_compile(part) for part in ((entry,) if isinstance(entry, str) else entry)))
    for key, entries in TABLE.items()
    for entry in entries
]
_DENIAL = _compile("|".join(DENIALS.values()))


# A reassurance that is itself negated or hedged just before ("non riesco a respirare bene",
# "ik kan niet goed ademen", "nu respir normal") is the emergency, not a denial of it.
_NEGATED_BEFORE = re.compile(
    r"(?<!\w)(?:non|nao|niet|inte|ikke|nu|nem|nie|ne|δεν|den|malapena|mal|nauwelijks|knappt|knap|alig|abia"
    # Romanian "I can no longer": "nu mai pot sa respir bine" puts three words between.
    r"|nu (?:mai )?pot(?: sa)?"
    r"|niet meer|not|can\W?t|cannot)\s+(?:\w+\s+){0,2}$"
)


def without_denials(text: str) -> str:
    """The message with its explicit reassurances about an emergency family blanked (folded),
    or the message unchanged when it has none."""
    folded = fold(text)

    def blank(match: re.Match[str]) -> str:
        if _NEGATED_BEFORE.search(folded[max(0, match.start() - 40) : match.start()]):
            return match.group(0)
        return " " * len(match.group(0))

    blanked = _DENIAL.sub(blank, folded)
    return text if blanked == folded else blanked


def table_emergency(text: str) -> str | None:
    """The words of the first emergency family the table finds in a message (outside its
    reassurances), or None. Every language's entries are read: the language guessed from a
    few stop words is often a neighbour's (Swedish for Dutch, Danish for Norwegian)."""
    folded = fold(without_denials(text))
    for (_family, _language), parts in _COMPILED:
        matches = [part.search(folded) for part in parts]
        if all(matches):
            return " + ".join(m.group(0) for m in matches if m is not None)
    return None


def table_family(text: str) -> Tuple[str, str] | None:
    """The (family, language) of the first entry found, for tests and reports."""
    folded = fold(without_denials(text))
    for key, parts in _COMPILED:
        if all(part.search(folded) for part in parts):
            return key
    return None


_SAME_DAY_COMPILED = [(key, _compile(pattern)) for key, patterns in SAME_DAY_TABLE.items() for pattern in patterns]


def table_same_day(text: str) -> str | None:
    """The words of the first same-day sign of SAME_DAY_TABLE in a message, or None."""
    folded = fold(text)
    for _key, pattern in _SAME_DAY_COMPILED:
        match = pattern.search(folded)
        if match:
            return match.group(0)
    return None
