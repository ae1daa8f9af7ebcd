"""The national-scale fast paths give exactly what the plain ones give.

Checking holds every tally against the relations as one matrix and explains
only the failing ones; bulk imports copy first revisions inside SQLite and
number tallies in time order; opening a database reads its schema revision
without Alembic. Each is compared here with the straightforward answer.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest
from sqlalchemy import Connection, inspect, select

from observer_app.checking import check_election
from observer_app.domain import tables as t
from observer_app.forms import check
from observer_app.importing.readers import _cell_text, open_table
from observer_app.importing.tally_import import import_tallies
from observer_app.storage import migrate
from observer_app.storage.bulk import ANALYZE_AFTER, BULK_CACHE_KIB, new_uids, roomy_cache
from observer_app.storage.db import Database
from observer_app.storage.tallies import (
    Provenance,
    SnapshotInfo,
    current_tallies,
    dump_values,
    write_tallies,
)
from tests.factories import kz_values, small_kz_election


def _random_values(rnd: random.Random, keys: list[str]) -> dict[str, int]:
    """Consistent figures, then maybe a changed count or a blank."""
    values = kz_values()
    values = {k: v for k, v in values.items() if k in keys} | {
        k: rnd.randint(0, 300) for k in keys if k not in values
    }
    for _ in range(rnd.choice((0, 0, 1, 2))):
        key = rnd.choice(keys)
        if rnd.random() < 0.3:
            values.pop(key, None)
        else:
            values[key] = rnd.randint(0, 2000)
    return values


def test_matrix_check_equals_checking_each_tally(db: Database) -> None:
    ctx = small_kz_election(db, stations=60)
    rnd = random.Random(6)
    rows = []
    for code, st in ctx.stations.items():
        keys = list(ctx.keys_of_station(st))
        rows.append((code, "observer", "Aigerim", _random_values(rnd, keys)))
        if rnd.random() < 0.5:
            rows.append((code, "official", "", _random_values(rnd, keys)))
    write_tallies(db, ctx, rows, Provenance(entered_by="test"))
    result = check_election(db, ctx)
    expected = []
    for tally in current_tallies(db, ctx):
        st = ctx.stations_by_id[tally.station_id]
        contest = ctx.contest_of(st)
        for v in check(ctx.form, tally.values, contest.candidate_keys):
            expected.append((tally.uid, st.code, contest.code, v))
    found = [(f.tally.uid, f.station_code, f.contest_code, f.violation) for f in result.findings]
    assert found == expected
    assert len(expected) > 10  # the random figures did break relations
    assert result.tallies_checked == len(rows)
    official = check_election(db, ctx, "official")
    assert {f.tally.source for f in official.findings} <= {"official"}


def test_first_revisions_are_copies_of_the_new_tallies(db: Database) -> None:
    ctx = small_kz_election(db, stations=30)
    prov = Provenance(entered_by="importer", origin_file="x.csv", origin_sha256="ab" * 32)
    rows = [(code, "official", "", kz_values(N=i)) for i, code in enumerate(ctx.stations)]
    written = write_tallies(db, ctx, rows, prov, SnapshotInfo("x.csv", "ab" * 32))
    assert written.created == len(rows)
    tc, rc = t.tally.c, t.tally_revision.c
    with db.session() as s:
        pairs = s.execute(
            select(
                tc.id, tc.values_json, rc.values_json, rc.revision, rc.snapshot_id, rc.origin_file
            )
            .join(t.tally_revision, rc.tally_id == tc.id)
            .order_by(tc.id)
        ).all()
    assert len(pairs) == len(rows)
    assert all(a == b and rev == 1 for _, a, b, rev, _, _ in pairs)
    assert {(snap, origin) for *_, snap, origin in pairs} == {(written.snapshot_id, "x.csv")}
    stored = [row[1] for row in pairs]
    assert stored == [dump_values(v, ctx.keys_of_station(ctx.stations[c])) for c, _, _, v in rows]


def test_new_uids_ascend_and_stay_unique() -> None:
    first, second = new_uids(5000), new_uids(5000)
    both = first + second
    assert all(re.fullmatch(r"[0-9a-f]{32}", u) for u in both)
    assert len(set(both)) == len(both)
    assert first == sorted(first) and second == sorted(second)
    assert first[-1][:12] <= second[0][:12]  # a later batch never sorts before an earlier one


def test_dump_values_is_the_same_on_the_fast_path() -> None:
    order = ("V", "R", "#1", "#2", "A")
    full = {"V": 1, "R": 2, "#1": 3, "#2": 4, "A": 5}
    assert dump_values(full, order) == '{"V":1,"R":2,"#1":3,"#2":4,"A":5}'
    assert dump_values(dict(reversed(full.items())), order) == dump_values(full, order)
    assert dump_values({**full, "R": None}, order) == '{"V":1,"#1":3,"#2":4,"A":5}'


def test_bulk_write_leaves_sqlite_statistics(sqlite_db: Database) -> None:
    ctx = small_kz_election(sqlite_db, stations=600)
    rows = [(code, "official", "", kz_values()) for code in ctx.stations]
    write_tallies(sqlite_db, ctx, rows, Provenance(entered_by="test"))
    with sqlite_db.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT tbl FROM sqlite_stat1")}
    assert {"tally", "tally_revision"} <= tables


def test_bulk_write_cache_is_raised_then_given_back(sqlite_db: Database) -> None:
    def size(conn: Connection) -> int:
        return int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())

    with sqlite_db.engine.connect() as conn:
        default = size(conn)
        with roomy_cache(conn, ANALYZE_AFTER - 1):
            assert size(conn) == default  # a small write keeps the connection's own
        with roomy_cache(conn, ANALYZE_AFTER):
            assert size(conn) == -BULK_CACHE_KIB
        assert size(conn) == default
        with pytest.raises(ZeroDivisionError), roomy_cache(conn, ANALYZE_AFTER):
            _ = 1 / 0
        assert size(conn) == default
    ctx = small_kz_election(sqlite_db, stations=ANALYZE_AFTER)
    rows = [(code, "official", "", kz_values()) for code in ctx.stations]
    assert write_tallies(sqlite_db, ctx, rows, Provenance(entered_by="test")).created == len(rows)
    with sqlite_db.engine.connect() as conn:  # the pooled connection the write used
        assert size(conn) == default


def test_schema_head_read_from_the_scripts_is_alembics() -> None:
    assert migrate.scripted_head() == migrate.head_revision()


def test_prefix_indexes_are_gone(db: Database) -> None:
    names = {
        ix["name"]
        for table in ("tally", "tally_revision")
        for ix in inspect(db.engine).get_indexes(table)
    }
    assert "ix_tally_station_id" not in names and "ix_tally_revision_tally_id" not in names
    assert "ix_tally_station_source" in names


def test_cells_written_plainly_or_not_store_the_same_figures(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """The importer's text fast path (plain digit cells) and its parsing path agree."""
    ctx = small_kz_election(sqlite_db)
    contest = ctx.contest_of(ctx.stations["C1-001"])
    keys = list(ctx.all_keys(contest))
    names = {c.key: c.name for c in contest.candidates}
    header = ["station", *(names.get(k, k) for k in keys)]
    plain = kz_values()
    spelled = {"V": "1 000", "R": "0900", "I": " 640 ", "B": "640.0", "#2": "00200"}
    rows = [
        ["C1-001", *(str(plain[k]) for k in keys)],
        ["C1-002", *(spelled.get(k, str(plain[k])) for k in keys)],
    ]
    path = tmp_path / "copies.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    import_tallies(sqlite_db, ctx, path, source="observer", observer="Aigerim")
    stored = {ctx.stations_by_id[x.station_id].code: x for x in current_tallies(sqlite_db, ctx)}
    assert stored["C1-001"].values == stored["C1-002"].values == plain
    with sqlite_db.session() as s:
        texts = set(s.execute(select(t.tally.c.values_json)).scalars())
    assert texts == {dump_values(plain, tuple(keys))}


def test_xlsx_rows_streamed_as_the_whole_sheet_reads(tmp_path: Path) -> None:
    """Rows streamed one at a time keep the sheet's row numbers and column letters, even
    when the data starts below and right of A1; a TRUE cell stays text, never 1."""
    import xlsxwriter
    from python_calamine import CalamineWorkbook

    path = tmp_path / "offset.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("s")
    for r, c, v in [(2, 1, "station"), (2, 2, "V"), (3, 1, "A-1"), (3, 2, 5), (5, 1, "A-2")]:
        ws.write(r, c, v)
    ws.write_boolean(5, 3, True)
    ws.write_number(6, 2, 1.5)
    wb.close()
    table = open_table(path)
    whole = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("s")
    expected = [
        (n, ["" if v == "" else _cell_text(v) for v in row])
        for n, row in enumerate(whole.to_python(skip_empty_area=False), start=1)
        if n > table.header_row and any(v != "" for v in row)
    ]
    assert table.header_row == 3 and table.header == ["", "station", "V", ""]
    rows = list(table.rows)
    assert rows == expected
    assert rows[1] == (6, ["", "A-2", "", "True"]) and rows[2] == (7, ["", "", "1.5", ""])
