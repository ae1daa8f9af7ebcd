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
start, more than the whole comparison. It is read through a :class:`Reader`, a
SQLAlchemy connection or the standard library's sqlite3, so this module does
not import SQLAlchemy.
"""

from __future__ import annotations

import itertools
import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Protocol

import orjson

from observer_app.reconcile import blocks as bl
from observer_app.reconcile.blocks import Scan
from observer_app.reconcile.findings import PhotoRef, ResolutionRef, SnapshotRef, TallyRef
from observer_app.reconcile.reader import ConnectionReader, Reader, utc
from observer_app.storage.resolutions import resolutions_sql

if TYPE_CHECKING:
    from observer_app.storage.context import ElectionContext
    from observer_app.storage.db import Database

# An observer copy read line by line: id, uid and figures, still as their canonical
# JSON text (the rest of a tally is read by ``fill_refs``, for findings only). Plain
# DBAPI tuples: building 200,000 named tuples costs half a second. Fields by position:
Row = tuple[int, str, str]
ID: Final = 0
UID: Final = 1
VJ: Final = 2


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


def ids_sql(sql: str) -> str:
    """SQL text for :meth:`Reader.by_ids` (no parameters but the ``:ids`` list)."""
    return " ".join(sql.split())


def scan(reader: Reader, election_id: int, keys: Mapping[int, tuple[str, ...]]) -> Scan:
    """The scan of an election whose contests have these protocol keys (contest id -> keys)."""
    if reader.dialect == "sqlite":
        return bl.scan_sqlite(reader, election_id, keys)
    rows = reader.rows(bl.SCAN_ROWS + bl.JOINS.replace("?", ":e"), e=election_id)
    found = bl.group_rows(rows, bl.key_blocks(keys))
    counts = reader.rows(bl.STATIONS.replace("?", ":e"), e=election_id)
    stations = {cid: (n, voters) for cid, n, voters in counts}
    return Scan(found, stations, dict(keys), bl.changes(reader.rows))


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
            with db.snapshot() as conn:
                reader = ConnectionReader(conn)
                target = bl.scan_target(reader.rows, code)
                if target is not None:  # else the caller reports the unknown election
                    eid, keys = target
                    self._result = scan(reader, eid, keys)
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


def tally_rows(reader: Reader, ids: Iterable[int]) -> dict[int, Row]:
    """The rows (:data:`Row`) of these tallies, by id."""
    return {r[ID]: r for r in reader.by_ids(_ROWS, ids)}


_REFS = ids_sql(
    "SELECT id, uid, observer, revision, protocol_faulty, NULL FROM tally WHERE id IN :ids"
)
# an official tally's snapshot is its current revision's (a second lookup a tally: only these)
_OFFICIAL_REFS = ids_sql(
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


def fill_refs(reader: Reader, refs: dict[int, TallyRef]) -> None:
    """Complete the placeholder references the findings hold: uid, observer, photos, snapshot."""
    official = [tid for tid, ref in refs.items() if ref.source == "official"]
    rows = itertools.chain(
        reader.by_ids(_OFFICIAL_REFS, official),
        reader.by_ids(_REFS, (tid for tid, ref in refs.items() if ref.source != "official")),
    )
    for tid, uid, observer, revision, faulty, snap in rows:
        ref = refs[tid]
        ref.uid, ref.observer, ref.revision = uid, observer, revision
        ref.protocol_faulty = bool(faulty)
        ref.snapshot_id = snap if ref.source == "official" else None
    photos: dict[int, list[PhotoRef]] = defaultdict(list)
    for tid, file_name, sha in reader.by_ids(_PHOTOS, refs):  # in (tally, photo) order
        photos[tid].append(PhotoRef(file_name, sha))
    for tid, found in photos.items():
        refs[tid].photos = tuple(found)


def codes_of(reader: Reader, station_ids: Iterable[int]) -> dict[int, str]:
    """Codes of these stations, by station id."""
    return dict(reader.by_ids("SELECT id, code FROM station WHERE id IN :ids", station_ids))


def station_names_of(reader: Reader, ids: Mapping[str, int]) -> dict[str, str]:
    """Names of these stations (code -> station id), by code."""
    return dict(reader.by_ids("SELECT code, name FROM station WHERE id IN :ids", ids.values()))


def texts_of(reader: Reader, tally_ids: Iterable[int]) -> dict[int, str]:
    """Figures (canonical JSON text) of these tallies, by tally id."""
    return dict(reader.by_ids("SELECT id, values_json FROM tally WHERE id IN :ids", tally_ids))


_NAMES = "SELECT code, name FROM station WHERE election_id = :e AND code IN :codes"


def station_names(reader: Reader, election_id: int, codes: Iterable[str]) -> dict[str, str]:
    """Names of these stations, by code."""
    return dict(reader.rows_in(_NAMES, "codes", sorted(set(codes)), e=election_id))


_USED_SNAPSHOTS = """
    SELECT sn.id FROM snapshot sn
    WHERE sn.election_id = :e AND EXISTS (
        SELECT 1 FROM tally_revision r
        JOIN tally t ON t.id = r.tally_id AND t.revision = r.revision
        WHERE r.snapshot_id = sn.id AND t.source = 'official')
"""


def used_snapshots(reader: Reader, election_id: int) -> set[int]:
    """Snapshots that hold the current revision of at least one official tally."""
    return {r[0] for r in reader.rows(_USED_SNAPSHOTS, e=election_id)}


_SNAPSHOTS = """
    SELECT id, kind, file_name, sha256, label, imported_at, imported_by
    FROM snapshot WHERE election_id = :e ORDER BY id
"""


def snapshot_refs(db: Database, ctx: ElectionContext) -> dict[int, SnapshotRef]:
    with db.engine.connect() as conn:
        return snapshots(ConnectionReader(conn), ctx.id)


def snapshots(reader: Reader, election_id: int) -> dict[int, SnapshotRef]:
    out: dict[int, SnapshotRef] = {}
    for sid, kind, file_name, sha, label, at, by in reader.rows(_SNAPSHOTS, e=election_id):
        out[sid] = SnapshotRef(sid, kind, file_name, sha, label, utc(at), by)
    return out


Resolutions = dict[tuple[int, str], tuple[ResolutionRef, dict[str, int | None]]]


# The query below walks every station of the election to look for their decisions (9 ms at
# national scale): asked first whether there is any decision at all, an empty table answers at once
_ANY_RESOLUTION = "SELECT EXISTS (SELECT 1 FROM resolution WHERE scope = :scope)"


def resolutions(reader: Reader, election_id: int) -> Resolutions:
    """(station id, key) -> the latest decision, with the competing values it was made on."""
    if not reader.rows(_ANY_RESOLUTION, scope="observers")[0][0]:
        return {}
    sql, params = resolutions_sql("observers", election_id=election_id)
    return {
        (sid, key): (ResolutionRef(uid, value, reason, by), orjson.loads(competing))
        for sid, uid, key, value, reason, competing, by, _at in reader.rows(sql, **params)
    }


_TOTALS = """
    SELECT c.contest_id, c.snapshot_id, c.values_json
    FROM contest_total c JOIN snapshot sn ON sn.id = c.snapshot_id
    WHERE sn.election_id = :e
    ORDER BY c.snapshot_id
"""


def totals(reader: Reader, election_id: int) -> dict[int, tuple[int, dict[str, int]]]:
    """contest id -> (snapshot id, figures) from the newest totals snapshot."""
    rows = reader.rows(_TOTALS, e=election_id)
    return {cid: (snap, orjson.loads(vj)) for cid, snap, vj in rows}


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
        ("tally", "packed_figures"),
        ("tally", "protocol_faulty"),
        ("station", "id"),
        ("station", "code"),
        ("station", "name"),
        ("station", "election_id"),
        ("station", "contest_id"),
        ("station", "registered_voters"),
        ("contest", "id"),
        ("contest", "election_id"),
        ("candidate", "contest_id"),
        ("candidate", "ballot_number"),
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
