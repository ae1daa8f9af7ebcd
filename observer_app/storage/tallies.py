"""Writing and reading tallies: every change becomes a new revision, nothing is overwritten.

A tally is identified by (station, source, observer) for imports and by its
``uid`` everywhere else. Bulk paths use Core inserts (ORM objects cost 15×
more at 100,000 rows).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import groupby, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NewType

import orjson
from sqlalchemy import ColumnElement, Connection, Select, bindparam, insert, select, update

from observer_app.domain import tables as t
from observer_app.domain.values import utcnow
from observer_app.storage import audit, driver
from observer_app.storage.bulk import (
    ANALYZE_AFTER,
    analyze,
    db_time,
    insert_rows,
    new_uids,
    roomy_cache,
)
from observer_app.storage.context import ElectionContext
from observer_app.storage.db import Database
from observer_app.storage.packed import key_set, pack_figures

if TYPE_CHECKING:  # the ORM and the table models load only where ORM objects are made
    from sqlmodel import Session

    from observer_app.domain.models import Tally, TallyRevision


PreparedFigures = NewType("PreparedFigures", tuple[str, str | None])
"""Figures already written as their canonical JSON text (what :func:`dump_values`
gives: protocol order, blanks left out) and their packed text (what
:func:`~observer_app.storage.packed.pack_figures` gives for the station's protocol).

The tally importer assembles both straight from cells it has proved to be plain
counts, instead of 20 int conversions and a dict per station that would only be
turned back into these texts. A plain ``tuple`` at run time (a subclass cost a
third of a microsecond per row to make): any tuple given as figures is taken as
these texts, and the type checker sees that only marked ones are given.
"""


Figures = Mapping[str, int | None] | PreparedFigures


def dump_values(values: Figures, order: Sequence[str] | None = None) -> str:
    """Canonical JSON of protocol figures: protocol order when given, blanks dropped.

    Keys outside ``order`` follow in their own order. orjson keeps insertion
    order and is several times faster than ``json.dumps`` on 100,000 tallies.
    """
    if isinstance(values, tuple):  # PreparedFigures
        return values[0]
    ordered: dict[str, int | None]
    if order is None:
        ordered = {k: int(v) for k, v in values.items() if v is not None}
    elif isinstance(values, dict) and tuple(values) == order and None not in values.values():
        ordered = values  # already complete and in protocol order: the bulk imports' case
    else:
        ordered = {k: v for k in order if (v := values.get(k)) is not None}
        if len(values) > len(ordered):  # blanks, or keys the order does not know
            known = key_set(tuple(order))
            ordered.update((k, v) for k, v in values.items() if v is not None and k not in known)
    return orjson.dumps(ordered).decode()


def load_values(text: str | bytes) -> dict[str, int]:
    data: dict[str, int] = orjson.loads(text)
    return data


def new_uid() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Provenance:
    """Who entered figures, where, and from what."""

    entered_by: str = field(default_factory=audit.whoami)
    machine: str = field(default_factory=audit.machine_name)
    origin: str = "import"  # gui | import | package | second-entry | resolution
    origin_file: str = ""
    origin_sha256: str = ""
    note: str = ""


@dataclass(frozen=True)
class SnapshotInfo:
    file_name: str
    sha256: str
    label: str = ""
    kind: str = "stations"


@dataclass
class WriteResult:
    created: int = 0
    revised: int = 0
    unchanged: int = 0
    snapshot_id: int | None = None
    revised_stations: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.created + self.revised


@dataclass(frozen=True)
class CurrentTally:
    id: int
    uid: str
    station_id: int
    source: str
    observer: str
    status: str
    revision: int
    values: dict[str, int]
    protocol_faulty: bool


def add_snapshot(s: Session | Connection, election_id: int, snap: SnapshotInfo, by: str) -> int:
    """Record an official import (a Core insert: the import path needs no ORM); its id."""
    row = {
        "election_id": election_id,
        "kind": snap.kind,
        "imported_at": utcnow(),
        "file_name": snap.file_name,
        "sha256": snap.sha256,
        "label": snap.label,
        "imported_by": by,
    }
    q = insert(t.snapshot).returning(t.snapshot.c.id)
    return int(audit.connection_of(s).execute(q, row).scalar_one())


def write_tallies(
    db: Database,
    ctx: ElectionContext,
    rows: Iterable[tuple[str, str, str, Mapping[str, int] | PreparedFigures]],
    prov: Provenance,
    snapshot: SnapshotInfo | None = None,
) -> WriteResult:
    """Store ``(station_code, source, observer, values)`` rows in one transaction.

    A row for a (station, source, observer) that already has a tally adds a
    revision when its figures differ and is counted unchanged otherwise.
    Callers validate rows first (station codes known, counts non-negative).
    """
    rows = list(rows)
    sources = sorted({r[1] for r in rows})
    # Core only: a bulk write needs no ORM session
    with db.transaction() as conn, roomy_cache(conn, len(rows)):
        batch = TallyBatch(conn, ctx, prov, snapshot, sources)
        batch.add(rows)
        return batch.finish()


Row = tuple[
    str, str, str, Mapping[str, int] | PreparedFigures
]  # station code, source, observer, figures


class TallyBatch:
    """One bulk write of tallies inside the caller's open transaction, fed in chunks.

    What :func:`write_tallies` does in one call, split so that a streamed import
    (:mod:`observer_app.storage.tally_stream`) can store the rows validated so
    far while later ones are still being read. New tallies and their first
    revisions are inserted as each chunk comes; revisions of tallies that
    already existed, the audit entry and the statistics wait for
    :meth:`finish`, so the rows stored are the same as in one call, in the same
    order.
    """

    def __init__(
        self,
        conn: Connection,
        ctx: ElectionContext,
        prov: Provenance,
        snapshot: SnapshotInfo | None,
        sources: Sequence[str],
    ) -> None:
        self.conn = conn
        self.ctx = ctx
        self.prov = prov
        self.sources = list(sources)
        self.result = WriteResult()
        self.now = utcnow()
        self.snapshot_id = (
            add_snapshot(conn, ctx.id, snapshot, prov.entered_by) if snapshot else None
        )
        self.result.snapshot_id = self.snapshot_id
        self.existing = _existing_tallies(conn, ctx, self.sources)
        self.stamp = db_time(conn, self.now)
        self.fixed = (
            prov.entered_by,
            self.stamp,
            prov.machine,
            prov.origin,
            prov.origin_file,
            prov.origin_sha256,
            self.snapshot_id,
            False,
            prov.note,
        )
        self.revisions: list[tuple[int, int, str]] = []
        self.bumps: list[dict[str, object]] = []

    def add(self, rows: Sequence[Row]) -> None:
        """Store the new tallies among ``rows``; note the revisions of known ones."""
        for i in range(0, len(rows), CHUNK_ROWS):
            for (source, observer), run in groupby(rows[i : i + CHUNK_ROWS], _WHOSE):
                new = self._sort(list(run), source, observer)
                if new:
                    _insert_new(self.conn, new, source, observer, self.stamp, self.fixed)
                    self.result.created += len(new)

    def _sort(self, rows: list[Row], source: str, observer: str) -> list[NewTally]:
        """The rows (all of ``source`` and ``observer``) that are new tallies; those that
        revise one go to the revisions; the rest are unchanged.

        A fresh import (none of the stations known, none repeated) is sorted with
        C-level maps: the writer thread holds the GIL for as little as it can.
        """
        stations, existing = self.ctx.stations, self.existing
        sids = [stations[row[0]].id for row in rows]
        keys = list(zip(sids, repeat(source), repeat(observer)))
        if not existing.keys().isdisjoint(keys) or len(set(keys)) < len(keys):
            return self._sort_slowly(rows, sids)
        texts = list(map(self._figures, rows))
        vjs = [vj for vj, _ in texts]
        existing.update(zip(keys, zip(repeat(-1), repeat(1), vjs, strict=False), strict=True))
        return [
            (uid, sid, vj, packed)
            for uid, sid, (vj, packed) in zip(new_uids(len(rows)), sids, texts, strict=True)
        ]

    def _figures(self, row: Row) -> tuple[str, str | None]:
        """A row's figures as their canonical JSON text and their packed text."""
        values = row[3]
        if isinstance(values, tuple):  # PreparedFigures: the importer already wrote them
            return values
        order = self.ctx.keys_of_station(self.ctx.stations[row[0]])
        return dump_values(values, order), pack_figures(values, order)

    def _sort_slowly(self, rows: list[Row], sids: list[int]) -> list[NewTally]:
        """:meth:`_sort` row by row: stations already known, or repeated."""
        new: list[NewTally] = []
        existing, result = self.existing, self.result
        for row, sid, uid in zip(rows, sids, new_uids(len(rows)), strict=True):
            code, source, observer, _ = row
            vj, packed = self._figures(row)
            key = (sid, source, observer)
            known = existing.get(key)
            if known is None:
                new.append((uid, sid, vj, packed))
                existing[key] = (-1, 1, vj)
            elif known[2] == vj:
                result.unchanged += 1
            else:
                tid, rev, _ = known
                if tid == -1:
                    raise ValueError(f"station {code} appears twice for {source} {observer!r}")
                self.bumps.append(
                    {
                        "b_id": tid,
                        "b_rev": rev + 1,
                        "b_values": vj,
                        "b_packed": packed,
                        "b_now": self.now,
                    }
                )
                self.revisions.append((tid, rev + 1, vj))
                existing[key] = (tid, rev + 1, vj)
                result.revised_stations.append(code)
        return new

    def finish(self) -> WriteResult:
        """The revisions, the audit entry and fresh statistics; the caller commits."""
        conn, prov, result = self.conn, self.prov, self.result
        if self.bumps:
            conn.execute(
                update(t.tally)
                .where(t.tally.c.id == bindparam("b_id"))
                .values(
                    revision=bindparam("b_rev"),
                    values_json=bindparam("b_values"),
                    packed_figures=bindparam("b_packed"),
                    updated_at=bindparam("b_now"),
                ),
                self.bumps,
            )
            result.revised = len(self.bumps)
        insert_rows(
            conn,
            t.tally_revision,
            _REVISION_COLUMNS,
            [(tid, rev, vj, *self.fixed) for tid, rev, vj in self.revisions],
        )
        audit.record(
            conn,
            "tallies.import",
            entity="election",
            entity_uid=self.ctx.code,
            details={
                "file": prov.origin_file,
                "sha256": prov.origin_sha256,
                "sources": self.sources,
                "created": result.created,
                "revised": result.revised,
                "unchanged": result.unchanged,
                "snapshot_id": self.snapshot_id,
            },
            actor=prov.entered_by,
            machine=prov.machine,
        )
        if result.stored >= ANALYZE_AFTER:
            analyze(conn, t.tally, t.tally_revision)
        return result


CHUNK_ROWS = 4096  # new tallies per insert statement: SQLite parses one JSON array of them

NewTally = tuple[str, int, str, str | None]  # uid, station id, figures JSON, packed figures
_WHOSE = itemgetter(1, 2)  # a row's source and observer


def _insert_new(
    conn: Connection,
    tallies: Sequence[NewTally],
    source: str,
    observer: str,
    stamp: object,
    fixed: tuple[object, ...],
) -> None:
    """New tallies and their first revisions.

    The ids of the new rows are the ones above the largest id before the
    insert (ids only grow; a concurrent writer's rows are told apart by uid).
    On SQLite the tallies go in as one JSON array, unpacked by SQLite's
    ``json_each``: one statement that runs without Python's GIL (a streamed
    import validates later rows meanwhile) and costs less than binding eleven
    values per row. The first revisions are then copied from the new rows in
    one ``INSERT … SELECT``, a third of the cost of sending the rows through the
    driver again; SQLite holds this transaction's write lock from its first
    write to its commit, so every row above that id is this batch's — checked
    by count and by the uids at both ends before anything commits.
    """
    before = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM tally").scalar_one()
    if conn.dialect.name != "sqlite":
        insert_rows(
            conn,
            t.tally,
            _TALLY_COLUMNS,
            [
                (u, sid, source, observer, "", "final", 1, vj, packed, False, stamp, stamp)
                for u, sid, vj, packed in tallies
            ],
        )
        ids: dict[str, int] = dict(
            driver.execute(conn, "SELECT uid, id FROM tally WHERE id > ?", (before,)).all()
        )
        insert_rows(
            conn,
            t.tally_revision,
            _REVISION_COLUMNS,
            [(ids[u], 1, vj, *fixed) for u, _, vj, _ in tallies],
        )
        return
    conn.exec_driver_sql(
        _JSON_INSERT, (source, observer, stamp, stamp, orjson.dumps(tallies).decode())
    )
    found = conn.exec_driver_sql(
        "SELECT count(*), min(uid), max(uid) FROM tally WHERE id > ?", (before,)
    ).one()
    if tuple(found) != (len(tallies), tallies[0][0], tallies[-1][0]):  # uids ascend
        raise RuntimeError("the new tallies are not the last rows of the table (a bug)")
    names = ", ".join(_REVISION_COLUMNS)
    copied = conn.exec_driver_sql(
        f"INSERT INTO tally_revision ({names}) "
        f"SELECT id, revision, values_json, {', '.join('?' * len(fixed))} "
        "FROM tally WHERE id > ? ORDER BY id",
        (*fixed, before),
    ).rowcount
    if copied != len(tallies):
        raise RuntimeError(f"{copied} first revisions written for {len(tallies)} tallies")


_TALLY_COLUMNS = (
    "uid",
    "station_id",
    "source",
    "observer",
    "observer_fingerprint",
    "status",
    "revision",
    "values_json",
    "packed_figures",
    "protocol_faulty",
    "created_at",
    "updated_at",
)
_REVISION_COLUMNS = (
    "tally_id",
    "revision",
    "values_json",
    "entered_by",
    "entered_at",
    "machine",
    "origin",
    "origin_file",
    "origin_sha256",
    "snapshot_id",
    "protocol_faulty",
    "note",
)
# New tallies of one source and observer from a JSON array of [uid, station id, figures,
# packed figures]:
# the constant columns bound once (source, observer, created_at, updated_at). json_extract
# rather than ->>, which needs SQLite 3.38 (some Linux distributions' Pythons have 3.37).
_JSON_INSERT = (
    f"INSERT INTO tally ({', '.join(_TALLY_COLUMNS)}) "
    "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), ?, ?, '', 'final', 1, "
    "json_extract(value, '$[2]'), json_extract(value, '$[3]'), 0, ?, ? "
    "FROM json_each(?)"
)


def _existing_tallies(
    conn: Connection, ctx: ElectionContext, sources: Sequence[str]
) -> dict[tuple[int, str, str], tuple[int, int, str]]:
    """(station id, source, observer) → (tally id, revision, values json) in this election."""
    tc, sc = t.tally.c, t.station.c
    q = (
        select(tc.id, tc.station_id, tc.source, tc.observer, tc.revision, tc.values_json)
        .join(t.station, sc.id == tc.station_id)
        .where(sc.election_id == ctx.id, tc.source.in_(sources))
    )
    return {(sid, src, obs): (tid, rev, vj) for tid, sid, src, obs, rev, vj in conn.execute(q)}


def _revision_row(
    tally_id: int,
    revision: int,
    values_json: str,
    prov: Provenance,
    now: datetime,
    snapshot_id: int | None,
    *,
    protocol_faulty: bool = False,
) -> dict[str, object]:
    return {
        "tally_id": tally_id,
        "revision": revision,
        "values_json": values_json,
        "entered_by": prov.entered_by,
        "entered_at": now,
        "machine": prov.machine,
        "origin": prov.origin,
        "origin_file": prov.origin_file,
        "origin_sha256": prov.origin_sha256,
        "snapshot_id": snapshot_id,
        "protocol_faulty": protocol_faulty,
        "note": prov.note,
    }


def save_tally(
    db: Database,
    ctx: ElectionContext,
    station_code: str,
    source: str,
    values: Mapping[str, int | None],
    prov: Provenance,
    *,
    observer: str = "",
    status: str = "final",
    protocol_faulty: bool = False,
    tally_uid: str | None = None,
    within: Callable[[Session, CurrentTally], None] | None = None,
) -> CurrentTally:
    """Create a tally or add a revision to the one named by ``tally_uid`` (the GUI's save).

    ``within`` runs inside the same transaction after the revision is written
    (linking photos, dropping the draft, recording resolutions), so a crash
    leaves either all of it or none.
    """
    from sqlmodel import col

    from observer_app.domain.models import Tally, TallyRevision

    st = ctx.stations[station_code]
    vj = dump_values(values, ctx.keys_of_station(st))
    packed = pack_figures(values, ctx.keys_of_station(st))
    now = utcnow()
    with db.session() as s:
        if tally_uid:
            tally = s.execute(select(Tally).where(col(Tally.uid) == tally_uid)).scalar_one()
            tally.revision += 1
            tally.values_json = vj
            tally.packed_figures = packed
            tally.status = status
            tally.protocol_faulty = protocol_faulty
            tally.updated_at = now
        else:
            tally = Tally(
                uid=new_uid(),
                station_id=st.id,
                source=source,
                observer=observer,
                status=status,
                revision=1,
                values_json=vj,
                packed_figures=packed,
                protocol_faulty=protocol_faulty,
                created_at=now,
                updated_at=now,
            )
            s.add(tally)
        s.flush()
        assert tally.id is not None
        s.execute(
            insert(TallyRevision),
            [
                _revision_row(
                    tally.id, tally.revision, vj, prov, now, None, protocol_faulty=protocol_faulty
                )
            ],
        )
        audit.record(
            s,
            "tally.save",
            entity="tally",
            entity_uid=tally.uid,
            details={
                "station": station_code,
                "source": tally.source,
                "revision": tally.revision,
                "status": status,
                "values": json.loads(vj),
                "protocol_faulty": protocol_faulty,
                "note": prov.note,
            },
            actor=prov.entered_by,
            machine=prov.machine,
        )
        current = _current(tally)
        if within is not None:
            within(s, current)
        return current


def _current(t: Tally) -> CurrentTally:
    assert t.id is not None
    return CurrentTally(
        t.id,
        t.uid,
        t.station_id,
        t.source,
        t.observer,
        t.status,
        t.revision,
        load_values(t.values_json),
        t.protocol_faulty,
    )


def tally_query(
    ctx: ElectionContext,
    source: str | None = None,
    *,
    include_drafts: bool = False,
    extra: Sequence[ColumnElement[Any]] = (),
    columns: Sequence[ColumnElement[Any]] | None = None,
) -> Select[Any]:
    """The election's tallies, oldest first: the columns of :class:`CurrentTally` in its
    order (figures as JSON text), then ``extra`` (e.g. the station's code); or only
    ``columns`` of the tally and its station."""
    tc, sc = t.tally.c, t.station.c
    if columns is None:
        columns = (
            tc.id,
            tc.uid,
            tc.station_id,
            tc.source,
            tc.observer,
            tc.status,
            tc.revision,
            tc.values_json,
            tc.protocol_faulty,
        )
    q = (
        select(*columns, *extra)
        .join(t.station, sc.id == tc.station_id)
        .where(sc.election_id == ctx.id)
        .order_by(tc.id)
    )
    if source:
        q = q.where(tc.source == source)
    if not include_drafts:
        q = q.where(tc.status == "final")
    return q


def current_tallies(
    db: Database, ctx: ElectionContext, source: str | None = None, *, include_drafts: bool = False
) -> Iterator[CurrentTally]:
    """Current figures of every tally of the election (fetched as tuples: fast at 100k)."""
    with db.session() as s:
        for tid, uid, sid, src, observer, status, rev, vj, faulty in s.execute(
            tally_query(ctx, source, include_drafts=include_drafts)
        ):
            yield CurrentTally(tid, uid, sid, src, observer, status, rev, load_values(vj), faulty)


def revisions(db: Database, tally_uid: str) -> list[TallyRevision]:
    from sqlmodel import col

    from observer_app.domain.models import TallyRevision

    with db.session() as s:
        tid = s.execute(select(t.tally.c.id).where(t.tally.c.uid == tally_uid)).scalar_one()
        q = select(TallyRevision).where(col(TallyRevision.tally_id) == tid)
        return list(s.execute(q.order_by(col(TallyRevision.revision))).scalars())
