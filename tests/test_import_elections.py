"""Election import: definition files, elections built from tables, refused input."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.errors import Cancelled, InputError, UserError
from observer_app.importing.elections import default_code, import_election, is_definition
from observer_app.progress import Progress
from observer_app.schemas import errors as schema_errors
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.elections import counts, load_context
from tests.import_support import DATA, kz_contest_values, refused, write_csv, write_xlsx

EXAMPLE = DATA / "election-example.json"


def _definition(tmp_path: Path, **changes: Any) -> Path:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "def.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_definition_file_is_imported_with_audit_entry(db: Database) -> None:
    made = import_election(db, EXAMPLE)
    assert (made.code, made.contests, made.candidates, made.stations) == ("kz-example", 2, 5, 4)
    assert made.registered_voters == 2950 and not made.from_table
    ctx = load_context(db, "kz-example")
    assert ctx.synthetic and ctx.form.id == "kz-akim-2023"
    assert ctx.contests_by_code["A2"].candidates[2].name == "Жанұзақов Бауыржан"
    assert ctx.stations["A2-202"].registered_voters is None
    with db.session() as s:
        entry = s.execute(select(t.audit_entry.c.action, t.audit_entry.c.details_json)).one()
        assert entry[0] == "election.create" and "election-example.json" in entry[1]
        assert audit.verify(s).ok


def test_definition_schema_matches_the_input_model() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert schema_errors(data, "election") == []
    assert is_definition(EXAMPLE) and not is_definition(DATA / "ru-cik-wide-synthetic.csv")


def test_definition_with_form_path_relative_to_it(db: Database, tmp_path: Path) -> None:
    form_src = Path(load_context.__code__.co_filename).parents[1] / "data" / "forms"
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "mine.json").write_text(
        (form_src / "kz-akim-2023.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    path = _definition(tmp_path, form="forms/mine.json")
    made = import_election(db, path, code="other", name="Other name")
    assert (made.code, made.name, made.form_id) == ("other", "Other name", "kz-akim-2023")


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"code": "has space"}, "at code: 'has space' does not match"),
        ({"stations": []}, "at stations: [] should be non-empty"),
        ({"contests": [{"code": "X", "name": "X", "candidates": []}]}, "at contests/0/candidates"),
        ({"colour": "red"}, "Additional properties are not allowed ('colour'"),
        ({"stations": [{"code": "S", "contest": "ZZ"}]}, "unknown contest 'ZZ'"),
        (
            {"stations": [{"code": "S", "contest": "A1"}, {"code": "S", "contest": "A1"}]},
            "station code 'S' appears twice",
        ),
        ({"form": "no-such-form"}, "no protocol form"),
    ],
)
def test_bad_definitions_are_refused(
    db: Database, tmp_path: Path, changes: dict[str, Any], expected: str
) -> None:
    path = _definition(tmp_path, **changes)
    msg = refused(db, lambda: import_election(db, path), InputError)
    assert expected in msg


def test_definition_not_json_or_duplicate_code(db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"code": "x",', encoding="utf-8")
    assert "bad.json: not valid JSON" in refused(db, lambda: import_election(db, bad))
    import_election(db, EXAMPLE)
    msg = refused(db, lambda: import_election(db, EXAMPLE))
    assert "an election with code 'kz-example' is already in" in msg
    msg = refused(db, lambda: import_election(db, EXAMPLE, mapping="ru-cik-wide"))
    assert "a mapping applies to tables" in msg


def _kz_table() -> tuple[list[str], list[list[object]]]:
    header = ["station", "contest", "contest_name", "name", "address", "registered_voters"]
    header += ["V", "R", "I", "I_out", "C", "B", "N", "Anna", "Bolat", "Sholpan", "against_all"]
    rows: list[list[object]] = []
    for contest, n in (("D1", 3), ("D2", 2)):
        v = kz_contest_values("C1")
        cands: list[object] = [v["#1"], v["#2"], ""] if contest == "D1" else ["", 500, 100]
        for i in range(n):
            rows.append(
                [f"{contest}-{i}", contest, f"District {contest}", f"School {i}", f"Street {i}"]
                + [1000 + i]
                + [v[k] for k in ("V", "R", "I", "I_out", "C", "B", "N")]
                + cands
                + [v["A"]]
            )
    return header, rows


def test_election_built_from_canonical_table(db: Database, tmp_path: Path) -> None:
    header, rows = _kz_table()
    path = write_xlsx(tmp_path / "Akim results 2023.xlsx", header, rows)
    made = import_election(db, path, form="kz-akim-2023")
    assert made.code == "Akim-results-2023" and made.from_table
    assert (made.contests, made.candidates, made.stations) == (2, 4, 5)
    assert made.registered_voters == 1000 + 1001 + 1002 + 1000 + 1001
    ctx = load_context(db)
    d2 = ctx.contests_by_code["D2"]
    assert d2.name == "District D2"
    assert [(c.ballot_number, c.name) for c in d2.candidates] == [(1, "Bolat"), (2, "Sholpan")]
    assert counts(db, ctx.id) == {"contests": 2, "candidates": 4, "stations": 5}
    assert "Created election 'Akim-results-2023'" in made.summary()


def test_table_without_contest_column_is_one_national_contest(db: Database, tmp_path: Path) -> None:
    header, rows = _kz_table()
    keep = [i for i, h in enumerate(header) if h not in ("contest", "contest_name")]
    path = write_csv(
        tmp_path / "t.csv", [header[i] for i in keep], [[r[i] for i in keep] for r in rows]
    )
    made = import_election(db, path, form="kz-akim-2023", name="Presidential")
    ctx = load_context(db)
    (contest,) = ctx.contests.values()
    assert (contest.code, contest.name, made.candidates) == ("national", "Presidential", 3)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda h, r: r[1].__setitem__(0, ""), 't.csv, row 3, column "station": blank station'),
        (lambda h, r: r[3].__setitem__(0, "D1-0"), "row 5, column \"station\": station 'D1-0'"),
        (lambda h, r: r[2].__setitem__(5, "many"), 'row 4, column "registered_voters"'),
        (lambda h, r: r[2].__setitem__(1, " "), 'row 4, column "contest": blank contest'),
        (lambda h, r: r[2].__setitem__(2, "Other"), 'row 4, column "contest_name"'),
        (lambda h, r: r[0].append("stray"), "row 2: the row has 18 cells"),
    ],
)
def test_bad_tables_are_refused(db: Database, tmp_path: Path, edit: Any, expected: str) -> None:
    header, rows = _kz_table()
    edit(header, rows)
    if len(rows[0]) > len(header):
        header.append("")
        for r in rows[1:]:
            r.append("")
    path = write_csv(tmp_path / "t.csv", header, rows)
    msg = refused(db, lambda: import_election(db, path, form="kz-akim-2023"), InputError)
    assert expected in msg or "a value ('stray') in a column without a header" in msg


def test_table_refusals_without_candidates_names_or_form(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", ["station", "V"], [["S1", 10]])
    msg = refused(db, lambda: import_election(db, path, form="kz-akim-2023"), InputError)
    assert "t.csv, row 1: the table has no candidate columns" in msg
    numbered = write_csv(tmp_path / "n.csv", ["station", "#1"], [["S1", 10]])
    msg = refused(db, lambda: import_election(db, numbered, form="kz-akim-2023"), InputError)
    assert 'n.csv, row 1, column "#1": the column names no candidate' in msg
    msg = refused(db, lambda: import_election(db, numbered), UserError)
    assert "give its protocol form with --form" in msg
    empty = write_csv(tmp_path / "e.csv", ["station", "Anna"], [])
    msg = refused(db, lambda: import_election(db, empty, form="kz-akim-2023"), InputError)
    assert "no station rows" in msg


def test_default_code_from_file_name() -> None:
    assert default_code(Path("ru_president_2018_uik.csv.zip")) == "ru_president_2018_uik"
    assert default_code(Path("Выборы 2023.xlsx")) == "2023"
    assert default_code(Path("Выборы.csv")) == "election"


def test_election_import_reports_progress_and_can_be_cancelled(
    db: Database, tmp_path: Path
) -> None:
    header, rows = _kz_table()
    big = [[f"S{i}", *r[1:]] for i in range(2100) for r in rows[:1]]
    path = write_csv(tmp_path / "big.csv", header, big)
    seen: list[int] = []
    cancel = threading.Event()

    def on_progress(done: int, total: int, message: str) -> None:
        seen.append(done)
        cancel.set()

    progress = Progress(on_progress, cancel, min_interval=0)
    refused(
        db, lambda: import_election(db, path, form="kz-akim-2023", progress=progress), Cancelled
    )
    assert seen == [2000]
    made = import_election(db, path, form="kz-akim-2023", progress=Progress(min_interval=0))
    assert made.stations == 2100
