"""Export on one database, merge on another: the same tallies, history, provenance and photos."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from observer_app.domain import tables as t
from observer_app.errors import InputError, UserError
from observer_app.identity import Identity
from observer_app.packages import export_package, exportable_stations, merge_packages
from observer_app.packages import format as f
from observer_app.packages.content import database_content
from observer_app.packages.register import accept, add_observer, list_observers
from observer_app.schemas import validate
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from tests.factories import kz_values, small_kz_election
from tests.packages_support import attach_photo, enter, export, fake_jpeg, make_identity


@pytest.fixture
def observer(tmp_path: Path) -> tuple[Database, ElectionContext, Identity]:
    odb = Database.open(tmp_path / "observer.sqlite3")
    return odb, small_kz_election(odb), make_identity(tmp_path / "key-a", "Aigerim")


def _fill(odb: Database, ctx: ElectionContext) -> None:
    a = enter(odb, ctx, "C1-001", "Aigerim", note="first pass")
    enter(odb, ctx, "C1-001", "Aigerim", kz_values(N=11, B=641), uid=a.uid, note="recount")
    attach_photo(odb, a.uid, fake_jpeg("page1"), revision=1)
    attach_photo(odb, a.uid, fake_jpeg("page2"), revision=2)
    b = enter(odb, ctx, "C2-002", "Aigerim", {"V": 1000, "R": 900, "#3": 12})
    attach_photo(odb, b.uid, fake_jpeg("page1"))  # the same picture on two tallies: stored once


def _tally_content(db: Database, fingerprint: str) -> dict[str, Any]:
    content = database_content(db)
    tallies = {
        uid: (*row[:3], row[3] or fingerprint, *row[4:]) for uid, row in content["tallies"].items()
    }
    return {
        "tallies": tallies,
        "revisions": content["revisions"],
        "photos": content["photos"],
        "photo_links": content["photo_links"],
    }


def _count(db: Database, table: Any) -> int:
    with db.session() as s:
        return int(s.execute(select(func.count()).select_from(table)).scalar_one())


def test_export_then_merge_gives_identical_content(
    db: Database, observer: tuple[Database, ElectionContext, Identity], tmp_path: Path
) -> None:
    odb, octx, me = observer
    _fill(odb, octx)
    small_kz_election(db)
    add_observer(db, me.fingerprint, "Aigerim S.", "Test NGO")
    pkg = export(odb, octx, me, tmp_path / "a.oapkg")
    report = merge_packages(db, [pkg])
    assert [r.outcome for r in report.results] == ["merged"], report.results
    r = report.results[0]
    assert (r.tallies_new, r.revisions_added, r.photos_added) == (2, 3, 2)
    assert r.stations == ("C1-001", "C2-002")
    expected = _tally_content(odb, me.fingerprint)
    got = _tally_content(db, me.fingerprint)
    assert got == expected
    assert len(got["photos"]) == 2 and all(
        sha == row[2] for sha, row in got["photos"].items()
    )  # photo bytes hash to their name on the coordinator's side
    with db.session() as s:
        assert audit.verify(s).ok
        merged = audit.entries(s, action="package.merge")
    assert len(merged) == 1 and merged[0].details["fingerprint"] == me.fingerprint
    observers = list_observers(db)
    assert [(o.fingerprint, o.public_key, o.merged) for o in observers] == [
        (me.fingerprint, me.public_key_b64, 1)
    ]


def test_package_layout_and_manifest(
    observer: tuple[Database, ElectionContext, Identity], tmp_path: Path
) -> None:
    odb, octx, me = observer
    _fill(odb, octx)
    path = export(odb, octx, me, tmp_path / "a.oapkg")
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read(f.MANIFEST))
        tallies = json.loads(zf.read(f.TALLIES))
    assert f.MANIFEST in names and f.SIGNATURE in names and f.TALLIES in names
    validate(manifest, "report-package", "test")
    validate(tallies, "report-package-tallies", "test")
    assert manifest["observer"]["fingerprint"] == me.fingerprint
    assert manifest["election"]["definition_sha256"] == f.definition_sha256(octx)
    assert manifest["counts"] == {"tallies": 2, "revisions": 3, "photos": 2}
    assert {m["path"] for m in manifest["members"]} == set(names) - {f.MANIFEST, f.SIGNATURE}
    first = next(t for t in tallies["tallies"] if t["station"] == "C1-001")
    assert [r["note"] for r in first["revisions"]] == ["first pass", "recount"]
    assert [r["values"]["N"] for r in first["revisions"]] == [10, 11]
    assert first["revisions"][0]["entered_by"] == "aigerim"
    assert first["revisions"][0]["machine"] == "laptop-1"
    assert not path.with_name(path.name + ".part").exists()


def test_export_selected_stations(
    db: Database, observer: tuple[Database, ElectionContext, Identity], tmp_path: Path
) -> None:
    odb, octx, me = observer
    _fill(odb, octx)
    assert exportable_stations(odb, octx, me.fingerprint) == ["C1-001", "C2-002"]
    result = export_package(odb, octx, tmp_path / "one.oapkg", me, ["C2-002"])
    assert (result.stations, result.tallies, result.photos) == (1, 1, 1)
    with pytest.raises(InputError, match="no station NOPE"):
        export_package(odb, octx, tmp_path / "x.oapkg", me, ["NOPE"])
    with pytest.raises(UserError, match="no final observer tally"):
        export_package(odb, octx, tmp_path / "x.oapkg", me, ["C1-003"])
    assert not (tmp_path / "x.oapkg").exists()


def test_export_needs_a_name(tmp_path: Path) -> None:
    odb = Database.open(tmp_path / "o.sqlite3")
    ctx = small_kz_election(odb)
    enter(odb, ctx, "C1-001", "")
    nameless = make_identity(tmp_path / "k", "")
    with pytest.raises(UserError, match="set your name"):
        export_package(odb, ctx, tmp_path / "x.oapkg", nameless)


def test_newer_package_adds_revisions_and_older_one_changes_nothing(
    db: Database, observer: tuple[Database, ElectionContext, Identity], tmp_path: Path
) -> None:
    odb, octx, me = observer
    ctx = small_kz_election(db)
    add_observer(db, me.fingerprint, "Aigerim")
    a = enter(odb, octx, "C1-001", "Aigerim")
    first = export(odb, octx, me, tmp_path / "1.oapkg")
    enter(odb, octx, "C1-001", "Aigerim", kz_values(N=12, B=642), uid=a.uid)
    enter(odb, octx, "C1-002", "Aigerim")
    second = export(odb, octx, me, tmp_path / "2.oapkg")
    assert merge_packages(db, [first]).results[0].outcome == "merged"
    r = merge_packages(db, [second]).results[0]
    assert (r.outcome, r.tallies_new, r.tallies_revised, r.revisions_added) == ("merged", 1, 1, 2)
    with db.session() as s:
        rows = s.execute(
            select(t.tally_revision.c.revision, t.tally_revision.c.values_json)
            .join(t.tally, t.tally.c.id == t.tally_revision.c.tally_id)
            .where(t.tally.c.uid == a.uid)
            .order_by(t.tally_revision.c.revision)
        ).all()
        current = s.execute(
            select(t.tally.c.revision, t.tally.c.values_json).where(t.tally.c.uid == a.uid)
        ).one()
    assert [json.loads(v)["N"] for _, v in rows] == [10, 12]  # the first figures are kept
    assert current.revision == 2 and json.loads(current.values_json)["N"] == 12
    before = database_content(db)
    audit_before = _count(db, t.audit_entry)
    again = merge_packages(db, [first, second, first])
    assert [x.outcome for x in again.results] == ["already-merged"] * 3
    assert again.backup is None  # nothing to write, nothing to back up
    assert database_content(db) == before
    assert _count(db, t.audit_entry) == audit_before
    with db.session() as s:
        stations = set(s.execute(select(t.tally.c.station_id)).scalars())
    assert stations == {ctx.stations["C1-001"].id, ctx.stations["C1-002"].id}


def test_unknown_key_is_quarantined_then_merged_on_accept_without_the_file(
    db: Database, observer: tuple[Database, ElectionContext, Identity], tmp_path: Path
) -> None:
    odb, octx, me = observer
    _fill(odb, octx)
    small_kz_election(db)
    pkg = export(odb, octx, me, tmp_path / "a.oapkg")
    r = merge_packages(db, [pkg]).results[0]
    assert r.outcome == "quarantined" and me.fingerprint in r.message
    assert _count(db, t.tally) == 0
    [entry] = list_observers(db)
    assert (entry.status, entry.name, entry.waiting) == ("quarantined", "Aigerim", 1)
    again = merge_packages(db, [pkg]).results[0]
    assert again.outcome == "quarantined" and "still" in again.message
    pkg.unlink()  # the coordinator no longer has the file
    results = accept(db, me.fingerprint.lower().replace("-", " "))
    assert [x.outcome for x in results] == ["merged"]
    assert _tally_content(db, me.fingerprint) == _tally_content(odb, me.fingerprint)
    [entry] = list_observers(db)
    assert (entry.status, entry.merged, entry.waiting) == ("accepted", 1, 0)
    with db.session() as s:
        payload = s.execute(select(t.merged_package.c.payload)).scalar()
        actions = [e.action for e in audit.entries(s)]
    assert payload is None
    assert actions == ["package.quarantine", "observer.accept", "package.merge"]


def test_copies_from_two_observers_are_both_kept(
    db: Database, observer: tuple[Database, ElectionContext, Identity], tmp_path: Path
) -> None:
    odb, octx, me = observer
    ctx = small_kz_election(db)
    other_db = Database.open(tmp_path / "b.sqlite3")
    bctx = small_kz_election(other_db)
    bob = make_identity(tmp_path / "key-b", "Bolat")
    enter(odb, octx, "C1-001", "Aigerim")
    enter(other_db, bctx, "C1-001", "Bolat", kz_values(N=12, B=642))
    for who in (me, bob):
        add_observer(db, who.fingerprint, who.profile.name)
    report = merge_packages(
        db,
        [
            export(odb, octx, me, tmp_path / "a.oapkg"),
            export(other_db, bctx, bob, tmp_path / "b.oapkg"),
        ],
    )
    assert [r.outcome for r in report.results] == ["merged", "merged"]
    assert report.flagged == {ctx.code: ["C1-001"]}
    with db.session() as s:
        copies = s.execute(
            select(t.tally.c.observer, t.tally.c.observer_fingerprint).order_by(t.tally.c.observer)
        ).all()
    assert [tuple(c) for c in copies] == [("Aigerim", me.fingerprint), ("Bolat", bob.fingerprint)]
