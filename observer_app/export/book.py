"""The workbook package: sheets streamed into the zip, the rest written by openpyxl.

Each sheet's XML goes straight into its deflated zip entry as the rows are
made (:class:`~observer_app.export.sheet.FastSheet`), so a national
workbook is never held in memory nor copied through temporary files. The
small parts around the sheets (styles, workbook with sheet names, print
titles and filter ranges, content types, document properties) come from an
openpyxl write-only workbook kept beside them with the same sheets, saved
at the end: openpyxl stays the one place that knows those formats.
"""

from __future__ import annotations

import io
import queue
import threading
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook

from observer_app.export.sheet import Col, FastSheet, Styles

LEVEL = 6  # zlib's default, as xlsxwriter and openpyxl write: level 1 made the file 1.3x larger
DEPTH = 8  # chunks of XML (a few hundred KB each) waiting to be compressed, at the most


class Book:
    """An .xlsx being written to ``path``: :meth:`sheet` one after another, then :meth:`close`.

    The deflating and writing run in a second thread (zlib lets go of the
    GIL while it compresses), so on a machine with a free core the XML of
    the next rows is made meanwhile. The queue between them is short: at
    most :data:`DEPTH` chunks are held.
    """

    def __init__(self, path: Path | str) -> None:
        self.wb = Workbook(write_only=True)
        self.styles = Styles(self.wb)
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=LEVEL)
        self._sheet: FastSheet | None = None
        self._written: set[str] = set()
        self._jobs: queue.Queue[tuple[str, Any]] = queue.Queue(DEPTH)
        self._error: BaseException | None = None
        self._worker = threading.Thread(target=self._work, name="xlsx-deflate", daemon=True)
        self._worker.start()

    def _work(self) -> None:
        entry: IO[bytes] | None = None
        while True:
            job, arg = self._jobs.get()
            if job == "stop":
                if entry is not None:
                    try:
                        entry.close()
                    except BaseException as exc:
                        self._error = self._error or exc
                return
            if self._error is not None:
                continue  # keep taking jobs so the writer never blocks; it raises the error
            try:
                if job == "data":
                    assert entry is not None
                    entry.write(arg)
                elif job == "open":
                    entry = self.zip.open(arg, "w")
                else:  # "close"
                    assert entry is not None
                    entry.close()
                    entry = None
            except BaseException as exc:  # handed to the writing thread
                self._error = exc

    def _send(self, job: str, arg: Any = None) -> None:
        if self._error is not None:
            raise self._error
        self._jobs.put((job, arg))

    def _write(self, data: bytes) -> None:
        self._send("data", data)

    def sheet(self, title: str, cols: Sequence[Col], *, preamble: int = 0) -> FastSheet:
        """A new sheet after the others (the previous one must be finished)."""
        if self._sheet is not None:
            raise RuntimeError("finish the previous sheet first")
        ws: Any = self.wb.create_sheet(title[:31])
        header_row = preamble + 1
        ws.print_title_rows = f"{header_row}:{header_row}"
        name = f"xl/worksheets/sheet{len(self.wb.worksheets)}.xml"
        self._written.add(name)
        self._send("open", name)
        sh = FastSheet(self.styles, cols, self._write, preamble=preamble)
        sh.on_finish = lambda: self._finished(ws, sh)
        self._sheet = sh
        return sh

    def _finished(self, ws: Any, sh: FastSheet) -> None:
        ws.auto_filter.ref = sh.last_ref
        self._sheet = None
        self._send("close")

    def _stop(self) -> None:
        if self._worker.is_alive():
            self._jobs.put(("stop", None))
            self._worker.join()

    def close(self) -> None:
        """The parts around the sheets; then the zip's directory."""
        if self._sheet is not None:
            raise RuntimeError("a sheet is not finished")
        self._stop()
        if self._error is not None:
            raise self._error
        skeleton = io.BytesIO()
        self.wb.save(skeleton)
        with zipfile.ZipFile(skeleton) as parts:
            for info in parts.infolist():
                if info.filename not in self._written:
                    self.zip.writestr(info.filename, parts.read(info))
        self.zip.close()

    def abandon(self) -> None:
        """Stop after a failure or cancel (the caller removes the file)."""
        self._sheet = None
        self._stop()
        try:
            self.zip.close()
        except (OSError, ValueError):  # an entry left open by a failed write
            if self.zip.fp is not None:
                self.zip.fp.close()
