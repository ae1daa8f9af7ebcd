"""Bulk inserts at driver speed for the 100,000-row paths.

SQLAlchemy's executemany spends most of its time converting each bound value
through the column types (about 2 s for 300,000 datetimes). Here values are
prepared once per dialect and handed straight to the DB-API ``executemany``:
the same rows, a fifth of the time. Only for trusted, already validated rows.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Select, Table
from sqlalchemy.exc import SQLAlchemyError


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


def new_uids(count: int) -> list[str]:
    """``count`` new ids, 32 hex digits, in ascending order: time first, then randomness.

    The layout of a UUIDv7 (RFC 9562) without the version bits: 48 bits of
    milliseconds since 1970, then 80 random bits (one urandom call for all).
    Unique across machines like a random id, but a batch sorts after every
    earlier one, so a bulk import appends to the unique index on ``uid``
    instead of writing 97,699 keys into random places of it.
    """
    prefix = f"{time.time_ns() // 1_000_000:012x}"
    raw = os.urandom(10 * count).hex()
    return sorted(prefix + raw[i : i + 20] for i in range(0, 20 * count, 20))


ANALYZE_AFTER = 1000  # rows written at once: enough to change how SQLite should plan joins


def analyze(conn: Connection, *tables: Table) -> None:
    """Refresh SQLite's statistics of ``tables`` after a bulk write (PostgreSQL's autovacuum
    does this on its own).

    Without them SQLite plans the election's joins through the most selective
    looking index: every station of the election, then each one's tallies,
    twice as slow at national size as reading the tallies in order.
    """
    if conn.dialect.name == "sqlite":
        for table in tables:
            conn.exec_driver_sql(f"ANALYZE {conn.dialect.identifier_preparer.format_table(table)}")


def fetch_tuples(conn: Connection, query: Select[Any]) -> list[tuple[Any, ...]]:
    """Every row of ``query`` as the driver's plain tuples, in the connection's transaction.

    For reads of 100,000 rows of integers and text: SQLAlchemy's row objects and
    result processing cost about as much as SQLite's own fetch there. Values come
    as the driver gives them (SQLite booleans as 0/1).
    """
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    names = compiled.positiontup
    params = tuple(compiled.params[n] for n in names) if names else compiled.params
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


BULK_CACHE_KIB = 131_072  # SQLite's page cache during a bulk write, at most (grown as used)


@contextmanager
def roomy_cache(conn: Connection, rows: int) -> Iterator[None]:
    """A larger SQLite page cache while ``rows`` rows (ANALYZE_AFTER or more) are written.

    With the default 2 MB cache a national import's 50 MB of new table and index
    pages spill to the WAL in the middle of the transaction and are read back
    to be changed again: a quarter of the insert's CPU. The pages held until
    commit are the transaction's own, so the cache only grows as far as they
    need. The connection's own size is restored before commit (dirty pages
    stay cached until then), so a long-lived connection does not keep them.
    """
    if rows < ANALYZE_AFTER or conn.dialect.name != "sqlite":
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    except BaseException:
        with suppress(SQLAlchemyError):  # best effort: the write's own error is what matters
            conn.exec_driver_sql(f"PRAGMA cache_size = {before}")
        raise
    conn.exec_driver_sql(f"PRAGMA cache_size = {before}")
