"""The custom NLU components, run on Rasa Message objects without a server."""

import pytest
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from assistant.settings import load_settings
from rasa_addons.contact_details import CONTACT_SETTINGS, ContactDetails
from rasa_addons.input_guard import InputGuard
from rasa_addons.lemma_tokenizer import LemmaTokenizer


def classified(text: str, intent: str = "faq", confidence: float = 0.9) -> Message:
    message = Message({TEXT: text})
    message.set(INTENT, {"name": intent, "confidence": confidence})
    message.set(INTENT_RANKING_KEY, [{"name": intent, "confidence": confidence}])
    return message


def entities_by_name(message: Message) -> dict:
    return {e["entity"]: e["value"] for e in message.get(ENTITIES) or []}


def test_tokenizer_sets_lemmas_and_skips_markup():
    tokenizer = LemmaTokenizer(LemmaTokenizer.get_default_config())
    message = Message({TEXT: "<i>Injections</i> hurt?"})

    tokenizer.process([message])

    tokens = message.get(TOKENS_NAMES[TEXT])
    assert [t.text for t in tokens] == ["Injections", "hurt"]
    assert [t.lemma for t in tokens] == ["injection", "hurt"]
    assert [(t.start, t.end) for t in tokens] == [(3, 13), (18, 22)]


@pytest.mark.parametrize(
    "text, intent, entity",
    [
        ("", "input_problem", "empty"),
        ("😀😀", "input_problem", "no_words"),
        ("x " * 2000, "input_problem", "too_long"),
        ("hola, me duele mucho la cara", "other_language", None),
    ],
)
def test_input_guard_overrides_the_classifier(text, intent, entity):
    message = classified(text)

    InputGuard().process([message])

    assert message.get(INTENT) == {"name": intent, "confidence": 1.0}
    assert message.get(INTENT_RANKING_KEY)[0]["name"] == intent
    assert message.get(INTENT_RANKING_KEY)[1]["name"] == "faq"  # the classifier's guess is kept below
    assert entities_by_name(message).get("input_problem") == entity


def test_the_input_guard_reads_its_language_lists_when_the_model_loads(tmp_path):
    """Not in the first patient's turn: importing them takes seconds and would
    stall every conversation on the server's event loop."""
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    from assistant import input_checks

    input_checks._stop_words.cache_clear()
    InputGuard.create({}, LocalModelStorage(tmp_path), Resource("guard"), ExecutionContext(GraphSchema({}), "t"))

    assert input_checks._stop_words.cache_info().currsize == 1


@pytest.mark.parametrize("text, intent", [("👍", "affirm"), ("👍🏽👍", "affirm"), ("🙏", "thank"), ("👎 ", "deny")])
def test_a_reply_emoji_is_read_as_the_reply_it_stands_for(text, intent):
    message = classified(text, intent="input_problem")

    InputGuard().process([message])

    assert message.get(INTENT) == {"name": intent, "confidence": 1.0}
    assert not entities_by_name(message).get("input_problem")


def test_input_guard_leaves_ordinary_messages_alone():
    message = classified("how long do the bumps last", confidence=0.8)

    InputGuard().process([message])

    assert message.get(INTENT) == {"name": "faq", "confidence": 0.8}
    assert not message.get(ENTITIES)


def test_contact_details_come_from_settings():
    settings = load_settings(environ={"EMERGENCY_NUMBER": "112", "CLINIC_PHONE": "01 234 5678"}, env_file=None)
    message = classified("hi", intent="greet")

    ContactDetails(settings).process([message])

    entities = entities_by_name(message)
    assert set(entities) == set(CONTACT_SETTINGS)
    assert entities["emergency_number"] == "112"
    assert entities["clinic_phone"] == "01 234 5678"


# ------------------------------------------------------------ safety screen

import functools  # noqa: E402

from rasa_addons.safety_policy import DEFAULT_REPLIES, next_action  # noqa: E402
from rasa_addons.safety_screen import SafetyScreen  # noqa: E402


@functools.lru_cache(maxsize=1)
def safety_screen() -> SafetyScreen:
    return SafetyScreen(SafetyScreen.get_default_config())


def screened(text: str, intent: str = "faq", confidence: float = 0.9, ranking=None) -> Message:
    message = classified(text, intent, confidence)
    if ranking is not None:
        message.set(INTENT_RANKING_KEY, ranking)
    safety_screen().process([message])
    return message


def test_an_emergency_becomes_the_safety_intent_with_its_family_and_evidence():
    message = screened("can i rebook? my throat feels tight and my lips are swelling", "request_booking")

    assert message.get(INTENT) == {"name": "safety_emergency", "confidence": 1.0}
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)[:2]] == ["safety_emergency", "request_booking"]
    [family] = [e for e in message.get(ENTITIES) if e["entity"] == "safety_family"]
    assert family["value"] == "anaphylaxis" and family["extractor"] == "SafetyScreen"
    safety = message.as_dict(only_output_properties=True)["safety"]
    assert safety["urgency"] == "emergency" and safety["situations"][0] == "anaphylaxis"
    assert safety["rows"][0] == "B8" and safety["triggers"] and safety["source"] == "screen"


@pytest.mark.parametrize(
    "text",
    [
        "no puedo respirar y se me hinchan los labios",
        "je n'arrive plus à respirer",
        "ich bekomme keine Luft mehr",
        "nie mogę oddychać",
    ],
)
def test_an_emergency_in_another_language_overrides_the_input_guard(text):
    message = classified(text, "faq", 0.5)
    InputGuard().process([message])
    assert message.get(INTENT)["name"] == "other_language"

    safety_screen().process([message])

    assert message.get(INTENT)["name"] == "safety_emergency"


@pytest.mark.parametrize(
    "text", ["i'm not pregnant", "my sister had a reaction to filler", "can mesotherapy cause an infection?"]
)
def test_negated_someone_elses_and_general_questions_are_left_alone(text):
    message = screened(text, "faq", 0.8)

    assert message.get(INTENT) == {"name": "faq", "confidence": 0.8}
    assert message.get("safety") is None and not message.get(ENTITIES)


def test_a_confident_worry_is_raised_to_same_day():
    message = screened("something's not right with my face since the injections", "report_concern", 0.8)

    assert message.get(INTENT)["name"] == "safety_same_day"
    assert entities_by_name(message)["safety_family"] == "unspecified_concern"
    assert message.get("safety")["source"] == "classifier"


def test_an_unsure_worry_stays_a_worry():
    message = screened("hmm not sure about it", "report_concern", 0.5)
    assert message.get(INTENT) == {"name": "report_concern", "confidence": 0.5}


def test_a_safety_intent_the_classifier_guessed_alone_and_unsure_is_only_a_worry():
    message = screened("hmm not sure about it", "safety_emergency", 0.45)
    assert message.get(INTENT)["name"] == "report_concern" and message.get("safety") is None


def test_the_classifier_never_lowers_the_screen():
    ranking = [{"name": "report_concern", "confidence": 0.9}, {"name": "faq", "confidence": 0.1}]
    message = screened("my vision went blurry after the skin booster", "report_concern", 0.9, ranking)

    assert message.get(INTENT)["name"] == "safety_emergency"
    assert message.get("safety")["source"] == "screen"


def test_a_review_intent_the_classifier_guessed_alone_becomes_its_next_best_guess():
    ranking = [{"name": "safety_review", "confidence": 0.7}, {"name": "faq", "confidence": 0.25}]
    message = screened("if i were pregnant could i have it? im not", "safety_review", 0.7, ranking)
    assert message.get(INTENT) == {"name": "nlu_fallback", "confidence": 0.4}

    ranking = [{"name": "safety_review", "confidence": 0.5}, {"name": "faq", "confidence": 0.45}]
    message = screened("if i were pregnant could i have it? im not", "safety_review", 0.5, ranking)
    assert message.get(INTENT) == {"name": "faq", "confidence": 0.45} and message.get("safety") is None


def test_contact_details_include_the_minimum_age():
    settings = load_settings(environ={"MINIMUM_AGE": "21"}, env_file=None)
    message = classified("im 16 can i book", intent="request_booking")

    ContactDetails(settings).process([message])

    assert entities_by_name(message)["minimum_age"] == "21"


# ------------------------------------------------------------ safety policy


@pytest.mark.parametrize(
    "loop, latest, intent, expected",
    [
        ("booking_form", "action_listen", "safety_emergency", "utter_safety_emergency"),
        ("callback_form", "action_listen", "safety_review", "utter_safety_review"),
        ("booking_form", "utter_safety_same_day", "safety_same_day", "action_deactivate_loop"),
        (None, "action_listen", "safety_emergency", None),  # no form: the ordinary rules
        ("booking_form", "action_listen", "faq", None),
        ("booking_form", "booking_form", "safety_emergency", None),
    ],
)
def test_the_safety_policy_acts_only_on_safety_messages_in_a_form(loop, latest, intent, expected):
    assert next_action(loop, latest, intent, DEFAULT_REPLIES) == expected


def test_after_the_booking_form_stopped_for_review_the_review_reply_comes_instead_of_submitting():
    assert next_action(None, "booking_form", "affirm", DEFAULT_REPLIES, stopped_for_review=True) == (
        "utter_safety_review"
    )
    assert next_action(None, "booking_form", "deny", DEFAULT_REPLIES, stopped_for_review=False) is None


def glossed(text: str, label: str, confidence: float, language: str) -> Message:
    """A message as the classifier leaves it after reading its English gloss."""
    message = classified(text, intent="nlu_fallback", confidence=0.2)
    topic = {"intent_response_key": label, "confidence": confidence}
    selector = {"faq": {"response": {**topic, "utter_action": f"utter_{label}"}, "ranking": [topic]}}
    message.set(
        "gloss_answer",
        {"language": language, "label": label, "confidence": confidence,
         "response_selector": selector if label.startswith("faq/") else None},
    )  # fmt: skip
    return message


@pytest.mark.parametrize(
    "text, label, language",
    [
        ("¿la mesoterapia en la cara pica mucho?", "faq/pain_numbing", "es"),
        ("Ile trzeba zapłacić za zabieg na brzuch?", "ask_price", "pl"),
        ("Je voudrais prendre rendez-vous à York", "request_booking", "fr"),
    ],
)
def test_a_confident_gloss_gives_the_topic_and_the_language(text, label, language):
    message = glossed(text, label, 0.8, language)

    InputGuard().process([message])

    intent = label.split("/")[0]
    assert message.get(INTENT) == {"name": intent, "confidence": 0.8}
    assert message.get(INTENT_RANKING_KEY)[0]["name"] == intent
    assert entities_by_name(message) == {"message_language": language}
    if intent == "faq":
        assert message.get("response_selector")["faq"]["response"]["intent_response_key"] == label
    assert message.get("further_answers") == []


@pytest.mark.parametrize(
    "label, confidence",
    [
        ("faq/pain_numbing", 0.4),  # not sure enough of the gloss
        ("report_concern", 0.95),  # a worry is the safety screen's business, never the gloss's
        ("safety_emergency", 0.95),
        ("greet", 0.95),  # small talk: the English-only reply says more
        ("faq", 0.95),  # no topic
    ],
)
def test_an_unsure_or_unanswerable_gloss_keeps_the_english_only_reply(label, confidence):
    message = glossed("¿me puede decir algo de esto, por favor?", label, confidence, "es")

    InputGuard().process([message])

    assert message.get(INTENT) == {"name": "other_language", "confidence": 1.0}
    assert "message_language" not in entities_by_name(message)


def test_an_english_message_is_never_answered_from_a_gloss():
    message = glossed("does it hurt much on the face?", "faq/pain_numbing", 0.9, "es")
    message.set(INTENT, {"name": "faq", "confidence": 0.9})

    InputGuard().process([message])

    assert message.get(INTENT) == {"name": "faq", "confidence": 0.9}
    assert entities_by_name(message) == {}


@pytest.mark.parametrize(
    "text, language",
    [
        ("¿Cuántas sesiones hacen falta para las ojeras?", "es"),
        ("Wann darf ich nach der Behandlung wieder in die Sauna?", "de"),
        ("Czy po mezoterapii można się malować?", "pl"),
    ],
)
def test_the_gloss_component_reads_questions_in_other_languages(text, language):
    from rasa_addons.language_gloss import GLOSS_KEY, LanguageGloss

    message = Message({TEXT: text})
    LanguageGloss().process([message])

    assert message.get(GLOSS_KEY)["language"] == language
    assert message.get(GLOSS_KEY)["text"]
    assert not message.as_dict(only_output_properties=True).get(GLOSS_KEY)  # not in the parse


@pytest.mark.parametrize(
    "text", ["can I go to the sauna after?", "¿A qué hora cierra el supermercado?", "Bonjour !", "/faq"]
)
def test_the_gloss_component_leaves_other_messages_alone(text):
    from rasa_addons.language_gloss import GLOSS_KEY, LanguageGloss

    message = Message({TEXT: text})
    LanguageGloss().process([message])

    assert message.get(GLOSS_KEY) is None
