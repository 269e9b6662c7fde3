"""Editing the clinic's data (the console's service layer), on SQLite and
PostgreSQL: valid changes are written and the assistant's very next answer
uses them; invalid ones are refused field by field, in the clinic file
loader's words, and change nothing."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from assistant.clinic import admin, answers
from assistant.clinic.admin import ClinicDataInvalid, ClosureInput, PackageInput, PractitionerInput
from assistant.clinic.hours import hours_on, open_status
from assistant.clinic.practitioners import find_practitioner, list_practitioners
from assistant.clinic.slots import next_free_slots
from assistant.clinic.values import Money, TimeRange
from assistant.db import session_scope
from assistant.db.models import Closure, ConsultationSlot, Location, OpeningHours
from tests.assistant.clinic.conftest import NOW, london

SATURDAY = date(2025, 6, 14)
SUNDAY = date(2025, 6, 15)
THURSDAY = date(2025, 6, 19)


@pytest.fixture
def db(world):
    return lambda: session_scope(world)


def ask(db, topic: str, text: str) -> str:
    """What the clinic actions answer (actions/clinic.py calls answers.answer the same way)."""
    with db() as session:
        reply = answers.answer(session, topic, answers.Question(text), NOW)
    return " ".join(message.text for message in reply.messages)


def refused(db, change, *args) -> dict:
    with pytest.raises(ClinicDataInvalid) as error:
        with db() as session:
            change(session, *args)
    return error.value.errors


# --- The snapshot ---------------------------------------------------------------------------


def test_the_snapshot_holds_what_the_edit_forms_show(db):
    with db() as session:
        snap = admin.snapshot(session)

    assert [loc.slug for loc in snap.locations] == ["leeds", "york"]
    assert snap.location("leeds").day_text(3) == "09:00-20:00"
    assert snap.location("york").day_text(2) == "09:00-13:00, 14:00-18:00"
    assert snap.location("york").day_text(6) == "closed"
    assert snap.consultation_fee == Money(3000, "GBP") and admin.money_text(snap.consultation_fee) == "30.00"
    christmas = next(c for c in snap.closures if c.reason == "Christmas Day")
    assert (christmas.starts_on.month, christmas.starts_on.day, christmas.repeats_yearly) == (12, 25, True)
    assert christmas.location is None
    hair = snap.treatment("hair-mesotherapy")
    assert (hair.price_from.minor, hair.price_to.minor) == (15000, 18000)
    assert [(p.sessions, p.price.minor) for p in hair.packages] == [(3, 42000), (6, 78000)]
    hart = snap.practitioner("dr-amelia-hart")
    assert (hart.registration_body, hart.registration_number, hart.locations) == ("GMC", "0000001", ("leeds", "york"))


# --- Opening hours ----------------------------------------------------------------------------


def test_new_hours_are_in_the_assistants_next_answer(db):
    assert "Leeds clinic is closed" in ask(db, "hours", "are you open on sunday in leeds")

    with db() as session:
        change = admin.set_weekly_hours(session, "leeds", {"sun": "10:00-14:00", "thu": "09:00-19:00"}, NOW)

    assert "On Sunday 15 June the Leeds clinic is open 10:00–14:00." in ask(
        db, "hours", "are you open on sunday in leeds"
    )
    with db() as session:
        assert not open_status(session, london(2025, 6, 12, 19, 30), "leeds")[0].is_open
        assert hours_on(session, SUNDAY, "leeds")[0].intervals == (TimeRange(time(10), time(14)),)
    assert change.action == "clinic.hours.update" and change.subject_id == "leeds"
    assert change.detail == {
        "changed": {
            "thu": {"before": "09:00-20:00", "after": "09:00-19:00"},
            "sun": {"before": "closed", "after": "10:00-14:00"},
        }
    }


def test_a_split_day_and_one_day_at_a_time(db):
    with db() as session:
        admin.set_hours(session, "leeds", "mon", "08:00-12:00; 13:00-17:30", NOW)
        admin.set_hours(session, "leeds", 1, "closed", NOW)

    with db() as session:
        leeds = admin.snapshot(session).location("leeds")
    assert leeds.day_text(0) == "08:00-12:00, 13:00-17:30" and leeds.day_text(1) == "closed"
    assert leeds.day_text(2) == "09:00-18:00"  # untouched


def test_setting_the_same_hours_changes_nothing(db):
    with db() as session:
        change = admin.set_weekly_hours(session, "leeds", {"mon": "09:00-18:00"}, NOW)

    assert change.detail == {"changed": {}}


@pytest.mark.parametrize(
    "day, hours, message",
    [
        ("mon", "9-5", "'9-5' should be opening hours like 09:00-18:00"),
        ("mon", "18:00-09:00", "closes 09:00 is before opens 18:00"),
        ("mon", "09:00-09:00", "closes 09:00 is the same as opens 09:00"),
        ("tue", "09:00-13:00, 12:00-18:00", "09:00-13:00 overlaps 12:00-18:00"),
        ("wed", "25:00-26:00", "'25:00-26:00' has a time that doesn't exist (use 00:00 to 23:59)"),
        ("someday", "closed", "'someday' is not a day; use mon, tue, wed, thu, fri, sat, sun"),
        ("sat", "  ", "is missing; write opening hours like 09:00-18:00, or closed"),
    ],
)
def test_invalid_hours_are_refused_by_day_and_nothing_changes(db, day, hours, message):
    with db() as session:
        before = admin.snapshot(session)

    errors = refused(db, admin.set_weekly_hours, "leeds", {"fri": "10:00-16:00", day: hours}, NOW)

    assert errors == {day: message}
    with db() as session:
        assert admin.snapshot(session) == before


def test_hours_for_an_unknown_location_are_refused(db):
    from assistant.exceptions import UnknownLocation

    with pytest.raises(UnknownLocation):
        with db() as session:
            admin.set_hours(session, "hull", "mon", "closed", NOW)


def test_closing_a_rota_day_removes_its_free_consultation_times_and_warns(db):
    with db() as session:
        assert next_free_slots(session, NOW, location="leeds", day=SATURDAY)

    with db() as session:
        change = admin.set_hours(session, "leeds", "sat", "closed", NOW)

    assert change.warnings == (
        "Sarah Okafor has consultation times at Leeds on Saturdays in the rota; "
        "none are offered while Leeds is closed that day",
    )
    with db() as session:
        assert next_free_slots(session, NOW, location="leeds", day=SATURDAY) == []
    assert "I can't see any free consultation times in Leeds on Saturday 14 June" in ask(
        db, "slots", "free consultation times in leeds on saturday"
    )


def test_longer_hours_offer_more_consultation_times_without_duplicates(db):
    with db() as session:
        admin.set_hours(session, "leeds", "mon", "08:00-18:00", NOW)

    with db() as session:
        monday = next_free_slots(session, NOW, location="leeds", day=date(2025, 6, 16), limit=100)
        duplicates = session.execute(
            select(ConsultationSlot.practitioner_id, ConsultationSlot.starts_at)
            .group_by(ConsultationSlot.practitioner_id, ConsultationSlot.starts_at)
            .having(func.count() > 1)
        ).all()
    assert monday[0].starts_at == london(2025, 6, 16, 8, 0) and duplicates == []


def test_a_held_time_now_outside_opening_hours_is_kept_and_reported(db):
    from assistant.clinic.slots import hold_slot

    with db() as session:
        slot = next_free_slots(session, NOW, location="leeds", day=SATURDAY)[0]
        hold_slot(session, slot.id, NOW)

    with db() as session:
        change = admin.set_hours(session, "leeds", "sat", "closed", NOW)

    assert any("1 consultation time(s) held for booking requests now fall outside" in w for w in change.warnings)
    with db() as session:
        assert session.get(ConsultationSlot, slot.id).status == "held"


# --- Closures ---------------------------------------------------------------------------------


def test_a_new_closure_is_in_the_next_answer_and_removing_it_reopens(db):
    with db() as session:
        change = admin.add_closure(session, ClosureInput("2025-06-19", "", "Staff training", "leeds"), NOW)

    assert "On Thursday 19 June the Leeds clinic is closed for Staff training" in ask(
        db, "hours", "are you open on 19 june in leeds"
    )
    with db() as session:
        assert hours_on(session, THURSDAY, "york")[0].intervals  # York stays open
        assert next_free_slots(session, NOW, location="leeds", day=THURSDAY) == []
    assert change.action == "clinic.closure.add"
    assert change.detail == {
        "starts_on": "2025-06-19",
        "ends_on": "2025-06-19",
        "repeats_yearly": False,
        "reason": "Staff training",
        "location": "leeds",
    }

    with db() as session:
        removed = admin.remove_closure(session, int(change.subject_id), NOW)

    assert removed.action == "clinic.closure.remove" and removed.detail["reason"] == "Staff training"
    assert "On Thursday 19 June the Leeds clinic is open 9:00–20:00" in ask(
        db, "hours", "are you open on 19 june in leeds"
    )
    with db() as session:
        assert next_free_slots(session, NOW, location="leeds", day=THURSDAY)


def test_a_yearly_closure_comes_back_every_year(db):
    with db() as session:
        change = admin.add_closure(session, ClosureInput("2025-08-01", "2025-08-03", "Summer break", "", True), NOW)

    with db() as session:
        row = session.get(Closure, int(change.subject_id))
        assert (row.starts_on, row.ends_on, row.repeats_yearly, row.location_id) == (
            date(2001, 8, 1),
            date(2001, 8, 3),
            True,
            None,
        )
        for day in (date(2025, 8, 2), date(2027, 8, 3)):
            assert all(hours.is_closed for hours in hours_on(session, day))
        assert not hours_on(session, date(2025, 8, 4), "leeds")[0].is_closed


@pytest.mark.parametrize(
    "closure, expected",
    [
        (ClosureInput("2025-06-20", "2025-06-19", "Training"), {"ends_on": "2025-06-19 is before 2025-06-20"}),
        (ClosureInput("2025-02-30", "", "Training"), {"starts_on": "'2025-02-30' should be a date like 2025-12-24"}),
        (ClosureInput("", "", "Training"), {"starts_on": "'' should be a date like 2025-12-24"}),
        (ClosureInput("2025-06-19", "", "  "), {"reason": "should be some text"}),
        (ClosureInput("2025-06-19", "", "x" * 201), {"reason": "is 201 characters long; keep it under 200"}),
        (
            ClosureInput("2025-06-19", "", "Training", "yrok"),
            {"location": "unknown location 'yrok' (did you mean 'york'?); known: leeds, york"},
        ),
        (
            ClosureInput("2024-02-29", "", "Leap day", "", True),
            {"starts_on": "29 February is not a day that comes every year"},
        ),
        (
            ClosureInput("2025-12-24", "", "Shut early", "", True),
            {"starts_on": "'Christmas Eve' falls on a closure ('Shut early'); remove one of them"},
        ),
    ],
)
def test_invalid_closures_are_refused_by_field(db, closure, expected):
    assert refused(db, admin.add_closure, closure, NOW) == expected
    with db() as session:
        assert session.execute(select(func.count()).select_from(Closure)).scalar_one() == 3  # the demo's


def test_removing_a_closure_that_is_gone_is_refused(db):
    assert refused(db, admin.remove_closure, 99999, NOW) == {"closure": "no closure with id 99999 (removed already?)"}


# --- Prices and the consultation fee -----------------------------------------------------------


def test_a_new_price_and_packages_are_in_the_next_answer(db):
    assert ask(db, "price", "how much is hair mesotherapy") == (
        "Hair mesotherapy is £150–£180 a session, or £420 for a course of 3 or £780 for a course of 6."
    )

    with db() as session:
        change = admin.set_treatment_price(
            session, "hair-mesotherapy", "£165", "", [PackageInput("3", "450"), PackageInput("", "", "")]
        )

    assert ask(db, "price", "how much is hair mesotherapy") == (
        "Hair mesotherapy is £165 a session, or £450 for a course of 3."
    )
    assert change.detail == {
        "before": {"price_from": "150.00", "price_to": "180.00"},
        "after": {"price_from": "165.00", "price_to": "165.00"},
        "currency": "GBP",
        "packages_before": ["3 sessions for 420.00", "6 sessions for 780.00"],
        "packages_after": ["3 sessions for 450.00"],
    }


def test_a_price_range_with_pence_and_packages_left_alone(db):
    with db() as session:
        admin.set_treatment_price(session, "body-cellulite", "119.50", "210")

    with db() as session:
        body = admin.snapshot(session).treatment("body-cellulite")
    assert (body.price_from.minor, body.price_to.minor, len(body.packages)) == (11950, 21000, 1)


@pytest.mark.parametrize(
    "low, high, packages, expected",
    [
        ("-5", "", None, {"price_from": "'-5' should be zero or more with at most two decimals"}),
        ("10.555", "", None, {"price_from": "'10.555' should be zero or more with at most two decimals"}),
        ("abc", "", None, {"price_from": "'abc' is not an amount of money; write it like 250 or 49.50"}),
        ("", "", None, {"price_from": "is missing"}),
        ("200", "150", None, {"price_to": "'to' (150) is less than 'from' (200)"}),
        (
            "150",
            "",
            [PackageInput("1", "100"), PackageInput("3", "x"), PackageInput("", "300")],
            {
                "packages-0-sessions": "should be a whole number from 2 to 50, not 1",
                "packages-1-price": "'x' is not an amount of money; write it like 250 or 49.50",
                "packages-2-sessions": "is missing",
            },
        ),
        (
            "150",
            "",
            [PackageInput("3", "400"), PackageInput("3", "420")],
            {"packages": "two packages have the same number of sessions"},
        ),
    ],
)
def test_invalid_prices_are_refused_by_field_and_nothing_changes(db, low, high, packages, expected):
    assert refused(db, admin.set_treatment_price, "hair-mesotherapy", low, high, packages) == expected
    with db() as session:
        hair = admin.snapshot(session).treatment("hair-mesotherapy")
    assert (hair.price_from.minor, len(hair.packages)) == (15000, 2)


def test_a_free_consultation_is_in_the_next_answer(db):
    assert ask(db, "price", "how much is a consultation") == "A consultation costs £30."

    with db() as session:
        change = admin.set_consultation_fee(session, "0")

    assert ask(db, "price", "how much is a consultation") == "Consultations are free."
    assert change.detail == {"before": "30.00", "after": "0.00", "currency": "GBP"}
    assert refused(db, admin.set_consultation_fee, "-1") == {
        "consultation_fee": "'-1' should be zero or more with at most two decimals"
    }


@pytest.mark.parametrize("amount", ["99999999999999999999", "1e400", "1000000.01", "9" * 1000])
def test_an_amount_too_large_for_the_database_is_refused_with_a_reason(db, amount):
    errors = refused(db, admin.set_consultation_fee, amount)
    assert list(errors) == ["consultation_fee"]
    assert "is more than 1,000,000" in errors["consultation_fee"] and len(errors["consultation_fee"]) < 200


# --- Practitioners ----------------------------------------------------------------------------


def test_an_edited_practitioner_is_in_the_next_answer(db):
    with db() as session:
        change = admin.update_practitioner(
            session,
            "jess-marlow",
            PractitionerInput(
                name="Jess Marlow-Smith",
                role="Aesthetic nurse",
                qualifications="RN, Level 4 Diploma in Skin Aesthetics",
                registration_body="NMC",
                registration_number="00B0002Z",
                bio="Jess leads the needle-free clinic.",
            ),
        )

    answer = ask(db, "practitioners", "who is jess")
    assert "Jess Marlow-Smith is our aesthetic nurse" in answer and "NMC 00B0002Z" in answer
    assert "Jess leads the needle-free clinic." in answer
    assert change.detail["changed"]["registration_body"] == {"before": None, "after": "NMC"}
    assert change.detail["changed"]["bio"] == {"changed": True}
    with db() as session:
        assert list_practitioners(session, location="york")[-1].locations == ("leeds", "york")  # untouched


def test_clearing_a_registration_makes_a_practitioner_unregistered(db):
    with db() as session:
        admin.update_practitioner(session, "dr-tom-fielding", PractitionerInput(name="Dr Tom Fielding", role="Dentist"))

    with db() as session:
        tom = admin.snapshot(session).practitioner("dr-tom-fielding")
    assert (tom.registration_body, tom.registration_number) == (None, None)


@pytest.mark.parametrize(
    "given, expected",
    [
        (PractitionerInput(name="", role="Doctor"), {"name": "is missing"}),
        (PractitionerInput(name="A" * 121, role="Doctor"), {"name": "is 121 characters long; keep it under 120"}),
        (
            PractitionerInput(name="Dr A", role="Doctor", registration_body="GMC"),
            {"registration_number": "give the GMC registration number, or clear the regulator"},
        ),
        (
            PractitionerInput(name="Dr A", role="Doctor", registration_number="0000001"),
            {"registration_body": "give the regulator, one of GMC, NMC, GDC, GPhC, HCPC"},
        ),
        (
            PractitionerInput(name="Dr A", role="Doctor", registration_body="G M C", registration_number="1"),
            {"registration_number": "'G M C 1' should be a regulator and number, like 'GMC 1234567'"},
        ),
        (
            PractitionerInput(name="Dr A", role="Doctor", locations=["leeds"]),
            {
                "locations": "Dr Amelia Hart has consultation times at York in the rota; "
                "keep the location, or change the rota in the clinic file first"
            },
        ),
        (
            PractitionerInput(name="Dr A", role="Doctor", treatments=["botox"]),
            {
                "treatments": "unknown treatment 'botox'; known: face-skin-booster, hair-mesotherapy, body-cellulite, "
                "chin-fat-dissolving, acne-scar-mesotherapy, needle-free-mesotherapy"
            },
        ),
    ],
)
def test_invalid_practitioner_edits_are_refused_by_field(db, given, expected):
    assert refused(db, admin.update_practitioner, "dr-amelia-hart", given) == expected
    with db() as session:
        assert admin.snapshot(session).practitioner("dr-amelia-hart").name == "Dr Amelia Hart"


def test_a_new_practitioner_is_found_by_the_assistant(db):
    with db() as session:
        change = admin.add_practitioner(
            session,
            PractitionerInput(
                name="Dr Priya Shah",
                role="Aesthetic doctor",
                qualifications="MBChB",
                registration_body="GMC",
                registration_number="0000009",
                locations=["york"],
                treatments=["hair-mesotherapy"],
            ),
        )

    assert change.subject_id == "dr-priya-shah" and change.detail["registration"] == "GMC 0000009"
    with db() as session:
        assert find_practitioner(session, "dr shah").slug == "dr-priya-shah"
        assert list_practitioners(session)[-1].slug == "dr-priya-shah"
    assert "• Dr Priya Shah: aesthetic doctor (GMC 0000009)" in ask(
        db, "practitioners", "who does hair mesotherapy in york"
    )


def test_a_second_practitioner_with_the_same_name_gets_a_slug_of_their_own(db):
    with db() as session:
        first = admin.add_practitioner(session, PractitionerInput(name="Jess Marlow", role="Receptionist"))

    assert first.subject_id == "jess-marlow-2"
    assert refused(
        db, admin.add_practitioner, PractitionerInput(name="Someone", role="Nurse", slug="dr-amelia-hart")
    ) == {"slug": "'dr-amelia-hart' is taken by another practitioner"}
    assert refused(db, admin.add_practitioner, PractitionerInput(name="Someone", role="Nurse", slug="Not A Slug")) == {
        "slug": "'Not A Slug' should be lower-case letters, digits and dashes, like 'hair-mesotherapy'"
    }


def test_nothing_in_the_clinic_layer_caches_between_sessions(db, world):
    """The proof that edits reach the patient: two sessions in a row, as two
    action calls, see the change made in between by a third."""
    first = ask(db, "hours", "are you open on sunday in leeds")
    with session_scope(world) as session:
        leeds = session.execute(select(Location).where(Location.slug == "leeds")).scalar_one()
        session.add(OpeningHours(location_id=leeds.id, weekday=6, opens=time(11), closes=time(13)))
    second = ask(db, "hours", "are you open on sunday in leeds")

    assert "closed" in first and "11:00–13:00" in second
