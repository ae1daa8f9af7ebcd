"""The demo election yields every finding kind, exactly as its answer key plants them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from observer_app.demo import create_demo
from observer_app.demo_findings import planted_findings
from observer_app.reconcile import KINDS, reconcile
from observer_app.reconcile.report import Report
from observer_app.reconcile.report_json import report_json
from observer_app.schemas import errors as schema_errors
from observer_app.storage.db import Database
from observer_app.storage.elections import load_context

TOTAL_KINDS = {
    "observed_sum_differs": "observed-sum-differs",
    "total_below_observed_sum": "below-observed",
    "official_sum_differs": "stations-sum-differs",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Report]]:
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    create_demo(db)
    ctx = load_context(db)
    yield db, reconcile(db, ctx)
    db.close()


def test_every_kind_at_least_once(demo: tuple[Database, Report]) -> None:
    counts = demo[1].counts()
    assert all(counts[k] >= 1 for k in KINDS), counts


def test_station_discrepancies_match_the_answer_key(demo: tuple[Database, Report]) -> None:
    key = planted_findings()
    want = {
        (x.station, x.observer, x.key): (x.line, x.observer_value, x.official_value, x.delta)
        for x in key.station_discrepancies
    }
    got = {
        (d.station, ref.observer, d.key): (d.line, d.observer, d.official, d.delta)
        for d in demo[1].discrepancies
        for ref in d.observers
    }
    assert got == want


def test_disagreements_arithmetic_and_coverage_match(demo: tuple[Database, Report]) -> None:
    key, rep = planted_findings(), demo[1]
    want = {(x.station, k) for x in key.observers_disagree for k in x.keys}
    assert {(d.station, d.key) for d in rep.disagreements} == want
    assert {(a.station, a.tally.source, a.violation.rule) for a in rep.arithmetic} == {
        (x.station, x.source, x.rule) for x in key.arithmetic
    }
    no_official = {c.station for c in rep.coverage if c.missing == "official"}
    assert set(key.observer_only) <= no_official
    no_observer = {c.station for c in rep.coverage if c.missing == "observer"}
    assert set(key.official_only) <= no_observer


def test_contest_totals_and_outcome_impact_match(demo: tuple[Database, Report]) -> None:
    key, rep = planted_findings(), demo[1]
    want = {(x.contest, x.kind, x.key, x.official, x.compared) for x in key.totals}
    got = {
        (f.contest, TOTAL_KINDS.get(f.check, f.check), f.key, f.total, f.sum)
        for f in rep.contest_totals
    }
    assert got == want
    flagged = {x.contest for x in key.outcome_impact if x.flagged}
    assert {o.contest for o in rep.outcome_impact} == flagged
    by_code = {c.code: c for c in rep.contests}
    for x in key.outcome_impact:
        c = by_code[x.contest]
        assert (c.margin, c.shift_between) == (x.margin, x.net_shift), x.contest


def test_demo_json_validates_in_three_languages(demo: tuple[Database, Report]) -> None:
    for lang in ("en", "ru", "kk"):
        assert schema_errors(report_json(demo[1], lang, check=False), "reconcile-report") == []


def test_demo_workbook(demo: tuple[Database, Report], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from observer_app.export import write_workbook

    out = write_workbook(demo[1], tmp_path / "demo.xlsx", lang="kk")
    wb = load_workbook(out, read_only=True)
    ws = wb["Алшақтықтар"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(demo[1].discrepancies)
