"""The unread-language net after batch 17: Dutch, Italian and Portuguese words of the symptom
concepts it was missing, everyday words and idioms that looked like health words, and Polish
phrases of two emergencies. Every sentence is in words of its own, not the batch's."""

import pytest

from assistant.input_checks import likely_language
from assistant.safety import Urgency
from assistant.safety.unread_language import unread_language_emergency_word, unread_language_health_word


@pytest.mark.parametrize(
    "text",
    [
        # the throat thick or tight, no air (Dutch)
        "sinds vanochtend voelt mijn keel zo dicht en ik krijg bijna geen lucht meer",
        "ik ben erg benauwd en mijn lippen worden steeds dikker na de injecties",
        # sight: dark spots, a grey haze, double (Dutch); an eye gone blurred (Portuguese)
        "na de behandeling bij mijn ogen zie ik opeens donkere vlekken in het midden",
        "mijn linkeroog ziet alles wazig sinds de prik van gisteren",
        "depois da aplicação perto do olho a minha vista ficou toda embaçada",
        # self-harm without a health word (Dutch, Italian)
        "het heeft allemaal geen zin, ik zie het gewoon niet meer zitten",
        "ik wil er niet meer zijn, niemand zal me echt missen",
        "a volte penso che mi ammazzo, tanto nessuno sentirebbe la mia mancanza",
        # speech gone slurred (Dutch, a stroke sign)
        "mijn moeder spreekt ineens heel onduidelijk en haar arm hangt slap",
        # vomiting with nothing kept down (Dutch, Italian, Portuguese)
        "ik moet steeds overgeven en kan niets binnenhouden sinds de vetinjecties",
        "dopo le iniezioni per il grasso vomito tutto, non riesco a bere niente",
        "desde as aplicações na barriga não consigo beber nada, vomito tudo",
    ],
)
def test_emergency_signs_in_dutch_italian_and_portuguese(screen, text: str) -> None:
    assert likely_language(text) in {"nl", "it", "pt"}, text
    assert screen.assess(text).urgency is Urgency.EMERGENCY, text


@pytest.mark.parametrize(
    "text",
    [
        # a blister, dark patch, rash over the body (same day)
        "waar ze geprikt hebben is nu een blaar met een paarse rand",
        "heb sinds gisteren rode vlekjes over mijn hele lijf, verder voel ik me goed",
        "sono comparse delle macchioline rosse su tutto il corpo dopo la seduta",
        "estou com umas bolinhas vermelhas espalhadas pelo corpo desde a sessão",
        # a bruise that keeps growing (Italian), a drooping mouth corner (Dutch)
        "il livido sulla guancia cresce ogni giorno ed è duro",
        "sinds de kinbehandeling hangt mijn mondhoek een beetje naar beneden",
        # dizziness, swallowing (Dutch)
        "ik word steeds duizelig als ik opsta sinds de behandeling",
        "het slikken doet zeer sinds de injecties onder mijn kin",
        # review conditions said in everyday words: answered at least at the net's level
        "mijn eczeem is weer flink aan het opspelen op mijn wangen",
        "bij mij worden littekens altijd dik en hard, is dat een probleem?",
        "due settimane fa ho fatto un peeling chimico sul viso, posso prenotare?",
        "na semana passada fiz um laser no rosto, ainda posso marcar a mesoterapia para sábado?",
    ],
)
def test_other_signs_in_dutch_italian_and_portuguese_reach_a_person(screen, text: str) -> None:
    assert likely_language(text) in {"nl", "it", "pt"}, text
    assert screen.assess(text).urgency is not None, text


@pytest.mark.parametrize(
    "text",
    [
        # "kan" is Dutch for "can", not Turkish blood
        "kan ik volgende week een afspraak maken voor de cellulitebehandeling?",
        # idioms: a fright, someone else's threat
        "ik lachte me dood om jullie reclame, kan ik een cadeaubon kopen?",
        "mia madre mi ammazza se arrivo tardi, posso spostare l'appuntamento alle cinque?",
        # everyday words that begin like a health word: visible, dark circles, glasses, moreover
        "is het resultaat meteen zichtbaar of pas na een paar weken?",
        "fate la mesoterapia per le occhiaie? porto gli occhiali, è un problema?",
        "ademais, vocês aceitam cartão de crédito?",
        "quanto durerà la seduta? sono una persona prudente e voglio informarmi",
        # a question about the injections before any treatment
        "quanti centimetri si perdono con le iniezioni sui fianchi?",
        "hoeveel kilo val je gemiddeld af met de injecties?",
        # a few dots of dried blood on the day: the expected after-effect
        "fiz a sessão hoje de manhã e ficaram uns pontinhos de sangue seco, tudo bem?",
    ],
)
def test_everyday_words_and_idioms_are_not_escalated(screen, text: str) -> None:
    assert likely_language(text) in {"nl", "it", "pt"}, text
    assert screen.assess(text).urgency is None, text


@pytest.mark.parametrize(
    "text",
    [
        # near misses of the changes above that must still reach a person
        "kan niet meer slikken en mijn keel zwelt op",  # "kan" with a real sign
        "ho fatto le iniezioni ieri e adesso ho la febbre",  # the injections already had
        "dopo le iniezioni il sangue non si ferma",  # blood that will not stop
        "pontinhos de sangue seco e agora o rosto está muito inchado e quente",  # blood set aside, swelling read
        "ik zie het niet meer zitten met mezelf, ik wil er een eind aan maken",
    ],
)
def test_near_misses_still_reach_a_person(screen, text: str) -> None:
    assert screen.assess(text).urgency is not None, text


def test_the_throat_and_sight_words_are_emergency_words() -> None:
    assert unread_language_emergency_word("mijn keel voelt opgezet en dik aan") is not None
    assert unread_language_emergency_word("depois da sessão a visão do meu olho direito ficou embaçada") is not None
    assert unread_language_health_word("ik ben een beetje misselijk sinds de injecties") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Polish (a read language): a swelling under the jaw with swallowing and breathing
        # getting harder; vomiting with nothing drunk kept down
        ("od rana coraz trudniej mi oddychać, a szyja puchnie", Urgency.EMERGENCY),
        ("po zastrzykach ciężej mi przełykać i oddychać", Urgency.EMERGENCY),
        ("od nocy wymiotuję i nie jestem w stanie nic wypić", Urgency.EMERGENCY),
    ],
)
def test_polish_emergency_phrases(screen, text: str, expected: Urgency) -> None:
    assert screen.assess(text).urgency is expected, text


@pytest.mark.parametrize(
    "text",
    [
        "czy przed zabiegiem nie mogę nic pić?",  # a preparation question, "pić" not "wypić"
        "mogę normalnie przełykać i oddychać, tylko trochę boli",
    ],
)
def test_polish_near_misses_stay_below_emergency(screen, text: str) -> None:
    assert screen.assess(text).urgency is not Urgency.EMERGENCY, text
