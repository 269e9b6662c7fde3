"""The clinic itself: name, numbers, time zone, web addresses, consultation
fee, and what staff promise after a booking request."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.clinic._rows import clinic_row
from assistant.clinic.values import Money
from assistant.db.models import Clinic


@dataclass(frozen=True)
class ClinicInfo:
    name: str
    phone: str
    urgent_contact: str
    emergency_number: str
    time_zone: str
    website: str | None
    booking_url: str | None
    consultation_fee: Money  # zero when free
    booking_confirmation: str  # "within one working day"


def has_clinic(session: Session) -> bool:
    return session.execute(select(Clinic.id).limit(1)).first() is not None


def get_clinic(session: Session) -> ClinicInfo:
    """The clinic's details; ClinicNotLoaded when no clinic file was loaded."""
    row = clinic_row(session)
    return ClinicInfo(
        name=row.name,
        phone=row.phone,
        urgent_contact=row.urgent_contact,
        emergency_number=row.emergency_number,
        time_zone=row.time_zone,
        website=row.website,
        booking_url=row.booking_url,
        consultation_fee=Money(row.consultation_fee_minor, row.currency),
        booking_confirmation=row.booking_confirmation,
    )
