"""Checking a clinic file: every error reported with its location, nothing
returned unless the whole file is valid."""

from pathlib import Path

import pytest

from assistant.clinic.clinic_file import parse_clinic_file, read_clinic_file
from assistant.exceptions import ClinicFileInvalid
from assistant.settings import Settings
from tests.assistant.clinic.conftest import DEMO_FILE

DEMO_TEXT = DEMO_FILE.read_text(encoding="utf-8")


def edited(*replacements: "tuple[str, str]") -> str:
    text = DEMO_TEXT
    for old, new in replacements:
        assert old in text, f"the demo file no longer contains {old!r}; update this test"
        text = text.replace(old, new, 1)
    return text


def errors_of(text: str) -> list:
    with pytest.raises(ClinicFileInvalid) as raised:
        parse_clinic_file(text, source="clinic.yml")
    return raised.value.errors


def test_the_demo_clinic_is_valid_and_uses_the_settings_phone_numbers():
    demo = read_clinic_file(DEMO_FILE)
    defaults = Settings()

    assert demo.clinic.name == defaults.clinic_name
    assert (demo.clinic.phone, demo.clinic.urgent_contact, demo.clinic.emergency_number) == (
        defaults.clinic_phone,
        defaults.urgent_contact,
        defaults.emergency_number,
    )
    assert demo.clinic.time_zone == "Europe/London"
    assert [loc.slug for loc in demo.locations] == ["leeds", "york"]
    assert {p.registration_body for p in demo.practitioners} >= {"GMC", "NMC"}


def test_several_errors_are_all_reported_with_their_locations():
    text = edited(
        ("time_zone: Europe/London", "time_zone: Europe/Londn"),
        ("      thu: 09:00-20:00\n      fri: 09:00-17:00", "      thu: 18:00-17:00\n      fri: 09:00-17:00"),
        ("slug: hair-mesotherapy", "slug: face-skin-booster"),
        ("treatments: [needle-free-mesotherapy]", "treatments: [needle-free-meso]"),
    )

    errors = errors_of(text)

    assert len(errors) == 6, errors
    tz_line, thu_line = line_of(text, "time_zone: Europe/Londn"), line_of(text, "thu: 18:00-17:00")
    slug_line = (
        text.count("\n", 0, text.index("slug: face-skin-booster", text.index("slug: face-skin-booster") + 1))
        + 1
    )
    assert errors[0].startswith(f"clinic.time_zone (line {tz_line}): unknown time zone 'Europe/Londn'")
    assert "did you mean 'Europe/London'?" in errors[0]
    assert f"locations[1].hours.thu (line {thu_line}): closes 17:00 is before opens 18:00" in errors
    assert (
        f"treatments[1].slug (line {slug_line}): duplicate slug 'face-skin-booster' (also treatments[0])"
        in errors
    )
    # The renamed treatment is now unknown where practitioners refer to it...
    assert sum("unknown treatment 'hair-mesotherapy'" in e for e in errors) == 2
    # ...and so is the practitioner's typo, with a suggestion.
    typo_line = line_of(text, "treatments: [needle-free-meso]")
    assert any(
        e.startswith(
            f"practitioners[3].treatments[0] (line {typo_line}): unknown treatment 'needle-free-meso'"
        )
        and "did you mean 'needle-free-mesotherapy'?" in e
        for e in errors
    )


def test_the_error_message_says_nothing_was_loaded_and_lists_every_error():
    with pytest.raises(ClinicFileInvalid) as raised:
        parse_clinic_file(
            edited(("consultation_fee: 30", "consultation_fee: -5"), ("price: 95", "price: lots")), "x.yml"
        )

    message = str(raised.value)
    assert message.startswith("x.yml has 2 error(s); nothing was loaded.")
    assert "clinic.consultation_fee" in message and "treatments[5].price" in message


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


# (replace this, with this, expected error; "{line}" is the line of `anchor`,
# which defaults to the replacement's first line).
CASES = [
    ("treatments:\n  - slug: face", "treatmens: []\ntreatments:\n  - slug: face",
     "treatmens (line {line}): unknown key (did you mean 'treatments'?)", None),
    ("  booking_confirmation: within one working day\n", "",
     "clinic.booking_confirmation (line {line}): is missing", "clinic:\n"),
    ("phone: 01632 960 441", "phone: call us",
     "locations[1].phone (line {line}): 'call us' is not a phone number", None),
    ("website: https://harbourskin.example", "website: harbourskin",
     "clinic.website (line {line}): 'harbourskin' should be a web address", None),
    ("currency: GBP", "currency: pounds",
     "clinic.currency (line {line}): 'pounds' should be a three-letter", None),
    ("      sun: closed\n\n  - slug: york", "\n  - slug: york",
     "locations[0].hours.sun (line {line}): is missing", "    hours:\n      mon"),
    ("      sat: 10:00-14:00", "      sat: 10:00-25:00",
     "locations[0].hours.sat (line {line}): '10:00-25:00' has a time", None),
    ("      sat: 10:00-14:00", "      sat: 10am-2pm",
     "locations[0].hours.sat (line {line}): '10am-2pm' should be", None),
    ("      sat: 10:00-14:00", "      saturday: 10:00-14:00",
     "locations[0].hours.saturday (line {line}): unknown key", None),
    ("wed: [09:00-13:00, 14:00-18:00]", "wed: [09:00-13:00, 12:00-18:00]",
     "locations[1].hours.wed (line {line}): 09:00-13:00 overlaps 12:00-18:00", None),
    ("area: hair", "area: scalp", "treatments[1].area (line {line}): unknown area 'scalp'", None),
    ("price: {from: 150, to: 180}", "price: {from: 180, to: 150}",
     "treatments[1].price (line {line}): 'to' (150) is less than 'from' (180)", None),
    ("session_minutes: 30\n    typical_course: 4–6", "session_minutes: half an hour\n    typical_course: 4–6",
     "treatments[1].session_minutes (line {line}): should be a whole number", None),
    ("      - {sessions: 6, price: 780}", "      - {sessions: 3, price: 780}",
     "treatments[1].packages (line {line}): two packages have the same number of sessions",
     "    packages:\n      - {sessions: 3, price: 420}"),
    ("registration: GMC 0000001", "registration: doctor",
     "practitioners[0].registration (line {line}): 'doctor' should be a regulator and number", None),
    ("locations: [leeds]\n    treatments: [face-skin-booster, hair",
     "locations: [leeds, hull]\n    treatments: [face-skin-booster, hair",
     "practitioners[1].locations[1] (line {line}): unknown location 'hull'", None),
    ("  - every_year: 26 December", "  - every_year: 30 February",
     "closures[1].every_year (line {line}): '30 February' is not a day that comes every year", None),
    ("  - every_year: 26 December", "  - date: 2025-02-30",
     "closures[1].date (line {line}): '2025-02-30' should be a date", None),
    ("  - every_year: 26 December", "  - from: 2025-08-10\n    to: 2025-08-01",
     "closures[1].to (line {line}): 2025-08-01 is before 2025-08-10", "    to: 2025-08-01"),
    ("    hours: 09:00-13:00\n    reason: Christmas Eve", "    hours: closed\n    reason: Christmas Eve",
     "special_hours[0].hours (line {line}): can't be 'closed' here", None),
    ("  - every_year: 31 December\n    hours: 10:00-16:00",
     "  - every_year: 25 December\n    hours: 10:00-16:00",
     "special_hours[1] (line {line}): \"New Year's Eve\" falls on a closure ('Christmas Day')",
     "  - every_year: 25 December\n    hours"),
    ("location: york, days: [thu]}", "location: york, days: [sat]}",
     "consultation_slots.rota[5].days[0] (line {line}): york is closed on Saturdays", None),
    ("location: york, days: [thu]}", "location: york, days: [funday]}",
     "consultation_slots.rota[5].days[0] (line {line}): 'funday' is not a day", None),
    ("location: york, days: [thu]}", "location: york, days: [wed]}",
     "consultation_slots.rota[5].days[0] (line {line}): jess-marlow is already at leeds on Wednesdays", None),
    ("{practitioner: sarah-okafor, location: leeds", "{practitioner: sarah-okafor, location: york",
     "consultation_slots.rota[2] (line {line}): sarah-okafor does not work at york", None),
    ("{practitioner: jess-marlow, location: leeds", "{practitioner: jess-marlowe, location: leeds",
     "consultation_slots.rota[4].practitioner (line {line}): unknown practitioner 'jess-marlowe' "
     "(did you mean 'jess-marlow'?)", None),
    ("  duration_minutes: 30", "  duration_minutes: 45",
     "consultation_slots.duration_minutes (line {line}): 45 minutes is longer than every_minutes (30)", None),
]  # fmt: skip


@pytest.mark.parametrize("old, new, expected, anchor", CASES)
def test_each_kind_of_mistake_is_reported_at_its_line(old, new, expected, anchor):
    text = edited((old, new))
    line = line_of(text, anchor or new.strip("\n").split("\n")[0])

    errors = errors_of(text)

    assert any(e.startswith(expected.format(line=line)) for e in errors), errors


def test_times_and_phone_numbers_are_read_as_text_not_yaml_numbers():
    # YAML 1.1 reads 10:00 as 600 and 0113 as octal 75; the clinic file must not.
    demo = parse_clinic_file(edited(("sat: 10:00-14:00", "sat: [10:00-12:00, 12:30-14:00]")))

    assert str(demo.locations[0].weekly[5][0].opens) == "10:00:00"
    assert demo.locations[0].phone == "0113 496 0000"


def test_broken_yaml_is_reported_with_its_line():
    assert errors_of("clinic: [unclosed\n") == [
        "line 2, column 1: invalid YAML (expected ',' or ']', but got '<stream end>')"
    ]


def test_an_empty_or_unreadable_file_is_an_error_not_a_crash(tmp_path: Path):
    assert errors_of("")[0].startswith("(top level)")
    with pytest.raises(ClinicFileInvalid, match="cannot read the file"):
        read_clinic_file(tmp_path / "missing.yml")
