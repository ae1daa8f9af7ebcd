"""The reconciliation's scan as integer columns, one block per set of contests sharing their keys.

A national reconciliation reads one row per station (97,699): its official
tally, its observer copy, whether the two are the same text, and the official
figures for the sums and the control relations. Built row by row in Python
(a tuple, a JSON parse and a dict per station) that was most of the command's
time. So on SQLite the database packs each column of a block into one text
(``group_concat``: one step, outside Python's lock), numpy reads the id columns
as integers and :func:`~observer_app.forms.matrix.matrix_of_lines` the official
figures' texts, many at a time. Any other database (PostgreSQL), or a text
numpy cannot read whole, goes through rows and Python's JSON parser into the
same columns: the engine sees one shape.

Only the rows of a block are here; the few texts, codes and names that
findings need are read afterwards by id (``loading.stations_of``, ``texts_of``).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Protocol

import orjson

if TYPE_CHECKING:
    import sqlite3

    import numpy as np

    from observer_app.forms.matrix import Figures

# numpy and the forms are imported where used: the reconcile command runs this module's
# SQL in a thread while its main thread is still importing them (see ``early``)

# Columns of Block.meta (-1 where there is none: no official tally, no observer copy)
F_ID: Final = 0  # official tally id
F_SID: Final = 1  # station id
F_CID: Final = 2  # contest id
F_VOTERS: Final = 3  # registered voters (0 when unknown)
F_COPY: Final = 4  # observer copy id
F_SAME: Final = 5  # 1 when the copy holds exactly the official figures (the same text)
META_COLUMNS: Final = 6


@dataclass
class Block:
    """Scan rows of the contests in ``contests`` (whose protocols have ``keys``), as columns.

    One row per (station, official tally, observer copy) the scan joined: a station
    with several copies or official tallies has several rows.
    """

    keys: tuple[str, ...]
    contests: tuple[int, ...]
    meta: np.ndarray  # (rows, META_COLUMNS) int64
    figures: np.ndarray  # (rows, len(keys)) int64: the official figures, -1 (BLANK) where blank

    def __len__(self) -> int:
        return int(self.meta.shape[0])


def key_blocks(
    keys_by_contest: Mapping[int, tuple[str, ...]],
) -> list[tuple[tuple[str, ...], list[int]]]:
    """Contests grouped by their protocol keys (the national case: one block)."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for cid, keys in keys_by_contest.items():
        groups.setdefault(keys, []).append(cid)
    return list(groups.items())


# -- SQLite: the database packs the columns -------------------------------------------------

JOINS = """
    FROM station s
    LEFT JOIN tally f ON f.station_id = s.id AND f.source = 'official' AND f.status = 'final'
    LEFT JOIN tally o ON o.station_id = s.id AND o.source = 'observer' AND o.status = 'final'
    WHERE s.election_id = ? AND (f.id IS NOT NULL OR o.id IS NOT NULL)
"""
_PACKED = (
    """
    SELECT count(*),
           group_concat(coalesce(f.id, -1)),
           group_concat(s.id),
           group_concat(s.contest_id),
           group_concat(coalesce(s.registered_voters, 0)),
           group_concat(coalesce(o.id, -1)),
           group_concat(CASE WHEN o.values_json = f.values_json THEN 1 ELSE 0 END),
           CAST(group_concat(coalesce(f.values_json, '{}'), char(10)) AS BLOB)
    """
    + JOINS
)


@dataclass
class Scan:
    """Every station with official figures or observer copies, as column blocks."""

    blocks: list[Block]
    stations: dict[int, tuple[int, int]]  # contest id -> (stations, registered voters)
    keys: dict[int, tuple[str, ...]]  # contest id -> the protocol keys the blocks were read with


class Unreadable(ValueError):
    """A packed text numpy cannot read whole (e.g. a figure that is not an integer)."""


def _ints(text: str | None, count: int) -> np.ndarray:
    """``count`` integers from comma-separated text, or :class:`Unreadable`."""
    import numpy as np

    if not count:
        return np.zeros(0, dtype=np.int64)
    if text is None:
        raise Unreadable("no text")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy warns (and stops) at text it cannot read
        try:
            found = np.fromstring(text, dtype=np.int64, sep=",")
        except (ValueError, DeprecationWarning) as exc:
            raise Unreadable(str(exc)) from None
    if found.shape[0] != count:
        raise Unreadable(f"{found.shape[0]} integers, expected {count}")
    return found


PACKED_STATIONS = 16384  # stations per packed query: its texts stay a few MB (see below)
_ID_RANGE = "SELECT min(id), max(id) FROM station WHERE election_id = ?"


# (rows, id columns..., figures) of one range of stations, as SQLite packed them
Packed = list[tuple[Any, ...]]


def fetch_packed(
    cursor: sqlite3.Cursor, election_id: int, contests: Sequence[int], whole: bool
) -> Packed:
    """The packed texts of one block's contests (``whole``: every contest of the election,
    no contest filter), a range of station ids at a time: a freed block of memory as large
    as all the texts at once (16 MB) makes the C library keep every later block of up to
    that size rather than give it back (a tenth of a national workbook's peak memory)."""
    sql, params = _PACKED + " AND s.id BETWEEN ? AND ?", [election_id]
    if not whole:
        sql += f" AND s.contest_id IN ({','.join('?' for _ in contests)})"
        params.extend(contests)
    low, high = cursor.execute(_ID_RANGE, (election_id,)).fetchone()
    out: Packed = []
    for first in range(low or 0, (high or -1) + 1, PACKED_STATIONS):
        cursor.execute(sql, [*params[:1], first, first + PACKED_STATIONS - 1, *params[1:]])
        out.append(cursor.fetchone())
    return out


def parse_packed(keys: tuple[str, ...], contests: Sequence[int], packed: Packed) -> Block:
    """The block of :func:`fetch_packed`'s texts (:class:`Unreadable` if numpy cannot)."""
    import numpy as np

    metas, matrices = (
        [np.empty((0, META_COLUMNS), dtype=np.int64)],
        [np.empty((0, len(keys)), dtype=np.int64)],
    )
    while packed:
        meta, matrix = _packed_part(keys, *packed.pop(0))  # each text freed once read
        metas.append(meta)
        matrices.append(matrix)
    if len(metas) == 2:
        return Block(keys, tuple(contests), metas[1], matrices[1])
    return Block(keys, tuple(contests), np.concatenate(metas), np.concatenate(matrices))


def _packed_part(keys: tuple[str, ...], n: int, *texts: Any) -> tuple[np.ndarray, np.ndarray]:
    import numpy as np

    from observer_app.forms.matrix import matrix_of_lines

    *columns, figures = texts
    meta = np.empty((n, META_COLUMNS), dtype=np.int64)
    for i, text in enumerate(columns):
        meta[:, i] = _ints(text, n)
    matrix = matrix_of_lines(keys, figures) if n else np.zeros((0, len(keys)), dtype=np.int64)
    return meta, matrix


# -- any database: rows, parsed in Python ---------------------------------------------------

SCAN_ROWS = """
    SELECT f.id, s.id, s.contest_id, s.registered_voters, o.id,
           CASE WHEN o.values_json = f.values_json THEN 1 ELSE 0 END, f.values_json
"""


def rows_block(
    keys: tuple[str, ...], contests: Sequence[int], rows: Sequence[Sequence[Any]]
) -> Block:
    """A block from scan rows (:data:`SCAN_ROWS` order) of its contests."""
    import numpy as np

    from observer_app.forms.matrix import Figures

    meta = np.array(
        [
            (-1 if f is None else f, sid, cid, v or 0, -1 if o is None else o, int(same))
            for f, sid, cid, v, o, same, _vj in rows
        ],
        dtype=np.int64,
    ).reshape(len(rows), META_COLUMNS)
    texts = [r[6] if r[6] is not None else "{}" for r in rows]
    matrix = Figures(keys, texts=texts).m
    return Block(keys, tuple(contests), meta, matrix)


def group_rows(
    rows: Iterable[Sequence[Any]], blocks: Sequence[tuple[tuple[str, ...], list[int]]]
) -> list[Block]:
    """Scan rows of every contest, split into their blocks."""
    where = {cid: i for i, (_, cids) in enumerate(blocks) for cid in cids}
    split: list[list[Sequence[Any]]] = [[] for _ in blocks]
    for r in rows:
        i = where.get(r[2])
        if i is not None:
            split[i].append(r)
    return [rows_block(keys, cids, part) for (keys, cids), part in zip(blocks, split, strict=True)]


def figures_of(block: Block, rows: np.ndarray | Sequence[int]) -> Figures:
    """The official figures of these rows of ``block`` as a :class:`Figures` matrix."""
    import numpy as np

    from observer_app.forms.matrix import Figures

    return Figures.of_matrix(block.keys, block.figures[np.asarray(rows, dtype=np.intp)])


STATIONS = """
    SELECT contest_id, COUNT(*), COALESCE(SUM(registered_voters), 0)
    FROM station WHERE election_id = ? GROUP BY contest_id
"""


class Cursors(Protocol):
    """What gives DBAPI cursors: a sqlite3 connection, a ``reader.Reader``."""

    def cursor(self) -> Any: ...


@dataclass
class PackedScan:
    """A scan as SQLite packed it (:func:`fetch_scan`), not yet read (:meth:`read`)."""

    blocks: list[tuple[tuple[str, ...], list[int], Packed]]
    stations: dict[int, tuple[int, int]]
    keys: dict[int, tuple[str, ...]]

    def read(self) -> Scan:
        """The scan (:class:`Unreadable` when numpy cannot read a text)."""
        found = [parse_packed(keys, cids, packed) for keys, cids, packed in self.blocks]
        return Scan(found, self.stations, self.keys)


def fetch_scan(dbapi: Cursors, election_id: int, keys: Mapping[int, tuple[str, ...]]) -> PackedScan:
    """The texts of :func:`scan_sqlite`: the database's share of the work, read later."""
    groups = key_blocks(keys)
    cursor = dbapi.cursor()
    try:
        whole = len(groups) == 1
        found = [(k, c, fetch_packed(cursor, election_id, c, whole)) for k, c in groups]
        counts = cursor.execute(STATIONS, (election_id,)).fetchall()
    finally:
        cursor.close()
    return PackedScan(found, {cid: (n, voters) for cid, n, voters in counts}, dict(keys))


def scan_sqlite(dbapi: Cursors, election_id: int, keys: Mapping[int, tuple[str, ...]]) -> Scan:
    """The scan of an election whose contests have these protocol keys, on a DBAPI SQLite
    connection: the database packs the columns (a block it cannot: rows, parsed in Python)."""
    packed = fetch_scan(dbapi, election_id, keys)
    found: list[Block] = []
    for block_keys, contests, texts in packed.blocks:
        try:
            found.append(parse_packed(block_keys, contests, texts))
        except Unreadable:
            sql = SCAN_ROWS + JOINS + f" AND s.contest_id IN ({','.join('?' for _ in contests)})"
            cursor = dbapi.cursor()
            try:
                rows = cursor.execute(sql, [election_id, *contests]).fetchall()
            finally:
                cursor.close()
            found.append(rows_block(block_keys, contests, rows))
    return Scan(found, packed.stations, packed.keys)


NEWEST_ELECTION = "SELECT id, form_json FROM election ORDER BY created_at DESC, id DESC LIMIT 1"
ELECTION = "SELECT id, form_json FROM election WHERE code = :code"
CONTEST_BALLOTS = """
    SELECT c.id, k.ballot_number FROM contest c LEFT JOIN candidate k ON k.contest_id = c.id
    WHERE c.election_id = :e ORDER BY c.id, k.ballot_number
"""


def scan_target(
    rows: Callable[..., Sequence[Any]], code: str | None
) -> tuple[int, dict[int, tuple[str, ...]]] | None:
    """The election a reconciliation reads (``code``, or the newest) and its contests'
    protocol keys, through ``rows(sql, **params)``; None when there is no such election."""
    found = rows(NEWEST_ELECTION) if code is None else rows(ELECTION, code=code)
    if not found:
        return None
    eid, form_json = found[0]
    return eid, election_keys(form_json, rows(CONTEST_BALLOTS, e=eid))


def election_keys(
    form_json: str, ballots: Iterable[tuple[int, int | None]]
) -> dict[int, tuple[str, ...]]:
    """contest id -> protocol keys (as ``ElectionContext.all_keys``) from the stored form's JSON
    and (contest id, ballot number) rows (:data:`CONTEST_BALLOTS`), without loading the form:
    the engine compares them with its context's and scans again on any difference."""
    form = orjson.loads(form_json)
    lines = [line["key"] for line in form["lines"]]
    tail = [form["against_all"]["key"]] if form.get("against_all") else []
    numbers: dict[int, list[str]] = {}
    for cid, number in ballots:
        found = numbers.setdefault(cid, [])
        if number is not None:
            found.append(f"#{number}")
    return {cid: (*lines, *cands, *tail) for cid, cands in numbers.items()}
