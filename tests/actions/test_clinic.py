"""The clinic question actions, each run with a built tracker against the
demo clinic on Wednesday 11 June 2025 at 11:00 (London)."""

from __future__ import annotations

from datetime import date

import pytest

from actions.clinic import (
    ActionAnswerConsultationSlots,
    ActionAnswerContact,
    ActionAnswerLocation,
    ActionAnswerOpeningHours,
    ActionAnswerPractitioners,
    ActionAnswerPrice,
    ActionAnswerProtocol,
    ActionAnswerTreatments,
)
from assistant.booking.submit import to_record
from assistant.clinic import replies
from assistant.clinic.booking import BookingForm, booking_requests_for
from assistant.clinic.slots import next_free_slots
from assistant.conversation import Button, Message
from tests.actions.helpers import PHONE, assert_run, run, slot, tracker
from tests.assistant.clinic.conftest import NOW

PENDING = ("clinic_pending_intent", "clinic_pending_text")


def test_open_now_at_a_named_clinic_is_answered_from_the_database(runtime):
    assert_run(
        ActionAnswerOpeningHours(runtime),
        tracker("is the leeds clinic open now?", "ask_opening_hours"),
        events=[],
        messages=["Yes — the Leeds clinic is open now until 18:00."],
    )


def test_when_the_clinics_differ_it_asks_which_and_remembers_the_question(runtime):
    assert_run(
        ActionAnswerOpeningHours(runtime),
        tracker("are you open on saturday?", "ask_opening_hours"),
        events=[
            slot("clinic_pending_intent", "hours"),
            slot("clinic_pending_text", "are you open on saturday?"),
        ],
        messages=[
            Message(
                "Which clinic do you mean: Leeds or York?",
                (
                    Button("Leeds", '/ask_opening_hours{"location": "leeds"}'),
                    Button("York", '/ask_opening_hours{"location": "york"}'),
                ),
            )
        ],
    )


@pytest.mark.parametrize(
    "text, entities",
    [('/ask_opening_hours{"location": "york"}', {"location": "york"}), ("the york one", {})],
    ids=["button", "typed"],
)
def test_naming_the_clinic_completes_the_pending_question(runtime, text, entities):
    assert_run(
        ActionAnswerOpeningHours(runtime),
        tracker(
            text,
            "ask_opening_hours",
            entities=entities,
            slots={"clinic_pending_intent": "hours", "clinic_pending_text": "are you open on saturday?"},
        ),
        events=[slot("clinic_pending_intent", None), slot("clinic_pending_text", None)],
        messages=["On Saturday 14 June the York clinic is closed; it opens again on Monday 16 June at 9:00."],
    )


@pytest.mark.parametrize(
    "question, answer",
    [
        (
            "are you open on christmas day",
            "We're closed on Christmas Day; we open again on Saturday 27 December at 10:00 in Leeds "
            "and on Monday 29 December at 9:00 in York.",
        ),
        (
            "r u open christmas eve",
            "On Wednesday 24 December both our clinics are open 9:00–13:00 (Christmas Eve hours).",
        ),
        (
            "is york open at 7pm on thursday?",
            "Yes — the York clinic is open at 19:00 tomorrow (Thursday 12 June) until 20:00.",
        ),
        ("are you open at 25:00", "“25:00” isn't a time of day. Try a time like “7pm” or “19:00”."),
        ("are you open on 31 February?", "“31 February” isn't a date: February has at most 29 days."),
        (
            "are you open on Funday?",
            "I don't know which day “Funday” is. Could you give a weekday or a date, like “Saturday” or “24 "
            "December”?",
        ),
    ],
    ids=["christmas-day", "christmas-eve", "7pm-thursday", "25:00", "31-february", "unknown-day"],
)
def test_opening_hours_questions(runtime, question, answer):
    assert_run(
        ActionAnswerOpeningHours(runtime),
        tracker(question, "ask_opening_hours"),
        events=[],
        messages=[answer],
    )


def test_parking_is_asked_per_clinic_and_answered_from_the_clinic_file(runtime):
    ran = assert_run(
        ActionAnswerLocation(runtime),
        tracker("is there parking at the york clinic", "ask_location"),
        events=[],
        messages=[
            "Parking at our York clinic: Two reserved spaces for patients behind the building (ask when you "
            "book); "
            "otherwise Nunnery Lane car park, 5 minutes' walk."
        ],
    )
    assert ran.events == []


def test_contact_gives_each_clinic_number_and_the_website(runtime):
    assert_run(
        ActionAnswerContact(runtime),
        tracker("whats your phone number", "ask_contact"),
        events=[],
        messages=[
            "You can call Leeds on 0113 496 0000 or York on 01632 960 441. Our website is "
            "https://harbourskin.example. "
            "You can also ask for an appointment at https://harbourskin.example/book."
        ],
    )


@pytest.mark.parametrize(
    "question, answer",
    [
        (
            "do you do hair meso",
            "Yes — we offer Hair mesotherapy. Micro-injections of vitamins, minerals and peptides into the "
            "scalp to "
            "support hair growth in thinning areas. It's £150–£180 a session.",
        ),
        (
            "do you do botox?",
            "We don't offer Botox, I'm afraid. What we do offer is Skin booster mesotherapy (face), Hair "
            "mesotherapy, "
            "Body mesotherapy for cellulite, Fat-dissolving injections (double chin), Acne scar mesotherapy "
            "and "
            "Needle-free mesotherapy.",
        ),
        (
            "what do you offer for the face",
            Message(
                "For the face we offer:\n• Skin booster mesotherapy (face)\n• Fat-dissolving injections (double chin)",
                custom={
                    "list": {
                        "title": "For the face we offer:",
                        "items": [
                            {"label": "Skin booster mesotherapy (face)", "value": ""},
                            {"label": "Fat-dissolving injections (double chin)", "value": ""},
                        ],
                    }
                },
            ),
        ),
    ],
    ids=["offered", "not-offered", "by-area"],
)
def test_treatments(runtime, question, answer):
    assert_run(
        ActionAnswerTreatments(runtime), tracker(question, "ask_treatments"), events=[], messages=[answer]
    )


@pytest.mark.parametrize(
    "question, answer",
    [
        (
            "how much is hair mesotherapy",
            "Hair mesotherapy is £150–£180 a session, or £420 for a course of 3 or £780 for a course of 6.",
        ),
        (
            "is there a package for 6 sessions of skin booster",
            "Yes — a course of 6 Skin booster mesotherapy (face) sessions is £900 (£150 a session, against "
            "£180 singly).",
        ),
        ("how much is a consultation", "A consultation costs £30."),
        (
            "do you do payment plans",
            "I don't have details about payment plans here; the team can tell you on 0113 496 0000.",
        ),
    ],
    ids=["price", "package", "consultation", "payment-plans"],
)
def test_prices(runtime, question, answer):
    assert_run(ActionAnswerPrice(runtime), tracker(question, "ask_price"), events=[], messages=[answer])


def test_this_clinics_protocol_for_a_treatment(runtime):
    assert_run(
        ActionAnswerProtocol(runtime),
        tracker("how many sessions do you recommend for hair meso here", "ask_clinic_protocol"),
        events=[],
        messages=[
            "At Harbour Skin Clinic, a Hair mesotherapy session takes about 30 minutes. We usually plan 4–6 "
            "sessions, "
            "2–4 weeks apart. Your practitioner will confirm the plan for you at your consultation."
        ],
    )


def test_a_protocol_detail_the_clinic_file_does_not_hold_is_confirmed_by_the_team(runtime):
    assert_run(
        ActionAnswerProtocol(runtime),
        tracker("does your nurse do a little test patch on me before the skin booster", "ask_clinic_protocol"),
        events=[],
        messages=[
            "The details I have for Harbour Skin Clinic don't say whether a patch test is done first, and I'd "
            "rather not guess: your practitioner goes through it at your consultation, or the team can tell you "
            "on 0113 496 0000."
        ],
    )


def test_is_the_injector_a_doctor_names_each_practitioner_and_registration(runtime):
    assert_run(
        ActionAnswerPractitioners(runtime),
        tracker("is your injector a doctor", "ask_practitioners"),
        events=[],
        messages=[
            "Not always. Dr Amelia Hart, medical director and aesthetic doctor (GMC 0000001) is a doctor; "
            "injections "
            "are also done by Sarah Okafor, aesthetic nurse prescriber (NMC 00A0001Z), Dr Tom Fielding, "
            "aesthetic "
            "dentist (GDC 000002) and Jess Marlow, skin therapist."
        ],
    )


def test_free_slots_come_as_buttons_that_start_a_booking(runtime):
    with runtime.session() as session:
        friday = next_free_slots(session, NOW, location="york", day=date(2025, 6, 13), limit=5)

    assert_run(
        ActionAnswerConsultationSlots(runtime),
        tracker("any free consultations in york on friday", "ask_consultation_slots"),
        events=[],
        messages=[
            Message(
                "Here are the next free consultation times in York on Friday 13 June. A consultation costs "
                "£30. "
                "Tap one to ask for it.",
                tuple(
                    Button(
                        replies.slot_button_title(s, False), f'/request_booking{{"slot_choice": "{s.id}"}}'
                    )
                    for s in friday
                ),
            )
        ],
    )
    assert [s.starts_at.strftime("%H:%M") for s in friday] == ["09:00", "09:30", "10:00", "10:30", "11:00"]


@pytest.mark.parametrize(
    "action",
    [ActionAnswerOpeningHours, ActionAnswerPrice, ActionAnswerConsultationSlots, ActionAnswerPractitioners],
)
def test_with_the_database_down_the_patient_gets_the_clinic_phone_number(offline_runtime, action):
    assert_run(
        action(offline_runtime),
        tracker("are you open now", "ask_opening_hours"),
        events=[],
        messages=[replies.unavailable(PHONE)],
    )
    assert PHONE in replies.unavailable(PHONE)


def test_any_action_call_delivers_booking_requests_waiting_in_the_outbox(runtime, outbox):
    form = BookingForm(conversation_id="earlier", name="Ann Lee", phone="07700 900123", reference="f" * 32)
    outbox.put(form.reference, to_record(form, NOW))

    run(ActionAnswerPrice(runtime), tracker("price list", "ask_price"))

    with runtime.session() as session:
        assert [r.reference for r in booking_requests_for(session, "earlier")] == ["f" * 32]
    assert len(outbox) == 0


# ---------------------------------------------------------------- short lists


def _listed(message: Message) -> tuple:
    """(title, [(label, value)...]) of a short-list message; its text must say the same, one item a line."""
    shown = message.custom["list"]
    pairs = [(item["label"], item["value"]) for item in shown["items"]]
    lines = [f"• {label}: {value}" if value else f"• {label}" for label, value in pairs]
    assert message.text == "\n".join([shown["title"], *lines])
    return shown["title"], pairs


def test_opening_hours_come_as_a_short_list_per_clinic(runtime):
    ran = run(ActionAnswerOpeningHours(runtime), tracker("what are your opening hours", "ask_opening_hours"))

    lists = [_listed(m) for m in ran.messages if m.custom]
    assert [title for title, _ in lists] == ["Leeds:", "York:"]
    assert lists[0][1] == [
        ("Monday–Wednesday", "9:00–18:00"),
        ("Thursday", "9:00–20:00"),
        ("Friday", "9:00–18:00"),
        ("Saturday", "10:00–14:00"),
        ("Sunday", "closed"),
    ]
    assert ";" not in "".join(m.text for m in ran.messages if m.custom)


def test_the_price_list_is_a_short_list(runtime):
    ran = run(ActionAnswerPrice(runtime), tracker("what are your prices", "ask_price"))

    title, pairs = _listed(ran.messages[0])
    assert title == "Our prices per session:"
    assert ("Hair mesotherapy", "£150–£180") in pairs and len(pairs) >= 5


def test_the_team_is_a_short_list_with_roles_and_registrations(runtime):
    ran = run(ActionAnswerPractitioners(runtime), tracker("who are your practitioners", "ask_practitioners"))

    title, pairs = _listed(ran.messages[0])
    assert title == "Our practitioners:"
    assert ("Dr Amelia Hart", "medical director and aesthetic doctor (GMC 0000001)") in pairs


def test_several_clinics_come_as_a_short_list_of_addresses(runtime):
    ran = run(ActionAnswerLocation(runtime), tracker("where are you", "ask_location"))

    title, pairs = _listed(ran.messages[0])
    assert title == "We have 2 clinics:" and [label for label, _ in pairs] == ["Leeds", "York"]


def _after(earlier: list, now_text: str, intent: str):
    """A tracker whose latest message follows `earlier` (text, intent) messages of the same session."""
    built = tracker(now_text, intent)
    before = [{"event": "user", "text": "from an earlier session", "parse_data": {}}, {"event": "session_started"}]
    for text, said_intent in earlier:
        before.append({"event": "user", "text": text, "parse_data": {"intent": {"name": said_intent}}})
        before.append({"event": "bot", "text": "an answer"})
    built.events[0:0] = before
    return built


def test_how_much_is_it_after_a_treatment_is_that_treatments_price(runtime):
    earlier = [("is there a needle free option?", "faq")]
    ran = run(ActionAnswerPrice(runtime), _after(earlier, "how much is it?", "ask_price"))
    assert any("£95" in text for text in ran.texts)
    assert not any("Hair mesotherapy" in text for text in ran.texts)


def test_and_another_clinic_after_opening_hours_is_that_clinics_hours(runtime):
    earlier = [("when is the york clinic open?", "ask_opening_hours")]
    ran = run(ActionAnswerLocation(runtime), _after(earlier, "and leeds?", "ask_location"))
    assert any("Leeds" in text for text in ran.texts)
    assert not any("Park Square" in text for text in ran.texts)  # not the Leeds address


def test_an_earlier_session_is_no_context(runtime):
    built = tracker("how much is it?", "ask_price")
    built.events[0:0] = [
        {"event": "user", "text": "is there a needle free option?", "parse_data": {"intent": {"name": "faq"}}},
        {"event": "session_started"},
    ]
    ran = run(ActionAnswerPrice(runtime), built)
    assert any("Hair mesotherapy" in text for text in ran.texts)  # the whole price list


def test_how_much_is_it_during_a_booking_is_the_price_of_the_treatment_being_booked(runtime):
    slots = {"booking_treatment": "hair-mesotherapy", "booking_location": "york", "requested_slot": "booking_when"}
    during = run(
        ActionAnswerPrice(runtime), tracker("how much is it?", "ask_price", slots=slots, active_loop="booking_form")
    )
    assert any("Hair mesotherapy" in text for text in during.texts)
    assert not any("Needle-free" in text for text in during.texts)
    # The same slots with no form running (a request already sent, or stopped) are no context.
    after = run(ActionAnswerPrice(runtime), tracker("how much is it?", "ask_price", slots=slots))
    assert any("Needle-free" in text for text in after.texts)  # the whole price list


def test_a_bare_treatment_routed_after_a_price_is_that_treatments_price(runtime):
    """The follow-up policy sends "and the scalp one?" (read alone as the hair FAQ) to the price action."""
    earlier = [("what does a skin booster cost", "ask_price")]
    ran = run(ActionAnswerPrice(runtime), _after(earlier, "and the scalp one?", "faq"))
    assert any("Hair mesotherapy is £150–£180" in text for text in ran.texts)
    assert not any("Skin booster" in text for text in ran.texts)


def test_a_follow_up_after_a_follow_up_reads_the_first_ones_faq_topic(runtime):
    built = _after([("what does a skin booster cost", "ask_price")], "and needleless?", "faq")
    # "and for hair?" in between, read alone as the hair FAQ (its topic in the response selector)
    hair = {"intent": {"name": "faq"}, "response_selector": {"faq": {"response": {"intent_response_key": "faq/hair"}}}}
    built.events[-1:-1] = [
        {"event": "user", "text": "and for hair?", "parse_data": hair},
        {"event": "bot", "text": "x"},
    ]
    ran = run(ActionAnswerPrice(runtime), built)
    assert any("Needle-free mesotherapy is £95" in text for text in ran.texts)
