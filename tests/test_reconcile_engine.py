"""The reconciliation engine on a small election: every finding kind, traced to its sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from observer_app.reconcile import KINDS, reconcile
from observer_app.reconcile.report_json import report_json
from observer_app.schemas import errors as schema_errors
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from tests.factories import kz_values, small_kz_election
from tests.test_reconcile_support import (
    add_photo,
    add_resolution,
    observe,
    official,
    tally_id,
)


@pytest.fixture
def ctx(db: Database) -> ElectionContext:
    return small_kz_election(db)


def test_identical_copies_give_no_discrepancy(db: Database, ctx: ElectionContext) -> None:
    official(db, ctx, {"C1-001": kz_values()}, "a.csv")
    observe(db, ctx, "Aigul", {"C1-001": kz_values()})
    rep = reconcile(db, ctx)
    assert rep.discrepancies == [] and rep.disagreements == [] and rep.arithmetic == []
    doc = report_json(rep)
    assert schema_errors(doc, "reconcile-report") == []


def test_station_discrepancy_values_delta_and_trace(db: Database, ctx: ElectionContext) -> None:
    snap = official(db, ctx, {"C1-001": kz_values(), "C1-002": kz_values()}, "official.csv")
    observe(db, ctx, "Aigul", {"C1-001": kz_values(**{"#1": 420, "#2": 180})})
    sha = add_photo(db, tally_id(db, ctx, "C1-001", "observer", "Aigul"), "p1.jpg", b"jpeg-1")
    rep = reconcile(db, ctx)
    found = {(d.station, d.line): (d.observer, d.official, d.delta) for d in rep.discrepancies}
    assert found == {
        ("C1-001", "Candidate One"): (420, 400, -20),
        ("C1-001", "Candidate Two"): (180, 200, 20),
    }
    d = rep.discrepancies[0]
    assert d.observers[0].observer == "Aigul" and d.observers[0].revision == 1
    assert d.observers[0].photos[0].sha256 == sha
    assert d.official_tally.snapshot_id == snap
    doc = report_json(rep)
    row = doc["findings"]["station_discrepancy"][0]
    assert {k: row[k] for k in ("station", "contest", "line", "observer", "official", "delta")} == {
        "station": "C1-001",
        "contest": "C1",
        "line": "Candidate One",
        "observer": 420,
        "official": 400,
        "delta": -20,
    }
    assert row["observers"][0]["photos"] == [{"file_name": "p1.jpg", "sha256": sha}]
    assert row["official_tally"]["snapshot"] == snap
    assert doc["used_snapshots"] == [snap]
    summ = rep.contests[0]
    assert summ.discrepant_stations == 1 and summ.net_shift["#1"] == -20


def test_observers_disagree_and_resolution_is_used(db: Database, ctx: ElectionContext) -> None:
    official(db, ctx, {"C1-001": kz_values()}, "official.csv")
    observe(db, ctx, "Aigul", {"C1-001": kz_values(**{"#1": 410})})
    observe(db, ctx, "Bolat", {"C1-001": kz_values(**{"#1": 430})})
    rep = reconcile(db, ctx)
    assert [(d.station, d.key) for d in rep.disagreements] == [("C1-001", "#1")]
    assert sorted((d.observer, [r.observer for r in d.observers]) for d in rep.discrepancies) == [
        (410, ["Aigul"]),
        (430, ["Bolat"]),
    ]
    assert rep.contests[0].unsettled_lines == 1 and rep.contests[0].net_shift["#1"] == 0
    uid = add_resolution(db, ctx, "C1-001", "#1", 430)
    rep = reconcile(db, ctx)
    assert rep.disagreements[0].resolution is not None
    assert rep.disagreements[0].resolution.uid == uid
    assert [
        (d.observer, d.delta, d.resolution.uid if d.resolution else None) for d in rep.discrepancies
    ] == [(430, -30, uid)]
    assert rep.contests[0].net_shift["#1"] == -30 and rep.contests[0].unsettled_lines == 0
    assert schema_errors(report_json(rep), "reconcile-report") == []
    # A new revision of a copy changes the competing values: the decision is outdated.
    observe(db, ctx, "Bolat", {"C1-001": kz_values(**{"#1": 431})})
    rep = reconcile(db, ctx)
    assert rep.disagreements[0].resolution is None
    assert rep.contests[0].unsettled_lines == 1 and rep.contests[0].net_shift["#1"] == 0


def test_arithmetic_in_observer_and_official(db: Database, ctx: ElectionContext) -> None:
    official(db, ctx, {"C1-001": kz_values(R=901)}, "official.csv")
    observe(db, ctx, "Aigul", {"C1-002": kz_values(I=1001, B=1001, C=-101 + 361)})
    rep = reconcile(db, ctx)
    got = {(a.station, a.tally.source, a.violation.rule) for a in rep.arithmetic}
    assert ("C1-001", "official", "R=I+C") in got
    assert any(s == "C1-002" and src == "observer" for s, src, _ in got)
    doc = report_json(rep, "ru")
    assert doc["findings"]["arithmetic"][0]["explanation"]


def test_coverage_both_ways(db: Database, ctx: ElectionContext) -> None:
    official(db, ctx, {"C1-001": kz_values()}, "official.csv")
    observe(db, ctx, "Aigul", {"C1-002": kz_values()})
    rep = reconcile(db, ctx)
    assert sorted((c.station, c.missing) for c in rep.coverage) == [
        ("C1-001", "observer"),
        ("C1-002", "official"),
    ]


def test_outcome_impact_flags_a_flippable_contest(db: Database, ctx: ElectionContext) -> None:
    # official: #1 400, #2 200 at each of 4 stations -> margin 800 in C1.
    official(db, ctx, {f"C1-00{i}": kz_values() for i in range(1, 5)}, "official.csv")
    # observers saw the opposite at two stations: shift #1 +400, #2 -400 -> corrected margin 0
    observe(
        db,
        ctx,
        "Aigul",
        {
            "C1-001": kz_values(**{"#1": 200, "#2": 400}),
            "C1-002": kz_values(**{"#1": 200, "#2": 400}),
        },
    )
    rep = reconcile(db, ctx)
    assert [o.contest for o in rep.outcome_impact] == ["C1"]
    s = rep.outcome_impact[0].summary
    assert (s.winner, s.runner_up, s.margin, s.shift_between, s.corrected_margin) == (
        "#1",
        "#2",
        800,
        800,
        0,
    )
    doc = report_json(rep)
    assert doc["findings"]["outcome_impact"][0]["winner"] == "Candidate One"


def test_counts_cover_six_kinds(db: Database, ctx: ElectionContext) -> None:
    rep = reconcile(db, ctx)
    assert tuple(rep.counts()) == KINDS
    doc = report_json(rep)
    assert doc["counts"] == dict.fromkeys(KINDS, 0)


def test_official_revision_reported(db: Database, ctx: ElectionContext, tmp_path: Path) -> None:
    first = official(db, ctx, {"C1-001": kz_values(), "C1-002": kz_values()}, "v1.csv")
    second = official(
        db, ctx, {"C1-001": kz_values(**{"#1": 390, "N": 20}), "C1-002": kz_values()}, "v2.csv"
    )
    rep = reconcile(db, ctx)
    assert [(r.station, r.from_snapshot_id, r.to_snapshot_id) for r in rep.revisions] == [
        ("C1-001", first, second)
    ]
    assert [(c.key, c.before, c.after) for c in rep.revisions[0].changes] == [
        ("N", 10, 20),
        ("#1", 400, 390),
    ]
    assert report_json(rep)["official_revisions"][0]["changes"][1]["line"] == "Candidate One"


def test_schema_fast_path_and_messages_agree(db: Database, ctx: ElectionContext) -> None:
    from observer_app.schemas import fast_validator

    official(db, ctx, {"C1-001": kz_values()}, "a.csv")
    doc = report_json(reconcile(db, ctx))
    assert fast_validator("reconcile-report").is_valid(doc)
    doc["counts"]["coverage"] = -1
    doc["findings"]["coverage"][0]["missing"] = "nobody"
    assert not fast_validator("reconcile-report").is_valid(doc)
    found = schema_errors(doc, "reconcile-report")
    assert len(found) == 2 and "counts/coverage" in found[0]
