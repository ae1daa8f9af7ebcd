"""Differing observer copies: flagged, resolved field by field with reasons, for reconciliation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from observer_app.cli import main
from observer_app.conflicts import (
    SCOPE,
    decisions_of,
    flagged_stations,
    observer_consensus,
    resolve,
    station_copies,
)
from observer_app.domain import tables as t
from observer_app.errors import InputError, UserError
from observer_app.identity import Identity
from observer_app.packages import merge_packages
from observer_app.packages.register import add_observer
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from tests.factories import kz_values, small_kz_election
from tests.packages_support import enter, export, make_identity


class Observer:
    def __init__(self, tmp: Path, name: str, coordinator: Database) -> None:
        self.db = Database.open(tmp / f"{name}.sqlite3")
        self.ctx = small_kz_election(self.db)
        self.me: Identity = make_identity(tmp / f"key-{name}", name)
        self.tmp = tmp
        self.name = name
        self.uids: dict[str, str] = {}
        self.n = 0
        add_observer(coordinator, self.me.fingerprint, name)

    def send(self, coordinator: Database, station: str, values: dict[str, int]) -> None:
        tally = enter(self.db, self.ctx, station, self.name, values, uid=self.uids.get(station))
        self.uids[station] = tally.uid
        self.n += 1
        path = export(self.db, self.ctx, self.me, self.tmp / f"{self.name}-{self.n}.oapkg")
        assert merge_packages(coordinator, [path]).results[0].outcome == "merged"


@pytest.fixture
def two(db: Database, tmp_path: Path) -> tuple[ElectionContext, Observer, Observer]:
    ctx = small_kz_election(db)
    a, b = Observer(tmp_path, "Aigerim", db), Observer(tmp_path, "Bolat", db)
    a.send(db, "C1-001", kz_values())
    b.send(db, "C1-001", kz_values(N=12, B=642))
    a.send(db, "C1-002", kz_values())
    b.send(db, "C1-002", kz_values())  # agreeing copies: not flagged
    return ctx, a, b


def test_differing_copies_are_flagged_field_by_field(
    db: Database, two: tuple[ElectionContext, Observer, Observer]
) -> None:
    ctx, _, _ = two
    [sc] = flagged_stations(db, ctx)
    assert sc.station_code == "C1-001" and len(sc.copies) == 2
    assert [(fs.key, sorted(fs.values.values())) for fs in sc.differing] == [
        ("B", [640, 642]),
        ("N", [10, 12]),
    ]
    consensus = observer_consensus(db, ctx)
    assert consensus["C1-001"].unresolved == ("B", "N")
    assert "N" not in consensus["C1-001"].values and consensus["C1-001"].values["V"] == 1000
    assert consensus["C1-002"].unresolved == () and consensus["C1-002"].copies == 2


def test_choose_and_correct_with_a_reason(
    db: Database, two: tuple[ElectionContext, Observer, Observer]
) -> None:
    ctx, a, b = two
    chosen, corrected = resolve(
        db, ctx, "C1-001", {"N": 12, "B": 641}, "photo of the protocol", actor="coord"
    )
    assert not chosen.corrected and corrected.corrected
    assert chosen.competing == {a.uids["C1-001"]: 10, b.uids["C1-001"]: 12}
    assert flagged_stations(db, ctx) == []
    consensus = observer_consensus(db, ctx)["C1-001"]
    assert (consensus.values["N"], consensus.values["B"]) == (12, 641)
    assert consensus.decided == ("B", "N") and consensus.unresolved == ()
    with db.session() as s:
        rows = s.execute(
            select(t.resolution.c.key, t.resolution.c.scope, t.resolution.c.resolved_by)
        ).all()
        [entry] = audit.entries(s, action="resolution.observers")
    assert sorted(tuple(r) for r in rows) == [("B", SCOPE, "coord"), ("N", SCOPE, "coord")]
    assert entry.entity_uid == "C1-001" and entry.details["reason"] == "photo of the protocol"
    assert {d["key"]: d["kind"] for d in entry.details["decisions"]} == {
        "N": "chosen",
        "B": "corrected",
    }


def test_decisions_are_refused_without_reason_or_on_agreeing_fields(
    db: Database, two: tuple[ElectionContext, Observer, Observer]
) -> None:
    ctx, _, _ = two
    with pytest.raises(InputError, match="give a reason"):
        resolve(db, ctx, "C1-001", {"N": 12}, "  ")
    with pytest.raises(UserError, match="agrees on V"):
        resolve(db, ctx, "C1-001", {"V": 1000}, "x")
    with pytest.raises(InputError, match="not a figure"):
        resolve(db, ctx, "C1-001", {"ZZ": 1}, "x")
    with pytest.raises(InputError, match="not a count"):
        resolve(db, ctx, "C1-001", {"N": -1}, "x")
    with pytest.raises(UserError, match="fewer than two"):
        resolve(db, ctx, "C1-003", {"N": 1}, "x")
    with db.session() as s:
        assert s.execute(select(t.resolution.c.id)).first() is None


def test_a_new_revision_or_copy_makes_a_decision_outdated(
    db: Database, two: tuple[ElectionContext, Observer, Observer], tmp_path: Path
) -> None:
    ctx, _, b = two
    resolve(db, ctx, "C1-001", {"N": 12, "B": 642}, "photo")
    b.send(db, "C1-001", kz_values(N=13, B=643))  # Bolat corrects his copy
    [sc] = flagged_stations(db, ctx)
    n = next(fs for fs in sc.fields if fs.key == "N")
    assert n.outdated and not n.resolved and n.decision is not None and n.decision.value == 12
    resolve(db, ctx, "C1-001", {"N": 13, "B": 643}, "Bolat's recount")
    assert flagged_stations(db, ctx) == []
    c = Observer(tmp_path, "Chingiz", db)
    c.send(db, "C1-001", kz_values(N=13, B=643))  # a third copy: decisions made on two
    [sc] = flagged_stations(db, ctx)
    assert {fs.key for fs in sc.unresolved} == {"N", "B"}
    assert len(decisions_of(db, ctx, "C1-001")) == 4  # nothing is ever deleted
    assert len(station_copies(db, ctx, ["C1-001"])[0].copies) == 3


def test_cli_conflicts_and_resolve(
    db: Database,
    db_url: str,
    two: tuple[ElectionContext, Observer, Observer],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--db", db_url, "observers", "conflicts"]) == 1
    out = capsys.readouterr().out
    assert "C1-001: 2 copies" in out and "Aigerim=10" in out and "Bolat=12" in out
    assert "1 stations with open differences" in out
    code = main(
        ["--db", db_url, "observers", "resolve", "C1-001", "N=12", "B=642", "--reason", "photo"]
    )
    assert code == 0
    assert "C1-001 N: chose 12" in capsys.readouterr().out
    assert main(["--db", db_url, "observers", "conflicts", "--all", "--json"]) == 0
    assert '"resolved": true' in capsys.readouterr().out
    assert main(["--db", db_url, "observers", "resolve", "C1-001", "N=x", "--reason", "r"]) == 2
    assert "KEY=VALUE" in capsys.readouterr().err
