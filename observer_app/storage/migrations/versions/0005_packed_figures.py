"""Each tally's figures also packed as integers in protocol order (``tally.packed_figures``)

A national reconciliation parsed the JSON of 97,699 official protocols on every
run; the packed text is read as one integer matrix instead (see
``observer_app.storage.packed``). Tallies stored by earlier versions are packed
here by the same rule, written out below so that this script keeps meaning what
it meant when later code changes: one decimal integer per figure of the
station's protocol (the form's lines, the contest's candidates ``#<ballot
number>`` in ballot order, the form's "against all" line), ``-1`` for a blank;
NULL where the figures hold another key or the stored form cannot be read
(readers then parse the JSON, as before). Nothing else changes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 01:00:00.000000
"""

from __future__ import annotations

import json
import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_CHUNK = 5000  # tallies packed per round trip


def upgrade() -> None:
    with op.batch_alter_table("tally", schema=None) as batch_op:
        batch_op.add_column(sa.Column("packed_figures", sa.Text(), nullable=True))
    conn = op.get_bind()
    keys = _contest_keys(conn)
    select = sa.text(
        "SELECT t.id, s.contest_id, t.values_json FROM tally t "
        "JOIN station s ON s.id = t.station_id WHERE t.id > :after ORDER BY t.id LIMIT :n"
    )
    update = sa.text("UPDATE tally SET packed_figures = :packed WHERE id = :id")
    after = 0
    while chunk := conn.execute(select, {"after": after, "n": _CHUNK}).all():
        after = chunk[-1][0]
        packed = [{"id": tid, "packed": _pack(text, keys.get(cid))} for tid, cid, text in chunk]
        params = [p for p in packed if p["packed"] is not None]
        if params:
            conn.execute(update, params)
    if conn.dialect.name == "sqlite":
        op.execute("ANALYZE tally")


def downgrade() -> None:
    with op.batch_alter_table("tally", schema=None) as batch_op:
        batch_op.drop_column("packed_figures")


def _contest_keys(conn: sa.Connection) -> dict[int, tuple[str, ...]]:
    """contest id -> its protocol's keys; contests of an election whose form is unreadable
    are left out (their tallies stay unpacked)."""
    forms: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for eid, form_json in conn.execute(sa.text("SELECT id, form_json FROM election")):
        try:
            form = json.loads(form_json)
            lines = tuple(str(line["key"]) for line in form.get("lines", []))
            against = form.get("against_all")
            tail = (str(against["key"]),) if against else ()
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        forms[eid] = (lines, tail)
    ballots: dict[int, list[str]] = {}
    election_of: dict[int, int] = {}
    q = sa.text(
        "SELECT c.id, c.election_id, k.ballot_number FROM contest c "
        "LEFT JOIN candidate k ON k.contest_id = c.id ORDER BY c.id, k.ballot_number"
    )
    for cid, eid, number in conn.execute(q):
        election_of[cid] = eid
        found = ballots.setdefault(cid, [])
        if number is not None:
            found.append(f"#{number}")
    return {
        cid: (*forms[eid][0], *ballots[cid], *forms[eid][1])
        for cid, eid in election_of.items()
        if eid in forms
    }


def _pack(text: str, order: tuple[str, ...] | None) -> str | None:
    if order is None:
        return None
    try:
        values = json.loads(text)
    except ValueError:
        return None
    if not isinstance(values, dict) or not set(values) <= set(order):
        return None
    out: list[str] = []
    for key in order:
        value = values.get(key)
        if value is None:
            out.append("-1")
        elif type(value) is int:
            out.append(str(value))
        else:
            return None
    return ",".join(out)
