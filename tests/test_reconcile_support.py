"""Shared scenario for the reconciliation, workbook and GUI tests: every finding kind, planted.

(Named test_* so it sits with the reconciliation tests; its one test checks the scenario.)
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import insert, select

from observer_app.conflicts import resolve
from observer_app.domain import tables as t
from observer_app.domain.values import utcnow
from observer_app.importing.totals import import_totals
from observer_app.reconcile import KINDS, reconcile
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import Provenance, SnapshotInfo, write_tallies
from tests.factories import kz_values, small_kz_election

PROV = Provenance(entered_by="tester", machine="test")
RISKY_NAMES = ("=1+2", "+7 701 555", "-5", "@SUM(A1)", "\tTab", "\rCR")


def official(db: Database, ctx: ElectionContext, rows: dict[str, dict[str, int]], name: str) -> int:
    data = json.dumps(rows, sort_keys=True).encode()
    snap = SnapshotInfo(name, hashlib.sha256(data).hexdigest(), "https://cec.example/results")
    res = write_tallies(
        db, ctx, [(code, "official", "", v) for code, v in rows.items()], PROV, snap
    )
    assert res.snapshot_id is not None
    return res.snapshot_id


def observe(db: Database, ctx: ElectionContext, who: str, rows: dict[str, dict[str, int]]) -> None:
    write_tallies(db, ctx, [(code, "observer", who, v) for code, v in rows.items()], PROV)


def c2(**kw: int) -> dict[str, int]:
    """A consistent protocol of a three-candidate contest (C2)."""
    values = kz_values(**{"#1": 300, "#2": 200})
    values["#3"] = 100
    values.update(kw)
    return values


def tally_id(db: Database, ctx: ElectionContext, code: str, source: str, who: str = "") -> int:
    tc = t.tally.c
    with db.session() as s:
        found: int = s.execute(
            select(tc.id).where(
                tc.station_id == ctx.stations[code].id, tc.source == source, tc.observer == who
            )
        ).scalar_one()
        return found


def add_photo(db: Database, tally: int, name: str, blob: bytes) -> str:
    sha = hashlib.sha256(blob).hexdigest()
    with db.session() as s:
        pid = s.execute(
            insert(t.photo).returning(t.photo.c.id),
            [
                {
                    "sha256": sha,
                    "file_name": name,
                    "mime": "image/png",
                    "size": len(blob),
                    "data": blob,
                    "added_at": utcnow(),
                }
            ],
        ).scalar_one()
        s.execute(insert(t.tally_photo), [{"tally_id": tally, "photo_id": pid, "revision": 1}])
        audit.record(s, "photo.attach", entity="tally", details={"sha256": sha})
    return sha


def add_resolution(db: Database, ctx: ElectionContext, code: str, key: str, value: int) -> str:
    """The coordinator decides a differing field (the production path, with its audit entry)."""
    (decision,) = resolve(db, ctx, code, {key: value}, "photo is clear", actor="coordinator")
    return decision.uid


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    lines = [",".join(header)] + [",".join(str(c) for c in r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def tiny_png() -> bytes:
    """A valid 1×1 PNG (for photo provenance)."""
    import base64

    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    )


def all_kinds_election(db: Database, tmp: Path) -> ElectionContext:
    """Every finding kind at least once, with the risky observer names of a formula test."""
    ctx = small_kz_election(db)
    official(
        db,
        ctx,
        {
            **{f"C1-00{i}": kz_values() for i in range(1, 5)},
            "C2-001": c2(),
            "C2-002": c2(),
            "C2-003": c2(),
        },
        "official-v1.csv",
    )
    # C1: observers saw #1 and #2 swapped at two stations -> the winner could change
    observe(
        db,
        ctx,
        RISKY_NAMES[0],
        {
            "C1-001": kz_values(**{"#1": 200, "#2": 400}),
            "C1-002": kz_values(**{"#1": 200, "#2": 400}),
        },
    )
    add_photo(db, tally_id(db, ctx, "C1-001", "observer", RISKY_NAMES[0]), "=cmd.png", tiny_png())
    # C2: two observers disagree on #3; one copy has an arithmetic error (R != I + C)
    observe(db, ctx, "Aigul", {"C2-001": c2(**{"#3": 90}), "C2-002": c2(R=950)})
    observe(db, ctx, "Bolat", {"C2-001": c2(**{"#3": 110}), "C2-004": c2()})
    for name in RISKY_NAMES[1:]:
        observe(db, ctx, name, {"C1-003": kz_values(N=11)})
    # contest totals: C2's published #1 is below what observers already saw
    totals = write_csv(
        tmp / "totals.csv",
        ["contest", "V", "#1", "#2", "Candidate Four", "#3", "against_all"],
        [["C2", 4000, 500, "", 800, 400, 120], ["Alpha District", 4000, 1600, 800, "", "", 120]],
    )
    import_totals(db, ctx, totals, label="CEC decision 12/3")
    official(db, ctx, {"C2-003": c2(N=12)}, "official-v2.csv")  # the authority revised C2-003
    return ctx


def test_scenario_yields_every_kind(db: Database, tmp_path: Path) -> None:
    ctx = all_kinds_election(db, tmp_path)
    rep = reconcile(db, ctx)
    counts = rep.counts()
    assert all(counts[k] >= 1 for k in KINDS), counts
    assert [r.station for r in rep.revisions] == ["C2-003"]
