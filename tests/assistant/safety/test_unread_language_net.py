"""The unread-language net, by language and behaviour: an emergency word or phrase, a health word,
a harmless reading or denial that sets a word aside, self-harm and the Dutch farewell picture.

Wordings written for these tests (not from any batch). They pin what the net's modules
(unread_words, unread_phrases, unread_false_alarms, unread_language) do together, so an edit to
one table that breaks another language's reading fails here.
"""

from __future__ import annotations

import pytest

from assistant.safety import unread_false_alarms, unread_phrases, unread_words
from assistant.safety.unread_language import (
    emergency_phrase,
    habitual_faint_at_blood,
    self_harm_trigger,
    unread_language_emergency_word,
    unread_language_health_word,
)

# (language, message): an emergency family, said with a word or a phrase.
EMERGENCIES = [
    ("it", "da stamattina respiro a fatica dopo le iniezioni"),
    ("it", "ho la gola che si chiude e le labbra gonfie"),
    ("it", "la vista si è annebbiata dopo il filler"),
    ("pt", "estou com falta de ar depois das injeções"),
    ("pt", "não consigo mexer o braço direito desde a sessão"),
    ("nl", "ik krijg bijna geen lucht na de behandeling"),
    ("nl", "mijn zicht is ineens wazig aan één oog"),
    ("ro", "nu mai pot să respir de când am făcut injecțiile"),
    ("sv", "jag kan inte andas ordentligt efter sprutan"),
    ("da", "jeg har svært ved at få luft efter behandlingen"),
    ("fi", "en pysty hengittämään kunnolla"),
    ("cs", "po injekci se mi špatně dýchá"),
    ("hu", "alig kapok levegőt, fulladok"),
    ("tr", "nefes alamıyorum, dudaklarım şişti"),
    ("el", "δεν μπορώ να αναπνεύσω καλά"),
]

# (language, message): a health word of a lower level, with no emergency family.
HEALTH_WORDS = [
    ("it", "il gonfiore sulla guancia è ancora lì dopo tre giorni"),
    ("pt", "estou com a bochecha inchada desde ontem"),
    ("nl", "ik heb koorts sinds de behandeling"),
    ("ro", "mă doare locul injecției"),
    ("sv", "jag har feber sedan i går"),
    ("da", "jeg har ondt i kinden"),
    ("fi", "minulla on kuumetta"),
    ("cs", "mám horečku od včera"),
    ("hu", "lázas vagyok a kezelés óta"),
    ("tr", "yüzümde kaşıntı var"),
    ("el", "έχω πυρετό από χθες"),
]

# (language, message): health words wholly explained by something harmless, or everyday look-alikes.
HARMLESS = [
    ("pt", "um pouquinho dolorido, nada demais"),
    ("pt", "quem aplica as injeções, é médico?"),
    ("it", "una volta sono svenuta dal dentista, ho il terrore degli aghi"),
    ("it", "una mia amica ha avuto la febbre, ora sta bene"),
    ("it", "i segnini delle iniezioni stanno sparendo"),
    ("it", "ho le occhiaie scure, aiuta la mesoterapia?"),
    ("it", "non vedo l'ora di fare la seduta"),
    ("nl", "slikken gaat prima hoor"),
    ("nl", "mag ik ijs op de zwelling doen?"),
    ("nl", "hoeveel kan ik verwachten van een kuur?"),
    ("pt", "os pontinhos de sangue já secaram?"),
    ("sv", "jag har ont om tid den veckan"),
    ("ro", "mi-e dor de voi"),
    ("da", "er behandlingen smertefri?"),
]

# (language, message): self-harm, said without a health word as often as with one.
SELF_HARM = [
    ("it", "non ce la faccio più a vivere così"),
    ("pt", "quero morrer, não aguento mais"),
    ("nl", "ik zie het echt niet meer zitten"),
    ("ro", "nu mai vreau să trăiesc"),
    ("sv", "jag orkar inte leva längre"),
    ("cs", "už nechci být tady"),
    ("tr", "artık yaşamak istemiyorum"),
    ("el", "δεν θέλω να ζω πια"),
    ("it", "penso al suicidio da giorni"),
]

# Near misses: idioms and everyday sentences that look like self-harm.
NOT_SELF_HARM = [
    "a minha mãe vai me matar se eu chegar tarde",
    "o să mor de râs cu voi",
    "non vedo l'ora di rivedervi",
]

FAREWELL = "ik heb al mijn vrienden gedag gezegd en de kat woont nu bij mijn zus"


@pytest.mark.parametrize("language,text", EMERGENCIES)
def test_emergency_family_is_read(language, text):
    assert unread_language_health_word(text, language) is not None
    assert unread_language_emergency_word(text, language) is not None


@pytest.mark.parametrize("language,text", HEALTH_WORDS)
def test_health_word_without_emergency(language, text):
    assert unread_language_health_word(text, language) is not None
    assert unread_language_emergency_word(text, language) is None


@pytest.mark.parametrize("language,text", HARMLESS)
def test_harmless_reading_sets_the_message_aside(language, text):
    assert unread_language_health_word(text, language) is None


@pytest.mark.parametrize("language,text", SELF_HARM)
def test_self_harm_is_reported(language, text):
    assert self_harm_trigger(text) is not None
    assert unread_language_emergency_word(text, language) is not None


@pytest.mark.parametrize("text", NOT_SELF_HARM)
def test_idioms_are_not_self_harm(text):
    assert self_harm_trigger(text) is None
    assert emergency_phrase(text, table=False) is None


def test_reassured_breathing_keeps_the_health_word_but_not_the_emergency():
    text = "respiro bene, ho solo un po' di gonfiore"
    assert unread_language_health_word(text, "it") is not None
    assert unread_language_emergency_word(text, "it") is None


def test_dutch_farewell_is_self_harm_and_an_emergency():
    assert self_harm_trigger(FAREWELL) == "vrienden gedag gezegd"
    assert unread_language_health_word(FAREWELL, "nl") == "vrienden gedag gezegd"
    assert emergency_phrase(FAREWELL, table=False) == "vrienden gedag gezegd"


@pytest.mark.parametrize(
    "text",
    [
        "ik heb mijn vrienden gedag gezegd, we verhuizen en de kat gaat naar oma",  # a move
        "ik heb al mijn vrienden gedag gezegd voor het feest",  # nothing settled
    ],
)
def test_goodbyes_with_a_move_or_nothing_settled_are_not_a_farewell(text):
    assert self_harm_trigger(text) is None
    assert unread_language_health_word(text, "nl") is None


def test_combinations_that_make_an_emergency_only_together():
    assert emergency_phrase("all'improvviso ho la bocca storta", table=False) is not None
    assert emergency_phrase("ho la bocca storta da anni", table=False) is None
    assert emergency_phrase("jag svimmade och det blöder fortfarande", table=False) == "svimmade"
    assert emergency_phrase("jag svimmade nästan av skratt", table=False) is None


def test_languages_the_lexicon_reads_never_take_the_net():
    assert unread_language_health_word("me duele mucho la cara", "es") is None
    assert unread_language_health_word("the injection site hurts so much today") is None  # English


def test_habitual_faint_needs_the_habit_and_no_session():
    assert habitual_faint_at_blood("desmaio sempre quando vejo sangue", "pt")
    assert not habitual_faint_at_blood("desmaiei depois da sessão quando vi sangue", "pt")


# --- the tables themselves ---------------------------------------------------------------------
def test_word_tables_have_no_duplicates():
    for table in (unread_words.HEALTH_STEMS, unread_words.EMERGENCY_STEMS):
        assert len(table) == len(set(table))


def test_self_harm_words_are_health_and_emergency_words():
    for stem in unread_words.SELF_HARM_STEMS:
        assert unread_words.is_emergency_word(stem + "o")
        assert unread_words.is_health_word(unread_words.fold(stem + "o"))


@pytest.mark.parametrize("word", ["zichtbaar", "occhiaie", "occhiali", "ademais", "bloddonation", "smertefri"])
def test_everyday_prefixes_are_not_health_words(word):
    assert not unread_words.is_health_word(word)
    assert not unread_words.is_emergency_word(word)


@pytest.mark.parametrize("language,word", [("nl", "kan"), ("sv", "kan"), ("ro", "dor"), ("it", "bol")])
def test_everyday_words_by_language(language, word):
    assert not unread_words.is_health_word(word, language)
    assert unread_words.is_health_word(word, "tr" if word == "kan" else "pt" if word == "dor" else "ru")


def test_folding_reads_turkish_dotless_i_and_accents():
    assert unread_words.fold("Bayıldım") == "bayildim"
    assert unread_words.fold("Náusea") == "nausea"


def test_self_harm_phrases_are_emergency_phrases():
    for text in (t for _, t in SELF_HARM if "suicid" not in t):
        folded = unread_words.fold(text)
        assert unread_phrases.SELF_HARM_PHRASES.search(folded) is not None
        assert unread_phrases.EMERGENCY_PHRASES.search(folded) is not None


def test_someone_elses_past_story_is_read_only_inside_the_story():
    story = "mijn zus had vorig jaar een infectie na een behandeling ergens anders, hoe zit het met hygiëne?"
    assert unread_false_alarms.in_someone_elses_past("infectie", story)
    assert not unread_false_alarms.in_someone_elses_past("infectie", story + " ik heb nu ook een infectie")
