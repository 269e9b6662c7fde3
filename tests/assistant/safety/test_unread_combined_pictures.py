"""Emergency pictures said in two or three everyday concepts in the languages the lexicon does
not read (bleeding that soaks through or will not stop under pressure, skin gone grey and cold,
numbing cream followed by confusion or a racing heart, blurred sight, hives with pallor or
breathlessness, fever with rigors or no urine), and same-day and review conditions said without a
medical word. Every sentence is in words of its own, in several languages, with near misses that
must stay low."""

import pytest

from assistant.safety import Urgency, rank
from assistant.safety.unread_emergency_words import table_family

EMERGENCY = {
    "bleeding soaking through, or not stopping after long pressure (B20)": [
        "Pistokohdasta vuotaa verta jo 20 minuuttia vaikka painan, käytän Eliquista",
        "Krvari mi ispod brade, ručnik je natopljen krvlju, pijem Xarelto",
        "Det blöder fortfarande efter 25 minuter fast jag trycker",
        "Yarım saattir bastırıyorum ama kan geliyor, tişörtüm sırılsıklam",
        "sângerează de 40 de minute deși apăs, iau Xarelto",
        "Αιμορραγεί εδώ και μισή ώρα και πιέζω, παίρνω Eliquis",
        "det har blødt i 30 minutter selvom jeg trykker, jeg tager Pradaxa",
    ],
    "skin grey, white or purple and cold or very painful (B11)": [
        "kůže na bradě je šedá a studená a strašně to bolí",
        "Poskessa iho muuttui harmaaksi ja on kylmä",
        "Koža kraj nosa postala je ljubičasta i hladna, jako boli",
        "az állam bőre fehér és jéghideg lett",
        "huden på kinden blev grå och iskall",
    ],
    "numbing cream, then confusion, a racing heart, shaking or dizziness (B10)": [
        "Namazala jsem si celá záda znecitlivujícím krémem pod fólií a teď se mi motá hlava",
        "Bütün bacaklarıma uyuşturucu krem sürdüm, şimdi kalbim düzensiz atıyor",
        "Έβαλα αναισθητική κρέμα σε όλη την πλάτη και τώρα ζαλίζομαι",
        "Stavila sam anestetičku kremu na cijela leđa pod foliju, sad srce lupa",
        "Am pus cremă anestezică pe toată burta sub folie și acum sunt confuză",
    ],
    "blurred sight after a treatment near the eyes, even when blamed on tiredness (B12)": [
        "Silmänympärysten boosterin jälkeen näkö on sumea oikeassa silmässä",
        "Nakon tretmana oko očiju mutno vidim, vjerojatno od umora",
        "După injecțiile de sub ochi văd încețoșat cu ochiul drept",
        "efter behandlingen ved øjnene ser jeg sløret, nok bare træthed",
        "Μετά τις ενέσεις κάτω από τα μάτια βλέπω θολά",
    ],
    "hives with pallor, dizziness or breathing made hard (B8)": [
        "min son har nässelutslag över hela kroppen och är likblek",
        "manžel má po injekci kopřivku a točí se mu hlava",
        "A lányom csalánkiütéses lett és nehezen kap levegőt",
        "mia madre è piena di orticaria ed è pallidissima",
        "mijn vriend krijgt moeilijk lucht sinds de behandeling",
    ],
    "fever with rigors, no urine or confusion (B14)": [
        "Mám horečku 39,5, třesu se nekontrolovatelně",
        "39,6 ateşim var ve bütün gün idrara çıkmadım",
        "Έχω πυρετό και ρίγη από το πρωί",
        "imam temperaturu 40 i nisam mokrila cijeli dan",
        "Jeg har feber og kulderystelser efter behandlingen",
        "Minulla on kuumetta ja olen ihan sekaisin",
    ],
}

# At least the level named: same-day and review conditions said without a medical word.
AT_LEAST = {
    Urgency.SAME_DAY: [
        "het bloed komt door de pleister heen, ik gebruik Xarelto",
        "veri tulee laastarin läpi pistoskohdasta",
        "Det har bildats en svart sårskorpa där hon stack",
        "v místě vpichu je černý strup",
        "Na mjestu uboda pojavila se crna krasta, a koža oko nje je potamnjela",
        "jeg har fået vonde knuter efter sprøjterne og antibiotika hjælper ikke",
    ],
    Urgency.REVIEW: [
        "Jeg får ofte forkjølelsessår, kan jeg ta filler?",
        "Často mám opary, můžu na výplň rtů?",
        "eşimle çocuk sahibi olmaya çalışıyoruz, saç mezoterapisinde finasterid var mı?",
        "mám kardiostimulátor, můžu přijít?",
        "minulla on sydämentahdistin, voinko varata ajan?",
        "Kalp pili taşıyorum, randevu alabilir miyim?",
        "Jag gjorde laser på samma ställe förra veckan, kan jag boka?",
        "Loni jsem brala isotretinoin, můžu na mezoterapii?",
    ],
}

# Near misses that must stay below emergency: a bruise that does not hurt, a painkiller for a
# little soreness, what the clinic does if someone reacts, a faint at a blood test years ago,
# a fever that has passed, an anticoagulant or numbing cream named before any treatment.
BELOW_EMERGENCY = [
    "mám malou modřinu na bradě, ale nebolí to",
    "Mogę wziąć paracetamol na lekki ból?",
    "Voinko ottaa parasetamolia pieneen arkuuteen?",
    "Mitä teette, jos jollekin tulee allerginen reaktio?",
    "Před lety jsem omdlela při odběru krve",
    "Jeg tager Eliquis, må jeg få mesoterapi?",
    "Kan jeg bruge bedøvelsescreme før behandlingen?",
    "jeg havde lidt feber i sidste uge, nu er jeg rask",
    "Loni jsem měla horečku, teď jsem zdravá",
    "a kék ruhám hideg volt a szekrényben",
    "Μπορώ να βάλω αναισθητική κρέμα πριν από τη θεραπεία;",
]
# Nothing at all: everyday words that look like the concepts.
NO_ESCALATION = [
    "telefonumun pili bitti, sonra ararım",
    "mám malou modřinu na bradě, ale nebolí to",
    "Am pus cremă hidratantă aseară, pot veni mâine?",
]


@pytest.mark.parametrize("text", [text for texts in EMERGENCY.values() for text in texts])
def test_net_reads_emergency(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY, (text, assessment.urgency, assessment.findings)


@pytest.mark.parametrize("level,text", [(level, text) for level, texts in AT_LEAST.items() for text in texts])
def test_net_reads_at_least(screen, level, text):
    assessment = screen.assess(text)
    assert assessment.urgency is not None and rank(assessment.urgency) >= rank(level), (
        text,
        assessment.urgency,
        assessment.findings,
    )


@pytest.mark.parametrize("text", BELOW_EMERGENCY)
def test_near_miss_stays_below_emergency(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None or rank(assessment.urgency) < rank(Urgency.EMERGENCY), (
        text,
        assessment.findings,
    )


@pytest.mark.parametrize("text", NO_ESCALATION)
def test_everyday_words_do_not_escalate(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None, (text, assessment.findings)


def test_english_is_not_read_by_the_combined_pictures():
    # the concepts are the other languages' words: an English message reaches none of them
    assert table_family("I had a blood test 20 minutes ago and my arm is still a bit painful") is None
    assert table_family("what temperature should the room be? I'm confused about the aftercare") is None
