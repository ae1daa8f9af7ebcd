"""``totals import``: contest totals as an official snapshot; bad files refused, DB unchanged."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from observer_app.cli import main
from observer_app.domain import tables as t
from observer_app.errors import InputError
from observer_app.importing.totals import import_totals
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import load_values
from tests.factories import small_kz_election

HEADER = ["contest", "V", "I", "#1", "Candidate Two", "against_all"]
GOOD = [["C1", "4000", "2560", "1600", "800", "120"]]


def write(path: Path, rows: list[list[str]], *, encoding: str = "utf-8", sep: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=sep).writerows(rows)
    return path


def state(db: Database) -> dict[str, Any]:
    """Everything an import could touch."""
    with db.session() as s:
        return {
            name: [tuple(r) for r in s.execute(select(table).order_by(table.c.id)).all()]
            for name, table in (
                ("snapshot", t.snapshot),
                ("contest_total", t.contest_total),
                ("audit", t.audit_entry),
            )
        }


@pytest.fixture
def ctx(db: Database) -> ElectionContext:
    return small_kz_election(db)


def totals(db: Database) -> dict[str, dict[str, int]]:
    with db.session() as s:
        rows = s.execute(
            select(t.contest.c.code, t.contest_total.c.values_json).join(
                t.contest, t.contest.c.id == t.contest_total.c.contest_id
            )
        ).all()
    return {code: load_values(vj) for code, vj in rows}


def test_canonical_file_is_stored_as_a_totals_snapshot(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    path = write(tmp_path / "t.csv", [HEADER, *GOOD, ["Beta District", "", "", "7", "", ""]])
    res = import_totals(db, ctx, path, label="https://election.gov.kz/decision-12")
    assert res.contests == ["C1", "C2"]
    assert totals(db) == {
        "C1": {"V": 4000, "I": 2560, "#1": 1600, "#2": 800, "A": 120},
        "C2": {"#1": 7},
    }
    with db.session() as s:
        snap = s.execute(select(t.snapshot)).one()
    assert (snap.kind, snap.file_name, snap.label) == (
        "totals",
        "t.csv",
        "https://election.gov.kz/decision-12",
    )
    assert len(snap.sha256) == 64
    assert state(db)["audit"][-1][4] == "totals.import"


@pytest.mark.parametrize("fmt", ["cp1251-semicolon", "zip", "xlsx", "tab"])
def test_other_encodings_and_containers(
    db: Database, ctx: ElectionContext, tmp_path: Path, fmt: str
) -> None:
    rows = [["contest", "#1", "#2"], ["Alpha District", "1 600", "800"]]
    if fmt == "cp1251-semicolon":
        rows[0][0] = "contest"
        path = write(tmp_path / "t.csv", rows, encoding="cp1251", sep=";")
    elif fmt == "tab":
        path = write(tmp_path / "t.tsv", rows, sep="\t")
    elif fmt == "zip":
        inner = write(tmp_path / "inner.csv", rows)
        path = tmp_path / "t.zip"
        with zipfile.ZipFile(path, "w") as zf:
            zf.write(inner, "totals.csv")
    else:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(["contest", "#1", "#2"])
        ws.append(["Alpha District", 1600, 800])
        path = tmp_path / "t.xlsx"
        wb.save(path)
    import_totals(db, ctx, path)
    assert totals(db) == {"C1": {"#1": 1600, "#2": 800}}


def test_a_mapping_reads_another_layout(db: Database, ctx: ElectionContext, tmp_path: Path) -> None:
    mapping = tmp_path / "cec.json"
    mapping.write_text(
        json.dumps(
            {
                "id": "kz-cec-totals",
                "station": "Округ",
                "contest": "Округ",
                "lines": {"V": "Число избирателей, включенных в список избирателей"},
                "candidates": {
                    "columns": [
                        {"column": "Один", "ballot_number": 1},
                        {"column": "Два", "ballot_number": 2},
                    ]
                },
                "against_all": "Против всех",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    path = write(
        tmp_path / "cec.csv",
        [
            [
                "Округ",
                "Число избирателей, включенных в список избирателей",
                "Один",
                "Два",
                "Против всех",
            ],
            ["C1", "4000", "1600", "800", "120"],
        ],
    )
    import_totals(db, ctx, path, mapping=mapping)
    assert totals(db) == {"C1": {"V": 4000, "#1": 1600, "#2": 800, "A": 120}}


BAD: dict[str, tuple[list[list[str]], str]] = {
    "no contest column": ([["district", "#1"], ["C1", "5"]], 'column "contest"'),
    "unknown column": ([["contest", "Nobody"], ["C1", "5"]], 'column "Nobody"'),
    "duplicate column": ([["contest", "#1", "#1"], ["C1", "5", "6"]], 'column "#1"'),
    "column without header": ([["contest", "#1", ""], ["C1", "5", "6"]], "column 3"),
    "unknown contest": ([["contest", "#1"], ["C9", "5"]], 'row 2, column "contest"'),
    "blank contest": ([["contest", "#1"], ["", "5"]], 'row 2, column "contest"'),
    "contest twice": ([["contest", "#1"], ["C1", "5"], ["Alpha District", "6"]], "row 3"),
    "negative count": ([["contest", "#1"], ["C1", "-5"]], 'row 2, column "#1"'),
    "decimal count": ([["contest", "#1"], ["C1", "5.5"]], 'row 2, column "#1"'),
    "row longer than the header": ([["contest", "#1"], ["C1", "5", "5"]], "row 2"),
    "text count": ([["contest", "V"], ["C1", "many"]], 'row 2, column "V"'),
    "huge count": ([["contest", "V"], ["C1", "999999999999"]], 'row 2, column "V"'),
    "candidate of another contest": (
        [["contest", "Candidate Five"], ["C1", "5"]],
        'row 2, column "Candidate Five"',
    ),
    "ballot number not in contest": ([["contest", "#3"], ["C1", "5"]], 'row 2, column "#3"'),
    "row without figures": ([["contest", "#1"], ["C1", ""]], "row 2"),
    "header only": ([["contest", "#1"]], "no rows"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_files_are_refused_naming_where_and_store_nothing(
    db: Database, ctx: ElectionContext, tmp_path: Path, case: str
) -> None:
    rows, where = BAD[case]
    path = write(tmp_path / "bad.csv", rows)
    before = state(db)
    with pytest.raises(InputError) as err:
        import_totals(db, ctx, path)
    assert "bad.csv" in str(err.value) and where in str(err.value), str(err.value)
    assert state(db) == before


@pytest.mark.parametrize("case", ["missing", "empty", "binary", "broken zip", "bad mapping"])
def test_unreadable_inputs_are_refused(
    db: Database, ctx: ElectionContext, tmp_path: Path, case: str
) -> None:
    path = tmp_path / "t.csv"
    mapping = None
    if case == "empty":
        path.write_text("")
    elif case == "binary":
        path.write_bytes(b"\x00\x01\x02" * 100)
    elif case == "broken zip":
        path = tmp_path / "t.zip"
        path.write_bytes(b"PK\x03\x04broken")
    elif case == "bad mapping":
        write(path, [HEADER, *GOOD])
        mapping = tmp_path / "m.json"
        mapping.write_text('{"id": "x"}')
    before = state(db)
    with pytest.raises(InputError):
        import_totals(db, ctx, path, mapping=mapping)
    assert state(db) == before


def test_cli_imports_and_refuses(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database.open(db_url)
    small_kz_election(db)
    good = write(tmp_path / "good.csv", [HEADER, *GOOD])
    assert main(["--db", db_url, "totals", "import", str(good), "--label", "CEC"]) == 0
    assert "snapshot #1" in capsys.readouterr().out
    bad = write(tmp_path / "bad.csv", [["contest", "#1"], ["C1", "-1"]])
    before = state(db)
    assert main(["--db", db_url, "totals", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert 'bad.csv, row 2, column "#1"' in err and "negative" in err
    assert state(db) == before
    db.close()
