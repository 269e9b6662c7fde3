"""Questions in Spanish, French, German, Polish, Italian and Portuguese, answered in English.

On the trained model, a question in one of these languages about something
the assistant answers is read, through its English gloss (assistant/glossary.py),
as that answer, with the language as the entity `message_language`; a message
in those languages on nothing the assistant answers keeps `other_language`
(the English-only reply). Written for this test in our own words.

Needs models/clinic.tar.gz (`make train`); skipped without it.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pytest

from tests.trained_model import answered_label, needs_model, parse_all

pytestmark = needs_model

SIDE_EFFECTS = ("faq/side_effects", "faq/complications", "faq/downtime")
# (language, text, accepted answers)
ANSWERED: List[Tuple[str, str, Tuple[str, ...]]] = [
    ("es", "¿Es doloroso el pinchazo de la mesoterapia facial?", ("faq/pain_numbing",)),
    (
        "es",
        "¿Cuántas sesiones de mesoterapia hacen falta para la celulitis de los muslos?",
        ("faq/sessions_intervals", "faq/cellulite_fat"),
    ),
    ("es", "¿Puedo ir al gimnasio al día siguiente del tratamiento?", ("faq/aftercare_exercise",)),
    ("es", "¿Qué precio tiene la mesoterapia para el pelo?", ("ask_price",)),
    ("es", "¿La clínica está abierta los sábados por la tarde?", ("ask_opening_hours",)),
    ("es", "¿Cuáles son los efectos secundarios más habituales?", SIDE_EFFECTS),
    ("fr", "Est-ce que les injections font mal sur le cuir chevelu ?", ("faq/pain_numbing", "faq/hair")),
    ("fr", "Je peux boire du vin le soir après la séance ?", ("faq/aftercare_alcohol",)),
    ("fr", "Peut-on se maquiller juste après le traitement ?", ("faq/aftercare_makeup",)),
    ("fr", "Quel est le tarif d'une séance pour le visage ?", ("ask_price",)),
    ("fr", "Les résultats durent combien de temps en général ?", ("faq/results_duration",)),
    (
        "fr",
        "Je voudrais réserver un rendez-vous pour une consultation, svp",
        ("request_booking", "ask_consultation_slots"),
    ),
    ("de", "Ist die Mesotherapie in der Schwangerschaft erlaubt?", ("faq/contraindications",)),
    ("de", "Darf ich nach der Behandlung in die Sonne oder ins Solarium?", ("faq/aftercare_sun",)),
    ("de", "Wie viele Sitzungen braucht man gegen Haarausfall?", ("faq/sessions_intervals", "faq/hair")),
    ("de", "Was kostet bei Ihnen eine Behandlung am Bauch?", ("ask_price",)),
    ("de", "Wo genau ist Ihre Klinik und gibt es einen Parkplatz?", ("ask_location",)),
    ("de", "Welche Nebenwirkungen kann die Mesotherapie haben?", SIDE_EFFECTS),
    ("pl", "Czy zabieg mezoterapii jest bardzo bolesny?", ("faq/pain_numbing",)),
    (
        "pl",
        "Ile zabiegów trzeba zrobić, żeby zobaczyć efekt na twarzy?",
        ("faq/sessions_intervals", "faq/results_timing", "faq/face"),
    ),
    ("pl", "Kiedy mogę wrócić na siłownię po mezoterapii?", ("faq/aftercare_exercise",)),
    ("pl", "Jaka jest cena mezoterapii skóry głowy?", ("ask_price",)),
    ("pl", "W jakie dni tygodnia klinika jest czynna?", ("ask_opening_hours",)),
    ("pl", "Czy mogę pić alkohol wieczorem po zabiegu?", ("faq/aftercare_alcohol",)),
    ("it", "La mesoterapia per la cellulite funziona davvero?", ("faq/evidence", "faq/cellulite_fat")),
    ("it", "Quanto tempo durano i risultati sul viso?", ("faq/results_duration",)),
    ("it", "Posso andare al mare e prendere il sole dopo la seduta?", ("faq/aftercare_sun",)),
    ("it", "Quanto costa un trattamento per i capelli?", ("ask_price",)),
    ("it", "Siete aperti la domenica mattina?", ("ask_opening_hours",)),
    ("it", "Chi esegue il trattamento, un medico?", ("faq/choosing_practitioner", "ask_practitioners")),
    ("pt", "A mesoterapia dói muito no rosto?", ("faq/pain_numbing",)),
    ("pt", "Quantas sessões são necessárias para a queda de cabelo?", ("faq/sessions_intervals", "faq/hair")),
    ("pt", "Posso fazer exercício físico depois do tratamento?", ("faq/aftercare_exercise",)),
    ("pt", "Qual é o preço do tratamento para gordura localizada?", ("ask_price",)),
    ("pt", "Qual é o endereço da clínica em Leeds?", ("ask_location",)),
    ("pt", "Posso usar maquiagem no dia seguinte?", ("faq/aftercare_makeup",)),
]

# In these languages but on nothing the assistant answers, or too little of it read:
# the English-only reply, as before.
NOT_ANSWERED: List[str] = [
    "¿Sabe usted a qué hora sale el próximo tren para Madrid?",
    "Mi perro se comió mis zapatos nuevos esta mañana",
    "Quelle équipe a gagné le match de football hier soir ?",
    "Pourriez-vous me recommander un bon restaurant italien près de la gare ?",
    "Wie wird das Wetter morgen in Berlin?",
    "Ich suche einen guten Mechaniker für mein Auto",
    "Jaka będzie jutro pogoda w Krakowie?",
    "Czy możesz mi polecić dobrą książkę na wakacje?",
    "Qual è la ricetta migliore per la pasta alla carbonara?",
    "Posso farmi un piercing al naso dopo la seduta?",
    "Qual é o melhor time de futebol do Brasil?",
    "Onde posso comprar um bilhete de comboio para o Porto?",
]


@pytest.fixture(scope="module")
def parsed() -> Dict[str, Dict[str, Any]]:
    return parse_all([text for _, text, _ in ANSWERED] + NOT_ANSWERED)


def language_entity(parse: Dict[str, Any]) -> str | None:
    return next((e["value"] for e in parse.get("entities") or [] if e["entity"] == "message_language"), None)


def test_most_questions_in_other_languages_get_their_english_answer(parsed):
    """A gloss is a rough reading: most, not all, must be answered right, and at most
    two answered wrong with confidence. A message the safety screen escalates is its
    business (it reads the original text, and a health word in a language it cannot
    read is escalated on purpose: assistant/safety/unread_language.py)."""
    right, wrong, screened = [], [], []
    for language, text, accepted in ANSWERED:
        parse = parsed[text]
        label = answered_label(parse)
        if parse.get("safety"):
            screened.append(text)
        elif label in accepted:
            right.append(text)
            assert language_entity(parse) == language, text
        elif label != "other_language":
            wrong.append((text, label))
    assert len(screened) <= 3, screened
    assert len(right) >= 0.75 * (len(ANSWERED) - len(screened)), [t for _, t, _ in ANSWERED if t not in right]
    assert len(wrong) <= 2, wrong


@pytest.mark.parametrize("text", NOT_ANSWERED)
def test_a_message_on_nothing_the_assistant_answers_keeps_the_english_only_reply(parsed, text):
    parse = parsed[text]
    assert answered_label(parse) == "other_language", (text, parse.get("intent"))
    assert language_entity(parse) is None


@pytest.mark.parametrize(
    "text",
    ["does it hurt?", "how many sessions do I need for cellulite", "are you open on sunday"],
)
def test_english_messages_are_not_glossed(text):
    parse = parse_all([text])[text]
    assert language_entity(parse) is None
    assert answered_label(parse) != "other_language"


def test_a_foreign_greeting_alone_is_never_read_as_a_question():
    # "hola" alone may be a greeting or the start of a conversation in Spanish (the training data
    # has it as `other_language`); either way there is no question in it to gloss and answer.
    parse = parse_all(["hola"])["hola"]
    assert language_entity(parse) is None
    assert answered_label(parse) in {"greet", "other_language"}
