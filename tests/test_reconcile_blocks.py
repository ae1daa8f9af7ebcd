"""The reconciliation's column scan (texts read many at a time, packed by SQLite, started
early) and the reconcile command reading a SQLite file with sqlite3 alone.

Every fast path here has a plain one beside it (JSON parsed text by text, rows
fetched one by one, the scan made by the engine itself); these tests hold each
fast path to its plain one, blanks, odd key orders and unusable cases included.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from observer_app.forms import matrix as fm
from observer_app.forms.matrix import Figures, matrix_of_lines
from observer_app.reconcile import blocks as bl
from observer_app.reconcile import loading, reconcile
from observer_app.reconcile import reader as reader_module
from observer_app.reconcile.early import EarlyScan, sqlite_file
from observer_app.reconcile.reader import ConnectionReader
from observer_app.reconcile.report_json import report_json
from observer_app.storage.context import ElectionContext, read_election
from observer_app.storage.db import Database
from tests.test_reconcile_support import all_kinds_election

KEYS = ("L1", "L2", "L10", "L12", "#1", "#2", "#10", "A")
PROPERTY = settings(deadline=None, max_examples=200, database=None)


@st.composite
def figure_texts(draw: st.DrawFn) -> bytes:
    """Canonical JSON as ``dump_values`` writes it: usually every key in protocol order;
    sometimes blanks, another order, a key of another contest, or nothing at all."""
    kind = draw(st.sampled_from(["complete", "complete", "blanks", "shuffled", "extra", "empty"]))
    keys = list(KEYS)
    if kind == "blanks":
        keys = [k for k in keys if draw(st.booleans())]
    elif kind == "shuffled":
        keys = draw(st.permutations(keys))
    elif kind == "extra":
        keys.insert(draw(st.integers(0, len(keys))), draw(st.sampled_from(["L3", "#9", "X1"])))
    elif kind == "empty":
        keys = []
    return orjson.dumps({k: draw(st.integers(-1, 10**9)) for k in keys})


def as_json(texts: list[bytes]) -> np.ndarray:
    return Figures(KEYS, texts=texts).m


@PROPERTY
@given(st.lists(figure_texts(), min_size=1, max_size=40))
def test_texts_read_at_once_equal_the_json_parse(texts: list[bytes]) -> None:
    found = matrix_of_lines(KEYS, b"\n".join(texts))
    assert found.shape == (len(texts), len(KEYS))
    assert (found == as_json(texts)).all()


@PROPERTY
@given(st.lists(figure_texts(), min_size=1, max_size=40))
def test_texts_read_a_little_at_a_time_equal_the_json_parse(texts: list[bytes]) -> None:
    saved = fm._CHUNK_BYTES
    fm._CHUNK_BYTES = 64  # chunks of a line or two
    try:
        found = matrix_of_lines(KEYS, b"\n".join(texts))
    finally:
        fm._CHUNK_BYTES = saved
    assert (found == as_json(texts)).all()


def test_texts_with_escapes_or_odd_values_fall_back_to_json() -> None:
    texts = [
        b'{"L1":1,"L2":2,"L10":3,"L12":4,"#1":5,"#2":6,"#10":7,"A":8}',
        b'{"L1":1,"L2":2,"L10":3,"L12":4,"#1":5,"#2":6,"#10":7,"A\\u0041":8}',  # escaped key
        b'{"L1":1,"L2":2,"L10":3,"L12":4,"#1":5,"#2":6,"#10":7,"A":1.5}',  # not an integer
    ]
    for text in texts[1:]:
        pair = [texts[0], text]
        assert (matrix_of_lines(KEYS, b"\n".join(pair)) == as_json(pair)).all()


@pytest.mark.parametrize("unpacked", ["none", "one", "all"])
@pytest.mark.parametrize("per_query", [bl.PACKED_STATIONS, 2])
def test_packed_blocks_equal_the_rows(
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    per_query: int,
    unpacked: str,
) -> None:
    """SQLite's packed columns and figures (read a range of stations at a time): the same
    block as fetching rows one by one, whether the official figures are read packed, from
    their JSON (tallies without packed figures), or both in one block."""
    monkeypatch.setattr(bl, "PACKED_STATIONS", per_query)
    ctx = all_kinds_election(sqlite_db, tmp_path)
    keys = {cid: ctx.all_keys(c) for cid, c in ctx.contests.items()}
    with sqlite_db.engine.begin() as conn:
        packed_rows = "SELECT count(*) FROM tally WHERE packed_figures IS NOT NULL"
        assert conn.exec_driver_sql(packed_rows).scalar_one() > 2
        which = {
            "none": "0",
            "one": "id = (SELECT min(id) FROM tally WHERE source = 'official')",
            "all": "1",
        }[unpacked]
        conn.exec_driver_sql(f"UPDATE tally SET packed_figures = NULL WHERE {which}")
    with sqlite_db.engine.connect() as conn:
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        cursor = dbapi.cursor()
        for whole in (False, True):
            for block_keys, contests in bl.key_blocks(keys):
                if whole and len(keys) > 1:
                    contests = list(keys)  # the whole election read as one block
                texts = list(bl.iter_packed(cursor, ctx.id, block_keys, contests, whole))
                read_as = {type(part[-2]) for part in texts if part[0]}  # str: packed figures
                if unpacked == "none" and not (whole and len(keys) > 1):
                    assert read_as == {str}
                elif unpacked == "all":
                    assert read_as == {bytes}  # JSON texts
                try:
                    packed = bl.parse_packed(block_keys, contests, texts)
                except bl.Unreadable:  # protocols of two lengths packed as one block
                    assert whole and len(keys) > 1 and unpacked != "all"
                    continue
                sql = bl.SCAN_ROWS + bl.JOINS
                if not whole:
                    sql += f" AND s.contest_id IN ({','.join('?' for _ in contests)})"
                rows = cursor.execute(sql, [ctx.id, *([] if whole else contests)]).fetchall()
                plain = bl.rows_block(block_keys, contests, rows)
                assert len(packed) == len(plain) > 0
                assert (packed.meta == plain.meta).all()
                assert (packed.figures == plain.figures).all()
        cursor.close()


def _report(db: Database, **kwargs: object) -> dict[str, object]:
    ctx = read_election(db, stations=False)
    found = report_json(reconcile(db, ctx, **kwargs), "en")  # type: ignore[arg-type]
    found.pop("created_at")
    return found


def test_the_row_path_gives_the_same_report(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Figures numpy cannot read whole (or another database): rows and Python's parser."""
    all_kinds_election(db, tmp_path)
    packed = _report(db)

    def unreadable(*_args: object) -> bl.Block:
        raise bl.Unreadable("forced")

    monkeypatch.setattr(bl, "parse_packed", unreadable)
    assert _report(db) == packed
    assert packed["counts"] and all(packed["counts"].values())  # type: ignore[attr-defined]


def test_a_scan_of_other_keys_is_not_used(db: Database, tmp_path: Path) -> None:
    """A scan read with keys other than the context's (a form changed since) is made again."""
    ctx = all_kinds_election(db, tmp_path)
    plain = _report(db)
    with db.engine.connect() as conn:
        keys = {cid: ctx.all_keys(c)[:-1] for cid, c in ctx.contests.items()}
        stale = loading.scan(ConnectionReader(conn), ctx.id, keys)

    class Ahead:
        def result(self, election_id: int) -> bl.Scan | None:
            return stale if election_id == ctx.id else None

    assert _report(db, ahead=Ahead()) == plain


def test_keys_read_without_the_form_equal_the_context(db: Database, tmp_path: Path) -> None:
    ctx = all_kinds_election(db, tmp_path)
    with db.engine.connect() as conn:
        reader = ConnectionReader(conn)
        ((text,),) = reader.rows("SELECT form_json FROM election WHERE id = :e", e=ctx.id)
        ballots = reader.rows(bl.CONTEST_BALLOTS, e=ctx.id)
    assert bl.election_keys(text, ballots) == {
        cid: ctx.all_keys(c) for cid, c in ctx.contests.items()
    }


@pytest.mark.parametrize("per_query", [bl.PACKED_STATIONS, 2])
def test_the_early_scan_gives_the_same_report(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, per_query: int
) -> None:
    """One range, or many read while later ones are packed: the same report."""
    monkeypatch.setattr(bl, "PACKED_STATIONS", per_query)
    ctx = all_kinds_election(sqlite_db, tmp_path)
    path = sqlite_db.sqlite_path
    assert path is not None and sqlite_file(str(path)) == path
    plain = _report(sqlite_db)
    assert EarlyScan(path, None).result(ctx.id) is not None
    early = EarlyScan(path, None)
    assert _report(sqlite_db, ahead=early) == plain
    assert early.result(ctx.id) is None  # handed over to the reconciliation
    assert _report(sqlite_db, ahead=EarlyScan(path, ctx.code)) == plain
    assert EarlyScan(path, "not-this-one").result(ctx.id) is None


def _election_file(
    sqlite_db: Database, tmp_path: Path
) -> tuple[ElectionContext, Path, dict[str, object]]:
    """The every-kind election in a SQLite file, and its report."""
    ctx = all_kinds_election(sqlite_db, tmp_path)
    path = sqlite_db.sqlite_path
    assert path is not None
    return ctx, path, _report(sqlite_db)


def test_an_early_scan_numpy_cannot_read_is_not_used(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, path, plain = _election_file(sqlite_db, tmp_path)

    real, calls = bl.packed_part, []

    def second_unreadable(keys: tuple[str, ...], *texts: object) -> bl.Part:
        calls.append(keys)
        if len(calls) == 2:  # one range among several, read by either thread
            raise bl.Unreadable("forced")
        return real(keys, *texts)

    monkeypatch.setattr(bl, "PACKED_STATIONS", 2)
    monkeypatch.setattr(bl, "packed_part", second_unreadable)
    early = EarlyScan(path, None)
    assert early.at_head()
    assert early.result(ctx.id) is None
    assert len(calls) > 2  # every range was read, and none was used
    assert _report(sqlite_db, ahead=EarlyScan(path, None)) == plain


def test_an_early_scan_that_fails_midway_is_not_used_and_does_not_hang(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, path, plain = _election_file(sqlite_db, tmp_path)
    real = bl.iter_packed

    def failing(*args: Any) -> Iterator[tuple[Any, ...]]:
        found = real(*args)
        yield next(found)  # one range packed and handed on, then the database fails
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(bl, "PACKED_STATIONS", 2)
    monkeypatch.setattr(bl, "iter_packed", failing)
    early = EarlyScan(path, None)
    assert early.at_head()
    assert early.result(ctx.id) is None
    monkeypatch.setattr(bl, "iter_packed", real)
    assert _report(sqlite_db, ahead=early) == plain


def test_the_early_scan_is_not_used_when_unsure(sqlite_db: Database, tmp_path: Path) -> None:
    """Another schema revision (the command may upgrade it first), a file not in WAL mode
    (a reader would hold up the switch), no file, a URL: the ordinary scan."""
    ctx = all_kinds_election(sqlite_db, tmp_path)
    path = sqlite_db.sqlite_path
    assert path is not None
    sqlite_db.close()
    for name, change in (
        ("older", "UPDATE alembic_version SET version_num = '0001'"),
        ("rollback", "PRAGMA journal_mode=DELETE"),
    ):
        changed = tmp_path / f"{name}.sqlite3"
        shutil.copy(path, changed)
        with sqlite3.connect(changed) as conn:
            conn.execute(change)
        conn.close()
        early = EarlyScan(changed, None)
        assert not early.at_head(), name  # answers, never waits for a check that never came
        assert early.result(ctx.id) is None, name
    assert EarlyScan(path, None).result(ctx.id) is not None
    assert sqlite_file(str(tmp_path / "absent.sqlite3")) is None
    assert sqlite_file(str(tmp_path)) is None
    assert sqlite_file("postgresql+psycopg://u@h/db") is None


def test_the_command_reads_a_current_file_without_sqlalchemy(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """A SQLite file at this version's schema: read with sqlite3 alone, the same report."""
    all_kinds_election(sqlite_db, tmp_path)
    path = sqlite_db.sqlite_path
    assert path is not None
    plain = _report(sqlite_db)
    probe = (
        "import contextlib, io, json, sys\n"
        "from observer_app.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    code = main(['--db', {str(path)!r}, 'reconcile', '--json'])\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel'})\n"
        "print(json.dumps([code, loaded, json.loads(out.getvalue())]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    code, loaded, found = json.loads(done.stdout)
    found.pop("created_at")
    assert (code, loaded) == (0, [])
    assert found == json.loads(json.dumps(plain))


def test_values_listed_a_chunk_at_a_time(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = all_kinds_election(db, tmp_path)
    codes = sorted(read_election(db).stations)
    with db.engine.connect() as conn:
        whole = loading.station_names(ConnectionReader(conn), ctx.id, codes)
        monkeypatch.setattr(reader_module, "CHUNK", 2)
        assert loading.station_names(ConnectionReader(conn), ctx.id, codes) == whole
    assert sorted(whole) == codes and len(codes) > 4
