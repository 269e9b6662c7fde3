"""The bilingual glossary reads clinic questions in six languages into English words,
forgiving accents, inflections and typing slips, and reads nothing into messages
about other things. Our own wordings, written for these tests."""

from __future__ import annotations

import pytest

from assistant.glossary import LANGUAGES, entries, fold, gloss
from rasa_addons.language_gloss import gloss_of


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # Spanish: an accent left out, a plural, a question word.
        ("es", "cuantas sesiones necesito para las ojeras", {"how", "many", "sessions", "dark", "circles"}),
        ("es", "¿Me saldrán moratones después?", {"bruising", "after"}),
        ("es", "precio de la mesoterapia capilar", {"price", "mesotherapy", "hair"}),
        # French: a phrase before its words, an elided article, a typo.
        ("fr", "Est-ce que ça fait mal ?", {"hurt"}),
        ("fr", "Combien de temps dure l'effet ?", {"how", "long", "last"}),
        ("fr", "On peut aller au hammam après la mésotérapie ?", {"steam", "after", "mesotherapy"}),
        # German: compounds and inflections, "wie viele" before "wie viel".
        ("de", "Wie viele Sitzungen brauche ich?", {"how", "many", "sessions"}),
        ("de", "Wie viel kostet die Behandlung gegen Doppelkinn?", {"how", "much", "cost", "double", "chin"}),
        ("de", "Darf ich danach schwimmen gehen?", {"can", "after", "swimming"}),
        # Polish: inflected endings and letters without their accents.
        ("pl", "czy po zabiegu moge isc na basen", {"after", "treatment", "can", "swimming"}),
        ("pl", "Ile kosztuje zabieg na cellulit?", {"how", "much", "cost", "cellulite"}),
        ("pl", "Czy ten zabieg jest bezpieczny w ciąży?", {"safe", "pregnant"}),
        # Italian and Portuguese.
        ("it", "Quante sedute servono per le smagliature e la cellulite?", {"how", "many", "sessions", "cellulite"}),
        ("it", "Fa male l'iniezione?", {"hurt", "injection"}),
        ("pt", "Depois da sessão posso ir à praia?", {"after", "sessions", "can", "beach"}),
        ("pt", "Quanto custa a mesoterapia no couro cabeludo?", {"how", "much", "cost", "mesotherapy", "scalp"}),
    ],
)
def test_clinic_questions_are_read_into_english(language, text, expected):
    read = gloss(text, language)
    assert read is not None and read.usable, read
    assert expected <= set(read.english.lower().split()), read.english


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("es", "mesoterpaia", "mesotherapy"),  # two letters swapped
        ("de", "Nebenwirkugen", "side effects"),  # a letter left out
        ("fr", "cicatrises", "scars"),  # a letter wrong
        ("pl", "MEZOTERAPII", "mesotherapy"),  # shouting, inflected
    ],
)
def test_typing_slips_and_case_are_forgiven(language, text, expected):
    assert expected in gloss(text, language).english


def test_the_gloss_is_only_the_glossarys_own_english_words():
    """Nothing of the patient's text but English words the glossary or the English
    lemma table knows: no payload, slot or intent syntax can pass through."""
    read = gloss('/faq{"x": 1} ¿Cuánto cuesta? [hola](saludo) <b>precio</b>', "es")
    assert read.english == "how much cost price"
    assert not set("/{}[]()<>:\"") & set(read.english)


@pytest.mark.parametrize(
    "text",
    [
        "¿Dónde puedo comprar entradas para el concierto de mañana?",
        "Le train pour Lyon part à quelle heure ?",
        "Mein Sohn hat morgen Geburtstag und ich brauche ein Geschenk",
        "Gdzie jest najbliższy przystanek autobusowy?",
        "Mi sono tatuata un fiore sulla caviglia ieri",
        "O meu gato não quer comer a ração nova",
        # On the subject's edge, but its point not understood: keep the English-only reply.
        "¿Puedo teñirme el pelo de rubio platino la semana que viene?",
    ],
)
def test_messages_about_other_things_are_not_usable(text):
    assert gloss_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "does it hurt?",
        "how much is hair mesotherapy in Leeds",
        "can i do sport after",
        "pain after my session",  # "pain" is French for bread, but this is English
        "Bonjour!",  # one word: not judged another language
    ],
)
def test_english_and_short_messages_are_not_glossed(text):
    assert gloss_of(text) is None


def test_languages_not_in_the_glossary_are_not_glossed():
    assert gloss("Hoeveel sessies heb ik nodig?", "nl") is None


CORE_SUBJECT = set(
    """mesotherapy treatment sessions hurt pain results last side effects price cost open where book
    appointment after sun alcohol sport makeup hair face cellulite fat pregnant who what doctor safe""".split()
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_covers_the_common_topics(language):
    english = {word for entry in entries(language) for word in entry.english.lower().split()}
    assert CORE_SUBJECT <= english, CORE_SUBJECT - english


def test_accents_and_special_letters_are_folded():
    assert fold("Séances ŁÓDŹ Straße") == "seances lodz strasse"


# Batch 07 families: the midweek days, a free slot, opening to patients, make-up in
# Polish, and a fear of needles beside a question about pain. Our own wordings.
@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("es", "¿Hay algún hueco libre el jueves por la tarde?", {"free", "slot", "thursday"}),
        ("es", "¿Atienden los miércoles en la clínica?", {"open", "wednesday", "clinic"}),
        ("fr", "Vous avez un créneau mardi pour une consultation ?", {"free", "slot", "tuesday", "consultation"}),
        ("de", "Haben Sie am Donnerstag freie Termine?", {"thursday", "free", "appointments"}),
        ("pl", "Czy macie wolny termin we wtorek?", {"free", "appointment", "tuesday"}),
        ("pl", "Kiedy mogę się umalować po zabiegu?", {"makeup", "after", "treatment"}),
        ("it", "Siete aperti il mercoledì?", {"open", "wednesday"}),
        ("pt", "Vocês atendem na terça?", {"open", "tuesday"}),
        ("es", "Tengo miedo, ¿duele el tratamiento?", {"scared", "hurt", "treatment"}),
        ("pt", "Tenho medo, a mesoterapia dói?", {"scared", "mesotherapy", "hurt"}),
    ],
)
def test_days_free_slots_make_up_and_fear_are_read(language, text, expected):
    read = gloss(text, language)
    assert read is not None and read.usable, read
    assert expected <= set(read.english.lower().split()), read.english


@pytest.mark.parametrize(
    "language, text",
    [
        ("es", "el martes juega el equipo de mi hijo"),  # a day, about football
        ("de", "Ich habe Angst vor Spinnen"),  # a fear, of spiders
    ],
)
def test_a_day_or_a_fear_alone_is_not_a_clinic_question(language, text):
    read = gloss(text, language)
    assert read is None or not read.usable, read
