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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC
from typing import TYPE_CHECKING, Any, Final, Protocol, cast

import orjson
from sqlalchemy import Connection, DateTime, TextClause, bindparam, text

from observer_app.reconcile import blocks as bl
from observer_app.reconcile.blocks import Scan
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


def scan(conn: Connection, election_id: int, keys: Mapping[int, tuple[str, ...]]) -> Scan:
    """The scan of an election whose contests have these protocol keys (contest id -> keys)."""
    if conn.dialect.name == "sqlite":
        dbapi = conn.connection.dbapi_connection
        return bl.scan_sqlite(dbapi, election_id, keys)  # type: ignore[arg-type]
    rows = fetch(conn, text(bl.SCAN_ROWS + bl.JOINS.replace("?", ":e")), e=election_id)
    found = bl.group_rows(rows, bl.key_blocks(keys))
    counts = fetch(conn, text(bl.STATIONS.replace("?", ":e")), e=election_id)
    return Scan(found, {cid: (n, voters) for cid, n, voters in counts}, dict(keys))


_NEWEST_ELECTION = text("SELECT id, form_json FROM election ORDER BY created_at DESC, id DESC")
_ELECTION = text("SELECT id, form_json FROM election WHERE code = :code")


class Ahead(Protocol):
    """A scan started before :func:`engine.reconcile` was called (:class:`ScanAhead`,
    ``early.EarlyScan``)."""

    def result(self, election_id: int) -> Scan | None: ...


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
                    eid, form_json = found[0]
                    ballots = fetch(conn, text(bl.CONTEST_BALLOTS.replace("?", ":e")), e=eid)
                    self._result = scan(conn, eid, bl.election_keys(form_json, ballots))
                    self.election_id = eid
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
