"""Where a reconciliation reads its rows: a SQLAlchemy connection, or a SQLite file directly.

Every query of the reconciliation is plain SQL with ``:name`` parameters, which
both SQLAlchemy's ``text`` and the standard library's sqlite3 understand, so one
engine serves both. The reconcile command reads a SQLite file at the current
schema through sqlite3 alone (``early`` checks it): importing SQLAlchemy is a
fifth of that command's time. Rows come as the driver's tuples (SQLite booleans
as 0/1, timestamps as the driver gives them: see :func:`utc`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from sqlalchemy import Connection

ID_CHUNK = 5000  # integers written out per IN (...) list
CHUNK = 500  # bound values per IN (...) list: far below every driver's limit on parameters


class Reader:
    """Plain SQL in, the driver's tuples out."""

    dialect: str

    def cursor(self) -> Any:
        """A DBAPI cursor (the caller closes it)."""
        raise NotImplementedError

    def rows(self, sql: str, **params: Any) -> list[Any]:
        """Every row of ``sql`` with ``:name`` parameters."""
        raise NotImplementedError

    def rows_in(self, sql: str, name: str, values: Sequence[Any], **params: Any) -> list[Any]:
        """``sql`` with ``IN :name`` given ``values`` (as many bound values), a chunk at a time."""
        out: list[Any] = []
        for i in range(0, len(values), CHUNK):
            part = values[i : i + CHUNK]
            names = [f"{name}_{j}" for j in range(len(part))]
            listed = "(" + ", ".join(f":{n}" for n in names) + ")"
            bound = dict(zip(names, part, strict=True))
            out += self.rows(sql.replace(f":{name}", listed), **params, **bound)
        return out

    def by_ids(self, sql: str, ids: Iterable[int]) -> Iterator[Any]:
        """Rows of ``sql`` with ``IN :ids`` written out as integer literals, a chunk at a time
        (the caller keeps what it needs: a national reconciliation reads 100,000 texts).

        Thousands of bound parameters cost more to compile and bind than the query
        takes; the ids are integers from the database, written by ``int``.
        """
        items = sorted(set(map(int, ids)))
        cursor = self.cursor()
        try:
            for i in range(0, len(items), ID_CHUNK):
                listed = "(" + ",".join(map(str, items[i : i + ID_CHUNK])) + ")"
                cursor.execute(sql.replace(":ids", listed))
                yield from cursor.fetchall()
        finally:
            cursor.close()


class ConnectionReader(Reader):
    """A SQLAlchemy connection (any database)."""

    def __init__(self, conn: Connection) -> None:
        from observer_app.storage.context import connection_rows

        self.conn = conn
        self.dialect = conn.dialect.name
        self._rows = connection_rows(conn)

    def cursor(self) -> Any:
        return self.conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    def rows(self, sql: str, **params: Any) -> list[Any]:
        return self._rows(sql, **params)


class SqliteReader(Reader):
    """A read-only connection of the standard library's sqlite3 to a SQLite file."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.conn = read_only(path)
        self.conn.execute("BEGIN")  # every read of the reconciliation from one snapshot

    def cursor(self) -> Any:
        return self.conn.cursor()

    def rows(self, sql: str, **params: Any) -> list[Any]:
        return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        self.conn.close()


def read_only(path: Path) -> sqlite3.Connection:
    """A read-only sqlite3 connection to the file, transactions begun by the caller."""
    uri = f"file:{quote(str(path))}?mode=ro"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def utc(value: datetime | str) -> datetime:
    """A stored timestamp as the models' UTCDateTime reads it: UTC, with or without an offset
    stored (SQLite keeps the text SQLAlchemy wrote, ``2024-03-18 10:00:00.000000``)."""
    at = datetime.fromisoformat(value) if isinstance(value, str) else value
    return at.replace(tzinfo=UTC) if at.utcoffset() is None else at.astimezone(UTC)
