"""Done-when: the real Russia 2018 file as official data, observer copies with planted changes.

The reconciliation must report exactly the changed (station, line) pairs with
the right deltas and nothing else, in JSON and in the workbook; re-importing an
edited official file must report exactly the revised stations. A slice of the
file runs in the normal suite, the whole file in the slow one.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bench.reconcile import (
    canonical_header,
    load_official,
    observer_copies,
    official_rows,
    slice_file,
    write_canonical,
)
from observer_app.export import write_workbook
from observer_app.importing.tally_import import import_tallies
from observer_app.reconcile import reconcile, revised_stations
from observer_app.reconcile.lines import line_label
from observer_app.reconcile.report_json import report_json
from observer_app.storage.db import Database

SLICE = 400


def check_exact(db: Database, path: Path, tmp: Path, share: float) -> None:
    ctx = load_official(db, path)
    header, keys = canonical_header(ctx)
    official = official_rows(db, ctx)
    subset = list(official)[::3]
    copies, changed = observer_copies(official, keys, share=share, stations=subset)
    assert changed, "the seed must plant some changes"
    observer_csv = tmp / "observer.csv"
    write_canonical(observer_csv, header, keys, copies)
    import_tallies(db, ctx, observer_csv, source="observer", observer="Наблюдатель 1")
    rep = reconcile(db, ctx)
    want = {(s, k): (off, obs, off - obs) for (s, k), (off, obs) in changed.items()}
    got = {(d.station, d.key): (d.official, d.observer, d.delta) for d in rep.discrepancies}
    assert got == want
    # JSON: the same pairs, lines named as in the election
    contest = next(iter(ctx.contests.values()))
    names = {c.key: c.name for c in contest.candidates}
    doc = report_json(rep, "ru")
    in_json = {
        (d["station"], d["line"]): (d["official"], d["observer"], d["delta"])
        for d in doc["findings"]["station_discrepancy"]
    }
    assert in_json == {(s, names.get(k, k)): v for (s, k), v in want.items()}
    assert doc["counts"]["coverage"] == len(official) - len(subset)
    # workbook: the same pairs on the Discrepancies sheet
    out = write_workbook(rep, tmp / "ru.xlsx", lang="ru")
    ws = load_workbook(out, read_only=True)["Расхождения"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    in_sheet = {(r[1], r[3]): (r[5], r[4], r[6]) for r in rows}
    labels = {k: line_label(ctx, contest, k, "ru") for k in keys}
    assert in_sheet == {(s, labels[k]): v for (s, k), v in want.items()}


def test_slice_gives_exactly_the_planted_changes(real_ru_2018: Path, tmp_path: Path) -> None:
    db = Database.open(tmp_path / "ru.sqlite3")
    path = slice_file(real_ru_2018, tmp_path / "ru-slice.csv", SLICE)
    check_exact(db, path, tmp_path, share=0.2)
    db.close()


def test_reimporting_an_edited_official_file_reports_exactly_the_revised_stations(
    real_ru_2018: Path, tmp_path: Path
) -> None:
    db = Database.open(tmp_path / "ru.sqlite3")
    first = slice_file(real_ru_2018, tmp_path / "ru-v1.csv", SLICE)
    ctx = load_official(db, first)
    with first.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    edited_rows = {5: 3, 77: 15, 301: 10}  # file row -> column (a line or a candidate)
    for r, col in edited_rows.items():
        rows[r][col] = str(int(rows[r][col]) + 7)
    second = tmp_path / "ru-v2.csv"
    with second.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    res = import_tallies(db, ctx, second, source="official", mapping="ru-cik-wide", label="v2")
    expected = {f"{rows[r][0]}/{rows[r][2]}" for r in edited_rows}
    rep = reconcile(db, ctx)
    assert {r.station for r in rep.revisions} == expected
    assert all(
        len(r.changes) == 1 and r.changes[0].after - r.changes[0].before == 7 for r in rep.revisions
    )  # type: ignore[operator]
    assert {r.station for r in revised_stations(db, ctx, 1, res.snapshot_id or 0)} == expected
    assert {r["station"] for r in report_json(rep)["official_revisions"]} == expected
    db.close()


@pytest.mark.slow
def test_full_file_gives_exactly_the_planted_changes(real_ru_2018: Path, tmp_path: Path) -> None:
    db = Database.open(tmp_path / "ru-full.sqlite3")
    check_exact(db, real_ru_2018, tmp_path, share=0.01)
    db.close()
