"""Template helpers: times in the clinic's own time zone, urgency and
status words. Times are stored in UTC; staff read them as clinic time."""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import Flask, g
from sqlalchemy import select

from assistant.booking.reference import patient_reference
from assistant.console.db import db_session
from assistant.console.permissions import nav_links
from assistant.console.reasons import (
    answer_text,
    key_label,
    review_reason_label,
    situation_label,
    status_label,
    urgency_label,
)
from assistant.db.models import Clinic


def clinic_zone() -> tzinfo:
    """The clinic's time zone (clinics.time_zone), once per request; UTC when no clinic is loaded."""
    if "clinic_zone" not in g:
        with db_session() as session:
            name = session.execute(select(Clinic.time_zone).order_by(Clinic.id).limit(1)).scalar_one_or_none()
        try:
            g.clinic_zone = ZoneInfo(name) if name else timezone.utc
        except (ZoneInfoNotFoundError, ValueError):
            g.clinic_zone = timezone.utc
    return g.clinic_zone


def local_time(value: datetime | None, pattern: str = "%a %d %b %Y, %H:%M") -> str:
    if value is None:
        return ""
    return value.astimezone(clinic_zone()).strftime(pattern)


def clock_time(value: datetime | None) -> str:
    return local_time(value, "%H:%M:%S")


def register(app: Flask) -> None:
    app.add_template_filter(local_time, "local_time")
    app.add_template_filter(clock_time, "clock_time")
    app.add_template_filter(urgency_label, "urgency_label")
    app.add_template_filter(status_label, "status_label")
    app.add_template_filter(situation_label, "situation_label")
    app.add_template_filter(key_label, "key_label")
    app.add_template_filter(answer_text, "answer_text")
    app.add_template_filter(review_reason_label, "review_reason_label")
    app.add_template_filter(patient_reference, "booking_reference")  # the reference the patient was told
    app.add_template_global(nav_links, "nav_links")
