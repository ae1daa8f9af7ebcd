"""Tally import: canonical and mapped tables, every format, and every refused input."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from pydantic import TypeAdapter, ValidationError

from observer_app.checking import check_election
from observer_app.domain.inputs import Count
from observer_app.errors import Cancelled, InputError, UserError
from observer_app.importing.cells import MAX_COUNT, MAX_PROBLEMS, parse_count
from observer_app.importing.mapping import ReadOptions
from observer_app.importing.tally_import import import_tallies, read_tallies
from observer_app.progress import Progress
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import current_tallies, revisions
from tests.factories import small_kz_election
from tests.import_support import (
    csv_text,
    db_state,
    kz_canonical,
    kz_contest_values,
    refused,
    write_csv,
    write_xlsx,
    write_zip,
)


@pytest.fixture
def ctx(db: Database) -> ElectionContext:
    return small_kz_election(db)


def _official(db: Database, ctx: ElectionContext, path: Path, **kw: object) -> object:
    return import_tallies(db, ctx, path, source="official", **kw)  # type: ignore[arg-type]


def _stored(db: Database, ctx: ElectionContext) -> dict[str, dict[str, int]]:
    return {ctx.stations_by_id[t.station_id].code: t.values for t in current_tallies(db, ctx)}


def test_canonical_table_by_name_is_stored_and_checks_clean(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    header, rows = kz_canonical(ctx)
    result = import_tallies(
        db, ctx, write_csv(tmp_path / "t.csv", header, rows), source="official", label="CEC site"
    )
    assert (result.rows, result.created, result.revised) == (8, 8, 0)
    assert result.snapshot_id is not None
    stored = _stored(db, ctx)
    assert stored["C1-001"] == kz_contest_values("C1")
    assert stored["C2-004"] == kz_contest_values("C2")
    assert check_election(db, ctx).findings == []


def test_canonical_by_ballot_number_and_without_contest_column(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    header, rows = kz_canonical(ctx, by_number=True, contest_column=False)
    path = write_csv(tmp_path / "t.csv", header, rows)
    import_tallies(db, ctx, path, source="observer", observer="Aigerim")
    tallies = list(current_tallies(db, ctx))
    assert len(tallies) == 8 and {t.observer for t in tallies} == {"Aigerim"}
    assert _stored(db, ctx)["C2-001"] == kz_contest_values("C2")


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1251", "\t"), ("cp1251", ";"), ("utf-8", "\t")],
)
def test_encodings_and_delimiters_are_detected(
    db: Database, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    ctx = small_kz_election(db, stations=1)
    header, rows = kz_canonical(ctx)
    # Cyrillic and Kazakh-in-Cyrillic headers prove the decoding (cp1251 has no Kazakh letters).
    header[header.index("Candidate One")] = "  CANDIDATE one "  # case and spaces are tolerated
    path = write_csv(tmp_path / "t.csv", header, rows, encoding=encoding, delimiter=delimiter)
    result = import_tallies(db, ctx, path, source="official")
    assert result.created == 2
    assert _stored(db, ctx)["C1-001"]["#1"] == 400


def test_cyrillic_station_codes_in_cp1251_and_bom(db: Database, tmp_path: Path) -> None:
    from observer_app.importing.elections import import_election

    header = ["station", "V", "R", "I", "I_out", "C", "B", "N", "Иванов И.И.", "Петров П.П."]
    header += ["against_all"]
    rows = [["Участок №1", 1000, 900, 640, 20, 260, 640, 10, 400, 200, 30]]
    for i, enc in enumerate(("cp1251", "utf-8-sig")):
        path = write_csv(tmp_path / f"t{i}.csv", header, rows, encoding=enc, delimiter=";")
        made = import_election(db, path, form="kz-akim-2023", code=f"e{i}")
        from observer_app.storage.elections import load_context

        ctx = load_context(db, made.code)
        import_tallies(db, ctx, path, source="official")
        assert _stored(db, ctx) == {"Участок №1": kz_contest_values("C1")}


def test_zip_and_xlsx_tables(db: Database, ctx: ElectionContext, tmp_path: Path) -> None:
    header, rows = kz_canonical(ctx)
    text = csv_text(header, rows, ";").encode("cp1251")
    import_tallies(db, ctx, write_zip(tmp_path / "t.zip", "inner/t.csv", text), source="official")
    xlsx = write_xlsx(tmp_path / "t.xlsx", header, rows, sheet="Протоколы")
    result = import_tallies(db, ctx, xlsx, source="observer", observer="Daniyar")
    assert result.created == 8
    inner = write_xlsx(tmp_path / "inner.xlsx", header, rows)
    packed = write_zip(tmp_path / "x.zip", "inner.xlsx", inner.read_bytes())
    again = import_tallies(db, ctx, packed, source="observer", observer="Daniyar")
    assert (again.created, again.unchanged) == (0, 8)


def test_xlsx_sheet_option_and_float_cells(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    header, rows = kz_canonical(ctx)
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.append(["notes only"])
    ws = wb.create_sheet("Data")
    ws.append(header)
    for row in rows:
        ws.append([float(c) if isinstance(c, int) else c for c in row])  # Excel stores floats
    wb.save(tmp_path / "t.xlsx")
    result = import_tallies(
        db, ctx, tmp_path / "t.xlsx", source="official", options=ReadOptions(sheet="Data")
    )
    assert result.created == 8
    msg = refused(
        db,
        lambda: import_tallies(
            db, ctx, tmp_path / "t.xlsx", source="official", options=ReadOptions(sheet="Nope")
        ),
    )
    assert "t.xlsx" in msg and "no sheet 'Nope'" in msg


def test_reimport_with_changed_figures_adds_revisions(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    header, rows = kz_canonical(ctx)
    first = _official(db, ctx, write_csv(tmp_path / "a.csv", header, rows), label="first")
    same = _official(db, ctx, write_csv(tmp_path / "a.csv", header, rows))
    assert (same.created, same.revised, same.unchanged) == (0, 0, 8)  # type: ignore[attr-defined]
    assert [p.snapshot_id for p in same.previous_imports] == [first.snapshot_id]  # type: ignore[attr-defined]
    assert "was imported before" in same.summary()  # type: ignore[attr-defined]
    n_col = header.index("N")
    rows[0][n_col] = 11
    rows[0][header.index("B")] = 641
    changed = _official(db, ctx, write_csv(tmp_path / "b.csv", header, rows), label="corrected")
    assert changed.revised_stations == ["C1-001"]  # type: ignore[attr-defined]
    assert "Revised stations (1): C1-001" in changed.summary()  # type: ignore[attr-defined]
    tally = next(t for t in current_tallies(db, ctx) if t.values.get("N") == 11)
    history = revisions(db, tally.uid)
    assert [json.loads(r.values_json)["N"] for r in history] == [10, 11]
    assert history[1].origin_file == "b.csv" and history[1].note == "corrected"
    assert history[1].snapshot_id == changed.snapshot_id  # type: ignore[attr-defined]


def test_blanks_allowed_for_observers_refused_for_official(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    header, rows = kz_canonical(ctx)
    rows[2][header.index("I_out")] = " "
    path = write_csv(tmp_path / "t.csv", header, rows)
    msg = refused(db, lambda: _official(db, ctx, path), InputError)
    assert 't.csv, row 4, column "I_out"' in msg and "blank count" in msg
    import_tallies(db, ctx, path, source="second-entry")
    stored = {ctx.stations_by_id[t.station_id].code: t for t in current_tallies(db, ctx)}
    assert "I_out" not in stored[rows[2][0]].values  # blank = key absent


def test_grouped_and_whole_decimal_counts_are_accepted() -> None:
    assert parse_count("1 234") == 1234
    assert parse_count("1\u00a0234") == 1234
    assert parse_count(" 12.0 ") == 12
    assert parse_count("007") == 7
    assert isinstance(parse_count("12.5"), str)
    assert isinstance(parse_count("1.000"), str)  # could be a thousands separator: refused
    assert isinstance(parse_count("١٢"), str)  # non-ASCII digits


def test_max_count_matches_the_domain_bound() -> None:
    adapter = TypeAdapter(Count)
    assert adapter.validate_python(MAX_COUNT) == MAX_COUNT
    with pytest.raises(ValidationError):
        adapter.validate_python(MAX_COUNT + 1)
    assert isinstance(parse_count(str(MAX_COUNT + 1)), str)


# --- refused input: the message names file, row and column; the database is unchanged ---


def _bad(
    db: Database,
    ctx: ElectionContext,
    tmp_path: Path,
    edit: object,
    *,
    source: str = "official",
) -> str:
    header, rows = kz_canonical(ctx)
    edit(header, rows)  # type: ignore[operator]
    path = write_csv(tmp_path / "bad.csv", header, rows)
    observer = "Obs" if source == "observer" else ""
    return refused(
        db,
        lambda: import_tallies(db, ctx, path, source=source, observer=observer),
        InputError,
    )


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("abc", "not a number: 'abc'"),
        ("12.5", "whole number"),
        ("12,5", "whole number"),
        ("-3", "cannot be negative"),
        ("−3", "cannot be negative"),
        ("100000001", "limit 100,000,000"),
    ],
)
def test_bad_count(
    db: Database, ctx: ElectionContext, tmp_path: Path, cell: str, expected: str
) -> None:
    def edit(header: list[str], rows: list[list[object]]) -> None:
        rows[1][header.index("C")] = cell

    msg = _bad(db, ctx, tmp_path, edit, source="observer")
    assert 'bad.csv, row 3, column "C"' in msg and expected in msg
    assert "nothing was stored" in msg


def test_unknown_station(db: Database, ctx: ElectionContext, tmp_path: Path) -> None:
    def edit(header: list[str], rows: list[list[object]]) -> None:
        rows[4][0] = "C9-999"

    msg = _bad(db, ctx, tmp_path, edit)
    assert "bad.csv, row 6, column \"station\": unknown station 'C9-999'" in msg


def test_duplicate_station_row(db: Database, ctx: ElectionContext, tmp_path: Path) -> None:
    def edit(header: list[str], rows: list[list[object]]) -> None:
        rows.append(list(rows[0]))

    msg = _bad(db, ctx, tmp_path, edit)
    assert 'bad.csv, row 10, column "station"' in msg and "appears twice (also row 2)" in msg


def test_missing_line_column(db: Database, ctx: ElectionContext, tmp_path: Path) -> None:
    def edit(header: list[str], rows: list[list[object]]) -> None:
        i = header.index("N")
        del header[i]
        for r in rows:
            del r[i]

    msg = _bad(db, ctx, tmp_path, edit)
    assert 'bad.csv, row 1, column "N": missing column for form line N' in msg


def test_missing_candidate_column(db: Database, ctx: ElectionContext, tmp_path: Path) -> None:
    def edit(header: list[str], rows: list[list[object]]) -> None:
        i = header.index("Candidate Five")
        del header[i]
        for r in rows:
            del r[i]

    msg = _bad(db, ctx, tmp_path, edit)
    assert "bad.csv, row 1" in msg and "no column for candidate(s) 'Candidate Five' (#3)" in msg


def test_unknown_column_is_not_silently_dropped(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    def edit(header: list[str], rows: list[list[object]]) -> None:
        header.append("Candidate Six")
        for r in rows:
            r.append(5)

    msg = _bad(db, ctx, tmp_path, edit)
    assert 'bad.csv, row 1, column "Candidate Six": matches no candidate' in msg


def test_figure_for_a_candidate_of_another_contest(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    def edit(header: list[str], rows: list[list[object]]) -> None:
        rows[0][header.index("Candidate Five")] = 7  # row of C1-001

    msg = _bad(db, ctx, tmp_path, edit)
    assert 'bad.csv, row 2, column "Candidate Five"' in msg and "does not stand" in msg


def test_contest_column_disagrees_with_station(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    def edit(header: list[str], rows: list[list[object]]) -> None:
        rows[0][1] = "C2"

    msg = _bad(db, ctx, tmp_path, edit)
    assert 'bad.csv, row 2, column "contest"' in msg and "belongs to contest C1" in msg


def test_contest_column_may_hold_the_contest_name(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    header, rows = kz_canonical(ctx)
    for r in rows:
        r[1] = ctx.find_contest(str(r[1])).name.upper()  # type: ignore[union-attr]
    assert _official(db, ctx, write_csv(tmp_path / "t.csv", header, rows))


def test_short_row(db: Database, ctx: ElectionContext, tmp_path: Path) -> None:
    header, rows = kz_canonical(ctx)
    text = csv_text(header, rows) + "C1-001,C1,1000\r\n"
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    msg = refused(db, lambda: _official(db, ctx, path), InputError)
    assert "bad.csv, row 10: the row has 3 cells" in msg


def test_problems_are_collected_then_capped(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    def edit(header: list[str], rows: list[list[object]]) -> None:
        rows[0][header.index("V")] = "x"
        rows[3][header.index("R")] = "-1"
        rows[5][0] = "nowhere"

    msg = _bad(db, ctx, tmp_path, edit)
    assert msg.startswith("bad.csv: 3 problems; nothing was stored")
    assert 'row 2, column "V"' in msg and 'row 5, column "R"' in msg and "row 7" in msg

    def everywhere(header: list[str], rows: list[list[object]]) -> None:
        for r in rows:
            for col in ("V", "R", "I", "C"):
                r[header.index(col)] = "?"

    msg = _bad(db, ctx, tmp_path, everywhere)
    assert f"stopped after {MAX_PROBLEMS} problems" in msg
    assert msg.count("not a number") == MAX_PROBLEMS


def test_empty_header_only_and_binary_files(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty.csv: the file is empty" in refused(db, lambda: _official(db, ctx, empty))
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\r\n \r\n")
    assert "blank.csv: the file is empty" in refused(db, lambda: _official(db, ctx, blank))
    header, _ = kz_canonical(ctx)
    only = write_csv(tmp_path / "header.csv", header, [])
    msg = refused(db, lambda: _official(db, ctx, only))
    assert "header.csv" in msg and "no station rows" in msg
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "photo.csv: this is a binary file" in refused(db, lambda: _official(db, ctx, png))
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 truncated")
    assert "broken.zip: not a readable .zip" in refused(db, lambda: _official(db, ctx, broken))
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not a workbook")
    assert "fake.xlsx: not a readable XLSX" in refused(db, lambda: _official(db, ctx, fake))


def test_wrong_encoding_when_given(db: Database, ctx: ElectionContext, tmp_path: Path) -> None:
    header, rows = kz_canonical(ctx)
    header[header.index("Candidate One")] = "Кандидат Один"
    path = write_csv(tmp_path / "cp.csv", header, rows, encoding="cp1251")
    msg = refused(
        db, lambda: _official(db, ctx, path, options=ReadOptions(encoding="utf-8")), InputError
    )
    assert "cp.csv: the file is not valid utf-8 text" in msg
    msg = refused(db, lambda: _official(db, ctx, path, options=ReadOptions(encoding="klingon")))
    assert "unknown text encoding 'klingon'" in msg


def test_observer_source_needs_a_name_and_official_has_none(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    header, rows = kz_canonical(ctx)
    path = write_csv(tmp_path / "t.csv", header, rows)
    msg = refused(db, lambda: import_tallies(db, ctx, path, source="observer"))
    assert "--observer" in msg
    msg = refused(db, lambda: import_tallies(db, ctx, path, source="official", observer="X"))
    assert "official figures have no observer" in msg
    assert "unknown source" in refused(db, lambda: import_tallies(db, ctx, path, source="cec"))


def test_progress_is_reported_and_cancel_stores_nothing(db: Database, tmp_path: Path) -> None:
    ctx = small_kz_election(db, stations=2500)
    header, rows = kz_canonical(ctx)
    path = write_csv(tmp_path / "t.csv", header, rows)
    seen: list[tuple[int, int, str]] = []
    read_tallies(
        ctx,
        path,
        source="official",
        progress=Progress(lambda d, t, m: seen.append((d, t, m)), min_interval=0),
    )
    assert seen and seen[0][1] >= 5000 and seen[-1][0] >= 4000
    cancel = threading.Event()

    def stop(done: int, total: int, msg: str) -> None:
        cancel.set()

    refused(
        db,
        lambda: import_tallies(
            db, ctx, path, source="official", progress=Progress(stop, cancel, min_interval=0)
        ),
        Cancelled,
    )


def test_database_state_helper_sees_every_change(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    before = db_state(db)
    header, rows = kz_canonical(ctx)
    _official(db, ctx, write_csv(tmp_path / "t.csv", header[:], rows[:1]))
    after = db_state(db)
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"tally", "tally_revision", "snapshot", "audit_entry"}


def test_user_error_for_unreadable_source_is_not_a_crash(
    db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    msg = refused(db, lambda: _official(db, ctx, tmp_path / "missing.csv"), UserError)
    assert "missing.csv: no such file" in msg


def test_import_takes_a_backup_first_and_a_refused_file_none(tmp_path: Path) -> None:
    """An automatic backup precedes every import that writes; a refused file writes nothing."""
    from tests.factories import kz_values

    db = Database.open(tmp_path / "obs.sqlite3")
    ctx = small_kz_election(db)
    good = tmp_path / "copies.csv"
    keys = list(kz_values())
    row = ",".join(str(v) for v in kz_values().values())
    good.write_text("station," + ",".join(keys).replace("A", "against_all") + f"\nC1-001,{row}\n")
    import_tallies(db, ctx, good, source="observer", observer="Aigul")
    backups = sorted((tmp_path / "backups").glob("obs.*.before-import.sqlite3"))
    assert len(backups) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("station,V\nNO-SUCH,1\n", encoding="utf-8")
    with pytest.raises(InputError):
        import_tallies(db, ctx, bad, source="observer", observer="Aigul")
    assert sorted((tmp_path / "backups").glob("obs.*.before-import.sqlite3")) == backups
