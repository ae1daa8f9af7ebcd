"""A fast streaming worksheet: each row is written as escaped XML text.

openpyxl's write-only mode builds a ``Cell`` object and lxml elements per
value (and writes every Cyrillic letter as a 7-byte character reference); at
nine million cells that was most of the export's time, slower than
xlsxwriter's constant-memory mode. Here a row is a handful of f-strings in
SpreadsheetML's own cell syntax, joined and handed in UTF-8 chunks to the
sheet's zip entry as it goes: nothing of a sheet is kept once written.
The workbook's other parts (styles, sheet names, defined names) stay
openpyxl's: see :mod:`observer_app.export.book`.

Every text cell is an inline string: text from users or files (``=1+2``,
``+7``, ``-3``, ``@x``, a leading tab or CR) is never a formula. Such text
also gets Excel's quote prefix, so editing the cell keeps it text. Control
characters XML cannot hold are written in OOXML's ``_xHHHH_`` escape (and a
literal ``_xHHHH_`` in user text is protected the same way), so no
character is dropped or reinterpreted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

RISKY_START = ("=", "+", "-", "@", "\t", "\r")
PRESERVE = 'xml:space="preserve"'

INT = "#,##0"
DELTA = "+#,##0;-#,##0;0"
PCT = "0.0%"

CHUNK = 4096  # pieces of XML text gathered before one UTF-8 write (a few hundred KB)
MAX_CELL_TEXT = 32_767  # Excel refuses a workbook with a longer text cell ("repair")
MAX_ROWS = 1_048_576  # nor will it open a sheet with more rows

# characters XML 1.0 cannot hold, even as character references
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_OOXML_ESCAPE = re.compile("(_x[0-9A-Fa-f]{4}_)")


def _control(m: re.Match[str]) -> str:
    return f"_x{ord(m.group()):04X}_"


def fit_cell(text: str) -> str:
    """``text`` cut to Excel's cell limit, saying how much was left out ("…[+1,234]")."""
    if len(text) <= MAX_CELL_TEXT:
        return text
    for keep in range(MAX_CELL_TEXT - 1, 0, -1):  # the marker's width depends on the count
        marker = f"…[+{len(text) - keep:,}]"
        if keep + len(marker) <= MAX_CELL_TEXT:
            return text[:keep] + marker
    raise AssertionError("unreachable")


def escape(text: str) -> str:
    """``text`` as the content of a ``<t>`` element: XML-escaped, every character kept."""
    if "_x" in text:
        text = _OOXML_ESCAPE.sub(r"_x005F\1", text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if not text.isprintable():  # rare: tab, newline, controls, unusual spaces, surrogates
        text = text.replace("\r", "&#13;")  # a parser reads a raw CR back as LF
        text = _CONTROL.sub(_control, text)
        text = _SURROGATE.sub("\ufffd", text)  # a lone surrogate cannot be encoded
    return text


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
        self.delta_hot = make(number_format=DELTA, fill=red, font=bold)


@dataclass(frozen=True, slots=True)
class Col:
    header: str
    width: float = 12
    kind: str = "text"  # text | int | delta | pct


def _attr(style: str | None) -> str:
    return f' s="{style}"' if style else ""


class FastSheet:
    """One sheet: optional preamble rows, a header row, data rows, streamed to ``write``.

    Call :meth:`row` for each row in order, then :meth:`finish` (writes the
    autofilter over the header and data rows and the page setup). ``write``
    takes UTF-8 bytes: the sheet's zip entry.
    """

    def __init__(
        self,
        styles: Styles,
        cols: Sequence[Col],
        write: Callable[[bytes], object],
        *,
        preamble: int = 0,
    ) -> None:
        self.styles = styles
        self.cols = list(cols)
        self.header_row = preamble + 1
        self.n = 0
        self.left_out = 0  # rows past Excel's limit, counted instead of written
        # the last row a sheet can hold says how many were left out (callers translate it)
        self.overflow_note: Callable[[int], str] = lambda n: f"…[+{n:,}]"
        self.on_finish: Callable[[], object] | None = None
        self._write = write
        self._buf: list[str] = []
        kinds = {"int": styles.int, "delta": styles.delta, "pct": styles.pct}
        self._default = [_attr(kinds.get(c.kind)) for c in self.cols]
        # each cell's XML up to its row number: '<c r="B'
        self._cells = [f'<c r="{get_column_letter(i + 1)}' for i in range(len(self.cols))]
        self._attrs: dict[str | None, str] = {None: ""}
        self._attrs.update((v, _attr(v)) for v in vars(styles).values() if isinstance(v, str))
        self._quoted = _attr(styles.quoted)
        self._buf.append(self._top())

    @property
    def last_ref(self) -> str:
        """The autofilter's range: header row to last row, first to last column."""
        last = get_column_letter(max(len(self.cols), 1))
        return f"A{self.header_row}:{last}{max(self.n, self.header_row)}"

    def _top(self) -> str:
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{c.width:g}" customWidth="1"/>'
            for i, c in enumerate(self.cols, 1)
        )
        top = self.header_row + 1
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetPr><outlinePr summaryBelow="1" summaryRight="1"/>'
            '<pageSetUpPr fitToPage="1"/></sheetPr>'
            '<sheetViews><sheetView workbookViewId="0">'
            f'<pane ySplit="{self.header_row}" topLeftCell="A{top}" activePane="bottomLeft"'
            ' state="frozen"/>'
            f'<selection pane="bottomLeft" activeCell="A{top}" sqref="A{top}"/>'
            "</sheetView></sheetViews>"
            '<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>'
            f"{f'<cols>{cols}</cols>' if cols else ''}<sheetData>"
        )

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
        if self.n >= MAX_ROWS - 1:  # keep the last row for the note on what was left out
            self.left_out += 1
            return
        self.n += 1
        rs = str(self.n)
        buf = self._buf
        if height is None:
            buf.append(f'<row r="{rs}">')
        else:
            buf.append(f'<row r="{rs}" ht="{height:g}" customHeight="1">')
        cells, default, quoted = self._cells, self._default, self._quoted
        if len(values) > len(cells):  # more cells than columns: unstyled, still written
            for i in range(len(cells), len(values)):
                cells.append(f'<c r="{get_column_letter(i + 1)}')
                default.append("")
        if styles is not None:
            attrs = self._attrs
            try:
                given = [attrs[s] for s in styles]
            except KeyError:
                given = [attrs.setdefault(s, _attr(s)) for s in styles]
            default = given + default[len(given) :]
        for v, c, style in zip(values, cells, default, strict=False):
            t = type(v)
            if t is int:
                buf.append(f'{c}{rs}"{style}><v>{v}</v></c>')
            elif t is str:  # the common text cell, inline here for speed (see _text)
                if not v:
                    continue
                x: str = v  # type: ignore[assignment]
                if len(x) > MAX_CELL_TEXT:
                    x = fit_cell(x)
                if not style and x.startswith(RISKY_START):
                    style = quoted
                space = x.strip() != x
                if "&" in x or "<" in x or ">" in x or "_x" in x or not x.isprintable():
                    x = escape(x)
                if space:
                    buf.append(f'{c}{rs}" t="inlineStr"{style}><is><t {PRESERVE}>{x}</t></is></c>')
                else:
                    buf.append(f'{c}{rs}" t="inlineStr"{style}><is><t>{x}</t></is></c>')
            elif v is None:
                continue
            elif t is float and math.isfinite(v):  # type: ignore[arg-type]
                buf.append(f'{c}{rs}"{style}><v>{v!r}</v></c>')
            elif t is bool:
                if v:
                    self._text(buf, c + rs, "✓", style)
            elif isinstance(v, int):  # an int subclass (an IntEnum is still its number)
                buf.append(f'{c}{rs}"{style}><v>{int(v)}</v></c>')
            else:  # anything else (a non-finite float, a date) is shown as its text
                self._text(buf, c + rs, str(v), style)
        buf.append("</row>")
        if len(buf) > CHUNK:
            self._flush()

    def _text(self, buf: list[str], start: str, v: str, style: str) -> None:
        """A text cell of another type's text (the str case is the same, inline in row)."""
        v = fit_cell(v)
        if not style and v.startswith(RISKY_START):
            style = self._quoted
        space = f" {PRESERVE}" if v.strip() != v else ""
        buf.append(f'{start}" t="inlineStr"{style}><is><t{space}>{escape(v)}</t></is></c>')

    def _flush(self) -> None:
        self._write("".join(self._buf).encode("utf-8"))
        self._buf.clear()

    def finish(self) -> None:
        """Close the sheet: the autofilter, the page set up for printing, the last bytes."""
        if self.left_out:
            self.n += 1
            self._buf.append(f'<row r="{self.n}">')
            self._text(self._buf, f'<c r="A{self.n}', self.overflow_note(self.left_out), "")
            self._buf.append("</row>")
        self._buf.append(
            f'</sheetData><autoFilter ref="{self.last_ref}"/>'
            '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
            '<pageSetup orientation="landscape" paperSize="9" fitToHeight="0" fitToWidth="1"/>'
            "</worksheet>"
        )
        self._flush()
        if self.on_finish is not None:
            self.on_finish()
