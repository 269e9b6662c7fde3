"""Handoff tickets and their staff notes.

Written by hand from autogenerate output, with plain SQLAlchemy types
(UTCDateTime is a naive DateTime holding UTC), like 0001.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handoff_tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(255), nullable=False),
        sa.Column("source_message_id", sa.String(255), nullable=False),
        sa.Column("urgency", sa.String(10), nullable=False),
        sa.Column("situations", sa.JSON(), nullable=False),
        sa.Column("matrix_rows", sa.JSON(), nullable=False),
        sa.Column("triggers", sa.JSON(), nullable=False),
        sa.Column("message_text", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("patient_name", sa.String(100), nullable=True),
        sa.Column("patient_phone", sa.String(30), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("claimed_by", sa.String(100), nullable=True),
        sa.Column("claimed_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("booking_request_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "urgency IN ('emergency', 'same_day', 'review', 'routine')",
            name=op.f("ck_handoff_tickets_urgency"),
        ),
        sa.CheckConstraint(
            "status IN ('new', 'claimed', 'resolved')", name=op.f("ck_handoff_tickets_status")
        ),
        sa.ForeignKeyConstraint(
            ["booking_request_id"],
            ["booking_requests.id"],
            name=op.f("fk_handoff_tickets_booking_request_id_booking_requests"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoff_tickets")),
        sa.UniqueConstraint(
            "conversation_id",
            "source_message_id",
            name=op.f("uq_handoff_tickets_conversation_id_source_message_id"),
        ),
    )
    for column in ("conversation_id", "created_at", "status", "booking_request_id"):
        op.create_index(op.f(f"ix_handoff_tickets_{column}"), "handoff_tickets", [column])

    op.create_table(
        "handoff_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["handoff_tickets.id"],
            name=op.f("fk_handoff_notes_ticket_id_handoff_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoff_notes")),
    )
    op.create_index(op.f("ix_handoff_notes_ticket_id"), "handoff_notes", ["ticket_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_handoff_notes_ticket_id"), table_name="handoff_notes")
    op.drop_table("handoff_notes")
    for column in ("conversation_id", "created_at", "status", "booking_request_id"):
        op.drop_index(op.f(f"ix_handoff_tickets_{column}"), table_name="handoff_tickets")
    op.drop_table("handoff_tickets")
