"""The audit chain: every change recorded, writers serialised, tampering named by `audit verify`."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from observer_app.cli import main
from observer_app.conflicts import resolve
from observer_app.packages import merge_packages
from observer_app.packages.register import add_observer
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.tallies import Provenance, write_tallies
from tests.factories import kz_values, small_kz_election
from tests.packages_support import attach_photo, enter, export, fake_jpeg, make_identity


def test_chain_lock_serialises_writers(db: Database) -> None:
    """A second writer waits for the first's transaction and links to its entry (no fork)."""
    first_recorded = threading.Event()
    release = threading.Event()
    finished: list[float] = []

    def first() -> None:
        with db.session() as s:
            audit.record(s, "test.first")
            first_recorded.set()
            release.wait(10)

    def second() -> None:
        first_recorded.wait(10)
        with db.session() as s:
            audit.record(s, "test.second")
        finished.append(time.monotonic())

    a, b = threading.Thread(target=first), threading.Thread(target=second)
    a.start()
    b.start()
    first_recorded.wait(10)
    time.sleep(0.6)
    assert finished == [], "the second writer must wait for the first transaction"
    released_at = time.monotonic()
    release.set()
    a.join(15)
    b.join(15)
    assert finished and finished[0] >= released_at
    with db.session() as s:
        chain = audit.verify(s)
        entries = audit.entries(s)
    assert chain.ok and [e.action for e in entries] == ["test.first", "test.second"]


def test_many_concurrent_writers_keep_one_chain(db: Database) -> None:
    def writer(n: int) -> None:
        for i in range(5):
            with db.session() as s:
                audit.record(s, "test.concurrent", details={"writer": n, "i": i})

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    with db.session() as s:
        chain = audit.verify(s)
    assert chain.ok and chain.entries == 20


def _typical_database(path: Path, tmp: Path) -> Database:
    """What the other suites do to a database: import, GUI saves, photos, merge, decisions."""
    db = Database.open(path)
    ctx = small_kz_election(db)
    write_tallies(db, ctx, [("C1-001", "official", "", kz_values())], Provenance())
    saved = enter(db, ctx, "C1-002", "Local")
    enter(db, ctx, "C1-002", "Local", kz_values(N=11, B=641), uid=saved.uid)
    odb = Database.open(tmp / "o.sqlite3")
    octx = small_kz_election(odb)
    t = enter(odb, octx, "C1-002", "Aigerim", kz_values(N=12, B=642))
    attach_photo(odb, t.uid, fake_jpeg("x"))
    me = make_identity(tmp / "k", "Aigerim")
    add_observer(db, me.fingerprint, "Aigerim")
    merge_packages(db, [export(odb, octx, me, tmp / "a.oapkg")])
    resolve(db, ctx, "C1-002", {"N": 11, "B": 641}, "photo shows 11")
    return db


def test_audit_verify_passes_on_a_typical_database_and_names_a_tampered_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "coord.sqlite3"
    _typical_database(path, tmp_path).close()
    assert main(["--db", str(path), "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "audit chain OK" in out and "signed evidence OK: 1 packages" in out
    db = Database.open(path)
    with db.engine.begin() as conn:  # someone edits the history directly in the file
        conn.execute(
            text("UPDATE audit_entry SET details_json = '{\"created\": 999}' WHERE id = 2")
        )
    assert main(["--db", str(path), "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "audit chain BROKEN at entry #2" in out and "does not match its hash" in out


def test_deleted_or_reordered_entries_are_detected(tmp_path: Path) -> None:
    db = _typical_database(tmp_path / "c.sqlite3", tmp_path)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id = 3"))
    with db.session() as s:
        chain = audit.verify(s)
    assert chain.broken_at == 4 and "link to the previous entry" in chain.reason


def test_edited_figures_break_the_signed_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "coord.sqlite3"
    _typical_database(path, tmp_path).close()
    db = Database.open(path)
    with db.engine.begin() as conn:  # a merged figure changed behind the app's back
        conn.execute(
            text(
                "UPDATE tally_revision SET values_json = replace(values_json, :old, :new) "
                "WHERE values_json LIKE :match"
            ),
            {"old": '"N":12', "new": '"N":2', "match": '%"N":12%'},
        )
    assert main(["--db", str(path), "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "audit chain OK" in out  # the chain itself was not touched...
    assert "evidence BROKEN" in out and "differs from what was signed" in out
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE photo SET data = X'00'"))
    assert main(["--db", str(path), "audit", "verify"]) == 1
    assert "no longer match SHA-256" in capsys.readouterr().out


def test_audit_log_lists_a_tallys_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "coord.sqlite3"
    db = _typical_database(path, tmp_path)
    with db.session() as s:
        merged = audit.entries(s, action="package.merge")[0]
    uid = next(iter(merged.details["tallies"]))
    assert main(["--db", str(path), "audit", "log", "--about", uid]) == 0
    out = capsys.readouterr().out
    assert "package.merge" in out and "tally.save" not in out
    assert main(["--db", str(path), "audit", "log", "--last", "2", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and '"action": "resolution.observers"' in lines[-1]
