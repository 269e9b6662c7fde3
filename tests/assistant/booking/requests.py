"""Booking requests stored straight into the test database, for tests that read them back."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from assistant.clinic.booking import BookingForm, submit_booking_request
from assistant.db.models import BookingRequest
from tests.assistant.clinic.conftest import NOW

CONVERSATION = "conv-1"


def store_request(session: Session, minutes_later: int = 0, status: str = "requested", **overrides) -> BookingRequest:
    """A hair mesotherapy request from Jane Doe in CONVERSATION, sent `minutes_later` after NOW,
    then given `status`; `overrides` change any field of the form."""
    values = dict(
        conversation_id=CONVERSATION,
        name="Jane Doe",
        phone="07700 900123",
        treatment="hair-mesotherapy",
        location="leeds",
        reference=f"{minutes_later:02d}" + "ab" * 15,
    )
    values.update(overrides)
    info = submit_booking_request(session, BookingForm(**values), NOW + timedelta(minutes=minutes_later))
    row = session.get(BookingRequest, info.id)
    row.status = status
    session.flush()
    return row
