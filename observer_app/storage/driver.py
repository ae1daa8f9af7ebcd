"""Statements of the merge's hot path at DB-API speed (SQLite and PostgreSQL alike).

Merging 1,000 packages runs a dozen small statements per package; SQLAlchemy's
statement layer cost more than SQLite itself there. These helpers send plain
SQL with the driver's parameter style, values converted the way SQLAlchemy
would store them (timestamps via :func:`observer_app.storage.bulk.db_time`).
Only for trusted, already validated rows of the app's own tables.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table

from observer_app.storage.bulk import db_time


def _sql(conn: Connection, sql: str) -> str:
    return sql if conn.dialect.paramstyle == "qmark" else sql.replace("?", "%s")


def _value(conn: Connection, value: Any) -> Any:
    return db_time(conn, value) if isinstance(value, datetime) else value


def execute(conn: Connection, sql: str, params: Sequence[Any] = ()) -> Any:
    """One statement written with ``?`` placeholders."""
    return conn.exec_driver_sql(_sql(conn, sql), tuple(_value(conn, v) for v in params))


def _insert_sql(conn: Connection, table: Table, columns: Sequence[str]) -> str:
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    marks = ", ".join("?" for _ in columns)
    return _sql(conn, f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})")


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    conn.exec_driver_sql(
        _insert_sql(conn, table, columns),
        [tuple(_value(conn, r[c]) for c in columns) for r in rows],
    )


def insert_returning_id(conn: Connection, table: Table, row: Mapping[str, Any]) -> int:
    columns = list(row)
    sql = _insert_sql(conn, table, columns) + " RETURNING id"
    result = conn.exec_driver_sql(sql, tuple(_value(conn, row[c]) for c in columns))
    return int(result.scalar_one())
