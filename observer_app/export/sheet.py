"""A fast row writer for openpyxl's write-only worksheets.

openpyxl's write-only mode streams rows to disk, but it builds a ``Cell``
object per value and serialises it through nested lxml context managers:
about 1.5× slower than xlsxwriter's constant-memory mode. Here each row is
built as one lxml ``<row>`` element and handed to the same worksheet stream,
so the sheet stays openpyxl's (styles, freeze panes, autofilter, column
widths) at xlsxwriter's speed.

Every text cell is written as an inline string: text from users or files
(``=1+2``, ``+7``, ``-3``, ``@x``, a leading tab or CR) is never a formula. Such
text also gets Excel's quote prefix, so editing the cell keeps it text.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.xml.functions import Element, SubElement

RISKY_START = ("=", "+", "-", "@", "\t", "\r")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

INT = "#,##0"
DELTA = "+#,##0;-#,##0;0"
PCT = "0.0%"


def clean(text: str) -> str:
    """``text`` without the control characters XML cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", text) if not text.isprintable() else text


class _Holder:
    def __init__(self, wb: Workbook) -> None:
        self.parent = wb


class Styles:
    """The few cell styles of a workbook, registered once; ids as XML attribute text."""

    def __init__(self, wb: Workbook) -> None:
        holder = _Holder(wb)  # cells only need ``parent.parent`` (the workbook) for styles

        def make(**kw: Any) -> str:
            cell = WriteOnlyCell(holder, 0)
            for name, value in kw.items():
                setattr(cell, name, value)
            return str(wb._cell_styles.add(cell._style))

        bold = Font(bold=True)
        grey = PatternFill("solid", fgColor="FFDDDDDD")
        red = PatternFill("solid", fgColor="FFF8CBAD")
        wrap = Alignment(wrap_text=True, vertical="top")
        self.header = make(font=bold, fill=grey, alignment=wrap)
        self.title = make(font=Font(bold=True, size=14))
        self.bold = make(font=bold)
        self.warn = make(font=Font(bold=True, color="FFC00000"))
        self.quoted = make(quotePrefix=True)
        self.int = make(number_format=INT)
        self.delta = make(number_format=DELTA)
        self.pct = make(number_format=PCT)
        self.int_hot = make(number_format=INT, fill=red, font=bold)
        self.delta_hot = make(number_format=DELTA, fill=red, font=bold)
        self.text_hot = make(fill=red, font=bold)


@dataclass(frozen=True, slots=True)
class Col:
    header: str
    width: float = 12
    kind: str = "text"  # text | int | delta | pct


class FastSheet:
    """One write-only sheet: optional preamble rows, a header row, data rows.

    Call :meth:`row` for each row in order, then :meth:`finish` (sets the
    autofilter over the header and data rows).
    """

    def __init__(
        self,
        wb: Workbook,
        styles: Styles,
        title: str,
        cols: Sequence[Col],
        *,
        preamble: int = 0,
    ) -> None:
        self.ws = wb.create_sheet(title[:31])
        self.styles = styles
        self.cols = list(cols)
        self.letters = [get_column_letter(i + 1) for i in range(max(len(cols), 30))]
        self.header_row = preamble + 1
        for letter, col in zip(self.letters, cols, strict=False):
            self.ws.column_dimensions[letter].width = col.width
        self.ws.freeze_panes = f"A{self.header_row + 1}"
        # printed (or saved as PDF) landscape, as wide as the page, header on every page
        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.paperSize = "9"  # A4
        self.ws.page_setup.fitToWidth = 1
        self.ws.page_setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        self.default = [self._kind_style(c.kind) for c in cols]
        self.n = 0
        self._stream = self._open()

    def _kind_style(self, kind: str) -> str | None:
        s = self.styles
        return {"int": s.int, "delta": s.delta, "pct": s.pct}.get(kind)

    def _open(self) -> Generator[None, Any, None] | None:
        ws: Any = self.ws
        if not (hasattr(ws, "_get_writer") and hasattr(ws, "_rows")):
            return None  # an openpyxl without these internals: use the public append
        ws._get_writer()

        def stream() -> Generator[None, Any, None]:
            xf = ws._writer.xf.send(True)
            with xf.element("sheetData"):
                try:
                    while True:
                        xf.write((yield))
                except GeneratorExit:
                    pass
            ws._writer.xf.send(None)

        gen = stream()
        next(gen)
        ws._rows = gen
        return gen

    def header(self) -> None:
        """The header row, tall enough for its longest wrapped header."""
        lines = max(-(-len(c.header) * 13 // (10 * max(c.width - 1, 1))) for c in self.cols)
        self.row(
            [c.header for c in self.cols],
            [self.styles.header] * len(self.cols),
            height=15 * max(1, min(lines, 4)),
        )

    def row(
        self,
        values: Sequence[object],
        styles: Sequence[str | None] | None = None,
        *,
        height: float | None = None,
    ) -> None:
        """Append one row; ``styles`` overrides the column styles cell by cell."""
        self.n += 1
        if self._stream is None:
            self._append_public(values, styles, height)
            return
        rs = str(self.n)
        row = Element("row", r=rs)
        if height is not None:
            row.set("ht", str(height))
            row.set("customHeight", "1")
        letters = self.letters
        default = self.default
        quoted = self.styles.quoted
        for i, v in enumerate(values):
            if v is None or v == "":
                continue
            s = (
                styles[i]
                if styles and i < len(styles)
                else (default[i] if i < len(default) else None)
            )
            ref = letters[i] + rs
            if isinstance(v, bool):
                v = "✓" if v else ""
                if not v:
                    continue
            if isinstance(v, (int, float)):
                c = SubElement(row, "c", r=ref, s=s) if s else SubElement(row, "c", r=ref)
                SubElement(c, "v").text = repr(v) if isinstance(v, float) else str(v)
                continue
            text = clean(str(v))
            if s is None and text.startswith(RISKY_START):
                s = quoted
            if s:
                c = SubElement(row, "c", r=ref, t="inlineStr", s=s)
            else:
                c = SubElement(row, "c", r=ref, t="inlineStr")
            t = SubElement(SubElement(c, "is"), "t")
            if text != text.strip():
                t.set(XML_SPACE, "preserve")
            t.text = text
        self._stream.send(row)

    def _append_public(
        self, values: Sequence[object], styles: Sequence[str | None] | None, height: float | None
    ) -> None:
        from openpyxl.styles.cell_style import StyleArray

        cells: list[object] = []
        wb = self.ws.parent
        for i, v in enumerate(values):
            if v is None or v == "":
                cells.append(None)
                continue
            cell = WriteOnlyCell(self.ws, v if not isinstance(v, str) else clean(v))
            if isinstance(v, str):
                cell.data_type = "s"
            if styles and i < len(styles):
                s = styles[i]
            else:
                s = self.default[i] if i < len(self.default) else None
            if s is None and isinstance(v, str) and v.startswith(RISKY_START):
                s = self.styles.quoted
            if s is not None:
                cell._style = StyleArray(wb._cell_styles[int(s)])
            cells.append(cell)
        if height is not None:
            self.ws.row_dimensions[self.n].height = height
        self.ws.append(cells)

    def finish(self) -> None:
        last = self.letters[len(self.cols) - 1]
        self.ws.auto_filter.ref = f"A{self.header_row}:{last}{max(self.n, self.header_row)}"
