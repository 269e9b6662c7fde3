"""The unread-language net after batch 20: Swedish (which nothing read: it was taken for Dutch,
Turkish, Spanish or English), more briefly Danish, Norwegian, Finnish, Czech, Hungarian, Turkish
and Greek, and the emergency pictures the net now tells in Italian, Portuguese and Dutch. Every
sentence is in words of its own, not the batch's."""

import pytest

from assistant.input_checks import guess_other_language, likely_language
from assistant.safety import Urgency
from assistant.safety.unread_language import unread_language_emergency_word, unread_language_health_word
from assistant.safety.urgency import rank

# --- language detection ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("jag har haft ont i magen sedan i morse och vill veta om det är normalt", "sv"),
        ("kan jag boka en tid på onsdag eftermiddag?", "sv"),
        ("jeg har fået ondt i kinden efter behandlingen i går", "da"),
        ("jeg har vondt i haken etter behandlingen og det blir verre", "nb"),
        ("minulla on kuumetta ja kipua pistoskohdassa eilisestä asti", "fi"),
        ("mám horečku a bolest v místě vpichu od včerejška", "cs"),
        ("lázas vagyok és nagyon fáj az arcom a kezelés óta", "hu"),
    ],
)
def test_more_languages_are_told(text: str, language: str) -> None:
    # Swedish, Danish and Norwegian share many words: the net reads the three alike
    scandinavian = {"sv", "da", "nb"}
    assert likely_language(text) in (scandinavian if language in scandinavian else {language}), text


@pytest.mark.parametrize(
    "text",
    [
        "I have a sore cheek since the session, is that normal?",
        "can a man book a session for his back, and is it ok if I'm 40?",
        "God, the bruise is fading nicely, thanks for the tips",
    ],
)
def test_english_stays_english(text: str) -> None:
    assert not guess_other_language(text), text


# --- Swedish -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # breathing, the tongue or throat swelling
        "det känns som att jag inte får någon luft sedan sprutorna i eftermiddags",
        "tungan har svullnat upp och det är tungt att andas",
        "halsen snör ihop sig efter behandlingen, vad ska jag göra",
        # skin gone white or grey with cold or pain (a blocked vessel)
        "stället vid näsan blev grått och det gör väldigt ont nu",
        "huden under ögat har blivit alldeles vit sedan i förmiddags",
        # speech going, a crooked mouth
        "min mamma sluddrar och munnen hänger på ena sidan",
        # bleeding that will not stop
        "det blöder kraftigt från ett av sticken på magen och jag får inte stopp på det",
        # numbing cream with a racing heart or confusion
        "smorde in mycket bedövning på benen och nu är jag yr och skakig",
        # sight
        "jag ser suddigt på vänster öga efter injektionen vid tinningen",
        # self-harm, direct and indirect
        "jag orkar inte längre, allt känns meningslöst",
        "ibland tänker jag att jag bara vill somna och aldrig vakna igen",
        "ingen skulle sakna mig om jag försvann",
        "jag funderar på att ta livet av mig",
    ],
)
def test_swedish_emergencies(screen, text: str) -> None:
    assert likely_language(text) == "sv", text
    assert screen.assess(text).urgency is Urgency.EMERGENCY, text


@pytest.mark.parametrize(
    "text",
    [
        "jag har feber och frossa sedan igår kväll efter behandlingen",
        "det har kommit blåsor där de stack mig på låret",
        "rodnaden på kinden blir större och varmare för varje dag",
        "jag har kräkts två gånger sedan fettbehandlingen i morse",
        "det kliar och jag har fått nässelutslag på halsen",
        "det har bildats en knöl där jag fick sprutan förra veckan",
        "det gör ondare och ondare, mer och mer ont varje dag",
        "jag mår illa och känner mig omtöcknad efter besöket",
        # review situations reach a person (at least)
        "jag är gravid i vecka tolv, kan jag ändå göra behandlingen?",
        "jag ammar fortfarande min son, går det bra att boka?",
        "jag tar blodförtunnande medicin varje dag",
        "min dotter är 16 och vill boka en behandling",
    ],
)
def test_swedish_signs_reach_a_person(screen, text: str) -> None:
    assert likely_language(text) == "sv", text
    assert screen.assess(text).urgency is not None, text


@pytest.mark.parametrize(
    "text",
    [
        # prices, bookings, hours: "kan" is "can", not Turkish blood; "ont om tid" is short of time
        "kan jag boka två behandlingar samma dag? jag har ont om tid nästa vecka",
        "vad kostar paketet med fem behandlingar?",
        "har ni öppet på lördag förmiddag?",
        # injections asked about before any treatment
        "hur många sprutor får man vid en behandling?",
        # fainting at needles as a habit, before the session
        "jag svimmar alltid vid blodprov, kan jag få ligga ner?",
        # small redness and a fading bruise, settling
        "lite rött på pannan idag men det har redan lagt sig",
        "blåmärket på hakan håller på att blekna",
    ],
)
def test_swedish_everyday_stays_quiet(screen, text: str) -> None:
    assert likely_language(text) == "sv", text
    assert screen.assess(text).urgency is None, text


def test_swedish_dot_of_blood_is_not_a_health_word() -> None:
    assert unread_language_health_word("små blodprickar där de stack, annars mår jag bra", "sv") is None


def test_swedish_age_is_not_a_duration(screen) -> None:
    # "det är 15 minuter" is a time, not a child of fifteen
    text = "det är 15 minuter till min tid, kan jag komma lite tidigare?"
    assert screen.assess(text).urgency is None, text


# --- Danish, Norwegian, Finnish, Czech, Hungarian, Turkish, Greek --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan ikke trække vejret ordentligt efter behandlingen",
        "jeg har tungpust og hevelse i ansiktet etter sprøyten",
        "jeg vil ikke leve mere, det hele er for meget",
        "minulla on vaikea hengittää pistoksen jälkeen",
        "en halua enää elää",
        "po injekci se mi špatně dýchá a mám otok rtů",
        "nechci už žít",
        "nehezen kapok levegőt, fullad a torkom a kezelés után",
        "nem akarok tovább élni",
        "enjeksiyondan sonra nefes alamıyorum",
        "artık yaşamak istemiyorum",
        "δεν μπορώ να αναπνεύσω μετά την ένεση",
        "θέλω να πεθάνω",
    ],
)
def test_other_languages_emergencies(screen, text: str) -> None:
    assert screen.assess(text).urgency is Urgency.EMERGENCY, text


@pytest.mark.parametrize(
    "text",
    [
        "jeg har feber og ondt i kinden siden behandlingen",
        "jeg har kastet opp to ganger siden i går og har kvalme",
        "minulla on kuumetta ja ihottumaa hoidon jälkeen",
        "od včerejška mám horečku a vyrážku na bradě",
        "a kezelés óta lázas vagyok és viszket az arcom",
        "tedaviden sonra yüzümde kızarıklık ve kaşıntı var, bulantım da var",
        "μετά τη θεραπεία έχω πυρετό και εξάνθημα",
    ],
)
def test_other_languages_signs_reach_a_person(screen, text: str) -> None:
    assert screen.assess(text).urgency is not None, text


@pytest.mark.parametrize(
    "text",
    [
        # Danish soft skin is "blød": not bleeding; prices and bookings
        "jeg vil gerne have blød og glat hud, hvad koster det?",
        "hvad koster en behandling, og kan jeg booke på fredag?",
        "hvor mye koster det, og har dere ledig time neste uke?",
        "paljonko hoito maksaa ja onko teillä aikoja ensi viikolla?",
        "kolik stojí ošetření a máte volný termín v pátek?",
        "mennyibe kerül a kezelés, és milyen fajta kezelést ajánlanak?",
    ],
)
def test_other_languages_everyday_stays_quiet(screen, text: str) -> None:
    assert screen.assess(text).urgency is None, text


# --- emergency pictures in the net's languages ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a crooked mouth with speech trouble or come on suddenly (a stroke)
        "la bocca mi è diventata storta all'improvviso e faccio fatica a parlare",
        "meu pai ficou com a boca torta e fala esquisito desde o almoço",
        "mijn mond staat opeens scheef en ik krijg de woorden er moeilijk uit",
        # a patch gone white or purple with pain (a blocked vessel, Dutch)
        "de huid naast mijn neus is grijs geworden en voelt koud aan",
        "er is een paarse vlek bij de injectieplek en het doet ontzettend veel pijn",
        # bleeding heavily (Italian, Dutch)
        "il punto dell'iniezione sanguina moltissimo, ho cambiato tre garze",
        "het prikgaatje op mijn buik blijft maar bloeden, al een half uur",
        # a faint with bleeding
        "sono svenuta e il braccio sanguina ancora dal buchino",
    ],
)
def test_emergency_pictures(screen, text: str) -> None:
    assert screen.assess(text).urgency is Urgency.EMERGENCY, text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an infection picture and someone under 18 (Dutch) reach a person
        ("sinds gisteren wordt de plek groter en warmer, er zit etter in", Urgency.SAME_DAY),
        ("ik ben 16, mag ik een boosterbehandeling als mijn vader meekomt?", Urgency.SAME_DAY),
    ],
)
def test_same_day_pictures(screen, text: str, level: Urgency) -> None:
    assert rank(screen.assess(text).urgency) >= rank(level), text


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a crooked smile asked about as a goal, language trouble, someone of 15 minutes
        "ik ben 15 minuten te laat, kan ik nog komen?",
        "ho un po' di difficoltà a parlare l'inglese, posso scrivere in italiano?",
        "tenho dificuldade de falar inglês, posso escrever em português?",
        "de foto's van het resultaat zijn wit uitgevallen, kunnen jullie ze opnieuw sturen?",
    ],
)
def test_emergency_pictures_near_misses(screen, text: str) -> None:
    assert screen.assess(text).urgency is not Urgency.EMERGENCY, text
    assert unread_language_emergency_word(text) is None, text
