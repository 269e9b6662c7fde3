"""Consultation slots: generated from the rota, listed, held and booked
atomically, on SQLite and PostgreSQL."""

import threading
import time
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from assistant.clinic.slot_rules import top_up_slots
from assistant.clinic.slots import book_slot, get_slot, hold_slot, next_free_slots, release_slot
from assistant.db import session_scope
from assistant.db.models import ConsultationSlot
from assistant.exceptions import SlotNotFound, SlotTaken, SlotUnavailable, UnknownPractitioner
from tests.assistant.clinic.conftest import LONDON, NOW, london


def test_the_next_free_slots_start_after_now_in_time_order(session):
    slots = next_free_slots(session, NOW, limit=4)

    assert len(slots) == 4
    assert all(s.starts_at > NOW and s.status == "free" for s in slots)
    assert [s.starts_at for s in slots] == sorted(s.starts_at for s in slots)
    assert slots[0].starts_at == london(2025, 6, 11, 11, 30)  # 11:00 is now: the next one
    assert slots[0].starts_at.tzinfo == LONDON


def test_slots_can_be_filtered_by_location_practitioner_and_day(session):
    york = next_free_slots(session, NOW, location="york", limit=50)
    hart = next_free_slots(session, NOW, practitioner="dr-amelia-hart", limit=50)
    saturday = next_free_slots(session, NOW, day=date(2025, 6, 14), limit=50)

    assert {s.location for s in york} == {"york"}
    assert {s.practitioner for s in hart} == {"dr-amelia-hart"}
    # Saturday: only Leeds is open, 10:00-14:00, with Sarah Okafor: 8 half-hour slots.
    assert [(s.location, s.practitioner) for s in saturday] == [("leeds", "sarah-okafor")] * 8
    assert (saturday[0].starts_at, saturday[-1].ends_at) == (
        london(2025, 6, 14, 10, 0),
        london(2025, 6, 14, 14, 0),
    )


def test_york_has_no_slot_in_its_wednesday_lunch_break(session):
    wednesday = next_free_slots(session, NOW, location="york", day=date(2025, 6, 18), limit=50)

    assert not any(13 <= s.starts_at.hour < 14 for s in wednesday)
    assert wednesday[-1].ends_at == london(2025, 6, 18, 18, 0)


def test_no_slots_on_sundays_or_beyond_the_rota_window(session):
    assert next_free_slots(session, NOW, day=date(2025, 6, 15)) == []
    assert next_free_slots(session, NOW, day=date(2025, 7, 3)) == []  # 21 days from 11 June end on 1 July


def test_slots_on_both_sides_of_a_clock_change_keep_their_wall_clock_times(load, session):
    load(now=datetime(2025, 3, 26, 12, 0, tzinfo=timezone.utc))

    friday = next_free_slots(
        session, datetime(2025, 3, 26, 12, 0, tzinfo=timezone.utc), day=date(2025, 3, 28)
    )
    monday = next_free_slots(
        session, datetime(2025, 3, 26, 12, 0, tzinfo=timezone.utc), day=date(2025, 3, 31)
    )

    assert (
        friday[0].starts_at == london(2025, 3, 28, 9, 0) == datetime(2025, 3, 28, 9, 0, tzinfo=timezone.utc)
    )
    assert (
        monday[0].starts_at == london(2025, 3, 31, 9, 0) == datetime(2025, 3, 31, 8, 0, tzinfo=timezone.utc)
    )


def test_no_slots_on_christmas_day_and_short_ones_on_christmas_eve(load, session):
    december = datetime(2025, 12, 20, 12, 0, tzinfo=timezone.utc)
    load(now=december)

    assert next_free_slots(session, december, day=date(2025, 12, 25)) == []
    eve = next_free_slots(session, december, day=date(2025, 12, 24), limit=50)
    assert eve and max(s.ends_at for s in eve) == london(2025, 12, 24, 13, 0)


def test_topping_up_is_idempotent_and_moves_the_window_forward(world):
    with session_scope(world) as session:
        assert top_up_slots(session, NOW) == 0
        later = NOW + timedelta(days=7)
        added = top_up_slots(session, later)
        past_free = session.execute(
            select(func.count()).select_from(ConsultationSlot).where(ConsultationSlot.starts_at <= later)
        ).scalar_one()

    assert added > 0
    assert past_free == 0  # free slots that have passed are removed


def test_a_held_slot_is_no_longer_offered_and_cannot_be_held_again(session):
    first = next_free_slots(session, NOW, limit=1)[0]

    held = hold_slot(session, first.id, NOW)

    assert held.status == "held"
    assert first.id not in [s.id for s in next_free_slots(session, NOW, limit=20)]
    with pytest.raises(SlotTaken, match="was just taken"):
        hold_slot(session, first.id, NOW)


def test_a_held_slot_can_be_booked_or_released(session):
    a, b = next_free_slots(session, NOW, limit=2)
    hold_slot(session, a.id, NOW)
    hold_slot(session, b.id, NOW)

    assert book_slot(session, a.id, NOW).status == "booked"
    assert release_slot(session, b.id, NOW).status == "free"
    with pytest.raises(SlotTaken):
        book_slot(session, a.id, NOW)
    with pytest.raises(SlotUnavailable, match="not held"):
        release_slot(session, b.id, NOW)


def test_past_and_missing_slots_cannot_be_held(session):
    slot = next_free_slots(session, NOW, limit=1)[0]

    with pytest.raises(SlotUnavailable, match="already started"):
        hold_slot(session, slot.id, slot.starts_at + timedelta(minutes=1))
    with pytest.raises(SlotNotFound):
        hold_slot(session, 999_999_999, NOW)
    with pytest.raises(UnknownPractitioner):
        next_free_slots(session, NOW, practitioner="dr-who")


def test_when_two_patients_hold_the_same_slot_at_once_exactly_one_gets_it(world):
    with session_scope(world) as session:
        slots = [s.id for s in next_free_slots(session, NOW, limit=3)]

    for slot_id in slots:
        barrier = threading.Barrier(2)
        outcomes = []

        def attempt(slot_id=slot_id, barrier=barrier, outcomes=outcomes):
            try:
                with session_scope(world) as session:
                    barrier.wait(timeout=10)
                    hold_slot(session, slot_id, NOW)
                outcomes.append("held")
            except SlotTaken:
                outcomes.append("taken")

        threads = [threading.Thread(target=attempt) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)

        assert sorted(outcomes) == ["held", "taken"]


def test_a_second_holder_waits_for_the_first_to_commit_and_then_loses(world):
    # The lost-update race, made deterministic: A holds but hasn't committed
    # when B tries; B must wait for A's commit and then see the slot taken.
    with session_scope(world) as session:
        slot_id = next_free_slots(session, NOW, limit=1)[0].id
    outcome = []

    def second_patient():
        try:
            with session_scope(world) as session:
                hold_slot(session, slot_id, NOW)
            outcome.append("held")
        except SlotTaken:
            outcome.append("taken")

    with session_scope(world) as first:
        hold_slot(first, slot_id, NOW)
        rival = threading.Thread(target=second_patient)
        rival.start()
        time.sleep(0.3)
        assert outcome == []  # still waiting on A's uncommitted hold

    rival.join(timeout=30)
    assert outcome == ["taken"]
    with session_scope(world) as session:
        assert get_slot(session, slot_id).status == "held"
