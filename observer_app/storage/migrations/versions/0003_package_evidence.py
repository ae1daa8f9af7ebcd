"""Merged packages keep their signed evidence; quarantined ones keep their file until accepted

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("merged_package", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("election_code", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("signature", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("tallies_json", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("payload", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("merged_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(
            "ix_merged_package_fingerprint_status", ["observer_fingerprint", "status"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("merged_package", schema=None) as batch_op:
        batch_op.drop_index("ix_merged_package_fingerprint_status")
        batch_op.drop_column("merged_at")
        batch_op.drop_column("payload")
        batch_op.drop_column("tallies_json")
        batch_op.drop_column("signature")
        batch_op.drop_column("election_code")
