"""Backups: automatic before a merge (the last few kept), on demand, and a restore that never
overwrites; a PostgreSQL database is backed up logically into a SQLite file."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from observer_app.cli import main
from observer_app.packages import merge_packages
from observer_app.packages.content import database_content
from observer_app.packages.register import add_observer
from observer_app.storage import audit
from observer_app.storage.db import KEEP_BACKUPS, Database
from observer_app.storage.elections import load_context
from observer_app.storage.tallies import current_tallies
from tests.conftest import PG_URL
from tests.factories import kz_values, small_kz_election
from tests.packages_support import attach_photo, enter, export, fake_jpeg, make_identity


def _packages(tmp: Path, n: int) -> tuple[list[Path], str]:
    odb = Database.open(tmp / "observer.sqlite3")
    ctx = small_kz_election(odb, stations=n)
    me = make_identity(tmp / "key", "Aigerim")
    out = []
    for i in range(1, n + 1):
        tally = enter(odb, ctx, f"C1-{i:03d}", "Aigerim", kz_values(N=i, B=630 + i))
        attach_photo(odb, tally.uid, fake_jpeg(str(i)))
        out.append(export(odb, ctx, me, tmp / f"p{i}.oapkg", [f"C1-{i:03d}"]))
    odb.close()
    return out, me.fingerprint


def _filled(url: str, tmp: Path, n: int = 3) -> tuple[Database, list[Path]]:
    paths, fp = _packages(tmp, n)
    db = Database.open(url)
    small_kz_election(db, stations=n)
    add_observer(db, fp, "Aigerim")
    merge_packages(db, paths)
    return db, paths


def test_merge_backs_up_first_and_keeps_the_last_few(tmp_path: Path) -> None:
    paths, fp = _packages(tmp_path, KEEP_BACKUPS + 2)
    path = tmp_path / "coord" / "coord.sqlite3"
    db = Database.open(path)
    small_kz_election(db, stations=len(paths))
    add_observer(db, fp, "Aigerim")
    first = merge_packages(db, paths[:1])
    assert first.backup is not None and first.backup.parent == path.parent / "backups"
    old = Database.open(first.backup)
    assert list(current_tallies(old, load_context(old))) == []  # as it was before the merge
    old.close()
    for p in paths[1:]:
        merge_packages(db, [p])
    backups = sorted((path.parent / "backups").glob("coord.*.before-merge.sqlite3"))
    assert len(backups) == KEEP_BACKUPS
    assert merge_packages(db, paths).backup is None  # nothing new: nothing written or copied
    assert len(list((path.parent / "backups").glob("*.sqlite3"))) == KEEP_BACKUPS


def test_backup_command_on_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = _filled(str(tmp_path / "coord.sqlite3"), tmp_path)
    out = tmp_path / "copies" / "today.sqlite3"
    assert main(["--db", str(tmp_path / "coord.sqlite3"), "backup", str(out)]) == 0
    assert "online backup" in capsys.readouterr().out
    copy = Database.open(out)
    assert database_content(copy) == database_content(db)
    assert main(["--db", str(tmp_path / "coord.sqlite3"), "backup", str(out)]) == 2
    assert "never overwritten" in capsys.readouterr().err


@pytest.fixture
def second_pg() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("OBSERVER_APP_TEST_PG_URL is not set")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_postgresql_backup_is_a_sqlite_file_and_restores(
    pg_url: str, second_pg: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = _filled(pg_url, tmp_path)
    out = tmp_path / "pg-backup.sqlite3"
    assert main(["--db", pg_url, "backup", str(out)]) == 0
    assert "logical copy into a SQLite file" in capsys.readouterr().out
    copy = Database.open(out)
    assert copy.is_sqlite and database_content(copy) == database_content(db)
    with copy.session() as s:
        assert audit.verify(s).ok
    copy.close()
    assert main(["--db", second_pg, "restore", str(out)]) == 0
    restored = Database.open(second_pg)
    assert database_content(restored) == database_content(db)
    ctx = load_context(restored)
    enter(restored, ctx, "C1-002", "Local")  # new rows after a restore get fresh ids
    with restored.session() as s:
        assert audit.verify(s).ok
    assert main(["--db", second_pg, "restore", str(out)]) == 2
    assert "not empty" in capsys.readouterr().err
    restored.close()
    db.close()
