"""Merging is idempotent and order-independent: any order, any repeats, the same content.

A pool of real packages from three observers: successive exports that overlap
(a later one carries the earlier revisions too), a subset export, two copies of
one station that differ, a photo shared by two observers, and an observer whose
key is not accepted (quarantined whatever the order). Hypothesis draws
sequences of them, with repeats, split into merge runs at random.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from observer_app.packages import merge_packages
from observer_app.packages.content import database_content
from observer_app.packages.register import add_observer
from observer_app.storage.db import Database
from tests.factories import kz_values, small_kz_election
from tests.packages_support import attach_photo, enter, export, fake_jpeg, make_identity


@dataclass
class Pool:
    template: Path  # coordinator database: election, observers A and B accepted
    packages: list[Path]
    fingerprints: dict[str, str]


def _build(root: Path) -> Pool:
    ids = {n: make_identity(root / f"key-{n}", n) for n in ("Aigerim", "Bolat", "Chingiz")}
    shared_photo = fake_jpeg("forwarded photo of C1-001")
    pkgs: list[Path] = []
    a_db = Database.open(root / "a.sqlite3")
    a = small_kz_election(a_db)
    s1 = enter(a_db, a, "C1-001", "Aigerim")
    attach_photo(a_db, s1.uid, shared_photo)
    enter(a_db, a, "C1-002", "Aigerim", kz_values(A=31, B=641))
    pkgs.append(export(a_db, a, ids["Aigerim"], root / "a1.oapkg"))
    enter(a_db, a, "C1-001", "Aigerim", kz_values(N=12, B=642), uid=s1.uid, note="recount")
    s3 = enter(a_db, a, "C2-001", "Aigerim", {"V": 1000, "#3": 5})
    attach_photo(a_db, s3.uid, fake_jpeg("C2-001"), revision=1)
    pkgs.append(export(a_db, a, ids["Aigerim"], root / "a2.oapkg"))
    pkgs.append(export(a_db, a, ids["Aigerim"], root / "a3.oapkg", ["C2-001"]))
    b_db = Database.open(root / "b.sqlite3")
    b = small_kz_election(b_db)
    t1 = enter(b_db, b, "C1-001", "Bolat", kz_values(N=11, B=641))
    attach_photo(b_db, t1.uid, shared_photo)
    pkgs.append(export(b_db, b, ids["Bolat"], root / "b1.oapkg"))
    enter(b_db, b, "C1-001", "Bolat", kz_values(N=12, B=642), uid=t1.uid)
    pkgs.append(export(b_db, b, ids["Bolat"], root / "b2.oapkg"))
    c_db = Database.open(root / "c.sqlite3")
    c = small_kz_election(c_db)
    enter(c_db, c, "C1-002", "Chingiz", kz_values(V=999))
    pkgs.append(export(c_db, c, ids["Chingiz"], root / "c1.oapkg"))
    coordinator = Database.open(root / "template.sqlite3")
    small_kz_election(coordinator)
    for name in ("Aigerim", "Bolat"):
        add_observer(coordinator, ids[name].fingerprint, name)
    with coordinator.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    coordinator.close()
    for other in (a_db, b_db, c_db):
        other.close()
    return Pool(root / "template.sqlite3", pkgs, {n: i.fingerprint for n, i in ids.items()})


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Pool:
    return _build(tmp_path_factory.mktemp("pool"))


class Fresh:
    """Coordinator databases copied from the template (migrating each anew is slower)."""

    def __init__(self, pool: Pool, root: Path) -> None:
        self.pool = pool
        self.root = root
        self.n = 0
        self.reference: dict[frozenset[int], dict[str, Any]] = {}

    def merged(self, runs: list[list[int]]) -> dict[str, Any]:
        self.n += 1
        path = self.root / f"c{self.n}.sqlite3"
        shutil.copy(self.pool.template, path)
        db = Database.open(path)
        try:
            for run in runs:
                report = merge_packages(db, [self.pool.packages[i] for i in run])
                assert all(r.outcome != "refused" for r in report.results), report.results
            return database_content(db)
        finally:
            db.close()

    def expected(self, chosen: frozenset[int]) -> dict[str, Any]:
        if chosen not in self.reference:
            self.reference[chosen] = self.merged([sorted(chosen)])
        return self.reference[chosen]


@pytest.fixture(scope="module")
def fresh(pool: Pool, tmp_path_factory: pytest.TempPathFactory) -> Fresh:
    return Fresh(pool, tmp_path_factory.mktemp("merges"))


sequences = st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=12)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=sequences, cuts=st.lists(st.integers(min_value=1, max_value=11), max_size=4))
def test_any_order_any_repeats_same_content(
    fresh: Fresh, order: list[int], cuts: list[int]
) -> None:
    bounds = sorted({c for c in cuts if c < len(order)})
    runs = [order[a:b] for a, b in zip([0, *bounds], [*bounds, len(order)], strict=True)]
    assert fresh.merged(runs) == fresh.expected(frozenset(order))


def test_everything_in_two_orders_on_each_backend(db: Database, pool: Pool, fresh: Fresh) -> None:
    """The same check on the backend under test (PostgreSQL too), against SQLite's result."""
    small_kz_election(db)
    for name in ("Aigerim", "Bolat"):
        add_observer(db, pool.fingerprints[name], name)
    everything = [5, 4, 3, 2, 1, 0, 2, 4]
    merge_packages(db, [pool.packages[i] for i in everything])
    merge_packages(db, pool.packages)  # all again: nothing changes
    expected = fresh.expected(frozenset(range(6)))
    got = database_content(db)
    assert got == expected
    flagged = [k for k, v in got["tallies"].items() if v[0] == "C1-001"]
    assert len(flagged) == 2  # both copies of the station are kept
    statuses = sorted(row[0] for row in got["packages"].values())
    assert statuses == ["merged"] * 5 + ["quarantined"]
    assert {fp: row[0] for fp, row in got["observers"].items()} == {
        pool.fingerprints["Aigerim"]: "accepted",
        pool.fingerprints["Bolat"]: "accepted",
        pool.fingerprints["Chingiz"]: "quarantined",
    }
