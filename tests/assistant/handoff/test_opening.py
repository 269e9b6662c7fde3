"""What a ticket says, from the conversation; and the booking in progress
going to the team with it."""

from __future__ import annotations

from sqlalchemy import select

from assistant.booking import fields
from assistant.booking.screening import QUESTIONS
from assistant.db.models import BookingRequest
from assistant.handoff import HandoffUrgency
from assistant.handoff.opening import (
    DECLINED,
    contact_from,
    keep_booking,
    last_reply_urgency,
    ticket_from,
)
from tests.assistant.handoff.conftest import NOW

SAFETY = {
    "urgency": "same_day",
    "family": "same_day_clinician",
    "situations": ["infection"],
    "rows": ["B13"],
    "triggers": ["pus"],
    "source": "screen",
}


def user(text="there's pus coming out", safety=SAFETY, intent="safety_same_day", message_id="m1"):
    parse_data = {"text": text, "intent": {"name": intent, "confidence": 1.0}}
    if safety:
        parse_data["safety"] = safety
    return {"event": "user", "text": text, "parse_data": parse_data, "message_id": message_id}


def test_the_urgency_is_the_escalation_reply_given_since_the_patient_spoke():
    events = [
        {"event": "action", "name": "utter_safety_review"},
        user(),
        {"event": "action", "name": "utter_safety_same_day"},
        {"event": "bot", "text": "..."},
    ]
    assert last_reply_urgency(events) is HandoffUrgency.SAME_DAY
    assert last_reply_urgency(events[:2]) is None
    assert (
        last_reply_urgency([user(), {"event": "action", "name": "utter_human_contact"}])
        is HandoffUrgency.ROUTINE
    )


def test_a_screened_message_becomes_a_ticket_with_its_findings():
    new = ticket_from("c1", user(), HandoffUrgency.SAME_DAY, {}, NOW)

    assert (new.conversation_id, new.source_message_id, new.urgency) == ("c1", "m1", HandoffUrgency.SAME_DAY)
    assert (new.situations, new.rows, new.triggers) == (("infection",), ("B13",), ("pus",))
    assert new.message_text == "there's pus coming out"
    assert new.details["source"] == "assistant" and new.details["intent"] == "safety_same_day"


def test_a_screening_yes_becomes_a_review_ticket_naming_the_question():
    slots = {QUESTIONS[0].slot: "no", QUESTIONS[1].slot: "yes"}
    new = ticket_from("c1", user("yes", None, "affirm"), HandoffUrgency.REVIEW, slots, NOW)

    assert new.situations == ("screening:blood_thinners_or_bleeding_disorder",)
    assert new.rows == ("A9", "A11") and new.triggers == ("yes",)
    assert new.details["screening"] == {
        "pregnant_or_breastfeeding": "no",
        "blood_thinners_or_bleeding_disorder": "yes",
    }


def test_contact_comes_from_the_callback_form_else_the_booking_form():
    assert contact_from({"callback_name": "Jane", "callback_phone": "07700 900123"}) == (
        "Jane",
        "07700 900123",
    )
    assert contact_from({fields.NAME: "Jane Doe", fields.CONTACT: "07700 900123"}) == (
        "Jane Doe",
        "07700 900123",
    )
    assert contact_from({fields.NAME: "Jane Doe", fields.CONTACT: "jane@example.com"}) == ("Jane Doe", None)
    assert contact_from({"callback_name": DECLINED, "callback_phone": DECLINED}) == (None, None)


BOOKING = {
    fields.TREATMENT: "hair-mesotherapy",
    fields.LOCATION: "leeds",
    fields.WHEN: "friday afternoon",
    fields.PREFERRED_TIME: "friday afternoon",
    fields.NAME: "Jane Doe",
    fields.CONTACT: "07700 900123",
    fields.REFERENCE: "ref0001",
    QUESTIONS[0].slot: "yes",
}


def test_a_booking_in_progress_goes_to_the_team_flagged_and_holding_nothing(db, outbox):
    new = ticket_from("c1", user("yes", None, "affirm"), HandoffUrgency.REVIEW, BOOKING, NOW)

    kept = keep_booking(db, outbox, BOOKING, new, NOW)

    assert kept.status == "stored" and kept.clears_form and kept.reference == "ref0001"
    with db() as session:
        row = session.execute(select(BookingRequest)).scalar_one()
    assert row.id == kept.request_id and row.flagged_for_review and row.slot_id is None
    assert any("stopped for a review handoff" in reason for reason in row.review_reasons)


def test_a_booking_with_the_database_down_goes_to_the_outbox(down, outbox):
    new = ticket_from("c1", user(), HandoffUrgency.SAME_DAY, BOOKING, NOW)

    kept = keep_booking(down, outbox, BOOKING, new, NOW)

    assert kept.status == "spooled" and kept.reference == "ref0001" and len(outbox) == 1


def test_a_booking_without_name_or_contact_stays_in_the_form_and_the_ticket(db, outbox):
    slots = {fields.TREATMENT: "hair-mesotherapy", fields.REFERENCE: "ref0002"}
    new = ticket_from("c1", user(), HandoffUrgency.SAME_DAY, slots, NOW)

    kept = keep_booking(db, outbox, slots, new, NOW)

    assert kept.status == "partial" and not kept.clears_form
    assert kept.answers == {fields.TREATMENT: "hair-mesotherapy"}


def test_no_booking_no_change(db, outbox):
    new = ticket_from("c1", user(), HandoffUrgency.SAME_DAY, {}, NOW)
    assert keep_booking(db, outbox, {}, new, NOW).status == "none"
