""""Did you mean...?": which answers are offered when the NLU is not sure
(assistant/clarify.py), from parse data as the pipeline gives it: the
classifier's ranking under the FallbackClassifier's `nlu_fallback`."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest
import yaml

from assistant.clarify import (
    MAX_SUGGESTIONS,
    MIN_CONFIDENCE,
    PROMPT,
    SOMETHING_ELSE_PAYLOAD,
    SOMETHING_ELSE_TITLE,
    TITLES,
    Suggestion,
    did_you_mean,
    offerable,
    ranked_labels,
    suggestions,
)
from assistant.conversation import Button, Message

ROOT = Path(__file__).resolve().parents[2]
THRESHOLD = 0.3  # config.yml's FallbackClassifier


def parse_data(*labels: Tuple[str, float], text: str = "hmm", fallback: bool = True) -> Dict[str, Any]:
    """What the NLU gives for a message whose labels (intents and faq/<topic>)
    have these probabilities: each intent once in `intent_ranking` with its
    best label's probability, the FAQ topics (top 5) in the response selector,
    and `nlu_fallback` inserted first when the best is below the threshold."""
    ordered = sorted(labels, key=lambda item: -item[1])
    ranking: Dict[str, float] = {}
    topics: List[Dict[str, Any]] = []
    for label, confidence in ordered:
        intent, _, topic = label.partition("/")
        ranking.setdefault(intent, confidence)
        if topic:
            topics.append({"intent_response_key": label, "confidence": confidence})
    best_intent, best = next(iter(ranking.items()))
    data: Dict[str, Any] = {
        "text": text,
        "intent": {"name": best_intent, "confidence": best},
        "entities": [],
        "intent_ranking": [{"name": name, "confidence": value} for name, value in ranking.items()],
    }
    if topics:
        data["response_selector"] = {
            "all_retrieval_intents": ["faq"],
            "faq": {
                "response": {
                    "responses": [],
                    "confidence": topics[0]["confidence"],
                    "intent_response_key": topics[0]["intent_response_key"],
                    "utter_action": f"utter_{topics[0]['intent_response_key']}",
                },
                "ranking": topics[:5],
            },
        }
    if fallback:
        data["intent"] = {"name": "nlu_fallback", "confidence": THRESHOLD}
        data["intent_ranking"].insert(0, {"name": "nlu_fallback", "confidence": THRESHOLD})
    return data


def labels(data: Dict[str, Any]) -> List[str]:
    return [s.label for s in suggestions(data)]


# ------------------------------------------------------------ what is offered


def test_two_close_faq_topics_are_both_offered_most_likely_first():
    data = parse_data(
        ("faq/aftercare_heat", 0.27),
        ("faq/aftercare_exercise", 0.24),
        ("faq/downtime", 0.05),
        ("greet", 0.02),
        text="can i go to the gym and the sauna after",
    )
    assert suggestions(data) == [
        Suggestion("faq/aftercare_heat", TITLES["faq/aftercare_heat"], 0.27),
        Suggestion("faq/aftercare_exercise", TITLES["faq/aftercare_exercise"], 0.24),
    ]


def test_a_clinic_question_and_an_faq_topic_are_merged_by_probability():
    data = parse_data(
        ("faq/sessions_intervals", 0.22),
        ("ask_price", 0.26),
        ("faq/results_duration", 0.09),
        ("faq/session_length", 0.04),
        ("thank", 0.03),
        text="how much for the whole course",
    )
    assert labels(data) == ["ask_price", "faq/sessions_intervals", "faq/results_duration"]


def test_the_faq_aggregate_and_nlu_fallback_are_never_candidates():
    data = parse_data(("faq/what_is", 0.2), ("faq/how_it_works", 0.15))
    # intent_ranking holds nlu_fallback (0.3) and "faq" (0.2): neither is an answer.
    assert [e["name"] for e in data["intent_ranking"]] == ["nlu_fallback", "faq"]
    assert labels(data) == ["faq/what_is", "faq/how_it_works"]


def test_safety_and_small_talk_intents_are_never_offered():
    data = parse_data(
        ("safety_review", 0.25),
        ("report_concern", 0.2),
        ("greet", 0.14),
        ("affirm", 0.12),
        ("out_of_scope", 0.11),
        ("bot_challenge", 0.1),
        ("request_human", 0.1),
        ("faq/lumps_after_treatment", 0.09),
        ("stop", 0.09),
    )
    assert labels(data) == ["faq/lumps_after_treatment"]


def test_a_safety_guess_the_screen_turned_into_a_fallback_is_skipped():
    # The classifier's best was a safety intent, the safety screen found no reason
    # to escalate and set nlu_fallback (rasa_addons/safety_screen.py): no
    # nlu_fallback entry in the ranking, the safety intent first.
    data = parse_data(("safety_review", 0.45), ("faq/side_effects", 0.2), ("faq/downtime", 0.1), fallback=False)
    data["intent"] = {"name": "nlu_fallback", "confidence": THRESHOLD}
    assert labels(data) == ["faq/side_effects", "faq/downtime"]


@pytest.mark.parametrize(
    "label",
    [
        "nlu_fallback",
        "faq",
        "safety_emergency",
        "safety_same_day",
        "safety_review",
        "safety_anything_new",
        "report_concern",
        "help_arrived",
        "red_flag_answer",
        "greet",
        "goodbye",
        "thank",
        "affirm",
        "deny",
        "stop",
        "correct",
        "out_of_scope",
        "input_problem",
        "other_language",
        "bot_challenge",
        "request_human",
        "request_booking",
        "delete_my_data",
        "faq/a_topic_without_a_title",
        "ask_something_without_a_title",
    ],
)
def test_labels_that_are_not_answers_with_a_title_are_not_offerable(label):
    assert not offerable(label)
    assert suggestions(parse_data((label, 0.29), ("faq/downtime", 0.1))) == [
        Suggestion("faq/downtime", TITLES["faq/downtime"], 0.1)
    ]


def test_below_the_floor_nothing_is_offered():
    data = parse_data(
        ("out_of_scope", 0.12),
        ("faq/what_is", MIN_CONFIDENCE - 0.001),
        ("ask_location", 0.05),
        ("faq/origin", 0.04),
        text="qwzx vbnm plok",
    )
    assert suggestions(data) == []
    assert did_you_mean(data) is None


def test_the_floor_itself_is_enough():
    assert labels(parse_data(("faq/origin", MIN_CONFIDENCE), ("greet", 0.05))) == ["faq/origin"]


def test_at_most_three_are_offered():
    data = parse_data(
        ("faq/pain_numbing", 0.2),
        ("faq/side_effects", 0.18),
        ("faq/procedure", 0.15),
        ("faq/downtime", 0.12),
        ("ask_price", 0.11),
        ("faq/preparation", 0.1),
    )
    assert MAX_SUGGESTIONS == 3
    assert labels(data) == ["faq/pain_numbing", "faq/side_effects", "faq/procedure"]


def test_an_ambiguous_message_above_the_threshold_offers_both():
    # The FallbackClassifier also falls back when the two best are within 0.05.
    data = parse_data(("ask_clinic_protocol", 0.41), ("faq/sessions_intervals", 0.38))
    assert labels(data) == ["ask_clinic_protocol", "faq/sessions_intervals"]


def test_a_button_payload_without_a_ranking_offers_nothing():
    data = {"text": "/nlu_fallback", "intent": {"name": "nlu_fallback", "confidence": 1.0}, "entities": []}
    assert ranked_labels(data) == []
    assert suggestions(data) == []


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"intent_ranking": None, "response_selector": None},
        {"intent_ranking": [{"name": None, "confidence": 0.5}, {"confidence": 0.4}, "junk"]},
        {"intent_ranking": [{"name": "ask_price", "confidence": "high"}, {"name": "ask_location", "confidence": True}]},
        {"response_selector": {"faq": {"ranking": [{"intent_response_key": "ask_price", "confidence": 0.5}]}}},
        {"response_selector": {"faq": "nope"}},
    ],
)
def test_malformed_parse_data_offers_nothing(data):
    assert suggestions(data) == []


def test_a_topic_ranked_in_both_places_is_offered_once():
    data = parse_data(("faq/hair", 0.25), ("faq/men", 0.2))
    data["intent_ranking"].append({"name": "faq/hair", "confidence": 0.25})
    assert labels(data) == ["faq/hair", "faq/men"]


# ------------------------------------------------------------ the message


def test_the_offer_has_a_button_per_answer_and_a_way_to_the_team_last():
    data = parse_data(("faq/pain_numbing", 0.26), ("ask_price", 0.21), ("greet", 0.1))
    assert did_you_mean(data) == Message(
        PROMPT,
        (
            Button("Does mesotherapy hurt?", "Does mesotherapy hurt?"),
            Button("How much does it cost?", "How much does it cost?"),
            Button(SOMETHING_ELSE_TITLE, SOMETHING_ELSE_PAYLOAD),
        ),
    )


def test_payloads_are_plain_questions_not_rasa_button_syntax():
    # Typed text goes through the NLU and the safety screen; "/intent" payloads are gated (assistant/payloads.py).
    for payload in [*TITLES.values(), SOMETHING_ELSE_PAYLOAD]:
        assert not payload.startswith("/") and "{" not in payload


# ------------------------------------------------------------ the titles


def domain_files() -> Dict[str, Dict[str, Any]]:
    return {path.name: yaml.safe_load(path.read_text()) or {} for path in sorted((ROOT / "domain").glob("*.yml"))}


def test_every_faq_response_and_every_ask_intent_has_a_title_and_nothing_else_does():
    faq_topics = set()
    ask_intents = set()
    for content in domain_files().values():
        responses = content.get("responses") or {}
        faq_topics |= {name[len("utter_") :] for name in responses if name.startswith("utter_faq/")}
        for intent in content.get("intents") or []:
            name = intent if isinstance(intent, str) else next(iter(intent))
            if name.startswith("ask_"):
                ask_intents.add(name)
    assert len(faq_topics) >= 40 and len(ask_intents) >= 8  # the domain was read
    assert set(TITLES) == faq_topics | ask_intents


def test_every_titled_label_is_offerable():
    assert all(offerable(label) for label in TITLES)


def test_titles_are_short_distinct_questions():
    titles = list(TITLES.values())
    assert len(set(titles)) == len(titles)
    assert SOMETHING_ELSE_TITLE not in titles and SOMETHING_ELSE_PAYLOAD not in titles
    for title in titles:
        assert title.endswith("?") and title[0].isupper() and len(title) <= 60, title


def test_the_way_out_is_a_request_the_handoff_examples_cover():
    # Worded like the request_human examples (the model test checks the trained model reads it so).
    nlu = yaml.safe_load((ROOT / "data" / "nlu" / "handoff.yml").read_text())["nlu"]
    [request_human] = [block for block in nlu if block.get("intent") == "request_human"]
    assert "speak to" in SOMETHING_ELSE_PAYLOAD and "speak to" in request_human["examples"]
