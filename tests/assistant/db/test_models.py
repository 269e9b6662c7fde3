from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from assistant.db import session_scope
from assistant.db.models import BookingRequest


def _request(created_at: datetime) -> BookingRequest:
    return BookingRequest(
        reference="r1", conversation_id="c1", patient_name="Ann", screening={}, review_reasons=[],
        flagged_for_review=False, status="requested", created_at=created_at,
    )  # fmt: skip


def test_instants_are_stored_as_utc_and_come_back_aware(engine):
    # 09:30 in London during summer time is 08:30 UTC.
    with session_scope(engine) as session:
        session.add(_request(datetime(2025, 6, 11, 9, 30, tzinfo=ZoneInfo("Europe/London"))))

    with session_scope(engine) as session:
        created = session.execute(select(BookingRequest.created_at)).scalar_one()

    assert created == datetime(2025, 6, 11, 8, 30, tzinfo=timezone.utc)
    assert created.utcoffset() == timedelta(0)


def test_a_naive_datetime_is_refused_rather_than_guessed(engine):
    with pytest.raises(StatementError, match="no time zone"):
        with session_scope(engine) as session:
            session.add(_request(datetime(2025, 6, 11, 9, 30)))
            session.flush()
