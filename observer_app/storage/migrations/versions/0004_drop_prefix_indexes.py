"""Drop the two indexes that are prefixes of others; give SQLite its table statistics

``ix_tally_station_id`` (station_id) is a prefix of ``ix_tally_station_source``
(station_id, source), and ``ix_tally_revision_tally_id`` (tally_id) a prefix of
the unique (tally_id, revision): every lookup they served is served by the
longer index, and each cost a random-order write per row on every import
(about 8 % of storing a national file). SQLite's ANALYZE then records the
statistics its planner needs to read a national election's tallies in order.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 18:00:00.000000
"""

from __future__ import annotations

from alembic import op


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_tally_station_id", table_name="tally")
    op.drop_index("ix_tally_revision_tally_id", table_name="tally_revision")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ANALYZE")


def downgrade() -> None:
    op.create_index("ix_tally_revision_tally_id", "tally_revision", ["tally_id"], unique=False)
    op.create_index("ix_tally_station_id", "tally", ["station_id"], unique=False)
