"""CSV rows as the reader splits them, and the plain-count shortcut of tally import.

The reader splits a line without quotes itself and leaves the others to the
csv module: it must agree with the csv module on any text. A row whose
figures are all plain counts skips the cell-by-cell parse; anything else
(quoted or padded cells, grouped numbers, unknown or repeated stations, bad
counts) must come out as the cell-by-cell checks make it: the same figures,
the same messages and row numbers, and nothing stored on a refusal.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from observer_app.errors import InputError
from observer_app.importing.elections import import_election
from observer_app.importing.readers import open_table
from observer_app.importing.tally_import import import_tallies, read_tallies
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext, load_context
from observer_app.storage.tallies import current_tallies
from tests.import_support import RU_SYNTHETIC, refused, write_csv, write_xlsx

MAPPING = "ru-cik-wide"


@pytest.fixture
def ru(db: Database) -> ElectionContext:
    import_election(db, RU_SYNTHETIC, mapping=MAPPING, name="Synthetic RU")
    return load_context(db)


def _table() -> tuple[list[str], list[list[str]]]:
    with RU_SYNTHETIC.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def _figures(ctx: ElectionContext, path: Path) -> list[tuple[str, str]]:
    parsed = read_tallies(ctx, path, source="official", mapping=MAPPING)
    return [(code, str(values)) for code, _, _, values in parsed.rows]


def _values(figures: object) -> dict[str, int]:
    """Figures as the importer hands them on: canonical JSON text, or a dict."""
    return json.loads(figures) if isinstance(figures, str) else dict(figures)  # type: ignore[call-overload]


def test_csv_lines_give_what_xlsx_cells_give(ru: ElectionContext, tmp_path: Path) -> None:
    header, rows = _table()
    rows[0][1] = "1 Первая, город"  # quoted by the writer: the csv module's line
    rows[1][0] = f"  {rows[1][0]} "  # padded station cell: stripped by the cell path
    rows[2][5] = "0"
    lines = _figures(ru, write_csv(tmp_path / "t.csv", header, rows))
    cells = _figures(ru, write_xlsx(tmp_path / "t.xlsx", header, rows))
    assert lines == cells
    assert [code for code, _ in lines] == [
        "Синтетическая область/1",
        "Синтетическая область/2",
        "Синтетическая область/3",
        "Тестовый край/1",
        "Тестовый край/2",
    ]


def test_grouped_counts_and_quoted_station_cells_fall_back(
    ru: ElectionContext, tmp_path: Path
) -> None:
    header, rows = _table()
    rows[0][3] = "1 200"  # grouped: the same count, through parse_count
    rows[1][0] = 'Синтетическая "область"'  # quoted station part: not in the election
    path = write_csv(tmp_path / "t.csv", header, rows)
    with pytest.raises(InputError) as info:
        read_tallies(ru, path, source="official", mapping=MAPPING)
    assert 'row 3, column "region + uik": unknown station \'Синтетическая "область"/2\'' in str(
        info.value
    )
    rows[1][0] = "Синтетическая область"
    parsed = read_tallies(
        ru, write_csv(tmp_path / "u.csv", header, rows), source="official", mapping=MAPPING
    )
    assert _values(parsed.rows[0][3])["L1"] == 1200  # not two counts "1" and "200"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda r: r[2].__setitem__(2, "99"), 'row 4, column "region + uik": unknown station'),
        (lambda r: r.append(list(r[0])), "appears twice (also row 2)"),
        (lambda r: r[1].__setitem__(9, "-3"), "row 3, column "),
        (lambda r: r[4].__setitem__(17, "12.5"), "whole number"),
        (lambda r: r[4].__setitem__(17, ""), "blank count"),
        (lambda r: r[4].__setitem__(2, ""), 'row 6, column "region + uik": blank station code'),
        (lambda r: r[3].__delitem__(slice(10, None)), "row 5: the row has 10 cells"),
    ],
)
def test_refused_lines_name_the_same_row_and_store_nothing(
    db: Database, ru: ElectionContext, tmp_path: Path, edit: object, expected: str
) -> None:
    header, rows = _table()
    edit(rows)  # type: ignore[operator]
    path = write_csv(tmp_path / "bad.csv", header, rows)
    msg = refused(
        db,
        lambda: import_tallies(db, ru, path, source="official", mapping=MAPPING),
        InputError,
    )
    assert "bad.csv" in msg and expected in msg and "nothing was stored" in msg


def test_a_grouped_count_is_one_number_on_every_path(
    db: Database, ru: ElectionContext, tmp_path: Path
) -> None:
    """'1 200' once went through the plain-count check as two counts and was stored as
    the broken JSON text '"L1":1 200'."""
    header, rows = _table()
    for row in rows:
        row[3] = f"{row[3][0]} {row[3][1:]}" if len(row[3]) == 4 else row[3]
    for path in (
        write_csv(tmp_path / "t.csv", header, rows),
        write_xlsx(tmp_path / "t.xlsx", header, rows),
    ):
        parsed = read_tallies(ru, path, source="official", mapping=MAPPING)
        figures = {
            code: json.loads(str(v)) if isinstance(v, str) else v for code, _, _, v in parsed.rows
        }
        assert figures["Синтетическая область/1"]["L1"] == 1200
        assert figures["Синтетическая область/3"]["L1"] == 1500
    import_tallies(db, ru, path, source="official", mapping=MAPPING)
    stored = {t.station_id: t.values for t in current_tallies(db, ru)}
    assert sorted(v["L1"] for v in stored.values()) == [640, 800, 950, 1200, 1500]


def test_leading_zero_is_still_a_count(ru: ElectionContext, tmp_path: Path) -> None:
    """'007' is not written plainly: the cell path parses it (as it always did)."""
    header, rows = _table()
    rows[1][9] = "007"
    parsed = read_tallies(
        ru, write_csv(tmp_path / "t.csv", header, rows), source="official", mapping=MAPPING
    )
    assert _values(parsed.rows[1][3])["L7"] == 7


# --- the reader's lines against the csv module --------------------------------------------


def _reference(text: str, delimiter: str) -> list[tuple[int, list[str]]] | str:
    """What the reader gave before it split lines itself: the csv module on every line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out = []
    try:
        header = None
        for row in reader:
            if header is None:
                if any(c.strip() for c in row):
                    header = row
                continue
            if any(row) and (row[0].strip() or any(map(str.strip, row))):
                out.append((reader.line_num, row))
    except csv.Error:
        return "error"
    return out


def _ours(path: Path, delimiter: str) -> list[tuple[int, list[str]]] | str:
    try:
        return list(open_table(path, encoding="utf-8", delimiter=delimiter).rows)
    except InputError as exc:
        return "error" if "malformed CSV" in str(exc) else f"other: {exc}"


@settings(max_examples=300, deadline=None)
@given(
    body=st.text(alphabet='ab ,;"\r\n\t\u00a0', max_size=60),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_reader_lines_agree_with_the_csv_module(
    tmp_path_factory: pytest.TempPathFactory, body: str, delimiter: str
) -> None:
    text = "h1,h2;h3\th4\n" + body
    path = tmp_path_factory.mktemp("csv") / "t.csv"
    path.write_bytes(text.encode("utf-8"))
    expected = _reference(text, delimiter)
    assert _ours(path, delimiter) == expected
