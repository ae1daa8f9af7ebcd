"""The navigator's Qt-free queries: a status per station, type-to-find, natural sort keys."""

from __future__ import annotations

import pytest

from observer_app.entry.drafts import DraftState, save_draft
from observer_app.entry.resolution import Decision, resolve_double_entry
from observer_app.stations import (
    StationStatus,
    best_match,
    find_rows,
    natural_key,
    station_ids,
    station_index,
    station_rows,
    station_statuses,
)
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import Provenance, save_tally, write_tallies
from tests.factories import kz_values, small_kz_election

S = StationStatus


def _c2(**overrides: int) -> dict[str, int]:
    """A consistent protocol for the three-candidate contest C2."""
    return kz_values(**{"#3": 0, **overrides})


def _every_status(db: Database) -> ElectionContext:
    """One station in each status (see EXPECTED)."""
    ctx = small_kz_election(db)
    prov = Provenance(entered_by="Aigerim", origin="gui")
    rows = [
        ("C1-003", "observer", "Aigerim", kz_values()),
        ("C1-004", "observer", "Aigerim", kz_values()),
        ("C1-004", "second-entry", "Coordinator", kz_values()),
        ("C2-001", "observer", "Aigerim", _c2()),
        ("C2-001", "second-entry", "Coordinator", _c2(**{"#1": 401, "#2": 199})),
        ("C2-002", "observer", "Aigerim", _c2(N=13)),  # boxes no longer add up: an error
        ("C2-003", "official", "", _c2()),
        ("C2-004", "official", "", _c2()),
        ("C2-004", "observer", "Aigerim", _c2()),
    ]
    write_tallies(db, ctx, rows, prov)
    save_draft(db, ctx, "C1-002", "observer", "Aigerim", DraftState(values={"V": 1000}))
    return ctx


EXPECTED = {
    "C1-001": S.NO_TALLY,
    "C1-002": S.DRAFT,
    "C1-003": S.ENTERED,
    "C1-004": S.DOUBLE_MATCH,
    "C2-001": S.DOUBLE_DIFFER,
    "C2-002": S.ERRORS,
    "C2-003": S.OFFICIAL,
    "C2-004": S.ENTERED,
}


@pytest.mark.parametrize("in_sql", [True, False], ids=["sql", "python"])
def test_every_status_is_told_apart(db: Database, in_sql: bool) -> None:
    ctx = _every_status(db)
    table = station_statuses(db, ctx, errors_in_sql=in_sql)
    got = {code: table.of(st.id) for code, st in ctx.stations.items()}
    assert got == EXPECTED
    official = {ctx.stations_by_id[sid].code for sid in table.official}
    assert official == {"C2-003", "C2-004"}
    counts = table.counts(ctx.stations_by_id)
    assert counts == {S.NO_TALLY: 1, S.DRAFT: 1, S.ENTERED: 2, S.DOUBLE_MATCH: 1,
                      S.DOUBLE_DIFFER: 1, S.ERRORS: 1, S.OFFICIAL: 1}  # fmt: skip


def test_sql_error_check_agrees_with_the_form_check_on_blanks_and_warnings(db: Database) -> None:
    """A blank operand is not an error; a warning is not an error; a broken equality is."""
    ctx = small_kz_election(db)
    blank = kz_values()
    del blank["N"]  # B = N + candidates + A cannot be evaluated
    warning_only = kz_values(B=700, N=70)  # more ballots in boxes than issued: a warning
    rows = [
        ("C1-001", "observer", "A", blank),
        ("C1-002", "observer", "A", warning_only),
        ("C1-003", "observer", "A", kz_values(R=901)),  # R = I + C broken
    ]
    write_tallies(db, ctx, rows, Provenance(origin="gui"))
    for in_sql in (True, False):
        table = station_statuses(db, ctx, errors_in_sql=in_sql)
        got = {c: table.of(ctx.stations[c].id) for c in ("C1-001", "C1-002", "C1-003")}
        assert got == {"C1-001": S.ENTERED, "C1-002": S.ENTERED, "C1-003": S.ERRORS}, in_sql


def test_a_resolved_double_entry_counts_as_matching(db: Database) -> None:
    ctx = _every_status(db)
    resolve_double_entry(
        db,
        ctx,
        "C2-001",
        [Decision("#1", 400, "photo"), Decision("#2", 200, "photo")],
        "Coordinator",
    )
    sid = ctx.stations["C2-001"].id
    assert station_statuses(db, ctx, station_ids=[sid]).of(sid) == S.DOUBLE_MATCH


def test_refreshing_one_station_after_a_save(db: Database) -> None:
    ctx = _every_status(db)
    table = station_statuses(db, ctx)
    sid = ctx.stations["C1-001"].id
    save_tally(db, ctx, "C1-001", "observer", kz_values(), Provenance(origin="gui"))
    partial = station_statuses(db, ctx, station_ids=[sid])
    assert set(partial.status) == {sid}
    table.update(partial)
    assert table.of(sid) == S.ENTERED
    assert table.counts(ctx.stations_by_id)[S.NO_TALLY] == 0


def test_station_list_columns_and_lazy_rows(db: Database) -> None:
    ctx = small_kz_election(db)
    index = station_index(db, ctx.id)
    assert index.ids == station_ids(db, ctx.id) == sorted(index.ids)
    assert index.codes[:2] == ["C1-001", "C1-002"]
    assert index.names[0] == "School 1" and index.addresses[0] == "1 Main Street"
    rows = station_rows(db, index.ids[:3])
    assert rows[index.ids[1]][0] == "C1-002"
    assert rows[index.ids[1]][3] == ctx.stations["C1-002"].contest_id


def test_natural_key_orders_numbers_as_numbers() -> None:
    codes = ["УИК №10", "уик №2", "УИК №1", "Алматы/12", "Алматы/3"]
    assert sorted(codes, key=natural_key) == [
        "Алматы/3",
        "Алматы/12",
        "УИК №1",
        "уик №2",
        "УИК №10",
    ]


def test_find_matches_every_word_in_code_name_or_address_any_case(db: Database) -> None:
    ctx = small_kz_election(db)
    index = station_index(db, ctx.id).prepare()
    rows = list(range(len(index)))
    assert [index.codes[r] for r in find_rows(index, "c2-00", rows)] == [
        "C2-001",
        "C2-002",
        "C2-003",
        "C2-004",
    ]
    assert [index.codes[r] for r in find_rows(index, "school 3 main", rows)] == ["C1-003", "C2-003"]
    assert find_rows(index, "  ", rows) == rows
    assert find_rows(index, "nowhere", rows) == []
    found = find_rows(index, "c1-00", rows)
    assert index.codes[best_match(index, "C1-003", found) or 0] == "C1-003"
