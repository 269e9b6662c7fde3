"""Booking requests in the console: the list (newest first, filters and
counts), who may confirm or cancel (a flagged request is not confirmed by
reception), forms need their CSRF token, every view and change is audited,
the slot a request holds follows it, and patient text stays text."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import List
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from assistant.booking.cancel import answer_cancel
from assistant.clinic.booking import BookingForm, submit_booking_request
from assistant.clinic.slots import book_slot, get_slot, next_free_slots
from assistant.console import bookings
from assistant.console.accounts import StaffPrincipal
from assistant.console.exceptions import BookingStateError, NotPermitted
from assistant.db import session_scope
from assistant.db.models import AuditEvent, BookingRequest
from assistant.handoff.payload import HandoffUrgency
from assistant.handoff.tickets import NewTicket, open_ticket
from tests.console.conftest import NOW

XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">'
RITA = StaffPrincipal(3, "rita", "reception", "Rita Example")
CARL = StaffPrincipal(2, "carl", "clinician", "Carl Example")
_ROW_ID = re.compile(r'<tr data-id="(\d+)"')


def page(response) -> str:
    return response.get_data(as_text=True)


def listed(html: str) -> List[int]:
    return [int(found) for found in _ROW_ID.findall(html)]


def status_of(engine, booking_id: int) -> str:
    with session_scope(engine) as session:
        return session.get(BookingRequest, booking_id).status


def audit_rows(engine, booking_id: int):
    with session_scope(engine) as session:
        rows = session.execute(
            select(AuditEvent)
            .where(AuditEvent.subject_type == "booking", AuditEvent.subject_id == str(booking_id))
            .order_by(AuditEvent.id)
        ).scalars()
        return [(row.actor, row.action, dict(row.detail)) for row in rows]


@pytest.fixture
def held(clinic):
    """A booking request holding a free slot, stored as the assistant stores it: (booking id, slot id)."""
    def make(conversation: str = "conv-slot", screening: dict | None = None) -> tuple:
        now = datetime.now(timezone.utc)
        with session_scope(clinic) as session:
            taken = {row for row in session.execute(select(BookingRequest.slot_id)).scalars() if row}
            slot = next(s for s in next_free_slots(session, now, limit=10) if s.id not in taken)
            info = submit_booking_request(
                session,
                BookingForm(
                    conversation_id=conversation,
                    name="Ann Patient",
                    phone="07700 900123",
                    treatment="hair-mesotherapy",
                    slot_id=slot.id,
                    screening=screening or {},
                ),
                now,
            )
            assert info.slot_held and get_slot(session, slot.id).status == "held"
        return info.id, slot.id

    return make


def slot_status(engine, slot_id: int) -> str:
    with session_scope(engine) as session:
        return get_slot(session, slot_id).status


# --- the list ----------------------------------------------------------------


def test_newest_first_with_status_filters_and_counts(as_role, make_booking):
    old = make_booking(minutes_ago=300)
    newest = make_booking(minutes_ago=1)
    middle = make_booking(minutes_ago=30)
    confirmed = make_booking(minutes_ago=10, status="confirmed")
    cancelled = make_booking(minutes_ago=20, status="cancelled")
    client = as_role("reception")

    html = page(client.get("/bookings"))
    assert listed(html) == [newest, middle, old]  # default: requested
    ids = {name: listed(page(client.get(f"/bookings?status={name}"))) for name in bookings.FILTERS}
    assert ids == {
        "requested": [newest, middle, old],
        "confirmed": [confirmed],
        "cancelled": [cancelled],
        "all": [newest, confirmed, cancelled, middle, old],
    }
    counts = dict(re.findall(r'data-count="(\w+)">(\d+)<', html))
    assert counts == {"requested": "3", "confirmed": "1", "cancelled": "1", "all": "5"}
    assert listed(page(client.get("/bookings?status=bogus"))) == [newest, middle, old]


def test_each_row_shows_what_the_desk_needs(as_role, make_booking, make_ticket, clinic, engine):
    starts = datetime(2030, 1, 15, 14, 30, tzinfo=timezone.utc)
    plain = make_booking(minutes_ago=60, email="ann@example.com", preferred_starts_at=starts)
    flagged = make_booking(name="Bea Flagged", flagged=True)
    with session_scope(engine) as session:
        ticket, _ = open_ticket(
            session,
            NewTicket("booking-conv-2", "m-flag", HandoffUrgency.REVIEW, NOW, booking_request_id=flagged),
        )
    html = page(as_role("reception").get("/bookings"))
    rows = dict(zip(listed(html), re.split(r'<tr data-id="\d+"', html)[1:], strict=True))

    created = (NOW - timedelta(minutes=60)).astimezone(ZoneInfo("Europe/London")).strftime("%a %d %b %Y, %H:%M")
    row = rows[plain]
    for text in ("REF00010", created, "Ann Patient", "07700 900123", "ann@example.com", "Hair mesotherapy",
                 "Leeds", "Tue 15 Jan 2030, 14:30", "slot not held", "weekday mornings", "Requested"):
        assert text in row, text
    assert "Clinician review needed" not in row and "/tickets/" not in row

    row = rows[flagged]
    assert "Clinician review needed" in row
    assert f'href="/tickets/{ticket.id}"' in row and f"Ticket {ticket.id}" in row


def test_reception_sees_a_bookings_link(as_role):
    html = page(as_role("reception").get("/"))
    assert 'href="/bookings"' in html and ">Bookings<" in html


# --- roles -------------------------------------------------------------------


@pytest.mark.parametrize("role", ["admin", "clinician", "reception"])
def test_every_role_opens_confirms_and_cancels_a_plain_request(as_role, make_booking, engine, role):
    first, second = make_booking(), make_booking()
    client = as_role(role)
    assert client.get("/bookings").status_code == 200
    html = page(client.get(f"/bookings/{first}"))
    assert 'id="confirm"' in html and 'id="cancel"' in html and "Clinician review needed" not in html

    assert client.post(f"/bookings/{first}/confirm").status_code == 303
    assert client.post(f"/bookings/{second}/cancel").status_code == 303
    assert (status_of(engine, first), status_of(engine, second)) == ("confirmed", "cancelled")


@pytest.mark.parametrize("role, may", [("admin", True), ("clinician", True), ("reception", False)])
def test_only_clinicians_and_admins_confirm_a_request_flagged_for_review(as_role, make_booking, engine, role, may):
    flagged = make_booking(flagged=True)
    client = as_role(role)
    html = page(client.get(f"/bookings/{flagged}"))
    assert "Clinician review needed" in html
    assert "<li>Pregnant or breastfeeding: not sure</li>" in html

    response = client.post(f"/bookings/{flagged}/confirm", {"note": "looks fine"})
    if may:
        assert 'id="confirm"' in html and 'id="review-notice"' not in html
        assert response.status_code == 303 and status_of(engine, flagged) == "confirmed"
    else:
        # the page explains, offers no confirm button, and the server refuses anyway
        assert 'id="confirm"' not in html and 'id="review-notice"' in html and 'id="cancel"' in html
        assert "a clinician (or an admin) checks" in html
        assert response.status_code == 403 and status_of(engine, flagged) == "requested"
        assert [action for _, action, _ in audit_rows(engine, flagged)] == ["booking.view"]


def test_reception_may_cancel_a_flagged_request(as_role, make_booking, engine):
    flagged = make_booking(flagged=True)
    assert as_role("reception").post(f"/bookings/{flagged}/cancel").status_code == 303
    assert status_of(engine, flagged) == "cancelled"


def test_the_service_refuses_reception_a_flagged_confirmation_too(engine, make_booking, staff):
    flagged = make_booking(flagged=True)
    with session_scope(engine) as session:
        with pytest.raises(NotPermitted, match="clinician"):
            bookings.confirm_booking(session, RITA, flagged, "", NOW)
        done = bookings.confirm_booking(session, CARL, flagged, "", NOW)
    assert done.booking.status == "confirmed"


def test_a_request_is_confirmed_or_cancelled_once(as_role, make_booking, engine):
    booking = make_booking()
    client = as_role("reception")
    client.post(f"/bookings/{booking}/confirm")
    response = client.post(f"/bookings/{booking}/cancel", follow_redirects=True)
    assert "already confirmed" in page(response)
    assert status_of(engine, booking) == "confirmed"
    html = page(client.get(f"/bookings/{booking}"))
    assert 'id="confirm"' not in html and 'id="cancel"' not in html
    with session_scope(engine) as session:
        with pytest.raises(BookingStateError):
            bookings.confirm_booking(session, CARL, booking, "", NOW)


def test_a_request_the_patient_cancelled_in_the_chat_shows_who_did_it(make_booking, engine):
    booking = make_booking(conversation="chat-1")

    step = answer_cancel(lambda: session_scope(engine), "chat-1", str(booking), yes=True, now=NOW, phone="0")

    assert step.texts[0].startswith("Done: I've cancelled your booking request")
    with session_scope(engine) as session:
        detail = bookings.open_booking(session, RITA, booking)
        assert detail.booking.status == "cancelled" and not detail.can_cancel
        assert [(item.who, item.what) for item in detail.history] == [("patient", "Cancelled")]


def test_an_unknown_request_is_404(as_role):
    client = as_role("admin")
    assert client.get("/bookings/9999").status_code == 404
    assert client.post("/bookings/9999/confirm").status_code == 404


def test_a_note_longer_than_the_limit_changes_nothing(as_role, make_booking, engine):
    booking = make_booking()
    response = as_role("reception").post(
        f"/bookings/{booking}/confirm", {"note": "x" * (bookings.MAX_NOTE + 1)}, follow_redirects=True
    )
    assert "at most" in page(response) and status_of(engine, booking) == "requested"


# --- CSRF and audit ------------------------------------------------------------


@pytest.mark.parametrize("action", ["confirm", "cancel"])
def test_a_form_without_the_token_is_refused(as_role, make_booking, engine, action):
    booking = make_booking()
    response = as_role("admin").post(f"/bookings/{booking}/{action}", {"note": "sneaky"}, token=False)
    assert response.status_code == 400
    assert status_of(engine, booking) == "requested"
    assert not [a for _, a, _ in audit_rows(engine, booking) if a != "booking.view"]


def test_views_confirmations_and_cancellations_are_audited(as_role, make_booking, engine):
    first, second = make_booking(), make_booking()
    client = as_role("reception")
    client.get(f"/bookings/{first}")
    client.post(f"/bookings/{first}/confirm", {"note": "Rang her, Tuesday 3pm is fine"})
    client.post(f"/bookings/{second}/cancel")
    assert audit_rows(engine, first) == [
        ("rita", "booking.view", {}),
        ("rita", "booking.confirm", {"note": "Rang her, Tuesday 3pm is fine"}),
    ]
    assert audit_rows(engine, second) == [("rita", "booking.cancel", {})]
    html = page(client.get(f"/bookings/{first}"))
    assert "Confirmed</strong> · Rita Example" in html and "Rang her, Tuesday 3pm is fine" in html
    assert f'href="/bookings/{second}">Booking request {second}</a>' in page(as_role("admin").get("/audit"))


# --- slots ---------------------------------------------------------------------


def test_confirming_books_the_held_slot(as_role, held, clinic):
    booking, slot = held()
    response = as_role("reception").post(f"/bookings/{booking}/confirm", follow_redirects=True)
    assert "is booked" in page(response)
    assert status_of(clinic, booking) == "confirmed" and slot_status(clinic, slot) == "booked"
    with session_scope(clinic) as session:
        assert session.get(BookingRequest, booking).slot_id == slot
    assert audit_rows(clinic, booking)[0][1:] == ("booking.confirm", {"slot_id": slot})


def test_cancelling_frees_the_held_slot(as_role, held, clinic):
    booking, slot = held()
    response = as_role("reception").post(f"/bookings/{booking}/cancel", follow_redirects=True)
    assert "free again" in page(response)
    assert status_of(clinic, booking) == "cancelled" and slot_status(clinic, slot) == "free"
    with session_scope(clinic) as session:
        assert session.get(BookingRequest, booking).slot_id is None  # it holds nothing now
    assert audit_rows(clinic, booking)[0][1:] == ("booking.cancel", {"slot_id": slot, "slot": "released"})


def test_a_slot_booked_meanwhile_is_not_booked_twice(as_role, held, clinic):
    booking, slot = held()
    with session_scope(clinic) as session:
        book_slot(session, slot, datetime.now(timezone.utc))  # booked by hand, say
    response = as_role("admin").post(f"/bookings/{booking}/confirm", follow_redirects=True)
    assert "Not confirmed" in page(response)
    assert status_of(clinic, booking) == "requested" and slot_status(clinic, slot) == "booked"
    assert [a for _, a, _ in audit_rows(clinic, booking)] == ["booking.view"]  # the page shown after


def test_a_flagged_request_keeps_its_slot_held_until_a_clinician_confirms(as_role, held, clinic):
    booking, slot = held(screening={"pregnant_or_breastfeeding": "maybe"})
    assert as_role("reception").post(f"/bookings/{booking}/confirm").status_code == 403
    assert slot_status(clinic, slot) == "held"
    assert as_role("clinician").post(f"/bookings/{booking}/confirm").status_code == 303
    assert slot_status(clinic, slot) == "booked"


def test_the_detail_page_shows_the_slot(as_role, held):
    booking, _ = held()
    html = page(as_role("reception").get(f"/bookings/{booking}"))
    assert "(slot held)" in html and "The slot it holds becomes booked." in html


# --- patient text ---------------------------------------------------------------


@pytest.mark.parametrize("path", ["/bookings", "/bookings/{id}"])
def test_patient_markup_is_rendered_as_text(as_role, make_booking, path):
    booking = make_booking(name=f"Eve {XSS}", preferred_time_text=XSS, email="eve@example.com")
    html = page(as_role("admin").get(path.format(id=booking)))
    assert "<script>window" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
