"""The benchmark runner (python -m bench) skips cleanly without the real data file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bench import run
from observer_app.storage.db import Database


def test_runner_skips_without_the_real_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(run, "REAL", tmp_path / "absent.csv.zip")
    out = tmp_path / "latest.json"
    assert run.main(["--quick", "--json", str(out)]) == 0
    assert "SKIP: the real Russia 2018 file is not present" in capsys.readouterr().out
    assert not out.exists()


def test_goal_verdicts() -> None:
    ours = run.Timing("ours", [2.5, 1.5, 1.8], [], 100.0)
    peer = run.Timing("pandas", [2.0, 2.0, 2.0], [], 50.0)
    row = run.Row("step", "≤ 2 s and ≤ 1.0× pandas", ours, [peer], [("s", 2.0), ("pandas", 1.0)])
    assert row.verdicts() == [("≤ 2 s", True), ("≤ 1× pandas", True)] and row.met
    row.limits.append(("MB", 90.0))
    assert row.met is False
    assert row.to_json()["ratios"] == {"pandas": 0.9}


def test_kept_databases_of_an_older_schema_are_made_again(tmp_path: Path) -> None:
    """A kept case built by older code would time a migration: it and what was made from it
    go, what is current stays."""
    case = run.Case(tmp_path)
    for db in (case.election_db, case.official_db, case.reconcile_db):
        Database.open(db).close()
    with sqlite3.connect(case.official_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
    conn.close()
    case.drop_stale()
    assert case.election_db.exists()
    assert not case.official_db.exists() and not case.reconcile_db.exists()
