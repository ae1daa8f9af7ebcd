"""Mappings: loading and validation, column roles, and the shipped ru-cik-wide mapping."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from observer_app.checking import check_election
from observer_app.errors import InputError
from observer_app.forms import load_form
from observer_app.importing.elections import import_election
from observer_app.importing.mapping import (
    CANONICAL,
    builtin_mapping_ids,
    load_mapping,
    resolve,
)
from observer_app.importing.tally_import import import_tallies
from observer_app.schemas import errors as schema_errors
from observer_app.storage.db import Database
from observer_app.storage.elections import load_context
from observer_app.storage.tallies import current_tallies
from tests.factories import small_kz_election
from tests.import_support import (
    RU_SYNTHETIC,
    kz_contest_values,
    refused,
    write_csv,
    write_xlsx,
)

RU = load_form("ru-uik-2018")
KZ = load_form("kz-akim-2023")


def _ru_table() -> tuple[list[str], list[list[str]]]:
    with RU_SYNTHETIC.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def _mapping(tmp_path: Path, data: dict[str, object], name: str = "m.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"id": "test-map", **data}, ensure_ascii=False), encoding="utf-8")
    return path


def test_builtin_mappings_match_their_schema() -> None:
    assert "ru-cik-wide" in builtin_mapping_ids()
    for mid in builtin_mapping_ids():
        path = Path(load_mapping.__code__.co_filename).parent.parent / "data" / "mappings"
        data = json.loads((path / f"{mid}.json").read_text(encoding="utf-8"))
        assert schema_errors(data, "mapping") == []
        m = load_mapping(mid)
        assert m.id == mid and m.form is not None
        load_form(m.form)


def test_ru_cik_wide_resolves_the_real_layout() -> None:
    header, _ = _ru_table()
    layout = resolve(load_mapping("ru-cik-wide"), header, RU, where="f.csv, row 1")
    assert layout.station.headers == ("region", "uik")
    assert [k for k, _ in layout.lines] == [f"L{i}" for i in range(1, 13)]
    assert [i for _, i in layout.lines] == list(range(3, 15))
    assert [c.index for c in layout.candidates] == [15, 16, 17]  # url is left out
    assert layout.voters_line == "L1"


def test_ru_cik_wide_builds_and_imports_the_synthetic_slice(db: Database, tmp_path: Path) -> None:
    made = import_election(db, RU_SYNTHETIC, mapping="ru-cik-wide", name="Synthetic RU")
    assert (made.contests, made.candidates, made.stations) == (1, 3, 5)
    assert made.registered_voters == 1200 + 950 + 1500 + 800 + 640
    ctx = load_context(db)
    assert ctx.form.id == "ru-uik-2018"  # from the mapping
    assert sorted(ctx.stations)[:2] == ["Синтетическая область/1", "Синтетическая область/2"]
    assert "Тестовый край/1" in ctx.stations  # uik 1 repeats across regions: codes stay unique
    contest = next(iter(ctx.contests.values()))
    assert [(c.ballot_number, c.name) for c in contest.candidates] == [
        (1, "Алексеев Пётр Ильич"),
        (2, "Борисова Анна Сергеевна"),
        (3, "Васильев Олег Петрович"),
    ]
    result = import_tallies(db, ctx, RU_SYNTHETIC, source="official", mapping="ru-cik-wide")
    assert result.created == 5
    values = {ctx.stations_by_id[t.station_id].code: t.values for t in current_tallies(db, ctx)}
    assert values["Тестовый край/2"]["L11"] == 1 and values["Тестовый край/2"]["#3"] == 110
    assert "url" not in str(values)
    check = check_election(db, ctx)
    assert check.errors == 0
    assert dict(check.counts_by_rule()) == {"L7<=L5": 1, "L7<=L3+L5": 1}


def test_multi_column_station_code_needs_every_part(db: Database, tmp_path: Path) -> None:
    header, rows = _ru_table()
    rows[2][2] = " "
    path = write_csv(tmp_path / "ru.csv", header, rows)
    msg = refused(db, lambda: import_election(db, path, mapping="ru-cik-wide"), InputError)
    assert 'ru.csv, row 4, column "region + uik": blank station code' in msg


def test_mapping_from_file_with_positions_explicit_candidates_and_contests(
    db: Database, tmp_path: Path
) -> None:
    """A layout of someone else's: positions, joined station code, explicit candidates."""
    mapping = _mapping(
        tmp_path,
        {
            "form": "kz-akim-2023",
            "file": {"encoding": "cp1251", "delimiter": ";"},
            "station": {"columns": ["Округ", "№ УИК"], "separator": "-"},
            "contest": "Округ",
            "contest_name": "Название округа",
            "station_address": "Адрес",
            "registered_voters": {"column": 4},
            "lines": {"V": 4, "R": 5, "I": 6, "I_out": 7, "C": 8, "B": 9, "N": 10},
            "candidates": {
                "columns": [
                    {"column": "Кандидат А", "name": "Candidate One", "contest": "C1"},
                    {"column": "Кандидат Б", "name": "Candidate Two", "contest": "C1"},
                    {"column": "Кандидат В", "name": "Candidate Three", "contest": "C2"},
                    {"column": "Кандидат Г", "name": "Candidate Four", "contest": "C2"},
                    {"column": "Кандидат Д", "name": "Candidate Five", "contest": "C2"},
                ]
            },
            "against_all": "Против всех",
        },
    )
    header = ["Округ", "№ УИК", "Название округа", "Адрес", "Избиратели", "R", "I", "I_out"]
    header += ["C", "B", "N", "Кандидат А", "Кандидат Б", "Кандидат В", "Кандидат Г"]
    header += ["Кандидат Д", "Против всех"]
    rows = []
    for contest, stations in (("C1", 2), ("C2", 3)):
        v = kz_contest_values(contest)
        cands = [v["#1"], v["#2"], "", "", ""] if contest == "C1" else ["", ""]
        if contest == "C2":
            cands += [v["#1"], v["#2"], v["#3"]]
        for i in range(1, stations + 1):
            rows.append(
                [contest, f"{i:03d}", f"Округ {contest}", f"ул. Абая, {i}"]
                + [v[k] for k in ("V", "R", "I", "I_out", "C", "B", "N")]
                + cands
                + [v["A"]]
            )
    table = write_csv(tmp_path / "t.csv", header, rows, encoding="cp1251", delimiter=";")
    made = import_election(db, table, mapping=mapping, code="kz-mapped")
    assert (made.contests, made.candidates, made.stations) == (2, 5, 5)
    ctx = load_context(db, "kz-mapped")
    assert ctx.contests_by_code["C2"].name == "Округ C2"
    assert [c.name for c in ctx.contests_by_code["C2"].candidates] == [
        "Candidate Three",
        "Candidate Four",
        "Candidate Five",
    ]
    assert set(ctx.stations) == {"C1-001", "C1-002", "C2-001", "C2-002", "C2-003"}
    assert ctx.stations["C2-003"].registered_voters == 1000
    import_tallies(db, ctx, table, source="official", mapping=mapping)
    values = {ctx.stations_by_id[t.station_id].code: t.values for t in current_tallies(db, ctx)}
    assert values["C2-003"] == kz_contest_values("C2")
    assert values["C1-001"] == kz_contest_values("C1")
    assert check_election(db, ctx).findings == []


def test_candidate_run_between_columns_covers_differing_contests(
    db: Database, tmp_path: Path
) -> None:
    """'every column from X to Y except Z': each contest takes the columns its rows fill."""
    ctx = small_kz_election(db)
    mapping = _mapping(
        tmp_path,
        {
            "station": "UIK",
            "contest": "District",
            "lines": {k: k.lower() for k in ("V", "R", "I", "I_out", "C", "B", "N")},
            "candidates": {"from": "Candidate One", "to": "Candidate Five", "except": ["Memo"]},
            "against_all": "AGAINST",
        },
    )
    header = ["UIK", "District", "v", "r", "i", "i_out", "c", "b", "n", "Candidate One"]
    header += ["Candidate Two", "Memo", "Candidate Three", "Candidate Four", "Candidate Five"]
    header += ["against", "notes"]
    rows = []
    for code in sorted(ctx.stations):
        contest = ctx.contest_of(ctx.stations[code]).code
        v = kz_contest_values(contest)
        lines = [v[k] for k in ("V", "R", "I", "I_out", "C", "B", "N")]
        if contest == "C1":
            cands = [v["#1"], v["#2"], "memo", "", "", ""]
        else:
            cands = ["", "", "", v["#1"], v["#2"], v["#3"]]
        rows.append([code, contest, *lines, *cands, v["A"], "free text"])
    path = write_xlsx(tmp_path / "t.xlsx", header, rows)
    result = import_tallies(db, ctx, path, source="official", mapping=mapping)
    assert result.created == 8
    # and the same table builds the same election shape
    made = import_election(db, path, mapping=mapping, form="kz-akim-2023", code="again")
    assert (made.contests, made.candidates, made.stations) == (2, 5, 8)
    again = load_context(db, "again")
    assert [c.name for c in again.contests_by_code["C1"].candidates] == [
        "Candidate One",
        "Candidate Two",
    ]


def test_mapping_problems_name_the_mapping_and_columns(db: Database, tmp_path: Path) -> None:
    ctx = small_kz_election(db)
    header = ["UIK", "v", "Someone"]
    path = write_csv(tmp_path / "t.csv", header, [["C1-001", 1, 2]])
    mapping = _mapping(
        tmp_path,
        {
            "station": "uik",
            "lines": {"V": "v", "R": "R column", "L99": "v"},
            "candidates": {"after": "v"},
            "against_all": 17,
        },
    )
    msg = refused(
        db,
        lambda: import_tallies(db, ctx, path, source="official", mapping=mapping),
        InputError,
    )
    assert 't.csv, row 1, column "R column": missing column (wanted for line R)' in msg
    assert "line 'L99' is not a line of form kz-akim-2023" in msg
    assert "column position 17 for against all" in msg


def test_header_matching_ignores_case_and_whitespace_but_refuses_ambiguity(
    tmp_path: Path,
) -> None:
    mapping = load_mapping(_mapping(tmp_path, {"station": " Station  Code ", "lines": {"V": "v"}}))
    layout = resolve(mapping, ["STATION code", "V ", "x"], KZ, where="t.csv, row 1")
    assert layout.station.indices == (0,) and layout.lines == (("V", 1),)
    with pytest.raises(InputError, match=r"the header has this column 2 times"):
        resolve(mapping, ["station code", "v", "V"], KZ, where="t.csv, row 1")


def test_bad_mapping_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not match mapping schema"):
        load_mapping(_mapping(tmp_path, {"station": "s", "colour": "red"}))
    with pytest.raises(InputError, match="does not match mapping schema"):
        load_mapping(_mapping(tmp_path, {"station": "s", "candidates": {"from": 1, "after": 2}}))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json: not a JSON file"):
        load_mapping(bad)
    with pytest.raises(InputError, match=r"no mapping 'nope'.*ru-cik-wide"):
        load_mapping("nope")


def test_canonical_layout_roles() -> None:
    header = ["Station", "contest", "name", "V", "R", "I", "I_out", "C", "B", "N", "#1", "Anna"]
    header += ["AGAINST_ALL", ""]
    layout = resolve(None, header, KZ, where="t.csv, row 1")
    assert layout.origin == CANONICAL
    assert layout.lines[-1] == ("A", 12)
    assert [(c.name, c.ballot_number) for c in layout.candidates] == [("", 1), ("Anna", None)]
    assert layout.unnamed == (13,)
    with pytest.raises(InputError, match="needs a 'station' column"):
        resolve(None, ["V", "R"], KZ, where="t.csv, row 1")


def test_mapping_encoding_is_enforced(db: Database, tmp_path: Path) -> None:
    header, rows = _ru_table()
    path = write_csv(tmp_path / "ru1251.csv", header, rows, encoding="cp1251")
    msg = refused(db, lambda: import_election(db, path, mapping="ru-cik-wide"), InputError)
    assert "ru1251.csv: the file is not valid utf-8 text" in msg
