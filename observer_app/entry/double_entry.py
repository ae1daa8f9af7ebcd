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

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlmodel import Session

from observer_app.domain import tables as t
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.resolutions import StoredResolution, resolutions_query, stored_resolution
from observer_app.storage.tallies import load_values

FIRST, SECOND = "observer", "second-entry"
SQL_IN_LIMIT = 2000  # more ids than this are filtered in Python, not bound as parameters
T = TypeVar("T")
SCOPE = "double-entry"
ResolutionInfo = StoredResolution  # a resolved difference between the two keyings


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
    if first.values == second.values:
        return ()
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


_Tally = tuple[int, str, str, bool]  # id, uid, values json, protocol faulty


@dataclass
class _Loaded:
    """What the comparison needs, fetched in a handful of queries."""

    pairs: dict[int, tuple[_Tally, _Tally]]  # station id → (first, second)
    last: dict[int, tuple[int, str, str]]  # tally id → newest (revision, by, origin)
    keyed: dict[int, tuple[int, str]]  # tally id → newest typed-in (revision, by)
    keyed_json: dict[tuple[int, int], str]  # (tally id, revision) → figures, after resolutions
    resolutions: dict[int, dict[str, ResolutionInfo]]


def _load(db: Database, ctx: ElectionContext, station_ids: Iterable[int] | None) -> _Loaded:
    """Three queries whatever the size (tallies, revision headers, resolutions); a few
    station ids are filtered in SQL, many in Python (SQLite caps bound parameters)."""
    tc, sc, rc = t.tally.c, t.station.c, t.tally_revision.c
    wanted = None if station_ids is None else set(station_ids)
    scope = (sc.election_id == ctx.id, tc.source.in_((FIRST, SECOND)), tc.status == "final")
    q = (
        select(tc.id, tc.uid, tc.station_id, tc.source, tc.values_json, tc.protocol_faulty)
        .join(t.station, sc.id == tc.station_id)
        .where(*scope)
        .order_by(tc.updated_at, tc.id)
    )
    if wanted is not None and len(wanted) <= SQL_IN_LIMIT:
        q = q.where(tc.station_id.in_(wanted))
    with db.session() as s:
        newest: dict[tuple[int, str], _Tally] = {}
        for tid, uid, sid, source, vj, faulty in s.execute(q).all():
            if wanted is None or sid in wanted:
                newest[(sid, source)] = (tid, uid, vj, bool(faulty))
        pairs = {
            sid: (newest[(sid, FIRST)], newest[(sid, SECOND)])
            for sid, src in list(newest)
            if src == FIRST and (sid, SECOND) in newest
        }
        needed = {p[i][0] for p in pairs.values() for i in (0, 1)}
        rq = select(rc.tally_id, rc.revision, rc.entered_by, rc.origin).order_by(
            rc.tally_id, rc.revision
        )
        if len(needed) <= SQL_IN_LIMIT:
            rq = rq.where(rc.tally_id.in_(needed))
        else:
            rq = rq.join(t.tally, tc.id == rc.tally_id).join(t.station, sc.id == tc.station_id)
            rq = rq.where(*scope)
        last: dict[int, tuple[int, str, str]] = {}
        keyed: dict[int, tuple[int, str]] = {}
        for tid, rev, by, origin in s.execute(rq).all() if needed else ():
            if tid in needed:
                last[tid] = (rev, by, origin)
                if origin != "resolution":
                    keyed[tid] = (rev, by)
        # the figures as keyed differ from the current ones only after a resolution
        stale = [tid for tid, (rev, _, _) in last.items() if keyed[tid][0] != rev]
        keyed_json: dict[tuple[int, int], str] = {}
        for chunk in _chunks(stale):
            for tid, rev, vj in s.execute(
                select(rc.tally_id, rc.revision, rc.values_json).where(rc.tally_id.in_(chunk))
            ):
                keyed_json[(tid, rev)] = vj
        resolutions = _resolutions(s, ctx, list(pairs))
    return _Loaded(pairs, last, keyed, keyed_json, resolutions)


def _compare(ctx: ElectionContext, data: _Loaded, sid: int, keys: tuple[str, ...]) -> DoubleEntry:
    (t1, u1, vj1, f1), (t2, u2, vj2, f2) = data.pairs[sid]
    rev1, by1 = data.keyed[t1]
    rev2, by2, _ = data.last[t2]
    current = load_values(vj1)
    if rev1 == data.last[t1][0]:
        as_keyed = current
        second_values = current if vj2 == vj1 else load_values(vj2)
    else:
        as_keyed = load_values(data.keyed_json[(t1, rev1)])
        second_values = load_values(vj2)
    first = Entry(u1, t1, by1, rev1, as_keyed, f1)
    second = Entry(u2, t2, by2, rev2, second_values, f2)
    diffs = differences(keys, first, second, current, data.resolutions.get(sid, {}))
    return DoubleEntry(ctx.stations_by_id[sid].code, keys, first, second, current, diffs)


def load_pairs(
    db: Database, ctx: ElectionContext, station_ids: Iterable[int] | None = None
) -> dict[int, DoubleEntry]:
    """Every station (of ``station_ids``, or of the election) with both entries, compared."""
    data = _load(db, ctx, station_ids)
    keys_of = {cid: ctx.all_keys(c) for cid, c in ctx.contests.items()}
    stations = ctx.stations_by_id
    return {sid: _compare(ctx, data, sid, keys_of[stations[sid].contest_id]) for sid in data.pairs}


def pair_states(
    db: Database, ctx: ElectionContext, station_ids: Iterable[int] | None = None
) -> dict[int, str]:
    """``{station id: matching | differing | resolved}``: :func:`load_pairs` reduced to the
    state, and quicker: identical figures that no resolution touched are not even parsed."""
    data = _load(db, ctx, station_ids)
    keys_of = {cid: ctx.all_keys(c) for cid, c in ctx.contests.items()}
    stations = ctx.stations_by_id
    out: dict[int, str] = {}
    for sid, ((t1, _, vj1, _), (_, _, vj2, _)) in data.pairs.items():
        if vj1 == vj2 and data.last[t1][2] != "resolution":
            out[sid] = "matching"
        else:
            out[sid] = _compare(ctx, data, sid, keys_of[stations[sid].contest_id]).state
    return out


def _chunks(items: Sequence[T], size: int = SQL_IN_LIMIT) -> Iterable[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _resolutions(
    s: Session, ctx: ElectionContext, station_ids: Sequence[int]
) -> dict[int, dict[str, ResolutionInfo]]:
    """The newest double-entry resolution per (station, key)."""
    out: dict[int, dict[str, ResolutionInfo]] = {}
    if not station_ids:
        return out
    few = station_ids if len(station_ids) <= SQL_IN_LIMIT else None
    for r in s.execute(resolutions_query(SCOPE, election_id=ctx.id, station_ids=few)):
        out.setdefault(r.station_id, {})[r.key] = stored_resolution(r)
    return out


def compare(db: Database, ctx: ElectionContext, station_code: str) -> DoubleEntry | None:
    """The comparison of one station, or None when it lacks one of the two entries."""
    sid = ctx.stations[station_code].id
    return load_pairs(db, ctx, [sid]).get(sid)


def double_entry_states(db: Database, ctx: ElectionContext) -> dict[str, str]:
    """``{station code: matching | differing | resolved}`` for every double-entered station."""
    stations = ctx.stations_by_id
    return {stations[sid].code: state for sid, state in pair_states(db, ctx).items()}
