"""Set-based loading for a reconciliation: the database compares, Python reads what differs.

Reconciling 100,000 stations must take about a second, a fresh process
included. So the comparison of each observer copy with its official figures is
done by the database (both are canonical JSON text written by ``dump_values``:
equal figures are equal text), and only the official figures (for the sums and
the arithmetic matrix) and the copies that differ are read. Names, photos,
snapshots and the other columns of a tally are read only for the tallies a
finding refers to.

The SQL is plain text on the table and column names of ``domain/tables.py`` (a
test holds them to it): building the ORM models costs a third of a second at
start, more than the whole comparison.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Final, cast

import orjson
from sqlalchemy import Connection, DateTime, TextClause, bindparam, text

from observer_app.reconcile.findings import PhotoRef, ResolutionRef, SnapshotRef, TallyRef
from observer_app.storage.bulk import fetch_tuples
from observer_app.storage.db import Database
from observer_app.storage.resolutions import resolutions_query

if TYPE_CHECKING:
    from sqlalchemy import Select

    from observer_app.storage.context import ElectionContext

# An observer copy read line by line: id, uid and figures, still as their canonical
# JSON text (the rest of a tally is read by ``fill_refs``, for findings only). Plain
# DBAPI tuples: building 200,000 named tuples costs half a second. Fields by position:
Row = tuple[int, str, str]
ID: Final = 0
UID: Final = 1
VJ: Final = 2

CHUNK = 500  # values per IN (...) list: far below every driver's limit on parameters
ID_CHUNK = 5000  # integers written out per IN (...) list


# A station as scanned: its official tally (if any), one observer copy (if any) and
# whether that copy holds exactly the official figures. Fields by position:
OffScan = tuple[int | None, int, str, int, int | None, str | None, int | None, int]
OFF_ID: Final = 0
OFF_SID: Final = 1
OFF_CODE: Final = 2
OFF_CID: Final = 3
OFF_VOTERS: Final = 4
OFF_VJ: Final = 5
OFF_COPY: Final = 6
OFF_SAME: Final = 7


@dataclass(slots=True)
class Station:
    """A station whose copies are read line by line."""

    station_id: int
    code: str
    contest_id: int
    voters: int
    copies: list[int]  # observer copies (tally ids), oldest first
    official_id: int | None = None
    values_json: str = ""  # the official figures ("" without an official tally)
    same: int = 0  # how many copies hold exactly the official figures
    position: int = 0  # its row among the official figures of its contest


@dataclass
class Scan:
    official: list[OffScan]  # one row per station (official id None: copies only)
    several: dict[int, Station]  # stations with more than one copy or official tally
    stations: dict[int, tuple[int, int]]  # contest id -> (stations, registered voters)


def fetch(conn: Connection, q: TextClause, **params: Any) -> list[Any]:
    """Every row of ``q`` as plain DBAPI tuples.

    SQLAlchemy's result processing costs about as much as SQLite's own fetch at
    100,000 rows; the queries here select only integers and text, so the driver's
    tuples are used as they come (booleans arrive as 0/1 on SQLite).
    """
    return fetch_tuples(conn, cast("Select[Any]", q.bindparams(**params)))


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    items = sorted(set(ids))
    for i in range(0, len(items), ID_CHUNK):
        yield items[i : i + ID_CHUNK]


def by_ids(sql: str) -> TextClause:
    """``sql`` with an ``:ids`` list parameter (``IN :ids``)."""
    return text(sql).bindparams(bindparam("ids", expanding=True))


def ids_sql(sql: str) -> str:
    """SQL text for :func:`fetch_ids` (no parameters but the ``:ids`` list)."""
    return " ".join(sql.split())


def fetch_ids(conn: Connection, sql: str, ids: Sequence[int]) -> list[Any]:
    """``sql`` with ``IN :ids`` written out as integer literals.

    Thousands of bound parameters cost more to compile and bind than the query
    takes; the ids are integers from the database, written by ``int``.
    """
    listed = "(" + ",".join(map(str, map(int, ids))) + ")"
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql.replace(":ids", listed))
        return list(cursor.fetchall())
    finally:
        cursor.close()


# Every station with official figures or observer copies: its official tally, each
# observer copy, and whether the copy holds exactly the same figures (the whole
# comparison, in one pass of the database).
_SCAN = text(
    """
    SELECT f.id, s.id, s.code, s.contest_id, s.registered_voters, f.values_json,
           o.id, CASE WHEN o.values_json = f.values_json THEN 1 ELSE 0 END
    FROM station s
    LEFT JOIN tally f ON f.station_id = s.id AND f.source = 'official' AND f.status = 'final'
    LEFT JOIN tally o ON o.station_id = s.id AND o.source = 'observer' AND o.status = 'final'
    WHERE s.election_id = :e AND (f.id IS NOT NULL OR o.id IS NOT NULL)
    """
)
_STATIONS = text(
    """
    SELECT contest_id, COUNT(*), COALESCE(SUM(registered_voters), 0)
    FROM station WHERE election_id = :e GROUP BY contest_id
    """
)


def scan(conn: Connection, election_id: int) -> Scan:
    rows: list[OffScan] = fetch(conn, _SCAN, e=election_id)
    by_station = dict(zip(map(itemgetter(OFF_SID), rows), rows, strict=True))
    several: dict[int, Station] = {}
    if len(by_station) < len(rows):  # several copies (or official tallies) of some stations
        grouped: dict[int, list[OffScan]] = defaultdict(list)
        for r in rows:
            grouped[r[OFF_SID]].append(r)
        for sid, group in grouped.items():
            if len(group) > 1:
                st = several[sid] = _station(sid, group)
                # the row the station is listed with: one of its newest official tally
                by_station[sid] = next(r for r in group if r[OFF_ID] == st.official_id)
    stations = {cid: (n, voters) for cid, n, voters in fetch(conn, _STATIONS, e=election_id)}
    return Scan(list(by_station.values()), several, stations)


def _station(sid: int, group: list[OffScan]) -> Station:
    """A station the scan returned several rows for: its copies and newest official tally."""
    ids = [r[OFF_ID] for r in group if r[OFF_ID] is not None]
    newest = max(ids) if ids else None  # the newest official tally of a station wins
    mine = [r for r in group if r[OFF_ID] == newest]
    first = mine[0]
    copied = [r for r in mine if r[OFF_COPY] is not None]
    return Station(
        sid,
        first[OFF_CODE],
        first[OFF_CID],
        first[OFF_VOTERS] or 0,
        sorted(r[OFF_COPY] for r in copied),  # type: ignore[misc]
        newest,
        first[OFF_VJ] or "",
        sum(r[OFF_SAME] for r in copied) if newest is not None else 0,
    )


_NEWEST_ELECTION = text("SELECT id FROM election ORDER BY created_at DESC, id DESC")
_ELECTION = text("SELECT id FROM election WHERE code = :code")


class ScanAhead:
    """:func:`scan` in a thread of its own, started before the caller imports and loads the rest.

    The database does most of a scan's work outside Python's lock, so on two cores
    it overlaps with the command's remaining start (numpy, the forms, the election
    context): a third of a second of a national reconciliation.
    """

    def __init__(self, db: Database, code: str | None) -> None:
        self.election_id: int | None = None
        self._result: Scan | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(db, code), name="reconcile-scan", daemon=True
        )
        self._thread.start()

    def _run(self, db: Database, code: str | None) -> None:
        try:
            with db.engine.connect() as conn:
                found = (
                    fetch(conn, _NEWEST_ELECTION)
                    if code is None
                    else fetch(conn, _ELECTION, code=code)
                )
                if found:  # else the caller reports the unknown election
                    self.election_id = found[0][0]
                    self._result = scan(conn, found[0][0])
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc

    def result(self, election_id: int) -> Scan | None:
        """The scan of ``election_id``, or None when this one scanned another election."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result if self.election_id == election_id else None


_ROWS = ids_sql("SELECT id, uid, values_json FROM tally WHERE id IN :ids")


def tally_rows(conn: Connection, ids: Iterable[int]) -> dict[int, Row]:
    """The rows (:data:`Row`) of these tallies, by id."""
    out: dict[int, Row] = {}
    for part in chunks(ids):
        for r in fetch_ids(conn, _ROWS, part):
            out[r[ID]] = r
    return out


_REFS = ids_sql(
    """
    SELECT t.id, t.uid, t.observer, t.revision, t.protocol_faulty, r.snapshot_id
    FROM tally t
    LEFT JOIN tally_revision r ON r.tally_id = t.id AND r.revision = t.revision
    WHERE t.id IN :ids
    """
)
_PHOTOS = ids_sql(
    """
    SELECT tp.tally_id, p.file_name, p.sha256
    FROM tally_photo tp JOIN photo p ON p.id = tp.photo_id
    WHERE tp.tally_id IN :ids
    ORDER BY tp.tally_id, tp.id
    """
)


def fill_refs(conn: Connection, refs: dict[int, TallyRef]) -> None:
    """Complete the placeholder references the findings hold: uid, observer, photos, snapshot."""
    for part in chunks(refs):
        for tid, uid, observer, revision, faulty, snap in fetch_ids(conn, _REFS, part):
            ref = refs[tid]
            ref.uid, ref.observer, ref.revision = uid, observer, revision
            ref.protocol_faulty = bool(faulty)
            ref.snapshot_id = snap if ref.source == "official" else None
        photos: dict[int, list[PhotoRef]] = defaultdict(list)
        for tid, file_name, sha in fetch_ids(conn, _PHOTOS, part):
            photos[tid].append(PhotoRef(file_name, sha))
        for tid, found in photos.items():
            refs[tid].photos = tuple(found)


_NAMES = text(
    "SELECT code, name FROM station WHERE election_id = :e AND code IN :codes"
).bindparams(bindparam("codes", expanding=True))


def station_names(conn: Connection, election_id: int, codes: Iterable[str]) -> dict[str, str]:
    """Names of these stations, by code."""
    out: dict[str, str] = {}
    items = sorted(set(codes))
    for i in range(0, len(items), CHUNK):
        out.update(fetch(conn, _NAMES, e=election_id, codes=items[i : i + CHUNK]))
    return out


_USED_SNAPSHOTS = text(
    """
    SELECT sn.id FROM snapshot sn
    WHERE sn.election_id = :e AND EXISTS (
        SELECT 1 FROM tally_revision r
        JOIN tally t ON t.id = r.tally_id AND t.revision = r.revision
        WHERE r.snapshot_id = sn.id AND t.source = 'official')
    """
)


def used_snapshots(conn: Connection, election_id: int) -> set[int]:
    """Snapshots that hold the current revision of at least one official tally."""
    return {r[0] for r in fetch(conn, _USED_SNAPSHOTS, e=election_id)}


_SNAPSHOTS = text(
    """
    SELECT id, kind, file_name, sha256, label, imported_at, imported_by
    FROM snapshot WHERE election_id = :e ORDER BY id
    """
).columns(imported_at=DateTime)


def snapshot_refs(db: Database, ctx: ElectionContext) -> dict[int, SnapshotRef]:
    with db.engine.connect() as conn:
        return snapshots(conn, ctx.id)


def snapshots(conn: Connection, election_id: int) -> dict[int, SnapshotRef]:
    # through SQLAlchemy's result processing: ``imported_at`` is a datetime on every backend
    out: dict[int, SnapshotRef] = {}
    for sid, kind, file_name, sha, label, at, by in conn.execute(_SNAPSHOTS, {"e": election_id}):
        # as the models' UTCDateTime reads it: stored in UTC, with or without an offset
        at = at.replace(tzinfo=UTC) if at.utcoffset() is None else at.astimezone(UTC)
        out[sid] = SnapshotRef(sid, kind, file_name, sha, label, at, by)
    return out


Resolutions = dict[tuple[int, str], tuple[ResolutionRef, dict[str, int | None]]]


def resolutions(conn: Connection, election_id: int) -> Resolutions:
    """(station id, key) -> the latest decision, with the competing values it was made on."""
    q = resolutions_query("observers", election_id=election_id)
    return {
        (sid, key): (ResolutionRef(uid, value, reason, by), orjson.loads(competing))
        for sid, uid, key, value, reason, competing, by, _at in fetch_tuples(conn, cast(Any, q))
    }


_TOTALS = text(
    """
    SELECT c.contest_id, c.snapshot_id, c.values_json
    FROM contest_total c JOIN snapshot sn ON sn.id = c.snapshot_id
    WHERE sn.election_id = :e
    ORDER BY c.snapshot_id
    """
)


def totals(conn: Connection, election_id: int) -> dict[int, tuple[int, dict[str, int]]]:
    """contest id -> (snapshot id, figures) from the newest totals snapshot."""
    return {cid: (snap, orjson.loads(vj)) for cid, snap, vj in fetch(conn, _TOTALS, e=election_id)}


def columns_used() -> Sequence[tuple[str, str]]:
    """(table, column) pairs the SQL above names, for the test that holds them to the models."""
    return (
        ("tally", "id"),
        ("tally", "uid"),
        ("tally", "station_id"),
        ("tally", "source"),
        ("tally", "observer"),
        ("tally", "status"),
        ("tally", "revision"),
        ("tally", "values_json"),
        ("tally", "protocol_faulty"),
        ("station", "id"),
        ("station", "code"),
        ("station", "name"),
        ("station", "election_id"),
        ("station", "contest_id"),
        ("station", "registered_voters"),
        ("tally_revision", "tally_id"),
        ("tally_revision", "revision"),
        ("tally_revision", "snapshot_id"),
        ("tally_revision", "values_json"),
        ("tally_photo", "id"),
        ("tally_photo", "tally_id"),
        ("tally_photo", "photo_id"),
        ("photo", "id"),
        ("photo", "file_name"),
        ("photo", "sha256"),
        ("snapshot", "id"),
        ("snapshot", "election_id"),
        ("snapshot", "kind"),
        ("snapshot", "file_name"),
        ("snapshot", "sha256"),
        ("snapshot", "label"),
        ("snapshot", "imported_at"),
        ("snapshot", "imported_by"),
        ("contest_total", "contest_id"),
        ("contest_total", "snapshot_id"),
        ("contest_total", "values_json"),
    )
