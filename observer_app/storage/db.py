"""Opening a database: the embedded SQLite file by default, any SQLAlchemy URL otherwise.

One short session per unit of work (SQLModel's advice). The schema is kept by
Alembic migrations: a new database is created at the newest revision, an older
one is backed up and upgraded, and one written by a newer version of the app is
refused without being touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.pool import NullPool

from observer_app.errors import DatabaseError
from observer_app.paths import default_db_path

if TYPE_CHECKING:
    from sqlmodel import Session

KEEP_BACKUPS = 5


def resolve_url(db: str | Path | None) -> str:
    """``None`` → the default file; a path → a SQLite URL; anything with ``://`` → as is."""
    if db is None:
        return f"sqlite:///{default_db_path()}"
    text_db = str(db)
    if "://" in text_db:
        try:
            make_url(text_db)
        except ArgumentError as exc:
            raise DatabaseError(f"not a database URL: {text_db!r} ({exc})") from None
        return text_db
    path = Path(text_db).expanduser().resolve()
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder; give a database file name")
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class Database:
    """A handle on one database: engine, schema management, sessions, backups."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        name = make_url(self.url).database
        return Path(name) if name and name != ":memory:" else None

    @property
    def display_name(self) -> str:
        path = self.sqlite_path
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    @classmethod
    def open(cls, db: str | Path | None = None, *, migrate: bool = True) -> Database:
        url = resolve_url(db)
        try:
            if url.startswith("sqlite"):
                engine = create_engine(url, poolclass=NullPool)
                event.listen(engine, "connect", _sqlite_pragmas)
                with engine.connect() as conn:
                    mode = conn.exec_driver_sql("PRAGMA journal_mode=WAL").scalar()
                    if mode is None:
                        raise DatabaseError(f"{url}: not a SQLite database")
            else:
                engine = create_engine(url, pool_pre_ping=True)
                with engine.connect():
                    pass
        except OperationalError as exc:
            raise DatabaseError(f"cannot open database {url}: {exc.orig}") from None
        except ModuleNotFoundError as exc:
            raise DatabaseError(
                f"the driver for {make_url(url).drivername} is not installed ({exc.name}); "
                "install observer-app[postgres]"
            ) from None
        except (sqlite3.DatabaseError, SADatabaseError) as exc:
            raise DatabaseError(f"{url}: not a usable SQLite database ({exc})") from None
        database = cls(url, engine)
        if migrate:
            database.ensure_schema()
        return database

    def close(self) -> None:
        self.engine.dispose()

    # -- schema --------------------------------------------------------------

    def schema_revision(self) -> str | None:
        from observer_app.storage.migrate import current_revision

        return current_revision(self.engine)

    def ensure_schema(self) -> None:
        """Create, upgrade, or refuse: see the module docstring."""
        if self._at_scripted_head():
            return  # the usual case, answered without loading Alembic
        from observer_app.storage.migrate import head_revision, known_revisions, upgrade

        try:
            tables = set(inspect(self.engine).get_table_names())
        except Exception as exc:  # e.g. a file that is not SQLite at all
            raise DatabaseError(f"{self.display_name}: cannot read the database ({exc})") from None
        current = self.schema_revision()
        if current is None and tables - {"alembic_version"}:
            raise DatabaseError(
                f"{self.display_name} holds tables but no Observer App schema version; "
                "it is not an Observer App database and was left untouched"
            )
        if current is not None and current not in known_revisions():
            raise DatabaseError(
                f"{self.display_name} was written by a newer version of Observer App "
                f"(schema {current}; this version knows up to {head_revision()}). "
                "Update the app to open it. The database was not modified."
            )
        if current == head_revision():
            return
        if current is not None:
            self.backup_before("migration")
        upgrade(self.engine)

    def _at_scripted_head(self) -> bool:
        """Whether the stored schema revision is the newest script's (see migrate.scripted_head)."""
        from observer_app.storage.migrate import scripted_head

        head = scripted_head()
        if head is None:
            return False
        try:
            with self.engine.connect() as conn:
                rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        except SADatabaseError:  # no such table (a new or foreign database): the full path
            return False
        return [r[0] for r in rows] == [head]

    # -- sessions ------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: committed on success, rolled back on any error."""
        # imported here: SQLModel and the ORM cost a quarter of a second to import, and
        # commands that read with Core only (reconcile) never need them
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A unit of work on a Core connection (bulk paths): committed or rolled back.

        The same transaction semantics as :meth:`session` without loading the ORM,
        which a bulk import never needs.
        """
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A Core connection that reads one moment of the database: every query on it sees
        the same committed data whatever other connections commit meanwhile (PostgreSQL:
        REPEATABLE READ; SQLite: one explicit read transaction, which the driver would not
        begin for a SELECT). For reading only: it is rolled back at the end."""
        conn = self.engine.connect()
        try:
            if self.is_sqlite:
                conn.exec_driver_sql("BEGIN")
            else:
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            yield conn
        finally:
            conn.rollback()
            conn.close()

    # -- backups -------------------------------------------------------------

    def backup(self, out: str | Path) -> Path:
        """A consistent copy of a SQLite database (SQLite's online backup API)."""
        src = self.sqlite_path
        if src is None:
            raise DatabaseError(
                "on-demand backup of a server database is the server's job (pg_dump); "
                f"{self.display_name} is not a SQLite file"
            )
        target = Path(out).expanduser().resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".part")
        with sqlite3.connect(src) as source, sqlite3.connect(tmp) as dest:
            source.backup(dest)
        dest.close()
        source.close()
        tmp.replace(target)
        return target

    def backup_before(self, what: str, *, prune: bool = True) -> Path | None:
        """Automatic backup into ``backups/`` beside the file, keeping the last few.

        ``prune=False`` keeps every older one for now: for a backup that may yet be
        deleted (a streamed import that is refused), the caller prunes with
        :meth:`prune_backups` once it is kept.
        """
        src = self.sqlite_path
        if src is None or not src.exists() or src.stat().st_size == 0:
            return None
        folder = src.parent / "backups"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = self.backup(folder / f"{src.stem}.{stamp}.before-{what}.sqlite3")
        if prune:
            self.prune_backups()
        return path

    def prune_backups(self) -> None:
        """Delete all but the last :data:`KEEP_BACKUPS` automatic backups."""
        src = self.sqlite_path
        if src is None:
            return
        old = sorted((src.parent / "backups").glob(f"{src.stem}.*.before-*.sqlite3"))
        for stale in old[:-KEEP_BACKUPS]:
            stale.unlink(missing_ok=True)

    def execute_scalar(self, sql: str) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(text(sql)).scalar()


def copy_database(source: Database, dest: Database, *, batch: int = 500) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``dest`` (same schema revision), ids kept.

    The logical backup of a server database: PostgreSQL → a SQLite file that
    opens like any other Observer App database, and back into an empty server
    database to restore. The source is read in one REPEATABLE READ transaction
    (a consistent snapshot while others keep working); ``dest`` is written in
    one transaction, so a failed copy leaves it empty.
    """
    from sqlalchemy import func, insert, select
    from sqlmodel import SQLModel

    import observer_app.domain.models  # noqa: F401  (registers the tables)

    if source.schema_revision() != dest.schema_revision():
        raise DatabaseError(
            f"{source.display_name} and {dest.display_name} have different schema versions"
        )
    tables = SQLModel.metadata.sorted_tables
    counts: dict[str, int] = {}
    with source.snapshot() as src, dest.engine.begin() as dst:  # one moment of the source
        for table in tables:
            if dst.execute(select(func.count()).select_from(table)).scalar_one():
                raise DatabaseError(
                    f"{dest.display_name} is not empty (table {table.name} has rows); "
                    "restore only into a new database"
                )
        for table in tables:
            result = src.execution_options(stream_results=True, yield_per=batch).execute(
                select(table).order_by(*table.primary_key.columns)
            )
            n = 0
            for part in result.mappings().partitions(batch):
                dst.execute(insert(table), [dict(r) for r in part])
                n += len(part)
            counts[table.name] = n
            if dst.dialect.name == "postgresql" and "id" in table.c and n:
                dst.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f'(SELECT max(id) FROM "{table.name}"))'
                    )
                )
    return counts


def copy_to_sqlite(source: Database, out: str | Path) -> Path:
    """A logical backup of any database into a new SQLite file at ``out`` (written atomically)."""
    target = Path(out).expanduser().resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    dest = Database.open(tmp)
    try:
        copy_database(source, dest)
        with dest.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        dest.close()
        tmp.unlink(missing_ok=True)
        raise
    dest.close()
    tmp.replace(target)
    return target
