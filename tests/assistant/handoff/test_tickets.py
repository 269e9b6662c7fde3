"""Handoff tickets in the database, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from assistant.db.models import HandoffTicket
from assistant.handoff import HandoffUrgency
from assistant.handoff.exceptions import TicketAlreadyClaimed, TicketAlreadyResolved, TicketNotFound
from assistant.handoff.tickets import (
    NewTicket,
    add_note,
    claim,
    get_ticket,
    list_tickets,
    open_ticket,
    resolve,
    set_contact,
)
from tests.assistant.handoff.conftest import NOW


def new(message="m1", urgency=HandoffUrgency.SAME_DAY, conversation="c1", minutes=0, **kw):
    return NewTicket(
        conversation_id=conversation,
        source_message_id=message,
        urgency=urgency,
        created_at=NOW + timedelta(minutes=minutes),
        situations=("infection",),
        rows=("B13",),
        triggers=("pus",),
        message_text="there's pus coming out",
        **kw,
    )


def test_a_ticket_keeps_everything_the_staff_need(db):
    with db() as session:
        info, created = open_ticket(session, new(patient_name="Jane Doe", details={"source": "assistant"}))

    assert created
    with db() as session:
        stored = get_ticket(session, info.id)
    assert (stored.urgency, stored.situations, stored.rows, stored.triggers) == (
        HandoffUrgency.SAME_DAY,
        ("infection",),
        ("B13",),
        ("pus",),
    )
    assert stored.message_text == "there's pus coming out" and stored.status == "new"
    assert stored.patient_name == "Jane Doe" and stored.patient_phone is None
    assert stored.created_at == NOW and stored.details == {"source": "assistant"}


def test_opening_the_same_message_twice_gives_the_same_ticket(db):
    with db() as session:
        first, _ = open_ticket(session, new())
    with db() as session:
        again, created = open_ticket(session, new(patient_phone="07700 900123"))
        count = session.execute(select(func.count()).select_from(HandoffTicket)).scalar_one()

    assert not created and again.id == first.id and count == 1
    assert again.patient_phone == "07700 900123"  # what the retry knew is added, nothing replaced


def test_the_same_message_id_in_another_conversation_is_another_ticket(db):
    with db() as session:
        a, _ = open_ticket(session, new(conversation="c1"))
        b, _ = open_ticket(session, new(conversation="c2"))
    assert a.id != b.id


def test_two_processes_opening_the_same_ticket_at_once_make_one_row(db):
    barrier, ids, errors = threading.Barrier(3), [], []

    def open_it():
        try:
            barrier.wait()
            with db() as session:
                ids.append(open_ticket(session, new())[0].id)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not errors and len(set(ids)) == 1


def test_contact_details_are_added_later(db):
    with db() as session:
        info, _ = open_ticket(session, new())
        set_contact(session, info.id, "Jane Doe", "07700 900123")
        set_contact(session, info.id, None, None)  # declining later changes nothing

    with db() as session:
        stored = get_ticket(session, info.id)
    assert (stored.patient_name, stored.patient_phone) == ("Jane Doe", "07700 900123")


def test_claim_note_resolve(db):
    with db() as session:
        info, _ = open_ticket(session, new())
    with db() as session:
        claimed = claim(session, info.id, "Dr Hart", NOW)
        add_note(session, info.id, "Dr Hart", "Called back; coming in at 3pm.", NOW + timedelta(minutes=5))
        done = resolve(session, info.id, "Dr Hart", "seen in clinic", NOW + timedelta(hours=3))

    assert (claimed.status, claimed.claimed_by, claimed.claimed_at) == ("claimed", "Dr Hart", NOW)
    assert (done.status, done.outcome, done.resolved_at) == (
        "resolved",
        "seen in clinic",
        NOW + timedelta(hours=3),
    )
    with db() as session:
        [note] = get_ticket(session, info.id).notes
    assert (note.author, note.text) == ("Dr Hart", "Called back; coming in at 3pm.")


def test_only_one_person_can_claim_a_ticket(db):
    with db() as session:
        info, _ = open_ticket(session, new())
        claim(session, info.id, "reception", NOW)
    with db() as session, pytest.raises(TicketAlreadyClaimed, match="reception"):
        claim(session, info.id, "Dr Hart", NOW)


def test_claims_racing_each_other_have_exactly_one_winner(db):
    with db() as session:
        info, _ = open_ticket(session, new())
    barrier, outcomes = threading.Barrier(4), []

    def claim_it(who):
        barrier.wait()
        try:
            with db() as session:
                claim(session, info.id, who, NOW)
            outcomes.append("won")
        except TicketAlreadyClaimed:
            outcomes.append("lost")

    threads = [threading.Thread(target=claim_it, args=(f"staff {n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["lost", "lost", "lost", "won"]


def test_a_resolved_ticket_cannot_be_claimed_or_resolved_again(db):
    with db() as session:
        info, _ = open_ticket(session, new())
        resolve(session, info.id, "Dr Hart", "advice given", NOW)
    with db() as session, pytest.raises(TicketAlreadyResolved):
        claim(session, info.id, "reception", NOW)
    with db() as session, pytest.raises(TicketAlreadyResolved):
        resolve(session, info.id, "reception", "again", NOW)


def test_unknown_tickets_say_so(db):
    with db() as session, pytest.raises(TicketNotFound):
        get_ticket(session, 999)


def test_the_queue_is_most_urgent_first_then_oldest(db):
    with db() as session:
        for message, urgency, minutes in [
            ("a", HandoffUrgency.ROUTINE, 0),
            ("b", HandoffUrgency.REVIEW, 1),
            ("c", HandoffUrgency.EMERGENCY, 5),
            ("d", HandoffUrgency.SAME_DAY, 3),
            ("e", HandoffUrgency.EMERGENCY, 2),
            ("f", HandoffUrgency.SAME_DAY, 4),
        ]:
            open_ticket(session, new(message, urgency, conversation=f"c-{message}", minutes=minutes))
        done, _ = open_ticket(session, new("g", HandoffUrgency.EMERGENCY, conversation="c-g", minutes=-10))
        resolve(session, done.id, "Dr Hart", "ok", NOW)

    with db() as session:
        queue = [t.source_message_id for t in list_tickets(session)]
        everything = [t.source_message_id for t in list_tickets(session, ("new", "claimed", "resolved"))]

    assert queue == ["e", "c", "d", "f", "b", "a"]
    assert everything == ["g", "e", "c", "d", "f", "b", "a"]  # every status: the resolved one too


def test_patient_text_is_stored_verbatim(db):
    text = "Robert'); DROP TABLE handoff_tickets;-- my throat feels tight"
    with db() as session:
        info, _ = open_ticket(
            session, NewTicket("c1", "m1", HandoffUrgency.EMERGENCY, NOW, message_text=text)
        )
    with db() as session:
        assert get_ticket(session, info.id).message_text == text


def test_a_ticket_is_due_by_what_the_patient_was_promised(db):
    # NOW is Wednesday 11 June 2025, 11:00 in London: open, so a same-day call within the hour.
    with db() as session:
        same_day, _ = open_ticket(session, new("m1"))
        friday_evening = NOW + timedelta(days=2, hours=9)  # Friday 20:00 in London: both clinics closed
        late, _ = open_ticket(session, new("m2", conversation="c2", minutes=(2 * 24 + 9) * 60))
    with db() as session:
        assert get_ticket(session, same_day.id).due_at == NOW + timedelta(hours=1)
        # Leeds opens at 10:00 on Saturday (9:00 UTC, 14 h later): due an hour after that.
        assert get_ticket(session, late.id).due_at == friday_evening + timedelta(hours=15)


def test_a_later_emergency_in_the_episode_brings_the_due_time_forward(db):
    with db() as session:
        review, _ = open_ticket(session, new("m1", urgency=HandoffUrgency.REVIEW))
        assert review.due_at is not None and review.due_at > NOW + timedelta(hours=2)
        open_ticket(
            session, new("m1", urgency=HandoffUrgency.EMERGENCY, message_id="m2", minutes=5)
        )
        raised = get_ticket(session, review.id)
    assert raised.urgency is HandoffUrgency.EMERGENCY
    assert raised.due_at == NOW + timedelta(minutes=5 + 15)
    with db() as session:  # a lower follow-up never pushes it back
        open_ticket(session, new("m1", urgency=HandoffUrgency.ROUTINE, message_id="m3", minutes=10))
        assert get_ticket(session, review.id).due_at == NOW + timedelta(minutes=20)
