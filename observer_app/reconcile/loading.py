"""Set-based loading of everything a reconciliation needs, fetched once as tuples.

Reconciling 100,000 stations must take about a second, so nothing here builds
ORM objects: each query returns plain rows that the engine joins in dicts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Final

import orjson
from sqlalchemy import Select, and_, select
from sqlmodel import Session

from observer_app.domain import tables as t
from observer_app.reconcile.findings import PhotoRef, ResolutionRef, SnapshotRef
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import load_values

# A current tally as fetched, figures still as their canonical JSON text. Plain DBAPI
# tuples: building 200,000 named tuples costs half a second. Fields by position:
Row = tuple[int, str, int, str, str, int, str, bool]
ID: Final = 0
UID: Final = 1
SID: Final = 2
SRC: Final = 3
OBS: Final = 4
REV: Final = 5
VJ: Final = 6
FAULTY: Final = 7


@dataclass
class Loaded:
    station_names: dict[int, str]
    official: dict[int, Row]  # station id -> the official tally
    observers: dict[int, list[Row]]  # station id -> observer copies, oldest first
    photos: dict[int, tuple[PhotoRef, ...]]  # tally id -> photos
    official_snapshot: dict[int, int | None]  # official tally id -> snapshot of its revision
    snapshots: dict[int, SnapshotRef]
    # (station id, key) -> latest decision, with the competing values it was made on
    resolutions: dict[tuple[int, str], tuple[ResolutionRef, dict[str, int | None]]]
    totals: dict[int, tuple[int, dict[str, int]]] = field(default_factory=dict)
    # contest id -> (snapshot id, figures) from the newest totals snapshot


def fetch(s: Session, q: Select[Any]) -> list[Any]:
    """Every row of ``q`` as plain DBAPI tuples.

    SQLAlchemy's result processing costs about as much as SQLite's own fetch at
    100,000 rows; the queries here select only integers and text, so the driver's
    tuples are used as they come (booleans arrive as 0/1 on SQLite).
    """
    conn = s.connection()
    compiled = q.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    names = compiled.positiontup
    params = tuple(compiled.params[n] for n in names) if names else compiled.params
    try:
        cursor.execute(str(compiled), params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def load(db: Database, ctx: ElectionContext) -> Loaded:
    tc, sc = t.tally.c, t.station.c
    with db.session() as s:
        names = dict(fetch(s, select(sc.id, sc.name).where(sc.election_id == ctx.id)))
        official: dict[int, Row] = {}
        observers: dict[int, list[Row]] = defaultdict(list)
        q = (
            select(
                tc.id,
                tc.uid,
                tc.station_id,
                tc.source,
                tc.observer,
                tc.revision,
                tc.values_json,
                tc.protocol_faulty,
            )
            .join(t.station, sc.id == tc.station_id)
            .where(sc.election_id == ctx.id, tc.status == "final")
            .where(tc.source.in_(("observer", "official")))
        )  # no ORDER BY: sorting 200,000 rows in SQLite costs more than the rare sort below
        for r in fetch(s, q):
            row: Row = r
            if row[SRC] == "official":
                known = official.get(row[SID])
                if known is None or known[ID] < row[ID]:
                    official[row[SID]] = row  # the newest official tally wins
            else:
                observers[row[SID]].append(row)
        for copies in observers.values():
            if len(copies) > 1:
                copies.sort()  # oldest first (the id leads the tuple)
        photos = _photos(s, ctx)
        official_snapshot = _official_snapshots(s, ctx)
        snapshots = _snapshots(s, ctx)
        resolutions = _resolutions(s, ctx)
        totals = _totals(s, ctx)
    return Loaded(
        names,
        official,
        dict(observers),
        photos,
        official_snapshot,
        snapshots,
        resolutions,
        totals,
    )


def _photos(s: Session, ctx: ElectionContext) -> dict[int, tuple[PhotoRef, ...]]:
    tp, p, tc, sc = t.tally_photo.c, t.photo.c, t.tally.c, t.station.c
    out: dict[int, list[PhotoRef]] = defaultdict(list)
    q = (
        select(tp.tally_id, p.file_name, p.sha256)
        .join(t.photo, p.id == tp.photo_id)
        .join(t.tally, tc.id == tp.tally_id)
        .join(t.station, sc.id == tc.station_id)
        .where(sc.election_id == ctx.id)
        .order_by(tp.tally_id, tp.id)
    )
    for tally_id, file_name, sha in s.execute(q):
        out[tally_id].append(PhotoRef(file_name, sha))
    return {k: tuple(v) for k, v in out.items()}


def _official_snapshots(s: Session, ctx: ElectionContext) -> dict[int, int | None]:
    r, tc, sc = t.tally_revision.c, t.tally.c, t.station.c
    q = (
        select(tc.id, r.snapshot_id)
        .join(t.tally_revision, and_(r.tally_id == tc.id, r.revision == tc.revision))
        .join(t.station, sc.id == tc.station_id)
        .where(sc.election_id == ctx.id, tc.source == "official")
    )
    return dict(fetch(s, q))


def snapshot_refs(db: Database, ctx: ElectionContext) -> dict[int, SnapshotRef]:
    with db.session() as s:
        return _snapshots(s, ctx)


def _snapshots(s: Session, ctx: ElectionContext) -> dict[int, SnapshotRef]:
    c = t.snapshot.c
    q = (
        select(c.id, c.kind, c.file_name, c.sha256, c.label, c.imported_at, c.imported_by)
        .where(c.election_id == ctx.id)
        .order_by(c.id)
    )
    return {row[0]: SnapshotRef(*row) for row in s.execute(q)}


def _resolutions(
    s: Session, ctx: ElectionContext
) -> dict[tuple[int, str], tuple[ResolutionRef, dict[str, int | None]]]:
    c, sc = t.resolution.c, t.station.c
    q = (
        select(c.station_id, c.key, c.uid, c.value, c.reason, c.resolved_by, c.competing_json)
        .join(t.station, sc.id == c.station_id)
        .where(sc.election_id == ctx.id, c.scope == "observers")
        .order_by(c.resolved_at, c.id)
    )
    return {
        (sid, key): (ResolutionRef(uid, value, reason, by), orjson.loads(competing))
        for sid, key, uid, value, reason, by, competing in s.execute(q)
    }


def _totals(s: Session, ctx: ElectionContext) -> dict[int, tuple[int, dict[str, int]]]:
    c, sn = t.contest_total.c, t.snapshot.c
    q = (
        select(c.contest_id, c.snapshot_id, c.values_json)
        .join(t.snapshot, sn.id == c.snapshot_id)
        .where(sn.election_id == ctx.id)
        .order_by(c.snapshot_id)
    )
    return {cid: (snap, load_values(vj)) for cid, snap, vj in s.execute(q)}
