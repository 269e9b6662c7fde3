"""One booking reference for patient and staff: the reference in the
patient's confirmation is the one the console shows for the booking and its
ticket, and a search for it finds both."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import update

from assistant.booking.summary_card import SummaryCard
from assistant.db import session_scope
from assistant.db.models import HandoffTicket


def test_the_reference_the_patient_is_told_is_the_one_staff_see_and_search(
    as_role, make_booking, make_ticket, engine
):
    stored = uuid.uuid4().hex
    booking = make_booking(name="Ann Patient", reference=stored, conversation="conv-ann")
    other = make_booking(name="Bea Other", reference=uuid.uuid4().hex)
    ticket = make_ticket("review", conversation="conv-ann", text="is this safe while breastfeeding")
    with session_scope(engine) as session:  # the booking kept with the escalation is linked to its ticket
        session.execute(update(HandoffTicket).where(HandoffTicket.id == ticket).values(booking_request_id=booking))
    make_ticket("routine", text="can I talk to someone")

    told = SummaryCard.for_request(  # the confirmation's summary card carries the reference
        treatment=None, location=None, time=None, name="Ann", contact=None, reference=stored
    ).text()
    [said] = re.findall(r"^Reference: ([0-9A-Z]+)$", told, flags=re.M)
    assert said == stored[:8].upper()

    reception = as_role("reception")
    assert f'<code id="booking-reference" title="Stored as {stored}">{said}</code>' in reception.get(
        f"/bookings/{booking}"
    ).get_data(as_text=True)
    listing = reception.get("/bookings").get_data(as_text=True)
    assert f"Ref. <code>{said}</code>" in listing
    ticket_page = reception.get(f"/tickets/{ticket}").get_data(as_text=True)
    assert f"<dt>Reference</dt><dd><code>{said}</code></dd>" in ticket_page

    # Searched as the patient reads it out (any case), it finds the booking and the ticket only.
    for typed in (said, said.lower(), f" {said} "):
        found = reception.get("/bookings", query_string={"search": typed, "status": "all"}).get_data(as_text=True)
        assert f'data-id="{booking}"' in found and f'data-id="{other}"' not in found
        queue = reception.get("/api/queue", query_string={"search": typed}).get_json()
        assert [t["id"] for t in queue["tickets"]] == [ticket]

    # The managers' export names it the same way.
    export = as_role("admin").get("/tickets.csv", query_string={"search": said}).get_data(as_text=True)
    assert export.splitlines()[1].endswith(f",{said}")


def test_the_bookings_search_finds_names_and_phone_numbers_and_takes_wildcards_literally(as_role, make_booking):
    ann = make_booking(name="Ann Patient", phone="07700 900123")
    bea = make_booking(name="Bea Other", phone="07700 900999")
    reception = as_role("reception")

    def found(text):
        page = reception.get("/bookings", query_string={"search": text, "status": "all"}).get_data(as_text=True)
        return {b for b in (ann, bea) if f'data-id="{b}"' in page}

    assert found("ann pat") == {ann}
    assert found("07700900999") == {bea}  # typed without the space
    assert found("%") == set() and found("_") == set()
    assert found("") == {ann, bea}
