"""The reconciliation's plain SQL names real tables and columns of the models."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from observer_app.domain import tables as t
from observer_app.errors import UserError
from observer_app.reconcile import loading, reconcile
from observer_app.reconcile.findings import StationFigures, TallyRef
from observer_app.reconcile.loading import ScanAhead
from observer_app.reconcile.report_json import report_json
from observer_app.storage.context import read_election
from observer_app.storage.db import Database
from observer_app.storage.elections import load_context
from tests.factories import small_kz_election
from tests.test_reconcile_support import all_kinds_election

SQL_MODULES = ("loading.py", "snapshots.py", "blocks.py")


def test_every_column_named_in_the_sql_exists() -> None:
    metadata = t.tally.metadata
    for table, column in loading.columns_used():
        assert table in metadata.tables, table
        assert column in metadata.tables[table].c, f"{table}.{column}"


def test_every_qualified_column_in_the_sql_is_declared() -> None:
    """``alias.column`` in the SQL text: the column exists in some table the module uses."""
    known = {c for _, c in loading.columns_used()}
    folder = Path(loading.__file__).parent
    for name in SQL_MODULES:
        source = (folder / name).read_text(encoding="utf-8")
        for block in re.findall(r'"""(.*?)"""', source, flags=re.S):
            if "SELECT" not in block:
                continue
            for col in re.findall(r"\b[a-z]{1,2}\.([a-z_]+)\b", block):
                assert col in known, f"{name}: {col}"


def test_core_context_equals_the_orm_one(db: Database) -> None:
    """``read_election`` (the reconcile command's, no ORM) reads what ``load_context`` does."""
    small_kz_election(db, code="first")
    small_kz_election(db, code="second", stations=3)
    for code in (None, "first", "second"):
        for stations in (True, False):
            lean = read_election(db, code, stations=stations)
            full = load_context(db, code, stations=stations)
            assert (lean.id, lean.code, lean.name, lean.synthetic) == (
                full.id,
                full.code,
                full.name,
                full.synthetic,
            )
            assert lean.form == full.form
            assert lean.contests == full.contests
            assert lean.stations == full.stations
    with pytest.raises(UserError, match=r"no election 'third'.*first, second"):
        read_election(db, "third")


def test_core_context_of_an_empty_database(db: Database) -> None:
    with pytest.raises(UserError, match="holds no election yet"):
        read_election(db)


def test_the_reconcile_command_starts_without_the_orm(sqlite_db: Database, tmp_path: Path) -> None:
    """SQLModel and the models cost a quarter of a second: ``reconcile`` reads with Core only."""
    small_kz_election(sqlite_db)
    assert sqlite_db.sqlite_path is not None
    probe = (
        "import contextlib, io, sys\n"
        "from observer_app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['--db', {str(sqlite_db.sqlite_path)!r}, 'reconcile'])\n"
        "heavy = [m for m in ('sqlmodel', 'sqlalchemy.orm', 'observer_app.domain.models')"
        " if m in sys.modules]\n"
        "print(code, heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert out.stdout.strip() == "0 []", out.stdout + out.stderr


def test_a_scan_started_ahead_gives_the_same_report(db: Database, tmp_path: Path) -> None:
    """The command's scan in a thread of its own: the same findings, on every backend."""
    ctx = all_kinds_election(db, tmp_path)
    plain = report_json(reconcile(db, ctx), "en")
    ahead = ScanAhead(db, ctx.code)
    early = report_json(reconcile(db, ctx, ahead=ahead), "en")
    assert {k: v for k, v in early.items() if k != "created_at"} == {
        k: v for k, v in plain.items() if k != "created_at"
    }
    assert plain["counts"] and all(plain["counts"].values())
    other = ScanAhead(db, "not-this-one")  # an unknown election: the scan is not used
    assert other.result(ctx.id) is None


def test_station_figures_kept_as_text_read_as_dicts() -> None:
    """The report keeps a discrepant station's figures as their stored text (a quarter of the
    memory of dicts); reading gives the same dicts either way."""
    ref = TallyRef(1, "u1", "official", "", 1)
    copy = TallyRef(2, "u2", "observer", "Ann", 1)
    as_text = StationFigures(
        "001", "C1", '{"V":10,"#1":4}', ref, ((copy, '{"V":10,"#1":5}'),), '{"V":10,"#1":5}'
    )
    as_dicts = StationFigures(
        "001", "C1", {"V": 10, "#1": 4}, ref, ((copy, {"V": 10, "#1": 5}),), {"V": 10, "#1": 5}
    )
    assert as_text == as_dicts
    assert as_text.official == {"V": 10, "#1": 4}
    assert as_text.copies == ((copy, {"V": 10, "#1": 5}),)
    assert as_text.settled == {"V": 10, "#1": 5}
    assert as_text != StationFigures("001", "C1", {"V": 11}, ref, (), {})
