"""Clinic data tables: clinic, locations and hours, closures and special
hours, practitioners, treatments and packages, consultation slots and their
rules, booking requests.

Written by hand from autogenerate output. Migrations are history: they use
plain SQLAlchemy types, never the models (UTCDateTime is a naive DateTime
holding UTC), so later model changes cannot rewrite them.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), nullable=False)


def _fk(column: str, target: str, table: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "clinics",
        _id(),
        sa.Column("slug", sa.String(60), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("phone", sa.String(30), nullable=False),
        sa.Column("urgent_contact", sa.String(30), nullable=False),
        sa.Column("emergency_number", sa.String(30), nullable=False),
        sa.Column("time_zone", sa.String(60), nullable=False),
        sa.Column("website", sa.String(300), nullable=True),
        sa.Column("booking_url", sa.String(300), nullable=True),
        sa.Column("consultation_fee_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("booking_confirmation", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinics")),
        sa.UniqueConstraint("slug", name=op.f("uq_clinics_slug")),
    )
    op.create_table(
        "locations",
        _id(),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(60), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(30), nullable=False),
        sa.Column("directions", sa.Text(), nullable=True),
        sa.Column("parking", sa.Text(), nullable=True),
        _fk("clinic_id", "clinics", "locations"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_locations")),
        sa.UniqueConstraint("clinic_id", "slug", name=op.f("uq_locations_clinic_id_slug")),
    )
    op.create_index(op.f("ix_locations_clinic_id"), "locations", ["clinic_id"])

    op.create_table(
        "practitioners",
        _id(),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(60), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(120), nullable=False),
        sa.Column("qualifications", sa.String(300), nullable=False),
        sa.Column("registration_body", sa.String(20), nullable=True),
        sa.Column("registration_number", sa.String(30), nullable=True),
        sa.Column("bio", sa.Text(), nullable=False),
        _fk("clinic_id", "clinics", "practitioners"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practitioners")),
        sa.UniqueConstraint("clinic_id", "slug", name=op.f("uq_practitioners_clinic_id_slug")),
    )
    op.create_index(op.f("ix_practitioners_clinic_id"), "practitioners", ["clinic_id"])

    op.create_table(
        "treatments",
        _id(),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(60), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("area", sa.String(30), nullable=False),
        sa.Column("synonyms", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("session_minutes", sa.Integer(), nullable=False),
        sa.Column("typical_course", sa.String(120), nullable=False),
        sa.Column("session_interval", sa.String(120), nullable=False),
        sa.Column("price_from_minor", sa.Integer(), nullable=False),
        sa.Column("price_to_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.CheckConstraint("price_from_minor <= price_to_minor", name=op.f("ck_treatments_price_order")),
        _fk("clinic_id", "clinics", "treatments"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatments")),
        sa.UniqueConstraint("clinic_id", "slug", name=op.f("uq_treatments_clinic_id_slug")),
    )
    op.create_index(op.f("ix_treatments_clinic_id"), "treatments", ["clinic_id"])

    op.create_table(
        "opening_hours",
        _id(),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens", sa.Time(), nullable=False),
        sa.Column("closes", sa.Time(), nullable=False),
        sa.CheckConstraint("opens < closes", name=op.f("ck_opening_hours_opens_before_closes")),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_opening_hours_weekday")),
        _fk("location_id", "locations", "opening_hours"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_hours")),
    )
    op.create_index(op.f("ix_opening_hours_location_id"), "opening_hours", ["location_id"])

    op.create_table(
        "closures",
        _id(),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("repeats_yearly", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.CheckConstraint("starts_on <= ends_on", name=op.f("ck_closures_date_order")),
        _fk("clinic_id", "clinics", "closures"),
        _fk("location_id", "locations", "closures"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closures")),
    )
    op.create_index(op.f("ix_closures_clinic_id"), "closures", ["clinic_id"])
    op.create_index(op.f("ix_closures_location_id"), "closures", ["location_id"])

    op.create_table(
        "special_hours",
        _id(),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("repeats_yearly", sa.Boolean(), nullable=False),
        sa.Column("opens", sa.Time(), nullable=False),
        sa.Column("closes", sa.Time(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.CheckConstraint("opens < closes", name=op.f("ck_special_hours_opens_before_closes")),
        _fk("clinic_id", "clinics", "special_hours"),
        _fk("location_id", "locations", "special_hours"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_special_hours")),
    )
    op.create_index(op.f("ix_special_hours_clinic_id"), "special_hours", ["clinic_id"])
    op.create_index(op.f("ix_special_hours_location_id"), "special_hours", ["location_id"])

    op.create_table(
        "practitioner_locations",
        sa.Column("practitioner_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        _fk("location_id", "locations", "practitioner_locations"),
        _fk("practitioner_id", "practitioners", "practitioner_locations"),
        sa.PrimaryKeyConstraint("practitioner_id", "location_id", name=op.f("pk_practitioner_locations")),
    )
    op.create_table(
        "practitioner_treatments",
        sa.Column("practitioner_id", sa.Integer(), nullable=False),
        sa.Column("treatment_id", sa.Integer(), nullable=False),
        _fk("practitioner_id", "practitioners", "practitioner_treatments"),
        _fk("treatment_id", "treatments", "practitioner_treatments"),
        sa.PrimaryKeyConstraint("practitioner_id", "treatment_id", name=op.f("pk_practitioner_treatments")),
    )

    op.create_table(
        "treatment_packages",
        _id(),
        sa.Column("treatment_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("price_minor", sa.Integer(), nullable=False),
        sa.CheckConstraint("sessions > 0", name=op.f("ck_treatment_packages_sessions_positive")),
        _fk("treatment_id", "treatments", "treatment_packages"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_packages")),
    )
    op.create_index(op.f("ix_treatment_packages_treatment_id"), "treatment_packages", ["treatment_id"])

    op.create_table(
        "slot_rules",
        _id(),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("practitioner_id", sa.Integer(), nullable=False),
        sa.Column("weekdays", sa.JSON(), nullable=False),
        sa.Column("every_minutes", sa.Integer(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("days_ahead", sa.Integer(), nullable=False),
        _fk("location_id", "locations", "slot_rules"),
        _fk("practitioner_id", "practitioners", "slot_rules"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slot_rules")),
    )
    op.create_index(op.f("ix_slot_rules_location_id"), "slot_rules", ["location_id"])
    op.create_index(op.f("ix_slot_rules_practitioner_id"), "slot_rules", ["practitioner_id"])

    op.create_table(
        "consultation_slots",
        _id(),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("practitioner_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.CheckConstraint("status IN ('free', 'held', 'booked')", name=op.f("ck_consultation_slots_status")),
        _fk("location_id", "locations", "consultation_slots"),
        _fk("practitioner_id", "practitioners", "consultation_slots"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_slots")),
        sa.UniqueConstraint(
            "practitioner_id", "starts_at", name=op.f("uq_consultation_slots_practitioner_id_starts_at")
        ),
    )
    op.create_index(op.f("ix_consultation_slots_location_id"), "consultation_slots", ["location_id"])
    op.create_index(op.f("ix_consultation_slots_starts_at"), "consultation_slots", ["starts_at"])

    op.create_table(
        "booking_requests",
        _id(),
        sa.Column("reference", sa.String(64), nullable=False),
        sa.Column("conversation_id", sa.String(255), nullable=False),
        sa.Column("treatment_slug", sa.String(60), nullable=True),
        sa.Column("location_slug", sa.String(60), nullable=True),
        sa.Column("slot_id", sa.Integer(), nullable=True),
        sa.Column("preferred_starts_at", sa.DateTime(), nullable=True),
        sa.Column("preferred_time_text", sa.String(200), nullable=True),
        sa.Column("patient_name", sa.String(100), nullable=False),
        sa.Column("phone", sa.String(30), nullable=True),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("screening", sa.JSON(), nullable=False),
        sa.Column("flagged_for_review", sa.Boolean(), nullable=False),
        sa.Column("review_reasons", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('requested', 'confirmed', 'cancelled')", name=op.f("ck_booking_requests_status")
        ),
        _fk("slot_id", "consultation_slots", "booking_requests", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_requests")),
        sa.UniqueConstraint("reference", name=op.f("uq_booking_requests_reference")),
    )
    op.create_index(op.f("ix_booking_requests_conversation_id"), "booking_requests", ["conversation_id"])
    op.create_index(op.f("ix_booking_requests_slot_id"), "booking_requests", ["slot_id"])


def downgrade() -> None:
    # Reverse order of creation; only our own tables (never Rasa's `events`).
    for table in (
        "booking_requests",
        "consultation_slots",
        "slot_rules",
        "treatment_packages",
        "practitioner_treatments",
        "practitioner_locations",
        "special_hours",
        "closures",
        "opening_hours",
        "treatments",
        "practitioners",
        "locations",
        "clinics",
    ):
        op.drop_table(table)
