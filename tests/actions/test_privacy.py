"""'Delete my data' in the chat: the action erases this conversation (and
nobody else's), says what was deleted and kept with a reference, and tells
the widget to forget the session; with the database down it says so and
deletes nothing."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from actions.privacy import ActionDeleteMyData
from assistant.db.models import AuditEvent
from assistant.db.rasa_events import EVENTS
from assistant.privacy.conversation_events import conversation_events
from tests.actions.helpers import PHONE, SENDER, run, tracker
from tests.assistant.privacy.conftest import (
    add_booking,
    add_ticket,
    canaries_in,
    canary_events,
    everything_stored,
    store_events,
)

EMERGENCY = "112"


@pytest.fixture
def conversation_world(runtime):
    EVENTS.create(runtime.engine, checkfirst=True)
    with runtime.engine.begin() as connection:
        connection.execute(EVENTS.delete())  # PostgreSQL's session database keeps Rasa's table
    return runtime


def test_delete_my_data_erases_this_conversation_and_says_what_it_kept(conversation_world):
    runtime = conversation_world
    store_events(runtime.engine, SENDER, canary_events(runtime.now().timestamp()))
    store_events(runtime.engine, "someone-else", canary_events(runtime.now().timestamp())[:2])
    add_booking(runtime.engine, SENDER)
    emergency = add_ticket(runtime.engine, SENDER, "emergency")

    ran = run(ActionDeleteMyData(runtime), tracker("/affirm", "affirm", slots={"emergency_number": EMERGENCY}))

    [reply] = ran.texts
    reference = re.search(r"Your reference is (PRV-[A-Z0-9]{4}-[A-Z0-9]{4})\.", reply).group(1)
    assert reply.startswith("Done: I've deleted this conversation and your booking request.")
    assert "I've kept a short note of your urgent request so the team can still reach you" in reply
    assert f"If you need help now, call {EMERGENCY}." in reply and PHONE in reply
    assert ran.customs == [{"privacy": {"clear_session": True, "reference": reference}}]
    assert ran.events == []
    with runtime.engine.connect() as connection:
        assert conversation_events(connection, SENDER) == []
        assert len(conversation_events(connection, "someone-else")) == 2
    with runtime.session() as session:
        audit = session.execute(select(AuditEvent)).scalars().one()
        assert (audit.actor, audit.action, audit.subject_id) == ("patient", "privacy.erase", reference)
        assert audit.detail["tickets_kept"] == [emergency]
    # What is left of the patient: the emergency ticket's name and number, nothing else.
    leftover = canaries_in(everything_stored(runtime.engine))
    assert set(leftover) <= {"Zelda Quibbleworth", "Zelda", "Quibbleworth", "07700 900461"}


def test_with_the_database_down_nothing_is_deleted_and_the_patient_is_told(offline_runtime):
    ran = run(ActionDeleteMyData(offline_runtime), tracker("/affirm", "affirm"))

    assert ran.texts == [
        "Sorry, I couldn't delete your data just now: our system isn't responding. Nothing has been deleted. "
        f"Please try again in a few minutes, or call us on {PHONE} and the team will do it for you."
    ]
    assert ran.customs == [] and ran.events == []
