"""Reading recorded resolutions: one query and one record type for every scope.

Coordinators' decisions on differing observer copies (scope ``"observers"``)
and double-entry resolutions (scope ``"double-entry"``) are rows of the same
``resolution`` table; both readers go through here so a column added to the
table is read the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from sqlalchemy import TextualSelect


@dataclass(frozen=True)
class StoredResolution:
    """One recorded decision on one figure of one station."""

    uid: str
    key: str
    value: int
    reason: str
    competing: dict[str, int | None]  # tally uid → the value it had (None = blank)
    resolved_by: str
    resolved_at: datetime

    @property
    def corrected(self) -> bool:
        """True when the value is none of the competing ones (a correction, not a choice)."""
        return self.value not in self.competing.values()


_COLUMNS = (
    "r.station_id, r.uid, r.key, r.value, r.reason, r.competing_json, r.resolved_by, r.resolved_at"
)


def resolutions_sql(
    scope: str, *, election_id: int | None = None, with_ids: bool = False
) -> tuple[str, dict[str, Any]]:
    """The SQL text of :func:`resolutions_query` and its parameters (``IN :ids`` when
    ``with_ids``, for the caller to bind), without SQLAlchemy: the reconcile command reads
    a SQLite file with the standard library's sqlite3 alone."""
    sql = f"SELECT {_COLUMNS} FROM resolution r"
    where = ["r.scope = :scope"]
    params: dict[str, Any] = {"scope": scope}
    if election_id is not None:
        sql += " JOIN station s ON s.id = r.station_id"
        where.append("s.election_id = :e")
        params["e"] = election_id
    if with_ids:
        where.append("r.station_id IN :ids")
    return f"{sql} WHERE {' AND '.join(where)} ORDER BY r.resolved_at, r.id", params


def resolutions_query(
    scope: str, *, election_id: int | None = None, station_ids: Sequence[int] | None = None
) -> TextualSelect:
    """Rows of one scope, oldest first: station, uid, key, value, reason, competing, by, at.

    A later row for the same (station, key) supersedes an earlier one, so
    callers that keep the newest simply let later rows overwrite. Plain SQL
    rather than the Core tables: the reconcile command reads these too, and
    importing the tables would add to its start.
    """
    from sqlalchemy import bindparam, text

    from observer_app.domain.sqltypes import UTCDateTime

    sql, params = resolutions_sql(scope, election_id=election_id, with_ids=station_ids is not None)
    q = text(sql)
    if station_ids is not None:
        q = q.bindparams(bindparam("ids", list(station_ids), expanding=True))
    return q.bindparams(**params).columns(resolved_at=UTCDateTime)


def stored_resolution(row: Any) -> StoredResolution:
    """The record of one row of :func:`resolutions_query`."""
    return StoredResolution(
        row.uid,
        row.key,
        row.value,
        row.reason,
        orjson.loads(row.competing_json),
        row.resolved_by,
        row.resolved_at,
    )
