"""Blind double entry: comparison, resolution with reasons, per-operator error rates."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.entry import double_entry
from observer_app.entry.double_entry import compare, double_entry_states, load_pairs, pair_states
from observer_app.entry.drafts import DraftState
from observer_app.entry.error_rates import error_rates
from observer_app.entry.resolution import Decision, resolve_double_entry
from observer_app.entry.saving import find_tally, save_entry
from observer_app.errors import InputError
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.tallies import revisions
from tests.entry_support import enter_both
from tests.factories import kz_values, small_kz_election


def test_no_comparison_without_both_entries(db: Database) -> None:
    ctx = small_kz_election(db)
    assert compare(db, ctx, "C1-001") is None
    save_entry(db, ctx, "C1-001", "observer", "a", DraftState(kz_values()))
    assert compare(db, ctx, "C1-001") is None
    # a draft second entry is not compared yet
    save_entry(db, ctx, "C1-001", "second-entry", "b", DraftState({"V": 1}), final=False)
    assert compare(db, ctx, "C1-001") is None
    with pytest.raises(InputError, match="needs both"):
        resolve_double_entry(db, ctx, "C1-001", [], "coord")


def test_matching_entries(db: Database) -> None:
    ctx = small_kz_election(db)
    enter_both(db, ctx)
    cmp = compare(db, ctx, "C1-001")
    assert cmp is not None
    assert cmp.state == "matching" and cmp.differences == () and cmp.matching == 10
    assert (cmp.first.operator, cmp.second.operator) == ("aigerim", "bolat")


def test_differences_resolved_by_choice_and_by_correction(db: Database) -> None:
    ctx = small_kz_election(db)
    # slips that keep every control relation true: only a second keying catches them
    first = kz_values(V=1100)
    second = kz_values(I_out=2, **{"#1": 200, "#2": 400})
    enter_both(db, ctx, first=first, second=second)
    cmp = compare(db, ctx, "C1-001")
    assert cmp is not None and cmp.state == "differing"
    assert [(d.key, d.first, d.second) for d in cmp.differences] == [
        ("V", 1100, 1000),
        ("I_out", 20, 2),
        ("#1", 400, 200),
        ("#2", 200, 400),
    ]
    assert cmp.matching == 6
    with pytest.raises(InputError, match=r"choose a value for 3\.1 issued outside"):
        resolve_double_entry(db, ctx, "C1-001", [Decision("V", 1000)], "coord")
    decisions = [Decision("V", 1000), Decision("#1", 400), Decision("#2", 200)]
    with pytest.raises(InputError, match="neither entry's value; give a reason"):
        resolve_double_entry(db, ctx, "C1-001", [*decisions, Decision("I_out", 21)], "coord")
    with pytest.raises(InputError, match="no difference to resolve in 5 ballots in boxes"):
        resolve_double_entry(db, ctx, "C1-001", [Decision("B", 640)], "coord")
    with pytest.raises(InputError, match="not a count"):
        resolve_double_entry(db, ctx, "C1-001", [*decisions, Decision("I_out", -1, "x")], "c")
    with db.session() as s:
        assert s.execute(select(t.resolution.c.id)).first() is None
    after = resolve_double_entry(
        db,
        ctx,
        "C1-001",
        [*decisions, Decision("I_out", 21, "photo shows 21; both misread")],
        "coord",
    )
    assert after.state == "resolved" and after.unresolved == []
    assert {d.key: d.resolution.value for d in after.differences if d.resolution} == {
        "V": 1000,
        "I_out": 21,
        "#1": 400,
        "#2": 200,
    }
    # the first entry as keyed is still what the observer typed; the tally holds the resolution
    assert after.first.values == first and after.current == kz_values(I_out=21)
    tally = find_tally(db, ctx, "C1-001", "observer", "aigerim")
    assert tally is not None and tally.values == kz_values(I_out=21) and tally.revision == 2
    rev = revisions(db, tally.uid)[-1]
    assert rev.origin == "resolution" and rev.entered_by == "coord"
    assert "V 1100→1000" in rev.note and "I_out 20→21" in rev.note
    with db.session() as s:
        rows = s.execute(
            select(
                t.resolution.c.key,
                t.resolution.c.scope,
                t.resolution.c.competing_json,
                t.resolution.c.reason,
            )
        ).all()
        assert audit.verify(s).ok
        actions = list(s.execute(select(t.audit_entry.c.action)).scalars())
    assert sorted(r[0] for r in rows) == ["#1", "#2", "I_out", "V"]
    assert {r[1] for r in rows} == {"double-entry"}
    assert sorted(json.loads(next(r[2] for r in rows if r[0] == "V")).values()) == [1000, 1100]
    assert next(r[3] for r in rows if r[0] == "I_out") == "photo shows 21; both misread"
    assert actions[-2:] == ["tally.save", "resolution.double-entry"]
    assert double_entry_states(db, ctx) == {"C1-001": "resolved"}


def test_rekeying_reopens_a_resolved_difference(db: Database) -> None:
    ctx = small_kz_election(db)
    enter_both(db, ctx, second=kz_values(V=1001))
    resolve_double_entry(db, ctx, "C1-001", [Decision("V", 1000)], "coord")
    assert double_entry_states(db, ctx) == {"C1-001": "resolved"}
    second = find_tally(db, ctx, "C1-001", "second-entry", "bolat")
    assert second is not None
    save_entry(
        db,
        ctx,
        "C1-001",
        "second-entry",
        "bolat",
        DraftState(kz_values(V=1002)),
        tally_uid=second.uid,
    )
    cmp = compare(db, ctx, "C1-001")
    assert cmp is not None and cmp.state == "differing"
    assert [(d.key, d.second, d.resolved) for d in cmp.differences] == [("V", 1002, False)]


def test_choosing_the_first_value_everywhere_adds_no_empty_revision(db: Database) -> None:
    ctx = small_kz_election(db)
    enter_both(db, ctx, second=kz_values(V=999))
    after = resolve_double_entry(db, ctx, "C1-001", [Decision("V", 1000)], "coord")
    assert after.state == "resolved" and after.first.revision == 1


def test_error_rates_per_operator(db: Database) -> None:
    ctx = small_kz_election(db)
    # C1-001: bolat wrong on 3 fields; C1-002: aigerim wrong on 1; C1-003 matching;
    # C1-004: unresolved, not counted yet; C2-001: observer only, not compared
    enter_both(db, ctx, "C1-001", second=kz_values(I_out=2, **{"#1": 200, "#2": 400}))
    enter_both(db, ctx, "C1-002", first=kz_values(V=1001))
    enter_both(db, ctx, "C1-003")
    enter_both(db, ctx, "C1-004", second=kz_values(V=999))
    save_entry(db, ctx, "C2-001", "observer", "aigerim", DraftState(kz_values(**{"#3": 0})))
    resolve_double_entry(
        db,
        ctx,
        "C1-001",
        [Decision("I_out", 20), Decision("#1", 400), Decision("#2", 200)],
        "c",
    )
    resolve_double_entry(db, ctx, "C1-002", [Decision("V", 1000)], "c")
    report = error_rates(db, ctx)
    assert (report.compared, report.pending) == (4, 1)
    rates = {r.operator: (r.stations, r.fields, r.errors) for r in report.rates}
    assert rates == {"aigerim": (3, 30, 1), "bolat": (3, 30, 3)}
    assert [r.operator for r in report.rates] == ["bolat", "aigerim"]
    assert report.rates[0].rate == pytest.approx(3 / 30)
    assert double_entry_states(db, ctx) == {
        "C1-001": "resolved",
        "C1-002": "resolved",
        "C1-003": "matching",
        "C1-004": "differing",
    }


def test_error_rates_empty(db: Database) -> None:
    ctx = small_kz_election(db)
    report = error_rates(db, ctx)
    assert (report.rates, report.compared, report.pending) == ([], 0, 0)


def test_many_station_ids_are_filtered_without_bound_parameters(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past SQL_IN_LIMIT ids (SQLite caps bound parameters) the same answer comes from Python."""
    ctx = small_kz_election(db)
    enter_both(db, ctx, "C1-001", second=kz_values(V=999))
    enter_both(db, ctx, "C1-002")
    enter_both(db, ctx, "C1-003", second=kz_values(V=1001))
    resolve_double_entry(db, ctx, "C1-003", [Decision("V", 1000)], "c")
    ids = [ctx.stations[c].id for c in ("C1-001", "C1-002", "C1-003", "C2-001")]
    small = {sid: p.state for sid, p in load_pairs(db, ctx, ids).items()}
    monkeypatch.setattr(double_entry, "SQL_IN_LIMIT", 1)
    assert {sid: p.state for sid, p in load_pairs(db, ctx, ids).items()} == small
    assert pair_states(db, ctx, ids) == small
    assert sorted(small.values()) == ["differing", "matching", "resolved"]
    assert pair_states(db, ctx, ids[1:2]) == {ids[1]: "matching"}
