"""Loading the clinic file: complete, idempotent, all-or-nothing, and never
losing patients' booking requests."""

import dataclasses
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from assistant.clinic import loader
from assistant.clinic.booking import BookingForm, booking_requests_for, submit_booking_request
from assistant.clinic.clinic_file import parse_clinic_file, read_clinic_file
from assistant.clinic.hours import weekly_hours
from assistant.clinic.loader import ensure_clinic, load_clinic_file
from assistant.clinic.locations import list_locations
from assistant.clinic.practitioners import list_practitioners
from assistant.clinic.profile import get_clinic, has_clinic
from assistant.clinic.slots import next_free_slots
from assistant.clinic.treatments import list_treatments
from assistant.db import session_scope
from assistant.db.models import Base, ConsultationSlot
from assistant.exceptions import ClinicFileInvalid
from tests.assistant.clinic.conftest import DEMO_FILE, NOW
from tests.assistant.clinic.test_clinic_file import edited


def snapshot(engine) -> dict:
    """Everything the assistant can answer, as plain data."""
    with session_scope(engine) as session:
        return {
            "clinic": get_clinic(session),
            "locations": list_locations(session),
            "hours": weekly_hours(session),
            "treatments": list_treatments(session),
            "practitioners": list_practitioners(session),
            "slots": [
                (s.starts_at, s.location, s.practitioner) for s in next_free_slots(session, NOW, limit=1000)
            ],
        }


def row_counts(engine) -> dict:
    with session_scope(engine) as session:
        return {
            table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def test_loading_the_demo_reports_what_it_loaded(load):
    summary = load()

    assert (summary.clinic, summary.locations, summary.practitioners, summary.treatments) == (
        "Harbour Skin Clinic", 2, 4, 6,
    )  # fmt: skip
    assert (summary.closures, summary.special_hours) == (3, 2)
    assert 500 < summary.slots_created < 1000
    assert summary.describe().startswith("Loaded Harbour Skin Clinic: 2 locations")


def test_loading_the_same_file_twice_gives_the_same_data(world, load):
    before, counts = snapshot(world), row_counts(world)

    summary = load()

    assert snapshot(world) == before
    assert row_counts(world) == counts
    assert summary.slots_created == counts["consultation_slots"]


def test_reloading_keeps_booking_requests_and_their_held_slots(world, load):
    with session_scope(world) as session:
        slot = next_free_slots(session, NOW, location="york", limit=1)[0]
        submit_booking_request(
            session, BookingForm("conv-1", "Ann", phone="07700 900123", slot_id=slot.id), NOW
        )
        submit_booking_request(session, BookingForm("conv-1", "Ann", email="ann@example.com"), NOW)

    summary = load()

    assert (summary.slots_kept, summary.booking_requests) == (1, 2)
    with session_scope(world) as session:
        requests = booking_requests_for(session, "conv-1")
        assert len(requests) == 2 and requests[0].slot_held
        assert requests[0].preferred_starts_at == slot.starts_at
        held = session.execute(select(ConsultationSlot).where(ConsultationSlot.status == "held")).scalar_one()
        assert held.starts_at == slot.starts_at
        still_free = next_free_slots(session, NOW, practitioner=slot.practitioner, limit=1000)
        assert slot.starts_at not in [s.starts_at for s in still_free]


def test_a_reload_replaces_the_catalogue_wholesale(world, load, demo_spec):
    smaller = dataclasses.replace(
        demo_spec,
        treatments=demo_spec.treatments[:1],
        practitioners=tuple(
            dataclasses.replace(p, treatments=tuple(t for t in p.treatments if t == "face-skin-booster"))
            for p in demo_spec.practitioners
        ),
    )

    load(smaller)

    with session_scope(world) as session:
        assert [t.slug for t in list_treatments(session)] == ["face-skin-booster"]


def test_a_booking_request_survives_its_treatment_and_slot_leaving_the_file(world, load, demo_spec):
    with session_scope(world) as session:
        slot = next_free_slots(session, NOW, practitioner="dr-tom-fielding", limit=1)[0]
        submit_booking_request(
            session,
            BookingForm(
                "conv-9", "Bo", phone="07700 900123", treatment="acne-scar-mesotherapy", slot_id=slot.id
            ),
            NOW,
        )
    without_tom = dataclasses.replace(
        demo_spec,
        practitioners=tuple(p for p in demo_spec.practitioners if p.slug != "dr-tom-fielding"),
        slot_rules=tuple(r for r in demo_spec.slot_rules if r.practitioner != "dr-tom-fielding"),
    )

    load(without_tom)

    with session_scope(world) as session:
        (request,) = booking_requests_for(session, "conv-9")
    assert request.treatment == "acne-scar-mesotherapy"
    assert not request.slot_held and request.preferred_starts_at == slot.starts_at


def test_an_invalid_file_loads_nothing_and_leaves_the_clinic_as_it_was(world):
    before = snapshot(world)
    bad = edited(("consultation_fee: 30", "consultation_fee: free"), ("area: hair", "area: scalp"))

    with pytest.raises(ClinicFileInvalid) as raised:
        with session_scope(world) as session:
            loader.load_clinic(session, parse_clinic_file(bad), NOW)

    assert len(raised.value.errors) == 2
    assert snapshot(world) == before


def test_a_failure_half_way_through_loading_rolls_everything_back(world, monkeypatch, demo_spec):
    before = snapshot(world)
    cheaper = dataclasses.replace(
        demo_spec,
        treatments=tuple(
            dataclasses.replace(t, price_from_minor=1, price_to_minor=1) for t in demo_spec.treatments
        ),
    )

    def crash(session, now):
        raise RuntimeError("disk full")

    monkeypatch.setattr(loader, "top_up_slots", crash)
    with pytest.raises(RuntimeError, match="disk full"):
        with session_scope(world) as session:
            loader.load_clinic(session, cheaper, NOW)

    assert snapshot(world) == before


def test_ensure_clinic_loads_only_into_an_empty_database(engine):
    with session_scope(engine) as session:
        assert not has_clinic(session)
        first = ensure_clinic(session, DEMO_FILE, NOW)
    with session_scope(engine) as session:
        second = ensure_clinic(session, DEMO_FILE, NOW + timedelta(days=1))

    assert first is not None and second is None
    with session_scope(engine) as session:
        # A day later the window was topped up by one more day of slots.
        last = next_free_slots(session, NOW, limit=2000)[-1]
        assert last.starts_at.date() == (NOW + timedelta(days=21)).date()


def test_load_clinic_file_checks_the_file_first(engine, tmp_path):
    broken = tmp_path / "clinic.yml"
    broken.write_text("clinic: {}\n", encoding="utf-8")

    with pytest.raises(ClinicFileInvalid):
        with session_scope(engine) as session:
            load_clinic_file(session, broken, NOW)
    with session_scope(engine) as session:
        assert not has_clinic(session)


def test_the_demo_file_parses_to_the_spec_the_loader_uses(demo_spec):
    assert read_clinic_file(DEMO_FILE) == demo_spec


def test_two_processes_ensuring_the_demo_at_once_load_it_exactly_once(engine):
    barrier = threading.Barrier(2)
    outcomes = []

    def start():
        with session_scope(engine) as session:
            barrier.wait(timeout=10)
            outcomes.append(ensure_clinic(session, DEMO_FILE, NOW) is not None)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes) == [False, True]
    assert row_counts(engine)["clinics"] == 1
