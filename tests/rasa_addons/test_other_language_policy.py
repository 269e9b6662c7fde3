"""OtherLanguagePolicy answers a question the input guard read in another language: the note
in that language first, the disclaimer on a session's first message, then the English answer,
on real Rasa trackers and the project's domain; everything else is left to the rules."""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from rasa_addons.other_language_policy import OtherLanguagePolicy, next_step, plan

ROOT = Path(__file__).resolve().parents[2]


@cache
def domain() -> Domain:
    # Training adds the retrieval action utter_faq (the rules' FAQ answer) to the model's domain.
    return Domain.load(str(ROOT / "domain")).merge(Domain.from_dict({"actions": ["utter_faq"]}))


@pytest.fixture
def policy(tmp_path) -> OtherLanguagePolicy:
    return OtherLanguagePolicy(
        OtherLanguagePolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("other_language"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def asked(intent: str, language: str | None, extractor: str = "InputGuard") -> UserUttered:
    entities = [] if language is None else [
        {"entity": "message_language", "value": language, "start": 0, "end": 0, "extractor": extractor}
    ]  # fmt: skip
    parse_data = {"text": "una pregunta", "intent": {"name": intent, "confidence": 0.8}, "entities": entities}
    return UserUttered("una pregunta", parse_data["intent"], entities, parse_data, timestamp=time.time())


def tracker(*events: Event) -> DialogueStateTracker:
    start = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    return DialogueStateTracker.from_events("p1", [*start, *events], domain().slots)


def predicted(policy: OtherLanguagePolicy, tracker_: DialogueStateTracker) -> str | None:
    probabilities = policy.predict_action_probabilities(tracker_, domain()).probabilities
    best = max(range(len(probabilities)), key=probabilities.__getitem__)
    return domain().action_names_or_texts[best] if probabilities[best] > 0 else None


def run_turn(policy: OtherLanguagePolicy, *earlier: Event, message: UserUttered) -> list:
    events = [*earlier, message]
    done = []
    for _ in range(6):
        action = predicted(policy, tracker(*events))
        if action is None:
            break
        done.append(action)
        if action == "action_listen":
            break
        events.append(ActionExecuted(action))
    return done


def test_first_message_gets_note_disclaimer_answer_then_listens(policy):
    assert run_turn(policy, message=asked("faq", "es")) == [
        "utter_language_note_es", "utter_disclaimer", "utter_faq", "action_listen"
    ]  # fmt: skip


def test_later_messages_get_no_second_disclaimer(policy):
    earlier = [asked("greet", None), ActionExecuted("utter_disclaimer"), ActionExecuted("utter_greet"),
               ActionExecuted("action_listen")]  # fmt: skip
    assert run_turn(policy, *earlier, message=asked("ask_price", "pl")) == [
        "utter_language_note_pl", "action_answer_price", "action_listen"
    ]  # fmt: skip


def test_a_booking_request_starts_the_form_which_then_leads(policy):
    assert run_turn(policy, message=asked("request_booking", "fr")) == [
        "utter_language_note_fr", "utter_disclaimer", "booking_form"
    ]  # fmt: skip
    assert predicted(policy, tracker(asked("request_booking", "fr"), ActionExecuted("utter_language_note_fr"),
                                     ActionExecuted("utter_disclaimer"), ActionExecuted("booking_form"),
                                     ActiveLoop("booking_form"))) is None  # fmt: skip


@pytest.mark.parametrize(
    "message",
    [
        asked("faq", None),  # English
        asked("other_language", None),  # the English-only reply: the rules' business
        asked("safety_emergency", "de"),  # never a safety message
        asked("report_concern", "de"),
        asked("greet", "it"),
        asked("faq", "nl"),  # no note in that language
        asked("faq", "es", extractor="DIETClassifier"),  # only the input guard's own entity counts
    ],
)
def test_other_messages_are_left_to_the_rules(policy, message):
    assert predicted(policy, tracker(message)) is None


def test_a_turn_that_went_otherwise_is_not_continued():
    steps = plan("faq", "es", disclaimer_due=False)
    assert next_step(steps, ("utter_language_note_es", "utter_greet")) is None
    assert next_step(steps, ()) == "utter_language_note_es"
