"""Column types of the Core tables that must behave exactly as the table models' types.

SQLModel stores ``datetime`` fields with its ``UTCDateTime`` (aware datetimes
kept in UTC; values read back from a database without time zones get UTC
attached). Importing it would import the whole of SQLModel and the ORM, which
the read-only commands and the GUI's start never need, so the Core tables use
this copy; ``tests/test_domain_tables.py`` holds both to the same behaviour.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import types
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.sql.operators import OperatorType


class UTCDateTime(types.TypeDecorator[datetime]):
    """Aware datetimes stored in UTC and returned in UTC."""

    impl = types.DateTime
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(timezone=True)

    def __repr__(self) -> str:
        return "UTCDateTime()"

    def coerce_compared_value(self, op: OperatorType | None, value: Any) -> types.TypeEngine[Any]:
        if isinstance(value, timedelta):
            return types.Interval()
        return self

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("a datetime without time zone cannot be stored: use utcnow()")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:  # databases without time zones store UTC bare
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
