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
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook

from observer_app.export.sheet import Col, FastSheet, Styles

# deflate level: 1 writes the 45 MB national workbook about twice as fast as the
# default 6 for a file about a fifth larger
LEVEL = 1


class Book:
    """An .xlsx being written to ``path``: :meth:`sheet` one after another, then :meth:`close`."""

    def __init__(self, path: Path | str) -> None:
        self.wb = Workbook(write_only=True)
        self.styles = Styles(self.wb)
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=LEVEL)
        self._entry: IO[bytes] | None = None
        self._sheet: FastSheet | None = None
        self._written: set[str] = set()

    def sheet(self, title: str, cols: Sequence[Col], *, preamble: int = 0) -> FastSheet:
        """A new sheet after the others (the previous one must be finished)."""
        if self._sheet is not None:
            raise RuntimeError("finish the previous sheet first")
        ws: Any = self.wb.create_sheet(title[:31])
        header_row = preamble + 1
        ws.print_title_rows = f"{header_row}:{header_row}"
        name = f"xl/worksheets/sheet{len(self.wb.worksheets)}.xml"
        self._written.add(name)
        entry = self.zip.open(name, "w")
        self._entry = entry
        sh = FastSheet(self.styles, cols, entry.write, preamble=preamble)
        sh.on_finish = lambda: self._finished(ws, sh)
        self._sheet = sh
        return sh

    def _finished(self, ws: Any, sh: FastSheet) -> None:
        ws.auto_filter.ref = sh.last_ref
        if self._entry is not None:
            self._entry.close()
        self._entry, self._sheet = None, None

    def close(self) -> None:
        """The parts around the sheets; then the zip's directory."""
        if self._sheet is not None:
            raise RuntimeError("a sheet is not finished")
        skeleton = io.BytesIO()
        self.wb.save(skeleton)
        with zipfile.ZipFile(skeleton) as parts:
            for info in parts.infolist():
                if info.filename not in self._written:
                    self.zip.writestr(info.filename, parts.read(info))
        self.zip.close()

    def abandon(self) -> None:
        """Stop after a failure or cancel (the caller removes the file)."""
        if self._entry is not None:
            self._entry.close()
        self._entry, self._sheet = None, None
        self.zip.close()
