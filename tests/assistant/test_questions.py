"""Splitting a message into its questions, and choosing which get an answer of their own."""

from __future__ import annotations

import pytest

from assistant.questions import MAX_PARTS, PART_CONFIDENCE, announced_question, choose_answers, split_questions


@pytest.mark.parametrize(
    "text, parts",
    [
        ("what is it and does it hurt?", ["what is it", "does it hurt?"]),
        ("thanks! and can i wear makeup?", ["thanks!", "and can i wear makeup?"]),
        ("how much is it? also where are you", ["how much is it?", "also where are you"]),
        ("is it safe, and is it painful", ["is it safe", "is it painful"]),
        (
            "How long does it last and how many sessions do I need?",
            ["How long does it last", "how many sessions do I need?"],
        ),
        ("hi, what is mesotherapy", ["hi", "what is mesotherapy"]),
        ("Line one?\nline two please", ["Line one?", "line two please"]),
    ],
)
def test_a_message_is_cut_where_a_new_question_starts(text, parts):
    assert split_questions(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "does it hurt",
        "can I do face and neck",  # "and" joins two areas, not two questions
        "before and after photos?",
        "pain and swelling after meso",
        "and for hair?",
        "I had it on 3.5 and it was fine",  # a decimal point ends no sentence
    ],
)
def test_one_question_stays_whole(text):
    assert split_questions(text) == [text]


def test_empty_and_wordless_messages():
    assert split_questions("") == []
    assert split_questions("   ") == []
    assert split_questions("?? !!") == ["?? !!"]


def test_at_most_three_parts():
    text = "what is it? does it hurt? how long does it last? where are you? how much?"
    assert len(split_questions(text)) == MAX_PARTS


SURE = PART_CONFIDENCE + 0.2
UNSURE = PART_CONFIDENCE - 0.1


def test_a_further_question_gets_its_answer_in_the_order_asked():
    whole = ("faq/pain_numbing", 0.9)
    parts = [("faq/what_is", SURE), ("faq/pain_numbing", SURE)]
    # The first question asked becomes the first answer, the other follows.
    assert choose_answers(whole, parts) == (("faq/what_is", SURE), ["faq/pain_numbing"])


def test_the_whole_message_answer_stays_first_when_it_is_the_first_question():
    whole = ("faq/what_is", 0.9)
    parts = [("faq/what_is", SURE), ("ask_price", SURE)]
    assert choose_answers(whole, parts) == (None, ["ask_price"])


def test_unsure_parts_small_talk_and_repeats_add_nothing():
    whole = ("faq/what_is", 0.9)
    assert choose_answers(whole, [("faq/what_is", SURE), ("faq/hair", UNSURE)]) == (None, [])
    assert choose_answers(whole, [("greet", SURE), ("faq/what_is", SURE)]) == (None, [])
    assert choose_answers(whole, [("faq/what_is", SURE), ("faq/what_is", SURE)]) == (None, [])
    assert choose_answers(whole, [("faq/what_is", SURE)]) == (None, [])


def test_small_talk_around_a_question_gives_the_question_its_answer():
    whole = ("thank", 0.7)
    parts = [("thank", SURE), ("faq/aftercare_makeup", SURE)]
    assert choose_answers(whole, parts) == (("faq/aftercare_makeup", SURE), [])


def test_a_booking_or_a_request_for_a_person_is_not_turned_into_questions():
    parts = [("faq/what_is", SURE), ("ask_price", SURE)]
    assert choose_answers(("request_booking", 0.8), parts) == (None, [])
    assert choose_answers(("request_human", 0.8), parts) == (None, [])


def test_safety_intents_are_never_further_answers():
    whole = ("faq/side_effects", 0.9)
    parts = [("faq/side_effects", SURE), ("safety_same_day", SURE)]
    assert choose_answers(whole, parts) == (None, [])


def test_at_most_three_answers_in_all():
    whole = ("faq/what_is", 0.9)
    parts = [("faq/what_is", SURE), ("faq/hair", SURE), ("ask_price", SURE), ("ask_location", SURE)]
    main, further = choose_answers(whole, parts)
    assert main is None and further == ["faq/hair", "ask_price"]


# Batch 07 family: a long story, then the question announced. Our own wordings.
@pytest.mark.parametrize(
    "text, question",
    [
        ("I'm 52, retired teacher, my daughter bought me a voucher and I've read your whole website twice. "
         "Anyway, my real question is whether it's safe with my blood pressure tablets",
         "whether it's safe with my blood pressure tablets"),
        ("been going back and forth for ages and my partner isn't keen... what I really wanted to know is "
         "how many sessions I'd need for my forehead", "how many sessions I'd need for my forehead"),
        ("so there's a wedding in june and i want to look fresh, long story short can I wear make-up the day after?",
         "can I wear make-up the day after?"),
        ("Hi, I have two little ones and work shifts. The main question is: do you open on Sundays?",
         "do you open on Sundays?"),
    ],
)
def test_the_question_after_words_that_announce_it_is_found(text, question):
    assert announced_question(text) == question


@pytest.mark.parametrize(
    "text",
    [
        "my question is does it hurt",  # nothing before it: the message is the question
        "what I wanted to ask is whether you do hair",
        "does it bruise? my actual question was simple",  # too little after it
        "I have a question about the price of hair meso",  # no question announced
    ],
)
def test_a_message_without_a_story_before_an_announced_question_is_read_whole(text):
    assert announced_question(text) is None
