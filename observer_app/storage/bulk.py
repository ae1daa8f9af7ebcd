"""Bulk inserts at driver speed for the 100,000-row paths.

SQLAlchemy's executemany spends most of its time converting each bound value
through the column types (about 2 s for 300,000 datetimes). Here values are
prepared once per dialect and handed straight to the DB-API ``executemany``:
the same rows, a fifth of the time. Only for trusted, already validated rows.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table


def db_time(conn: Connection, value: datetime) -> Any:
    """A timestamp as the driver wants it (SQLite: the string SQLAlchemy itself would store)."""
    if conn.dialect.name == "sqlite":
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """``INSERT INTO table (columns) VALUES (...)`` for every row, in one executemany."""
    if not rows:
        return
    marks = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    quoted = ", ".join(conn.dialect.identifier_preparer.quote(c) for c in columns)
    sql = (
        f"INSERT INTO {conn.dialect.identifier_preparer.format_table(table)} ({quoted}) "
        f"VALUES ({', '.join([marks] * len(columns))})"
    )
    conn.exec_driver_sql(sql, [tuple(r) for r in rows])


def insert_dicts(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    if rows:
        columns = list(rows[0])
        insert_rows(conn, table, columns, [[r[c] for c in columns] for r in rows])


def new_uids(count: int) -> list[str]:
    """``count`` random 128-bit ids as hex (one urandom call instead of ``count`` uuid4s)."""
    raw = os.urandom(16 * count)
    return [raw[i : i + 16].hex() for i in range(0, 16 * count, 16)]
