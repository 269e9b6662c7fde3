"""Follow-ups that only say what changed, read against the previous question (demo clinic)."""

from __future__ import annotations

import pytest

from assistant.clinic import answers
from assistant.clinic.answers import Question
from assistant.clinic.context import in_context
from assistant.clinic.followups import Earlier, follow_up, may_follow_up, question_label
from tests.assistant.clinic.conftest import NOW


def answered(session, topic: str, text: str, *earlier: Earlier) -> str:
    """The reply to `text`, read as `topic` alone, after `earlier` (most recent first)."""
    topic, question = in_context(session, topic, Question(text), list(earlier))
    return " ".join(answers.answer(session, topic, question, NOW).texts)


FACE_PRICE = Earlier("what do you charge for a skin booster?", "ask_price")
HAIR_PRICE = Earlier("what's the price of scalp mesotherapy", "ask_price")


# ------------------------------------------------------------------ a new treatment


@pytest.mark.parametrize(
    ("text", "wanted", "not_wanted"),
    [
        ("what about for my scalp", "£150–£180", "is £180 a session"),  # an area with one treatment
        ("and the cellulite one?", "£120–£200", "is £180 a session"),
        ("how about needle free then", "£95", "is £180 a session"),
        ("ok and pock marks?", "£200", "is £180 a session"),
    ],
)
def test_a_bare_treatment_after_a_price_is_that_treatments_price(session, text, wanted, not_wanted):
    reply = answered(session, "treatments", text, FACE_PRICE)
    assert wanted in reply and not_wanted not in reply


def test_an_area_with_several_treatments_gets_their_prices(session):
    reply = answered(session, "treatments", "and for the face?", HAIR_PRICE)
    assert "Skin booster mesotherapy (face)" in reply and "Fat-dissolving injections (double chin)" in reply
    assert "Hair mesotherapy" not in reply


def test_a_course_asked_about_before_is_kept_for_the_new_treatment(session):
    reply = answered(
        session, "treatments", "and cellulite?", Earlier("is there a deal on 6 sessions of hair meso", "ask_price")
    )
    assert "£900" in reply and "Body mesotherapy for cellulite" in reply


def test_a_bare_treatment_after_who_does_it_is_who_does_that_one(session):
    reply = answered(
        session,
        "treatments",
        "what about the needleless one",
        Earlier("who does the scalp treatment?", "ask_practitioners"),
    )
    assert "Jess Marlow" in reply and "Sarah Okafor" not in reply


def test_a_bare_treatment_after_who_does_it_at_one_clinic_keeps_the_clinic_or_takes_a_new_one(session):
    in_york = Earlier("who does cellulite at the york clinic", "ask_practitioners")
    reply = answered(session, "treatments", "and for pitted scars?", in_york)
    assert "Dr Tom Fielding" in reply and "Sarah Okafor" not in reply  # Sarah works in Leeds only
    reply = answered(session, "treatments", "and for pitted scars in leeds?", in_york)
    assert "Sarah Okafor" in reply and "Dr Tom Fielding" not in reply


def test_a_bare_treatment_after_the_sessions_question_is_this_clinics_course_for_it(session):
    sessions = Earlier("how many treatments would i need", "faq/sessions_intervals")
    reply = answered(session, "treatments", "same for the double chin?", sessions)
    assert "2–4 sessions" in reply and "4–6 weeks apart" in reply


def test_a_bare_treatment_after_free_times_offers_times_with_who_does_it(session):
    reply = answered(
        session,
        "treatments",
        "and needle-free?",
        Earlier("any consultations free this week?", "ask_consultation_slots"),
    )
    assert "with Jess Marlow" in reply


def test_follow_ups_chain(session):
    """ "and hair?" was itself a price follow-up, so the one after it is a price too."""
    reply = answered(session, "treatments", "and fat dissolving?", Earlier("and hair?", "faq/hair"), FACE_PRICE)
    assert "£250" in reply


# ------------------------------------------------------------------ sessions, practitioners, pronouns


@pytest.mark.parametrize("text", ["and if i did three?", "what about a package of 6", "ok and for six sessions"])
def test_a_bare_number_of_sessions_after_a_price_is_that_package(session, text):
    reply = answered(session, "faq", text, HAIR_PRICE)
    assert ("£420" in reply) == ("three" in text) and ("£780" in reply) == ("three" not in text)


def test_a_bare_practitioner_after_who_does_it_says_whether_they_do_it(session):
    reply = answered(
        session, "practitioners", "what about jess?", Earlier("who would do my chin fat treatment", "ask_practitioners")
    )
    assert "Jess Marlow doesn't do Fat-dissolving injections (double chin)" in reply
    assert "Dr Amelia Hart" in reply  # who does it


def test_she_after_a_named_practitioner_asking_where_and_when_is_her_free_times(session):
    reply = answered(
        session, "hours", "is she working in leeds next monday?", Earlier("tell me about dr hart", "ask_practitioners")
    )
    assert "in Leeds with Dr Amelia Hart" in reply and "Monday 16 June" in reply


def test_she_at_a_clinic_she_does_not_work_at_is_her_profile(session):
    reply = answered(session, "hours", "is she at york on friday?", Earlier("who's sarah?", "ask_practitioners"))
    assert "Sarah Okafor is our aesthetic nurse prescriber at our Leeds clinic" in reply


def test_he_after_who_does_it_answered_by_one_person_is_that_person(session):
    reply = answered(
        session, "faq", "what are his qualifications?", Earlier("who does the needle free option", "ask_practitioners")
    )
    assert "Level 4 Diploma in Skin Aesthetics" in reply


# ------------------------------------------------------------------ near misses: the message alone


@pytest.mark.parametrize(
    "previous",
    [
        Earlier("what is mesotherapy?", "faq/what_is"),  # a general question that names no treatment
        Earlier("how long do the results last", "faq/results_duration"),  # no clinic data for it
        Earlier("where is the leeds clinic", "ask_location"),  # the same for every treatment
        Earlier("hello", "greet"),
    ],
)
def test_a_bare_treatment_after_anything_else_is_no_follow_up(session, previous):
    assert follow_up(session, "and for thinning hair?", [previous]) is None


@pytest.mark.parametrize(
    "text",
    [
        "and for hair, is it painful?",  # a question of its own
        "do you do it for hair as well",
        "thanks",
        "and for 50 sessions?",  # no such course
        "my mum wants to know, is she too old?",  # "she" is someone else
    ],
)
def test_more_than_a_bare_follow_up_is_no_follow_up(session, text):
    assert follow_up(session, text, [FACE_PRICE, Earlier("who is dr hart", "ask_practitioners")]) is None


def test_a_treatment_named_in_a_full_question_is_answered_as_asked(session):
    reply = answered(session, "price", "how much is hair meso?", FACE_PRICE)
    assert "£150–£180" in reply


def test_may_follow_up_needs_a_question_to_lean_on_or_a_pronoun():
    assert may_follow_up("and hair?", [FACE_PRICE])
    assert may_follow_up("is she in today?", [Earlier("hi", "greet")])
    assert not may_follow_up("and hair?", [Earlier("what is it", "faq/what_is")])
    assert not may_follow_up("and hair?", [])
    assert not may_follow_up('/ask_price{"location":"york"}', [FACE_PRICE])


def test_question_label_is_the_faq_topic_or_the_intent():
    faq = {"intent": {"name": "faq"}, "response_selector": {"faq": {"response": {"intent_response_key": "faq/hair"}}}}
    assert question_label(faq) == "faq/hair"
    assert question_label({"intent": {"name": "ask_price"}}) == "ask_price"
    assert question_label({"intent": {"name": "faq"}}) == "faq"
    assert question_label({}) is None


def test_a_bare_treatment_after_a_bare_clinic_keeps_both_questions(session):
    """ "who does it in leeds?" -> "and york?" -> "and for the chin?": who does it in York."""
    in_leeds = Earlier("who does skin boosters at the leeds clinic", "ask_practitioners")
    reply = answered(session, "faq", "and for the chin?", Earlier("what about york", "ask_location"), in_leeds)
    assert "Dr Tom Fielding" in reply and "Sarah Okafor" not in reply


# ------------------------------------------------------------------ a new day


def test_a_bare_day_after_a_holiday_opening_question_is_that_days_hours(session):
    christmas = Earlier("are you open on christmas day?", "ask_opening_hours")
    reply = answered(session, "hours", "what about boxing day", christmas)
    assert "Boxing Day" in reply and "closed" in reply.lower()
    assert "Christmas Day" not in reply


def test_a_bare_day_keeps_the_clinic_asked_about(session):
    asked = follow_up(session, "and on saturday?", [Earlier("what time does york open on friday", "ask_opening_hours")])
    assert asked is not None and asked.topic == "hours" and asked.kind == "day"
    assert "saturday" in asked.text and "York" in asked.text


def test_a_bare_day_after_free_times_asks_free_times_that_day(session):
    asked = follow_up(
        session, "what about next tuesday", [Earlier("any appointments free on friday", "ask_consultation_slots")]
    )
    assert asked is not None and asked.topic == "slots" and "next tuesday" in asked.text


@pytest.mark.parametrize(
    "text, previous",
    [
        ("what about boxing day", Earlier("how much is the hair one", "ask_price")),  # a price has no day
        ("and saturday, can i bring my daughter?", Earlier("are you open friday", "ask_opening_hours")),
        ("what about the weather on sunday", Earlier("are you open friday", "ask_opening_hours")),
    ],
)
def test_a_day_with_anything_else_or_after_other_questions_is_no_day_follow_up(session, text, previous):
    asked = follow_up(session, text, [previous])
    assert asked is None or asked.kind != "day"
