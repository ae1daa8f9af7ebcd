"""The whole-line fast path of CSV tally import gives what the cell-by-cell path gives.

A line of a one-contest table is taken by one regular expression when every
figure is a plain count; anything else (quotes in the station's cells, padded
or grouped numbers, unknown or repeated stations, bad counts) must come out
exactly as the cell-by-cell checks make it: the same figures, the same
messages with the same row numbers, and nothing stored on a refusal. The
reader's line splitting must agree with the csv module on any text.
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
from observer_app.importing import tally_import
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


def _fast_lines_taken(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records, per read, whether the fast path was set up."""
    seen: list[bool] = []
    build = tally_import._FastLines.build

    def spy(*args: object) -> object:
        made = build(*args)  # type: ignore[arg-type]
        seen.append(made is not None)
        return made

    monkeypatch.setattr(tally_import._FastLines, "build", spy)
    return seen


def test_fast_path_stores_what_the_cell_path_stores(
    ru: ElectionContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    header, rows = _table()
    rows[0][1] = "1 Первая, город"  # quoted by the writer: the csv module's line
    rows[1][0] = f"  {rows[1][0]} "  # padded station cell: stripped by the cell path
    rows[2][5] = "0"
    taken = _fast_lines_taken(monkeypatch)
    fast = _figures(ru, write_csv(tmp_path / "t.csv", header, rows))
    cells = _figures(ru, write_xlsx(tmp_path / "t.xlsx", header, rows))  # never the fast path
    assert taken == [True]  # built for the CSV only
    assert fast == cells
    assert [code for code, _ in fast] == [
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


def _ours(path: Path, delimiter: str, *, match: bool) -> list[tuple[int, list[str]]] | str:
    try:
        stream = open_table(path, encoding="utf-8", delimiter=delimiter)
        if match:  # a matcher that takes nothing: every line the reader's own way
            assert stream.records is not None
            return list(stream.records(lambda line: None))
        return list(stream.rows)
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
    assert _ours(path, delimiter, match=False) == expected
    assert _ours(path, delimiter, match=True) == expected


def _ru_fast_lines(ctx: ElectionContext, tmp_path: Path) -> tally_import._FastLines:
    from observer_app.importing.cells import Problems
    from observer_app.importing.elections import as_mapping
    from observer_app.importing.mapping import open_mapped, resolve

    mapping = as_mapping(MAPPING)
    stream = open_mapped(RU_SYNTHETIC, mapping)
    layout = resolve(mapping, stream.header, ctx.form, where="t")
    fast = tally_import._FastLines.build(
        layout, tally_import._plans(ctx, layout, Problems("t"), "t"), stream
    )
    assert fast is not None
    return fast


_CELL = st.text(alphabet='a 1,"0\u00a0', max_size=6)
_COUNT = st.sampled_from(["0", "7", "120", "1200", "99999999"])


def test_a_matched_line_is_what_the_csv_module_reads(ru: ElectionContext, tmp_path: Path) -> None:
    fast = _ru_fast_lines(ru, tmp_path)
    matched: list[bool] = []

    @settings(max_examples=400, deadline=None)
    @given(
        station=st.lists(_CELL, min_size=3, max_size=3),
        figures=st.lists(_COUNT, min_size=15, max_size=15),
        odd=st.tuples(st.integers(0, 14), _CELL) | st.none(),
        tail=st.lists(_CELL, max_size=3),
        quote=st.sets(st.integers(0, 20)),
    )
    def check(
        station: list[str],
        figures: list[str],
        odd: tuple[int, str] | None,
        tail: list[str],
        quote: set[int],
    ) -> None:
        if odd is not None:
            figures[odd[0]] = odd[1]
        cells = [*station, *figures, *tail]
        # the cells written by the csv module, and raw with some quoted by hand
        raw = ",".join(
            f'"{c.replace(chr(34), chr(34) * 2)}"' if i in quote else c for i, c in enumerate(cells)
        )
        for line in (raw, _csv_line(cells)):
            m = fast.match(line)
            matched.append(m is not None)
            if m is None:
                continue
            (record,) = list(csv.reader([line]))
            groups = m.groups()
            assert fast.figures(groups) == tuple(record[3:18])  # L1..L12, #1..#3
            assert all(c.isdigit() and c.isascii() for c in record[3:18])
            assert record[0] == record[0].strip() != "" and record[2] == record[2].strip() != ""
            assert fast.separator.join(fast.station_parts(groups)) == f"{record[0]}/{record[2]}"

    check()
    assert any(matched) and not all(matched)


def _csv_line(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(cells)
    return buf.getvalue()
