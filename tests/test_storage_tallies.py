"""Tallies: bulk writes, revisions instead of overwrites, provenance, audit entries."""

from __future__ import annotations

from sqlalchemy import func, select

from observer_app.checking import check_election
from observer_app.domain import tables as t
from observer_app.storage.db import Database
from observer_app.storage.tallies import (
    Provenance,
    SnapshotInfo,
    current_tallies,
    revisions,
    save_tally,
    write_tallies,
)
from tests.factories import kz_values, small_kz_election


def _count(db: Database, table: object) -> int:
    with db.session() as s:
        return int(s.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_bulk_write_then_revision_on_change(db: Database) -> None:
    ctx = small_kz_election(db)
    prov = Provenance(entered_by="tester", origin_file="a.csv", origin_sha256="ab" * 32)
    rows = [(code, "official", "", kz_values()) for code in ("C1-001", "C1-002")]
    first = write_tallies(db, ctx, rows, prov, SnapshotInfo("a.csv", "ab" * 32))
    assert (first.created, first.revised, first.unchanged) == (2, 0, 0)
    again = write_tallies(db, ctx, rows, prov, SnapshotInfo("a.csv", "ab" * 32))
    assert (again.created, again.revised, again.unchanged) == (0, 0, 2)
    changed = [("C1-001", "official", "", kz_values(N=11, B=641))]
    third = write_tallies(db, ctx, changed, prov, SnapshotInfo("b.csv", "cd" * 32))
    assert (third.created, third.revised) == (0, 1)
    assert third.revised_stations == ["C1-001"]
    tallies = {ctx.stations_by_id[x.station_id].code: x for x in current_tallies(db, ctx)}
    assert tallies["C1-001"].revision == 2 and tallies["C1-001"].values["N"] == 11
    history = revisions(db, tallies["C1-001"].uid)
    assert [r.revision for r in history] == [1, 2]
    assert history[0].values_json != history[1].values_json  # the old figures are kept
    assert history[1].origin_file == "a.csv" and history[1].snapshot_id == third.snapshot_id
    assert _count(db, t.snapshot) == 3
    assert _count(db, t.audit_entry) == 3


def test_save_tally_keeps_every_revision(db: Database) -> None:
    ctx = small_kz_election(db)
    prov = Provenance(entered_by="aigerim", origin="gui")
    first = save_tally(
        db, ctx, "C2-001", "observer", {"V": 10}, prov, observer="Aigerim", status="draft"
    )
    second = save_tally(db, ctx, "C2-001", "observer", {"V": 12}, prov, tally_uid=first.uid)
    assert second.uid == first.uid and second.revision == 2 and second.status == "final"
    assert [r.values_json for r in revisions(db, first.uid)] == ['{"V":10}', '{"V":12}']


def test_check_election_finds_planted_error(db: Database) -> None:
    ctx = small_kz_election(db)
    rows = [
        ("C1-001", "observer", "obs", kz_values()),
        ("C1-002", "observer", "obs", kz_values(C=261)),
    ]
    write_tallies(db, ctx, rows, Provenance())
    result = check_election(db, ctx)
    assert result.tallies_checked == 2
    assert [(f.station_code, f.violation.rule) for f in result.findings] == [("C1-002", "R=I+C")]
