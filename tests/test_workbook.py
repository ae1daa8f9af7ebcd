"""The discrepancy workbook: sheets, headers, formats, never a formula, LibreOffice round trip."""

from __future__ import annotations

import csv
import errno
import os
import shutil
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from observer_app.errors import Cancelled, UserError
from observer_app.export import sheet as sheet_module
from observer_app.export import write_workbook
from observer_app.export.book import Book
from observer_app.export.sheet import Col, FastSheet
from observer_app.progress import Progress
from observer_app.reconcile import reconcile
from observer_app.reconcile.lines import line_label
from observer_app.reconcile.messages import text
from observer_app.reconcile.report import Report
from observer_app.storage.db import Database
from tests.test_reconcile_support import RISKY_NAMES, all_kinds_election

SHEETS = (
    "sheet.summary",
    "sheet.discrepancies",
    "sheet.stations",
    "sheet.arithmetic",
    "sheet.disagree",
    "sheet.totals",
    "sheet.coverage",
    "sheet.revisions",
)


@pytest.fixture
def rep(sqlite_db: Database, tmp_path: Path) -> Report:
    ctx = all_kinds_election(sqlite_db, tmp_path)
    return reconcile(sqlite_db, ctx)


def discrepancy_rows(rep: Report, lang: str) -> list[tuple[object, ...]]:
    return [
        (
            d.contest,
            d.station,
            rep.station_names[d.station],
            line_label(rep.ctx, rep.contest(d.contest), d.key, lang),
            d.observer,
            d.official,
            d.delta,
        )
        for d in rep.discrepancies
    ]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_sheets_headers_frozen_and_filtered(rep: Report, tmp_path: Path, lang: str) -> None:
    out = write_workbook(rep, tmp_path / f"r-{lang}.xlsx", lang=lang)
    wb = load_workbook(out)
    assert wb.sheetnames == [text(k, lang) for k in SHEETS]
    for ws in wb.worksheets:
        assert ws.freeze_panes is not None and ws.freeze_panes.startswith("A")
        header_row = int(ws.freeze_panes[1:]) - 1
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith(f"A{header_row}:")
        assert ws.column_dimensions["A"].width > 5
    ws = wb[text("sheet.discrepancies", lang)]
    assert ws["A1"].value == text("col.contest", lang)
    assert ws["G1"].value == text("col.difference", lang)
    got = [tuple(c.value for c in row[:7]) for row in ws.iter_rows(min_row=2)]
    assert got == discrepancy_rows(rep, lang)
    assert ws["E2"].number_format == "#,##0" and ws["G2"].number_format.startswith("+#,##0")


def test_user_text_is_never_a_formula(rep: Report, tmp_path: Path) -> None:
    out = write_workbook(rep, tmp_path / "r.xlsx")
    wb = load_workbook(out)
    texts = {
        c.value: c
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str)
    }
    for name in RISKY_NAMES:
        cell = texts[name]
        assert cell.data_type == "s", name
        assert cell.quotePrefix, name
    assert any(v == "=cmd.png" for v in texts)  # a photo file name from a user
    assert not any(c.data_type == "f" for c in texts.values())


def test_stations_sheet_lays_out_three_rows_and_highlights_differences(
    rep: Report, tmp_path: Path
) -> None:
    out = write_workbook(rep, tmp_path / "r.xlsx")
    ws = load_workbook(out)["Stations"]
    rows = list(ws.iter_rows(min_row=2))
    c1 = [r for r in rows if r[1].value == "C1-001"]
    assert [r[3].value for r in c1] == ["official", "observer copy", "difference"]
    agreeing = [r for r in rows if r[1].value == "C1-003"]  # five observers, one copy's figures
    assert [r[3].value for r in agreeing] == ["official", "observer copy", "difference"]
    assert agreeing[1][4].value.count(";") == 4
    disagreeing = [r for r in rows if r[1].value == "C2-001"]  # two copies, each shown
    assert [r[3].value for r in disagreeing].count("observer copy") == 2
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    col = header.index("№1")  # contests with other candidates: columns by ballot number
    official, observer, diff = (r[col] for r in c1)
    assert (official.value, observer.value, diff.value) == (400, 200, 200)
    assert diff.fill.fgColor.rgb == "FFF8CBAD"
    same = header.index("7 invalid") if "7 invalid" in header else header.index("6 invalid")
    assert c1[2][same].value == 0 and c1[2][same].fill.fgColor.rgb != "FFF8CBAD"


TRICKY = [
    "a\x01b\x1fc",  # control characters XML cannot hold
    "_x0041_",  # OOXML's own escape, typed by a user: must stay these seven characters
    "x & <y> 'z' \"w\"",
    " leading",
    "trailing ",
    "\rCR",
    "line1\nline2",
    "tab\there",
    '=HYPERLINK("http://x")',
    "Қазақстан\u00a0ұлт",
]
NUMBERS = [1.5, 0.125, 10**15, -3, 0]


def write_one_sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Book(path)
    sh = book.sheet("T", [Col(f"c{i}") for i in range(max(len(r) for r in rows))])
    sh.header()
    for r in rows:
        sh.row(r)
    sh.finish()
    book.close()
    return path


def test_text_and_numbers_round_trip_through_openpyxl(tmp_path: Path) -> None:
    out = write_one_sheet(tmp_path / "t.xlsx", [TRICKY, [*NUMBERS, True, False, None, ""]])
    ws = load_workbook(out)["T"]
    text_row, number_row = (list(r) for r in ws.iter_rows(min_row=2))
    by_value = dict(zip(TRICKY, text_row, strict=False))
    # openpyxl does not decode _xHHHH_ in inline strings (LibreOffice and Excel do, see below)
    for value, cell in by_value.items():
        assert cell.data_type == "s"
        if "_x" not in value and "\x01" not in value:
            assert cell.value == value
    assert by_value["\rCR"].quotePrefix and by_value['=HYPERLINK("http://x")'].quotePrefix
    assert not by_value[" leading"].quotePrefix
    assert [c.value for c in number_row[:5]] == NUMBERS
    assert all(c.data_type == "n" for c in number_row[:5])
    assert number_row[5].value == "✓" and [c.value for c in number_row[6:9]] == [None] * 3


def test_text_longer_than_an_excel_cell_is_cut_and_says_so(tmp_path: Path) -> None:
    limit = sheet_module.MAX_CELL_TEXT
    long, exact = "ж" * (limit + 5000), "x" * limit
    out = write_one_sheet(tmp_path / "long.xlsx", [[long, exact]])
    got_long, got_exact = (c.value for c in next(load_workbook(out)["T"].iter_rows(min_row=2)))
    assert got_exact == exact
    assert len(got_long) == limit and got_long.startswith("ж" * 30_000)
    kept = got_long.index("…")
    assert got_long[kept:] == f"…[+{len(long) - kept:,}]"


def test_rows_past_excels_limit_are_counted_in_the_last_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheet_module, "MAX_ROWS", 6)  # header + 4 data rows + the note
    out = write_one_sheet(tmp_path / "many.xlsx", [[f"r{i}", i] for i in range(1, 11)])
    rows = [[c.value for c in r] for r in load_workbook(out)["T"].iter_rows()]
    assert len(rows) == 6
    assert [r[0] for r in rows[1:5]] == ["r1", "r2", "r3", "r4"]
    assert rows[5][0] == "…[+6]"


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_workbook_says_in_its_language_what_excel_could_not_hold(
    rep: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setattr(sheet_module, "MAX_ROWS", 3)  # header, one finding, the note
    wb = load_workbook(write_workbook(rep, tmp_path / f"cut-{lang}.xlsx", lang=lang))
    ws = wb[text("sheet.discrepancies", lang)]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    left_out = len(rep.discrepancies) - 1
    assert len(rows) == 3 and left_out > 0
    expected = text("wb.rows_left_out", lang).split("{n}")
    assert rows[2][0].startswith(expected[0]) and rows[2][0].endswith(expected[1])
    assert str(left_out) in rows[2][0].replace("\u00a0", "").replace(",", "")


def test_rows_are_written_as_they_come(tmp_path: Path) -> None:
    chunks: list[bytes] = []
    book = Book(tmp_path / "s.xlsx")
    sh = FastSheet(book.styles, [Col("a"), Col("b", kind="int")], chunks.append)
    for i in range(sheet_module.CHUNK):
        sh.row([f"station {i}", i])
    assert chunks, "a sheet's rows must not pile up until it is finished"
    sh.finish()
    xml = b"".join(chunks).decode()
    assert xml.count("<row ") == sheet_module.CHUNK and xml.endswith("</worksheet>")
    book.abandon()


def test_escape_keeps_every_character() -> None:
    assert sheet_module.escape("a<b>&c") == "a&lt;b&gt;&amp;c"
    assert sheet_module.escape("\x00\x0b") == "_x0000__x000B_"
    assert sheet_module.escape("_x00e9_") == "_x005F_x00e9_"
    assert sheet_module.escape("\r") == "&#13;"
    assert sheet_module.escape("\ud800") == "\ufffd"  # a lone surrogate cannot be encoded
    assert sheet_module.escape("обычный текст") == "обычный текст"


def test_cancel_leaves_no_file(rep: Report, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        write_workbook(rep, tmp_path / "r.xlsx", progress=Progress(None, cancel))
    assert list(tmp_path.glob("r.xlsx*")) == []


def test_a_failed_write_is_a_user_error_and_leaves_no_file(
    rep: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: object, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    # the sheets are deflated and written in a second thread: its failure reaches the caller
    monkeypatch.setattr(zipfile._ZipWriteFile, "write", full)
    with pytest.raises(UserError, match="No space left"):
        write_workbook(rep, tmp_path / "r.xlsx")
    assert list(tmp_path.glob("r.xlsx*")) == []
    assert not any(t.name == "xlsx-deflate" for t in threading.enumerate())


def test_bad_destination_is_a_user_error(rep: Report, tmp_path: Path) -> None:
    with pytest.raises(UserError):
        write_workbook(rep, tmp_path / "r.csv")
    with pytest.raises(UserError):
        write_workbook(rep, tmp_path / "missing" / "r.xlsx")


def soffice_csv(xlsx: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet of ``xlsx`` as CSV through LibreOffice's StarCalc filter (keeps Cyrillic)."""
    profile = out / "lo_profile"
    cmd = [
        "soffice",
        "--headless",
        f"-env:UserInstallation=file://{profile}",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        str(out),
        str(xlsx),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180, env={**os.environ})
    sheets = {}
    for path in out.glob(f"{xlsx.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            sheets[path.stem[len(xlsx.stem) + 1 :]] = list(csv.reader(f))
    return sheets


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_reads_the_values_the_app_computed(rep: Report, tmp_path: Path) -> None:
    xlsx = write_workbook(rep, tmp_path / "report.xlsx", lang="ru")
    conv = tmp_path / "conv"
    conv.mkdir()
    sheets = soffice_csv(xlsx, conv)
    assert set(sheets) == {text(k, "ru") for k in SHEETS}
    rows = sheets["Расхождения"]
    assert rows[0][:3] == ["Округ", "Участок", "Название участка"]
    got = [tuple(r[:7]) for r in rows[1:]]
    want = [tuple(str(v) for v in row) for row in discrepancy_rows(rep, "ru")]
    assert got == want
    everything = {cell for sheet in sheets.values() for row in sheet for cell in row}
    for name in ("=1+2", "+7 701 555", "-5", "@SUM(A1)"):
        assert name in everything or any(name in c for c in everything), name
    assert "3" not in {r[7] for r in rows[1:]}  # the observer "=1+2" was not evaluated
    summary = sheets["Сводка"]
    assert any("СИНТЕТИЧЕСКИЕ" in cell for row in summary for cell in row)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_reads_every_character_of_user_text(tmp_path: Path) -> None:
    xlsx = write_one_sheet(tmp_path / "tricky.xlsx", [TRICKY, NUMBERS])
    conv = tmp_path / "conv"
    conv.mkdir()
    rows = soffice_csv(xlsx, conv)["T"]
    assert rows[1] == TRICKY
    assert [float(v) for v in rows[2][: len(NUMBERS)]] == NUMBERS
