"""Storing a finished booking request, or spooling it while the database is down."""

from datetime import datetime, timezone

from assistant.booking import fields
from assistant.booking.screening import QUESTIONS
from assistant.booking.submit import deliver, form_from_answers, from_record, submit, to_record
from assistant.clinic.booking import BookingForm, booking_requests_for
from assistant.clinic.slots import next_free_slots
from assistant.db import create_engine_for, session_scope
from assistant.outbox import Outbox
from tests.assistant.clinic.conftest import NOW

ANSWERS = {
    fields.TREATMENT: "hair-mesotherapy",
    fields.LOCATION: "leeds",
    fields.WHEN: "any time",
    fields.PREFERRED_TIME: "any time",
    fields.NAME: "Jane Doe",
    fields.CONTACT: "jane@example.com",
    fields.REFERENCE: "r" * 32,
    **{q.slot: "no" for q in QUESTIONS},
}


def test_the_form_becomes_the_data_layers_booking_form():
    form = form_from_answers(
        {**ANSWERS, fields.SLOT_ID: "12", fields.SLOT_STARTS_AT: "2025-06-13T09:00:00+01:00"}, "c1"
    )

    assert form == BookingForm(
        conversation_id="c1",
        name="Jane Doe",
        email="jane@example.com",
        treatment="hair-mesotherapy",
        location="leeds",
        slot_id=12,
        slot_starts_at=datetime(2025, 6, 13, 8, 0, tzinfo=timezone.utc),
        preferred_time="any time",
        screening={q.key: "no" for q in QUESTIONS},
        reference="r" * 32,
    )


def test_undecided_treatment_and_either_clinic_are_left_to_the_team():
    form = form_from_answers(
        {**ANSWERS, fields.TREATMENT: fields.UNDECIDED, fields.LOCATION: fields.ANY_LOCATION}, "c1"
    )

    assert (form.treatment, form.location) == (None, None)


def test_a_flagged_screening_holds_no_slot_but_keeps_the_time():
    answers = {
        **ANSWERS,
        fields.SLOT_ID: "12",
        fields.SLOT_STARTS_AT: "2025-06-13T09:00:00+01:00",
        "screening_allergies": "not sure",
    }
    form = form_from_answers(answers, "c1")

    assert form.slot_id is None and form.slot_starts_at is not None


def test_outbox_records_round_trip():
    form = form_from_answers({**ANSWERS, fields.SLOT_STARTS_AT: "2025-06-13T09:00:00+01:00"}, "c1")

    assert from_record(to_record(form, NOW)) == (form, NOW)


def test_stored_with_the_slot_held(world, tmp_path):
    [slot] = _free(world, 1)
    answers = {**ANSWERS, fields.SLOT_ID: str(slot.id), fields.SLOT_STARTS_AT: slot.starts_at.isoformat()}

    outcome = submit(lambda: session_scope(world), Outbox(tmp_path), form_from_answers(answers, "c1"), NOW)

    assert outcome.status == "stored" and outcome.held.id == slot.id and outcome.taken is None
    assert outcome.request.status == "requested" and outcome.request.slot_held


def test_a_treatment_removed_meanwhile_is_dropped_and_noted_rather_than_losing_the_request(world, tmp_path):
    answers = {**ANSWERS, fields.TREATMENT: "no-longer-offered"}

    outcome = submit(lambda: session_scope(world), Outbox(tmp_path), form_from_answers(answers, "c1"), NOW)

    assert outcome.status == "stored"
    assert outcome.request.treatment is None and outcome.request.flagged_for_review
    assert outcome.request.review_reasons[0].startswith("treatment no longer offered")


def test_database_down_spools_then_delivers_once(world, tmp_path):
    outbox = Outbox(tmp_path)
    down = create_engine_for("postgresql://postgres@127.0.0.1:9/clinic?connect_timeout=2")
    form = form_from_answers(ANSWERS, "c1")

    outcome = submit(lambda: session_scope(down), outbox, form, NOW)

    assert outcome.status == "spooled" and [key for key, _ in outbox.pending()] == [form.reference]
    assert deliver(lambda: session_scope(down), outbox).waiting == [form.reference]
    report = deliver(lambda: session_scope(world), outbox)
    assert report.delivered == [form.reference]
    # delivered twice (say, a crash before the file was removed): still one request
    outbox.put(form.reference, to_record(form, NOW))
    deliver(lambda: session_scope(world), outbox)
    with session_scope(world) as session:
        [request] = booking_requests_for(session, "c1")
    assert request.reference == form.reference and request.created_at == NOW
    down.dispose()


def _free(engine, limit):
    with session_scope(engine) as session:
        return next_free_slots(session, NOW, location="leeds", limit=limit)
