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
from typing import Any

import orjson
from sqlalchemy import Select, select

from observer_app.domain import tables as t


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


def resolutions_query(
    scope: str, *, election_id: int | None = None, station_ids: Sequence[int] | None = None
) -> Select[Any]:
    """Rows of one scope, oldest first: station, uid, key, value, reason, competing, by, at.

    A later row for the same (station, key) supersedes an earlier one, so
    callers that keep the newest simply let later rows overwrite.
    """
    rc = t.resolution.c
    q = select(
        rc.station_id,
        rc.uid,
        rc.key,
        rc.value,
        rc.reason,
        rc.competing_json,
        rc.resolved_by,
        rc.resolved_at,
    ).where(rc.scope == scope)
    if election_id is not None:
        sc = t.station.c
        q = q.join(t.station, sc.id == rc.station_id).where(sc.election_id == election_id)
    if station_ids is not None:
        q = q.where(rc.station_id.in_(station_ids))
    return q.order_by(rc.resolved_at, rc.id)


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
