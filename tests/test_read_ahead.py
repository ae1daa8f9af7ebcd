"""Reading a table file ahead in a background thread gives exactly what reading it then gives.

``prefetch`` starts the GIL-free part of opening a file (read, hash, unzip, the
XLSX sheet parse) while a command loads; ``open_table`` takes it only for the
same file, unchanged, with the same sheet and member, and otherwise reads the
file itself, so its answer and its messages never depend on the read-ahead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from observer_app.cli import main
from observer_app.errors import InputError
from observer_app.importing import readers
from observer_app.importing.readers import drop_prefetched, open_table, prefetch, read_table
from observer_app.storage.db import Database
from tests.factories import small_kz_election
from tests.import_support import csv_text, kz_canonical, write_csv, write_xlsx, write_zip

HEADER = ["station", "V", "C"]
ROWS: list[list[object]] = [["S1", 10, 4], ["S2", 7, ""], ["S3", 1234, 0]]


def _files(tmp_path: Path) -> list[Path]:
    data = csv_text(HEADER, ROWS).encode("cp1251")
    return [
        write_csv(tmp_path / "plain.csv", HEADER, ROWS),
        write_zip(tmp_path / "packed.zip", "inside.csv", data),
        write_xlsx(tmp_path / "book.xlsx", HEADER, ROWS, sheet="Results"),
    ]


def _read(path: Path, **kw: str) -> tuple[object, ...]:
    table = read_table(path, **kw)
    return table.name, table.header, table.rows, table.row_numbers, table.sha256, table.sheet


def _taken(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each open_table found a read-ahead to use."""
    used: list[bool] = []
    take = readers._take_prefetched

    def spy(path: Path, sheet: str | None, member: str | None) -> object:
        job = take(path, sheet, member)
        used.append(job is not None)
        return job

    monkeypatch.setattr(readers, "_take_prefetched", spy)
    return used


def test_a_read_ahead_gives_what_reading_then_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = _taken(monkeypatch)
    for path in _files(tmp_path):
        plain = _read(path)
        prefetch(path)
        assert _read(path) == plain, path.name
    assert used == [False, True] * 3


def test_a_changed_file_or_other_options_are_read_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = _taken(monkeypatch)
    path = write_csv(tmp_path / "t.csv", HEADER, ROWS)
    prefetch(path)
    write_csv(path, HEADER, [*ROWS, ["S4", 5, 5]])
    os.utime(path, ns=(1, 1))  # another modification time whatever the clock's resolution
    assert len(read_table(path).rows) == 4
    book = write_xlsx(tmp_path / "b.xlsx", HEADER, ROWS, sheet="Results")
    prefetch(book)  # the first sheet
    assert read_table(book, sheet="Results").sheet == "Results"
    prefetch(book)
    other = write_csv(tmp_path / "other.csv", HEADER, ROWS)
    assert read_table(other).name == "other.csv"
    assert used == [False, False, False]
    prefetch(book)
    drop_prefetched()
    assert read_table(book).sheet == "Results" and used[-1] is False


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.xlsx", b"PK\x03\x04 not really a workbook", "not a readable XLSX workbook"),
        ("bad.zip", b"PK\x03\x04 truncated", "not a readable .zip archive"),
        ("empty.csv", b"  \n", "the file is empty"),
    ],
)
def test_a_damaged_file_is_refused_with_the_same_message(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as plain:
        open_table(path)
    prefetch(path)
    with pytest.raises(InputError, match=message) as ahead:
        open_table(path)
    assert str(ahead.value) == str(plain.value)


def test_a_missing_sheet_is_named_after_a_read_ahead(tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "b.xlsx", HEADER, ROWS, sheet="Results")
    prefetch(book, sheet="2018")
    with pytest.raises(InputError, match=r"no sheet '2018' \(sheets: Results\)"):
        open_table(book, sheet="2018")


def test_the_command_reads_an_xlsx_ahead_and_stores_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    used = _taken(monkeypatch)
    db = tmp_path / "cli.sqlite3"
    ctx = small_kz_election(Database.open(db))
    header, rows = kz_canonical(ctx)
    book = write_xlsx(tmp_path / "official.xlsx", header, rows)
    assert main(["--db", str(db), "tallies", "import", str(book), "--source", "official"]) == 0
    assert "8 new tallies" in capsys.readouterr().out
    assert used == [True]
    assert readers._prefetched is None
