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
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from observer_app.reconcile.blocks import PackedScan, Part, Scan


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
    """:func:`blocks.scan_sqlite` of a SQLite file in a thread of its own (see the module text).

    Each range of stations SQLite packs is read by numpy while SQLite packs the next
    (:class:`_Ranges`): by the command's main thread once it asks for the result, by
    this thread once its queries are done; whichever is free.
    """

    def __init__(self, path: Path, code: str | None) -> None:
        self.election_id: int | None = None
        self._tail: PackedScan | None = None  # the scan without its texts, once all are packed
        self._ranges = _Ranges()
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
            self._tail = None
        finally:
            self._checked.set()  # not at head, or failed before knowing: at_head() is False
            self._ranges.close()  # nothing more comes, whatever happened: no reader waits
        self._ranges.read(wait=False)  # what the command has not taken yet

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
            self._tail = bl.fetch_scan(conn, eid, keys, sink=self._ranges.add)
            self.election_id = eid
        finally:
            conn.close()

    def at_head(self) -> bool:
        """Whether the file is in WAL mode at this version's schema revision (then opening it
        as ``Database.open`` does changes nothing, and the command can read it directly)."""
        self._checked.wait()
        return self._at_head

    def result(self, election_id: int) -> Scan | None:
        """The scan of ``election_id``, or None (another election, not usable: see above, a
        text numpy cannot read, or already handed over)."""
        self._ranges.read(wait=True)
        self._thread.join()
        tail, self._tail = self._tail, None  # handed over
        parts = self._ranges.take()
        if tail is None or parts is None or self.election_id != election_id:
            return None  # the caller scans again (and reads what numpy cannot as JSON)
        from observer_app.reconcile import blocks as bl

        found = [
            bl.assemble(keys, cids, [part for k, part in parts if k == keys])
            for keys, cids, _ in tail.blocks
        ]
        return bl.Scan(found, tail.stations, tail.keys, tail.changes)


class _Ranges:
    """Packed ranges handed from the scan's queries to whichever thread reads them first."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        # (the block's keys, texts); None: taken
        self._packed: list[tuple[tuple[str, ...], tuple[Any, ...]] | None] = []
        self._parts: dict[int, tuple[tuple[str, ...], Part] | BaseException] = {}
        self._taken = 0
        self._closed = False
        self._handed = False

    def add(self, keys: tuple[str, ...], texts: tuple[Any, ...]) -> None:
        with self._cond:
            self._packed.append((keys, texts))
            self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def read(self, *, wait: bool) -> None:
        """Read ranges until none is left to take (``wait``: also those still to come)."""
        from observer_app.reconcile.blocks import packed_part

        while True:
            with self._cond:
                while self._taken >= len(self._packed):
                    if self._closed or not wait:
                        return
                    self._cond.wait()
                i = self._taken
                self._taken += 1
                found = self._packed[i]
                self._packed[i] = None  # the texts go once read
            assert found is not None
            keys, texts = found
            try:
                part: tuple[tuple[str, ...], Part] | BaseException = (
                    keys,
                    packed_part(keys, *texts),
                )
            except Exception as exc:  # Unreadable, or anything numpy raised: not used
                part = exc
            del found, texts
            with self._cond:
                self._parts[i] = part
                self._cond.notify_all()

    def take(self) -> list[tuple[tuple[str, ...], Part]] | None:
        """Every range read, in order, once all are (None if one could not be, or they were
        taken already)."""
        with self._cond:
            while not self._handed and (not self._closed or len(self._parts) < len(self._packed)):
                self._cond.wait()
            if self._handed:
                return None  # handed over already
            self._handed = True
            parts = [self._parts[i] for i in range(len(self._packed))]
            self._parts = {}
        out: list[tuple[tuple[str, ...], Part]] = []
        for part in parts:
            if isinstance(part, BaseException):
                return None
            out.append(part)
        return out
