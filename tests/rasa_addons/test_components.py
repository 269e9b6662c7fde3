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
