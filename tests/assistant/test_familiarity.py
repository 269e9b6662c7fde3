"""How close a question is to its answer's examples, and when the gate holds an answer back."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.familiarity import Familiarity, Gate, is_checked, is_elliptical_follow_up, without_filler

# Four examples in a 3-d space: two for the price, two for pain.
LABELS = np.asarray(["ask_price", "ask_price", "faq/pain_numbing", "faq/pain_numbing"])
EMBEDDINGS = np.asarray([[1, 0, 0], [0.8, 0.6, 0], [0, 0, 1], [0, 0.6, 0.8]], dtype=np.float32)


def test_similarity_is_the_mean_of_the_nearest_examples_of_that_label_only():
    nearest_one = Familiarity(LABELS, EMBEDDINGS, neighbours=1)
    both = Familiarity(LABELS, EMBEDDINGS, neighbours=2)
    question = np.asarray([2.0, 0, 0])  # not unit length: it is normalised
    assert nearest_one.similarity("ask_price", question) == pytest.approx(1.0)
    assert both.similarity("ask_price", question) == pytest.approx(0.9)
    # The pain examples are orthogonal to it, whatever the price examples say.
    assert both.similarity("faq/pain_numbing", question) == pytest.approx(0.0)


def test_more_neighbours_than_examples_uses_them_all_and_an_unknown_label_is_unfamiliar():
    familiarity = Familiarity(LABELS, EMBEDDINGS, neighbours=5)
    assert familiarity.similarity("ask_price", np.asarray([1.0, 0, 0])) == pytest.approx(0.9)
    assert familiarity.similarity("faq/gift_vouchers", np.asarray([1.0, 0, 0])) == 0.0


def test_bad_shapes_are_refused():
    with pytest.raises(ValueError):
        Familiarity(LABELS[:3], EMBEDDINGS)
    with pytest.raises(ValueError):
        Familiarity(LABELS, EMBEDDINGS, neighbours=0)


@pytest.mark.parametrize(
    ("label", "checked"),
    [
        ("faq/downtime", True),
        ("ask_price", True),
        ("ask_location", True),
        ("request_booking", True),
        ("greet", False),
        ("affirm", False),
        ("safety_emergency", False),
        ("team_only_question", False),
        ("nlu_fallback", False),
    ],
)
def test_only_answers_are_checked(label: str, checked: bool):
    assert is_checked(label) is checked


def test_the_gate_needs_both_an_unfamiliar_question_and_an_unsure_classifier():
    gate = Gate(min_similarity=0.5, below_probability=0.9)
    assert gate.holds_back("faq/downtime", probability=0.6, similarity=0.3)
    assert not gate.holds_back("faq/downtime", probability=0.95, similarity=0.3)  # very sure
    assert not gate.holds_back("faq/downtime", probability=0.6, similarity=0.7)  # familiar
    assert not gate.holds_back("greet", probability=0.6, similarity=0.1)  # not an answer


@pytest.mark.parametrize(
    ("text", "elliptical"),
    [
        ("and for hair?", True),
        ("What about the chin", True),
        ("how about York?", True),
        ("also for men?", True),
        ("and what is the price of the needle-free one at your leeds clinic", False),  # a whole question
        ("is parking available?", False),
        ("andrew said it works, does it?", False),  # "and" as part of a word
        ("what is it", False),
    ],
)
def test_elliptical_follow_ups_are_short_and_lean_on_the_turn_before(text: str, elliptical: bool):
    assert is_elliptical_follow_up(text) is elliptical


def test_an_elliptical_follow_up_is_never_held_back():
    gate = Gate(min_similarity=0.5, below_probability=0.9)
    assert not gate.holds_back("faq/hair", probability=0.6, similarity=0.3, text="and for hair?")
    assert gate.holds_back("faq/hair", probability=0.6, similarity=0.3, text="hair growth drinks, any good?")


@pytest.mark.parametrize(
    "text, core",
    [
        ("fair enough, how much is it at yours then?", "how much is it at yours"),
        ("OK so what do you charge then", "what do you charge"),
        ("right, thanks. And where do I park please?", "where do I park"),
        ("how long does it last", "how long does it last"),
        # Nothing but filler, or one word left: the text itself is measured.
        ("ok thanks then", "ok thanks then"),
        ("no, parking?", "no, parking?"),
    ],
)
def test_the_question_is_also_measured_without_the_conversation_around_it(text, core):
    assert without_filler(text).rstrip("?") == core.rstrip("?")


def test_a_long_story_before_the_announced_question_is_left_out_of_its_measure():
    story = ("my sister swears by it, my mum thinks it's a fad and I've watched hours of videos. "
             "anyway what I actually wanted to ask is can I go swimming the next day")
    assert without_filler(story) == "can I go swimming the next day"
    assert without_filler("so my question is, does it hurt") == "does it hurt"  # the filler rule as before
