"""Understanding questions about the clinic and answering them from the
database (demo clinic, Wednesday 11 June 2025, 11:00 in London)."""

from datetime import date, time

import pytest

from assistant.clinic import answers
from assistant.clinic.answers import PENDING_TEXT, PENDING_TOPIC, Question
from assistant.clinic.locations import list_locations
from tests.assistant.clinic.conftest import NOW


def test_a_pending_question_is_completed_by_a_bare_location_and_then_forgotten(session):
    reply = answers.answer(
        session, "location", Question("York please"), NOW, "hours", "are you open on saturday?"
    )

    assert reply.texts == (
        "On Saturday 14 June the York clinic is closed; it opens again on Monday 16 June at 9:00.",
    )
    assert reply.remember == {PENDING_TOPIC: None, PENDING_TEXT: None}


def test_a_new_question_while_one_is_pending_is_answered_as_itself(session):
    reply = answers.answer(
        session, "price", Question("how much is a consultation"), NOW, "hours", "open saturday?"
    )

    assert reply.texts == ("A consultation costs £30.",)


@pytest.mark.parametrize(
    "text, bare",
    [
        ("york", "york"),
        ("the Leeds one please", "leeds"),
        ("york opening hours", None),
        ("leeds or york", None),
    ],
)
def test_is_bare_location(session, text, bare):
    found = answers.is_bare_location(list_locations(session), text)
    assert (found.slug if found else None) == bare


def test_over_christmas_lists_the_special_days(session):
    reply = answers.opening_hours(session, Question("are you open over christmas?"), NOW)

    assert reply.texts == (
        "Over Christmas and New Year: Christmas Eve (Wednesday 24 December) open 9:00–13:00; Christmas Day "
        "(Thursday 25 December) closed; Boxing Day (Friday 26 December) closed; New Year's Eve (Wednesday "
        "31 December) open 10:00–16:00; New Year's Day (Thursday 1 January) closed.",
    )


def test_open_at_a_moment_when_both_clinics_are_open_until_the_same_time(session):
    reply = answers.opening_hours(session, Question("are you open at 10am on monday?"), NOW)

    assert reply.texts == ("Yes — both our clinics are open at 10:00 on Monday 16 June until 18:00.",)


def test_open_now_everywhere_gives_each_closing_time(session):
    # Wednesday 11:00: Leeds is open until 18:00, York until its 13:00 lunch break.
    reply = answers.opening_hours(session, Question("are you open right now?"), NOW)

    assert reply.texts == ("Yes — both our clinics are open now: Leeds until 18:00 and York until 13:00.",)


def test_open_in_one_clinic_and_closed_in_the_other_asks_which(session):
    reply = answers.opening_hours(session, Question("are you open at 1:30pm today?"), NOW)

    assert reply.texts == ("Which clinic do you mean: Leeds or York?",)
    assert reply.remember == {PENDING_TOPIC: "hours", PENDING_TEXT: "are you open at 1:30pm today?"}


def test_what_time_do_you_close_tonight_is_about_the_day_not_a_moment(session):
    reply = answers.opening_hours(session, Question("what time does the york clinic close tonight"), NOW)

    assert reply.texts == ("Today (Wednesday 11 June) the York clinic is open 9:00–13:00 and 14:00–18:00.",)


def test_slot_query_reads_location_practitioner_day_and_part_of_day(session):
    query = answers.read_slot_query(session, "anything with the nurse friday afternoon in leeds?", NOW)

    assert query.location.slug == "leeds"
    assert [p.slug for p in query.practitioners] == ["sarah-okafor"]
    assert query.day == date(2025, 6, 13)
    assert query.window == (time(12), time(17)) and query.part == "afternoon"


def test_slots_after_a_time(session):
    query = answers.read_slot_query(session, "anything after 5 on thursday", NOW)
    found = answers.find_slots(session, query, NOW)

    assert found and all(
        s.starts_at.time() >= time(17) and s.starts_at.date() == date(2025, 6, 12) for s in found
    )


def test_no_free_slots_on_a_closed_day_offers_the_next_ones(session):
    reply = answers.consultation_slots(session, Question("any appointments on sunday in york"), NOW)

    assert reply.messages[0].text.startswith(
        "I can't see any free consultation times in York on Sunday 15 June in the next few weeks. The next "
        "free times in York are below."
    )
    assert reply.messages[0].buttons


def test_a_bare_no_never_names_a_treatment(session):
    assert answers.match_treatment(session, "no").kind == "not_offered"
    assert answers.match_treatment(session, "needle free").treatment.slug == "needle-free-mesotherapy"


@pytest.mark.parametrize(
    "text",
    [
        "is the leeds clinic wheelchair accessible",
        "are there stairs at the Leeds one? my dad can't manage steps",
        "can I bring a pushchair into the leeds clinic",
        "leeds - disabled access?",
    ],
)
def test_access_questions_get_the_clinics_own_access_details_and_a_number_to_call(session, text):
    (said,) = answers.answer(session, "location", Question(text), NOW, None, None).texts
    # The demo clinic's file says Leeds has a step-free entrance and a lift.
    assert "Step-free entrance and lift to the first floor" in said
    assert "0113 496 0000" in said and "before your visit" in said


def test_an_access_question_about_no_clinic_in_particular_asks_which_clinic(session):
    reply = answers.answer(session, "location", Question("is it wheelchair friendly?"), NOW, None, None)
    assert "which" in reply.texts[0].lower() and "York" in reply.texts[0] and "Leeds" in reply.texts[0]


def test_a_plain_address_question_gets_no_access_offer(session):
    question = Question("what's the address of the york clinic")
    (said,) = answers.answer(session, "location", question, NOW, None, None).texts
    assert "YO1 9ZZ" in said and "before your visit" not in said
# ------------------------------------------------ protocol: what the file does not record

UNRECORDED = "your practitioner goes through it at your consultation, or the team can tell you on 0113 496 0000."


@pytest.mark.parametrize(
    "text, said",
    [
        ("which make of serum goes in your hair injections", "which product or brand is used"),
        ("wat prodcut is the skin booster you use", "which product or brand is used"),
        ("before i start will you try a tiny test patch on me", "whether a patch test is done first"),
        ("is there an allergy test at harbour before the course", "whether a patch test is done first"),
        ("do i leave with a leaflet on aftercare", "what written aftercare you take home"),
        ("will someone put the aftercare instructions in writing for me", "what written aftercare you take home"),
        ("do your nurses put numbing cream on for the cheeks", "whether numbing cream is used"),
        ("is it done with a meso gun at your place", "whether the injections are given by hand or with a device"),
    ],
)
def test_a_protocol_detail_the_clinic_file_does_not_record_is_left_to_the_team(session, text, said):
    reply = answers.protocol(session, Question(text), NOW)

    assert reply.texts[0].startswith(f"The details I have for Harbour Skin Clinic don't say {said}")
    assert UNRECORDED in reply.texts[0]
    assert "We usually plan" not in reply.texts[0]  # not the course plan nobody asked about


def test_a_product_question_about_one_treatment_also_gets_what_the_file_says_goes_into_it(session):
    reply = answers.protocol(session, Question("what product do u guys inject for thinning hair"), NOW)

    assert reply.texts == (
        "The details I have for Harbour Skin Clinic don't say which product or brand is used, and I'd rather "
        f"not guess: {UNRECORDED} Our Hair mesotherapy: Micro-injections of vitamins, minerals and peptides "
        "into the scalp to support hair growth in thinning areas.",
    )


def test_two_unrecorded_details_are_named_together(session):
    reply = answers.protocol(session, Question("patch test first? and do you use numbing cream"), NOW)

    assert reply.texts[0].startswith(
        "The details I have for Harbour Skin Clinic don't say whether a patch test is done first and whether "
        "numbing cream is used,"
    )


def test_needles_or_not_offers_the_needle_free_treatment_from_the_file(session):
    reply = answers.protocol(session, Question("do you always use needles or is there another way"), NOW)

    assert reply.texts == (
        "If you'd rather avoid needles, we offer Needle-free mesotherapy: Serums pushed into the skin with "
        "gentle electrical pulses (electroporation) instead of needles. No downtime.",
    )


@pytest.mark.parametrize(
    "text, plan",
    [
        ("how many sessions do you recommend for a double chin here", "Fat-dissolving injections (double chin)"),
        ("how long is a needle free session at yours", "Needle-free mesotherapy"),
        ("how far apart do you space the hair injections", "Hair mesotherapy"),
    ],
)
def test_near_misses_plan_questions_keep_the_plan(session, text, plan):
    reply = answers.protocol(session, Question(text), NOW)

    assert reply.texts[0].startswith(f"At Harbour Skin Clinic, a {plan} session takes about")
