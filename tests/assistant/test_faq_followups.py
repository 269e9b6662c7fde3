"""A general follow-up that only names an area gets the previous answer's sentences about
it, on the project's own answers (domain/faq.yml); anything else is left alone."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Dict

import pytest
import yaml

from assistant.clinic.followups import Earlier
from assistant.faq_followups import area_follow_up, asked_before, faq_answers, named_area, sentences_about

ROOT = Path(__file__).resolve().parents[2]


@cache
def answers() -> Dict[str, str]:
    return faq_answers(yaml.safe_load((ROOT / "domain" / "faq.yml").read_text())["responses"])


def after(*earlier: tuple) -> list:
    """Earlier messages, most recent first, as (text, label)."""
    return [Earlier(text, label) for text, label in earlier]


@pytest.mark.parametrize(
    "text, area",
    [
        ("what about for hair", "hair"),
        ("and the scalp?", "hair"),
        ("And for hair loss?", "hair"),
        ("same for the face?", "face"),
        ("what about fat dissolving", "body"),
        ("and my double chin?", "body"),
        ("hair?", "hair"),
    ],
)
def test_a_message_naming_only_an_area_names_it(text, area):
    assert named_area(text).name == area


@pytest.mark.parametrize(
    "text",
    [
        "what about hair loss after the treatment, is that common?",  # a question of its own
        "and for hair and face?",  # two areas
        "can you do my hair on tuesday",
        "what about the price",  # no area
        "",
    ],
)
def test_anything_else_names_no_area(text):
    assert named_area(text) is None


def test_how_long_hair_results_last_after_how_long_results_last():
    found = area_follow_up(
        "what about for hair", after(("how long do the results last", "faq/results_duration")), answers()
    )
    assert found is not None and found.topic == "results_duration"
    assert "every 3 months" in found.text
    assert "Cellulite" not in found.text  # only the sentences about hair


def test_when_face_results_show_after_when_results_show():
    found = area_follow_up("and the face?", after(("when will i notice a change", "faq/results_timing")), answers())
    assert found is not None
    assert "1 to 2 months" in found.text and "hair grows slowly" not in found.text


def test_downtime_for_fat_dissolving():
    found = area_follow_up("and for fat dissolving?", after(("is there any downtime", "faq/downtime")), answers())
    assert found is not None and "swelling and firmness can last longer" in found.text


def test_a_chain_of_area_follow_ups_leans_on_the_question_before_them():
    earlier = after(("and for hair?", "faq/hair"), ("when do results show", "faq/results_timing"))
    assert asked_before(earlier) == "results_timing"
    found = area_follow_up("and the face", earlier, answers())
    assert found is not None and "1 to 2 months" in found.text


@pytest.mark.parametrize(
    "label",
    [
        "faq/what_is",  # its area answers are the general area answers ("and for hair?" -> faq/hair)
        "faq/sessions_intervals",  # the clinic's own course for that treatment answers it
        "ask_price",
        None,
    ],
)
def test_after_other_questions_it_is_no_follow_up(label):
    assert area_follow_up("and for hair?", after(("the question", label)), answers()) is None


def test_an_answer_that_says_nothing_about_the_area_gives_nothing():
    # the pain answer has no sentence about hair: the hair answer (the rules) answers instead
    assert area_follow_up("and for hair?", after(("does it hurt", "faq/pain_numbing")), answers()) is None


def test_sentences_with_placeholders_are_never_sent_half_filled():
    text = "For hair, call {emergency_number}. Hair grows slowly."
    assert sentences_about(text, named_area("hair")) == ("Hair grows slowly.",)
