"""Storing validated tallies while the rest of the file is still being validated.

A national import spends about as long in SQLite (inserting, indexing,
copying first revisions) as in Python checking the rows. Here a writer thread
holds the import's one transaction and stores each chunk of rows the importer
has validated; SQLite's statements run without Python's GIL, so on a second
core they overlap the checking of later rows.

Nothing is committed until the importer says every row was valid
(:meth:`StreamedWrite.commit`); any problem, a cancel or an error ends the
transaction with a rollback and the database is exactly as before. The
automatic backup is taken first, before the transaction's first write, and
deleted again when nothing is stored (older backups are pruned only once it is
kept), so a refused file leaves the backups as they were too.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Sequence
from types import TracebackType

from observer_app.storage.bulk import roomy_cache
from observer_app.storage.context import ElectionContext
from observer_app.storage.db import Database
from observer_app.storage.tallies import (
    Provenance,
    Row,
    SnapshotInfo,
    TallyBatch,
    WriteResult,
)

_COMMIT, _ROLLBACK = "commit", "rollback"  # what the importer puts after its last chunk


class _RolledBack(Exception):
    """Internal: the importer asked for a rollback."""


class StreamedWrite:
    """A writer thread storing chunks of validated rows in one transaction.

    Use as a context manager: :meth:`add` chunks, then :meth:`commit`; leaving
    the block without committing (a problem, a cancel, any exception) rolls
    back. The writer's own failure is raised to the caller at its next
    :meth:`add` or at :meth:`commit`, as the exception the write raised.
    """

    def __init__(
        self,
        db: Database,
        ctx: ElectionContext,
        prov: Provenance,
        snapshot: SnapshotInfo | None,
        sources: Sequence[str],
        *,
        expected_rows: int = 0,
        backup: str | None = "import",
        depth: int = 4,
    ) -> None:
        self.db = db
        self.ctx = ctx
        self.prov = prov
        self.snapshot = snapshot
        self.sources = list(sources)
        self.expected_rows = expected_rows
        self.backup = backup
        self._queue: queue.Queue[Sequence[Row] | str] = queue.Queue(maxsize=depth)
        self._thread = threading.Thread(target=self._run, name="tally-writer", daemon=True)
        self._error: BaseException | None = None
        self._result: WriteResult | None = None
        self._done = False  # the importer has committed or rolled back
        self._ended = False  # the writer has taken the importer's last word

    def __enter__(self) -> StreamedWrite:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._done:
            self._done = True
            self._queue.put(_ROLLBACK)
            self._thread.join()

    def add(self, rows: Sequence[Row]) -> None:
        """Hand a chunk of validated rows to the writer (waits while it is behind)."""
        if self._done:
            raise RuntimeError("the streamed write is already finished")
        self._raise_failure()
        self._queue.put(rows)

    def commit(self) -> WriteResult:
        """Store what was handed over for good; the write's result."""
        if self._done:
            raise RuntimeError("the streamed write is already finished")
        self._done = True
        self._queue.put(_COMMIT)
        self._thread.join()
        self._raise_failure()
        assert self._result is not None
        return self._result

    def _raise_failure(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        backup = None
        try:
            if self.backup is not None:
                backup = self.db.backup_before(self.backup, prune=False)
            with self.db.transaction() as conn, roomy_cache(conn, self.expected_rows):
                batch = TallyBatch(conn, self.ctx, self.prov, self.snapshot, self.sources)
                while not isinstance(item := self._queue.get(), str):
                    batch.add(item)
                self._ended = True
                if item != _COMMIT:
                    raise _RolledBack
                self._result = batch.finish()
        except _RolledBack:
            pass
        except BaseException as exc:  # handed to the importer's thread, raised there
            self._result = None
            self._error = exc
            if not self._ended:
                self._drain()
        if self._result is None:
            if backup is not None:
                backup.unlink(missing_ok=True)
        elif backup is not None:
            self.db.prune_backups()

    def _drain(self) -> None:
        """After a failure: take chunks until the importer commits or rolls back, so that
        its put never waits on a writer that is gone."""
        while not isinstance(self._queue.get(), str):
            pass
