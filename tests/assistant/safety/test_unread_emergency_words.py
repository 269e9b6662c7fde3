"""The table of emergency words by family and language (unread_emergency_words.py): for each
language the lexicon does not read, sentences of several emergency families (own wordings) reach
the emergency level, and near misses (denials, everyday words, a faint that has passed, general
questions) stay below it."""

import pytest

from assistant.safety import Urgency, rank
from assistant.safety.unread_emergency_words import table_family

# (language, family, sentence)
EMERGENCY = [
    # Italian
    ("it", "breathing", "dopo le punture non riesco più a respirare, aiutatemi"),
    ("it", "breathing", "ho il fiato corto e mi fischia il petto da quando sono uscita"),
    ("it", "swelling", "mi si sta gonfiando la lingua dopo il trattamento"),
    ("it", "collapse", "mia sorella è svenuta in bagno e non si riprende"),
    ("it", "collapse", "non riesco a svegliarla, è sul divano dalla seduta"),
    ("it", "vomiting", "rimetto tutto da ieri e ho gli occhi gialli"),
    ("it", "self_harm", "ho già scritto le lettere di addio, cancellate i miei appuntamenti"),
    ("it", "self_harm", "sono stanca di vivere così, sarebbero tutti meglio senza di me"),
    # Portuguese
    ("pt", "breathing", "estou com muita falta de ar desde a sessão de ontem"),
    ("pt", "throat", "a minha garganta está a fechar e não desce nem a água"),
    ("pt", "collapse", "o meu marido perdeu os sentidos depois da aplicação"),
    ("pt", "bleeding", "o curativo ficou encharcado de sangue e continua"),
    ("pt", "self_harm", "já escrevi cartas de despedida para os meus filhos"),
    # Dutch
    ("nl", "breathing", "ik kan bijna niet meer ademen na de injecties"),
    ("nl", "swelling", "mijn tong zwelt op sinds de behandeling"),
    ("nl", "collapse", "mijn vriendin is bewusteloos na de afspraak"),
    ("nl", "chest_sepsis", "mijn hart gaat tekeer en ik ben helemaal in de war"),
    ("nl", "self_harm", "iedereen is beter af zonder mij, ik heb al afscheidsbrieven geschreven"),
    # Swedish
    ("sv", "breathing", "jag har andnöd och det piper i bröstet"),
    ("sv", "collapse", "min mamma svimmade och är fortfarande förvirrad en timme senare"),
    ("sv", "chest_sepsis", "jag har feber och är alldeles förvirrad sedan i morse"),
    ("sv", "vomiting", "jag kräks hela tiden och huden har blivit gul"),
    # Danish
    ("da", "swelling", "tungen hæver op efter behandlingen"),
    ("da", "collapse", "min søster er bevidstløs efter sprøjterne"),
    ("da", "bleeding", "det bløder voldsomt fra stikstedet"),
    # Norwegian
    ("nb", "collapse", "han er bevisstløs etter behandlingen"),
    ("nb", "seizure", "hun fikk et krampeanfall på venterommet"),
    # Turkish
    ("tr", "breathing", "iğnelerden sonra nefes alamıyorum"),
    ("tr", "throat", "boğazım kapanıyor, yutkunamıyorum"),
    ("tr", "swelling", "dilim şişiyor lütfen yardım edin"),
    ("tr", "bleeding", "kanama durmuyor, pamuk kıpkırmızı oldu"),
    ("tr", "self_harm", "herkes bensiz daha iyi olur, veda mektubu yazdım"),
    # Greek (script and Latin letters)
    ("el", "breathing", "δεν μπορώ να αναπνεύσω μετά τις ενέσεις"),
    ("el", "collapse", "η μητέρα μου λιποθύμησε και δεν αντιδρά"),
    ("el", "sight", "δεν βλέπω σχεδόν τίποτα από το αριστερό μάτι"),
    ("el", "breathing", "den mporo na anapnefso meta tis enesis"),
    ("el", "chest_sepsis", "exo ponos sto stithos apo to proi"),
    # Czech (with and without diacritics)
    ("cs", "breathing", "nemůžu dýchat a píská mi na plicích"),
    ("cs", "breathing", "nemuzu poradne dychat od injekci"),
    ("cs", "throat", "stahuje se mi hrdlo a nemůžu polknout ani slinu"),
    ("cs", "collapse", "kamarádka je v bezvědomí po ošetření"),
    ("cs", "self_harm", "uz nemuzu dal, nechci uz existovat"),
    # Hungarian
    ("hu", "breathing", "nem kapok levegőt a kezelés óta"),
    ("hu", "throat", "szorul a torkom és nem tudok nyelni"),
    ("hu", "sight", "nem látok semmit a bal szememmel"),
    # Romanian (with and without diacritics)
    ("ro", "breathing", "respir foarte greu de la injecții"),
    ("ro", "swelling", "mi s-a umflat limba după tratament"),
    ("ro", "collapse", "nu o pot trezi, e inconștientă"),
    ("ro", "bleeding", "sangereaza intruna de la locul injectiei"),
    # "I can no longer breathe well": the reassuring "respir bine" is the negated part here
    ("ro", "breathing", "de azi-noapte nu mai pot să respir bine"),
    ("ro", "breathing", "abia mai respir de când mi-au făcut injecțiile"),
]

# Near misses: denials, everyday words, a faint that has passed, general questions.
BELOW_EMERGENCY = [
    # Italian
    "respiro bene, volevo solo sapere quando posso truccarmi",
    "è normale avere qualche livido dopo la mesoterapia?",
    "le occhiaie sono ancora scure, quando si vedono i risultati?",
    # Portuguese
    "respiro bem e não tenho falta de ar, só um pouco de vermelhidão",
    "é normal ficar com nódoas negras depois?",
    # Dutch
    "ik kan morgen niet komen, kan ik verzetten?",
    "ademen gaat prima, alleen een beetje roodheid",
    "ik ben vorig jaar een keer flauwgevallen bij de tandarts, is dat een probleem?",
    # Swedish
    "jag andas normalt, bara lite svullen vid läpparna",
    "är det normalt att få blåmärken?",
    # Danish, Norwegian
    "jeg trækker vejret helt fint, er lidt rød",
    "kan jeg trene dagen etter behandlingen?",
    # Turkish
    "nefes almakta sorun yok, sadece biraz kızarıklık var",
    "morarma olması normal mi?",
    # Greek
    "αναπνέω κανονικά, απλώς έχω λίγο κοκκίνισμα",
    "einai fysiologiko na mou meinei mia melania?",
    # Czech
    "dýchám normálně, jen mám trochu modřinu",
    "je normální mít po mezoterapii modřiny?",
    # Hungarian
    "rendesen kapok levegőt, csak kicsit piros a bőröm",
    # Romanian
    "respir normal, doar puțin umflat unde s-a injectat",
    "am leșinat o dată anul trecut la analize, e o problemă?",
    "nu am febră și respir bine, doar o vânătaie mică",
]


@pytest.mark.parametrize("language,family,text", EMERGENCY)
def test_table_reads_family(language, family, text):
    found = table_family(text)
    assert found is not None and found[0] == family, (text, found)


@pytest.mark.parametrize("language,family,text", EMERGENCY)
def test_net_raises_emergency(screen, language, family, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY, (text, assessment.urgency, assessment.findings)


@pytest.mark.parametrize("text", BELOW_EMERGENCY)
def test_near_miss_stays_below_emergency(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None or rank(assessment.urgency) < rank(Urgency.EMERGENCY), (
        text,
        assessment.findings,
    )


def test_denial_with_a_second_sign_keeps_the_emergency(screen):
    # the reassurance is set aside, the second sign is not
    assessment = screen.assess("respiro bene ma la lingua si sta gonfiando velocemente")
    assert assessment.urgency is Urgency.EMERGENCY
    assessment = screen.assess("nefes almakta sorun yok ama dilim şişiyor")
    assert assessment.urgency is Urgency.EMERGENCY
