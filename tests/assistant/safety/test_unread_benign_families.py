"""Benign messages in the languages the lexicon does not read that the net must not escalate, and
the near misses beside them that must still reach a person.

Families (unread_false_alarms.py, unread_reassurance.py): a faint at a blood test long ago, a
question about what the clinic does if someone reacts, a slight soreness with a painkiller
question, a bruise that does not hurt or grow, a checklist of denials, firm swelling after fat
dissolving with nothing else, and "I nearly fainted at the prices". None of these sentences is
taken from an evaluation batch. The rule screen is used: the net is rules only.
"""

from typing import List

import pytest

from assistant.safety import SafetyScreen, Urgency

CALM: List[str] = [
    # a faint at a blood test or an injection long ago, asking to lie down
    "Ik ben vroeger een keer flauwgevallen bij het bloedprikken, mag ik tijdens de behandeling liggen?",
    "Jeg besvimte engang ved en blodprøve for mange år siden. Kan jeg få lov at ligge ned?",
    "Pyörryin kerran verikokeessa vuosia sitten. Voinko maata hoidon aikana?",
    # what the clinic does if someone reacts, asked before booking
    "Hva gjør dere hvis noen får en allergisk reaksjon? Bare lurer før jeg bestiller.",
    # a slight soreness and a painkiller question
    "hafif ağrıyor, ağrı kesici alabilir miyim? kaç tane?",
    "Mă doare un pic, pot lua ibuprofen?",
    "Det gør lidt ondt, må jeg tage en panodil?",
    # a bruise that does not hurt and does not grow; a checklist of denials
    "Jeg har fået et lille blåt mærke på hagen, ingen smerter og det er ikke blevet større. Hvor længe varer det?",
    "Bez horečky, žádný hnis, žádná bolest, jen modřina. Můžu cvičit?",
    # firm swelling after fat dissolving and nothing else
    "Kin is hard en een beetje gezwollen na de vetoplossende behandeling, verder niets. Normaal?",
    "haka hoven og litt nummen etter fettløsende i går, ellers ingenting. puster og svelger helt fint",
    # hyperbole about the cost
    "fiyat listesini görünce bayılacaktım 😅 öğrenci indirimi var mı?",
    "Ik viel bijna flauw van de prijzen haha, hebben jullie een pakketkorting?",
    # a word that is a sign in one language and everyday in another: Italian "un livido" is a
    # bruise (not skin turned livid), Norwegian "etter" is "after" (not Dutch pus)
    "ho un livido piccolo sul braccio dopo la seduta, niente dolore, quando sparisce?",
    "kan jeg trene dagen etter behandlingen, eller bør jeg vente litt?",
]

# The same words with a present warning sign: never lowered.
STILL_ESCALATED: List[str] = [
    # fainted today after the session
    "Ik ben vandaag na de behandeling flauwgevallen, ik val ook altijd flauw bij bloedprikken",
    "Jeg besvimte i dag etter behandlingen, jeg besvimer også ved blodprøver",
    # the writer has the reaction now
    "Hva gjør dere hvis noen får en allergisk reaksjon? Jeg har utslett nå",
    # strong pain, or pain with a fever
    "çok ağrıyor, ağrı kesici alabilir miyim?",
    "biraz ağrıyor ve ateşim var, parol içebilir miyim?",
    "Mă doare foarte tare, pot lua ibuprofen?",
    # a bruise that grows and hurts
    "Jeg har et blåt mærke på kinden efter i går. Det gør ondt og bliver større.",
    "Jeg har et blåt mærke, ingen smerter, men det er nu større end i går",
    # swelling after fat dissolving that is hot, weeks old, or the throat tight
    "Kin is hard en gezwollen na de vetoplossende behandeling, verder niets, maar wel warm en rood",
    "kin is hard en opgezwollen 3 weken na de vetoplossende injecties, verder niks",
    "haka hoven etter fettløsende, svelger helt normalt men halsen føles trang",
    # the same words in their alarming sense
    "la pelle sopra il labbro è diventata livida e fredda dopo il filler, fa malissimo",
    "er komt etter uit het prikje op mijn wang en het is warm en rood",
]


@pytest.mark.parametrize("text", CALM)
def test_benign_message_is_not_escalated(screen: SafetyScreen, text: str) -> None:
    assessment = screen.assess(text)
    assert assessment.urgency is None, (text, assessment.findings)


@pytest.mark.parametrize("text", STILL_ESCALATED)
def test_present_warning_sign_still_escalates(screen: SafetyScreen, text: str) -> None:
    assessment = screen.assess(text)
    assert assessment.urgency is not None, text
    assert assessment.urgency.rank >= Urgency.SAME_DAY.rank, (text, assessment.findings)


# English and French: someone else's story long ago, an illness weeks ago that is over.
CALM_READ_LANGUAGES: List[str] = [
    (
        "my best pal had a bad reaction to lip filler at a salon last year and her lips blew up. "
        "never had anything done myself, how do you keep it safe?"
    ),
    "a good friend of mine lost the sight in one eye after filler abroad years back, what precautions do you take?",
    "J'ai eu une bronchite il y a deux semaines, c'est fini maintenant, je peux réserver ?",
]
STILL_ESCALATED_READ_LANGUAGES: List[str] = [
    # the friend's story, and now the writer's own sign
    "my best pal had a bad reaction to filler last year and now the same is happening to me after mine",
    "my friend went blind from filler years ago and now my eye is blurry after my filler this morning",
    # a fever since a session weeks ago is still there
    "J'ai de la fièvre depuis la séance d'il y a trois semaines, c'est grave ?",
]


@pytest.mark.parametrize("text", CALM_READ_LANGUAGES)
def test_past_story_is_not_escalated(screen: SafetyScreen, text: str) -> None:
    assessment = screen.assess(text)
    assert assessment.urgency is None, (text, assessment.findings)


@pytest.mark.parametrize("text", STILL_ESCALATED_READ_LANGUAGES)
def test_story_with_own_sign_still_escalates(screen: SafetyScreen, text: str) -> None:
    assessment = screen.assess(text)
    assert assessment.urgency is not None, (text, assessment.findings)
