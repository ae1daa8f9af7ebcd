"""The reconcile command's scan, started on a SQLite file before the command imports SQLAlchemy.

The scan is mostly the database's work (a quarter to a third of a second at
national scale, outside Python's lock: see :mod:`blocks`), then numpy's reading
of the packed texts (a tenth); the command's own start is Python's (the forms,
numpy: about as long as both). Started first, on a read-only connection of the
standard library's sqlite3, the scan is read by the time the command needs it.
It is used only when it certainly read what the command would have read: the
schema at the revision this version of the app writes (read in the same
transaction as the scan), the election the command then loads, and the same
moment of the data (``blocks.CHANGES``, compared by the engine). Anything else,
an error included, leaves it unused and the command scans as it always did;
errors are then reported by the ordinary path.

This module imports neither SQLAlchemy nor numpy at load time.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observer_app.reconcile.blocks import Scan


def sqlite_file(db: str | None) -> Path | None:
    """The SQLite file the ``--db`` argument names (as ``Database.open`` resolves it), if any."""
    if db is not None and "://" in db:
        return None  # a URL: the ordinary path (SQLite URLs included, rare on the command line)
    if db is None:
        from observer_app.paths import default_db_path

        path = default_db_path()
    else:
        path = Path(db).expanduser().resolve()
    return path if path.is_file() else None


class EarlyScan:
    """:func:`blocks.scan_sqlite` of a SQLite file in a thread of its own (see the module text)."""

    def __init__(self, path: Path, code: str | None) -> None:
        self.election_id: int | None = None
        self._result: Scan | None = None
        self._at_head = False  # WAL mode, the scripted schema revision
        self._checked = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(path, code), name="reconcile-early-scan", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, code: str | None) -> None:
        try:
            self._scan(path, code)
        except Exception:
            self._result = None
        finally:
            self._checked.set()  # not at head, or failed before knowing: at_head() is False

    def _scan(self, path: Path, code: str | None) -> None:
        from observer_app.reconcile.reader import read_only
        from observer_app.storage.migrate import scripted_head

        conn = read_only(path)
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                return  # a reader would hold up the command's switch to WAL
            conn.execute("BEGIN")  # one snapshot for the schema check and the scan
            head = scripted_head()
            versions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
            if head is None or versions != [head]:
                return  # the command may upgrade the schema first
            self._at_head = True
            self._checked.set()
            from observer_app.reconcile import blocks as bl

            target = bl.scan_target(lambda sql, **p: conn.execute(sql, p).fetchall(), code)
            if target is None:
                return
            eid, keys = target
            packed = bl.fetch_scan(conn, eid, keys)
        finally:
            conn.close()
        # read here, while the command is still importing: the packed figures are a few MB
        # of text, numpy's work on them is short, and it no longer waits for the command
        try:
            self._result = packed.read()
        except bl.Unreadable:
            return  # the caller scans again and reads what numpy cannot as JSON
        self.election_id = eid

    def at_head(self) -> bool:
        """Whether the file is in WAL mode at this version's schema revision (then opening it
        as ``Database.open`` does changes nothing, and the command can read it directly)."""
        self._checked.wait()
        return self._at_head

    def result(self, election_id: int) -> Scan | None:
        """The scan of ``election_id``, or None (another election, not usable: see above, or
        already handed over)."""
        self._thread.join()
        found, self._result = self._result, None  # handed over: its memory goes with its use
        if found is None or self.election_id != election_id:
            return None
        return found
