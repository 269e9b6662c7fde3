"""Handoff tickets: the time the clinic must act by (due_at), from what the
patient was promised (assistant/handoff/due.py). Only adds a column and its
index, so it can be re-chained after any other revision.

Existing tickets keep due_at empty: the console shows "no due time" for
them rather than inventing one.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handoff_tickets") as batch:
        batch.add_column(sa.Column("due_at", sa.DateTime(), nullable=True))
        batch.create_index("ix_handoff_tickets_due_at", ["due_at"])


def downgrade() -> None:
    with op.batch_alter_table("handoff_tickets") as batch:
        batch.drop_index("ix_handoff_tickets_due_at")
        batch.drop_column("due_at")
