"""Test set-up: offscreen Qt, a fresh database per test (Vorta's way), strict by default.

Set OBSERVER_APP_TEST_PG_URL (``.ci/run`` does) to run every test that takes the
``db`` fixture against PostgreSQL as well as SQLite; each PostgreSQL test gets
a database of its own, created from scratch and dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OBSERVER_APP_NO_SPLASH", "1")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from observer_app.storage import audit
from observer_app.storage.db import Database

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
REAL_RU_2018 = SHARED / "data" / "real" / "ru_president_2018_uik.csv.zip"
PG_URL = os.environ.get("OBSERVER_APP_TEST_PG_URL", "")


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own user data folder: nothing touches the real one."""
    path = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("OBSERVER_APP_DATA_DIR", str(path))
    return path


def _backends() -> list[str]:
    return ["sqlite", "postgres"] if PG_URL else ["sqlite"]


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "test.sqlite3")
    yield db
    db.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL of a brand-new PostgreSQL database, dropped after the test."""
    if not PG_URL:
        pytest.skip("OBSERVER_APP_TEST_PG_URL is not set (no PostgreSQL server for tests)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=_backends())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database location on each backend under test (a file path or a PostgreSQL URL)."""
    if request.param == "sqlite":
        return str(tmp_path / "test.sqlite3")
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A fresh, migrated database on each backend under test.

    Whatever the test did, the audit chain must still verify afterwards: every
    database the suite builds through this fixture is checked (tests that
    tamper on purpose use a database of their own).
    """
    database = Database.open(db_url)
    yield database
    try:
        with database.session() as s:
            chain = audit.verify(s)
        assert chain.ok, f"audit chain broken at entry #{chain.broken_at}: {chain.reason}"
    finally:
        database.close()


@pytest.fixture
def real_ru_2018() -> Path:
    if not REAL_RU_2018.is_file():
        pytest.skip(f"real data not present: {REAL_RU_2018}")
    return REAL_RU_2018
