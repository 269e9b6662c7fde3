"""Indirect self-harm (triage matrix A32) in every language the clinic's patients write.

People rarely say "suicide". They put their affairs in order and say goodbye: belongings or a pet
given away, letters written to the family, goodbyes said to everyone, a will or "who gets my
things" sorted, "everything organised so my family won't have to worry", the remaining sessions
transferred or cancelled because they "won't be around". Or they include themselves in their
hopelessness: "no point to any of it, me included", "I'd rather die than live with this face",
"nobody would notice if I were gone". Every such message gets the crisis reply.

Each of those acts alone has an everyday reading (a move abroad, a pet rehomed for an allergy, a
will written after a birth, sessions cancelled for money or a new job), so an act counts only in a
picture, anywhere in the message:

- two acts of finality ("gave my cat to my sister and wrote to my parents"), or an act with a
  cancellation or a farewell ("cancel my sessions", "thanks for everything"), when no everyday
  reason is named (a move, a trip, an allergy, a new job, a baby, a diagnosis, a celebration);
- an act with hopelessness ("nothing matters any more", "me da todo igual"): whatever reason is
  named, hopelessness is not part of a move;
- a statement of hopelessness that includes the writer's own life on its own ("rather die than
  live like this", "nobody would miss me if I disappeared", "a face nobody will need to look at
  soon"). "I'd rather die than have needles" (a fear) and "this price is killing me" (an idiom)
  are not of that form.

Text is matched lower-case, without accents (text.fold: Danish "ø" is "o", Polish "ł" is "l",
Turkish dotless "ı" is "i"), punctuation read as a space; Greek in its own script. Every
language's words are read in every message: a language guess on two short sentences is often
wrong (Danish taken for Norwegian, Portuguese for Spanish), and these phrases are not everyday
words of another language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Dict, Pattern, Tuple

from assistant.safety.text import fold


@dataclass(frozen=True)
class Signs:
    """One language's wordings of each part of the picture (regular expressions over folded text)."""

    acts: Tuple[str, ...]  # acts of finality: things given away, letters, goodbyes, a will, affairs settled
    closings: Tuple[str, ...]  # a cancellation, thanks for everything, "won't need them"
    hopeless: Tuple[str, ...]  # hopelessness: nothing matters, can't bear it any more
    alone: Tuple[str, ...]  # hopelessness that names the writer's own life: enough on its own
    reasons: Tuple[str, ...]  # everyday reasons for the acts: a move, an allergy, a new job, a birth


# Moving an appointment ("flytta fram tiden", "flytte timen") is not a move house.
_NOT_AN_APPOINTMENT = (
    r"\b(?! (?:fram|frem|tiden|tid|timen|time|timene|tiderne|tiderna|min tid|min time|bokning\w*|aftale\w*"
    r"|avtale\w*))"
)

# Family members and friends a farewell letter is written to, per language.
_EN_KIN = (
    r"(?:mum|mom|mam|mother|dad|father|parents|family|kids|children|sister|sisters|brother|brothers|husband"
    r"|wife|partner|friends|son|sons|daughter|daughters|nan|gran|grandma|grandad|loved ones|boyfriend"
    r"|girlfriend|fiance|fiancee|everyone|best friend)"
)
_EN_PETS = r"(?:cat|cats|dog|dogs|pet|pets|rabbit|rabbits|kitten|puppy|bird|birds|hamster|horse|guinea pigs?)"
_EN_THINGS = (
    r"(?:things|stuff|belongings|possessions|clothes|jewellery|jewelry|books|plants|makeup|make up|shoes|bags"
    r"|straighteners|records|games|furniture|savings)"
)
_EN_SESSIONS = r"(?:sessions|appointments|bookings|treatments|package|course|vouchers?|credit|membership)"

SIGNS: Dict[str, Signs] = {
    "en": Signs(
        acts=(
            r"(?:given|gave|giving|give) away (?:all |most |some |a lot |loads )?(?:of )?my",
            rf"(?:given|gave|giving) (?:all |most of |some of )?my (?:\w+ ){{0,2}}?(?:{_EN_THINGS}"
            rf"|{_EN_PETS}) (?:away|to)",
            rf"(?:re ?homed|re ?homing|re ?home|found (?:a )?(?:new )?homes? for) (?:my|our) (?:\w+ )?{_EN_PETS}",
            r"(?:written|wrote|writing|left) (?:\w+ )?letters? (?:to|for) (?:my |each of my "
            rf"|all my )?(?:\w+ )?{_EN_KIN}",
            r"(?:goodbye|farewell) (?:letters?|notes?)",
            r"(?:said|saying) (?:all )?(?:my )?goodbyes?(?: properly)? to (?:everyone|everybody|all|my friends"
            r"|my family"
            r"|friends|family|the people i love)|said my goodbyes|(?:said|saying) bye to (?:everyone|everybody|all my)",
            r"(?:sorted|sorting|written|wrote|writing|made|making|done|did|updated|updating|finished|finalised"
            r"|finalized"
            r"|signed|drawn up|drew up) (?:out |up )?my will\b|my will (?:is |s )?(?:all )?(?:done|sorted|written"
            r"|signed"
            r"|ready|in order|finished)",
            r"who (?:gets|will get|should get|is getting|s getting|can have|will have|gets to have|s having|is having"
            r"|will be having|s taking|is taking|takes|will take|s keeping|is keeping|ll have|ll take"
            r"|inherits) (?:all )?my "
            rf"(?:\w+ ){{0,2}}?(?:{_EN_THINGS}|{_EN_PETS}|money|car|house|flat)",
            r"(?:everything|it all|all my affairs|my affairs|things|all|all my stuff) (?:is |are |s )?(?:now |all )?"
            r"(?:organised|organized|sorted|arranged|in order|taken care of|settled)(?: \w+){0,3}? so (?:that )?"
            r"(?:my |the )?(?:family|kids|children|husband|wife|partner|parents|mum|mom|they|nobody|no one)",
            r"so (?:that )?(?:my |the )?(?:family|kids|children|husband|wife|partner|parents|mum|mom|loved ones)"
            r" (?:won'?t|wont|will not|don'?t|dont|doesn'?t|do not|never) (?:have|need) to (?:worry|deal|sort|handle"
            r"|think|do anything|lift a finger)",
            r"(?:put|putting|got|getting) (?:all )?my affairs in order",
            r"(?:transfer|transferred|transferring|pass|passed|passing|give|gave|giving|hand|handing|sign|signing)"
            r" (?:over )?(?:all )?(?:my |the )?(?:remaining |last |other |leftover |left over |unused |rest of my )?"
            rf"(?:\w+ )?{_EN_SESSIONS} (?:over )?to (?:my|a|her|his|our) (?:\w+ )?(?:sister|brother|mum|mom|mother"
            r"|friend|daughter|son|cousin|niece|aunt|partner|colleague|bestie)",
            rf"{_EN_SESSIONS} (?:\w+ ){{0,2}}?(?:transferred|passed on|given|handed over|signed over|go"
            r"|going) (?:over )?to "
            r"(?:my|a|her|his) (?:\w+ )?(?:sister|brother|mum|mom|mother|friend|daughter|son|cousin|niece|aunt"
            r"|partner|colleague|bestie)",
            # An absence with no end: "planning not to be around after this week", "when I'm gone".
            r"(?:planning|plan|planned|intend|intending|decided|deciding) not to be (?:around|here|alive)",
            r"(?:won'?t|wont|won t|will not|not going to|not gonna|shan'?t|shan t|shall not) be (?:around|here"
            r"|alive) (?:anymore"
            r"|any more"
            r"|any longer|much longer|for much longer|for long|after (?:this|today|tonight|the weekend)|by then|soon"
            r"|to (?:see|use|need|come|finish))",
            r"(?:when|after|once) i(?: m| am|m|'m) (?:gone|not here any ?more|not around any ?more)",
        ),
        closings=(
            r"cancel(?:led|ed|ling|ing)?(?: all| the rest of| the remainder of| my remaining| the remaining)?"
            rf"(?: of)? (?:my |the |all my )?(?:remaining |other |future |upcoming |last )?(?:\w+ )?(?:{_EN_SESSIONS}"
            r"|session|appointment|booking)|cancel (?:everything|it all)",
            r"(?:won'?t|wont|won t|will not|shan'?t|not going to|not gonna|no longer) (?:be )?need(?:ing)? (?:them|it"
            r"|these|those|the rest|any of it|anything|any more|anymore)",
            r"thank(?:s| you)(?: so much| again| all| girls| guys| ladies| both)? for everything",
            rf"(?:{_EN_SESSIONS}|session|appointment|booking) (?:is |are |s |has been |have been |been |gets |get "
            rf"|got )?"
            r"(?:all |properly |definitely )?cancel(?:led|ed)",
            r"(?:nobody|no one|noone|no body) (?:is |s |will be |ll be |would be |gets |)(?:sat |sitting |left |kept |)"
            r"waiting (?:around |in vain |)(?:for me|on me)"
            r"|(?:nobody|no one|noone) (?:needs to|has to|will have to|ll have to|will need to) wait (?:for|on"
            r"|around for) me",
            r"thank(?:s| you)(?: so much)? for (?:all (?:you ve done|you have done|your kindness|the kindness)"
            r"|your kindness"
            r"|being so kind|looking after me|everything you ve done|everything you have done)",
            r"(?:say|said|saying) (?:bye|goodbye) properly|(?:this is|consider this) (?:my )?goodbye"
            r"|goodbye (?:everyone|forever|for good)|bye (?:for good|forever)|take care of yourselves",
        ),
        hopeless=(
            r"(?:no|not any|isn'?t any|isnt any) point (?:in |to )?(?:anything|any of it|it all|trying|bothering"
            r"|continuing"
            r"|going on with anything|carrying on with anything"
            r"|fixing|carrying on|going on)",
            r"nothing matters(?: any ?more| now)?|(?:it )?doesn'?t matter any ?more|(?:don'?t|do not"
            r"|dont) care (?:about anything|what happens to me"
            r"|any ?more|about myself)|what(?: s| is|s) the point (?:of|in) (?:anything|any of it|it all|me)",
            r"(?:i ve|i have|ive) given up on (?:everything|myself|life)|can'?t (?:stand|bear|face|take) (?:it|this"
            r"|myself"
            r"|my face|looking at myself|seeing myself|this face|the mirror) (?:any ?more|any longer)",
            r"tired of (?:everything|it all|trying|fighting|myself)|(?:i m|im|i am) (?:just )?a burden",
        ),
        alone=(
            r"(?:nobody|no one|noone|no body) (?:would|will|d|ll|is going to|gonna)? ?(?:even )?(?:notice|care|miss me"
            r"|realise|realize|bat an eye(?:lid)?)(?: \w+){0,3}? (?:if|when|once|that|after) i(?: m| am|m|'m| d|'d| was"
            r"| were)? (?:just |simply |suddenly )?(?:gone|dead|not here|not around|disappeared|disappear|died|die"
            r"|wasn'?t here|wasn'?t around"
            r"|vanished|never woke up|didn'?t wake up|stopped existing)",
            r"(?:nobody|no one|noone) (?:would|will|d|ll) (?:even )?(?:notice|miss) (?:my absence|me gone|i m gone"
            r"|im gone"
            r"|i was gone)",
            r"(?:nobody|no one|noone) (?:will|ll|is going to|gonna|would) (?:need|have) to (?:look at|see|put up with"
            r"|stare at) (?:this|my|me|it)(?: \w+){0,2}? (?:soon|much longer|for long|any ?more|for much longer"
            r"|before long)",
            r"(?:face|me) (?:that |which )?(?:nobody|no one|noone) (?:will|ll|is going to|gonna) (?:need|have) to "
            r"(?:look at|see)(?: \w+){0,2}? (?:soon|much longer|for long|any ?more|before long)",
            r"(?:no point|pointless|worthless|nothing matters|meaningless|waste of space|what s the point"
            r"|whats the point|what is the point)"
            r"(?: \w+){0,8}? (?:me included"
            r"|including me|myself included|me especially|especially me)",
            r"(?:rather|sooner) (?:not be here|not be around|not exist|not be alive|disappear) than",
        ),
        reasons=(
            r"moving|move (?:house|abroad|away|back|to|out)|relocat\w*|emigrat\w*|abroad|overseas|allerg\w*"
            r"|new (?:job|role|position|post|company|city|country|flat|house|place)|job offer|last day (?:at|of)"
            r"|leaving do|retir\w*|baby|born|birth|pregnan\w*|maternity|diagnos\w*|holiday|vacation|trip|travel\w*"
            r"|wedding|birthday|christmas|anniversary|declutter\w*|downsiz\w*|charity shop|mothers? s day"
            r"|fathers? s day",
        ),
    ),
    "es": Signs(
        acts=(
            r"(?:regalado|regale|regalando|repartido|repart\w*|dado|di|donado|done) (?:todas |todos |toda )?(?:mis|mi)"
            r" (?:\w+ )?(?:cosas|ropa|pertenencias|joyas|libros|maquillaje|gat[oa]s?|perr[oa]s?|mascotas?)",
            r"(?:encontrado|encontre|buscado|busque) (?:un )?(?:nuevo )?(?:hogar|casa|familia) (?:para|a) (?:mi|mis)"
            r" (?:gat\w*|perr\w*|mascota\w*)",
            r"(?:escrito|escribi|escribiendo|dejado|deje) (?:unas |una |)cartas? (?:de despedida )?(?:a|para) (?:mi"
            r"|mis)"
            r" (?:madre|padre|padres|familia|hij[oa]s?|herman[oa]s?|marido|mujer|pareja|amig[oa]s|mama|papa|novi[oa])",
            r"cartas? de despedida",
            r"(?:despedido|despedi|despidiendome) de (?:todo el mundo|todos|todas|mis amig\w*|mi familia)",
            r"(?:hecho|hice|redactado|arreglado|firmado) (?:el |mi )testamento|quien se (?:queda|quedara) con mis cosas"
            r"|(?:a )?quien (?:le )?(?:dejo|van|iran) mis cosas",
            r"(?:todo |ya todo )?(?:organizado|arreglado|atado|preparado|en orden) (?:para que|por si) (?:mi familia"
            r"|mis hijos|los mios|nadie)|para que mi familia no tenga que (?:preocuparse|ocuparse|hacer)",
            r"(?:pasar|transferir|ceder|dar|regalar) (?:mis |las )(?:sesiones|citas|bonos?)(?: \w+){0,3}? a (?:mi|una)"
            r" (?:herman\w*|amig\w*|madre|hij\w*|prim\w*)",
            r"no (?:voy a |pienso |)estar (?:aqui|por aqui)(?: \w+)? (?:mucho tiempo|mucho mas|despues|la semana"
            r" que viene)|cuando ya no este",
        ),
        closings=(
            r"(?:cancel|anul)\w* (?:todas )?(?:mis|las) (?:citas|sesiones|reservas|tratamientos)",
            r"(?:ya )?no (?:las |los |la |lo )?(?:voy a )?necesit(?:o|are|ar)",
            r"gracias por todo|adios a todos|me despido",
        ),
        hopeless=(
            r"(?:ya )?me da (?:todo )?igual|(?:ya )?nada (?:me )?importa|nada tiene sentido|(?:ya )?no me importa nada"
            r"|no (?:aguanto|soporto) (?:mas|verme)",
        ),
        alone=(
            r"(?:prefiero|preferiria) morir(?:me)? (?:antes )?(?:que|a) (?:vivir|seguir|verme|tener esta cara)",
            r"nadie (?:se )?(?:daria cuenta|notaria|echaria de menos|va a notar|notara|se enteraria)(?: \w+){0,3}? si"
            r" (?:me muero|muriera|desaparezco|desapareciera|no estuviera|ya no estoy|me fuera)",
            r"nadie (?:notaria|notara|echaria de menos) mi ausencia|nadie me echaria de menos",
        ),
        reasons=(
            r"mudanza|mudo|mudamos|mudarme|me voy a vivir|emigr\w*|extranjero|alergi\w*|nuevo trabajo|trabajo nuevo"
            r"|bebe|nacimiento|nacido|embarazada|diagnostic\w*|viaje|vacaciones|boda|cumpleanos|navidad",
        ),
    ),
    "fr": Signs(
        acts=(
            r"(?:donne|offert|distribue|donner|donnes) (?:toutes |tous )?(?:mes|mon|ma) (?:affaires|vetements|bijoux"
            r"|livres|chat|chatte|chien|chienne|animaux|animal|maquillage)",
            r"trouve (?:une )?(?:nouvelle )?(?:famille|maison|foyer) (?:pour|a) (?:mon|ma|mes) (?:chat|chien|chatte"
            r"|chienne|animaux)",
            r"(?:ecrit|ecrire|laisse) (?:des |une |quelques )?lettres? (?:d adieu )?(?:a|pour) (?:ma|mon|mes) (?:mere"
            r"|pere|parents|famille|enfants|soeur|frere|mari|femme|amis|amies|maman|papa|fille|fils|proches)",
            r"lettres? d adieu",
            r"(?:dit|fait) (?:mes )?adieux|dit au revoir a (?:tout le monde|tous|toutes|mes amis|mes amies|ma famille)",
            r"(?:fait|redige|ecrit|prepare) mon testament|qui (?:recevra|aura|recupere|recuperera) mes (?:affaires"
            r"|choses"
            r"|biens)",
            r"(?:tout )?(?:organise|regle|prepare|mis en ordre) pour que (?:ma famille|mes enfants|mes proches)",
            r"(?:transferer|ceder|donner) (?:mes |les )(?:seances|rendez vous)(?: \w+){0,3}? a (?:ma|mon) (?:soeur"
            r"|frere"
            r"|amie?|mere|fille|cousine?)",
            r"ne (?:serai|vais) plus (?:etre )?(?:la|ici) (?:apres|bientot|longtemps)|quand je ne serai plus la",
        ),
        closings=(
            r"annul\w* (?:toutes )?(?:mes|les) (?:rendez vous|seances|rdv|soins)",
            r"(?:n en aurai|en aurai) plus besoin|merci pour tout|adieu",
        ),
        hopeless=(
            r"plus rien (?:n a de sens|ne compte|ne m importe)|je m en fiche de tout|tout m est egal"
            r"|rien n a (?:plus )?de"
            r" sens|(?:supporte|supporter) plus (?:de me voir|mon visage|ce visage)",
        ),
        alone=(
            r"(?:prefere|prefererais|plutot) mourir (?:que de|plutot que de) (?:vivre|continuer|me voir"
            r"|garder ce visage)",
            r"personne ne (?:remarquerait|verrait|remarquera|s apercevrait|s en rendrait compte)(?: \w+){0,3}? si (?:je"
            r"|j) (?:disparaissais|n etais plus|mourais|partais)",
            r"personne ne (?:remarquerait|remarquera) mon absence|personne ne me regretterait",
        ),
        reasons=(
            r"demenag\w*|expatri\w*|etranger|allergi\w*|nouveau (?:travail|poste|boulot)|bebe|naissance|enceinte"
            r"|diagnostic|voyage|vacances|mariage|anniversaire|noel",
        ),
    ),
    "de": Signs(
        acts=(
            r"(?:meine|mein|meinen) (?:\w+ )?(?:sachen|kleider|klamotten|kleidung|schmuck|bucher|katze|kater|hund"
            r"|haustier\w*|kaninchen) (?:\w+ ){0,4}?(?:verschenkt|weggegeben|abgegeben|vergeben|gegeben)",
            r"(?:verschenkt|weggegeben) (?:habe )?(?:ich )?(?:alle )?meine",
            r"(?:neues zuhause|neue familie) fur (?:meine|meinen|mein)",
            r"(?:briefe?|abschiedsbrie\w*) (?:\w+ ){0,2}?(?:an|fur) (?:meine|meinen|mein) (?:mutter|mama|vater|papa"
            r"|eltern|familie|kinder|schwester|bruder|mann|frau|freund\w*|tochter|sohn)",
            r"(?:meiner|meinen|meinem) (?:mutter|mama|vater|papa|eltern|familie|kindern|schwester|bruder|mann|frau)"
            r" (?:\w+ ){0,2}?briefe? geschrieben|abschiedsbrie\w*",
            r"(?:mich )?(?:von|bei) (?:allen|jedem|meinen freund\w*|meiner familie|allen freund\w*) verabschiedet"
            r"|verabschiedet von (?:allen|meinen|meiner)",
            r"testament (?:\w+ ){0,2}?(?:gemacht|geschrieben|aufgesetzt|geregelt|erledigt|fertig)|wer meine sachen"
            r" (?:bekommt|kriegt|erbt)",
            r"(?:alles )?(?:geregelt|organisiert|erledigt|vorbereitet) damit (?:meine familie|meine kinder"
            r"|sich niemand)",
            r"nicht mehr (?:lange )?(?:da|hier) sein",
        ),
        closings=(
            r"(?:termine?|behandlung\w*|sitzung\w*) (?:\w+ ){0,4}?(?:stornier\w*|absagen|abgesagt|streichen)"
            r"|stornier\w* (?:sie )?(?:meine|die) (?:termine|behandlung\w*|sitzung\w*)",
            r"sagen sie (?:\w+ ){0,3}?ab|(?:brauche|brauch) (?:sie|die|das|ihn|es) (?:eh |ja )?nicht mehr"
            r"|danke fur alles|lebt wohl",
        ),
        hopeless=(
            r"(?:ist )?mir (?:jetzt |eh |sowieso )?alles egal|mir ist (?:jetzt |eh |sowieso )?alles egal"
            r"|nichts hat (?:mehr )?(?:einen )?sinn|halte es nicht mehr"
            r" aus|ertrage (?:mein gesicht|mich|es) nicht mehr",
        ),
        alone=(
            r"lieber (?:tot|sterben|sterbe ich) als (?:mit (?:diesem|dem) gesicht|so weiter|weiter ?zu ?leben|so zu"
            r" leben)",
            r"(?:niemand|keiner) (?:wurde|wurd) (?:es )?(?:merken|bemerken|mich vermissen)(?: \w+){0,3}? wenn ich"
            r" (?:weg|nicht mehr da|tot|verschwunden) (?:ware|war)",
        ),
        reasons=(
            r"umzug|umziehe|ziehe um|ziehen um|ausland|auswander\w*|allergi\w*|neue[nm]? (?:job|stelle|arbeit)|baby"
            r"|geburt|schwanger|diagnose|reise|urlaub|hochzeit|geburtstag|weihnachten",
        ),
    ),
    "it": Signs(
        acts=(
            r"(?:regalato|dato via|regalando|dato) (?:tutti |tutte )?(?:i miei|le mie|il mio|la mia) (?:vestiti|cose"
            r"|gioielli|libri|trucchi|gatt[oa]|can[ei]|cagnolin[oa]|animal\w*)",
            r"(?:scritto|scrivo|lasciato) (?:delle |una |le )?letter[ae] (?:di addio )?(?:a|per) (?:mia|mio|miei|mie)"
            r" (?:madre|padre|genitori|famiglia|figli\w*|sorella|fratello|marito|moglie|mamma|papa|amic\w*)",
            r"(?:salutato|detto addio a) (?:tutti|tutte|i miei amici|le mie amiche|la mia famiglia)",
            r"(?:fatto|scritto|sistemato) (?:il )?testamento|chi (?:avra|prende|prendera|ricevera) le mie cose",
            r"(?:sistemato|organizzato|preparato) tutto (?:perche|affinche|cosi che|in modo che) (?:la mia famiglia"
            r"|i miei)",
            r"(?:passare|cedere|trasferire|dare) (?:le mie |i miei )(?:sedute|appuntamenti|sessioni)(?: \w+){0,3}? a"
            r" (?:mia|mio) (?:sorella|fratello|amica|amico|madre|figlia)",
        ),
        closings=(
            r"(?:annull|cancell|disdi)\w* (?:tutti )?(?:i miei|gli|le mie|i|le) (?:appuntament\w*|sedut\w*"
            r"|session\w*|trattament\w*)",
            r"non (?:mi )?serviranno piu|non (?:ne )?avro piu bisogno|non ci saro piu|grazie (?:di|per) tutto"
            r"|ringraziarvi|gentilezza|addio",
        ),
        hopeless=(
            r"non mi importa piu (?:di )?niente|niente ha (?:piu )?senso|non ha piu senso niente|non sopporto piu",
        ),
        alone=(
            r"(?:preferisco|preferirei|meglio) morire che (?:vivere|continuare|vedermi|avere questa faccia)",
            r"nessuno (?:si accorgerebbe|noterebbe|si accorgera)(?: \w+){0,3}? se (?:sparissi|non ci fossi|morissi)",
        ),
        reasons=(
            r"trasferisc\w*|trasloc\w*|trasferimento|estero|emigr\w*|allergi\w*|nuovo lavoro|bambin\w*|nascita|incinta"
            r"|diagnosi|viaggio|vacanz\w*|matrimonio|compleanno|natale",
        ),
    ),
    "pt": Signs(
        acts=(
            r"(?:dei|doei|ofereci|dando|doando) (?:todas |todos )?(?:as minhas|os meus|a minha|o meu|minhas|meus)"
            r" (?:coisas|roupas|joias|livros|gat[oa]s?|cachorr\w*|cao|caes)",
            r"(?:escrevi|escrito|deixei) (?:umas |uma )?cartas? (?:de despedida )?(?:a|para) (?:a minha|o meu|os meus"
            r"|minha|meu|meus) (?:mae|pai|pais|familia|filh[oa]s?|irma[os]?|marido|mulher|amig[oa]s)",
            r"(?:despedi|me despedi|despedi me) de (?:todos|todo mundo|toda a gente|meus amigos|minha familia"
            r"|os meus amigos)",
            r"(?:fiz|escrevi|tratei do) (?:o |meu |o meu )?testamento|quem fica com as minhas coisas",
            r"tudo (?:organizado|arrumado|tratado|em ordem) para (?:que )?(?:a minha familia|minha familia|os meus"
            r" filhos)",
        ),
        closings=(
            r"cancel\w* (?:todas )?(?:as minhas|minhas|as) (?:consultas|sessoes|marcacoes)",
            r"(?:ja )?nao vou (?:mais )?precisar|obrigad[oa] por tudo|adeus",
        ),
        hopeless=(r"(?:ja )?nada (?:mais )?importa|ja nao me importo com nada|nada faz sentido",),
        alone=(
            r"prefiro morrer (?:a|do que) (?:viver|continuar|ficar com)",
            r"ninguem (?:ia|iria|vai)? ?(?:notar|dar pela minha falta|perceber)(?: \w+){0,3}? se eu (?:sumisse|morresse"
            r"|desaparecesse)|ninguem (?:notaria|daria pela) (?:a )?minha (?:falta|ausencia)",
        ),
        reasons=(
            r"mudanc\w*|mudar|emigr\w*|estrangeiro|alergi\w*|novo emprego|emprego novo|bebe|nascimento|gravida"
            r"|diagnostic\w*|viagem|ferias|casamento|aniversario|natal",
        ),
    ),
    "nl": Signs(
        acts=(
            r"(?:spullen|kleren|kleding|sieraden|boeken|kat|hond|poes|konijn) (?:\w+ ){0,3}?(?:weggegeven|weggeven"
            r"|gegeven aan|herplaatst)",
            r"(?:brief|brieven|afscheidsbrie\w*) (?:\w+ ){0,2}?(?:aan|voor) (?:mijn|m n|mn) (?:moeder|vader|ouders"
            r"|familie|kinderen|zus|broer|man|vrouw|vrienden)",
            r"(?:mijn|m n|mn) (?:moeder|vader|ouders|familie|kinderen|zus|broer) (?:een )?(?:brief|brieven) geschreven",
            r"testament (?:\w+ ){0,2}?(?:geregeld|gemaakt|opgesteld|klaar)|wie mijn spullen krijgt",
            r"alles (?:\w+ )?geregeld (?:zodat|voor) (?:mijn familie|mijn kinderen)",
        ),
        closings=(
            r"(?:afspraken|afspraak|sessies|behandelingen) (?:\w+ ){0,2}?(?:annuleren|afzeggen|geannuleerd|opzeggen)"
            r"|annuleer (?:mijn|de) (?:afspraken|sessies)",
            r"(?:heb|zal) (?:ze|het) niet meer nodig|bedankt voor alles|dank (?:je|u) (?:wel )?voor alles|vaarwel",
        ),
        hopeless=(
            r"kan me (?:niks|niets) meer schelen|(?:niks|niets) heeft (?:nog )?zin|maakt (?:me )?(?:niet"
            r"|niks) meer uit",
        ),
        alone=(
            r"liever dood dan (?:zo )?(?:verder )?(?:te )?leven|liever dood dan met dit gezicht",
            r"niemand (?:zou|zal) (?:het )?(?:merken|opmerken|missen)(?: \w+){0,3}? als ik (?:er niet meer ben|weg ben"
            r"|weg was|dood was|er niet meer was)",
        ),
        reasons=(
            r"verhuis\w*|verhuiz\w*|emigr\w*|buitenland|allergi\w*|nieuwe baan|baby|geboren|geboorte|zwanger|diagnose"
            r"|vakantie|op reis|bruiloft|verjaardag|kerst",
        ),
    ),
    "pl": Signs(
        acts=(
            r"(?:rozdal\w*|oddal\w*|podarowal\w*) (?:\w+ ){0,2}?(?:swoje |moje )?(?:rzeczy|ubrania|ciuchy|ksiazki"
            r"|bizuteri\w*|kota|psa|kotke|suczke)",
            r"(?:kota|psa|kotke) (?:\w+ ){0,2}?oddal\w*",
            r"(?:napisal\w*|zostawil\w*) (?:\w+ ){0,2}?list\w* (?:pozegnalne? )?(?:do|dla) (?:mamy|mamie|taty|rodzicow"
            r"|rodziny|dzieci|siostry|brata|meza|zony|przyjaciol\w*)|list\w* pozegnaln\w*",
            r"pozegnal\w* (?:sie )?(?:ze wszystkimi|z przyjaciol\w*|z rodzina|z kazdym)",
            r"(?:spisal\w*|napisal\w*|zrobil\w*|sporzadzil\w*) testament|kto dostanie moje rzeczy",
            r"(?:wszystko )?(?:zalatwil\w*|uporzadkowal\w*|przygotowal\w*) (?:zeby|aby) (?:rodzina|moja rodzina"
            r"|bliscy)",
        ),
        closings=(
            r"(?:odwol|anul)\w* (?:\w+ ){0,2}?(?:wizyt\w*|sesj\w*|zabieg\w*|terminy)",
            r"(?:nie )?(?:beda|bedzie) mi (?:juz )?potrzebn\w*|dziekuje za wszystko|dzieki za wszystko|zegnajcie",
        ),
        hopeless=(r"wszystko mi (?:jedno|obojetne)|nic (?:juz )?nie ma sensu|nic mnie (?:juz )?nie obchodzi",),
        alone=(
            r"wol\w* umrzec niz (?:zyc|tak zyc|patrzec)",
            r"nikt (?:by )?(?:nie zauwazyl\w*|nie zauwazy)(?: \w+){0,3}? (?:gdyby mnie nie bylo|jak mnie nie bedzie"
            r"|gdybym zniknal\w*|gdybym umarl\w*)",
        ),
        reasons=(
            r"przeprowadz\w*|wyjezdzam|emigr\w*|za granice|alergi\w*|nowa prac\w*|nowej pracy|dzieck\w*|urodz\w*"
            r"|ciaz\w*|diagnoz\w*|wakacj\w*|urlop|slub|urodzin\w*|swiet\w*",
        ),
    ),
    "sv": Signs(
        acts=(
            r"(?:gett bort|skankt bort|gav bort|ger bort|gett|gav) (?:\w+ )?(?:mina saker|mina klader|mina grejer"
            r"|min katt|min hund|min kanin|mina smycken|allt jag ager)",
            r"(?:skrivit|skrev) (?:\w+ ){0,2}?(?:brev|avskedsbrev) (?:till|at) (?:min|mina) (?:mamma|pappa|mor|far"
            r"|foraldrar|familj|barn|syster|bror|man|fru|vanner)|avskedsbrev",
            r"sagt hej ?da till (?:alla|mina|min familj)|tagit farval av (?:alla|mina|min familj)",
            r"(?:skrivit ner|skrivit|bestamt) vem som (?:ska|skall) fa (?:mina|alla mina) (?:saker|grejer)"
            r"|(?:skrivit|fixat|ordnat) (?:mitt )?testamente",
            r"ordnat allt (?:sa att|for) (?:min familj|mina barn)",
        ),
        closings=(
            r"avboka (?:\w+ ){0,2}?(?:tider|tid|tiderna|behandling\w*|bokning\w*)",
            r"behover (?:dem|den|det|dom) inte|behover inte (?:dem|den|det|dom|tiderna)|tack for allt|farval",
        ),
        hopeless=(r"inget spelar (?:nagon )?roll|bryr mig inte (?:om nagonting|langre)|ingenting har nagon mening",),
        alone=(
            r"hellre do an (?:att )?leva|hellre do an (?:att )?se ut",
            r"ingen (?:skulle )?(?:marka|market|marka det|sakna mig)(?: \w+){0,3}? om jag (?:forsvann|var borta|dog"
            r"|inte fanns)",
        ),
        reasons=(
            rf"flytt\w*{_NOT_AN_APPOINTMENT}"
            r"|emigr\w*|utomlands|allergi\w*|nytt jobb|ny tjanst|bebis|fodd|fodsel|gravid|diagnos|resa|semester"
            r"|brollop|fodelsedag|jul",
        ),
    ),
    "da": Signs(
        acts=(
            r"(?:givet|forar\w*|gav) (?:\w+ )?(?:mine ting|mit toj|mine smykker|min kat|min hund|min kanin|mine boger)",
            r"(?:skrevet|skrev) (?:\w+ ){0,2}?(?:brev|breve|afskedsbrev) til (?:min|mine) (?:mor|far|foraldre|familie"
            r"|born|soster|bror|mand|kone|venner|veninde\w*)",
            r"sagt farvel til (?:alle|mine|min familie)|taget afsked med (?:alle|mine|min familie)",
            r"(?:skrevet|lavet|ordnet) (?:mit )?testamente|hvem der skal have mine (?:ting|sager)",
            r"ordnet alt (?:sa|for) (?:min familie|mine born)",
        ),
        closings=(
            r"aflys (?:\w+ ){0,2}?(?:tider|tid|aftaler|behandling\w*)",
            r"(?:har ikke brug for|behover ikke) (?:dem|den|det)|tak for alt|farvel",
        ),
        hopeless=(r"(?:alt er|det er) (?:mig )?ligegyldigt|intet (?:har|giver) (?:nogen )?mening",),
        alone=(
            r"hellere (?:do|dod) end (?:at )?leve",
            r"ingen (?:ville|vil) (?:opdage|lagge marke til|bemarke|savne mig)(?: \w+){0,3}? hvis jeg (?:forsvandt"
            r"|var vak|dode)",
        ),
        reasons=(
            rf"flyt\w*{_NOT_AN_APPOINTMENT}"
            r"|emigr\w*|udlandet|allergi\w*|nyt job|baby|fodt|fodsel|gravid|diagnos\w*|rejse|ferie"
            r"|bryllup|fodselsdag|jul",
        ),
    ),
    "nb": Signs(
        acts=(
            r"(?:gitt bort|ga bort|gitt|ga) (?:\w+ )?(?:tingene mine|mine ting|klarne mine|katten min|min katt"
            r"|hunden min|min hund)",
            r"(?:skrevet|skrev) (?:\w+ ){0,2}?(?:brev|avskjedsbrev) til (?:mor|far|mamma|pappa|foreldrene mine"
            r"|familien min|barna mine|min|mine)",
            r"sagt ha det til (?:alle|familien)|tatt farvel med (?:alle|familien|vennene)",
            r"(?:skrevet|laget|ordnet) (?:mitt )?testament\w*|hvem som skal fa (?:tingene mine|mine ting)",
        ),
        closings=(
            r"avlys (?:\w+ ){0,2}?(?:timer|timene|time|timen|avtaler|avtalene)",
            r"trenger (?:dem|den|det) ikke|takk for alt|farvel",
        ),
        hopeless=(r"alt er (?:meg )?likegyldig|ingenting har (?:noen )?mening",),
        alone=(
            r"heller (?:do|dod) enn a leve",
            r"ingen (?:ville|vil) (?:merket|merke|savnet meg|savne meg)(?: \w+){0,3}? hvis jeg (?:forsvant|var borte"
            r"|dode)",
        ),
        reasons=(
            rf"flytt\w*{_NOT_AN_APPOINTMENT}"
            r"|emigr\w*|utlandet|allergi\w*|ny jobb|baby|fodt|gravid|diagnos\w*|reise|ferie|bryllup|bursdag"
            r"|jul",
        ),
    ),
    "tr": Signs(
        acts=(
            r"(?:esyalarimi|kiyafetlerimi|kedimi|kopegimi|takilarimi) (?:\w+ ){0,3}?(?:dagittim|verdim|hediye ettim"
            r"|biraktim)",
            r"(?:anneme|babama|aileme|cocuklarima|kardesime|esime|arkadaslarima|annem ve|ailem icin) (?:\w+ ){0,3}?"
            r"mektup\w* (?:yazdim|biraktim)|veda mektub\w*",
            r"herkesle vedalastim|(?:herkese|arkadaslarima|aileme) veda ettim",
            r"vasiyet\w* (?:\w+ )?(?:yazdim|hazirladim|ayarladim)|esyalarimin kime (?:kalacag\w*|gidecegi\w*)",
            r"her seyi (?:ayarladim|hallettim|duzenledim) (?:ki )?ailem",
        ),
        closings=(
            r"(?:randevu\w*|seans\w*) (?:\w+ ){0,2}?iptal",
            r"(?:artik )?(?:ihtiyacim|gerek) (?:olmayacak|kalmadi)|her sey icin tesekkur\w*|hosca kalin|elveda",
        ),
        hopeless=(r"(?:artik )?hicbir sey(?:in)? (?:umurumda degil|anlami yok|onemi yok)",),
        alone=(
            r"yasamaktansa olmeyi tercih eder\w*|(?:boyle|bu yuzle) yasayacagima olurum",
            r"yoklugumu kimse fark etmez|(?:olsem|gitsem|kaybolsam) kimse fark etmez",
        ),
        reasons=(
            r"tasin\w*|yurt ?disi\w*|goc\w*|alerji\w*|yeni is\w*|bebe\w*|dogum\w*|hamile\w*|teshis\w*|tatil\w*"
            r"|seyahat\w*|dugun\w*",
        ),
    ),
    "el": Signs(
        acts=(
            r"(?:εδωσα|χαρισα|μοιρασα) (?:\w+ ){0,2}?(?:τα πραγματα μου|τα ρουχα μου|τη γατα μου|τον σκυλο μου"
            r"|το σκυλο μου)",
            r"(?:εγραψα|εχω γραψει|αφησα) (?:\w+ )?γραμμα(?:τα)? (?:για|σε|στη|στον|στην|στους|στα) (?:\w+ ){0,2}?"
            r"(?:μαμα|μητερα|πατερα|μπαμπα|γονεις|οικογενεια|παιδια|αδερφη|αδελφη|αδερφο|αδελφο|αντρα|γυναικα|φιλ\w*)",
            r"γραμματα αποχαιρετισμου|αποχαιρετησα (?:ολους|τους φιλους|την οικογενεια)",
            r"(?:εκανα|εγραψα|ετοιμασα) (?:τη |την )?διαθηκη|ποιος θα παρει τα πραγματα μου",
            r"(?:τακτοποιησα|κανονισα) (?:ολα|τα παντα) (?:για να|ωστε)",
        ),
        closings=(
            r"ακυρ\w* (?:\w+ ){0,3}?(?:ραντεβου|συνεδρι\w*)",
            r"δεν (?:θα )?(?:τα |το )?χρειαζομαι|ευχαριστω για ολα|αντιο",
        ),
        hopeless=(r"δεν αντεχω (?:αλλο|πια)|τιποτα δεν (?:εχει νοημα|με νοιαζει)|δεν με νοιαζει (?:πια )?τιποτα",),
        alone=(
            r"προτιμω να πεθανω (?:παρα|απο)",
            r"κανεις δεν θα (?:το )?(?:προσεξει|καταλαβει|νοιαστει)(?: \w+){0,3}? (?:αν|αμα) (?:πεθανω|χαθω|λειπω)"
            r"|κανεις δεν θα (?:προσεξει|καταλαβει) την απουσια μου",
        ),
        reasons=(
            r"μετακομ\w*|εξωτερικ\w*|αλλεργ\w*|νεα δουλεια|καινουρια δουλεια|μωρο|γεννησ\w*|εγκυ\w*|διαγνω\w*"
            r"|διακοπ\w*|ταξιδ\w*|γαμο\w*|γενεθλια|χριστουγεννα",
        ),
    ),
    "cs": Signs(
        acts=(
            r"(?:rozdal\w*|daroval\w*) (?:\w+ )?(?:sve|svoje|moje|vsechny) (?:veci|obleceni|sperky|knihy)",
            r"(?:kocku|psa|kocicku|pejska) (?:\w+ ){0,2}?(?:dal\w*|daroval\w*) (?:sestre|mame|kamarad\w*|soused\w*)",
            r"(?:napsal\w*|nechal\w*) (?:\w+ ){0,2}?dopis\w* (?:na rozloucenou )?(?:mame|mamince|tatovi|rodicum"
            r"|rodine|detem|sestre|bratrovi|manzel\w*|pratel\w*|pro)",
            r"rozloucil\w* (?:jsem )?(?:se )?(?:se vsemi|s prateli|s rodinou|s kamarad\w*)",
            r"(?:sepsal\w*|napsal\w*|udelal\w*) (?:jsem )?(?:si )?(?:zavet|posledni vuli)|kdo dostane moje veci",
            r"vsechno (?:jsem )?(?:zaridil\w*|vyridil\w*|pripravil\w*) aby (?:rodina|moje rodina)",
        ),
        closings=(
            r"(?:zrus\w*|odhlas\w*) (?:\w+ ){0,2}?(?:terminy|termin|sezeni|objednavk\w*|osetreni)",
            r"(?:je|to) (?:uz )?nebudu potrebovat|dekuji za vsechno|diky za vsechno|sbohem",
        ),
        hopeless=(r"(?:je mi )?(?:uz )?vsechno (?:jedno|fuk)|nic (?:uz )?nema smysl",),
        alone=(
            r"radsi (?:bych )?(?:umrel\w*|zemrel\w*|byl\w* mrtv\w*) nez (?:zit|zil\w*)",
            r"nikdo by (?:si )?(?:nevsiml|nevsimnul|nepoznal)(?: \w+){0,3}? (?:kdybych|kdyz) (?:zmizel\w*|umrel\w*"
            r"|tu nebyl\w*)",
        ),
        reasons=(
            r"stehuj\w*|stehov\w*|emigr\w*|zahranici|alergi\w*|nova prace|novou praci|miminko|narozen\w*|porod\w*"
            r"|tehotn\w*|diagnoz\w*|dovolen\w*|cest\w*|svatb\w*|vanoc\w*",
        ),
    ),
    "hu": Signs(
        acts=(
            r"(?:elajandekoztam|odaadtam|szetosztottam|elosztogattam) (?:\w+ )?(?:a )?(?:dolgaimat|ruhaimat"
            r"|ekszereimet|macskamat|kutyamat|cicamat)",
            r"(?:dolgaimat|ruhaimat|macskamat|kutyamat|cicamat) (?:\w+ ){0,2}?(?:elajandekoztam|odaadtam"
            r"|szetosztottam)",
            r"(?:irtam|megirtam) (?:\w+ ){0,2}?(?:levelet|leveleket|bucsulevel\w*) (?:anyamnak|anyunak|apamnak|apunak"
            r"|a szuleimnek|a csaladomnak|a gyerekeimnek|a testveremnek)",
            r"(?:anyamnak|anyunak|a szuleimnek|a csaladomnak|a gyerekeimnek) (?:\w+ )?(?:levelet|leveleket) irtam",
            r"(?:levelet|leveleket|bucsulevel\w*) irtam (?:anyamnak|anyunak|apamnak|apunak|a szuleimnek|a csaladomnak"
            r"|a gyerekeimnek|a testveremnek)",
            r"elbucsuztam (?:mindenkitol|a baratai\w*|a csaladomtol)",
            r"(?:megirtam|elkeszitettem) a vegrendelet\w*|ki kapja (?:meg )?a dolgaimat|mindent elrendeztem hogy a"
            r" csaladom",
        ),
        closings=(
            r"(?:lemond\w*|torol\w*) (?:\w+ ){0,2}?(?:idopont\w*|kezeles\w*|alkalm\w*)|(?:idopont\w*|kezeles\w*"
            r"|alkalm\w*) (?:\w+ ){0,2}?(?:lemond\w*|torol\w*)",
            r"nem lesz (?:rajuk|ra) szuksegem|koszonok mindent|koszonom (?:szepen )?(?:mindent|a kedvesseget)"
            r"|isten veletek",
        ),
        hopeless=(r"mar minden mindegy|semminek nincs (?:mar )?ertelme|mar nem erdekel semmi",),
        alone=(
            r"inkabb meghalok mint(?:hogy)? (?:igy el\w*|ezzel az arccal)",
            r"senki (?:sem )?(?:venne eszre|hianyolna)(?: \w+){0,3}? ha (?:eltunnek|meghalnek|nem lennek)",
        ),
        reasons=(
            r"koltoz\w*|kulfold\w*|emigr\w*|allergi\w*|uj munka\w*|uj allas\w*|baba\w*|szuletes\w*|terhes\w*"
            r"|diagnoz\w*|nyaral\w*|utaz\w*|eskuvo\w*|szuletesnap\w*|karacsony\w*",
        ),
    ),
    "ro": Signs(
        acts=(
            r"(?:am dat|am daruit|am impartit) (?:\w+ )?(?:lucrurile mele|hainele mele|bijuteriile|pisica|cainele)",
            r"(?:am scris|am lasat) (?:\w+ ){0,2}?scrisor\w* (?:de adio )?(?:pentru|catre|mamei|tatalui|parintilor"
            r"|familiei|copiilor|surorii|fratelui)",
            r"(?:mi am luat|am luat) (?:ramas bun|adio) de la (?:toti|toata lumea|prieteni|familie)",
            r"(?:mi am facut|am facut|am scris) testamentul|cine (?:ia|primeste|va primi) lucrurile mele",
            r"am (?:aranjat|organizat|pregatit) (?:tot|totul) ca (?:familia|ai mei)",
        ),
        closings=(
            r"anul\w* (?:\w+ ){0,2}?(?:programar\w*|sedint\w*)",
            r"nu (?:o sa |)(?:mai )?(?:am nevoie|imi (?:mai )?trebui\w*)|multumesc pentru tot|adio",
        ),
        hopeless=(r"nu mai conteaza nimic|nimic nu mai conteaza|nimic nu mai are sens|mi e (?:totuna|indiferent)",),
        alone=(
            r"(?:prefer|as prefera) sa mor decat sa (?:traiesc|mai traiesc|arat)",
            r"nimeni nu (?:ar observa|ar baga de seama)(?: \w+){0,3}? daca (?:as disparea|as muri|n as mai fi)",
        ),
        reasons=(
            r"ma mut|ne mutam|mutare|mutat|emigr\w*|strainatate|alergi\w*|job nou|loc de munca nou|bebelus\w*|nastere"
            r"|insarcinata|diagnost\w*|vacanta|calatori\w*|nunta|ziua mea|craciun",
        ),
    ),
    "fi": Signs(
        acts=(
            r"(?:annoin|lahjoitin|jaoin) (?:pois )?(?:\w+ )?(?:tavarani|vaatteeni|koruni|kissani|koirani|kirjani)",
            r"(?:tavarani|vaatteeni|kissani|koirani) (?:\w+ ){0,2}?(?:annoin|lahjoitin)",
            r"kirjoitin (?:\w+ ){0,2}?(?:kirjee\w*|jaahyvaiskirjee\w*) (?:aidille\w*|isalle\w*|vanhemmilleni"
            r"|perheelleni|lapsilleni|siskolleni|veljelleni)|(?:aidilleni|vanhemmilleni|perheelleni|lapsilleni)"
            r" (?:\w+ )?kirjee\w*|jaahyvaiskirje\w*",
            r"(?:hyvastelin|sanoin hyvastit) (?:kaikki|kaikille|ystavani|perheeni)",
            r"(?:tein|kirjoitin) testamentin|kuka saa tavarani|hoidin kaiken (?:valmiiksi )?(?:jotta"
            r"|niin etta) perheeni",
        ),
        closings=(
            r"peru\w* (?:\w+ ){0,2}?(?:aikani|ajat|aika|hoidot|hoitoni|varaukse\w*)",
            r"en tarvitse (?:niita|sita)|kiitos kaikesta|hyvastit",
        ),
        hopeless=(r"mikaan ei (?:enaa )?(?:ole valia|merkitse mitaan)|kaikki on (?:ihan )?sama",),
        alone=(
            r"mieluummin kuolen kuin (?:elan|elaa)",
            r"kukaan ei (?:edes )?(?:huomaisi|kaipaisi)(?: \w+){0,3}? jos (?:katoaisin|kuolisin|en olisi)",
        ),
        reasons=(
            r"muut\w*|ulkomail\w*|allergi\w*|uusi tyo|uuteen tyohon|vauva\w*|synty\w*|raskaana|diagnoo\w*|loma\w*"
            r"|matka\w*|haat|syntymapaiv\w*|joulu\w*",
        ),
    ),
    "hr": Signs(
        acts=(
            r"(?:poklonio|poklonila|podijelio|podijelila|dao|dala) (?:sam )?(?:\w+ )?(?:svoje stvari|svoju odjecu"
            r"|moje stvari|svoju macku|svog psa|svoga psa)",
            r"(?:napisao|napisala|ostavio|ostavila) (?:sam )?(?:\w+ ){0,2}?pism\w* (?:mami|majci|tati|ocu|roditeljima"
            r"|obitelji|djeci|sestri|bratu|muzu|zeni|prijatelj\w*)|oprostajn\w* pism\w*",
            r"(?:oprostio|oprostila) (?:sam )?se (?:sa svima|od svih|s prijatelj\w*|s obitelji)",
            r"(?:napisao|napisala|sastavio|sastavila|sredio|sredila) (?:sam )?(?:svoju )?oporuk\w*|tko ce dobiti moje"
            r" stvari",
            r"sve sam (?:sredio|sredila|organizirao|organizirala|pripremio|pripremila) da (?:moja )?obitelj",
        ),
        closings=(
            r"otkaz\w* (?:\w+ ){0,2}?(?:termin\w*|tretman\w*|sesij\w*)",
            r"(?:vise )?mi (?:nece|ne) trebat\w*|hvala (?:vam )?na svemu|zbogom",
        ),
        hopeless=(r"(?:sve mi je|svejedno mi je) svejedno|nista (?:vise )?nema smisla",),
        alone=(
            r"radije (?:bih )?(?:umro|umrla) nego (?:da )?(?:zivim|zivio|zivjela|zivjeti)",
            r"nitko ne bi (?:ni )?(?:primijetio|primjetio|skuzio)(?: \w+){0,3}? (?:da|kad|ako) (?:nestanem|umrem"
            r"|me nema)",
        ),
        reasons=(
            r"selim|seliti|preseljen\w*|inozemstv\w*|emigr\w*|alergi\w*|novi posao|novog posla|beba|bebe|rodenj\w*"
            r"|porod\w*|trudn\w*|dijagnoz\w*|godisnj\w*|odmor\w*|putovanj\w*|vjencanj\w*|rodendan\w*|bozic\w*",
        ),
    ),
}


@dataclass(frozen=True)
class Plans:
    """One language's wordings of a plan, a decision or a farewell (regular expressions over folded text).

    Kept apart from Signs because they weigh differently: a method is enough on its own, a decision
    counts with any act, hopelessness or farewell, and a farewell is a weak sign that needs a partner.
    """

    method: Tuple[str, ...]  # enough alone: pills counted "to see if enough", saved up, "how many it would take"
    ending: Tuple[str, ...]  # a decision not to go on, not wanting to be a burden: counts as hopelessness
    farewell: Tuple[str, ...]  # goodbye said to one person, goodbye messages, "last attempt": a closing
    acts: Tuple[str, ...]  # more acts of finality: one's own medicines stopped, goodbye messages written
    alone: Tuple[str, ...]  # more of the statements enough on their own: "thinking how to end it all"


# Medicines, per language: what a method reference names. Antibiotics and creams are left out
# on purpose: a finished antibiotic course is not a stockpile.
_EN_MEDS = (
    r"(?:meds|medication|medications|medicine|medicines|tablets|pills|capsules|sleeping tablets|sleeping pills"
    r"|sleepers|antidepressants|painkillers|paracetamol|ibuprofen|codeine|co codamol|cocodamol|tramadol"
    r"|sertraline|citalopram|escitalopram|fluoxetine|amitriptyline|mirtazapine|venlafaxine|zopiclone|diazepam"
    r"|valium|xanax|lorazepam|propranolol|quetiapine|lithium|oxycodone|morphine|insulin|prescriptions?|boxes"
    r"|packets|blister packs?)"
)
# "enough" as a sufficiency for an ordinary period ("enough for the trip", "to last the week") is not a method.
_EN_ENOUGH = (
    r"(?:would be enough|d be enough|would they be enough|would it be enough|it would take|would it take|would do it"
    r"|be lethal|enough to (?:kill|die|end|not wake|never wake|do it|finish))(?! (?:for|to last|until|till|left|of))"
)
_ES_MEDS = (
    r"(?:pastillas|pildoras|comprimidos|medicamentos|medicinas|somniferos|antidepresivos|tranquilizantes"
    r"|calmantes|capsulas|cajas de \w+)"
)
_FR_MEDS = r"(?:comprimes|cachets|pilules|medicaments|medocs|somniferes|antidepresseurs|gelules|boites(?: de \w+)?)"
_DE_MEDS = (
    r"(?:tabletten|pillen|medikamente|schlaftabletten|schmerztabletten|antidepressiva|tropfen|packungen"
    r"|medis|schlafmittel)"
)
# Sufficiency asked as a condition ("ob sie reichen würden", "of het genoeg zou zijn"), not "enough for the week".
_DE_ENOUGH = (
    r"(?:reichen wurden|reichen wurde|reichen konnten|genug waren|genug ware|ob (?:es|sie|das|die) reich\w*)"
    r"(?! fur| bis)"
)
_NL_ENOUGH = r"(?:(?:zou|zouden|of het|of ze|of dat) (?:\w+ ){0,2}?(?:genoeg|voldoende))(?! voor| tot)"
_IT_MEDS = r"(?:pastiglie|pillole|compresse|farmaci|medicine|medicinali|sonniferi|antidepressivi|gocce|scatole)"
_PT_MEDS = r"(?:comprimidos|pilulas|remedios|medicamentos|calmantes|antidepressivos|caixas(?: de \w+)?)"
_PL_MEDS = (
    r"(?:tabletki|tabletek|tabletkami|pigulki|pigulek|leki|lekow|lekami|proszki|proszkow|antydepresanty"
    r"|nasenne\w*|opakowania|opakowan)"
)
_NL_MEDS = r"(?:pillen|tabletten|medicijnen|medicatie|slaappillen|antidepressiva|strips|strippen|doosjes)"
_SV_MEDS = (
    r"(?:tabletter|tabletterna|piller|pillerna|mediciner|medicin|medicinen|somntabletter|sovtabletter|antidepressiva)"
)
_DA_MEDS = r"(?:piller|pillerne|tabletter|tabletterne|medicin|medicinen|sovepiller|sovepillerne|antidepressiva)"
_NB_MEDS = r"(?:piller|pillene|tabletter|tablettene|medisin|medisinen|medisiner|medisinene|sovepiller|antidepressiva)"
_TR_MEDS = r"(?:hap\w*|ilac\w*|antidepresan\w*|uyku hap\w*)"
_EL_MEDS = r"(?:χαπια|χαπι|φαρμακα|φαρμακο|υπνωτικα|αντικαταθλιπτικα|κουτια)"
_CS_MEDS = r"(?:prasky|prasku|prasek|tablety|tablet|leky|leku|pilulky|pilulek|antidepresiva|krabicky)"
_HU_MEDS = r"(?:gyogyszer\w*|tablett\w*|pirul\w*|altato\w*|antidepressz\w*)"
_RO_MEDS = (
    r"(?:pastile|pastilele|pastilelor|medicamente|medicamentele|medicamentelor|somnifere|somniferele"
    r"|antidepresive|tablete|tabletele|cutii)"
)
_FI_MEDS = r"(?:pillere\w*|pilleri\w*|tablet\w*|laakke\w*|laakkee\w*|laakett\w*|unilaak\w*|masennuslaak\w*)"
_HR_MEDS = (
    r"(?:tablete|tableta|tabletama|pilule|pilula|lijekove|lijekova|lijekovi|lijekovima|antidepresive"
    r"|kutije)"
)

PLANS: Dict[str, Plans] = {
    "en": Plans(
        method=(
            rf"how (?:many|much) (?:of )?(?:my |the |these |those |mum s |mom s )?(?:\w+ ){{0,2}}?{_EN_MEDS}"
            rf"(?: \w+){{0,5}}? (?:it would|it d|would it|would|it will|will it) (?:take|be enough|be lethal"
            r"|be fatal|kill me|do it|finish me off)(?! to (?:work|help|kick|feel|notice|see|get|clear|treat|fix"
            r"|numb|calm|relieve|reduce|stop|settle|sleep|last)| for)",
            rf"(?:counted|counting|count|checked|checking|check) (?:up |out )?(?:how many |all )?(?:of )?(?:my |the )?"
            rf"(?:\w+ ){{0,2}}?{_EN_MEDS}(?: \w+){{0,10}}? {_EN_ENOUGH}",
            rf"(?:saving up|saved up|been saving|stockpil\w*|hoard\w*|stash(?:ed|ing) away|squirrel\w* away"
            rf"|been keeping back|kept back) (?:all |some )?(?:of )?(?:my |the "
            rf"|her |his |mum s |mom s |these )?(?:\w+ ){{0,2}}?{_EN_MEDS}",
            rf"{_EN_MEDS} (?:i ve|i have|ive|i) (?:been )?(?:saving up|saved up|saving|saved|stockpil\w*|hoard\w*"
            r"|stash(?:ed|ing) away)",
            r"(?:know|knew|looked up|googled|checked|searched|worked out|figured out|calculated) (?:exactly |precisely "
            r")?(?:what|how many|how much|which)(?: \w+){0,6}? (?:would be )?(?:a |the )?(?:lethal|fatal|enough to "
            r"(?:kill|die|not wake|never wake|end it|end things))",
            rf"{_EN_MEDS}(?: \w+){{0,6}}? enough to (?:kill me|not wake up|never wake up|end it|end things|die"
            r"|finish me off|do it)",
            r"(?:lethal|fatal) (?:dose|amount) of (?:my|her|his|mum s|mom s)",
        ),
        ending=(
            r"(?:decided|made up my mind|made my decision|made the decision)(?: that)?(?: i)? (?:won'?t|wont|will not"
            r"|m not|am not|not to|not) (?:go(?:ing)? on|carry(?:ing)? on|keep going|be around|continue|go through"
            r" another)(?! (?:with|the|my|treatment|coming|paying|here))",
            r"(?:don'?t|dont|do not|never) want to be (?:a )?(?:burden|problem|bother) (?:on|to|for) (?:anyone|anybody"
            r"|everyone|my \w+|people|them|you all)",
            r"(?:no longer|not) (?:be )?(?:a )?(?:burden|problem) (?:on|to|for) (?:anyone|anybody|everyone|my \w+)"
            r"(?: much longer| soon| any ?more)?",
            r"(?:be|m|am|being) a burden (?:on|to) (?:everyone|everybody|my family|them)",
            r"(?:done|finished) with (?:everything|it all|life|living)|(?:i m|im"
            r"|i am) done(?: with all of it)? for good",
        ),
        farewell=(
            r"(?:last|final) (?:attempt|try|shot|hope|roll of the dice)(?! (?:at|on|for) (?:the |my |an |a )?(?:exam"
            r"|test|driving|interview|assignment|paper|recipe|cake|marathon))",
            rf"(?:said|saying|say) (?:my )?(?:goodbyes?|bye) to (?:my )?(?:\w+ )?{_EN_KIN}(?! at| before| for)",
            r"goodbye (?:messages|texts|emails|notes|videos)|(?:messages|texts|notes) saying goodbye",
            r"(?:just )?thought (?:someone|somebody|you) should know",
        ),
        acts=(
            rf"(?:stopped|stopping|quit|quitting|stop|no longer) (?:refilling|taking|collecting|picking up|ordering"
            rf"|renewing|getting) (?:all )?(?:of )?(?:my |the )(?:\w+ )?{_EN_MEDS}",
            rf"(?:stopped|quit|binned|thrown away|threw away|flushed) (?:all )?(?:of )?my (?:\w+ )?{_EN_MEDS}",
            r"(?:given|gave|giving) away (?:almost|nearly|pretty much|basically|practically) (?:all|everything)",
            r"(?:goodbye|farewell) (?:messages|texts|emails) (?:to|for)",
        ),
        alone=(
            r"(?:how|ways?|way) to end (?:it all|everything|my life|things for good)",
            r"(?:thinking|thought|think|thinks|thinkin) (?:about |of )?(?:how (?:i d |i would |to "
            r"|i could )?)?(?:ending"
            r"|end) (?:it all|everything|my life)",
        ),
    ),
    "es": Plans(
        method=(
            rf"cuant[ao]s (?:de )?(?:mis |las |los |esas |estas )?(?:\w+ ){{0,2}}?{_ES_MEDS}(?: \w+){{0,5}}? (?:harian"
            r" falta|haria falta|necesitaria|serian suficientes|bastarian|bastaria|serian necesari[ao]s|me matarian)",
            rf"cont(?:e|ado|ando|ar|aba) (?:\w+ ){{0,4}}?{_ES_MEDS}(?: \w+){{0,10}}? (?:serian suficientes|bastarian"
            r"|bastaria"
            r"|alcanzarian|alcanzaria|si bastan|si alcanzan)(?! para (?:el|la|las|los|un|una|toda|todo))",
            rf"(?:acumulando|acumulado|juntando|juntado|ahorrando|ahorrado|reservando|guardando|escondiendo"
            rf"|almacenando|apartado|apartando) (?:\w+ ){{0,3}}?{_ES_MEDS}",
            r"(?:dosis|cantidad) (?:letal|mortal) de (?:mis|las mias|los mios)|se (?:exactamente )?cuant[ao]s (?:\w+ )?"
            r"(?:harian falta|necesitaria)",
        ),
        ending=(
            r"(?:decidido|decidi)(?: ya)? (?:que )?no (?:sigo|seguir|seguire|continuo|continuar|continuare"
            r"|voy a seguir)"
            r"(?! (?:con|el|la|los|las|en|aqui|viniendo|pagando|yendo|adelante con|el tratamiento)\b)",
            r"no (?:quiero|pienso) (?:ser|seguir siendo) una (?:carga|molestia) (?:para|a)",
            r"(?:ser|soy) una carga para (?:todos|nadie|mi familia|los demas)",
        ),
        farewell=(
            r"(?:mi )?(?:ultimo intento|ultima oportunidad|ultimo cartucho)",
            r"(?:me he despedido|me despedi|despedirme|ya me despedi) de (?:mi|mis) (?:\w+ )?(?:herman\w*|madre|padre"
            r"|padres|hij\w*|familia|amig\w*|mama|papa|pareja|marido|mujer|novi\w*|abuel\w*)",
            r"mensajes de despedida",
        ),
        acts=(
            r"(?:regalado|regale|repartido|reparti|dado|donado) (?:casi |practicamente )(?:todas |todos |toda |todo )?"
            r"(?:mis|mi|lo que tengo)",
            rf"(?:dejado de|deje de) (?:tomar|comprar|renovar|recoger) (?:mis |la |las |los )?(?:\w+ )?(?:{_ES_MEDS}"
            r"|medicacion|receta)",
            r"(?:escrito|escribi|mandado|mande|enviado|envie) (?:\w+ )?mensajes de despedida",
        ),
        alone=(
            r"(?:como|cuando|manera de|forma de) (?:acabar|terminar) con todo|quitarme la vida|acabar con mi vida",
            r"(?:pensado|pensando|pienso) (?:en )?(?:como )?(?:acabar|terminar) con todo",
        ),
    ),
    "fr": Plans(
        method=(
            rf"combien (?:de |d )?(?:mes |ces )?(?:\w+ ){{0,2}}?{_FR_MEDS}(?: \w+){{0,5}}? (?:il faudrait|faudrait"
            r"|suffirai\w*|il en faudrait|seraient necessaires)",
            rf"compt\w* (?:\w+ ){{0,4}}?{_FR_MEDS}(?: \w+){{0,10}}? (?:suffiraient|suffirait|si ca suffi\w*"
            r"|il y en aurait assez|serait assez)(?! pour (?:la|le|les|une|un|deux"
            r"|trois|tenir|le mois|la semaine))",
            rf"(?:mis de cote|mets de cote|mettre de cote|garde de cote|stocke|stocker|accumule|accumuler|amasse"
            rf"|planque|cache|reserve) (?:\w+ ){{0,4}}?{_FR_MEDS}",
            r"(?:dose|quantite) (?:letale|mortelle) de mes|je sais (?:exactement )?combien (?:\w+ ){0,3}?il (?:en )?"
            r"faudrait",
        ),
        ending=(
            r"(?:decide|decidee|choisi) (?:de ne (?:pas|plus) (?:continuer|aller plus loin|vivre)|que je ne continue"
            r" (?:pas|plus))(?! (?:le|les|la|ce|ces|mes|chez|avec|a venir|ici)\b)",
            r"(?:plus|pas) (?:etre )?(?:un fardeau|une charge|un poids) pour (?:personne|tout le monde|les autres"
            r"|ma famille|mes proches)",
            r"(?:suis|etre) un (?:fardeau|poids) pour (?:tout le monde|les autres|ma famille|mes proches)",
        ),
        farewell=(
            r"(?:dernier essai|derniere tentative|derniere chance)",
            r"dit au revoir a (?:ma|mon|mes) (?:\w+ )?(?:soeur|frere|mere|pere|parents|enfants|fille|fils|famille"
            r"|amie?s?|maman|papa)|fait mes adieux a",
            r"messages d adieu",
        ),
        acts=(
            r"(?:donne|offert|distribue) (?:presque |quasiment |pratiquement )(?:toutes |tous |tout )?(?:mes|mon|ma"
            r"|ce que)",
            rf"arrete (?:de prendre |de renouveler |d acheter )?(?:mon |mes |ma )(?:\w+ )?(?:traitement|{_FR_MEDS}"
            r"|ordonnance)",
            r"(?:ecrit|envoye) (?:\w+ )?messages d adieu",
        ),
        alone=(
            r"(?:comment|facon d|moyen d) en finir|en finir avec (?:tout|la vie|ma vie)|mettre fin a (?:mes jours"
            r"|ma vie|tout)",
        ),
    ),
    "de": Plans(
        method=(
            rf"wie ?viele (?:von )?(?:meinen |den |diesen )?(?:\w+ ){{0,2}}?{_DE_MEDS}(?: \w+){{0,5}}? (?:reichen"
            r"|reichen wurden|brauchen wurde|notig waren|notig sind|es brauchen wurde|tod\w*)",
            rf"{_DE_MEDS}(?: \w+){{0,10}}? (?:gezahlt|zahle|zahlte|nachgezahlt)(?: \w+){{0,8}}? {_DE_ENOUGH}",
            rf"(?:gezahlt|zahle|zahlte|nachgezahlt)(?: \w+){{0,4}}? {_DE_MEDS}(?: \w+){{0,8}}? {_DE_ENOUGH}",
            rf"(?:gesammelt|sammle|sammel|gehortet|horte|gebunkert|bunkere|beiseite ?gelegt|beiseite ?geschafft"
            rf"|zuruckgelegt|angespart|versteckt) (?:\w+ ){{0,3}}?{_DE_MEDS}",
            rf"{_DE_MEDS} (?:\w+ ){{0,4}}?(?:gesammelt|gehortet|gebunkert|beiseite ?gelegt|beiseite ?geschafft"
            r"|zuruckgelegt|angespart)",
            r"(?:todliche|letale) (?:dosis|menge) (?:von )?meine|weiss (?:genau )?wie ?viele (?:\w+ ){0,3}?(?:reichen"
            r"|notig)",
        ),
        ending=(
            r"(?:entschieden|beschlossen)(?: dass ich)? (?:nicht (?:mehr )?weiter ?(?:zu ?)?(?:machen|leben)|nicht"
            r" weiterzumachen|nicht weiterzuleben|nicht mehr weiter)",
            r"(?:niemandem|keinem|allen) (?:mehr )?(?:zur last|eine last)|(?:nicht|keine) (?:mehr )?(?:last|belastung)"
            r" (?:fur|sein) (?:alle|jemanden|meine familie)",
        ),
        farewell=(
            r"letzte[rn]? (?:versuch|chance|hoffnung)",
            r"(?:von|bei) (?:meiner|meinem|meinen) (?:\w+ )?(?:schwester|bruder|mutter|mama|vater|papa|eltern|kindern"
            r"|tochter|sohn|familie|freund\w*)(?: \w+){0,4}? verabschiedet",
            r"abschiedsnachricht\w*",
        ),
        acts=(
            rf"(?:{_DE_MEDS}|antidepressiva|rezept\w*) (?:\w+ ){{0,3}}?(?:abgesetzt|nicht mehr (?:geholt|abgeholt"
            r"|genommen|eingelost|nachbestellt))",
            rf"(?:setze|setzte|habe) (?:meine |die )?(?:\w+ )?{_DE_MEDS} ab\b",
            r"(?:fast|beinahe|so gut wie) (?:alle|alles) (?:\w+ ){0,3}?(?:verschenkt|weggegeben)",
        ),
        alone=(
            r"(?:allem|alles) (?:ein )?ende (?:machen|setzen|bereiten)|mit allem schluss machen|schluss machen mit"
            r" allem|meinem leben ein ende",
        ),
    ),
    "it": Plans(
        method=(
            rf"quant[ie] (?:delle mie |dei miei |di |ne )?(?:\w+ ){{0,2}}?{_IT_MEDS}(?: \w+){{0,5}}? (?:servirebbero"
            r"|ci vorrebbero|ne servirebbero|basterebbero|bastassero|sarebbero sufficienti)",
            rf"contat\w*(?: \w+){{0,4}}? {_IT_MEDS}(?: \w+){{0,10}}? (?:se bastano|basterebbero|bastassero|bastare"
            r"|sarebbero sufficienti)(?! per (?:il|la|un|una|tutto|tutta))",
            rf"(?:messo da parte|mettendo da parte|metto da parte|accumulat\w*|accumulando|nascost\w*|nascondendo"
            rf"|sto raccogliendo|conservando) (?:\w+ ){{0,3}}?{_IT_MEDS}",
            r"dose (?:letale|mortale) (?:dei miei|delle mie)|so (?:esattamente )?quant[ie] (?:\w+ ){0,3}?(?:ne )?"
            r"servirebbero",
        ),
        ending=(
            r"(?:deciso|decisa) (?:di non|che non) (?:andare avanti|continuare|vado avanti|continuo)(?! (?:con|il|la"
            r"|le|i|gli|a venire|qui|il trattamento)\b)",
            r"(?:essere|sono) un peso per (?:nessuno|tutti|la mia famiglia|gli altri)|piu un peso per",
            r"farla finita",
        ),
        farewell=(
            r"ultim[oa] (?:tentativo|possibilita|spiaggia|speranza)",
            r"salutato (?:mia|mio|i miei|le mie) (?:\w+ )?(?:sorella|fratello|madre|padre|genitori|figli\w*|famiglia"
            r"|mamma|papa|amic\w*)",
            r"messaggi di addio",
        ),
        acts=(
            r"(?:regalato|dato via|regalando) (?:quasi |praticamente )(?:tutt[ie] )?(?:i miei|le mie|quello che)",
            rf"smesso di (?:prendere|comprare|ritirare) (?:i miei |le mie |la mia )?(?:\w+ )?(?:{_IT_MEDS}|terapia"
            r"|ricett\w*)",
            r"(?:scritto|mandato|inviato) (?:\w+ )?messaggi di addio",
        ),
        alone=(
            r"(?:pensato|penso|pensando|pensare) (?:a |di )?(?:come )?(?:farla finita|porre fine a tutto|togliermi la"
            r" vita)|come farla finita",
        ),
    ),
    "pt": Plans(
        method=(
            rf"quant[oa]s (?:dos meus |das minhas |de )?(?:\w+ ){{0,2}}?{_PT_MEDS}(?: \w+){{0,5}}? (?:seriam precis\w*"
            r"|seriam necessari\w*|precisaria|bastariam|chegariam|seriam suficientes)",
            rf"cont\w* (?:\w+ ){{0,4}}?{_PT_MEDS}(?: \w+){{0,10}}? (?:chegavam|chegariam|bastavam|bastariam"
            r"|seriam suficientes)"
            r"(?! para (?:o|a|um|uma|todo|toda))",
            rf"(?:juntando|juntei|guardando|acumulando|acumulei|escondendo|escondi|pus de parte|pondo de parte"
            rf"|pondo de lado|pus de lado) (?:\w+ ){{0,3}}?{_PT_MEDS}",
            r"dose (?:letal|fatal) (?:dos meus|das minhas)",
        ),
        ending=(
            r"decidi (?:que )?nao (?:continuo|continuar|vou continuar|sigo|seguir)(?! (?:com|o|a|os|as|aqui)\b)",
            r"(?:ser|sou) um (?:peso|fardo) para (?:ninguem|todos|a minha familia|minha familia)|mais um peso para",
        ),
        farewell=(
            r"ultima (?:tentativa|chance|oportunidade|esperanca)",
            r"despedi(?: me)? d[aoe] (?:minha|meu|meus|minhas|a minha|o meu) (?:\w+ )?(?:irma\w*|irmao\w*|mae|pai|pais"
            r"|filh\w*|familia|amig\w*)",
            r"mensagens de (?:despedida|adeus)",
        ),
        acts=(
            r"(?:dei|doei) (?:quase )(?:todas |todos |tudo )?(?:as minhas|os meus|o que)",
            rf"(?:deixei de|parei de) (?:tomar|comprar|levantar|renovar) (?:os meus |as minhas |a minha |o meu )?"
            rf"(?:\w+ )?(?:{_PT_MEDS}|medicacao|receita)",
            r"(?:escrevi|mandei|enviei) (?:\w+ )?mensagens de (?:despedida|adeus)",
        ),
        alone=(r"acabar com tudo|por fim a (?:tudo|minha vida)|tirar a (?:minha )?propria vida",),
    ),
    "pl": Plans(
        method=(
            rf"ile (?:\w+ ){{0,3}}?{_PL_MEDS}(?: \w+){{0,5}}? (?:by wystarczylo|wystarczy|by trzeba|bym potrzebowal\w*"
            r"|potrzeba)",
            rf"policz\w*(?: \w+){{0,4}}? {_PL_MEDS}(?: \w+){{0,10}}? wystarcz\w*(?! na)",
            rf"(?:zbieram|zbieralam|zbieralem|odkladam|odkladalam|odkladalem|chomikuje|gromadze|zgromadzil\w*"
            rf"|odlozyl\w*|schowal\w*|ukrywam) (?:\w+ ){{0,3}}?{_PL_MEDS}",
            r"dawk\w* smierteln\w*|smierteln\w* dawk\w*",
        ),
        ending=(
            r"(?:zdecydowal\w*|postanowil\w*)(?: \w+){0,2}? (?:ze )?nie (?:bede )?(?:dalej zyc|zyc dalej|ciagnac tego"
            r"|ciagne tego|zyc)",
            r"(?:byc|bede|jestem) (?:dla nikogo |dla wszystkich |dla rodziny )?ciezarem",
        ),
        farewell=(
            r"ostatni\w* (?:proba|szansa|probe|szanse|nadzieja)",
            r"pozegnal\w* (?:sie )?z (?:moja |moim |moimi )?(?:siostra|bratem|mama|tata|rodzicami|dziecmi|corka|synem"
            r"|rodzina|przyjaciolk\w*|przyjacielem)",
            r"wiadomosci pozegnaln\w*|sms\w* pozegnaln\w*",
        ),
        acts=(
            rf"(?:przestal\w*|przestane) (?:brac|wykupywac|kupowac|zazywac) (?:\w+ )?(?:{_PL_MEDS}|recept\w*)",
            r"(?:rozdal\w*|oddal\w*) (?:prawie |niemal )(?:wszystk\w* )?(?:swoje |moje )?",
            r"(?:napisal\w*|wyslal\w*) (?:\w+ )?wiadomosci pozegnaln\w*",
        ),
        alone=(r"(?:jak )?(?:skonczyc ze wszystkim|skoncze ze wszystkim|skonczyc z tym wszystkim|ze soba skonczyc)",),
    ),
    "nl": Plans(
        method=(
            rf"hoeveel (?:van )?(?:mijn |m n |mn |die |deze )?(?:\w+ ){{0,2}}?{_NL_MEDS}(?: \w+){{0,5}}? (?:nodig"
            r" (?:zou|zouden|zijn|is)|genoeg (?:zou|zouden|zijn|is)|het zou kosten|dodelijk)",
            rf"(?:geteld|telde|tel)(?: \w+){{0,6}}? {_NL_MEDS}(?: \w+){{0,8}}? {_NL_ENOUGH}",
            rf"{_NL_MEDS}(?: \w+){{0,6}}? geteld(?: \w+){{0,8}}? {_NL_ENOUGH}",
            rf"(?:gespaard|spaar|opgespaard|verzameld|verzamel|opgepot|verstopt) (?:\w+ ){{0,3}}?{_NL_MEDS}"
            rf"|{_NL_MEDS} (?:\w+ ){{0,3}}?(?:gespaard|opgespaard|verzameld|opgepot|achtergehouden)",
            r"dodelijke dosis",
        ),
        ending=(
            r"besloten (?:dat ik )?(?:niet (?:meer )?(?:verder ?ga|door ?ga|verder wil|verder te gaan|door te gaan))"
            r"(?! met)",
            r"(?:niemand|iedereen) (?:meer )?(?:tot )?last (?:zijn|wil zijn|te zijn)|geen last meer (?:zijn|wil"
            r" zijn|te zijn)",
        ),
        farewell=(
            r"laatste (?:poging|kans|hoop)",
            r"afscheid genomen van (?:mijn|m n|mn) (?:\w+ )?(?:zus|broer|moeder|vader|ouders|kinderen|dochter|zoon"
            r"|familie|vrienden|vriendin)",
            r"afscheidsbericht\w*",
        ),
        acts=(
            rf"(?:gestopt met|stop met|stopte met) (?:mijn |de )?(?:\w+ )?{_NL_MEDS}",
            rf"{_NL_MEDS} (?:\w+ ){{0,3}}?niet meer (?:opgehaald|gehaald|besteld)",
            r"(?:bijna|vrijwel) (?:al|alle) (?:mijn|m n) (?:\w+ ){0,2}?weggegeven",
        ),
        alone=(r"er een eind(?:e)? aan (?:maken|te maken)|overal een eind(?:e)? aan|een eind(?:e)? aan mijn leven",),
    ),
    "sv": Plans(
        method=(
            rf"hur manga (?:av )?(?:mina )?(?:\w+ ){{0,2}}?{_SV_MEDS}(?: \w+){{0,5}}? (?:som skulle (?:behovas|racka)"
            r"|skulle racka|det skulle ta|behovs)",
            rf"(?:raknat|raknade|raknar)(?: \w+){{0,6}}? {_SV_MEDS}(?: \w+){{0,8}}? (?:om de racker|om det racker"
            r"|skulle racka"
            r"|skulle vara tillrackligt)(?! till| for| i)",
            rf"(?:sparat|sparar|samlat|samlar|hamstrat|hamstrar|gomt undan|gommer undan|lagt undan) (?:pa )?(?:\w+ )"
            rf"{{0,3}}?{_SV_MEDS}",
            r"dodlig dos",
        ),
        ending=(
            r"bestamt mig for att inte (?:fortsatta|orka|leva|ga vidare)(?! med)",
            r"(?:vara|bli) en (?:borda|belastning) for|inte (?:vara|ligga) (?:nagon|nan|er|dem) till last",
        ),
        farewell=(
            r"sista (?:forsoket|forsok|chansen|hoppet)",
            r"(?:sagt hej ?da till|tagit farval av) (?:min|mina) (?:\w+ )?(?:syster|bror|mamma|pappa|foraldrar|barn"
            r"|dotter|son|familj|van\w*)",
            r"avskedsmeddelande\w*|hejdameddelande\w*",
        ),
        acts=(
            rf"slutat (?:ta|hamta ut|hamta|kopa) (?:mina |min )?(?:\w+ )?{_SV_MEDS}",
            r"(?:gett|gav) bort (?:nastan|i stort sett) (?:allt|alla)",
        ),
        alone=(r"(?:ta slut pa|gora slut pa|avsluta) (?:allt|mitt liv|det hela|alltihop)",),
    ),
    "da": Plans(
        method=(
            rf"hvor mange (?:af )?(?:mine )?(?:\w+ ){{0,2}}?{_DA_MEDS}(?: \w+){{0,5}}? (?:der skulle til|skulle til"
            r"|ville vare nok|er nok)",
            rf"(?:talt|talte|taller)(?: \w+){{0,6}}? {_DA_MEDS}(?: \w+){{0,8}}? (?:om det er nok|om de rakker"
            r"|ville vare nok|ville rakke)"
            r"(?! til)",
            rf"(?:samlet|samler|sparet op|sparer op|hamstret|hamstrer|gemt vak|lagt til side) (?:pa )?(?:\w+ ){{0,3}}?"
            rf"{_DA_MEDS}",
            r"dodelig dosis",
        ),
        ending=(
            r"besluttet (?:mig for )?at (?:jeg )?ikke (?:vil )?(?:fortsatte|leve|orke)(?! med)",
            r"(?:vare|blive) en byrde|ikke vare til besvar for",
        ),
        farewell=(
            r"sidste (?:forsog|chance|hab)",
            r"sagt farvel til (?:min|mine) (?:\w+ )?(?:soster|bror|mor|far|foraldre|born|datter|son|familie|ven\w*)",
            r"afskedsbesked\w*|farvelbesked\w*",
        ),
        acts=(rf"(?:stoppet med|holdt op med) (?:at tage )?(?:min |mine )?(?:\w+ )?{_DA_MEDS}",),
        alone=(r"gore en ende pa (?:det hele|alt|mit liv)|ende det hele|gore det af med mig selv",),
    ),
    "nb": Plans(
        method=(
            rf"hvor mange (?:av )?(?:\w+ ){{0,2}}?{_NB_MEDS}(?: \w+){{0,5}}? (?:som skal til|skulle til|ville vare nok"
            r"|er nok|det ville ta)",
            rf"(?:telt|telte|teller)(?: \w+){{0,6}}? {_NB_MEDS}(?: \w+){{0,8}}? (?:om det er nok|om de rekker"
            r"|ville vare nok|ville rekke)(?! til)",
            rf"(?:samlet|samler|spart|sparer|hamstret|hamstrer|gjemt unna|lagt til side) (?:pa )?(?:\w+ ){{0,3}}?"
            rf"{_NB_MEDS}",
            r"dodelig dose",
        ),
        ending=(
            r"bestemt meg for (?:at|a) ikke (?:fortsette|leve|orke)(?! med)",
            r"(?:vare|bli) en byrde|til bry for (?:noen|alle)",
        ),
        farewell=(
            r"siste (?:forsok|sjanse|hap)",
            r"(?:sagt ha det til|tatt farvel med) (?:\w+ )?(?:soster\w*|bror\w*|mamma|pappa|mor|far|foreldr\w*|barn\w*"
            r"|familien|venn\w*)",
            r"avskjedsmelding\w*|farvelmelding\w*",
        ),
        acts=(rf"sluttet (?:a ta|med a ta|med) (?:\w+ )?{_NB_MEDS}",),
        alone=(r"(?:gjore|gjor) slutt pa (?:alt|livet|det hele)",),
    ),
    "tr": Plans(
        method=(
            rf"kac (?:tane )?(?:\w+ ){{0,2}}?{_TR_MEDS}(?: \w+){{0,4}}? (?:yeter|yeterli olur|gerekir|lazim|oldurur)",
            rf"{_TR_MEDS} (?:\w+ ){{0,4}}?(?:saydim|saydin|sayiyorum|saymak)(?: \w+){{0,6}}? (?:yeter(?:li)? (?:olur"
            r"|olacak)\w*"
            r"|yetip yetmeyece\w*|yetecek mi)",
            rf"{_TR_MEDS} (?:\w+ ){{0,3}}?(?:biriktir\w*|sakladim|sakliyorum|stokla\w*|topladim|topluyorum)",
            r"oldurucu doz",
        ),
        ending=(
            r"(?:kimseye|herkese|aileme|kimsenin) (?:\w+ )?yuk (?:olmak istemiyorum|olmayacagim|oluyorum|olmamak)",
            r"(?:devam etmemeye|yasamamaya) karar verdim",
        ),
        farewell=(
            r"son (?:denemem|deneme|sansim|umudum)",
            r"(?:kiz kardesime|kardesime|ablama|agabeyime|anneme|babama|aileme|arkadasima) veda ettim",
            r"veda mesaj\w*",
        ),
        acts=(
            r"veda mesaj\w* (?:yazdim|gonderdim|attim)",
            rf"{_TR_MEDS} (?:\w+ )?(?:almayi|kullanmayi|icmeyi) biraktim",
        ),
        alone=(r"(?:her seye|hayatima) son vermek|her seyi bitirmek|her seyi nasil bitire\w*",),
    ),
    "el": Plans(
        method=(
            rf"ποσα (?:απο τα )?(?:\w+ ){{0,2}}?{_EL_MEDS}(?: \w+){{0,4}}? (?:θα (?:χρειαζονταν|αρκουσαν|ηταν αρκετα"
            r"|φτανανε|εφταναν)|αρκουν|φτανουν)",
            rf"μετρησα (?:\w+ ){{0,4}}?{_EL_MEDS}(?: \w+){{0,8}}? (?:αν (?:θα )?(?:φτανουν|αρκουν)|θα φτανανε"
            r"|θα εφταναν"
            r"|θα αρκουσαν|θα ηταν αρκετα)",
            rf"(?:μαζευω|μαζευα|μαζεψα|φυλαω|φυλαξα|εκρυψα|κρυβω) (?:\w+ ){{0,3}}?{_EL_MEDS}",
            r"θανατηφορα δοση",
        ),
        ending=(
            r"αποφασισα (?:να μη|να μην|οτι δεν) (?:συνεχισω|συνεχιζω)(?! (?:με|τη|το|τις))",
            r"(?:βαρος|φορτιο) (?:σε κανεναν|σε ολους|για κανεναν|για ολους|στην οικογενεια)",
        ),
        farewell=(
            r"τελευταια (?:προσπαθεια|ευκαιρια|ελπιδα)",
            r"αποχαιρετησα (?:την|τον|τους|τις) (?:\w+ )?(?:αδερφη|αδελφη|αδερφο|αδελφο|μαμα|μητερα|πατερα|γονεις"
            r"|παιδια|οικογενεια|φιλ\w*)",
            r"μηνυματα αποχαιρετισμου",
        ),
        acts=(rf"σταματησα (?:να παιρνω )?(?:τα )?{_EL_MEDS}",),
        alone=(r"(?:να )?(?:τελειωσω|τελειωνω|τα τελειωσω) με (?:ολα|τα παντα)|να βαλω τελος (?:σε ολα|στη ζωη μου)",),
    ),
    "cs": Plans(
        method=(
            rf"kolik (?:\w+ ){{0,3}}?{_CS_MEDS}(?: \w+){{0,4}}? (?:by stacilo|staci|by bylo potreba"
            r"|bych potreboval\w*)",
            rf"spocital\w* (?:\w+ ){{0,4}}?{_CS_MEDS}(?: \w+){{0,8}}? (?:by stacil\w*|jestli (?:by )?staci"
            r"|zda (?:by )?staci)(?! na)",
            rf"(?:schovavam|schoval\w*|sbiram|sbiral\w*|sporil\w*|shromazd\w*|odkladam|odlozil\w*|kumuluj\w*)"
            rf" (?:\w+ ){{0,3}}?{_CS_MEDS}",
            r"smrteln\w* davk\w*",
        ),
        ending=(
            r"rozhodl\w* (?:jsem )?(?:se )?(?:ze )?(?:uz )?(?:nebudu pokracovat|dal nepujdu|nebudu zit)(?! v| s)",
            r"(?:byt|nechci byt) (?:nikomu |vsem )?(?:na obtiz|pritez\w*)",
        ),
        farewell=(
            r"posledni (?:pokus|sance|sanci|nadeje)",
            r"rozloucil\w* (?:jsem )?(?:se )?s (?:\w+ )?(?:sestrou|bratrem|mamou|maminkou|tatou|rodici|detmi|dcerou"
            r"|synem|rodinou|kamarad\w*)",
            r"zprav\w* na rozloucenou",
        ),
        acts=(rf"(?:prestal\w*|prestanu) (?:brat|vyzvedavat|kupovat) (?:\w+ )?(?:{_CS_MEDS}|recept\w*)",),
        alone=(r"(?:skoncit|skoncim) (?:to )?(?:se vsim|se sebou|to vsechno)|jak (?:to )?(?:vsechno )?ukoncit",),
    ),
    "hu": Plans(
        method=(
            rf"hany (?:\w+ ){{0,2}}?{_HU_MEDS}(?: \w+){{0,4}}? (?:kellene|kene|lenne eleg|eleg)",
            rf"(?:megszamoltam|szamoltam|szamolom)(?: \w+){{0,4}}? {_HU_MEDS}(?: \w+){{0,8}}? (?:eleg lenne|eleg e)",
            rf"{_HU_MEDS} (?:\w+ ){{0,4}}?(?:megszamoltam|szamoltam)(?: \w+){{0,8}}? (?:eleg lenne|eleg e)",
            rf"(?:gyujtom|gyujtottem|gyujtok|felhalmoz\w*|eltettem|elrejtettem|felretettem) (?:\w+ ){{0,3}}?{_HU_MEDS}"
            rf"|{_HU_MEDS} (?:\w+ ){{0,3}}?(?:gyujtom|gyujtottem|gyujtok|felhalmoztam|felretettem)",
            r"halalos adag",
        ),
        ending=(
            r"(?:eldontottem|elhataroztam) hogy nem (?:folytatom|megyek tovabb|akarok tovabb\w*)(?! a\b| az\b)",
            r"(?:teher|terhere) (?:lenni )?(?:senkinek|mindenkinek)|(?:senkinek|mindenkinek) (?:sem )?(?:akarok )?"
            r"(?:teher|terhere)",
        ),
        farewell=(
            r"utolso (?:probalkozas\w*|esely\w*|kiserlet\w*|remeny\w*)",
            r"elbucsuztam (?:a |az )?\w+tol",
            r"bucsuuzenet\w*|bucsuzo uzenet\w*",
        ),
        acts=(
            r"(?:abbahagytam|nem szedem|nem valtom ki) (?:a )?(?:gyogyszer|tablett|recept)\w*",
            r"(?:gyogyszer|tablett)\w* (?:\w+ )?(?:szedeset )?abbahagytam",
        ),
        alone=(r"(?:veget ?vetni|veget ?vetek) (?:mindennek|az eletemnek)|hogyan (?:vessek|vetek) veget",),
    ),
    "ro": Plans(
        method=(
            rf"cate (?:din )?(?:\w+ ){{0,2}}?{_RO_MEDS}(?: \w+){{0,4}}? (?:ar fi de ajuns|ar ajunge|ar trebui|ar fi"
            r" nevoie|mi ar trebui)",
            rf"(?:numarat|numar|numaram)(?: \w+){{0,4}}? {_RO_MEDS}(?: \w+){{0,8}}? (?:daca ajung|ar ajunge"
            r"|ar fi de ajuns"
            r"|ar fi suficient\w*)(?! pentru)",
            rf"(?:strang|am strans|adun|am adunat|pastrez deoparte|am pus deoparte|pun deoparte|am ascuns|ascund)"
            rf" (?:\w+ ){{0,3}}?{_RO_MEDS}",
            r"doza (?:letala|mortala)",
        ),
        ending=(
            r"(?:am hotarat|am decis|m am hotarat) (?:ca )?(?:sa )?nu (?:mai )?(?:continui|merg mai departe"
            r"|traiesc)(?! cu)",
            r"(?:o )?povara pentru (?:nimeni|toti|familie|ceilalti)|nu (?:mai )?vreau sa fiu o povara",
        ),
        farewell=(
            r"ultim\w* (?:incercare|sansa|speranta)",
            r"(?:mi am luat|am luat) (?:ramas bun|adio) de la (?:sora|fratele|mama|tata|parinti|copii|familia"
            r"|prieten\w*)",
            r"mesaje de (?:adio|ramas bun)",
        ),
        acts=(rf"(?:nu mai iau|am incetat sa iau|am renuntat la) (?:\w+ )?{_RO_MEDS}",),
        alone=(
            r"(?:cum sa|sa) (?:termin|inchei|sfarsesc) cu (?:toate|tot|totul|viata)|sa pun capat (?:la tot|vietii"
            r"|zilelor)",
        ),
    ),
    "fi": Plans(
        method=(
            rf"kuinka (?:monta|paljon) (?:\w+ ){{0,2}}?{_FI_MEDS}(?: \w+){{0,4}}? (?:riittaisi|tarvittaisiin|tarvitaan"
            r"|riittaa)",
            rf"(?:laskin|laskenut|lasken)(?: \w+){{0,4}}? {_FI_MEDS}(?: \w+){{0,8}}? (?:riittaisi\w*|riittavatko"
            r"|riittaako)",
            rf"(?:kerannyt|keraan|saastanyt|saastan|saastin|piilottanut|hamstrannut) (?:\w+ ){{0,3}}?{_FI_MEDS}",
            r"tappava annos",
        ),
        ending=(
            r"(?:paattanyt|paatin) (?:etta )?en (?:jatka|jaksa|halua jatkaa)(?! hoito)",
            r"en halua olla (?:kenellekaan |kaikille )?taakk\w*|taakaksi (?:kenellekaan|kaikille|perheelleni)",
        ),
        farewell=(
            r"viimeinen (?:yritys|mahdollisuus|toivo)",
            r"(?:hyvastelin|sanoin hyvastit) (?:\w+ )?(?:siskoni|veljeni|aitini|isani|vanhempani|lapseni|perheeni"
            r"|ystavani)",
            r"jaahyvaisviest\w*",
        ),
        acts=(
            r"(?:lopettanut|lopetin) (?:\w+ )?(?:laakkeideni|laakkeiden|pillereiden|tablettien) (?:ottamisen"
            r"|hakemisen|syomisen)",
        ),
        alone=(r"(?:lopettaa|lopetan) (?:kaiken|elamani)|tehda lopun (?:kaikesta|elamastani)",),
    ),
    "hr": Plans(
        method=(
            rf"koliko (?:\w+ ){{0,2}}?{_HR_MEDS}(?: \w+){{0,4}}? (?:bi bilo dovoljno|bi trebalo|je dovoljno|treba)",
            rf"(?:prebrojao|prebrojala|brojao|brojala)(?: \w+){{0,4}}? {_HR_MEDS}(?: \w+){{0,8}}? (?:bi bilo dovoljno"
            r"|bi bilo dosta|je li dovoljno"
            r"|bi li bilo dovoljno)(?! za)",
            rf"(?:skupljam|skupljao|skupljala|spremio|spremila|skrivam|sakrio|sakrila|gomilam) (?:\w+ ){{0,3}}?"
            rf"{_HR_MEDS}",
            r"smrtonosn\w* doz\w*",
        ),
        ending=(
            r"(?:odlucio|odlucila) sam (?:da )?(?:vise )?ne(?: cu)? (?:nastav\w*|zivjeti)(?! s| sa| tretman)",
            r"(?:biti|bude|budem) (?:nikome |svima )?teret",
        ),
        farewell=(
            r"(?:zadnj|posljednj)\w* (?:pokusaj|sansa|prilika|nada)",
            r"(?:oprostio|oprostila) (?:sam )?se (?:od|s|sa) (?:\w+ )?(?:sestr\w*|brat\w*|mam\w*|majk\w*|tat\w*"
            r"|roditelj\w*|djec\w*|obitelj\w*|prijatelj\w*)",
            r"oprostajn\w* poruk\w*",
        ),
        acts=(rf"(?:prestao|prestala) (?:sam )?(?:piti|uzimati|podizati) (?:\w+ )?{_HR_MEDS}",),
        alone=(r"kako (?:da )?(?:zavrsim|okoncam) (?:sa )?(?:svime|sve)|okoncati (?:sve|svoj zivot)",),
    ),
}


# A wish not to live said without the word, per language: no wish to wake up again, "better off
# without me", "I don't want to be here any more", "how to make it all end". Enough on its own,
# like PLANS.alone, and read with the writer's own denial before it ("I don't mean I'd rather not
# wake up"). Each wording carries its own finality ("any more", "ever again", "without me"): "I
# don't want to wake up early" or "I don't want to live with this scar" are not of that form.
_EN_NOT_WAKING = (
    r"(?! (?:up )?(?:at|early|before|with|to|looking|swollen|bruised|puffy|in pain|and find|and see|too|so|for"
    r"|\d+)\b)"
)
WISHES: Dict[str, Tuple[str, ...]] = {
    "en": (
        r"(?:no longer|don'?t|dont|do not) (?:wish|want) to wake(?: up)?(?: in the mornings?)?"
        r"(?: any ?more| ever again| again| at all)",
        rf"i no longer (?:wish|want) to wake(?: up)?{_EN_NOT_WAKING}",
        rf"(?:wish|hope|pray) i (?:would not|wouldn'?t|wouldnt|won'?t|wont|don'?t|dont|didn'?t|didnt|never"
        rf"|just don'?t) wake(?: up)?{_EN_NOT_WAKING}",
        r"(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up",
        r"(?:better|easier) off without me|(?:better|easier) for (?:everyone|everybody|them|all of them|my \w+)"
        r" (?:if|when) i (?:m|am|was|were) (?:gone|dead|not here|not around)",
        r"(?:better|easier) (?:if|when) i (?:m|am|was|were) (?:gone|dead|not here|not around)(?! for)"
        r"|better if i (?:wasn'?t|wasnt|weren'?t|werent|were not|was not) (?:here|around|alive)",
        r"(?:don'?t|dont|do not|no longer) want to (?:be alive|exist|be here any ?more|live any ?more)(?! than)",
        r"(?:how|way|ways) to make (?:it all|everything) (?:end|stop for good|stop forever)"
        r"|how (?:do|can|could|would) (?:you|i|one) make (?:it all|everything) end",
        r"(?:decided|made up my mind|made my mind up)(?: that)?(?: i m| im| i am| i ll| ill| i will)? not"
        r" (?:sticking|hanging|staying) around",
    ),
    "es": (
        r"no (?:quiero|deseo) (?:volver a despertar(?:me)?|despertar(?:me)? (?:mas|nunca mas))"
        r"(?! (?:a las|temprano|tan)\b)"
        r"|ojala no (?:me )?despert(?:ara|ase)|dormir(?:me)? y no despertar",
        r"(?:estarian|estaria|seria|estarias|estan) mejor sin mi|mejor (?:si|que) (?:yo )?no (?:estuviera|existiera)",
        r"ya no quiero (?:vivir|estar aqui|existir)(?! con| asi)",
        r"(?:como|forma de) hacer que todo (?:acabe|termine)",
    ),
    "fr": (
        r"(?:ne plus|jamais) me reveiller|(?:ne veux|veux) plus me reveiller|m.?endormir et ne (?:plus|pas)"
        r" me reveiller",
        r"mieux sans moi|(?:serait|ce serait) mieux si (?:je n.?etais|j.?etais) plus la",
        r"(?:ne veux|veux) plus (?:etre la|vivre|exister)(?! avec| comme)",
        r"(?:comment|facon d.?) (?:tout arreter pour de bon|faire que tout s.?arrete|faire en sorte que tout"
        r" s.?arrete)",
    ),
    "de": (
        r"(?:will|mochte|wurde gern|wunschte) (?:\w+ ){0,3}?nicht mehr aufwachen(?! (?:\w+ )?(?:um|vor|fruh)\b)"
        r"|einschlafen und nicht mehr aufwachen",
        r"besser (?:dran )?ohne mich|besser (?:ware|wenn) (?:es )?(?:wenn )?ich nicht mehr da (?:ware|bin)",
        r"will nicht mehr (?:leben|da sein|hier sein)(?! mit| so)",
        r"wie ich (?:alles|das alles) (?:beenden|zu ende bringen) (?:kann|konnte)",
    ),
    "it": (
        r"non (?:voglio|vorrei) (?:piu svegliarmi|svegliarmi (?:piu|mai piu))(?! (?:alle|presto|prima|cosi)\b)"
        r"|(?:spero|vorrei) di non svegliarmi"
        r"(?: piu)?|addormentarmi e non svegliarmi",
        r"meglio senza di me|(?:sarebbe )?meglio se non ci fossi(?: piu)?|meglio se sparissi",
        r"nessuno se ne (?:accorgerebbe|accorgera|renderebbe conto)(?: \w+){0,3}? se (?:non ci fossi|sparissi"
        r"|morissi|non ci sono piu)",
        r"non voglio piu (?:vivere|esserci|stare qui)(?! con| cosi)",
        r"come (?:far finire|fare finire) tutto",
    ),
    "pt": (
        r"nao (?:quero|queria) (?:mais acordar|acordar mais|acordar nunca mais)(?! (?:as|cedo|tao)\b)"
        r"|dormir e nao acordar",
        r"melhor sem mim|melhor se eu nao (?:estivesse|existisse)",
        r"nao quero mais (?:viver|estar aqui|existir)(?! com| assim)",
        r"como fazer (?:tudo|isto tudo|isso tudo) acabar",
    ),
    "pl": (
        r"nie chce sie juz (?:obudzic|budzic)|nie chce sie (?:obudzic|budzic) juz|zasnac i (?:sie )?nie obudzic",
        r"lepiej (?:by im bylo )?beze mnie|lepiej (?:by bylo )?gdyby mnie (?:juz )?nie bylo",
        r"nie chce juz (?:zyc|tu byc|istniec)",
        r"jak sprawic (?:zeby|by) (?:to )?wszystko sie skonczylo",
    ),
    "nl": (
        r"niet meer wakker (?:worden|te worden)|in slaap vallen en niet meer wakker",
        r"beter (?:af )?zonder mij|beter als ik er niet (?:meer )?(?:was|ben|zou zijn)",
        r"wil niet meer (?:leven|hier zijn|bestaan)(?! met| zo)",
        r"hoe ik (?:alles|het allemaal) kan laten (?:stoppen|ophouden|eindigen)",
    ),
    "sv": (
        r"(?:vill|hoppas) (?:\w+ )?inte vakna (?:igen|mer|upp igen)|somna och (?:aldrig|inte) vakna",
        r"battre utan mig|battre om jag inte (?:fanns|var har)",
        r"vill inte (?:leva|finnas|vara har) (?:langre|mer)",
        r"hur jag (?:ska )?(?:fa|kan fa) (?:allt|alltihop) att (?:ta slut|sluta)",
    ),
    "da": (
        r"(?:vil|haber|onsker) (?:\w+ )?ikke (?:at )?vagne (?:op )?(?:igen|mere)|falde i sovn og (?:aldrig|ikke)"
        r" vagne",
        r"bedre uden mig|bedre hvis jeg ikke (?:var her|fandtes|eksisterede)",
        r"vil ikke (?:leve|vare her) (?:mere|langere)",
        r"hvordan jeg (?:kan )?fa det (?:hele|alt) til at (?:slutte|stoppe|ende)",
    ),
    "nb": (
        r"(?:vil|haper|onsker) (?:\w+ )?ikke (?:a )?vakne (?:opp )?(?:igjen|mer)|sovne og (?:aldri|ikke) vakne",
        r"bedre uten meg|bedre om jeg ikke (?:var her|fantes)",
        r"vil ikke (?:leve|vare her) (?:mer|lenger)",
        r"hvordan jeg (?:kan )?fa (?:alt|det hele) til a (?:slutte|stoppe|ta slutt)",
    ),
    "tr": (
        r"(?:bir daha|hic) uyanmak istemiyorum|keske (?:bir daha )?uyanmasam|uyuyup (?:bir daha )?uyanmamak",
        r"bensiz daha iyi|ben olmasam (?:herkes )?daha iyi",
        r"artik (?:yasamak|burada olmak) istemiyorum",
        r"her seyin (?:nasil )?bitmesini (?:nasil )?saglar\w*",
    ),
    "el": (
        r"(?:να μην|δεν θελω να) ξυπνησω (?:ξανα|ποτε|αλλο)|na min (?:xypnisw|ksypniso|xipniso) (?:ksana|xana|pote)",
        r"καλυτερα χωρις εμενα|kal[iy]tera (?:x|ch|h)[wo]ris emena",
        r"καλυτερα να τελειωσουν ολα|kal[iy]tera na tel(?:e|ei|i)[wo]s(?:oun|ei) ola",
        r"δεν θελω (?:πια |αλλο )?να ζω(?: πια| αλλο)|den thel[wo] (?:pia |allo )?na z[wo] (?:pia|allo)",
    ),
    "cs": (
        r"nechci se uz (?:probudit|probouzet)|kez bych se (?:uz )?neprobudil\w*|usnout a (?:uz )?se neprobudit",
        r"(?:lepsi|lip) beze me|lepsi kdybych tu (?:uz )?nebyl\w*",
        r"nechci uz (?:zit|tu byt)",
        r"jak to vsechno (?:ukoncit|skoncit)",
    ),
    "hu": (
        r"ne ebredjek fel|bar ne ebrednek fel|nem akarok (?:tobbe|mar) felebredni",
        r"jobb (?:lenne|lesz) nelkulem|jobb lenne ha (?:mar )?nem lennek",
        r"nem akarok (?:mar|tobbe) (?:itt lenni|elni)|nem akarok elni (?:mar|tobbe)",
        r"hogyan vessek veget mindennek",
    ),
    "ro": (
        r"sa nu ma mai trezesc|nu (?:mai )?vreau sa ma mai trezesc",
        r"mai bine fara mine|mai bine (?:daca|sa) nu (?:as )?mai (?:fi|exist)",
        r"nu mai vreau sa (?:traiesc|fiu aici|exist)",
        r"cum sa (?:fac sa )?se termine (?:totul|tot)",
    ),
    "fi": (
        r"en haluaisi (?:enaa )?herata|(?:toivon|toivoisin) etten (?:enaa )?heraisi|nukahtaa eika herata",
        r"parempi ilman minua|parempi (?:jos|kun) en (?:olisi|ole) (?:enaa )?(?:taalla|olemassa)",
        r"en halua (?:enaa )?(?:elaa|olla taalla)(?! nain)",
        r"kaiken loppumaan",
    ),
    "hr": (
        r"ne zelim se (?:vise )?probuditi|da se (?:vise )?ne probudim|zaspati i ne probuditi se",
        r"bolje (?:bi bilo )?da me nema|bolje (?:bi bilo )?bez mene",
        r"ne zelim (?:vise )?zivjeti|ne zelim vise biti ovdje",
        r"kako (?:da )?sve (?:zavrsi|prestane)",
    ),
}

# Hopelessness said as no way out or no strength left ("can't see a way out", "orkar inte mer",
# "nem bírom tovább"). Everyday about a queue or a job on its own, so it counts only beside an act
# of finality or a decision, like SIGNS.hopeless.
WAY_OUT: Dict[str, Tuple[str, ...]] = {
    "en": (
        r"(?:can'?t|cant|cannot|don'?t|dont) see (?:a|any) way out|no way out|(?:can'?t|cant|cannot) (?:go on"
        r"|carry on|take (?:it|this)) any ?more|tired of (?:living|life|being alive)",
    ),
    "es": (r"no (?:le )?veo (?:ninguna )?salida|no (?:puedo|aguanto) mas|ya no puedo (?:mas|seguir)",),
    "fr": (r"(?:ne vois|vois) (?:pas|plus|aucune) (?:d.?)?issue|je n.?en peux plus|je ne peux plus continuer",),
    "de": (r"(?:sehe|seh) keinen ausweg|kann nicht mehr|halte (?:es|das) nicht mehr aus",),
    "it": (r"non vedo (?:via d.?uscita|vie d.?uscita|nessuna (?:via|uscita))|non ce la faccio piu",),
    "pt": (r"nao vejo (?:nenhuma )?saida|nao aguento mais|nao consigo mais",),
    "pl": (r"nie widze (?:zadnego )?wyjscia|nie daje (?:juz )?rady",),
    "nl": (r"zie geen (?:uitweg|uitkomst)|ik kan (?:het )?niet meer",),
    "sv": (r"ser ingen (?:utvag|vag ut)|orkar (?:jag )?inte (?:mer|langre)",),
    "da": (r"ser ingen (?:udvej|vej ud)|orker ikke (?:mere|mer)|kan ikke mere",),
    "nb": (r"ser ingen (?:utvei|vei ut)|orker ikke (?:mer|lenger|a vakne)",),
    "tr": (r"(?:bir )?cikis yolu (?:goremiyorum|yok)|(?:artik )?dayanamiyorum|her seyden yoruldum",),
    "el": (
        r"δεν (?:βλεπω|υπαρχει) (?:καμια )?διεξοδο|δεν αντεχω|δεν βλεπω (?:κανενα )?λογο να συνεχισω"
        r"|den? vlep[wo] kanena logo na s[yi]nex[io]s[wo]|den ant[ei]x[wo]",
    ),
    "cs": (r"nevidim (?:zadne |zadny )?(?:vychodisko|vychod)|uz nemuzu|uz to nezvladam",),
    "hu": (r"nem (?:latok|talalok) kiutat|nincs kiut|nem birom (?:tovabb|mar)",),
    "ro": (r"nu (?:mai )?vad (?:nicio )?iesire|nu mai pot|nu mai rezist",),
    "fi": (r"en (?:nae|loyda) (?:mitaan )?ulospaasya|en jaksa (?:enaa|enempaa)",),
    "hr": (r"ne vidim (?:nikakav )?izlaz|ne mogu (?:vise|dalje)|umorn\w* (?:sam )?od svega",),
}

# A decision left unnamed ("I've decided what I'll do") or "that's it for me". Everyday on its own
# ("I've decided what I'll do about the fringe"), so it counts with hopelessness, a farewell, or a
# cancellation together with thanks (two closings).
DECIDED: Dict[str, Tuple[str, ...]] = {
    "en": (
        r"(?:decided|made up my mind|made my mind up) (?:exactly )?what i (?:m going to|m gonna|ll|will|am going to)"
        r" do(?! (?:about|with|for|next|instead|if|when|after)\b)|(?:that s|thats|this is) (?:it|the end) for me",
    ),
    "es": (r"(?:he|tengo) decidido (?:lo )?que (?:voy a )?hacer(?! con| sobre)|(?:para mi )?se acabo para mi",),
    "fr": (r"j.?ai decide ce que (?:je vais|j.?allais) faire(?! avec| pour)|c.?est fini pour moi",),
    "de": (r"(?:entschieden|beschlossen) was ich (?:tun|machen) werde|fur mich ist (?:es )?(?:jetzt )?schluss",),
    "it": (r"ho (?:gia )?deciso cosa fare(?! con| per)|per me e finita",),
    "pt": (r"(?:ja )?decidi o que (?:vou )?fazer(?! com| sobre)|para mim acabou",),
    "pl": (r"zdecydowal\w* (?:juz )?co zrobie|dla mnie to koniec",),
    "nl": (r"besloten wat ik ga doen(?! met)|voor mij is het (?:klaar|over)",),
    "sv": (r"bestamt mig for vad jag ska gora|(?:ar|blir) det slut for min del",),
    "da": (r"besluttet (?:mig for )?hvad jeg (?:vil|skal) gore|sa er det slut for mig",),
    "nb": (r"bestemt meg for hva jeg skal gjore|sa er det slutt for meg",),
    "tr": (r"ne yapacagima karar verdim|benim icin (?:her sey )?bitti",),
    "el": (r"αποφασισα τι θα κανω|apofasisa ti tha kan[wo]",),
    "cs": (r"rozhodl\w* (?:jsem )?(?:se )?co udelam|pro me to (?:konci|skoncilo)",),
    "hu": (r"(?:eldontottem|elhataroztam) (?:hogy )?mit (?:fogok tenni|teszek)|nekem ennyi volt",),
    "ro": (r"am decis ce (?:o sa|voi) fac|pentru mine s a terminat",),
    "fi": (r"(?:paatin|olen paattanyt) mita teen|minun osaltani se oli siina",),
    "hr": (r"odlucio sam sto cu|odlucila sam sto cu|za mene je (?:gotovo|kraj)",),
}

# Thoughts of suicide "back" after an earlier attempt the writer tells of: a story of the past
# that has come back into the present (the present beats the history).
_PAST_ATTEMPT = (
    r"(?:tried|attempted|try) to (?:end (?:it|things|my life|it all)|kill myself|take my (?:own )?life)"
    r"|suicide attempt|attempted suicide|(?:suicidal|overdosed)"
    r"|intente (?:quitarme la vida|suicidarme)|intento de suicidio"
    r"|(?:tente|essaye) de (?:me suicider|mettre fin a mes jours)|tentative de suicide"
    r"|versucht(?:e|,)? mich umzubringen|suizidversuch|selbstmordversuch|versucht\w* mir das leben zu nehmen"
)
_THOUGHTS_BACK = (
    r"(?:same|those|the|old|dark|bad|these|suicidal) (?:thoughts|feelings|urges) (?:are|have|re|ve|is|s) (?:all )?"
    r"(?:back|come back|coming back|returned|creeping back)|(?:thoughts|feelings|urges) (?:have )?(?:come|came"
    r"|coming|crept|creeping) back"
    r"|(?:esos|los mismos|aquellos) pensamientos (?:han )?(?:vuelto|vuelven)"
    r"|(?:ces|les memes) (?:pensees|idees) (?:sont )?(?:revenu\w*|reviennent)"
    r"|(?:diese|die gleichen|dieselben) gedanken (?:sind )?(?:wieder da|zuruck)"
)


def _with(table: Dict[str, object], part: str, extra: Dict[str, Tuple[str, ...]]) -> None:
    """Adds each language's extra wordings to one part of SIGNS or PLANS."""
    for language, patterns in extra.items():
        entry = table[language]
        table[language] = replace(entry, **{part: getattr(entry, part) + patterns})  # type: ignore[arg-type]


_with(PLANS, "alone", WISHES)  # type: ignore[arg-type]
_with(SIGNS, "hopeless", WAY_OUT)  # type: ignore[arg-type]


def _compile(*parts: str, tables: Tuple[Dict[str, object], ...] = (SIGNS, PLANS)) -> Pattern[str]:
    """One expression for the named parts of every language, from SIGNS and PLANS alike."""
    alternatives = [
        pattern
        for table in tables
        for signs in table.values()
        for part in parts
        for pattern in getattr(signs, part, ())
    ]
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in alternatives) + r")\b")


_ACTS = _compile("acts")
# A farewell to one person or a "last attempt" weighs as a closing beside an act.
_CLOSINGS = _compile("closings", "farewell")
# A decision not to go on weighs as hopelessness beside an act.
_HOPELESS = _compile("hopeless", "ending")
_ALONE = _compile("alone", tables=(SIGNS,))
# A method or "how to end it all" from PLANS: enough alone, unless denied ("nie chcę ze sobą skończyć").
_PLAN_ALONE = _compile("alone", "method", tables=(PLANS,))
_REASONS = _compile("reasons")
_ENDING = _compile("ending")
_FAREWELL = _compile("farewell")
_HOPELESS_ONLY = _compile("hopeless")
_DECIDED = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for ps in DECIDED.values() for p in ps) + r")\b")
_PAST_ATTEMPT_RE = re.compile(r"\b(?:" + _PAST_ATTEMPT + r")\b")
_THOUGHTS_BACK_RE = re.compile(r"\b(?:" + _THOUGHTS_BACK + r")\b")
# Punctuation (other than the apostrophe of "won't") reads as a space: the picture is read over
# the whole message, whatever the sentences.
_NOT_WORD = re.compile(r"[^\w']+")
# "everything's", "I'm", "nobody'd": the short verb read as a word of its own ("everything s").
_CONTRACTION = re.compile(r"'(s|d|ll|m|re|ve)\b")
# "I haven't written my will" or "didn't give my dog away": a denied act is not one.
_DENIED = re.compile(r"\b(?:not|never|haven'?t|havent|hasn'?t|didn'?t|didnt|won'?t|wont)(?: \w+)? $")


# "I don't want to end it all, just to ask the price": an ending denied by the writer's own will.
_DENIED_WISH = re.compile(
    r"\b(?:not|never|don'?t|dont|do not|nie chce|nie zamierzam|no quiero|no pienso|non voglio|non penso"
    r"|nao quero|ne veux pas|will nicht|mochte nicht|wil niet|vill inte|vil ikke|nu vreau|nem akarok|en halua"
    r"|ne zelim|necu|nechci|δεν θελω|istemiyorum)(?: \w+){0,2} $"
)


# Nobody left waiting for the writer at a booking (a closing beside an act of finality: "sorted who's
# having my dog, just cancel the booking so nobody's sat waiting for me").
NOBODY_WAITING: Dict[str, Tuple[str, ...]] = {
    "es": (r"(?:nadie|que nadie) (?:me )?(?:este|quede|se quede|siga) esperando(?: por mi| me)?|nadie me espere",),
    "fr": (r"personne ne (?:m.?attende|m.?attend|reste a m.?attendre)",),
    "de": (r"niemand (?:\w+ )?auf mich wartet|keiner (?:\w+ )?auf mich wartet",),
    "it": (r"nessuno (?:mi )?(?:aspetti|stia ad aspettarmi|resti ad aspettarmi)",),
    "pt": (r"ninguem (?:fique|esteja|fica) (?:a minha espera|a espera|esperando por mim|me esperando)",),
    "pl": (r"nikt (?:na mnie )?nie czekal\w*(?: na mnie)?",),
    "nl": (r"niemand (?:\w+ )?op mij (?:zit te |blijft |)wacht\w*",),
}
_with(SIGNS, "closings", NOBODY_WAITING)  # type: ignore[arg-type]
_CLOSINGS = _compile("closings", "farewell")
# Someone named as taking on the writer's pet for good: "my sister is having my dog".
_with(SIGNS, "acts", {"en": (
    r"(?:sister|brother|mum|mom|mother|dad|father|friend|neighbour|neighbor|daughter|son|cousin|aunt|uncle|partner"
    rf"|parents) (?:is|s|are|re|will be|ll be|has agreed to be|have agreed to be|agreed to be) (?:taking|having"
    rf"|keeping|adopting) (?:on )?my (?:\w+ )?{_EN_PETS}",
), "pl": (
    r"(?:pies|psa|kot|kota|kotka|kotke|krolik\w*) (?:\w+ ){0,2}?(?:jest|zostanie|bedzie|zamieszka|zostaje|mieszka)"
    r" (?:juz |teraz |na stale )?u (?:siostry|brata|mamy|taty|rodzicow|przyjaciol\w*|sasiad\w*|corki|syna|cioci)",
), "es": (
    r"(?:mi hermana|mi hermano|mi madre|mi padre|mi amig[oa]|mi vecin[oa]|mi hij[oa]|mis padres) (?:se )?(?:va a quedar"
    r"|queda|quedara|se queda|se quedara|se va a quedar) con (?:mi|mis) (?:gat\w*|perr\w*|mascota\w*)",
)})  # type: ignore[arg-type]
_ACTS = _compile("acts")

# A decided or expected absence of oneself with no end ("I've made up my mind I won't be around for
# another one", "je sais que je ne serai plus là"). Enough on its own unless an everyday reason or a
# date is named ("I won't be around next Tuesday", "not around in August, I'm travelling").
ABSENCE: Dict[str, Tuple[str, ...]] = {
    "en": (
        r"(?:decided|made up my mind|made my mind up|my mind is made up|mind s made up|know|accepted|certain|sure"
        r"|feeling|feel)(?: that)?(?: i m| im| i am)? i (?:won'?t|wont|won t|will not|shan'?t|shan t|shall not"
        r"|am not going to|m not going to|not going to|m not gonna) be (?:around|here|alive)",
        r"(?:won'?t|wont|won t|will not|shan'?t|shan t|shall not|not going to|not gonna) be (?:around|here|alive)"
        r" (?:for|to see) (?:another|one more|the next) (?:one|year|birthday|christmas|summer|winter|spring)",
    ),
    "es": (
        r"(?:decidido|decidi|tengo claro|se|asumido) que (?:ya )?no (?:voy a estar|estare|seguire) (?:aqui|por aqui"
        r"|mas|vivo|viva)",
        r"no (?:voy a estar|estare) (?:aqui|por aqui) (?:para (?:otr[oa]|ver otr[oa])|mucho (?:tiempo )?mas)",
    ),
    "fr": (
        r"(?:decide|sais|suis sur\w*|accepte) que je ne (?:serai|vais) (?:plus|pas) (?:etre )?(?:la|ici|en vie)",
        r"ne serai (?:plus|pas) (?:la|ici) (?:pour (?:un autre|une autre|voir)|bien longtemps|encore longtemps)",
    ),
    "de": (
        r"(?:beschlossen|entschieden|weiss|steht fest)(?: dass)? ich (?:bald )?nicht mehr (?:lange )?(?:da|hier"
        r"|am leben) (?:sein werde|bin|sein)",
        r"(?:werde|bin) (?:nicht mehr lange|bald nicht mehr) (?:da|hier)",
    ),
    "it": (
        r"(?:deciso|so|sicur[oa]) che non ci saro piu",
        r"non ci saro (?:piu )?(?:per (?:un altro|un altra|vedere)|ancora per molto|a lungo)",
    ),
    "pt": (
        r"(?:decidi|ja sei|sei|tenho certeza) que (?:ja )?nao (?:vou estar|estarei) (?:mais )?(?:aqui|ca|por ca"
        r"|viv[oa])",
        r"nao (?:vou estar|estarei) (?:mais )?(?:aqui|ca|por ca) (?:para (?:outr[oa]|ver outr[oa])"
        r"|por muito (?:mais )?tempo)",
    ),
    "pl": (r"(?:zdecydowal\w*|wiem) (?:juz )?ze (?:niedlugo |wkrotce )?(?:juz )?mnie (?:tu )?nie bedzie",
           r"(?:niedlugo|wkrotce) (?:juz )?mnie (?:tu )?nie bedzie"),
    "nl": (r"(?:besloten|weet) dat ik er (?:straks |binnenkort )?niet meer (?:ben|zal zijn)",
           r"(?:ben|zal) er (?:niet lang meer|binnenkort niet meer) (?:zijn|ben)"),
}
_DATE = re.compile(
    r"\b(?:\d+|next|this (?:week|month|weekend)|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|march|april|may|june|july|august|september|october|november|december|until|till"
    r"|lunes|martes|miercoles|jueves|viernes|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|lundi|mardi|mercredi|jeudi|vendredi|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|januar|februar|marz|juni|juli|oktober|dezember"
    r"|lunedi|martedi|mercoledi|giovedi|venerdi|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre"
    r"|segunda|terca|quarta|quinta|sexta|janeiro|fevereiro|marco|maio|junho|julho|setembro)\b"
)
# "to see another Christmas": the occasion of the absence, not a reason for it.
_ANOTHER_OCCASION = re.compile(r"\b(?:another|one more|the next) (?:christmas|birthday|summer|winter|spring|year)\b")
_ABSENCE = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for ps in ABSENCE.values() for p in ps) + r")\b")

# Having been at a height or by the tracks to end it: a place to fall from, with having stood there
# for hours, not jumped, or come back down not knowing why. Either alone is a view or a commute.
HEIGHT_PLACE: Dict[str, str] = {
    "en": r"top floor|top storey|top story|top level|top deck|roof|rooftop|bridge|edge|ledge|cliff|cliffs"
    r"|railway|train tracks|the tracks|platform edge|car park|multi storey|balcony|tower block|overpass|viaduct",
    "es": r"azotea|tejado|puente|borde|cornisa|ultimo piso|ultima planta|vias? del tren|acantilado|balcon",
    "fr": r"toit|pont|bord|rebord|dernier etage|voies? ferrees?|falaise|balcon|parking",
    "de": r"dach|brucke|rand|kante|obersten? (?:stock|etage|deck|parkdeck)|gleise?n?|bahngleise?n?|klippe|balkon"
    r"|parkhaus",
    "it": r"tetto|ponte|bordo|cornicione|ultimo piano|binari|scogliera|balcone|parcheggio",
    "pt": r"telhado|terraco|ponte|beira|beirada|ultimo andar|ultimo piso|linha do (?:comboio|trem)|trilhos|penhasco"
    r"|falesia|varanda|estacionamento",
    "pl": r"dach\w*|most\w*|mosci\w*|krawedz\w*|ostatni\w* pietr\w*|najwyzsz\w* pietr\w*|tor(?:y|ach)|klif\w*|balkon\w*"
    r"|parking\w*",
    "nl": r"dak|brug|rand|richel|bovenste verdieping|spoor|rails|klif|balkon|parkeergarage",
}
HEIGHT_STAYED: Dict[str, str] = {
    "en": r"(?:not sure|no idea|don'?t know|dont know|don t know|still wondering|unsure|wonder) why i (?:came|come"
    r"|climbed|walked|went|got|stepped) (?:back )?(?:down|back|home|off|away)|(?:didn'?t|didnt|didn t|did not"
    r"|couldn'?t|couldnt|couldn t|could not) (?:jump|do it|go through with it)|(?:almost|nearly) (?:jumped|did it"
    r"|stepped off)|thought (?:about|of) jumping|stepped back from the edge|climbed back over|talked myself down"
    r"|(?:stood|sat|standing|sitting|stayed|was) (?:up )?(?:on|at|by|near) (?:the )?(?:edge|ledge|bridge|roof|rooftop"
    r"|top floor|tracks|railway line|railway|cliff|cliff edge|platform edge)(?: \w+){0,4}? (?:for hours|for ages"
    r"|all night|for a long time|half the night|most of the night)",
    "es": r"no (?:salte|me tire)|casi (?:salto|salte|me tiro|me tire)|no se (?:por que|porque) (?:baje|volvi)"
    r"|(?:estuve|me quede|pase) (?:\w+ ){0,4}?(?:horas|toda la noche)",
    "fr": r"(?:je n ai pas|j ai pas|je n ai pas pu) saute|failli sauter|(?:sais|sait) pas pourquoi (?:je suis|j ai)"
    r" (?:redescendu\w*|revenu\w*)|(?:reste\w*|passe) (?:\w+ ){0,4}?(?:des heures|toute la nuit)",
    "de": r"nicht gesprungen|(?:fast|beinahe) gesprungen|weiss nicht warum ich (?:wieder )?(?:runter\w*|herunter\w*"
    r"|zuruck\w*)|stundenlang (?:\w+ ){0,3}?(?:gestanden|gesessen)|(?:die ganze nacht|stunden) (?:\w+ ){0,3}?"
    r"(?:gestanden|gesessen)",
    "it": r"non (?:ho saltato|mi sono buttat\w*)|(?:quasi|stavo per) (?:saltare|buttarmi)|non so perche (?:sono )?"
    r"(?:scesa|sceso|tornat\w*)|(?:rimast\w*|stat\w*) (?:\w+ ){0,4}?(?:per ore|tutta la notte)",
    "pt": r"nao (?:saltei|pulei|me atirei|me joguei)|quase (?:saltei|pulei|me atirei|me joguei)|nao sei (?:porque"
    r"|por que|porque e que) (?:desci|voltei)|(?:fiquei|estive|passei) (?:\w+ ){0,4}?(?:horas|a noite toda"
    r"|toda a noite)",
    "pl": r"nie skoczyl\w*|prawie skoczyl\w*|nie wiem (?:czemu|dlaczego) (?:zeszl\w*|wrocil\w*|zszedl\w*)"
    r"|(?:stal\w*|siedzial\w*) (?:\w+ ){0,4}?(?:godzinami|cala noc)",
    "nl": r"niet gesprongen|bijna gesprongen|weet niet waarom ik (?:weer )?(?:naar beneden|terug)"
    r"|(?:uren|urenlang|de hele nacht) (?:\w+ ){0,4}?(?:gestaan|gezeten)",
}
_HEIGHT_PLACE = re.compile(r"\b(?:" + "|".join(HEIGHT_PLACE.values()) + r")\b")
_HEIGHT_STAYED = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in HEIGHT_STAYED.values()) + r")\b")
# A sport at a height: bungee, a dive, a zip line. Only a sport: a view, the sunrise or a photo does
# not explain a night on a bridge without jumping.
_HEIGHT_SPORT = re.compile(
    r"\b(?:bungee\w*|skydiv\w*|parachut\w*|paraglid\w*|diving|dive|zip ?line|abseil\w*|climbing wall"
    r"|puenting|saut a l elastique|bungeesprung)\b"
)


def _read(text: str) -> str:
    return " " + _CONTRACTION.sub(r" \1", _NOT_WORD.sub(" ", fold(text))).strip() + " "


def _acts(read: str) -> list[str]:
    return [m.group(0) for m in _ACTS.finditer(read) if _DENIED.search(read[: m.start()][-30:]) is None]


def indirect_self_harm(text: str) -> str | None:
    """The words of an indirect self-harm statement or picture in a message (matrix A32), or None."""
    if not text or not text.strip():
        return None
    read = _read(text)
    alone = _ALONE.search(read)
    if alone is not None:
        return alone.group(0)
    for plan in _PLAN_ALONE.finditer(read):
        if _DENIED_WISH.search(read[: plan.start()][-40:]) is None:
            return plan.group(0)
    # Suicidal thoughts "back" after an attempt the writer tells of: the history is present again.
    back = _THOUGHTS_BACK_RE.search(read)
    if back is not None and _PAST_ATTEMPT_RE.search(read) is not None:
        return back.group(0)
    # An unnamed decision ("I've decided what I'll do") with hopelessness, a farewell, or a
    # cancellation together with thanks: the settled decision of a goodbye.
    decided = _DECIDED.search(read)
    if decided is not None and (
        _HOPELESS.search(read) is not None
        or _FAREWELL.search(read) is not None
        or (len({m.group(0) for m in _CLOSINGS.finditer(read)}) > 1 and _REASONS.search(read) is None)
    ):
        return decided.group(0)
    ending = _ENDING.search(read)
    if ending is not None:
        # A decision not to go on with a farewell or hopelessness ("si no funciona, no sigo; me he
        # despedido de mi hermana"): a goodbye to one person is everyday on its own, not beside the decision.
        if _FAREWELL.search(read) is not None or _HOPELESS_ONLY.search(read) is not None:
            return ending.group(0)
    # A decided or expected absence of oneself, with no everyday reason or date named.
    absence = _ABSENCE.search(read)
    rest = read[: absence.start()] + " " + read[absence.end():] if absence is not None else read
    rest = _ANOTHER_OCCASION.sub(" ", rest)
    if absence is not None and _REASONS.search(rest) is None and _DATE.search(rest) is None:
        return absence.group(0)
    # At a height or by the tracks, with hours there, no jump, or coming back down not knowing why.
    stayed = _HEIGHT_STAYED.search(read)
    if stayed is not None and _HEIGHT_PLACE.search(read) is not None and _HEIGHT_SPORT.search(read) is None:
        return stayed.group(0)
    acts = _acts(read)
    if not acts:
        return None
    if _HOPELESS.search(read) is not None:
        return acts[0]
    if _REASONS.search(read) is not None:
        return None
    if len(set(acts)) > 1 or _CLOSINGS.search(read) is not None:
        return acts[0]
    return None
