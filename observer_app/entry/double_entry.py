"""Blind double entry: compare the observer's entry of a protocol with a second keying of it.

The *first entry* of a station is its newest final ``observer`` tally, the
*second entry* its newest final ``second-entry`` tally. The first entry's
figures as keyed are those of its newest revision that is not itself a
resolution. A difference counts as resolved when a ``double-entry``
resolution was recorded for exactly these two competing values and the first
entry now holds the resolved value; so re-keying either entry later reopens
the difference instead of hiding it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlmodel import Session

from observer_app.domain import tables as t
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import load_values

FIRST, SECOND = "observer", "second-entry"
SCOPE = "double-entry"


@dataclass(frozen=True)
class ResolutionInfo:
    uid: str
    key: str
    value: int
    reason: str
    competing: dict[str, int | None]  # {tally uid: value as keyed}
    resolved_by: str
    resolved_at: datetime


@dataclass(frozen=True)
class Entry:
    """One side of the comparison: a tally, who keyed it, and the figures as keyed."""

    uid: str
    tally_id: int
    operator: str
    revision: int  # the revision holding the keyed figures
    values: dict[str, int]
    protocol_faulty: bool = False


@dataclass(frozen=True)
class Difference:
    key: str
    first: int | None
    second: int | None
    resolution: ResolutionInfo | None = None

    @property
    def resolved(self) -> bool:
        return self.resolution is not None


@dataclass(frozen=True)
class DoubleEntry:
    station_code: str
    keys: tuple[str, ...]  # every figure of the protocol, in protocol order
    first: Entry
    second: Entry
    current: dict[str, int]  # the first entry's figures now (resolved ones included)
    differences: tuple[Difference, ...] = field(default=())

    @property
    def unresolved(self) -> list[Difference]:
        return [d for d in self.differences if not d.resolved]

    @property
    def matching(self) -> int:
        """Figures both entries keyed the same (blank in both not counted)."""
        return sum(
            1
            for k in self.keys
            if self.first.values.get(k) == self.second.values.get(k)
            and self.first.values.get(k) is not None
        )

    @property
    def state(self) -> str:
        """``matching``, ``resolved`` (every difference resolved) or ``differing``."""
        if not self.differences:
            return "matching"
        return "differing" if self.unresolved else "resolved"


def competing_of(
    first_uid: str, first: int | None, second_uid: str, second: int | None
) -> dict[str, int | None]:
    return {first_uid: first, second_uid: second}


def differences(
    keys: Sequence[str],
    first: Entry,
    second: Entry,
    current: Mapping[str, int],
    resolutions: Mapping[str, ResolutionInfo],
) -> tuple[Difference, ...]:
    """Field-by-field comparison; ``resolutions`` holds the newest resolution per key."""
    order = list(keys) + sorted((set(first.values) | set(second.values)) - set(keys))
    out = []
    for k in order:
        a, b = first.values.get(k), second.values.get(k)
        if a == b:
            continue
        res = resolutions.get(k)
        applies = (
            res is not None
            and res.competing == competing_of(first.uid, a, second.uid, b)
            and current.get(k) == res.value
        )
        out.append(Difference(k, a, b, res if applies else None))
    return tuple(out)


# -- loading ---------------------------------------------------------------------------------


def load_pairs(
    db: Database, ctx: ElectionContext, station_ids: Iterable[int] | None = None
) -> dict[int, DoubleEntry]:
    """Every station (of ``station_ids``, or of the election) with both entries, compared."""
    tc, sc, rc = t.tally.c, t.station.c, t.tally_revision.c
    wanted = None if station_ids is None else list(station_ids)
    q = (
        select(tc.id, tc.uid, tc.station_id, tc.source, tc.values_json, tc.protocol_faulty)
        .join(t.station, sc.id == tc.station_id)
        .where(sc.election_id == ctx.id, tc.source.in_((FIRST, SECOND)), tc.status == "final")
        .order_by(tc.updated_at, tc.id)
    )
    if wanted is not None:
        q = q.where(tc.station_id.in_(wanted))
    with db.session() as s:
        newest: dict[tuple[int, str], tuple[int, str, str, bool]] = {}
        for tid, uid, sid, source, vj, faulty in s.execute(q):
            newest[(sid, source)] = (tid, uid, vj, bool(faulty))
        pairs = {
            sid: (newest[(sid, FIRST)], newest[(sid, SECOND)])
            for sid, src in list(newest)
            if src == FIRST and (sid, SECOND) in newest
        }
        tally_ids = [p[i][0] for p in pairs.values() for i in (0, 1)]
        revs: dict[int, list[tuple[int, str, str, str]]] = {}
        for chunk in _chunks(tally_ids):
            for tid, rev, by, origin, vj in s.execute(
                select(rc.tally_id, rc.revision, rc.entered_by, rc.origin, rc.values_json)
                .where(rc.tally_id.in_(chunk))
                .order_by(rc.tally_id, rc.revision)
            ):
                revs.setdefault(tid, []).append((rev, by, origin, vj))
        resolutions = _resolutions(s, ctx, list(pairs))
    out: dict[int, DoubleEntry] = {}
    for sid, ((t1, u1, vj1, f1), (t2, u2, vj2, f2)) in pairs.items():
        keyed = [r for r in revs.get(t1, []) if r[2] != "resolution"] or revs.get(t1, [])
        rev1, by1, _, kvj1 = keyed[-1]
        rev2, by2, _, _ = revs[t2][-1]
        first = Entry(u1, t1, by1, rev1, load_values(kvj1), f1)
        second = Entry(u2, t2, by2, rev2, load_values(vj2), f2)
        st = ctx.stations_by_id[sid]
        keys = ctx.all_keys(ctx.contest_of(st))
        current = load_values(vj1)
        diffs = differences(keys, first, second, current, resolutions.get(sid, {}))
        out[sid] = DoubleEntry(st.code, keys, first, second, current, diffs)
    return out


def _chunks(ids: Sequence[int], size: int = 5000) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def _resolutions(
    s: Session, ctx: ElectionContext, station_ids: Sequence[int]
) -> dict[int, dict[str, ResolutionInfo]]:
    """The newest double-entry resolution per (station, key)."""
    rc, sc = t.resolution.c, t.station.c
    out: dict[int, dict[str, ResolutionInfo]] = {}
    if not station_ids:
        return out
    q = (
        select(
            rc.station_id,
            rc.uid,
            rc.key,
            rc.value,
            rc.reason,
            rc.competing_json,
            rc.resolved_by,
            rc.resolved_at,
        )
        .join(t.station, sc.id == rc.station_id)
        .where(sc.election_id == ctx.id, rc.scope == SCOPE)
        .order_by(rc.resolved_at, rc.id)
    )
    if len(station_ids) <= 5000:
        q = q.where(rc.station_id.in_(station_ids))
    for sid, uid, key, value, reason, cj, by, at in s.execute(q):
        out.setdefault(sid, {})[key] = ResolutionInfo(
            uid, key, value, reason, json.loads(cj), by, at
        )
    return out


def compare(db: Database, ctx: ElectionContext, station_code: str) -> DoubleEntry | None:
    """The comparison of one station, or None when it lacks one of the two entries."""
    sid = ctx.stations[station_code].id
    return load_pairs(db, ctx, [sid]).get(sid)


def double_entry_states(db: Database, ctx: ElectionContext) -> dict[str, str]:
    """``{station code: matching | differing | resolved}`` for every double-entered station."""
    return {c.station_code: c.state for c in load_pairs(db, ctx).values()}
