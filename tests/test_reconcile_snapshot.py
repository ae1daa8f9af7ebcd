"""A reconciliation reads one moment of the database, even when its scan was made ahead on
another connection and something was committed in between."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from observer_app.reconcile import loading, reconcile
from observer_app.reconcile.early import EarlyScan
from observer_app.reconcile.engine import reconcile_with
from observer_app.reconcile.reader import SqliteReader
from observer_app.reconcile.report_json import report_json
from observer_app.storage.context import read_election, read_election_with
from observer_app.storage.db import Database
from observer_app.storage.tallies import Provenance, save_tally
from tests.factories import kz_values
from tests.test_reconcile_support import all_kinds_election


def _json(rep: object) -> dict[str, object]:
    found = report_json(rep, "en")  # type: ignore[arg-type]
    found.pop("created_at")
    return found


def _change(db: Database) -> None:
    """An official recount of C1-002 (a new revision), committed on its own connection."""
    ctx = read_election(db)
    prov = Provenance(entered_by="CEC", origin="import")
    save_tally(db, ctx, "C1-002", "official", kz_values(**{"#1": 390, "#2": 210}), prov)


def test_a_scan_made_before_a_commit_is_not_used(db: Database, tmp_path: Path) -> None:
    all_kinds_election(db, tmp_path)
    ctx = read_election(db, stations=False)
    before = _json(reconcile(db, ctx))
    ahead = loading.ScanAhead(db, None)
    ahead.result(ctx.id)  # the scan is done: it read the moment before the change
    _change(db)
    fresh = _json(reconcile(db, ctx))
    assert fresh != before, "the change is one the report shows"
    assert _json(reconcile(db, ctx, ahead=ahead)) == fresh


def test_an_early_scan_made_before_a_commit_is_not_used(
    sqlite_db: Database, tmp_path: Path
) -> None:
    all_kinds_election(sqlite_db, tmp_path)
    before = _json(reconcile(sqlite_db, read_election(sqlite_db, stations=False)))
    path = sqlite_db.sqlite_path
    assert path is not None
    early = EarlyScan(path, None)
    assert early.at_head()
    early._thread.join()  # the scan is done: it read the moment before the change
    _change(sqlite_db)
    fresh = _json(reconcile(sqlite_db, read_election(sqlite_db, stations=False)))
    assert fresh != before, "the change is one the report shows"
    reader = SqliteReader(path)
    try:
        ctx = read_election_with(reader.rows, None, str(path), stations=False)
        assert _json(reconcile_with(reader, ctx, ahead=early)) == fresh
    finally:
        reader.close()


def test_a_snapshot_does_not_see_later_commits(db: Database, tmp_path: Path) -> None:
    all_kinds_election(db, tmp_path)
    count = "SELECT count(*) FROM tally_revision"
    with db.snapshot() as conn:
        before = conn.execute(text(count)).scalar_one()
        _change(db)
        assert conn.execute(text(count)).scalar_one() == before
    with db.snapshot() as conn:
        assert conn.execute(text(count)).scalar_one() == before + 1
