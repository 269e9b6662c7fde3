"""The clinic's tables, as SQLAlchemy declarative models.

Conventions:
- Times of day (`opens`, `closes`) are wall-clock times in the clinic's
  time zone; instants (`starts_at`, `created_at`) are stored as UTC and come
  back as aware UTC datetimes (see `UTCDateTime`).
- Money is stored in minor units (pence) as integers: exact on every
  database, no float rounding.
- Clinic catalogue rows (locations, hours, closures, practitioners,
  treatments, slots) are replaced wholesale when the clinic file is
  reloaded. Booking requests are the patients' own records and survive
  reloads, so they refer to treatments and locations by slug, not by
  foreign key.
- Rasa's tracker store shares this database with its own `events` table;
  nothing here writes to it (the handoff reconciler only reads it).
- Handoff tickets are patients' records too: they survive clinic reloads,
  and staff are named by plain strings until the staff console adds users.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import declarative_base, relationship
from sqlalchemy.types import TypeDecorator

# Deterministic constraint names, so migrations name the same constraint the
# same way on SQLite and PostgreSQL and can alter it later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Base: Any = declarative_base(metadata=MetaData(naming_convention=NAMING_CONVENTION))

SLOT_STATUSES = ("free", "held", "booked")
BOOKING_STATUSES = ("requested", "confirmed", "cancelled")
# Queue order, most urgent first (assistant.handoff.payload.HandoffUrgency).
HANDOFF_URGENCIES = ("emergency", "same_day", "review", "routine")
TICKET_STATUSES = ("new", "claimed", "resolved")


class UTCDateTime(TypeDecorator):
    """An instant: takes aware datetimes only, stores naive UTC (the same on
    SQLite and PostgreSQL), returns aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"{value!r} has no time zone; pass an aware datetime (e.g. in UTC)")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Clinic(Base):
    __tablename__ = "clinics"

    id = Column(Integer, primary_key=True)
    slug = Column(String(60), nullable=False, unique=True)
    name = Column(String(120), nullable=False)
    phone = Column(String(30), nullable=False)
    urgent_contact = Column(String(30), nullable=False)
    emergency_number = Column(String(30), nullable=False)
    time_zone = Column(String(60), nullable=False)
    website = Column(String(300))
    booking_url = Column(String(300))
    consultation_fee_minor = Column(Integer, nullable=False, default=0)
    currency = Column(String(3), nullable=False)
    # What staff promise after a booking request, e.g. "within one working day".
    booking_confirmation = Column(String(200), nullable=False)

    locations = relationship("Location", back_populates="clinic", order_by="Location.position")


class Location(Base):
    __tablename__ = "locations"
    __table_args__ = (UniqueConstraint("clinic_id", "slug"),)

    id = Column(Integer, primary_key=True)
    clinic_id = Column(ForeignKey("clinics.id", ondelete="CASCADE"), nullable=False, index=True)
    position = Column(Integer, nullable=False, default=0)  # order in the clinic file
    slug = Column(String(60), nullable=False)
    name = Column(String(120), nullable=False)
    # Other names patients use ("city centre", "LS1"), for fuzzy matching.
    aliases = Column(JSON, nullable=False, default=list)
    address = Column(Text, nullable=False)
    phone = Column(String(30), nullable=False)
    directions = Column(Text)
    parking = Column(Text)

    clinic = relationship("Clinic", back_populates="locations")
    hours = relationship(
        "OpeningHours", order_by="(OpeningHours.weekday, OpeningHours.opens)", cascade="all, delete-orphan"
    )


class OpeningHours(Base):
    """One opening interval; several rows per weekday for split days."""

    __tablename__ = "opening_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("opens < closes", name="opens_before_closes"),
    )

    id = Column(Integer, primary_key=True)
    location_id = Column(ForeignKey("locations.id", ondelete="CASCADE"), nullable=False, index=True)
    weekday = Column(Integer, nullable=False)  # 0 = Monday, as datetime.weekday()
    opens = Column(Time, nullable=False)
    closes = Column(Time, nullable=False)


class Closure(Base):
    """Closed all day from `starts_on` to `ends_on` inclusive; the whole
    clinic when `location_id` is null. Yearly closures ignore the year."""

    __tablename__ = "closures"
    __table_args__ = (CheckConstraint("starts_on <= ends_on", name="date_order"),)

    id = Column(Integer, primary_key=True)
    clinic_id = Column(ForeignKey("clinics.id", ondelete="CASCADE"), nullable=False, index=True)
    location_id = Column(ForeignKey("locations.id", ondelete="CASCADE"), index=True)
    starts_on = Column(Date, nullable=False)
    ends_on = Column(Date, nullable=False)
    repeats_yearly = Column(Boolean, nullable=False, default=False)
    reason = Column(String(200), nullable=False)


class SpecialHours(Base):
    """Opening hours that replace the weekly ones on one date (e.g. Christmas
    Eve 09:00-13:00); several rows on one date for split days."""

    __tablename__ = "special_hours"
    __table_args__ = (CheckConstraint("opens < closes", name="opens_before_closes"),)

    id = Column(Integer, primary_key=True)
    clinic_id = Column(ForeignKey("clinics.id", ondelete="CASCADE"), nullable=False, index=True)
    location_id = Column(ForeignKey("locations.id", ondelete="CASCADE"), index=True)
    on_date = Column(Date, nullable=False)
    repeats_yearly = Column(Boolean, nullable=False, default=False)
    opens = Column(Time, nullable=False)
    closes = Column(Time, nullable=False)
    reason = Column(String(200), nullable=False)


practitioner_locations = Table(
    "practitioner_locations",
    Base.metadata,
    Column("practitioner_id", ForeignKey("practitioners.id", ondelete="CASCADE"), primary_key=True),
    Column("location_id", ForeignKey("locations.id", ondelete="CASCADE"), primary_key=True),
)

practitioner_treatments = Table(
    "practitioner_treatments",
    Base.metadata,
    Column("practitioner_id", ForeignKey("practitioners.id", ondelete="CASCADE"), primary_key=True),
    Column("treatment_id", ForeignKey("treatments.id", ondelete="CASCADE"), primary_key=True),
)


class Practitioner(Base):
    __tablename__ = "practitioners"
    __table_args__ = (UniqueConstraint("clinic_id", "slug"),)

    id = Column(Integer, primary_key=True)
    clinic_id = Column(ForeignKey("clinics.id", ondelete="CASCADE"), nullable=False, index=True)
    position = Column(Integer, nullable=False, default=0)
    slug = Column(String(60), nullable=False)
    name = Column(String(120), nullable=False)
    role = Column(String(120), nullable=False)
    qualifications = Column(String(300), nullable=False, default="")
    # Regulator and number, e.g. "GMC" + "1234567"; null for unregistered staff.
    registration_body = Column(String(20))
    registration_number = Column(String(30))
    bio = Column(Text, nullable=False, default="")

    locations = relationship("Location", secondary=practitioner_locations, order_by="Location.position")
    treatments = relationship("Treatment", secondary=practitioner_treatments, order_by="Treatment.position")


class Treatment(Base):
    __tablename__ = "treatments"
    __table_args__ = (
        UniqueConstraint("clinic_id", "slug"),
        CheckConstraint("price_from_minor <= price_to_minor", name="price_order"),
    )

    id = Column(Integer, primary_key=True)
    clinic_id = Column(ForeignKey("clinics.id", ondelete="CASCADE"), nullable=False, index=True)
    position = Column(Integer, nullable=False, default=0)
    slug = Column(String(60), nullable=False)
    name = Column(String(120), nullable=False)
    area = Column(String(30), nullable=False)  # face, hair, body, acne-scars, needle-free
    synonyms = Column(JSON, nullable=False, default=list)
    description = Column(Text, nullable=False)
    session_minutes = Column(Integer, nullable=False)
    typical_course = Column(String(120), nullable=False)  # "3–6 sessions"
    session_interval = Column(String(120), nullable=False)  # "2–4 weeks apart"
    # Per session; from == to for a single price.
    price_from_minor = Column(Integer, nullable=False)
    price_to_minor = Column(Integer, nullable=False)
    currency = Column(String(3), nullable=False)

    packages = relationship(
        "TreatmentPackage", order_by="TreatmentPackage.sessions", cascade="all, delete-orphan"
    )


class TreatmentPackage(Base):
    __tablename__ = "treatment_packages"
    __table_args__ = (CheckConstraint("sessions > 0", name="sessions_positive"),)

    id = Column(Integer, primary_key=True)
    treatment_id = Column(ForeignKey("treatments.id", ondelete="CASCADE"), nullable=False, index=True)
    name = Column(String(120), nullable=False)
    sessions = Column(Integer, nullable=False)
    price_minor = Column(Integer, nullable=False)


class SlotRule(Base):
    """Generates consultation slots: this practitioner, at this location, on
    these weekdays, every `every_minutes` within opening hours, kept
    `days_ahead` days into the future."""

    __tablename__ = "slot_rules"

    id = Column(Integer, primary_key=True)
    location_id = Column(ForeignKey("locations.id", ondelete="CASCADE"), nullable=False, index=True)
    practitioner_id = Column(ForeignKey("practitioners.id", ondelete="CASCADE"), nullable=False, index=True)
    weekdays = Column(JSON, nullable=False)  # list of 0-6
    every_minutes = Column(Integer, nullable=False)
    duration_minutes = Column(Integer, nullable=False)
    days_ahead = Column(Integer, nullable=False)


class ConsultationSlot(Base):
    __tablename__ = "consultation_slots"
    __table_args__ = (
        # One practitioner cannot be in two consultations at once.
        UniqueConstraint("practitioner_id", "starts_at"),
        CheckConstraint("status IN ('free', 'held', 'booked')", name="status"),
    )

    id = Column(Integer, primary_key=True)
    location_id = Column(ForeignKey("locations.id", ondelete="CASCADE"), nullable=False, index=True)
    practitioner_id = Column(ForeignKey("practitioners.id", ondelete="CASCADE"), nullable=False)
    starts_at = Column(UTCDateTime, nullable=False, index=True)
    duration_minutes = Column(Integer, nullable=False)
    status = Column(String(10), nullable=False, default="free")


class BookingRequest(Base):
    """What a patient asked for. Staff confirm by phone or email; this is
    not a booking, and it outlives reloads of the clinic file."""

    __tablename__ = "booking_requests"
    __table_args__ = (CheckConstraint("status IN ('requested', 'confirmed', 'cancelled')", name="status"),)

    id = Column(Integer, primary_key=True)
    # Lets a caller retry after an outage without creating a duplicate.
    reference = Column(String(64), nullable=False, unique=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    treatment_slug = Column(String(60))
    location_slug = Column(String(60))
    # The slot held for this request, when it was still free; null otherwise.
    slot_id = Column(ForeignKey("consultation_slots.id", ondelete="SET NULL"), index=True)
    preferred_starts_at = Column(UTCDateTime)
    preferred_time_text = Column(String(200))
    patient_name = Column(String(100), nullable=False)
    phone = Column(String(30))
    email = Column(String(254))
    screening = Column(JSON, nullable=False, default=dict)
    flagged_for_review = Column(Boolean, nullable=False, default=False)
    review_reasons = Column(JSON, nullable=False, default=list)
    status = Column(String(20), nullable=False, default="requested")
    created_at = Column(UTCDateTime, nullable=False)


class HandoffTicket(Base):
    """A conversation that a person at the clinic must pick up, at the
    urgency the safety screen (or the patient asking for a person) set.
    One ticket per triggering patient message: (conversation_id,
    source_message_id) is unique, so retries and the reconciler never
    create a second one."""

    __tablename__ = "handoff_tickets"
    __table_args__ = (
        UniqueConstraint("conversation_id", "source_message_id"),
        CheckConstraint("urgency IN ('emergency', 'same_day', 'review', 'routine')", name="urgency"),
        CheckConstraint("status IN ('new', 'claimed', 'resolved')", name="status"),
    )

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    # Rasa's message_id of the patient message that triggered the handoff.
    source_message_id = Column(String(255), nullable=False)
    urgency = Column(String(10), nullable=False)
    situations = Column(JSON, nullable=False, default=list)  # safety situation keys, most urgent first
    matrix_rows = Column(JSON, nullable=False, default=list)  # triage-matrix rows, e.g. ["B8"]
    triggers = Column(JSON, nullable=False, default=list)  # the words that triggered each finding
    message_text = Column(Text, nullable=False, default="")  # the patient's message, verbatim
    # Anything else staff should see: the booking in progress, how the ticket was made.
    details = Column(JSON, nullable=False, default=dict)
    created_at = Column(UTCDateTime, nullable=False, index=True)
    patient_name = Column(String(100))
    patient_phone = Column(String(30))
    status = Column(String(10), nullable=False, default="new", index=True)
    claimed_by = Column(String(100))
    claimed_at = Column(UTCDateTime)
    resolved_at = Column(UTCDateTime)
    outcome = Column(Text)
    booking_request_id = Column(ForeignKey("booking_requests.id", ondelete="SET NULL"), index=True)
    # When the clinic must act by, from what the patient was told (assistant/handoff/due.py);
    # null for tickets opened before due times existed.
    due_at = Column(UTCDateTime, index=True)

    notes = relationship(
        "HandoffNote", order_by="(HandoffNote.created_at, HandoffNote.id)", cascade="all, delete-orphan"
    )


class HandoffNote(Base):
    __tablename__ = "handoff_notes"

    id = Column(Integer, primary_key=True)
    ticket_id = Column(ForeignKey("handoff_tickets.id", ondelete="CASCADE"), nullable=False, index=True)
    author = Column(String(100), nullable=False)
    text = Column(Text, nullable=False)
    created_at = Column(UTCDateTime, nullable=False)


STAFF_ROLES = ("clinician", "reception", "admin")
NOTIFICATION_CHANNELS = ("email", "webhook")
NOTIFICATION_STATUSES = ("pending", "sent", "failed")


class StaffUser(Base):
    """A member of staff who signs in to the console. Never deleted, only
    deactivated, so the audit log keeps naming who did what."""

    __tablename__ = "staff_users"
    __table_args__ = (CheckConstraint("role IN ('clinician', 'reception', 'admin')", name="role"),)

    id = Column(Integer, primary_key=True)
    username = Column(String(60), nullable=False, unique=True)
    display_name = Column(String(100), nullable=False)
    role = Column(String(12), nullable=False)
    password_hash = Column(String(255), nullable=False)  # argon2id, from argon2-cffi
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(UTCDateTime, nullable=False)
    last_login_at = Column(UTCDateTime)
    # Raised by sign-out, a password change or reset, deactivation and
    # reactivation: a console session is valid only while it carries the
    # current value (assistant.console.auth), so raising it ends them all.
    session_version = Column(Integer, nullable=False, default=0, server_default="0")


class LoginAttempt(Base):
    """One sign-in attempt, kept for the lock-out rule (per account and per
    address) and for the audit trail."""

    __tablename__ = "login_attempts"

    id = Column(Integer, primary_key=True)
    username = Column(String(60), nullable=False, index=True)
    remote_addr = Column(String(64), nullable=False, index=True)
    succeeded = Column(Boolean, nullable=False)
    at = Column(UTCDateTime, nullable=False, index=True)


class AuditEvent(Base):
    """Who viewed, claimed, noted, resolved or changed what, and when."""

    __tablename__ = "audit_events"

    id = Column(Integer, primary_key=True)
    at = Column(UTCDateTime, nullable=False, index=True)
    actor = Column(String(60), nullable=False, index=True)  # staff username, or "system"
    action = Column(String(40), nullable=False)  # e.g. ticket.view, ticket.claim, clinic.hours.update
    subject_type = Column(String(40), nullable=False)  # e.g. ticket, staff_user, clinic
    subject_id = Column(String(64), nullable=False, default="")
    detail = Column(JSON, nullable=False, default=dict)
    remote_addr = Column(String(64), nullable=False, default="")


class Notification(Base):
    """An alert to the clinic about an urgent ticket, delivered (and retried)
    by the notifier; one row per ticket and channel."""

    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("ticket_id", "channel"),
        CheckConstraint("channel IN ('email', 'webhook')", name="channel"),
        CheckConstraint("status IN ('pending', 'sent', 'failed')", name="status"),
    )

    id = Column(Integer, primary_key=True)
    ticket_id = Column(ForeignKey("handoff_tickets.id", ondelete="CASCADE"), nullable=False, index=True)
    channel = Column(String(10), nullable=False)
    status = Column(String(10), nullable=False, default="pending", index=True)
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(UTCDateTime, nullable=False, index=True)
    last_error = Column(Text)
    created_at = Column(UTCDateTime, nullable=False)
    sent_at = Column(UTCDateTime)
