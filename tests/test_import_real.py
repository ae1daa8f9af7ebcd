"""The real Russia 2018 file (not in the repository; skipped when absent).

A slice of its first rows runs in the normal suite; the whole file (97,699
stations) is marked slow. Both go through the command line like a user would,
and the slice's warnings are cross-checked by plain arithmetic on the file.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from observer_app.cli import main
from observer_app.storage.db import Database
from observer_app.storage.elections import counts, load_context

SLICE_ROWS = 300  # the first rows with a soft warning (L7 > L5) are rows 200-300


def _slice(real: Path, out: Path, rows: int) -> Path:
    """The header and the first ``rows`` data lines of the real file, in a temporary CSV."""
    with zipfile.ZipFile(real) as zf, zf.open("2018.csv") as f:
        lines = io.TextIOWrapper(f, encoding="utf-8", newline="")
        out.write_text("".join(next(lines) for _ in range(rows + 1)), encoding="utf-8")
    return out


def _expected_warnings(csv_path: Path) -> Counter[str]:
    """The three soft ratios computed directly from the columns (README's numbering)."""
    import csv

    found: Counter[str] = Counter()
    with csv_path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            line = {i: int(row[2 + i]) for i in range(1, 13)}
            found["L7<=L5"] += line[7] > line[5]
            found["L7<=L3+L5"] += line[7] > line[3] + line[5]
            found["L7+L8<=L3+L4+L5"] += line[7] + line[8] > line[3] + line[4] + line[5]
    return +found


def _import_and_check(
    db: Path, table: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, object]:
    args = ["--db", str(db)]
    mapping = ["--mapping", "ru-cik-wide"]
    assert main([*args, "election", "import", str(table), "--form", "ru-uik-2018", *mapping]) == 0
    assert main([*args, "tallies", "import", str(table), "--source", "official", *mapping]) == 0
    capsys.readouterr()
    assert main([*args, "check", "--json"]) == 0  # exit 0: no error-severity violation
    report: dict[str, object] = json.loads(capsys.readouterr().out)
    return report


def test_real_slice(real_ru_2018: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = _slice(real_ru_2018, tmp_path / "slice.csv", SLICE_ROWS)
    report = _import_and_check(tmp_path / "slice.sqlite3", table, capsys)
    assert report["tallies_checked"] == SLICE_ROWS and report["errors"] == 0
    got = {c["rule"]: c["count"] for c in report["counts"] if c["count"]}  # type: ignore[attr-defined, index]
    assert got == dict(_expected_warnings(table)) == {"L7<=L5": 9}
    db = Database.open(tmp_path / "slice.sqlite3")
    ctx = load_context(db)
    assert counts(db, ctx.id) == {"contests": 1, "candidates": 8, "stations": SLICE_ROWS}
    (contest,) = ctx.contests.values()
    assert contest.candidates[3].name == "Путин Владимир Владимирович"
    assert ctx.stations["Республика Адыгея (Адыгея)/1"].registered_voters == 2256
    db.close()


@pytest.mark.slow
def test_real_full_file(
    real_ru_2018: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _import_and_check(tmp_path / "full.sqlite3", real_ru_2018, capsys)
    assert report["tallies_checked"] == 97_699 and report["errors"] == 0
    got = {c["rule"]: c["count"] for c in report["counts"] if c["count"]}  # type: ignore[attr-defined, index]
    assert got == {"L7<=L5": 1_682, "L7<=L3+L5": 26, "L7+L8<=L3+L4+L5": 6}
    db = Database.open(tmp_path / "full.sqlite3")
    ctx = load_context(db)
    assert counts(db, ctx.id) == {"contests": 1, "candidates": 8, "stations": 97_699}
    assert sum(s.registered_voters or 0 for s in ctx.stations.values()) == 109_008_428
    db.close()
