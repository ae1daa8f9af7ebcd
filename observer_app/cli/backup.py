"""``observer-app backup OUT`` and ``observer-app restore FILE``.

A SQLite database is copied with SQLite's online backup (consistent while the
app keeps working). A server database (PostgreSQL) is copied logically into a
new SQLite file: every row with its id, from one consistent snapshot; that file
opens like any Observer App database and ``restore`` copies it back into a new,
empty server database.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from observer_app.cli.common import open_db
from observer_app.errors import UserError
from observer_app.storage.db import Database, copy_database, copy_to_sqlite


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "backup",
        help="copy the database to a file now",
        description="SQLite: online backup. PostgreSQL: a logical copy into a SQLite file "
        "(open it with --db FILE; 'restore' loads it into a new server database). "
        "Automatic backups are also taken before every merge, import and migration.",
    )
    p.add_argument("out", metavar="OUT", help="the backup file to write")
    p.set_defaults(handler=run_backup)
    r = sub.add_parser(
        "restore",
        help="load a backup file into a new, empty database given by --db",
        description="Refuses a database that already holds data: restoring never overwrites.",
    )
    r.add_argument("file", metavar="FILE", help="a backup written by 'observer-app backup'")
    r.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    db = open_db(args)
    out = Path(args.out)
    if out.exists():
        raise UserError(f"{out} exists; choose a new file name (backups are never overwritten)")
    path = db.backup(out) if db.is_sqlite else copy_to_sqlite(db, out)
    kind = "online backup" if db.is_sqlite else "logical copy into a SQLite file"
    print(f"{db.display_name} → {path} ({kind}, {path.stat().st_size // 1024} KB)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    src_path = Path(args.file)
    if not src_path.is_file():
        raise UserError(f"{src_path}: no such file")
    source = Database.open(src_path)
    target = open_db(args)
    if target.sqlite_path is not None and target.sqlite_path.resolve() == src_path.resolve():
        raise UserError("the backup and the target database are the same file")
    counts = copy_database(source, target)
    print(
        f"{src_path} → {target.display_name}: "
        + ", ".join(f"{n} {name}" for name, n in counts.items() if n)
    )
    return 0
