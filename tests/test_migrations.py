"""Schema migrations: old databases upgrade with their data; newer ones are refused untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from observer_app.errors import DatabaseError
from observer_app.storage.db import Database
from observer_app.storage.migrate import base_revision, head_revision, upgrade


def test_new_database_is_at_head(db: Database) -> None:
    assert db.schema_revision() == head_revision()


def test_oldest_schema_upgrades_with_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = Database.open(path, migrate=False)
    upgrade(old.engine, base_revision())
    assert old.schema_revision() == base_revision()
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO election (id, code, name, country, held_on, form_id, form_json,"
                " synthetic, note, created_at) VALUES (1, 'e1', 'Old election', 'KZ', '',"
                " 'kz-akim-2023', '{}', 0, '', '2023-11-05 10:00:00.000000')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO contest (id, election_id, code, name, region, placeholder,"
                " position) VALUES (1, 1, 'c1', 'Contest', '', 0, 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO station (id, election_id, contest_id, code, name, address,"
                " registered_voters) VALUES (1, 1, 1, '001', 'School 1', '', 900)"
            )
        )
    old.close()
    reopened = Database.open(path)
    assert reopened.schema_revision() == head_revision()
    assert reopened.execute_scalar("SELECT name FROM election WHERE code='e1'") == "Old election"
    assert reopened.execute_scalar("SELECT registered_voters FROM station") == 900
    backups = list((tmp_path / "backups").glob("old.*.before-migration.sqlite3"))
    assert len(backups) == 1, "a migration is preceded by a backup"


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Database.open(path).close()
    db = Database.open(path, migrate=False)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num='9999_future'"))
    db.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version of Observer App"):
        Database.open(path)
    assert path.read_bytes() == before


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
    conn.close()
    with pytest.raises(DatabaseError, match="not an Observer App database"):
        Database.open(path)


def test_not_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\xff\xd8\xff\xe0 this is a jpeg" * 100)
    with pytest.raises(DatabaseError):
        Database.open(path)


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    assert sqlite_db.execute_scalar("PRAGMA foreign_keys") == 1
    assert sqlite_db.execute_scalar("PRAGMA journal_mode") == "wal"
