"""Nothing is hard-coded: change a price and an opening hour in the
database, ask again, get the new values."""

from datetime import date, time

from sqlalchemy import update

from assistant.clinic.formatting import format_price
from assistant.clinic.hours import hours_on, open_status, weekly_hours
from assistant.clinic.treatments import find_treatment, get_treatment
from assistant.clinic.values import TimeRange
from assistant.db import session_scope
from assistant.db.models import Location, OpeningHours, Treatment
from tests.assistant.clinic.conftest import london


def test_changing_a_price_and_an_opening_hour_in_the_database_changes_the_answers(world):
    thursday_at_half_seven = london(2025, 6, 12, 19, 30)
    with session_scope(world) as session:
        assert format_price(get_treatment(session, "hair-mesotherapy").price) == "£150–£180"
        assert open_status(session, thursday_at_half_seven, "leeds")[0].is_open

    with session_scope(world) as session:
        session.execute(
            update(Treatment)
            .where(Treatment.slug == "hair-mesotherapy")
            .values(price_from_minor=16500, price_to_minor=16500)
        )
        leeds_id = session.execute(Location.__table__.select().where(Location.slug == "leeds")).first().id
        session.execute(
            update(OpeningHours)
            .where(OpeningHours.location_id == leeds_id, OpeningHours.weekday == 3)
            .values(closes=time(19, 0))
        )

    with session_scope(world) as session:
        assert format_price(find_treatment(session, "hair meso").treatment.price) == "£165"
        assert not open_status(session, thursday_at_half_seven, "leeds")[0].is_open
        assert hours_on(session, date(2025, 6, 12), "leeds")[0].intervals == (TimeRange(time(9), time(19)),)
        assert "Thursday 9:00–19:00" in weekly_hours(session, "leeds")[0].lines
