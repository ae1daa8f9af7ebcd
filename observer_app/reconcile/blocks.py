"""The reconciliation's scan as integer columns, one block per set of contests sharing their keys.

A national reconciliation reads one row per station (97,699): its official
tally, its observer copy, whether the two are the same text, and the official
figures for the sums and the control relations. Built row by row in Python
(a tuple, a JSON parse and a dict per station) that was most of the command's
time. So on SQLite the database packs each column of a block into one text
(``group_concat``: one step, outside Python's lock) and numpy reads them as
integers: the official figures from their packed form
(:mod:`observer_app.storage.packed`), one integer matrix in one read. A range
of stations where some official tally has no packed form (figures with a key
outside the protocol) packs their JSON texts instead, read by
:func:`~observer_app.forms.matrix.matrix_of_lines`. Any other database
(PostgreSQL), or a text numpy cannot read whole, goes through rows into the
same columns (packed figures where every row has them, else Python's JSON
parser): the engine sees one shape.

Only the rows of a block are here; the few texts, codes and names that
findings need are read afterwards by id (``loading.codes_of``, ``texts_of``).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Protocol

import orjson

from observer_app.storage.packed import blank_row

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
_ID_COLUMNS = """
    SELECT count(*),
           group_concat(coalesce(f.id, -1)),
           group_concat(s.id),
           group_concat(s.contest_id),
           group_concat(coalesce(s.registered_voters, 0)),
           group_concat(coalesce(o.id, -1)),
"""
# the official figures packed (a blank protocol where there are none), one protocol after
# another (";" between them: numpy checks each has one figure per key), and how many official
# tallies have no packed form. The same packed text is the same canonical JSON text (both
# are written from the same figures in protocol order, blanks left out of the JSON): the
# shorter comparison, and the JSON texts are not read at all
_PACKED = (
    _ID_COLUMNS
    + """
           group_concat(CASE WHEN o.packed_figures = f.packed_figures THEN 1 ELSE 0 END),
           group_concat(coalesce(f.packed_figures, :blank), ';'),
           sum(f.id IS NOT NULL AND f.packed_figures IS NULL)
    """
    + JOINS
)
# the official figures' JSON texts, one per line (for a range the packed texts cannot serve)
_PACKED_JSON = (
    _ID_COLUMNS
    + """
           group_concat(CASE WHEN o.values_json = f.values_json THEN 1 ELSE 0 END),
           CAST(group_concat(coalesce(f.values_json, '{}'), char(10)) AS BLOB), 0
    """
    + JOINS
)


@dataclass
class Scan:
    """Every station with official figures or observer copies, as column blocks."""

    blocks: list[Block]
    stations: dict[int, tuple[int, int]]  # contest id -> (stations, registered voters)
    keys: dict[int, tuple[str, ...]]  # contest id -> the protocol keys the blocks were read with
    changes: tuple[Any, ...] = ()  # CHANGES, read in the scan's transaction


# What moves whenever the figures the scan reads change: a tally added, a revision written
# (every change of a tally's figures or status is one), an audit entry recorded (every change
# the app makes records one). A scan made on another connection (ahead of the reconciliation)
# is used only if its reading of this equals the reconciliation's own: else something was
# committed in between, and it scans again. Three index lookups, no scan.
CHANGES = """
    SELECT (SELECT max(id) FROM tally), (SELECT max(id) FROM tally_revision),
           (SELECT max(id) FROM audit_entry)
"""


def changes(rows: Callable[..., Sequence[Any]]) -> tuple[Any, ...]:
    """:data:`CHANGES` through ``rows(sql, **params)``."""
    return tuple(rows(CHANGES)[0])


class Unreadable(ValueError):
    """A packed text numpy cannot read whole (e.g. a figure that is not an integer)."""


def _ints(text: str | bytes | None, count: int) -> np.ndarray:
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


# (rows, id columns..., figures, 0) of one range of stations, as SQLite packed them: the
# figures packed (a str) or as JSON texts, one per line (bytes)
Packed = list[tuple[Any, ...]]


def iter_packed(
    cursor: sqlite3.Cursor,
    election_id: int,
    keys: tuple[str, ...],
    contests: Sequence[int],
    whole: bool,
) -> Iterator[tuple[Any, ...]]:
    """The packed texts of one block's contests (``whole``: every contest of the election,
    no contest filter), a range of station ids at a time, each as soon as SQLite packed it:
    a freed block of memory as large as all the texts at once (16 MB) makes the C library
    keep every later block of up to that size rather than give it back (a tenth of a
    national workbook's peak memory)."""
    where = " AND s.id BETWEEN :first AND :last"
    params: dict[str, Any] = {"e": election_id, "blank": blank_row(keys)}
    if not whole:
        where += f" AND s.contest_id IN ({','.join(f':c{i}' for i in range(len(contests)))})"
        params.update((f"c{i}", cid) for i, cid in enumerate(contests))
    packed, as_json = (q.replace("= ?", "= :e") + where for q in (_PACKED, _PACKED_JSON))
    low, high = cursor.execute(_ID_RANGE, (election_id,)).fetchone()
    for first in range(low or 0, (high or -1) + 1, PACKED_STATIONS):
        params.update(first=first, last=first + PACKED_STATIONS - 1)
        found = cursor.execute(packed, params).fetchone() if keys else None
        if found is None or found[-1]:  # some official tally without its packed figures
            found = cursor.execute(as_json, params).fetchone()
        yield found


def parse_packed(keys: tuple[str, ...], contests: Sequence[int], packed: Packed) -> Block:
    """The block of :func:`iter_packed`'s texts (:class:`Unreadable` if numpy cannot)."""
    parts: list[Part] = []
    while packed:
        parts.append(packed_part(keys, *packed.pop(0)))  # each text freed once read
    return assemble(keys, contests, parts)


Part = tuple["np.ndarray", "np.ndarray"]  # one range's meta columns and official figures


def assemble(keys: tuple[str, ...], contests: Sequence[int], parts: Sequence[Part]) -> Block:
    """The block of its ranges' parts (:func:`packed_part`), in order."""
    import numpy as np

    if len(parts) == 1:
        return Block(keys, tuple(contests), *parts[0])
    metas = [np.empty((0, META_COLUMNS), dtype=np.int64), *(meta for meta, _ in parts)]
    matrices = [np.empty((0, len(keys)), dtype=np.int64), *(matrix for _, matrix in parts)]
    return Block(keys, tuple(contests), np.concatenate(metas), np.concatenate(matrices))


def packed_part(keys: tuple[str, ...], n: int, *texts: Any) -> tuple[np.ndarray, np.ndarray]:
    import numpy as np

    from observer_app.forms.matrix import matrix_of_lines

    *columns, figures, _unpacked = texts
    meta = np.empty((n, META_COLUMNS), dtype=np.int64)
    for i, text in enumerate(columns):
        meta[:, i] = _ints(text, n)
    if not n:
        matrix = np.zeros((0, len(keys)), dtype=np.int64)
    elif isinstance(figures, str):  # packed: n protocols of len(keys) figures
        matrix = _packed_matrix(figures, n, len(keys))
    else:
        matrix = matrix_of_lines(keys, figures)
    return meta, matrix


_COMMA, _SEMICOLON = 44, 59


def _packed_matrix(text: str, n: int, width: int) -> np.ndarray:
    """The (n, width) matrix of ``n`` packed texts joined by ";" (:class:`Unreadable` unless
    each has exactly ``width`` figures: a text of another protocol's length is never read as
    part of its neighbour)."""
    import numpy as np

    try:
        raw = text.encode("ascii")
    except UnicodeEncodeError:
        raise Unreadable("not a packed text") from None
    a = np.frombuffer(raw, dtype=np.uint8)
    starts = np.flatnonzero(a == _SEMICOLON) + 1
    if len(starts) != n - 1:
        raise Unreadable(f"{len(starts) + 1} packed texts, expected {n}")
    per_text = np.add.reduceat(a == _COMMA, np.concatenate(([0], starts)), dtype=np.int32)
    if (per_text != width - 1).any():
        raise Unreadable(f"a packed text without {width} figures")
    return _ints(raw.replace(b";", b","), n * width).reshape(n, width)


# -- any database: rows, parsed in Python ---------------------------------------------------

SCAN_ROWS = """
    SELECT f.id, s.id, s.contest_id, s.registered_voters, o.id,
           CASE WHEN o.values_json = f.values_json THEN 1 ELSE 0 END, f.values_json,
           f.packed_figures
"""


def rows_block(
    keys: tuple[str, ...], contests: Sequence[int], rows: Sequence[Sequence[Any]]
) -> Block:
    """A block from scan rows (:data:`SCAN_ROWS` order) of its contests."""
    import numpy as np

    meta = np.array(
        [
            (-1 if f is None else f, sid, cid, v or 0, -1 if o is None else o, int(same))
            for f, sid, cid, v, o, same, _vj, _packed in rows
        ],
        dtype=np.int64,
    ).reshape(len(rows), META_COLUMNS)
    return Block(keys, tuple(contests), meta, _rows_figures(keys, rows))


def _rows_figures(keys: tuple[str, ...], rows: Sequence[Sequence[Any]]) -> np.ndarray:
    """The official figures of scan rows: packed where every official tally has its packed
    figures of the right length, else from the JSON texts."""
    import numpy as np

    from observer_app.forms.matrix import Figures

    blank, commas = blank_row(keys), len(keys) - 1
    packed = [blank if r[0] is None else r[7] for r in rows]
    if keys and all(p is not None and p.count(",") == commas for p in packed):
        try:
            return _ints(",".join(packed), len(rows) * len(keys)).reshape(len(rows), len(keys))
        except Unreadable:
            pass  # a figure numpy cannot read: the JSON says what it is
    if not rows:
        return np.zeros((0, len(keys)), dtype=np.int64)
    return Figures(keys, texts=[r[6] if r[6] is not None else "{}" for r in rows]).m


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
    """A scan as SQLite packed it (:func:`fetch_scan`), not yet read (:func:`parse_packed`)."""

    blocks: list[tuple[tuple[str, ...], list[int], Packed]]
    stations: dict[int, tuple[int, int]]
    keys: dict[int, tuple[str, ...]]
    changes: tuple[Any, ...]


def fetch_scan(
    dbapi: Cursors,
    election_id: int,
    keys: Mapping[int, tuple[str, ...]],
    sink: Callable[[tuple[str, ...], tuple[Any, ...]], None] | None = None,
) -> PackedScan:
    """The texts of :func:`scan_sqlite`: the database's share of the work, read later.

    ``sink(the block's keys, texts)``: each range's texts go there as soon as SQLite packed
    them (to be read while the next are packed), and the blocks' lists stay empty."""
    groups = key_blocks(keys)
    cursor = dbapi.cursor()
    try:
        whole = len(groups) == 1
        found: list[tuple[tuple[str, ...], list[int], Packed]] = []
        for k, c in groups:
            found.append((k, c, []))
            for part in iter_packed(cursor, election_id, k, c, whole):
                if sink is None:
                    found[-1][2].append(part)
                else:
                    sink(k, part)
        counts = cursor.execute(STATIONS, (election_id,)).fetchall()
        marker = changes(lambda sql: cursor.execute(sql).fetchall())
    finally:
        cursor.close()
    stations = {cid: (n, voters) for cid, n, voters in counts}
    return PackedScan(found, stations, dict(keys), marker)


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
    return Scan(found, packed.stations, packed.keys, packed.changes)


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
