"""Health words in the scope of a denial, a supposition about the future, or a story of long ago
(round 17, h1): they do not count, in the unread-language net and in the lexicon's context rules.
Every wording here is new; the near misses keep their level (a present first-person sign, a
negated verb of function, a sign said positively elsewhere in the message)."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency
from assistant.safety.screen import build_screen
from assistant.safety.urgency import rank


@pytest.fixture(scope="module")
def screen():
    return build_screen(semantic=False)


NOT_SIGNS = [
    # 1. denied nouns and checklists
    "geen zwelling, geen koorts, alleen wat rode puntjes. mag ik sporten?",
    "Inga blåsor, ingen feber, bara lite rodnad. Kan jag sminka mig?",
    "nessun gonfiore, niente febbre, solo qualche segnetto. posso truccarmi?",
    "Bez horečky, bez hnisu, jen trochu zarudlé. Můžu cvičit?",
    "Sem febre, sem inchaço, só um pouco vermelho desde ontem. Posso ir à piscina?",
    "ademen gaat prima, alleen een beetje rood. normaal?",
    "Ateş yok, sadece biraz kızarıklık var. Makyaj yapabilir miyim?",
    "Fiebre no tengo, solo un poco de rojez. ¿Puedo maquillarme?",
    "Fieber habe ich keins, nur etwas Rötung. Darf ich Sport machen?",
    # 2. suppositions and risk questions
    "Stel dat mijn wang na de behandeling opzwelt, wie kan ik dan bellen?",
    "E se eu ficar com febre depois do tratamento, devo ligar para vocês?",
    "Cosa succede se mi viene la febbre dopo la seduta? Chiedo prima di prenotare.",
    "Tänk om jag får feber efter behandlingen, vem ringer jag?",
    "Hva om jeg får feber etter behandlingen, hvem ringer jeg da?",
    "Co když budu mít po zákroku horečku, komu mám volat?",
    "Dacă aș face febră după ședință, pe cine sun?",
    "Angenommen, ich bekomme nach der Sitzung Fieber, wen rufe ich an?",
    "les séances pourraient provoquer une infection ? je me renseigne",
    "let's say the meso gave me a headache, would paracetamol be ok?",
    # 3. long ago and needle fear
    "Mi madre tuvo una infección hace años tras un tratamiento. ¿Usáis material desechable?",
    "i go dizzy at the thought of needles lol, can i lie down for it?",
    "me pongo blanca solo de pensarlo, ¿hay crema anestésica?",
    "Jeg er livredd for sprøyter, besvimte hos tannlegen som barn. Kan jeg ligge ned?",
]

SIGNS = [
    # a sign stated positively elsewhere in the message
    ("Sem febre, mas o lábio está muito inchado desde ontem", Urgency.SAME_DAY),
    ("geen koorts, maar ik heb pus en mijn wang wordt steeds dikker", Urgency.SAME_DAY),
    ("ingen feber men jag har varigt sår som luktar", Urgency.SAME_DAY),
    ("niente febbre ma ho un gonfiore enorme alla gola e non respiro bene", Urgency.EMERGENCY),
    # a negated verb of function is the sign
    ("ne mogu disati, grlo mi je otečeno", Urgency.EMERGENCY),
    ("nu respir normal si am buzele umflate", Urgency.EMERGENCY),
    ("nincs láz, de nem kapok levegőt", Urgency.EMERGENCY),
    ("gorączki nie mam, ale warga mi puchnie i nie mogę oddychać", Urgency.EMERGENCY),
    # a supposition with a present sign
    ("E se der alergia? já estou com o lábio inchado agora", Urgency.EMERGENCY),
    ("Cosa succede se mi viene la febbre? Adesso ho 39 di febbre", Urgency.SAME_DAY),
    ("Diyelim ki ateşim çıktı, şu an ateşim var zaten", Urgency.SAME_DAY),
    ("say the jabs made me dizzy, how long would it last? my lips are swelling right now", Urgency.EMERGENCY),
    ("is fainting common with meso? I fainted an hour ago and still feel awful", Urgency.SAME_DAY),
    # someone else long ago, and the writer now
    ("mia zia anni fa ha avuto un'infezione, e anche io ho la febbre da ieri", Urgency.SAME_DAY),
    ("mijn moeder had jaren geleden een infectie en ik heb nu koorts", Urgency.SAME_DAY),
    # a faint today, whatever the fear
    ("sono quasi svenuta stamattina dopo la mesoterapia, ho paura degli aghi", Urgency.SAME_DAY),
    ("jeg besvimte i dag etter behandlingen, redd for nåler", Urgency.SAME_DAY),
    ("i feel sick even thinking about it and my throat is closing", Urgency.EMERGENCY),
    (
        "I'm that person who goes white at a flu jab and today my cheek has gone white and cold after meso",
        Urgency.EMERGENCY,
    ),
    ("I'd say the fat dissolving made me feel a bit sick, it's been 2 days", Urgency.REVIEW),
    # "is this usual/normal/common with meso?" about the writer's own sign is the commonest way
    # to report one: never read as a question about risks in general.
    ("is it usual with meso that my cheek has gone white and cold and really hurts", Urgency.EMERGENCY),
    ("how common is it after the treatment for my lips to swell and my throat to feel tight?", Urgency.EMERGENCY),
    ("is fever normal after fat dissolving? I'm on 38.9 and shivering", Urgency.SAME_DAY),
]


@pytest.mark.parametrize("text", NOT_SIGNS)
def test_denied_supposed_or_long_ago_is_not_escalated(screen, text: str) -> None:
    assessment = screen.assess(text)
    assert assessment.urgency is None, (text, assessment.findings)


@pytest.mark.parametrize("text,level", SIGNS)
def test_near_misses_keep_their_level(screen, text: str, level: Urgency) -> None:
    assessment = screen.assess(text)
    assert rank(assessment.urgency) >= rank(level), (text, assessment.findings)
