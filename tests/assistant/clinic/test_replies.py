"""Reply wording from query results: plain data in, short friendly text out."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from assistant.clinic import replies
from assistant.clinic.calendar import DayHours, OpenStatus
from assistant.clinic.hours import NextOpening, WeeklyHours
from assistant.clinic.locations import LocationInfo
from assistant.clinic.practitioners import DoctorCheck, PractitionerInfo
from assistant.clinic.profile import ClinicInfo
from assistant.clinic.slots import SlotInfo
from assistant.clinic.treatments import Package, TreatmentInfo
from assistant.clinic.values import Money, PriceRange, TimeRange

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2025, 6, 11, 11, 0, tzinfo=LONDON)  # Wednesday
NINE_TO_SIX = (TimeRange(time(9), time(18)),)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def day(location: str, on: date, intervals=NINE_TO_SIX, reason=None) -> DayHours:
    return DayHours(location.lower(), location, on, intervals, reason)


def status(
    location: str, moment: datetime, is_open: bool, closes=None, opens=None, reason=None
) -> OpenStatus:
    return OpenStatus(
        location.lower(),
        location,
        moment,
        is_open,
        closes,
        opens,
        day(location, moment.date(), () if reason else NINE_TO_SIX, reason),
    )


def test_open_now_until():
    text = replies.open_status_text(status("Leeds", NOW, True, closes=at(2025, 6, 11, 18)), NOW)

    assert text == "Yes — the Leeds clinic is open now until 18:00."


def test_open_at_a_later_moment_names_the_day():
    moment = at(2025, 6, 12, 19)
    text = replies.open_status_text(status("York", moment, True, closes=at(2025, 6, 12, 20)), NOW)

    assert text == "Yes — the York clinic is open at 19:00 tomorrow (Thursday 12 June) until 20:00."


def test_closed_on_a_holiday_gives_the_reason_and_the_next_opening():
    moment = at(2025, 12, 25, 11)
    text = replies.open_status_text(
        status("Leeds", moment, False, opens=at(2025, 12, 27, 10), reason="Christmas Day"), NOW
    )

    assert text == (
        "No — the Leeds clinic is closed at 11:00 on Thursday 25 December (Christmas Day); "
        "it opens again on Saturday 27 December at 10:00."
    )


def test_closed_everywhere_with_one_reopening():
    christmas = day("Leeds", date(2025, 12, 25), (), "Christmas Day")
    openings = [NextOpening("leeds", "Leeds", at(2025, 12, 27, 10))]

    assert replies.closed_everywhere_text(christmas, openings, NOW.date()) == (
        "We're closed on Christmas Day; we open again on Saturday 27 December at 10:00."
    )


def test_closed_everywhere_with_different_reopenings_names_each_clinic():
    christmas = day("Leeds", date(2025, 12, 25), (), "Christmas Day")
    openings = [
        NextOpening("york", "York", at(2025, 12, 29, 9)),
        NextOpening("leeds", "Leeds", at(2025, 12, 27, 10)),
    ]

    assert replies.closed_everywhere_text(christmas, openings, NOW.date()) == (
        "We're closed on Christmas Day; we open again on Saturday 27 December at 10:00 in Leeds "
        "and on Monday 29 December at 9:00 in York."
    )


@pytest.mark.parametrize(
    "on, intervals, reason, expected",
    [
        (
            date(2025, 6, 11),
            NINE_TO_SIX,
            None,
            "Today (Wednesday 11 June) the Leeds clinic is open 9:00–18:00.",
        ),
        (
            date(2025, 6, 12),
            NINE_TO_SIX,
            None,
            "Tomorrow (Thursday 12 June) the Leeds clinic is open 9:00–18:00.",
        ),
        (date(2025, 6, 15), (), None, "On Sunday 15 June the Leeds clinic is closed."),
        (
            date(2025, 12, 24),
            (TimeRange(time(9), time(13)),),
            "Christmas Eve",
            "On Wednesday 24 December the Leeds clinic is open 9:00–13:00 (Christmas Eve hours).",
        ),
    ],
    ids=["today", "tomorrow", "closed", "special-hours"],
)
def test_day_hours(on, intervals, reason, expected):
    assert replies.day_hours_text(day("Leeds", on, intervals, reason), NOW.date()) == expected


def test_weekly_hours_per_location_and_when_they_are_the_same():
    week = tuple([NINE_TO_SIX] * 5 + [(), ()])
    leeds, york = WeeklyHours("leeds", "Leeds", week), WeeklyHours("york", "York", week)

    assert (
        replies.weekly_text([leeds])
        == "The Leeds clinic's opening hours: Monday–Friday 9:00–18:00; Saturday–Sunday closed."
    )
    assert (
        replies.weekly_text([leeds, york])
        == "All our clinics have the same hours: Monday–Friday 9:00–18:00; Saturday–Sunday closed."
    )


def test_special_days_are_said_once_when_every_clinic_shares_them():
    days = [
        day("Leeds", date(2025, 12, 25), (), "Christmas Day"),
        day("York", date(2025, 12, 25), (), "Christmas Day"),
        day("York", date(2025, 12, 31), (TimeRange(time(10), time(16)),), "New Year's Eve"),
    ]

    assert replies.special_days_text(days, multiple_locations=True) == (
        "Coming up: Christmas Day (Thursday 25 December) closed; "
        "New Year's Eve (Wednesday 31 December) in York open 10:00–16:00."
    )


LEEDS = LocationInfo(
    "leeds", "Leeds", (), "1 Park Row, Leeds", "0113 496 0000", "Walk from the station.", None
)
YORK = LocationInfo("york", "York", (), "2 Minster Row, York", "01632 960 441", None, "Car park behind.")


def test_locations_addresses_directions_and_parking():
    assert replies.addresses_text([LEEDS, YORK]) == (
        "We have 2 clinics, in Leeds and York. Leeds: 1 Park Row, Leeds. York: 2 Minster Row, York."
    )
    assert (
        replies.directions_text(LEEDS) == "Our Leeds clinic is at 1 Park Row, Leeds. Walk from the station."
    )
    assert replies.parking_text(YORK) == "Parking at our York clinic: Car park behind."
    assert replies.parking_text(LEEDS) == (
        "I don't have parking details for our Leeds clinic; the team can help on 0113 496 0000."
    )


def test_which_location_question():
    assert replies.which_location([LEEDS, YORK]) == "Which clinic do you mean: Leeds or York?"


CLINIC = ClinicInfo(
    "Harbour Skin Clinic",
    "0113 496 0000",
    "0113 496 0999",
    "999",
    "Europe/London",
    "https://harbourskin.example",
    None,
    Money(3000, "GBP"),
    "within one working day",
)


def test_contact_lists_each_clinic_number_when_they_differ():
    assert replies.contact_text(CLINIC, [LEEDS, YORK], asked_other_channel=False) == (
        "You can call Leeds on 0113 496 0000 or York on 01632 960 441. Our website is "
        "https://harbourskin.example."
    )


HAIR = TreatmentInfo(
    "hair-mesotherapy",
    "Hair mesotherapy",
    "hair",
    (),
    "Injections into the scalp.",
    30,
    "4–6 sessions",
    "2–4 weeks apart",
    PriceRange(Money(15000, "GBP"), Money(18000, "GBP")),
    (Package("3 sessions", 3, Money(42000, "GBP")), Package("6 sessions", 6, Money(78000, "GBP"))),
)


def test_prices_packages_and_consultation_fee():
    assert replies.price_text(HAIR) == (
        "Hair mesotherapy is £150–£180 a session, or £420 for a course of 3 or £780 for a course of 6."
    )
    assert replies.package_text(HAIR, HAIR.packages[1]) == (
        "Yes — a course of 6 Hair mesotherapy sessions is £780 (£130 a session, against £150–£180 singly)."
    )
    assert replies.no_package_text(HAIR, 10) == (
        "We don't have a 10-session package for Hair mesotherapy, but we do have £420 for a course of 3 or "
        "£780 for a course of 6 (or £150–£180 a single session)."
    )
    assert replies.consultation_fee_text(CLINIC) == "A consultation costs £30."


def test_treatment_offered_and_not_offered():
    assert replies.treatment_offered_text(HAIR, ["Leeds"]) == (
        "Yes — we offer Hair mesotherapy at Leeds. Injections into the scalp. It's £150–£180 a session."
    )
    assert replies.not_offered_text("Botox", [HAIR]) == (
        "We don't offer Botox, I'm afraid. What we do offer is Hair mesotherapy."
    )


def test_this_clinics_protocol():
    assert replies.protocol_text(HAIR, "Harbour Skin Clinic") == (
        "At Harbour Skin Clinic, a Hair mesotherapy session takes about 30 minutes. We usually plan 4–6 "
        "sessions, "
        "2–4 weeks apart. Your practitioner will confirm the plan for you at your consultation."
    )


def person(name, role, registration, profession):
    return PractitionerInfo(
        name.lower().replace(" ", "-"), name, role, "Quals", registration, profession, "Bio.", (), ()
    )


DOCTOR = person("Dr Ann Lee", "Aesthetic doctor", "GMC 0000009", "doctor")
NURSE = person("Bo Ray", "Nurse prescriber", "NMC 00A0009Z", "nurse")


@pytest.mark.parametrize(
    "people, expected",
    [
        ((DOCTOR,), "Yes — injections are done by doctors: Dr Ann Lee, aesthetic doctor (GMC 0000009)."),
        ((NURSE,), "No — injections are done by Bo Ray, nurse prescriber (NMC 00A0009Z)."),
        (
            (DOCTOR, NURSE),
            "Not always. Dr Ann Lee, aesthetic doctor (GMC 0000009) is a doctor; injections are also done by "
            "Bo Ray, nurse prescriber (NMC 00A0009Z).",
        ),
    ],
    ids=["all-doctors", "no-doctors", "some"],
)
def test_is_the_injector_a_doctor(people, expected):
    assert replies.doctor_check_text(DoctorCheck(people)) == expected


def test_slot_buttons_and_chosen_slot_wording():
    slot = SlotInfo(7, at(2025, 6, 13, 9, 30), 30, "leeds", "Leeds", "bo-ray", "Bo Ray", "free")

    assert replies.slot_button_title(slot, with_location=True) == "Fri 13 Jun, 9:30 · Bo Ray (Leeds)"
    assert replies.slot_text(slot) == "Friday 13 June at 9:30 with Bo Ray in Leeds"


def test_unavailable_gives_the_phone_number():
    assert replies.unavailable("01632 960 123") == (
        "Sorry, I can't look that up right now because our clinic system isn't responding. "
        "Please call us on 01632 960 123 and the team will be glad to help."
    )


def test_a_profile_without_qualifications_leaves_the_sentence_out():
    from assistant.clinic.practitioners import PractitionerInfo
    from assistant.clinic.replies import practitioner_profile_text

    person = PractitionerInfo(
        slug="sam", name="Sam Lee", role="Aesthetic nurse", qualifications="", registration=None,
        profession=None, bio="Sam leads the hair clinic.", locations=(), treatments=(),
    )
    with_them = PractitionerInfo(**{**person.__dict__, "qualifications": "RGN, MSc."})

    assert practitioner_profile_text(person, []) == (
        "Sam Lee is our aesthetic nurse. Not registered with a professional regulator. Sam leads the hair clinic."
    )
    assert "Qualifications: RGN, MSc. Not registered" in practitioner_profile_text(with_them, [])
