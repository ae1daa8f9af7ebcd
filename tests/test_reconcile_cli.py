"""``observer-app reconcile``: exit 0 with findings, a schema-valid JSON document, the workbook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from observer_app.cli import main
from observer_app.reconcile import KINDS, list_snapshots, revised_stations
from observer_app.schemas import errors as schema_errors
from observer_app.storage.db import Database
from observer_app.storage.elections import load_context
from tests.test_reconcile_support import all_kinds_election


@pytest.fixture
def url(db_url: str, tmp_path: Path) -> str:
    db = Database.open(db_url)
    all_kinds_election(db, tmp_path)
    db.close()
    return db_url


def test_json_report_validates_and_exit_code_is_zero(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.xlsx"
    assert main(["--db", url, "reconcile", "--json", "--lang", "kk", "--xlsx", str(out)]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert schema_errors(doc, "reconcile-report") == []
    assert all(doc["counts"][k] >= 1 for k in KINDS)
    assert doc["lang"] == "kk" and out.is_file()
    assert "workbook written" in captured.err  # stdout stays one JSON document


def test_text_summary(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "reconcile", "--lang", "ru"]) == 0
    text = capsys.readouterr().out
    assert "Расхождение на участке: 8" in text and "Влияние на итог" in text


def test_unknown_election_is_a_user_error(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "reconcile", "--election", "nope"]) == 2
    assert "no election 'nope'" in capsys.readouterr().err


def test_snapshots_listing_and_revised_stations(url: str) -> None:
    db = Database.open(url)
    ctx = load_context(db)
    listing = list_snapshots(db, ctx)
    assert [(x.snapshot.kind, x.snapshot.file_name, x.rows) for x in listing] == [
        ("stations", "official-v1.csv", 7),
        ("totals", "totals.csv", 2),
        ("stations", "official-v2.csv", 1),
    ]
    first, _, third = (x.snapshot.id for x in listing)
    assert [r.station for r in revised_stations(db, ctx, first, third)] == ["C2-003"]
    from observer_app.errors import UserError

    with pytest.raises(UserError):
        revised_stations(db, ctx, third, first)
    with pytest.raises(UserError):
        revised_stations(db, ctx, first, listing[1].snapshot.id)  # a totals snapshot
    db.close()
