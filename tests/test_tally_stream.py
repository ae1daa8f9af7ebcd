"""Streamed tally imports: rows stored while later ones are checked, committed if all are valid.

Chunks are made tiny here so that a small election goes through many of them;
every outcome is compared with the plain one-call write or with the database as
it was before.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.errors import Cancelled, InputError
from observer_app.importing import tally_import
from observer_app.importing.tally_import import import_tallies, read_tallies
from observer_app.progress import Progress
from observer_app.storage import tally_stream
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import Provenance, Row, SnapshotInfo, TallyBatch, write_tallies
from tests.factories import small_kz_election
from tests.import_support import kz_canonical, refused, write_csv

STATIONS = 12  # per contest: 24 rows, 8 chunks of 3


@pytest.fixture
def chunks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Chunks of 3 rows, progress reported every 2; the sizes of the chunks handed over."""
    monkeypatch.setattr(tally_import, "STREAM_CHUNK", 3)
    monkeypatch.setattr(tally_import, "REPORT_EVERY", 2)
    sizes: list[int] = []
    add = tally_stream.StreamedWrite.add

    def counting(self: tally_stream.StreamedWrite, rows: Sequence[Row]) -> None:
        sizes.append(len(rows))
        add(self, rows)

    monkeypatch.setattr(tally_stream.StreamedWrite, "add", counting)
    return sizes


def _table(
    ctx: ElectionContext, tmp_path: Path, change: dict[str, int] | None = None, name: str = "a.csv"
) -> Path:
    """The canonical table of every station; ``change``: station code → new voters count."""
    header, rows = kz_canonical(ctx)
    voters = header.index("V")
    for row in rows:
        if change and row[0] in change:
            row[voters] = change[str(row[0])]
    return write_csv(tmp_path / name, header, rows)


def _stored(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """What an import stores, without ids, uids and times (which differ between runs)."""
    tc, rc, sc = t.tally.c, t.tally_revision.c, t.station.c
    with db.engine.connect() as conn:
        tallies = conn.execute(
            select(sc.code, tc.source, tc.observer, tc.status, tc.revision, tc.values_json)
            .join(t.station, sc.id == tc.station_id)
            .order_by(tc.id)
        ).all()
        revisions = conn.execute(
            select(
                sc.code,
                rc.revision,
                rc.values_json,
                rc.entered_by,
                rc.machine,
                rc.origin,
                rc.origin_file,
                rc.origin_sha256,
                rc.snapshot_id.is_(None),
                rc.protocol_faulty,
                rc.note,
            )
            .join(t.tally, tc.id == rc.tally_id)
            .join(t.station, sc.id == tc.station_id)
            .order_by(rc.id)
        ).all()
    return {"tallies": [tuple(r) for r in tallies], "revisions": [tuple(r) for r in revisions]}


def _sequential(db: Database, ctx: ElectionContext, path: Path) -> None:
    """The same file read whole, then written in one call (the plain path)."""
    parsed = read_tallies(ctx, path, source="official")
    prov = Provenance(
        entered_by="tester",
        machine="m",
        origin_file=parsed.file,
        origin_sha256=parsed.sha256,
        note="CEC",
    )
    write_tallies(db, ctx, parsed.rows, prov, SnapshotInfo(parsed.file, parsed.sha256, "CEC"))


def _streamed(db: Database, ctx: ElectionContext, path: Path, **kw: Any) -> Any:
    prov = Provenance(entered_by="tester", machine="m")
    return import_tallies(db, ctx, path, source="official", label="CEC", prov=prov, **kw)


def test_streamed_import_stores_what_one_write_stores(
    db: Database, tmp_path: Path, chunks: list[int]
) -> None:
    ctx = small_kz_election(db, stations=STATIONS)
    path = _table(ctx, tmp_path)
    result = _streamed(db, ctx, path)
    assert chunks == [3] * 8, "the rows went to the writer in many chunks"
    assert (result.rows, result.created, result.revised) == (24, 24, 0)
    # a re-import with two stations changed: revisions, the rest unchanged
    changed = _table(ctx, tmp_path, {"C1-003": 1999, "C2-010": 1888}, "b.csv")
    again = _streamed(db, ctx, changed)
    assert (again.created, again.revised, again.unchanged) == (0, 2, 22)
    assert again.revised_stations == ["C1-003", "C2-010"]

    plain = Database.open(tmp_path / "plain.sqlite3")
    plain_ctx = small_kz_election(plain, stations=STATIONS)
    _sequential(plain, plain_ctx, path)
    _sequential(plain, plain_ctx, changed)
    assert _stored(db) == _stored(plain)


def test_a_problem_on_the_last_row_leaves_every_table_and_backup_as_before(
    tmp_path: Path, chunks: list[int]
) -> None:
    db = Database.open(tmp_path / "obs.sqlite3")
    ctx = small_kz_election(db, stations=STATIONS)
    _streamed(db, ctx, _table(ctx, tmp_path))  # one backup so far
    backups = sorted((tmp_path / "backups").glob("obs.*.sqlite3"))
    header, rows = kz_canonical(ctx)
    for row in rows:  # every row differs from what is stored: revisions were pending
        row[header.index("V")] = 1500
    rows[-1][header.index("V")] = "-5"
    bad = write_csv(tmp_path / "bad.csv", header, rows)
    msg = refused(db, lambda: _streamed(db, ctx, bad), InputError)
    assert 'bad.csv, row 25, column "V"' in msg and "negative" in msg
    assert len(chunks) > 8, "rows of the refused file had been handed to the writer"
    assert sorted((tmp_path / "backups").glob("obs.*.sqlite3")) == backups


def test_a_full_backups_folder_loses_nothing_to_a_refused_import(
    tmp_path: Path, chunks: list[int]
) -> None:
    db = Database.open(tmp_path / "obs.sqlite3")
    ctx = small_kz_election(db, stations=STATIONS)
    for _ in range(6):
        db.backup_before("test")
    kept = sorted((tmp_path / "backups").glob("*.sqlite3"))
    assert len(kept) == 5
    header, rows = kz_canonical(ctx)
    rows[-1][0] = "NO-SUCH"
    with pytest.raises(InputError):
        _streamed(db, ctx, write_csv(tmp_path / "bad.csv", header, rows))
    assert sorted((tmp_path / "backups").glob("*.sqlite3")) == kept
    _streamed(db, ctx, _table(ctx, tmp_path))
    after = sorted((tmp_path / "backups").glob("*.sqlite3"))
    assert len(after) == 5 and after[:4] == kept[1:] and "before-import" in after[4].name


def test_a_cancel_mid_import_leaves_the_database_unchanged(
    db: Database, tmp_path: Path, chunks: list[int]
) -> None:
    ctx = small_kz_election(db, stations=STATIONS)
    path = _table(ctx, tmp_path)
    stop = threading.Event()
    seen: list[int] = []

    def callback(done: int, total: int, message: str) -> None:
        seen.append(done)
        if done >= 12:
            stop.set()

    progress = Progress(callback, stop, min_interval=0)
    refused(db, lambda: _streamed(db, ctx, path, progress=progress), Cancelled)
    assert chunks and seen[-1] == 12


@pytest.mark.parametrize("when", ["chunk", "finish"])
def test_the_writers_failure_reaches_the_caller_and_nothing_is_stored(
    db: Database, tmp_path: Path, chunks: list[int], monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    ctx = small_kz_election(db, stations=STATIONS)
    path = _table(ctx, tmp_path)
    add, finish = TallyBatch.add, TallyBatch.finish
    calls: list[int] = []

    def failing_add(self: TallyBatch, rows: Sequence[Row]) -> None:
        calls.append(len(rows))
        if when == "chunk" and len(calls) == 2:
            raise OSError("disk full")
        add(self, rows)

    def failing_finish(self: TallyBatch) -> object:
        finish(self)
        raise OSError("disk full")

    monkeypatch.setattr(TallyBatch, "add", failing_add)
    if when == "finish":
        monkeypatch.setattr(TallyBatch, "finish", failing_finish)
    assert "disk full" in refused(db, lambda: _streamed(db, ctx, path), OSError)
    assert len(calls) == (2 if when == "chunk" else 8)


def test_the_writer_must_be_used_in_order(db: Database) -> None:
    ctx = small_kz_election(db)
    writer = tally_stream.StreamedWrite(db, ctx, Provenance(), None, ["official"], backup=None)
    with writer:
        writer.add([("C1-001", "official", "", {"V": 5})])
        assert writer.commit().created == 1
        with pytest.raises(RuntimeError, match="already finished"):
            writer.add([])
        with pytest.raises(RuntimeError, match="already finished"):
            writer.commit()


def test_the_collector_is_paused_for_the_import_and_restored() -> None:
    import gc

    from observer_app.gcpause import paused_gc

    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            pass
        assert not gc.isenabled(), "an inner pause leaves it to the outer one"
    assert gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(KeyError), paused_gc():
            raise KeyError
        assert not gc.isenabled(), "a collector turned off by someone else stays off"
    finally:
        gc.enable()
