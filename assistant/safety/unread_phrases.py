"""Phrases of the languages the safety lexicon does not read, for what single words cannot say.

Matched on folded text (lower case, no accents: unread_words.fold). Three kinds:

- EMERGENCY_PHRASES: a picture of an emergency family of the triage matrix (a closing airway, a
  stroke, sight going, a blocked vessel, heavy bleeding, a severe skin reaction, sepsis, a fit,
  chest pain, no fluids kept down, self-harm), often said without any health word ("non ce la
  faccio più", "krijg geen lucht");
- SELF_HARM_PHRASES: the self-harm part of them, so that such a message gets the crisis reply;
- HEALTH_PHRASES: review and same-day conditions said in everyday words (trying for a baby, a
  crooked smile, hating one's looks, a child under 18).

Each family is a word family said in patients' own words, never one message. Alternatives are
tried in order where two begin at the same word, so a family keeps its older, shorter readings
first (the trigger a message reports stays the same). Words that are everyday words in one of
these languages are read only in context ("non vedo l'ora" is "can't wait", "kusura bakmayın" an
apology).
"""

from __future__ import annotations

import re

from assistant.safety.unread_words import compile_folded

# --- self-harm (matrix A32) -------------------------------------------------------------------
_SELF_HARM_ITALIAN_PORTUGUESE = (
    # ending it, wanting to die, not waking up, no sense in going on
    r"farla finita|(?:voglio|vorrei) morire|non (?:voglio|vorrei) piu vivere|non ce la faccio piu"
    r"|(?:non )?svegliarmi piu|meglio (?:morto|morta)"
    r"|(?:nessun|non ha piu|non ha) senso (?:vivere|andare avanti|continuare)"
    r"|(?:quero|queria) morrer|nao quero (?:mais )?viver|acabar com (?:tudo|a minha vida)"
    # "me matar", but not someone else's threat, an idiom ("a minha mae vai me matar")
    r"|(?<!vai )(?<!vao )(?<!ia )(?<!iria )me matar|nao aguento mais"
    r"|nao acordar mais|(?:sem|nao tem) sentido (?:viver|continuar)"
    # giving one's pets or things away
    r"|(?:regalato|regalando|dato via|trovato casa a|trovato una casa per) (?:il mio|la mia|i miei|le mie)"
    r" (?:gatt\w*|can\w*|cose)"
    r"|(?:dei|dando|doei|doando|dar) (?:o meu|a minha|os meus|as minhas) (?:gat\w*|cachorr\w*|cao|caes|coisas)"
    # taking oneself out of the way, not going on living like this, not waking
    r"|(?:togliermi|levarmi|mi tolgo|mi levo) di mezzo|togliermi la vita|farmi fuori"
    r"|non (?:voglio|posso|riesco a) (?:piu )?vivere (?:cosi|in questo modo)|non ce la faccio piu a vivere"
    r"|buttarmi (?:sotto (?:un|il) treno|dal ponte|dalla finestra|dal balcone)|non (?:voglio|vorrei) piu svegliarmi"
    r"|(?:me )?tirar do (?:caminho|meio)|sumir (?:de vez|para sempre|pra sempre)|tirar a (?:minha )?(?:propria )?vida"
    r"|nao (?:aguento|consigo|quero) mais viver|nao quero (?:mais )?viver (?:assim|desse jeito|dessa forma)"
    r"|dar cabo de mim|me jogar (?:da ponte|do predio|da janela|na frente de um|debaixo de um)"
    r"|nunca mais acordar|(?:quero|queria) (?:nao acordar|dormir e nao acordar)"
    # nobody would miss me; killing oneself
    r"|nessuno (?:sentirebbe|sentira) la mia mancanza|ninguem (?:sentiria|vai sentir|ia sentir) (?:a )?minha falta"
    r"|(?:mi ammazzo|ammazzarmi|mi ammazzerei|uccidermi|mi uccido|mi ucciderei)"
)
_SELF_HARM_DUTCH = (
    # no way forward, nobody would miss me, not being there, ending it
    r"zie het (?:\w+ )?(?:niet|nooit) meer zitten|niemand (?:zou|zal) me (?:\w+ )?missen"
    r"|(?:als|wanneer) ik er niet meer (?:ben|was|zou zijn)|wil er niet meer zijn|wil (?:niet meer leven|dood)"
    r"|(?:er|aan alles) een (?:eind|einde) aan (?:maken|maak)|mezelf (?:iets aandoen|van kant maken|ombrengen|doden)"
)
# Not dying of laughter, hunger, heat, cold, boredom or impatience, nor "after" something.
_SELF_HARM_ROMANIAN = (
    r"(?:vreau|vreau sa|as vrea sa|o sa|am sa|ma gandesc sa) (?:mor|ma omor|ma sinucid|ma arunc)(?! dupa| de (?:ras"
    r"|foame|cald|frig|plictiseala|nerabdare))"
    r"|(?:sa|sa-mi) (?:imi )?(?:iau|pun capat) (?:viata|zilelor)|nu (?:mai )?vreau sa (?:traiesc|mai traiesc|exist)"
    r"|nu (?:mai )?are (?:niciun |nici un )?rost (?:sa (?:mai )?traiesc|viata|nimic|sa continui)|ma omor(?! dupa| cu)"
)
_SELF_HARM_SCANDINAVIAN = (
    # Swedish: not coping any more, not wanting to wake or live, ending it
    r"orkar inte (?:mer|langre|leva|med livet)|klarar inte (?:av )?(?:mer|livet|att leva)"
    r"|(?:vill|ville) inte (?:\w+ )?(?:vakna|leva|finnas)|vill (?:bara )?do\b|aldrig vakna (?:igen|mer|upp)"
    r"|ta (?:livet av mig|mitt (?:eget )?liv)|gora slut pa (?:allt|mitt liv|mig sjalv|mig)|avsluta (?:allt|mitt liv)"
    r"|ingen (?:skulle|kommer att|kommer) sakna mig|(?:alla|ni|de) (?:vore|skulle ha det) battre utan mig"
    r"|skada mig sjalv|(?:ingen|ingenting har) mening (?:med|att) (?:att )?leva|vill (?:bara )?forsvinna"
    # Danish and Norwegian
    r"|vil ikke (?:leve|vågne|vakne|være her)|vil (?:bare )?dø\b|tage mit (?:eget )?liv|ta livet (?:mitt|av meg)"
    r"|orker ikke (?:mer|mere|leve)|ingen (?:ville|vil) savne (?:mig|meg)"
)
_SELF_HARM_OTHER_LANGUAGES = (
    # Finnish, Czech, Hungarian, Turkish, Greek
    r"en halua (?:enaa )?(?:elaa|herata)|haluan kuolla|(?:tapan|tappaa|tappaisin) itseni|en jaksa (?:enaa )?elaa"
    r"|nechci (?:uz )?(?:zit|se probudit)|chci (?:umrit|zemrit)|(?:zabiju|zabit|zabiji) se"
    r"|nem akarok (?:tovabb |mar )?(?:elni|felebredni)|meg akarok halni|megolom magam"
    r"|olmek istiyorum|yasamak istemiyorum|kendimi oldur\w*|uyanmak istemiyorum"
    r"|θελω να πεθανω|δεν θελω (?:πια )?να ζω"
    # Greek written in Latin letters
    r"|den (?:thelo|thelw|thélo) (?:pia |allo |allo pia |pleon )?na (?:zo|zw|ziso|zisw)\b|thelo na (?:pethano|pethanw)"
    r"|(?:tha|na) (?:skototho|skotw8w|skotothw|aftoktoniso)"
    # Czech: not wanting to be here any more; not "here for long" or "alone"
    r"|(?:uz )?nechci (?:uz )?(?:tu|tady) (?:byt|bejt|zit)(?! (?:dlouho|sama|sam|bez|v te|v tom|na te))"
    r"|(?:uz )?nechci (?:uz )?(?:byt|bejt|zit) (?:tu|tady)(?! (?:dlouho|sama|sam|bez|v te|v tom|na te))"
)
SELF_HARM = "|".join(
    (_SELF_HARM_ITALIAN_PORTUGUESE, _SELF_HARM_DUTCH, _SELF_HARM_ROMANIAN, _SELF_HARM_SCANDINAVIAN,
     _SELF_HARM_OTHER_LANGUAGES)
)

# --- the airway: breathing, the throat or tongue closing, swallowing gone (B8, B19) -------------
_AIRWAY_ITALIAN_PORTUGUESE = (
    # swallowing or speaking gone (a closing throat, or a stroke)
    r"non riesc[oe] (?:piu )?a (?:deglutire|ingoiare|inghiottire|parlare (?:bene|chiaramente|normalmente))"
    r"|nao (?:consigo|consegue) (?:mais )?(?:engolir|falar (?:direito|bem|normalmente))"
    # only just managing to speak, swallow or breathe ("mal consigo falar", "riesco a malapena")
    r"|mal (?:consigo|consegue|da para) (?:falar|engolir|respirar)"
    r"|riesc[oe] (?:a )?malapena ad? (?:parlare|deglutire|ingoiare|inghiottire|respirare)"
    # breathing said without a breathing word: struggling to get air, air missing
    r"|(?:fatica|fatico|difficolta|faccio fatica) a (?:prendere|tirare) (?:aria|il fiato|fiato)"
    r"|(?:mi )?manca (?:l\W?aria|il fiato|il respiro)|(?:falta|faltando|falta-me|me falta) (?:de )?ar\b|sem ar\b"
    r"|(?:gola|garganta) (?:\w+ ){0,2}(?:stretta|chiusa|si chiude|si stringe|apertada|fechada|fechando|a fechar)"
    # noisy breathing in (stridor, B19)
    r"|(?:rumore|fischio|sibilo|rantolo) (?:\w+ ){0,3}(?:quando|mentre) (?:respira|inspira|prende (?:aria|fiato))"
    r"|(?:barulho|chiado|assobio|ruido|chiar) (?:\w+ ){0,3}(?:quando|ao)"
    r" (?:respira|respirar|inspira|inspirar|puxa o ar|puxar o ar)"
)
_AIRWAY_DUTCH = (
    # no air, short of breath, a throat that feels thick or tight
    r"(?:krijg|kreeg|krijgt) (?:bijna |haast |nauwelijks |moeilijk )?(?:geen|weinig) lucht|naar lucht happen"
    r"|\bbenauwd\b(?! (?:voor|om|over|dat|van de prijs))"
    r"|keel (?:\w+ ){0,3}?(?:dik|dikker|dicht|toe|strak|zwelt|gezwollen|knijpt)"
)
_AIRWAY_ROMANIAN = (
    r"nu (?:mai )?(?:pot|poate) (?:sa )?(?:respir\w*|inghit\w*)"
    r"|(?:ma|se) sufoc\w*|nu (?:mai )?am aer|(?:mi|i) se (?:inchide|strange|umfla) gatul|gatul (?:\w+ )?(?:se inchide"
    r"|strans|inchis)"
)
_AIRWAY_SCANDINAVIAN = (
    # Swedish: breathing or speech hard, the tongue or throat swelling or closing
    r"svart att (?:andas|prata|tala|fa luft)|kan (?:inte|knappt) (?:andas|prata|tala|svalja)|far (?:nastan |knappt )?"
    r"(?:ingen|inte) luft|(?:inte|knappt) far (?:nagon |tillrackligt med )?luft"
    r"|tungan? (?:\w+ ){0,2}?(?:kanns |ar |blir |har blivit )?(?:\w+ )?(?:jattestor|stor|storre|tjock|tjockare"
    r"|svull\w*|svaller)"
    r"|(?:halsen|svalget|strupen) (?:\w+ ){0,3}?(?:snor ihop|drar ihop|stangs|trang|tjock\w*|svull\w*|svaller"
    r"|sluter sig)"
    r"|(?:trang|tjock|svullen) i (?:halsen|svalget)"
    # Danish and Norwegian
    r"|(?:kan ikke|svært ved at|vanskelig a|klarer ikke a) (?:trække vejret|puste|få luft)|får ikke luft"
    # Swedish and Danish: the throat tight, air hard to get
    r"|(?:trangt?|tjockt?|svullet|snort) i (?:halsen|svalget|strupen)"
    r"|(?:svart|svarare|jobbigt|tungt|kampigt) att (?:fa (?:ner |in |i )?(?:nagon )?luft|andas)"
    r"|(?:far|fick) (?:inte |knappt |ingen )(?:ner |in )?luft"
    r"|(?:halsen|svælget) (?:\w+ ){0,2}?(?:snører sig sammen|snorer sig sammen|lukker sig|strammer)"
    r"|(?:svært|svaert|svart) ved at (?:få|fa) (?:luft|vejret)"
)
_AIRWAY_GREEK = (
    # the throat closing, choking, no breath, the lips swelling; not the throat or lips alone
    # (treatment areas)
    r"(?:κλεινει|κλειδωνει|σφιγγει|πρηζεται|πρηστηκε|κλεισει) (?:\w+ ){0,2}?λαιμ\w*"
    r"|λαιμ\w* (?:\w+ ){0,2}?(?:κλεινει|σφιγγει"
    r"|πρηζεται|πρηστηκε)"
    r"|(?:δυσκολευομαι|δεν μπορω|δυσκολα) (?:να )?(?:παρω ανασα|αναπνευσω|ανασαν\w*)|πνιγομαι|δεν (?:εχω|παιρνω) ανασα"
    r"|χειλ\w* (?:\w+ ){0,2}?(?:πρηζ\w*|πρηστηκ\w*|φουσκων\w*)"
)
# Saliva that will not go down, drooling, a muffled or changed voice (B19).
_SALIVA_AND_VOICE = (
    r"saliva (?:\w+ ){0,4}?(?:nao desce|parada|acumul\w*|nao consigo engolir|escorr\w*|non (?:scende|va giu)"
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
)
AIRWAY = "|".join(
    (_AIRWAY_ITALIAN_PORTUGUESE, _AIRWAY_DUTCH, _AIRWAY_ROMANIAN, _AIRWAY_SCANDINAVIAN, _AIRWAY_GREEK,
     _SALIVA_AND_VOICE)
)

# --- a stroke: an arm or leg that will not move, speech gone strange, a drooping mouth (B12) ----
_STROKE_ITALIAN_PORTUGUESE = (
    r"non riesc[oe] (?:piu )?ad? (?:alzare|muovere|sollevare) (?:il |la |un |una |l\W?)?(?:braccio|gamba|mano)"
    r"|nao (?:consigo|consegue) (?:mais )?(?:levantar|mexer|mover|erguer) (?:o |a |os |as |um |uma )?"
    r"(?:braco|bracos|perna|pernas|mao)"
    r"|(?:braccio|gamba|mano) (?:\w+ ){0,2}(?:debole|non si muove|addormentat\w*)"
    r"|(?:braco|perna|mao) (?:\w+ ){0,2}(?:fraco|fraca|sem forca|dormente|nao mexe)"
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
    # speech trouble said with a difficulty word; not speaking English or on the phone
    r"|(?:difficolta|fatica) (?:a|nel) parlare(?! (?:inglese|l\W?inglese|al telefono))"
    r"|(?:dificuldade|dificuldades) (?:para|de|em|a) falar(?! (?:ingles|ao telefone))"
)
_STROKE_DUTCH = (
    r"(?:praat|spreekt|praten|spreken) (?:\w+ ){0,2}?(?:onduidelijk|raar|vreemd|brabbel\w*|met dubbele tong)"
    r"|(?:arm|been) (?:\w+ )?(?:hangt slap|is slap|voelt slap|krachteloos|verlamd)"
    r"|onduidelijk (?:praten|spreken)|dubbele tong|\blalt\b"
    r"|kan (?:zijn|haar|mijn) (?:arm|been) niet (?:meer )?(?:optillen|bewegen)"
)
_STROKE_ROMANIAN = (
    r"nu (?:mai )?(?:pot|poate) (?:sa )?(?:vorbi|vorbesc|vorbeasca) (?:bine|normal|clar|deloc)"
    r"|nu (?:mai )?(?:pot|poate) (?:sa )?(?:misc\w*|ridic\w*) (?:\w+ )?(?:bratul|mana|piciorul)"
    r"|(?:vorbeste|vorbesc|vorbea|vorbire|vorbirea) (?:\w+ )?(?:ciudat|incurcat\w*|neclar\w*|greu|incalcit\w*"
    r"|pelticit\w*|fara sens)"
    r"|(?:gura|gurii|zambetul|buza|o parte a fetei|jumatate de fata) (?:\w+ ){0,3}?(?:cazut\w*|cade|atarna|stramb\w*"
    r"|strimb\w*)"
)
_STROKE_SCANDINAVIAN_HUNGARIAN = (
    # Swedish slurring
    r"sluddr\w*|pratar (?:\w+ )?(?:konstigt|sluddrigt|otydligt|osammanhangande)"
    # Danish, Norwegian, Swedish, Hungarian: a drooping mouth corner, slurring, an arm that will
    # not lift
    r"|(?:mundvig\w*|munnvik\w*|munden|munnen|mungipa\w*)\W+(?:\w+\W+){0,3}?(?:hænger|haenger|henger|hanger|skæv|skaev"
    r"|skjev|sned)"
    r"|(?:hænger|haenger|henger|hanger) (?:\w+ ){0,2}?(?:mundvig\w*|munnvik\w*|mungipa\w*)"
    r"|taler (?:\w+ )?(?:utydeligt|sløret|slorret|mærkeligt|uforstaaeligt)|snakker (?:\w+ )?(?:utydelig|rart|sløret)"
    r"|kan (?:ikke|inte|knapt) (?:\w+ )?(?:løfte|lofte|lyfta|bevæge|bevaege|bevege|rore|røre) (?:\w+ ){0,2}?"
    r"(?:arm|armen|ben|benet|hånd|hand|handen)"
    r"|(?:log|ferde|lefittyed\w*) a szaj\w*|szaj\w* (?:\w+ )?(?:lefele )?(?:log|ferde|lefittyed\w*)"
    r"|(?:elmosod\w*|zavaros|ertelmetlen\w*|erthetetlen\w*) beszed\w*|beszed\w* (?:\w+ )?(?:elmosod\w*|erthetetlen\w*)"
    r"|nem (?:tudja|tudom|birja|birom) (?:\w+ )?(?:felemelni|mozditani|emelni) (?:\w+ ){0,2}?kar\w*"
)
STROKE = "|".join((_STROKE_ITALIAN_PORTUGUESE, _STROKE_DUTCH, _STROKE_ROMANIAN, _STROKE_SCANDINAVIAN_HUNGARIAN))

# --- sight going, blurred, double or dark in one eye, an eye that hurts (B12) -----------------
_SIGHT_ITALIAN_PORTUGUESE = (
    # flashes of light
    r"vedo (?:dei |delle |)(?:lampi|flash|lampeggi\w*|luci strane)"
    r"|vejo (?:uns |umas |)(?:flashes|claroes|luzes|relampagos)"
    # sight going in one eye, a dark spot or shadow in its view, an eye that hurts; "non vedo
    # l'ora" and "nao vejo a hora" (can't wait) are not it. A sight "offuscata" or "annebbiata"
    # is an emergency word already (unread_words.py).
    r"|non ci vedo (?:piu |quasi )?(?:bene|niente|nulla|granche|nitido)"
    r"|non (?:ci )?vedo (?:piu |quasi )?(?:bene|niente|nulla) (?:\w+ ){0,2}?(?:da|con|col|dal|dall|nell|in)"
    r" (?:un |l |il |mio |)occhi\w*"
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
)
_SIGHT_DUTCH = (
    # dark spots, a grey haze, double or nothing
    r"zie (?:\w+ ){0,6}?(?:zwarte|donkere|grijze) (?:vlekken|vlek|schaduw|waas|rand)|(?:grijze|zwarte) waas"
    r"|zie (?:alles )?(?:dubbel|wazig|zwart)|dubbel zien|zie (?:bijna |ineens )?(?:niets|niks) meer"
)
# Out of focus: European Portuguese "desfocado", Dutch "onscherp" or "vaag".
_SIGHT_OUT_OF_FOCUS = (
    r"(?:vejo|ver|a ver|vendo|visao|vista|olho)\W+(?:\w+\W+){0,4}?desfocad\w*"
    r"|desfocad\w*\W+(?:\w+\W+){0,4}?(?:olho|olhos|vista|visao)"
    r"|zie (?:\w+ ){0,3}?(?:onscherp|vaag)|(?:onscherp|vaag) zien"
)
_SIGHT_ROMANIAN = (
    r"(?:vad|vede|vedere|vederea) (?:\w+ ){0,2}?(?:incetosat\w*|neclar\w*|dublu|dubla|blurat\w*|negru|in ceata)"
    r"|nu (?:mai )?vad (?:bine|nimic|cu un ochi|din)"
)
# Sight going after a treatment near the eyes, with an eye word (Dutch, Turkish, Greek), so that "ik
# zie niks in de agenda" stays quiet.
_SIGHT_WITH_AN_EYE_WORD = (
    r"(?:oog|ogen|linkeroog|rechteroog|zicht)\W+(?:\w+\W+){0,8}?(?:(?:bijna |vrijwel |helemaal |ineens |opeens )?"
    r"(?:niks|niets) (?:meer )?(?:zie|ziet|zag|zien)|(?:zie|ziet|zag|zien) (?:\w+ ){0,2}?(?:bijna |vrijwel )?"
    r"(?:niks|niets) meer"
    r"|(?:is|wordt|werd|ging|gaat|zag) (?:alles |het |)(?:ineens |opeens |helemaal |)(?:zwart|wazig|troebel|blind))"
    r"|(?:zie|ziet|zag) (?:\w+ ){0,3}?(?:bijna |vrijwel )?(?:niks|niets) (?:meer )?(?:met|uit|door) "
    r"(?:mijn |haar |zijn |het |m'n |)"
    r"(?:linker|rechter|)oog|(?:blind|half blind) aan (?:een|mijn|haar|zijn|het) (?:linker|rechter|)oog"
    # Turkish: "gözüm bulanık", "gözüm görmüyor", "göremiyorum" with an eye
    r"|goz\w*\W+(?:\w+\W+){0,3}?(?:bulanik|gormuyor\w*|goremiyor\w*|karard\w*|kararma\w*|cift gor\w*|buzlu)"
    r"|(?:bulanik|cift|puslu) gor(?:uyor|uyorum|me|meye)\w*"
    # Greek: "δεν βλέπω με το ένα μάτι", "θολή όραση"
    r"|δεν (?:\w+ )?βλεπ\w* (?:\w+ ){0,5}?ματι|ματι (?:\w+ ){0,3}?(?:θολ\w*|δεν βλεπ\w*|σκοτειν\w*)"
)
# Seeing double (Hungarian, Swedish, Danish).
_SIGHT_DOUBLE = (
    r"duplan lat\w*|ketto(?:t|sen)? lat\w*|kettos latas\w*|ser (?:\w+ )?(?:dubbelt|dobbelt)|dubbelseende|dobbeltsyn"
)
# Czech fog, dark or blur in one eye, an eye that hurts (not fog outside, which no see-verb or eye
# names); a shadow fallen over one eye in Greek (not eye shadow, "σκιά ματιών").
_SIGHT_CZECH_GREEK = (
    r"(?:vidim|vidi|nevidim|nevidi)\W+(?:\w+\W+){0,5}?(?:mlh\w*|rozmazan\w*|tmu|cerne|cerno|jen stiny)"
    r"|(?:oko|oci|oku|okem)\W+(?:\w+\W+){0,4}?(?:mlh\w*|nevidim|nevidi|zatmel\w*|tmu)"
    r"|mlh\w* (?:\w+ ){0,2}?(?:na|v) (?:\w+ )?(?:oko|oku|oci)|(?:boli|bolest) (?:\w+ ){0,2}?(?:oko|oka|oci)\b"
    r"|σκια (?:στο|πανω στο|μπροστα στο|πανω απο το) (?:\w+ ){0,2}?ματι"
    r"|ματι\W+(?:\w+\W+){0,6}?δεν (?:\w+ )?βλεπ\w*"
)
SIGHT = "|".join(
    (_SIGHT_ITALIAN_PORTUGUESE, _SIGHT_DUTCH, _SIGHT_OUT_OF_FOCUS, _SIGHT_ROMANIAN, _SIGHT_WITH_AN_EYE_WORD,
     _SIGHT_DOUBLE, _SIGHT_CZECH_GREEK)
)

# --- chest pain (B9); not "borstvoeding" (breastfeeding) --------------------------------------
CHEST_PAIN = (
    r"pijn (?:op|in|aan) (?:de|mijn|m'n|mn|haar|zijn|z'n) borst(?!\w)|borstpijn\w*"
    r"|(?:druk|beklemming|beklemmend gevoel) (?:op|in) (?:de|mijn|m'n) borst(?!\w)"
    r"|ont i brostet|brostsmart\w*|tryck (?:over|i|pa) brostet|(?:ondt|vondt|smerter?) i brystet|brystsmert\w*"
    r"|trykken (?:for|i|pa) brystet"
    r"|mellkas\w* (?:\w+ )?fajda\w*|fajda\w* (?:\w+ ){0,2}?mellkas\w*|(?:faj|szur|nyom) a mellkas\w*"
    r"|dureri? (?:\w+ )?(?:de|in|la) piept\w*|(?:ma|il|o|ii) (?:\w+ )?doare (?:in )?piept\w*|apasare (?:in|pe) piept"
    r"|(?:dor|dores|aperto|pressao|pontada) no peito|(?:doi|doendo) (?:\w+ )?o peito"
    r"|(?:dolore|dolori|male|fitta|oppressione|peso) (?:al|sul|nel) petto|dolore toracico"
)

# --- a blocked vessel: skin gone white, grey, blue or marbled, cold or very painful, a net
# pattern (B11); a change, not a complexion ----------------------------------------------------
_SV_COLOURS = r"(?:vit|vitt|vita|blek|bleka|blekt|gra|gratt|graa|bla|blatt|blaa|lila|blalila|marmorerad\w*|blaaktig\w*)"
_NL_COLOURS = r"(?:wit|witte|grijs|grijze|blauw\w*|paars\w*|grauw\w*|gemarmerd\w*|lijkbleek)"
_TR_COLOURS = r"(?:bembeyaz|beyaz\w*|apak|morumsu|mor|morar\w*|mosmor|gri\w*|mavi\w*|mavimsi|solgun|alaca\w*)"
_EL_COLOURS = r"(?:κατασπρ\w*|ασπρ\w*|λευκ\w*|μωβ|γκρι\w*|μελαν\w*|μελιν\w*|χλωμ\w*|κατακιτριν\w*|μπλε)"
_BLOCKED_VESSEL_ITALIAN_PORTUGUESE = (
    r"(?:diventat\w*|si e fatt\w*|e venut\w*|ficou|ficando|esta ficando|virou|tornou(?:-se)?)\W+(?:\w+\W+){0,2}?"
    # "livido" after an article is the noun, a bruise ("mi e venuto un livido"), not skin turned livid
    r"(?:bianc\w*|grigi\w*|marmorizzat\w*|(?<!un )livid\w*|bluastr\w*|branc\w*|acinzentad\w*|marmorizad\w*"
    r"|arroxead\w*)"
    # a lacy or net-like pattern on the skin (livedo)
    r"|(?:tipo|como|feito|parecendo|parece|come) (?:uma |una |un |)(?:renda|rendinha|pizzo|merletto|rete|ragnatela)"
    r"|rendilhad\w*|reticolat\w*|reticular\w*|marezzat\w*"
    # grey or bluish, or white or grey and cold, or a patch of colour with severe pain
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
)
_BLOCKED_VESSEL_ROMANIAN = (
    r"(?:pata|pete|zona|pielea|piele|obrazul) (?:\w+ ){0,2}?(?:alba|albe|palida|palide|gri|marmorat\w*|albastrui\w*"
    r"|vinetie)"
    r"\W+(?:\w+\W+){0,12}?(?:doare|dor|durere|dureri|rece|usturime)"
    r"|s-a (?:albit|inalbit)|s-a facut (?:\w+ ){0,2}?(?:alba|gri|palid\w*|albastr\w*|marmorat\w*)"
)
_BLOCKED_VESSEL_SWEDISH = (
    r"(?:blivit|blev|har blivit|har blitt) (?:\w+ )?" + _SV_COLOURS
    + r"\W+(?:\w+\W+){0,6}?(?:kall\w*|ont|jatteont|smart\w*"
    r"|vark\w*)"
    r"|(?:blivit|blev|har blivit) (?:alldeles |helt )?" + _SV_COLOURS + r"\b"
    r"|" + _SV_COLOURS + r" och (?:\w+ )?(?:kall|kallt|kalla|iskall\w*)"
)
_BLOCKED_VESSEL_DUTCH = (
    r"(?:wit|grijs|blauw\w*|paars\w*|grauw|gemarmerd|lijkbleek) (?:geworden|gekleurd|verkleurd|uitgeslagen"
    r"|weggetrokken)"
    r"|" + _NL_COLOURS + r"\W+(?:\w+\W+){0,4}?(?:koud|kil|ijskoud)"
    r"|" + _NL_COLOURS + r"\W+(?:\w+\W+){0,10}?(?:vreselijk|ontzettend|enorm|verschrikkelijk|heel erg|zoveel|zo veel"
    r"|extreem|ondraaglijk\w*) (?:veel )?pijn"
)
_BLOCKED_VESSEL_TURKISH_GREEK = (
    _TR_COLOURS + r"\W+(?:\w+\W+){0,8}?(?:buz gibi|buz kesil\w*|soguk\w*|cok agri\w*|cok aci\w*"
    r"|asiri agri\w*|dayanilmaz\w*|feci agri\w*)"
    r"|(?:buz gibi|soguk\w*)\W+(?:\w+\W+){0,6}?" + _TR_COLOURS + r"\b"
    r"|" + _EL_COLOURS + r"\W+(?:\w+\W+){0,8}?(?:κρυ[οαε]\w*|παγωμεν\w*|παγος"
    r"|ποναει (?:παρα |πολυ |τρομερα |απιστευτα )"
    r"|πονο[σς]? (?:πολυ|τρομερ\w*|αφορητ\w*)|αφορητ\w*)"
)
# Romanian purple-blue skin or a net pattern; Portuguese purple or dark patches "like a map".
_BLOCKED_VESSEL_PATTERNS = (
    r"s-a (?:facut|colorat|invinetit) (?:\w+ ){0,2}?(?:vinet\w*|vanat\w*|violet\w*|mov|albastr\w*)|s-a invinetit"
    r"|(?:pete|model|desen|vinetai\w*) (?:\w+ )?ca (?:o |un )?(?:plasa|retea|dantela)"
    r"|(?:manchas?|placas?) (?:\w+ ){0,2}?(?:roxas?|arroxeadas?|azuladas?|escuras?|acinzentadas?)\W+(?:\w+\W+){0,12}?"
    r"(?:gelad\w*|fri[ao]s?\b|doi (?:imenso|imensamente|horrores|bue|bastante|tanto)|(?:como|parecem|parece"
    r"|tipo) (?:um )?mapa)"
    r"|(?:como|parecem|parece|tipo) (?:um )?mapa\W+(?:\w+\W+){0,8}?(?:gelad\w*|fri[ao]s?\b|doi)"
)
BLOCKED_VESSEL = "|".join(
    (_BLOCKED_VESSEL_ITALIAN_PORTUGUESE, _BLOCKED_VESSEL_ROMANIAN, _BLOCKED_VESSEL_SWEDISH, _BLOCKED_VESSEL_DUTCH,
     _BLOCKED_VESSEL_TURKISH_GREEK, _BLOCKED_VESSEL_PATTERNS)
)

# --- bleeding that will not stop (B20) --------------------------------------------------------
BLEEDING = (
    r"(?:sangue|sangra\w*|sanguin\w*)\W+(?:\w+\W+){0,4}"
    r"(?:non si ferma|non smette|nao para|nao estanca|dappertutto|por todo (?:o )?lado)"
    r"|(?:non si ferma|non smette|nao para|nao estanca)\W+(?:\w+\W+){0,3}(?:sangu\w*|sangra\w*)"
    # Swedish
    r"|(?:blod|bloder|blodning\w*) (?:\w+ ){0,4}?(?:mycket|kraftigt|massor|hela tiden|slutar inte|stannar inte|gar inte"
    r" att stoppa)|slutar inte (?:att )?blod\w*"
    # Dutch
    r"|(?:bloedt|bloeden|bloeding) (?:\w+ ){0,3}?(?:heel erg|hevig|flink|ontzettend|enorm|blijft|stopt niet"
    r"|houdt niet op"
    r"|niet te stoppen)|blijft (?:maar )?bloeden|(?:stopt|houdt) niet (?:meer )?(?:op )?met bloeden"
    # Italian: a great deal ("sanguina tantissimo")
    r"|sanguin\w* (?:tantissimo|moltissimo|tanto|troppo|a fiotti|parecchio|senza sosta)"
    r"|(?:sanguin\w*|sangue)\W+(?:\w+\W+){0,10}?(?:non si ferma|non smette)"
    # Greek: will not stop, clothes soaked
    r"|(?:αιμα|αιμορραγ\w*|ματων\w*)\W+(?:\w+\W+){0,4}?(?:ασταματητ\w*|δεν σταματα\w*|συνεχως|μουσκε\w*)"
    r"|(?:ασταματητ\w*|δεν σταματα\w*)\W+(?:\w+\W+){0,4}?(?:αιμα|αιμορραγ\w*|ματων\w*)"
)

# --- a severe skin reaction: sores in the mouth with skin peeling, blisters, a rash all over or
# red, burning eyes (Stevens-Johnson, B21); skin coming away ------------------------------------
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
SEVERE_SKIN_REACTION = (
    # skin coming away in pieces
    r"pelle (?:che )?si (?:stacca|sta staccando)"
    r"|pele (?:a |esta a |)(?:soltar|descolar|sair) (?:aos|em) (?:pedacos|bocados|placas)"
    # blisters with sores in the mouth or sore eyes
    r"|(?:bolle|vesciche|bolhas)\W+(?:\w+\W+){0,10}?(?:bocca|boca|labbra|labios|occhi|olhos)"
    # Romanian
    r"|(?:basici|bule|vezicule) (?:\w+ ){0,10}?(?:gura|buze|ochi|tot corpul|peste tot)"
    r"|pielea (?:\w+ )?(?:se )?(?:cojeste|jupoaie|descuama\w*|dezlipeste|desprinde) (?:\w+ ){0,3}?"
    r"(?:fasii|bucati|peste tot|tot corpul)"
    # sores in the mouth with skin peeling, blisters or red eyes, in either order (Portuguese,
    # Italian, Dutch)
    r"|" + _MOUTH_SORES + r"(?:\W+\w+){0,15}?\W+" + _SKIN_OR_EYES
    + r"|" + _SKIN_OR_EYES + r"(?:\W+\w+){0,15}?\W+" + _MOUTH_SORES
    # Swedish, Danish, Hungarian: blisters or sores in the mouth with a rash everywhere or
    # burning eyes
    + r"|(?:blasor|sar|munsar|vabler|blærer|blaerer|sår|holyag\w*|seb\w*|afta\w*) (?:\w+ ){0,2}?(?:i|pa|på|a) "
    r"(?:munnen|munden|lapparna|læberne|laeberne|szajban|szajam\w*)"
    r"\W+(?:\w+\W+){0,15}?(?:ogon\w*|øjne\w*|ojne\w*|szem\w*|utslag|udslæt|udslaet|kiutes\w*|hela kroppen|hele kroppen)"
    r"|(?:utslag|udslæt|udslaet|kiutes\w*) (?:\w+ ){0,4}?(?:hela kroppen|hele kroppen|overallt|overalt|egesz testem\w*)"
    r"\W+(?:\w+\W+){0,15}?(?:blasor|sar|munsar|vabler|blærer|blaerer|sår|holyag\w*|afta\w*|munnen|munden|szaj\w*)"
    # Czech and Turkish, either order
    r"|" + _CS_MOUTH + r"\W+(?:\w+\W+){0,15}?" + _CS_BODY
    + r"|" + _CS_BODY + r"\W+(?:\w+\W+){0,15}?" + _CS_MOUTH
    + r"|" + _TR_MOUTH + r"\W+(?:\w+\W+){0,15}?" + _TR_BODY
    + r"|" + _TR_BODY + r"\W+(?:\w+\W+){0,15}?" + _TR_MOUTH
)

# --- sepsis: a fever with shaking, blotchy or marbled skin, confusion, fainting or no urine;
# strong rigors (B14). A fever with mild chills ("brividi leggeri") stays same-day, so chills
# count only when severe. ------------------------------------------------------------------------
SEPSIS = (
    r"(?:febbre|febre)\W+(?:\w+\W+){0,15}?(?:trem\w*|chiazz\w*|manchad\w*|manchas|confus\w*)"
    r"|(?:trem\w*|chiazz\w*|manchad\w*|manchas|confus\w*)\W+(?:\w+\W+){0,15}?(?:febbre|febre)"
    r"|(?:brividi|calafrios) (?:fortissim\w*|violent\w*|incontrollabil\w*|fortes|muito fortes|incontrolav\w*)"
    r"|brividi (?:molto |cosi |tanto )forti|(?:forti|fortissimi|violenti|fortissime) (?:brividi|tremori)"
    r"|calafrios (?:bem |super |muito muito )fortes|(?:fortes|fortissimos|violentos) calafrios"
    r"|tremedeira (?:muito )?(?:forte|enorme|violenta)"
    r"|(?:febbre|febre)\W+(?:\w+\W+){0,15}?(?:svenut\w*|sviene|svenire|svenimento|desmai\w*|desmaio|marmorizzat\w*"
    r"|marmorizad\w*|violac\w*|arroxead\w*)"
    r"|(?:svenut\w*|sviene|svenire|svenimento|desmai\w*|desmaio|marmorizzat\w*|marmorizad\w*|violac\w*|arroxead\w*)"
    r"\W+(?:\w+\W+){0,15}?(?:febbre|febre)"
    # Romanian
    r"|(?:febra|febr\w*|temperatura)\W+(?:\w+\W+){0,15}?(?:tremur\w*|frisoan\w*|confuz\w*|lesin\w*"
    r"|n-am (?:mai )?urinat|nu (?:mai )?urinez)"
    r"|(?:tremur\w*|frisoan\w*)\W+(?:\w+\W+){0,15}?(?:febra|febr\w*|temperatura)"
    # Swedish: with confusion or a racing heart
    r"|(?:feber|frossa|skakningar)\W+(?:\w+\W+){0,15}?(?:forvirr\w*|hjartat (?:rusar|slar (?:jattefort|sa fort|fort))"
    r"|hjartklapp\w*|marmorer\w*|flackig\w*)"
    r"|(?:forvirr\w*|hjartat rusar)\W+(?:\w+\W+){0,15}?(?:feber|frossa)"
)

# --- numbing cream followed by a racing heart, shaking, confusion, a metallic taste or a spinning
# head, in either order (local anaesthetic toxicity, B10) ----------------------------------------
_NL_NUMBING = r"(?:verdoving\w*|emla|lidocaine\w*)"
_NL_TOXIC = (
    r"(?:suf\w*|slaperig\w*|versuft|hart (?:\w+ ){0,2}?(?:slaat (?:\w+ )?over|overslaat|bonst|racet|gaat tekeer"
    r"|gaat als een gek"
    r"|klopt (?:heel |zo |erg )?(?:snel|raar|onregelmatig))|hartkloppingen|trill\w*|verward\w*|metaalsmaak"
    r"|tintel\w* (?:lippen|mond|tong))"
)
NUMBING_CREAM_TOXICITY = (
    r"(?:crema|pomata|creme|pomada) anest\w*(?:\W+\w+){0,30}?\W+"
    r"(?:cuore|coracao|gira|tont\w*|trem\w*|confus\w*|convuls\w*|sonnolen\w*|sonolen\w*)"
    r"|(?:(?:crema|pomata|creme|pomada|gel) (?:anest\w*|intorpid\w*|dormente|para (?:anestesiar|adormecer)"
    r"|per (?:anestesia|intorpidire))|emla|lidocain\w*)(?:\W+\w+){0,30}?\W+(?:trem\w*|confus\w*|convuls\w*|sonnolen\w*"
    r"|sonolen\w*|senza senso|sem sentido|sem nexo|stran[oa]|estranh[oa]|delir\w*|straparl\w*|enrolad\w*|agitat[oa]"
    r"|agitad[oa]|palpitaz\w*|batedeira|batticuore|formicol\w*|formigamento|formigando|metallic\w*|metalic\w*|tont\w*)"
    r"|(?:trem\w*|confus\w*|convuls\w*|sonnolen\w*|sonolen\w*|senza senso|sem sentido|sem nexo|delir\w*|straparl\w*"
    r"|enrolad\w*|palpitaz\w*|batedeira|batticuore|tont\w*)(?:\W+\w+){0,30}?\W+(?:(?:crema|pomata|creme|pomada|gel)"
    r" (?:anest\w*|intorpid\w*|dormente)|emla|lidocain\w*)"
    # Swedish, Danish
    r"|(?:bedovning\w*|bedøv\w*)(?:\W+\w+){0,30}?\W+(?:hjartklapp\w*|hjertebank\w*|forvirr\w*|yr|yrsel|skak\w*"
    r"|kramp\w*|darr\w*|metallsmak|svimmel)"
    r"|(?:hjartklapp\w*|forvirr\w*|yrsel|kramp\w*)(?:\W+\w+){0,30}?\W+(?:bedovning\w*|bedøv\w*)"
    # Dutch: with drowsiness, the heart or trembling
    r"|" + _NL_NUMBING + r"(?:\W+\w+){0,30}?\W+" + _NL_TOXIC
    + r"|" + _NL_TOXIC + r"(?:\W+\w+){0,30}?\W+" + _NL_NUMBING
)

# --- a fit, or a faint with someone not answering, confused or jerking (B9) ---------------------
_FAINT_WORDS = (
    r"elajult\w*|ajult el|flauwgevallen|viel flauw|svimmade|svimmat|besvimede|besvimte|besvimet|lesinat|lesina"
    r"|desmai\w*|svenut\w*|omdlel\w*"
)
_NOT_ANSWERING_OR_CONFUSED = (
    r"zavart|zavarodott|nem tudja,? hol van|nem (?:reagal|valaszol)|rangatoz\w*"
    r"|verward|reageert (?:niet|nauwelijks|amper|bijna niet)|niet aanspreekbaar|weet niet (?:meer )?waar (?:ze|hij|ik)"
    r"|forvirr\w*|svarar (?:inte|knappt)|vet inte var (?:hon|han) ar|ryck\w*|kramp\w*"
    r"|svarer (?:ikke|naesten ikke|næsten ikke|knapt)|ved ikke hvor (?:hun|han) er|rykk\w*"
    r"|confuz\w*|nu (?:mai )?raspunde|nu stie unde (?:se afla|este|e)|zvacn\w*"
    r"|confus[oa]|nao (?:responde|reage)|nao sabe onde (?:esta|ta)|non (?:risponde|reagisce)|non sa dove (?:si trova|e)"
)
FIT_OR_FAINT = (
    # a seizure said as an attack or jerking (Dutch), an epileptic fit (Italian, Portuguese)
    r"(?:had|kreeg|heeft|krijgt|kregen) (?:\w+ ){0,3}?(?:aanval|insult|stuipen)\b(?!\w)"
    r"|(?:crisi|attacco) epilett\w*|(?:ataque|crise) epilet\w*"
    # Romanian: jerking, a fit
    r"|zvacn\w* (?:\w+ ){0,3}?(?:tot corpul|din tot corpul|necontrolat|mainile|picioarele)"
    r"|(?:criza|crize) (?:de )?(?:epilepsie|epileptic\w*|convulsi\w*)|(?:a|am|au) (?:\w+ )?(?:avut"
    r"|facut) (?:o )?(?:criza|convulsi\w*)"
    r"|(?:" + _FAINT_WORDS + r")\W+(?:\w+\W+){0,15}?(?:" + _NOT_ANSWERING_OR_CONFUSED + r")"
)

# --- nothing kept down, hardly any (dark) urine, yellow eyes or skin (kidneys, liver, B30) -------
NO_FLUIDS_OR_JAUNDICE = (
    # Italian and Portuguese
    r"(?:occhi|pelle) (?:\w+ ){0,2}giall\w*|(?:olhos|pele) (?:\w+ ){0,3}amarel\w*"
    r"|non (?:faccio|fa) (?:quasi )?(?:piu )?(?:la )?pipi|(?:quase )?nao (?:faco|faz) (?:quase )?(?:mais )?xixi"
    r"|fiz (?:muito )?(?:pouco|pouquissimo) xixi|(?:quase )?nao (?:urinei|urino|urinou)|urinei (?:muito )?pouco"
    r"|(?:fatto|faccio) (?:poca|pochissima) pipi"
    r"|(?:quasi )?non (?:ho )?(?:urinato|urino) (?:quasi )?(?:niente|nulla|per niente)?"
    r"|urinato (?:pochissimo|poco)"
    # Dutch, Italian, Portuguese: nothing kept down, not even water
    r"|(?:kan|kon) (?:\w+ )?(?:niets|niks) (?:meer )?(?:binnenhouden|drinken|binnen houden)|houd (?:niets|niks) binnen"
    r"|non riesco a (?:bere|tenere giu|trattenere) (?:niente|nulla)|vomito (?:tutto|anche l\W?acqua)"
    r"|nao (?:consigo|consegue) (?:beber|segurar|manter) nada|vomito tudo|vomitando tudo"
    r"|(?:kan|kon|krijg|kreeg|hou|houd|houdt|hield|blijft) (?:\w+ ){0,2}?(?:geen|niets"
    r"|niks) (?:\w+ ){0,2}?(?:binnenhouden|binnen houden|binnen)"
    r"|plas (?:bijna |haast |nauwelijks |amper )?(?:niks|niets|niet meer)|(?:bijna|haast|nauwelijks"
    r"|amper) (?:niet )?(?:geplast|plassen)"
    r"|nao (?:\w+ )?(?:consigo|consegue) (?:\w+ )?(?:beber|segurar|manter|reter) (?:nem )?(?:a |sequer )?agua"
    r"|non (?:\w+ )?(?:tengo|trattengo|riesco a tenere) (?:giu )?(?:neanche|nemmeno|neppure) (?:l\W?)?acqua"
    # Romanian
    r"|n-am (?:mai )?(?:urinat|facut pipi)|nu (?:mai )?(?:am )?(?:urinat|urinez|fac pipi)"
    # Czech: vomiting with nothing kept down, or hardly any (dark) urine
    r"|zvrac\w*\W+(?:\w+\W+){0,15}?(?:neudrz\w*|nic (?:v sobe )?neudrz\w*|(?:skoro|temer|vubec|skoro vubec) "
    r"(?:ne\w*cur\w*|nemoc\w*)|moc (?:je )?(?:tmav\w*|hned\w*))"
    r"|(?:neudrz\w*|(?:skoro|temer|vubec) (?:ne\w*cur\w*|nemoc\w*))\W+(?:\w+\W+){0,15}?zvrac\w*"
    # yellow eyes, dark urine (Danish, Swedish, Dutch, Hungarian, Romanian, Portuguese, Italian)
    r"|(?:øjne\w*|ojne\w*|ogon\w*|ogonvit\w*|ogen|oogwit|szem\w*|ochii|olhos|occhi)\W+(?:\w+\W+){0,4}?(?:gul|gult|gule"
    r"|gula|gulnat|geel|gele|sarga\w*|besargul\w*|galben\w*|amarel\w*|giall\w*)\b"
    r"|(?:gul|gule|gula|gele|sarga|galbeni|galbene) (?:\w+ )?(?:øjne|ojne|ogon|ogen|szem\w*|ochi\w*)"
    r"|(?:tis|tisset|urin|urinen|kiss|kisset|urine|plas|vizelet\w*|urina|xixi|pipi)\W+(?:\w+\W+){0,3}?(?:mørk\w*"
    r"|mork\w*"
    r"|donker\w*|sotet\w*|barna|inchis\w*|maro|escur\w*|marrom|scur\w*|marrone|som (?:te|cola)|als cola"
    r"|ca (?:ceaiul|cola))"
    r"|(?:mørk|mork|morkt|donkere|sotet|dark) (?:\w+ )?(?:tis|urin|kiss|urine|plas|vizelet\w*)"
    # Italian and Portuguese: vomiting that does not stop; yellow said of oneself with it
    r"|vomit\w* (?:\w+ )?(?:di continuo|continuamente|senza sosta|senza (?:mai )?smettere|in continuazione"
    r"|ininterrottamente|sem parar|o tempo todo|direto|sem conseguir parar)"
    r"|non (?:smetto|riesco a smettere|la smetto) di vomitare|nao (?:paro|consigo parar) de vomitar"
    r"|vomit\w*\W+(?:\w+\W+){0,12}?(?:sono|sto diventando|divento|diventata|diventato|estou|fiquei|ficando) (?:\w+ )?"
    r"(?:giall[oaie]|amarel\w*)"
)

# Where two families' phrases begin at the same word, the one listed first gives the trigger.
EMERGENCY_PHRASES = compile_folded(
    r"\b(?:"
    + "|".join(
        (SELF_HARM, AIRWAY, STROKE, SIGHT, CHEST_PAIN, BLOCKED_VESSEL, BLEEDING, SEPSIS, SEVERE_SKIN_REACTION,
         NUMBING_CREAM_TOXICITY, FIT_OR_FAINT, NO_FLUIDS_OR_JAUNDICE)
    )
    + r")\b"
)
SELF_HARM_PHRASES = compile_folded(r"\b(?:" + SELF_HARM + r")")

# --- combinations that make an emergency only together (read on the folded text) ---------------
# A crooked mouth or smile (any of the net's languages) with speech trouble or said to be sudden
# is a stroke picture (B12).
CROOKED_FACE = compile_folded(
    r"\b(?:(?:sorriso|bocca|viso|faccia|boca|rosto|cara|mond|mondhoek|glimlach|gezicht|munnen|mungipan|mungipa|leendet"
    r"|ansiktet|gura|zambetul)\W+(?:\w+\W+){0,3}?(?:storto|storta|torto|torta|caido|caida|cadente|scheef|hangt|zakt"
    r"|sned|snett|hanger|slokar|stramb\w*|cazut\w*)|scheve (?:mond|lach)|sned mun)\b"
)
SPEECH_OR_SUDDEN = compile_folded(
    r"\b(?:parla\w*|parlare|falar|fala|falando|praten|praat|spreken|prata|pratar|tala|vorbi\w*|de repente"
    r"|all\W?improvviso|di colpo|improvvisamente|plotseling|ineens|opeens|plotsligt|helt plotsligt|brusco|de subito"
    r"|subitamente|dintr-o data|brusc)\b"
)
# A faint with heavy bleeding.
FAINTED = compile_folded(
    r"\b(?:svenut\w*|svenire|desmaiei|desmaiou|desmaio|flauwgevallen|viel flauw|svimmade|svimmat|besvimede|besvimte"
    r"|bayildim|bayildi|lesinat|elajult\w*|omdlel\w*)\b"
)
HEAVY_BLOOD = compile_folded(r"\b(?:sangu\w*|sangra\w*|bloed\w*|blod\w*|blød\w*|krvac\w*|kanam\w*)\b")
# A farewell (Dutch): friends or family said goodbye to, with a pet rehomed or the rest of the
# course cancelled (A32). Either alone is a move or a holiday; a move, a trip or a new job named
# anywhere keeps it one.
GOODBYES = compile_folded(
    r"\b(?:(?:vrienden|familie|iedereen|vriendinnen|ouders|collega\w*) (?:\w+ )?(?:al )?(?:gedag|vaarwel|dag) gezegd"
    r"|afscheid genomen van (?:\w+ )?(?:vrienden|familie|iedereen|vriendinnen|ouders))\b"
)
THINGS_SETTLED = compile_folded(
    r"\b(?:(?:kat|katten|hond|honden|poes|konijn|huisdier\w*) (?:\w+ ){0,2}?(?:woont|wonen|gaat|gaan|is"
    r"|zijn) (?:nu |voortaan )?"
    r"(?:bij|naar)|(?:kat|hond|poes|konijn) (?:\w+ )?(?:weggegeven|herplaatst)|geannuleerd|annuleren|opzeggen|opgezegd"
    r"|spullen weggegeven|testament)\b"
)
MOVING_AWAY = compile_folded(
    r"\b(?:verhuis\w*|verhuiz\w*|emigr\w*|vakantie|op reis|buitenland|nieuwe baan|wereldreis|verhuizing)\b"
)

# --- review and same-day conditions said in everyday words ------------------------------------
# Pregnancy, breastfeeding, trying for a baby, a period late while trying (A6-A8): the cycle's
# delay, not being late for the slot.
_PREGNANCY = (
    r"(?:cercando|provando ad avere|cerchiamo) (?:un|una) (?:figli[oa]|bambin[oa]|gravidanza)|allatt\w*"
    r"|tentando engravidar|amamenta\w*|gravide\w*"
    r"|(?:esperando|espero|esperamos) (?:um |uma |o |a |nosso |meu )?(?:bebe|nenem|filh[oa]|primeiro filho)"
    r"|(?:aspetto|aspettiamo|aspettando|in attesa di) (?:un |una |il |)(?:bambin[oa]|bimb[oa]|figli[oa]|bebe)"
    r"|borstvoeding|(?:ik )?(?:kolf|kolven)\b"
    r"|(?:sunt |este |e )?insarcinata|alaptez|alaptare|alaptez inca"
    r"|(?:ciclo|mestruazion\w*|mestruo|menstruazion\w*) (?:\w+ ){0,2}in ritardo"
    r"|ritardo (?:del ciclo|delle mestruazioni)"
    r"|(?:menstruacao|regra|periodo|menstruacão) (?:\w+ ){0,2}atrasad\w*"
    r"|(?:menstruatie|ongesteldheid|regels?) (?:\w+ ){0,2}(?:te laat|uitgebleven|blijft uit)|ben (?:\w+ ){0,3}over tijd"
    r"|(?:proberen|probeer|proberen al) (?:\w+ ){0,2}zwanger te worden|zwangerschapswens|kinderwens"
    r"|vantar (?:barn|bebis)"
    r"|(?:cercando|cerchiamo|provando|proviamo|stiamo provando|stiamo cercando) (?:di |ad |a )avere (?:un|una)"
    r" (?:figli[oa]|bambin[oa]|gravidanza|bebe)"
)
# A crooked or drooping smile or mouth (B18; B12 when sudden, read by CROOKED_FACE).
_CROOKED_SMILE = (
    r"(?:sorriso|bocca|viso|faccia) (?:\w+ ){0,2}(?:storto|storta|storti|cadente|paralizzat\w*)"
    r"|(?:sorriso|boca|rosto|cara) (?:\w+ ){0,2}(?:torto|torta|caido|caida)"
    r"|(?:mond|mondhoek|glimlach|lach|gezicht|lip|onderlip)\W+(?:\w+\W+){0,3}?(?:scheef|hangt|hing|zakt|afgezakt)"
    r"|(?:scheef|hangt|hing|zakt)\W+(?:\w+\W+){0,3}?(?:mond|mondhoek|glimlach|gezicht|onderlip)\b"
    r"|scheve (?:mond|lach|glimlach)|hangende (?:mond|mondhoek)"
    r"|(?:munnen|mungipan|leendet|ansiktet)\W+(?:\w+\W+){0,3}?(?:hanger|sned|snett|slokar)|sned mun"
)
# Hair falling out in tufts, in handfuls or all of a sudden, a bald patch from nowhere (a diagnosis
# first, A25); not "hair loss" as the name of a treatment ("mesoterapia para queda de cabelo").
_HAIR_LOSS = (
    r"(?:cabelos?|capelli)\W+(?:\w+\W+){0,4}?(?:aos tufos|em tufos|aos punhados|do nada|de repente"
    r"|a ciocche|a ciuffi|a manciate|all\W?improvviso|improvvisamente)"
    r"|(?:tufos|punhados) de cabelo|(?:ciocche|ciuffi|manciate) di capelli"
    r"|(?:chiazz\w*|zon[ae]|macchi\w*|buc(?:o|hi)|spazi\w*|punt[oi]) (?:\w+ ){0,2}senza (?:capelli|peli)"
    r"|(?:falhas?|areas?|buracos?|clareiras?|manchas?|pontos?|placas?) (?:\w+ ){0,2}(?:sem (?:cabelo|pelo)|carecas?)"
    r"|(?:capelli|cabelos?)\W+(?:\w+\W+){0,4}?"
    r"(?:dal nulla|di colpo|da un giorno all\W?altro|do dia para a noite|de uma hora pra outra)"
    r"|haar\W+(?:\w+\W+){0,6}?(?:met bosjes|in bosjes|met plukken|in plukken|met handenvol|met hele plukken)"
    r"|(?:bosjes|plukken|handenvol) haar"
    r"|(?:par|parul)\W+(?:\w+\W+){0,4}?(?:smocuri|bucati|cade mult)"
    r"|avuc avuc|(?:sac|saclar|sacim|saclarim|sacimi|saclarimi)\w* (?:\w+ ){0,2}?(?:dokul\w*|kayb\w*|kopuyor)"
)
# Body-image distress (A31): hating one's face or body, not leaving the house, hours at the mirror,
# no photo without a filter, a dozen treatments and more wanted now.
_BODY_IMAGE = (
    r"odio (?:il mio|la mia|me stess[oa]|come) (?:\w+ ){0,1}(?:viso|faccia|corpo|aspetto|pelle|sembro)"
    r"|(?:odeio|detesto) (?:o meu|a minha|o|a|como) (?:\w+ ){0,1}(?:rosto|cara|corpo|aparencia|pele|pareco)"
    r"|non (?:esco|sono uscit[oa]) (?:piu )?(?:di|da) casa|nao (?:saio|sai) (?:mais )?de casa"
    r"|(?:mi vergogno|ho vergogna) (?:del mio|della mia|di come) \w+"
    r"|(?:tenho |sinto )?vergonha (?:do meu|da minha|de como) \w+"
    r"|(?:non riesco|non sopporto|non posso|non ce la faccio) (?:piu )?(?:a |di )?"
    r"(?:guardarmi|vedermi|specchiarmi|guardare (?:le mie |le )?foto)"
    r"|(?:evito|odio) (?:gli |lo |le |i )?(?:specchi\w*|foto|fotografie|selfie)"
    r"|(?:nao consigo|nao suporto|nao aguento) (?:mais )?(?:me )?(?:olhar|ver)(?:-me)? (?:ao|no|para o|em) espelho"
    r"|(?:evito|odeio) (?:o |os |as )?(?:espelhos?|fotos|fotografias|selfies)"
    r"|(?:1\d|[2-9]\d|dieci|dodici|quindici|venti) (?:trattamenti|sedute|interventi|procedure)\W+(?:\w+\W+){0,8}?"
    r"(?:altri|altre|ancora|subito)"
    r"|(?:1\d|[2-9]\d|dez|doze|quinze|vinte) (?:tratamentos|sessoes|procedimentos)\W+(?:\w+\W+){0,8}?"
    r"(?:mais|outros|outras|ja)"
    r"|or[ae] (?:\w+ ){0,3}(?:allo|davanti allo|nello) specchio"
    r"|non (?:\w+ ){0,2}(?:uscire|esco|postare|posto|farmi (?:una |delle )?foto) senza (?:il |un )?filtro"
    r"|nao (?:\w+ ){0,2}(?:sair|saio|postar|posto|tirar (?:uma )?foto) sem (?:o |um )?filtro"
    r"|horas (?:\w+ ){0,3}(?:no|ao|em frente ao|diante do) espelho"
    r"|(?:ma )?urasc (?:cum arat|fata|corpul|pielea|chipul|felul in care arat|infatisarea)|ma urasc"
    r"|nu (?:mai )?ies (?:deloc )?din casa|nu (?:ma )?(?:mai )?pot uita in oglinda|evit oglinda"
    r"|(?:urasc|detest|nu suport) (?:\w+ ){0,1}?(?:cum arat|fata mea|corpul meu|felul in care arat|chipul meu|oglinda)"
    r"|mi-e (?:atat de )?rusine (?:cu|de) (?:fata|cum arat|corpul)"
    r"|(?:hatar|avskyr) (?:hur jag ser ut|mitt utseende|mitt ansikte|min kropp|mig sjalv)"
)
# A wound or site going wrong: a dark crust or patch, an open sore that will not close (B16), a
# bruise that grows or hardens (B20), redness and warmth growing or yellow matter days after (an
# infection starting, B13, B15), pain growing rather than settling (B29); not "che piaga" (what a
# nuisance).
_WOUND_OR_INFECTION = (
    r"(?:crosta|crosticina|casca) (?:\w+ ){0,2}(?:nera|scura|nerastra|preta|escura|negra)"
    r"|fa (?:sempre )?piu male|(?:doi|doe) (?:cada vez )?mais"
    r"|(?:aperta|apert[ei]|formata|formate|venuta|venute) (?:\w+ ){0,2}piag(?:a|he)"
    r"|piag(?:a|he) (?:\w+ ){0,3}(?:apert\w*|pelle|ferit\w*|sangu\w*|pus|che non)"
    r"|ferit[ae] (?:\w+ ){0,2}apert[ae]|(?:ferit[ae]|piag(?:a|he)|taglio|buco|buchino) (?:\w+ ){0,5}?non si"
    r" (?:e |sono )?(?:chiude|chiudono|chius[ao]|richiude|rimargina|rimarginano|rimarginat[ao]|cicatrizza|cicatrizzano)"
    r"|ferid(?:a|as|inha) (?:\w+ ){0,2}abert(?:a|as)|chagas?"
    r"|(?:ferid(?:a|as|inha)|machucado|buraco) (?:\w+ ){0,5}?nao (?:se )?(?:fecha|fecham|fechou|cicatriza|cicatrizam"
    r"|cicatrizou|sara|saram|sarou)"
    r"|(?:zwarte|donkere|paarse) (?:plek|plekken|korst)"
    r"|livid\w* (?:\w+ ){0,4}?(?:si (?:sta )?allarga\w*|cresce|sempre piu grande|tes[oa]|dur[oa]|pulsa|fa male)"
    r"|(?:hematoma|roxo) (?:\w+ ){0,4}?(?:aumentando|crescendo|cresce|maior|dur[oa]|lateja|doi)"
    r"|blauwe plek (?:\w+ ){0,4}?(?:groter|groeit|hard|gespannen|klopt|doet pijn)"
    r"|(?:piu|sempre piu) ross[oaie]\W+(?:\w+\W+){0,3}?(?:piu )?cald[oaie]"
    r"|(?:piu|sempre piu) cald[oaie]\W+(?:\w+\W+){0,3}?(?:piu )?ross[oaie]"
    r"|(?:mais|cada vez mais) vermelh[oa]s?\W+(?:\w+\W+){0,3}?(?:mais )?quente"
    r"|(?:mais|cada vez mais) quentes?\W+(?:\w+\W+){0,3}?(?:mais )?vermelh[oa]s?"
    r"|fa (?:anche |ancora |pure |ogni giorno |sempre )?piu male"
    r"|(?:roder|rooier|warmer|pijnlijker)\W+(?:\w+\W+){0,3}?(?:en )?(?:warmer|roder|rooier|pijnlijker|dikker)"
    # Swedish: redness bigger or warmer, pain growing, a lump in the throat on swallowing
    r"|(?:rod|rott|roda|rodnad\w*)\W+(?:\w+\W+){0,4}?(?:storre|varmare|sprider|vaxer)"
    r"|(?:storre|varmare) och (?:varmare|storre|rodare|ommare)"
    r"|(?:gor|gjorde) (?:\w+ )?(?:mer|varre|allt mer) ont|mer och mer ont|allt varre"
    r"|klump i halsen"
    # Dutch: a yellow point or head (pus), bigger and warmer, thick and red, yellow matter
    # "etter" alone is also the Norwegian for "after", so the Dutch word for pus needs a Dutch frame
    r"|(?:geel|gele) (?:puntje|punt|kopje|kop|pus)|etter(?:t|de|en|ig\w*|end\w*)\b"
    r"|(?:komt|kwam|zit|zat|met|vol|geel|gele|beetje|wat) etter\b|\better (?:uit|eruit)\b"
    r"|(?:groter|dikker)\W+(?:\w+\W+){0,3}?(?:en )?(?:warmer|roder|rooier|pijnlijker)"
    r"|dik en rood|rood en dik|(?:rood|rode) en (?:warm|heet|gezwollen)|(?:warm|heet) en rood"
    r"|(?:geel|gele|groen|groene) (?:spul|pus|vocht|smurrie|troep|korst\w*)"
    # Portuguese: warm or hot lumps or redness
    r"|(?:caroc\w*|nodul\w*|bolinh\w*|calomb\w*|vermelh\w*|inchad\w*) (?:\w+ ){0,6}?quent\w*"
    r"|quent\w* (?:\w+ ){0,2}?(?:vermelh\w*|inchad\w*|dur[oa]s?)"
)
# A faint or unsteady legs after the session (B9): "ho perso i sensi", "pernas bambas", Romanian
# "mi-a venit rău"; Romanian swelling and pain.
_FAINT_SWELLING_PAIN = (
    r"pers[oa] (?:i )?sensi|(?:mi sono |mi son |mi )sentit[oa] mancare"
    r"|gambe (?:molli|tremanti|di gelatina|che tremano)"
    r"|perdi (?:os )?sentidos|perdi a consciencia|pernas (?:bambas|moles|tremulas|tremendo)"
    r"|mi-a (?:venit|fost) rau|(?:am|a) lesinat|umflat\w*|(?:ma|il|o|ii) (?:\w+ )?doare"
)
# A rash or spots over the whole body (B7, B21); scars that thicken (A20); a recent laser or peel
# at the area (A23).
_RASH_SCARS_LASER = (
    r"(?:vlekken|vlekjes|bultjes|bulten|puntjes)\W+(?:\w+\W+){0,6}?(?:hele (?:lichaam|lijf)|overal)"
    r"|(?:macchi\w*|puntini|bolle|ponfi|chiazz\w*|bollicine)\W+(?:\w+\W+){0,6}?(?:tutto il corpo|dappertutto|ovunque)"
    r"|(?:manch\w*|bolinh\w*|pontinh\w*|pintinh\w*|placas|vergo\w*|caroc\w*)\W+(?:\w+\W+){0,6}?"
    r"(?:corpo (?:todo|inteiro)|todo o corpo|pelo corpo)"
    r"|littekens? (?:\w+ ){0,3}?(?:dik|dikke|bobbelig|verdikt|woekeren|woekert|hard|opgezwollen)"
    r"|(?:dikke|bobbelige|woekerende) littekens?"
    r"|cicatric\w* (?:\w+ ){0,3}?(?:spess\w*|in rilievo|ipertrofic\w*|sporgent\w*|gross\w*)"
    r"|cicatri\w* (?:\w+ ){0,3}?(?:gross\w*|alta|altas|saltad\w*|hipertrofic\w*|elevad\w*)"
    r"|(?:fatto|fatta|ho fatto|avuto) (?:\w+ ){0,2}?(?:laser|peeling)"
    r"|laser (?:frazionat\w*|fracionad\w*|co2|ablativ\w*)"
    r"|(?:fiz|fez|feito|fizeram) (?:\w+ ){0,2}?(?:laser|peeling)|gelaserd"
    r"|(?:laser|laserbehandeling|peeling) (?:\w+ ){0,4}?gehad"
)
# A child under 18 (A22): "mia figlia ha 15 anni", "mijn zoon is 16", "ik ben 17"; not a duration
# ("da 15 anni", "al 15 jaar", "17 jaar geleden"), so only after a verb of age or a child word.
_UNDER_18 = (
    r"(?:ha|ho|hai|compie|compiuto|fa|fara|tem|tenho|fez|faz|fara|heeft|is|ben|wordt)"
    r" (?:solo |appena |quasi |pas |net |bijna |so |apenas )?(?:1[0-7]|tredici|quattordici|quindici|sedici|diciassette"
    r"|treze|catorze|quatorze|quinze|dezasseis|dezesseis|dezassete|dezessete|dertien|veertien|vijftien|zestien"
    r"|zeventien)"
    r" (?:anni|anos|jaar)"
    r"|(?:figli[oa]|ragazz[oa]|bambin[oa]|filh[oa]|menin[oa]|rapaz|zoon|dochter|zoontje|dochtertje) (?:di|de|van)"
    r" (?:1[0-7]|tredici|quattordici|quindici|sedici|diciassette|treze|catorze|quinze|dertien|veertien|vijftien"
    r"|zestien|zeventien)(?: (?:anni|anos|jaar))?\b"
    r"|minorenn\w*|menor de idade|minderjarig\w*"
    r"|(?:jag ar|ar bara|fyller|(?:dotter|son|dottern|sonen|barnet) ar) (?:1[0-7]|tretton|fjorton|femton|sexton"
    r"|sjutton)(?: ar\b|(?=\s*(?:[,.!?]|och\b|$)))"
    r"|ik ben (?:pas |net |bijna )?(?:1[0-7]|dertien|veertien|vijftien|zestien|zeventien)(?: jaar\b(?! geleden)"
    r"|(?=\s*(?:[,.!?]|en\b|$)))"
    # Greek, Croatian, Finnish and Polish-free Slavic: a child word and its age ("η κόρη μου είναι 17",
    # "kći mi ima 16 godina", "tyttäreni on 15"), or the word for a minor
    r"|(?:κορη|κορουλα|γιος|παιδι|ανιψια|ανιψιος)(?: μου)? (?:ειναι|εχει|κλεινει) (?:μολις |σχεδον )?1[0-7]"
    r"(?! (?:χρονια|χρονους|μηνες) (?:πριν|τωρα))|ανηλικ\w*"
    r"|(?:kci|kcer|cerka|sin|dijete|klinac)(?: mi| moja| moj)? (?:ima|je|puni|napunila|napunio) (?:tek |skoro )?1[0-7]"
    r"(?! godina? (?:kasnije|prije))|maloljet\w*"
    r"|(?:tyttareni|poikani|lapseni|tytar|poika) (?:\w+ )?on (?:vasta |melkein )?1[0-7](?! vuotta sitten)|alaikai\w*"
    # alopecia areata, patchy hair loss needing a diagnosis first (A16)
    r"|alopecij\w* areat\w*|alopecia areata|alopecie areata|alopecia areata\w*|αλωπεκια γυροειδ\w*"
    r"|γυροειδ\w* αλωπεκ\w*|pljesiv\w* (?:mrlj\w*|mjest\w*)|celav\w* (?:mrlj\w*|mjest\w*|krug\w*)"
    r"|pesakalju\w*|kalju\w* laik\w*"
)
# Same-day and review pictures in the other languages of the net, said without a health word of
# unread_words.py. Bleeding through a plaster, or blood with an anticoagulant named (B20, A9); a
# black crust where the needle went (B16); sore lumps that leak, and medicines that do not help
# (B15); trying for a baby said of a couple (A8); a pacemaker (A19); a laser or peel done at the
# area recently (A23).
_ANTICOAGULANTS = (
    r"(?:xarelto|eliquis|pradaxa|lixiana|marfarin|warfarin|varfarin|coumadin|sintrom|syncumar|acenocumarol"
    r"|rivaroxaban|apixaban|dabigatran|edoxaban|clexane|fraxiparin|heparin|eparin)\w*"
)
_BLOOD_WORDS = (
    r"(?:sangu\w*|sangue|sangr\w*|bloed\w*|blod\w*|blød\w*|blø[rd]\w*|kanam\w*|αιμα\w*|αιμορραγ\w*"
    r"|ματων\w*|krev|krve|krvi|krvac\w*|krvar\w*|krv|ver|vert|verzik|verzes\w*|verez\w*|veri|verta|vuotaa"
    r"|sange\w*|sanger\w*)"
)
_PLASTERS = (
    r"(?:tapasz\w*|pleister\w*|plaster\w*|plåster\w*|flaster\w*|cerott\w*|penso\w*|curativo\w*|bant\w*"
    r"|τσιροτ\w*|επιθεμ\w*|naplast\w*|laastari\w*|plasture\w*|kotes\w*|gaz\w*)"
)
_THROUGH = (
    r"(?:door|genom|igennem|gjennom|attraverso|atraves|pres|kroz|prin|passa|trece|prolazi|probija|prosakuje"
    r"|atszivarog\w*|atut|atjon)"
)
_NEXT_ONE = (
    r"(?:masodik|harmadik|tweede|derde|andra|tredje|anden|andre|secondo|terzo|segundo|terceiro|druh\w*|tret\w*"
    r"|toinen|kolmas|ikinci|ucuncu|δευτερ\w*|τριτ\w*|al doilea|al treilea|drug\w*|trec\w*)"
)
_OTHER_LANGUAGES_SIGNS = (
    _BLOOD_WORDS + r"\W+(?:\w+\W+){0,12}?" + _ANTICOAGULANTS
    + r"|" + _ANTICOAGULANTS + r"\W+(?:\w+\W+){0,12}?" + _BLOOD_WORDS
    # blood coming through a plaster, or the second or third plaster; not a spot of blood on one
    + r"|" + _BLOOD_WORDS + r"\W+(?:\w+\W+){0,6}?" + _THROUGH + r" (?:\w+ ){0,2}?" + _PLASTERS
    + r"|" + _PLASTERS + r" (?:\w+ )?lapi"
    + r"|" + _BLOOD_WORDS + r"\W+(?:\w+\W+){0,12}?" + _NEXT_ONE + r" " + _PLASTERS
    + r"|" + _NEXT_ONE + r" " + _PLASTERS + r"\W+(?:\w+\W+){0,12}?" + _BLOOD_WORDS
    + r"|atszivarog\w*|atverez\w*|prosakuje|prosaklo"
    # a black crust or dark skin at the injection site
    r"|(?:sort|svart|mørk|sorte|svarte)e? (?:sar)?skorpe\w*|svart (?:sar)?skorpa\w*|musta\w* rupi\w*"
    r"|cern\w* strup\w*|fekete var\w*|siyah (?:bir )?kabuk\w*|μαυρ\w* κρουστ\w*|crust\w* neagr\w*"
    r"|crn\w* krast\w*"
    # sore lumps, something seeping out, antibiotics not helping
    r"|(?:ømme|hårde|røde|lilla|varme|vonde|harde) (?:\w+ )?(?:knuder|kuler|klumper)"
    r"|(?:knuder|kuler|klumper) (?:\w+ ){0,3}?(?:ømme|gør ondt|gjør vondt|hårde|harde|varme)"
    r"|siver (?:\w+ ){0,3}?ud|siver ut|(?:hjælper|hjelper|virker|hjalper|verkar|biter) (?:\w+ )?(?:ikke|inte)"
    r" (?:\w+ )?(?:mod|mot|pa) (?:det|infektion\w*|betaendels\w*)"
    # trying for a baby
    r"|προσπαθουμε (?:\w+ ){0,2}?(?:παιδι|μωρο|εγκυμοσυν\w*)|(?:θελουμε|σχεδιαζουμε) (?:να κανουμε )?παιδι"
    r"|(?:cocuk|bebek) (?:\w+ ){0,2}?(?:deniyoruz|istiyoruz|planliyoruz|sahibi olmaya calis\w*)"
    r"|snazime se o (?:dite|miminko|tehotenstvi)|babat (?:tervez\w*|szeretn\w*|varunk)|gyereket (?:tervez\w*"
    r"|szeretn\w*)|(?:yritamme|yritetaan|yritamme saada) (?:\w+ )?lasta|prøver (?:at|a) (?:fa|blive|bli) (?:børn"
    r"|barn|gravid\w*)|forsoker (?:\w+ )?(?:fa barn|bli gravid)|incercam sa (?:facem|avem) (?:un )?copil"
    r"|pokusavamo (?:\w+ )?(?:dobiti dijete|zatrudnjeti|imati dijete)"
    # redness or warmth spreading or getting worse in Croatian and Finnish ("crvenilo se širi", "koža je
    # sve toplija", "punoitus leviää")
    r"|crvenil\w* (?:\w+ ){0,2}?(?:se )?(?:siri|sire|prosiruje|povecava)|(?:siri|sire) se crvenil\w*"
    r"|sve (?:toplij\w*|crvenij\w*|vruc\w*|otecenij\w*)|(?:toplij\w*|crvenij\w*) (?:\w+ ){0,2}?(?:nego|umjesto)"
    r"|punoitu\w* (?:\w+ ){0,2}?(?:levia\w*|leviaa|laajenee|pahenee)|yha (?:lampimam\w*|punaisem\w*)"
    # a pacemaker in Turkish and Croatian
    r"|kalp pil\w*|elektrostimulator\w*|srcani udar|srcanog udara|kalp kriz\w*"
    # a laser or peel done at the area
    r"|(?:am facut|mi-am facut|am avut|mi-au facut|fik|fikk|havde|hadde|gjorde|tok|fick|hade|imala|imao|radila"
    r"|εκανα|ekana) (?:\w+ ){0,2}?(?:laser\w*|lazer\w*|peeling\w*|λειζερ)"
    r"|(?:laser\w*|lazer\w*|lezer\w*|peeling\w*|λειζερ) (?:\w+ ){0,3}?(?:yaptir\w*|oldum|yapildi|volt|kaptam"
    r"|voltam|jsem mela|jsem mel|jsem podstoupil\w*|oli|tehtiin|otin|sidste uge|forrige uke|forra veckan"
    r"|prosli tjedan|saptamana trecuta)"
)
HEALTH_PHRASES = compile_folded(
    r"\b(?:"
    + "|".join(
        (_PREGNANCY, _CROOKED_SMILE, _HAIR_LOSS, _BODY_IMAGE, _WOUND_OR_INFECTION, _FAINT_SWELLING_PAIN,
         _RASH_SCARS_LASER, _UNDER_18, _OTHER_LANGUAGES_SIGNS)
    )
    + r")\b"
)

# Everyday phrases set aside before words are read: Swedish "ont om" (short of: "ont om tid").
EVERYDAY_PHRASES = compile_folded(r"\bont om\b", re.IGNORECASE)
# A denial just before a phrase ("non sono ancora guarita", "nog niet hersteld").
DENIED_BEFORE = compile_folded(r"\b(?:non|nao|niet|nog niet|not)\W+(?:\w+\W+){0,2}$")
# An illness that has passed ("ho avuto il Covid, ormai guarito", "tive gripe, ja passou", "ik had
# corona maar ben hersteld").
RESOLVED_ILLNESS = compile_folded(
    r"\b(?:(?:ormai |gia |completamente )?guarit[oa]|(?:ja |tudo )?(?:curad[oa]|recuperad[oa])|ja passou"
    r"|(?:e|e gia|ormai e) passat[oa]|(?:helemaal |weer )?(?:genezen|hersteld)|(?:al )?lang over)\b"
)
