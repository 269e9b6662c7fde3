"""The unread-language net after batch 22: emergency pictures it read only at same-day, or not
at all, in Dutch, Swedish, Danish, Hungarian, Romanian, Portuguese and Italian. Every sentence is
in words of its own, not the batch's, with near misses that must stay below emergency."""

import pytest

from assistant.safety import Urgency, rank

EMERGENCY = {
    "chest pain (B9)": [
        "ik heb sinds de behandeling pijn op de borst en voel me slap",
        "jag har ont i bröstet och svettas sedan mesoterapin",
        "jeg har ondt i brystet efter behandlingen",
        "fáj a mellkasom a kezelés óta",
        "mă doare pieptul după mezoterapie",
        "estou com dor no peito depois da sessão",
        "ho un forte dolore al petto dopo la seduta",
    ],
    "the throat tight, air hard to get (B8)": [
        "det känns trångt i halsen efter sprutorna",
        "halsen snører sig sammen efter behandlingen og jeg har svært ved at få luft",
        "jag har svårt att få in luft sedan injektionerna",
    ],
    "a faint with no answer, confusion or jerking (B9)": [
        "mijn moeder is flauwgevallen na de behandeling en reageert niet meer",
        "a barátnőm elájult és nem válaszol",
        "a húgom elájult a kezelés után és rángatózott",
    ],
    "a drooping mouth corner, slurred speech, an arm that will not lift (B12)": [
        "min mors mundvig hænger og hun taler utydeligt siden i går",
        "han kan ikke løfte armen efter sprøjterne",
    ],
    "saliva that will not go down, drooling, a changed voice (B19)": [
        "não consigo engolir a saliva e a minha voz está estranha depois do queixo",
        "non riesco a deglutire la saliva dopo le iniezioni sul mento",
        "ik kwijl en mijn stem klinkt raar sinds de behandeling aan mijn kin",
    ],
    "blisters in the mouth with burning eyes or a rash over the body (B21)": [
        "blåsor i munnen och ögonen svider sedan behandlingen, utslag på armarna",
    ],
    "seeing double (B12)": [
        "jeg ser dobbelt efter behandlingen under øjnene",
        "ser dubbelt sedan sprutorna vid ögat",
        "a kezelés óta duplán látok",
    ],
    "skin gone purple-blue, Romanian (B11)": [
        "pielea de pe bărbie s-a făcut vânătă și mă doare",
    ],
    "yellow eyes, dark urine (B30)": [
        "mine øjne er blevet gule efter fedtopløsning",
        "ögonvitorna är gula och kisset är mörkt efter behandlingen",
        "mijn ogen zijn geel en mijn plas is heel donker sinds de injecties",
        "a szemem sárga és sötét a vizeletem",
    ],
}

# Near misses: breastfeeding is not chest pain, a yellow eyeshadow is not a yellow eye.
BELOW_EMERGENCY = [
    "mijn borst is een beetje gevoelig na de borstvoeding",
    "jeg ammer stadig min søn",
    "gula ögonskuggan ser fin ut",
    "estou grávida, posso fazer?",
]


@pytest.mark.parametrize("text", [text for texts in EMERGENCY.values() for text in texts])
def test_net_reads_emergency(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY, (text, assessment.urgency, assessment.findings)


@pytest.mark.parametrize("text", BELOW_EMERGENCY)
def test_near_miss_stays_below_emergency(screen, text):
    assessment = screen.assess(text)
    assert assessment.urgency is None or rank(assessment.urgency) < rank(Urgency.EMERGENCY), (
        text,
        assessment.findings,
    )
