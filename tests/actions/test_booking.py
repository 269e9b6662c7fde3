"""The booking form's actions: validate_booking_form carrying out each step
of the form, and action_submit_booking storing (or spooling) the request.
Demo clinic, Wednesday 11 June 2025 at 11:00 in London."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from actions.booking import ActionSubmitBooking, ValidateBookingForm
from assistant.booking import fields, replies
from assistant.booking.form import CONSENT_BUTTONS, YES_NO_BUTTONS
from assistant.booking.reference import patient_reference
from assistant.booking.screening import CONSENT_QUESTION, QUESTIONS, consent_declined
from assistant.booking.screening import INTRODUCTION as SCREENING_INTRODUCTION
from assistant.clinic import answers
from assistant.clinic import replies as clinic_replies
from assistant.clinic.booking import booking_requests_for
from assistant.clinic.slots import get_slot, hold_slot, next_free_slots
from assistant.conversation import Message
from assistant.db.models import BookingRequest
from tests.actions.conftest import REFERENCE
from tests.actions.helpers import PHONE, SENDER, assert_run, run, slot, tracker
from tests.assistant.clinic.conftest import NOW

FORM = "booking_form"
REJECTED = {"event": "action_execution_rejected", "name": FORM}
FRIDAY = date(2025, 6, 13)


ANSWERED = {
    fields.TREATMENT: "hair-mesotherapy",
    fields.LOCATION: "leeds",
    fields.WHEN: "any time",
    fields.NAME: "Jane Doe",
    fields.CONTACT: "07700 900123",
    fields.HEALTH_CONSENT: fields.AGREED,
    **{q.slot: "no" for q in QUESTIONS},
}


def in_form(
    text, intent="nlu_fallback", requested=fields.NAME, slots=None, entities=None, confidence=0.9, **kw
):
    """A message while the form is active and asking `requested`: the
    fields before it are answered, the ones after it are not."""
    before = {name: ANSWERED[name] for name in fields.FIELDS[: fields.FIELDS.index(requested)]}
    return tracker(
        text,
        intent,
        confidence=confidence,
        entities=entities,
        slots={"requested_slot": requested, **before, **(slots or {})},
        active_loop=FORM,
        **kw,
    )


def free_slots(runtime, location="leeds", day=None, limit=5, practitioners=()):
    with runtime.session() as session:
        found = []
        for person in practitioners or (None,):
            found += next_free_slots(
                session, NOW, location=location, practitioner=person, day=day, limit=limit
            )
        return sorted(found, key=lambda s: (s.starts_at, s.id))[:limit]


# Hair mesotherapy in Leeds: consultations with the practitioners who do it.
HAIR_IN_LEEDS = " in Leeds with Dr Amelia Hart or Sarah Okafor"
HAIR_PEOPLE = ("dr-amelia-hart", "sarah-okafor")


def slot_buttons(slots, with_location=False):
    return answers.slot_buttons(slots, with_location)


# ------------------------------------------------------------------ start


def test_starting_reads_treatment_and_clinic_from_the_first_message_and_offers_free_times(runtime):
    offered = free_slots(runtime, practitioners=("dr-amelia-hart", "sarah-okafor"))
    assert_run(
        ValidateBookingForm(runtime),
        tracker("book me in for hair meso in leeds", "request_booking"),
        events=[
            slot(fields.REFERENCE, REFERENCE),
            slot(fields.PROMISE, "within one working day"),
            slot(fields.TREATMENT, "hair-mesotherapy"),
            slot(fields.LOCATION, "leeds"),
            slot("requested_slot", fields.WHEN),
        ],
        messages=[
            replies.INTRODUCTION,
            "I've noted Hair mesotherapy and our Leeds clinic.",
            Message(
                replies.ask_when(" in Leeds with Dr Amelia Hart or Sarah Okafor", True),
                slot_buttons(offered),
            ),
        ],
    )


def test_starting_with_nothing_said_asks_for_the_treatment_with_the_clinics_treatments(runtime):
    ran = run(ValidateBookingForm(runtime), tracker("i want to book", "request_booking"))

    assert ran.messages[0].text == replies.INTRODUCTION
    assert ran.messages[1].text == replies.ASK_TREATMENT
    assert [b.title for b in ran.messages[1].buttons] == [
        "Skin booster mesotherapy (face)",
        "Hair mesotherapy",
        "Body mesotherapy for cellulite",
        "Fat-dissolving injections (double chin)",
        "Acne scar mesotherapy",
        "Needle-free mesotherapy",
        replies.NOT_SURE_TREATMENT,
    ]
    assert ran.slots["requested_slot"] == fields.TREATMENT


def test_coming_back_after_stopping_keeps_the_answers_and_asks_what_is_missing(runtime):
    kept = {
        fields.TREATMENT: "face-skin-booster",
        fields.LOCATION: "york",
        fields.WHEN: "any time",
        fields.REFERENCE: REFERENCE,
        fields.PROMISE: "within one working day",
    }
    assert_run(
        ValidateBookingForm(runtime),
        tracker("continue my booking", "request_booking", slots=kept),
        events=[slot("requested_slot", fields.NAME)],
        messages=[replies.WELCOME_BACK, replies.ASK_NAME],
    )


# ----------------------------------------------------------------- answers


def test_a_name_is_stored_verbatim_even_when_it_looks_like_sql(runtime):
    name = "Robert'); DROP TABLE booking_requests;--"
    assert_run(
        ValidateBookingForm(runtime),
        in_form(name),
        events=[slot(fields.NAME, name), slot("requested_slot", fields.CONTACT)],
        messages=[replies.ASK_CONTACT],
    )


def test_an_invalid_phone_number_is_asked_again_politely(runtime):
    assert_run(
        ValidateBookingForm(runtime),
        in_form("my number is 0770", requested=fields.CONTACT),
        events=[slot(fields.CONTACT, None), slot("requested_slot", fields.CONTACT)],
        messages=[replies.BAD_CONTACT, replies.ASK_CONTACT],
    )


def test_a_valid_email_moves_on_to_asking_agreement_to_keep_health_answers(runtime):
    assert_run(
        ValidateBookingForm(runtime),
        in_form("it's jane.doe@example.com", requested=fields.CONTACT),
        events=[slot(fields.CONTACT, "jane.doe@example.com"), slot("requested_slot", fields.HEALTH_CONSENT)],
        messages=[SCREENING_INTRODUCTION, Message(CONSENT_QUESTION, CONSENT_BUTTONS)],
    )


def test_free_text_like_friday_afternoon_is_kept_as_the_preferred_time(runtime):
    assert_run(
        ValidateBookingForm(runtime),
        in_form("friday afternoon", requested=fields.WHEN, slots={fields.LOCATION: "leeds"}),
        events=[
            slot(fields.WHEN, "Friday 13 June, afternoon (“friday afternoon”)"),
            slot(fields.PREFERRED_TIME, "friday afternoon"),
            slot(fields.SLOT_ID, None),
            slot(fields.SLOT_STARTS_AT, None),
            slot("requested_slot", fields.NAME),
        ],
        messages=[
            replies.preference_noted("friday afternoon", "Friday 13 June, afternoon"),
            replies.ASK_NAME,
        ],
    )


@pytest.mark.parametrize(
    "said, problem",
    [
        ("31 February", "“31 February” isn't a date: February has at most 29 days."),
        ("thursday at 25:00", "“25:00” isn't a time of day. Try a time like “7pm” or “19:00”."),
        ("sunday", "On Sunday 15 June the Leeds clinic is closed. Could you choose another day?"),
    ],
    ids=["31-february", "25:00", "closed-day"],
)
def test_impossible_or_closed_times_are_explained_and_asked_again(runtime, said, problem):
    offered = free_slots(runtime, practitioners=HAIR_PEOPLE)
    assert_run(
        ValidateBookingForm(runtime),
        in_form(said, requested=fields.WHEN, slots={fields.LOCATION: "leeds"}),
        events=[slot(fields.WHEN, None), slot("requested_slot", fields.WHEN)],
        messages=[problem, Message(replies.ask_when(HAIR_IN_LEEDS, True), slot_buttons(offered))],
    )


def test_choosing_a_free_time_button_takes_it(runtime):
    chosen = free_slots(runtime, day=FRIDAY, limit=1)[0]
    assert_run(
        ValidateBookingForm(runtime),
        in_form(
            f'/request_booking{{"slot_choice": "{chosen.id}"}}',
            "request_booking",
            requested=fields.WHEN,
            entities={"slot_choice": str(chosen.id)},
            slots={fields.LOCATION: "leeds"},
        ),
        events=[
            slot(fields.WHEN, "Friday 13 June at 9:00 with Sarah Okafor in Leeds"),
            slot(fields.SLOT_ID, str(chosen.id)),
            slot(fields.SLOT_STARTS_AT, chosen.starts_at.isoformat()),
            slot(fields.PREFERRED_TIME, None),
            slot(fields.LOCATION, "leeds"),
            slot("requested_slot", fields.NAME),
        ],
        messages=["Friday 13 June at 9:00 with Sarah Okafor in Leeds: noted.", replies.ASK_NAME],
    )


def test_a_time_taken_between_showing_and_choosing_is_declined_politely_with_the_next_ones(runtime):
    chosen = free_slots(runtime, day=FRIDAY, limit=1)[0]
    with runtime.session() as session:  # someone else takes it first
        hold_slot(session, chosen.id, NOW)
    offered = free_slots(runtime, practitioners=HAIR_PEOPLE)

    assert_run(
        ValidateBookingForm(runtime),
        in_form(
            f'/request_booking{{"slot_choice": "{chosen.id}"}}',
            "request_booking",
            requested=fields.WHEN,
            entities={"slot_choice": str(chosen.id)},
            slots={fields.LOCATION: "leeds"},
        ),
        events=[
            slot(fields.WHEN, None),
            slot(fields.SLOT_ID, None),
            slot(fields.SLOT_STARTS_AT, None),
            slot("requested_slot", fields.WHEN),
        ],
        messages=[
            replies.slot_gone("Friday 13 June at 9:00"),
            Message(replies.ask_when(HAIR_IN_LEEDS, True), slot_buttons(offered)),
        ],
    )


def test_a_clear_no_to_a_screening_question_goes_on_to_the_next(runtime):
    ran = run(ValidateBookingForm(runtime), in_form("/deny", "deny", requested=QUESTIONS[1].slot))

    assert ran.events == [slot(QUESTIONS[1].slot, "no"), slot("requested_slot", QUESTIONS[2].slot)]
    assert ran.messages == [Message(QUESTIONS[2].text, YES_NO_BUTTONS)]


@pytest.mark.parametrize(
    "said, intent, stored",
    [
        ("/affirm", "affirm", "yes"),
        ("not sure", "deny", "not sure"),
        ("I take warfarin for my heart", "nlu_fallback", "I take warfarin for my heart"),
    ],
    ids=["yes", "not-sure", "own-words"],
)
def test_anything_but_a_clear_no_stops_the_booking_for_a_clinician(runtime, said, intent, stored):
    ran = run(ValidateBookingForm(runtime), in_form(said, intent, requested=QUESTIONS[1].slot))

    # The form ends; the rules send the review reply (anticoagulant wording) and open the handoff.
    assert ran.events == [
        slot(QUESTIONS[1].slot, stored),
        slot(fields.STOPPED_FOR_REVIEW, True),
        slot(fields.SAFETY_FAMILY, "anticoagulant"),
        slot("requested_slot", None),
    ]
    assert ran.messages == []


def test_a_safety_message_at_any_step_is_left_to_the_safety_rules(runtime):
    assert_run(
        ValidateBookingForm(runtime),
        in_form("actually my throat feels really tight", "safety_emergency", confidence=1.0),
        events=[],
        messages=[],
    )


def test_the_age_question_names_the_minimum_age_from_the_settings(runtime):
    ran = run(ValidateBookingForm(runtime), in_form("/deny", "deny", requested=QUESTIONS[4].slot))

    assert ran.messages == [Message("Last one: are you under 18?", YES_NO_BUTTONS)]


# --------------------------------------------------- stop, questions, changes


@pytest.mark.parametrize(
    "said, intent",
    [("stop", "stop"), ("cancel", "nlu_fallback"), ("never mind", "deny"), ("forget it", "deny")],
)
def test_stop_hands_back_to_the_rules_without_touching_any_answer(runtime, said, intent):
    assert_run(
        ValidateBookingForm(runtime),
        in_form(said, intent, requested=QUESTIONS[0].slot),
        events=[],
        messages=[],
    )


def test_a_question_of_the_patients_own_is_left_to_the_rules(runtime):
    assert_run(ValidateBookingForm(runtime), in_form("how much is it?", "ask_price"), events=[], messages=[])


def test_after_the_rules_answered_a_question_the_form_asks_again(runtime):
    assert_run(
        ValidateBookingForm(runtime),
        in_form("how much is it?", "ask_price", events_after_message=[REJECTED]),
        events=[slot("requested_slot", fields.NAME)],
        messages=["Now, back to your booking request.", replies.ASK_NAME],
    )


def test_actually_make_it_york_changes_the_clinic_and_carries_on(runtime):
    assert_run(
        ValidateBookingForm(runtime),
        in_form(
            "actually make it York", "correct", slots={fields.LOCATION: "leeds", fields.WHEN: "any time"}
        ),
        events=[slot(fields.LOCATION, "york"), slot("requested_slot", fields.NAME)],
        messages=["Done, I've changed the clinic to York.", replies.ASK_NAME],
    )


def test_changing_the_clinic_drops_a_time_chosen_at_the_old_one(runtime):
    chosen = free_slots(runtime, limit=1)[0]
    ran = run(
        ValidateBookingForm(runtime),
        in_form(
            "sorry i meant york",
            "correct",
            slots={fields.LOCATION: "leeds", fields.WHEN: "then", fields.SLOT_ID: str(chosen.id)},
        ),
    )
    assert ran.slots == {
        fields.LOCATION: "york",
        fields.WHEN: None,
        fields.SLOT_ID: None,
        fields.SLOT_STARTS_AT: None,
        "requested_slot": fields.WHEN,
    }
    assert ran.texts[0] == "Done, I've changed the clinic to York."


def test_change_my_phone_number_asks_for_it_again_then_returns_to_where_we_were(runtime):
    assert_run(
        ValidateBookingForm(runtime),
        in_form(
            "change my phone number",
            "correct",
            requested=QUESTIONS[2].slot,
            slots={fields.CONTACT: "07700 900123"},
        ),
        events=[slot(fields.CONTACT, None), slot("requested_slot", fields.CONTACT)],
        messages=["No problem, let's change your contact details.", replies.ASK_CONTACT],
    )


def test_a_correction_with_the_new_value_applies_it_at_once(runtime):
    assert_run(
        ValidateBookingForm(runtime),
        in_form(
            "change my number to 07700 900456",
            "correct",
            requested=QUESTIONS[1].slot,
            slots={fields.CONTACT: "07700 900123"},
        ),
        events=[slot(fields.CONTACT, "07700 900456"), slot("requested_slot", QUESTIONS[1].slot)],
        messages=[
            "Done, I've changed your contact details to 07700 900456.",
            Message(QUESTIONS[1].text, YES_NO_BUTTONS),
        ],
    )


def test_with_the_database_down_a_step_that_needs_it_apologises_and_keeps_everything(offline_runtime):
    assert_run(
        ValidateBookingForm(offline_runtime),
        in_form("hair meso", "ask_treatments", requested=fields.TREATMENT),
        events=[slot(fields.TREATMENT, None), slot("requested_slot", fields.TREATMENT)],
        messages=[replies.system_down(PHONE), replies.ASK_TREATMENT],
    )


# ------------------------------------------------------------------ submit

ANSWERS = {
    fields.TREATMENT: "hair-mesotherapy",
    fields.LOCATION: "leeds",
    fields.NAME: "Jane Doe",
    fields.CONTACT: "07700 900123",
    fields.REFERENCE: REFERENCE,
    fields.PROMISE: "within one working day",
    fields.HEALTH_CONSENT: fields.AGREED,
    **{q.slot: "no" for q in QUESTIONS},
}
CLEARED = [slot(name, None) for name in fields.ALL]


def chosen_answers(runtime, **changes):
    chosen = free_slots(runtime, day=FRIDAY, limit=1)[0]
    answers_ = {
        **ANSWERS,
        fields.WHEN: clinic_replies.slot_text(chosen),
        fields.SLOT_ID: str(chosen.id),
        fields.SLOT_STARTS_AT: chosen.starts_at.isoformat(),
        **changes,
    }
    return chosen, answers_


def stored_requests(runtime):
    with runtime.session() as session:
        return booking_requests_for(session, SENDER)


def test_submitting_stores_a_requested_booking_holds_the_time_and_says_what_happens_next(runtime):
    chosen, answers_ = chosen_answers(runtime)
    card_text = (
        "Your booking request\n"
        "Treatment: Hair mesotherapy\n"
        "Clinic: Leeds\n"
        "Time: Friday 13 June at 9:00 with Sarah Okafor in Leeds (kept for you)\n"
        "Name: Jane Doe\n"
        "Phone: ••••• •••123\n"
        f"Reference: {patient_reference(REFERENCE)}"
    )
    ran = assert_run(
        ActionSubmitBooking(runtime),
        tracker("/deny", "deny", slots=answers_),
        events=CLEARED,
        messages=[
            "Thank you, Jane Doe: your consultation request is with the team. They'll confirm by phone or email "
            "within one working day. This is a request for a consultation, not a confirmed treatment.",
            Message(
                card_text,
                custom={
                    "card": {
                        "title": "Your booking request",
                        "fields": [
                            {"label": "Treatment", "value": "Hair mesotherapy"},
                            {"label": "Clinic", "value": "Leeds"},
                            {
                                "label": "Time",
                                "value": "Friday 13 June at 9:00 with Sarah Okafor in Leeds (kept for you)",
                            },
                            {"label": "Name", "value": "Jane Doe"},
                            {"label": "Phone", "value": "••••• •••123"},
                        ],
                        "reference": patient_reference(REFERENCE),
                    }
                },
            ),
        ],
    )
    assert len(ran.texts[0].split()) <= 40  # short: the card carries the details
    [request] = stored_requests(runtime)
    assert (request.status, request.reference, request.treatment, request.location) == (
        "requested",
        REFERENCE,
        "hair-mesotherapy",
        "leeds",
    )
    assert request.slot_held and not request.flagged_for_review
    assert request.screening == {q.key: "no" for q in QUESTIONS}
    with runtime.session() as session:
        assert get_slot(session, chosen.id).status == "held"


def test_declining_to_share_health_answers_stores_nothing_and_points_to_the_phone(runtime):
    chosen, answers_ = chosen_answers(
        runtime, **{fields.HEALTH_CONSENT: fields.DECLINED}, **{q.slot: fields.NOT_ASKED for q in QUESTIONS}
    )

    assert_run(
        ActionSubmitBooking(runtime),
        tracker("/deny", "deny", slots=answers_),
        events=CLEARED,
        messages=[consent_declined(PHONE)],
    )
    assert stored_requests(runtime) == []
    with runtime.session() as session:
        assert get_slot(session, chosen.id).status == "free"


def test_a_yes_in_the_screening_flags_the_request_and_holds_nothing(runtime):
    chosen, answers_ = chosen_answers(runtime, screening_blood_thinners="yes")
    ran = run(ActionSubmitBooking(runtime), tracker("/deny", "deny", slots=answers_))

    [request] = stored_requests(runtime)
    assert request.flagged_for_review and not request.slot_held
    assert request.review_reasons == ("screening: blood_thinners_or_bleeding_disorder = 'yes'",)
    assert request.preferred_starts_at == chosen.starts_at
    assert ran.texts[0] == (
        "Thank you, Jane Doe: your consultation request is with the team. Because of your health answers, a "
        "clinician will look at them before anything is booked, and the team will contact you by phone or email "
        "within one working day. Please don't stop or change any prescribed medicine: the clinician will talk it "
        "through with you. This is a request for a consultation, not a confirmed treatment."
    )
    assert "Time: Friday 13 June at 9:00 with Sarah Okafor in Leeds (preferred)" in ran.texts[1]
    assert ran.messages[1].custom["card"]["reference"] == patient_reference(request.reference)


def test_a_time_taken_just_before_submitting_still_stores_the_request_and_offers_others(runtime):
    chosen, answers_ = chosen_answers(runtime)
    with runtime.session() as session:
        hold_slot(session, chosen.id, NOW)
        others = next_free_slots(session, NOW, location="leeds", limit=3)

    ran = run(ActionSubmitBooking(runtime), tracker("/deny", "deny", slots=answers_))

    [request] = stored_requests(runtime)
    assert not request.slot_held and request.preferred_starts_at == chosen.starts_at
    assert "(Friday 13 June at 9:00) was taken by someone else a moment ago" in ran.texts[0]
    assert clinic_replies.moment_text(others[0].starts_at) in ran.texts[0]
    assert ran.events == CLEARED


def test_with_the_database_down_the_request_is_spooled_and_delivered_later(offline_runtime, runtime, outbox):
    chosen, answers_ = chosen_answers(runtime)

    assert_run(
        ActionSubmitBooking(offline_runtime),
        tracker("/deny", "deny", slots=answers_),
        events=CLEARED,
        messages=[
            replies.spooled("Jane Doe", "within one working day", PHONE),
            Message(
                "Your booking request (saved, on its way)\n"
                "Treatment: Hair mesotherapy\n"
                "Clinic: Leeds\n"
                "Time: Friday 13 June at 9:00 with Sarah Okafor in Leeds (preferred)\n"
                "Name: Jane Doe\n"
                "Phone: ••••• •••123\n"
                f"Reference: {patient_reference(REFERENCE)}",
                custom={
                    "card": {
                        "title": "Your booking request (saved, on its way)",
                        "fields": [
                            {"label": "Treatment", "value": "Hair mesotherapy"},
                            {"label": "Clinic", "value": "Leeds"},
                            {"label": "Time", "value": "Friday 13 June at 9:00 with Sarah Okafor in Leeds (preferred)"},
                            {"label": "Name", "value": "Jane Doe"},
                            {"label": "Phone", "value": "••••• •••123"},
                        ],
                        "reference": patient_reference(REFERENCE),
                    }
                },
            ),
        ],
    )
    [(key, record)] = outbox.pending()
    assert key == REFERENCE and record["form"]["name"] == "Jane Doe"
    assert json.loads((outbox.folder / f"{REFERENCE}.jsonl").read_text())["record"] == record
    assert stored_requests(runtime) == []

    runtime.deliver_outbox()  # the database is back
    runtime.deliver_outbox()  # a second delivery stores nothing twice

    [request] = stored_requests(runtime)
    assert request.reference == REFERENCE and request.slot_held
    assert len(outbox) == 0


def test_sql_looking_name_is_stored_verbatim_and_the_tables_survive(runtime):
    name = "Robert'); DROP TABLE booking_requests;--"
    _, answers_ = chosen_answers(runtime, booking_name=name)
    run(ActionSubmitBooking(runtime), tracker("/deny", "deny", slots=answers_))

    [request] = stored_requests(runtime)
    assert request.patient_name == name
    with runtime.session() as session:
        assert session.execute(select(func.count()).select_from(BookingRequest)).scalar_one() == 1
        assert len(next_free_slots(session, NOW, limit=3)) == 3
