"""Staff console: a session version on each account, so that signing out,
a password change or reset, and deactivation end every session of that
account (each session carries the version it was issued under; bumping the
column makes every older cookie worthless, copies included).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_users") as batch:
        batch.add_column(sa.Column("session_version", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("staff_users") as batch:
        batch.drop_column("session_version")
