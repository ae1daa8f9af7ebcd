"""Reading tables from files: CSV (UTF-8, UTF-8 with BOM, cp1251; `,` `;` or tab),
CSV inside a .zip, and XLSX (read with python-calamine, several times faster
than openpyxl's read-only mode).

Everything comes out as strings with the file's own row numbers, so that every
later message can name file, row and column: a :class:`Table` holding all rows,
or a :class:`TableStream` for one pass (national files, where holding every
cell would cost hundreds of MB).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observer_app.errors import InputError

ENCODINGS = ("utf-8-sig", "cp1251")
DELIMITERS = (",", ";", "\t")
MAX_UNZIPPED = 2 * 1024**3  # refuse archives that would expand beyond 2 GiB
XLSX_MAGIC = b"PK\x03\x04"


@dataclass
class Table:
    """A header and rows of cell texts. ``row_numbers[i]`` is the file's row of ``rows[i]``."""

    name: str  # what messages call the file ("results.zip:2018.csv")
    header: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    sha256: str = ""
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    columns: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.columns = {}
        for i, name in enumerate(self.header):
            self.columns.setdefault(name, i)

    def where(self, index: int, column: str | None = None) -> str:
        """'file, row 12, column "L7"'."""
        text = f"{self.name}, row {self.row_numbers[index]}"
        return f'{text}, column "{column}"' if column is not None else text


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class TableStream:
    """A table's header and a one-pass iterator over its rows (``(file row number, cells)``).

    Importers of national files stream rows instead of holding every cell:
    97,699 rows × 24 cells as Python strings cost several hundred MB.
    """

    name: str
    header: list[str]
    header_row: int
    rows: Iterator[tuple[int, list[str]]]
    sha256: str = ""
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    estimated_rows: int = 0  # for progress bars; 0 when unknown

    def where(self, row: int, column: str | None = None) -> str:
        """'file, row 12, column "L7"' (``row`` is the file's own row number)."""
        text = f"{self.name}, row {row}"
        return f'{text}, column "{column}"' if column is not None else text


def open_table(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    member: str | None = None,
) -> TableStream:
    """Open any supported table file for one pass over its rows.

    Raises :class:`InputError` naming the file when it is missing, empty,
    binary, not in the given encoding, or has no header row.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", where=str(path))
    fetched = _take_prefetched(path, sheet, member)
    if fetched is not None:
        data, digest = fetched.data, fetched.digest
    else:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
    if _blank(data):
        raise InputError("the file is empty", where=path.name)
    kind = _kind(path, data)
    if kind == "xlsx":
        table = _open_xlsx(data, path.name, sheet, fetched.sheet if fetched else None)
    elif kind == "zip":
        if fetched is not None and fetched.inner is not None:
            inner_name, inner = fetched.inner
        else:
            inner_name, inner = _unzip_member(data, path.name, member)
        del data, fetched
        if _blank(inner):
            raise InputError(f"{inner_name} inside is empty", where=path.name)
        if inner_name.lower().endswith((".xlsx", ".xlsm")):
            table = _open_xlsx(inner, f"{path.name}:{inner_name}", sheet)
        else:
            table = _open_csv(inner, f"{path.name}:{inner_name}", encoding, delimiter)
    else:
        table = _open_csv(data, path.name, encoding, delimiter)
    table.sha256 = digest
    return table


def _blank(data: bytes) -> bool:
    """Whether ``data`` is empty or only ASCII whitespace, as ``not data.strip()`` but
    without copying a national file to find out."""
    return not data or data.isspace()


def _kind(path: Path, data: bytes) -> str:
    """How to read the file: "xlsx", "zip" (a table inside) or "csv"."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm") or (suffix != ".zip" and _is_xlsx(data)):
        return "xlsx"
    if suffix == ".zip" or data.startswith(XLSX_MAGIC):
        return "zip"
    return "csv"


# -- reading ahead ------------------------------------------------------------------------------


@dataclass
class _Prefetched:
    """What a background read of a file got: its bytes and hash, the table inside a
    .zip, or an XLSX's parsed sheet (sheet, sheet name)."""

    key: tuple[str, int, int, str | None, str | None]
    thread: threading.Thread
    data: bytes = b""
    digest: str = ""
    inner: tuple[str, bytes] | None = None
    sheet: tuple[Any, str] | None = None
    failed: bool = True


_prefetched: _Prefetched | None = None
_prefetch_lock = threading.Lock()


def _prefetch_key(
    path: Path, sheet: str | None, member: str | None
) -> tuple[str, int, int, str | None, str | None] | None:
    try:
        real = path.resolve()
        st = real.stat()
    except OSError:
        return None
    return (str(real), st.st_size, st.st_mtime_ns, sheet, member)


def prefetch(path: str | Path, *, sheet: str | None = None, member: str | None = None) -> None:
    """Start reading a table file in a background thread, for a later :func:`open_table`.

    The slow parts of opening a national file run without Python's GIL: reading,
    hashing, unzipping, and python-calamine's parse of an XLSX sheet (two and a
    half seconds for 100,000 rows). A command starts them first and meanwhile
    imports its modules and loads the election. :func:`open_table` with the same
    file, sheet and member takes the result (the file unchanged since: same size
    and modification time); anything else, or any failure, and it reads the file
    itself as always, so every message stays its own.
    """
    global _prefetched
    path = Path(path)
    key = _prefetch_key(path, sheet, member)
    if key is None or not path.is_file():
        return
    thread = threading.Thread(target=lambda: _fetch(job, path), name="prefetch", daemon=True)
    job = _Prefetched(key, thread)
    with _prefetch_lock:
        _prefetched = job
    thread.start()


def _fetch(job: _Prefetched, path: Path) -> None:
    sheet, member = job.key[3], job.key[4]
    try:
        data = job.data = path.read_bytes()
        job.digest = hashlib.sha256(data).hexdigest()
        kind = _kind(path, data)
        if kind == "xlsx":
            job.sheet = _read_sheet(data, path.name, sheet)
        elif kind == "zip":
            job.inner = _unzip_member(data, path.name, member)
    except Exception:  # open_table reads the file again and says what is wrong
        return
    job.failed = False


def _read_sheet(data: bytes, name: str, sheet: str | None) -> tuple[Any, str]:
    """An XLSX's sheet to read (parsed by python-calamine: the slow part) and its name."""
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise InputError(f"not a readable XLSX workbook ({exc})", where=name) from None
    names = wb.sheet_names
    if sheet is not None and sheet not in names:
        raise InputError(f"no sheet {sheet!r} (sheets: {', '.join(names)})", where=name)
    target = sheet or names[0]
    try:
        return wb.get_sheet_by_name(target), target
    except Exception as exc:
        raise InputError(f"cannot read sheet {target!r} ({exc})", where=name) from None


def _take_prefetched(path: Path, sheet: str | None, member: str | None) -> _Prefetched | None:
    """The background read of this file, finished, if one was started and it fits."""
    global _prefetched
    with _prefetch_lock:
        job, _prefetched = _prefetched, None
    if job is None:
        return None
    job.thread.join()
    if job.failed or job.key != _prefetch_key(path, sheet, member):
        return None
    return job


def drop_prefetched() -> None:
    """Forget a background read nobody took (a command that stopped before reading)."""
    global _prefetched
    with _prefetch_lock:
        _prefetched = None


def read_table(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    member: str | None = None,
    limit: int | None = None,
) -> Table:
    """Read any supported table file; raise :class:`InputError` naming the file on failure."""
    stream = open_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet, member=member)
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, cells in stream.rows:
        rows.append(cells)
        numbers.append(number)
        if limit is not None and len(rows) >= limit:
            break
    return Table(
        stream.name,
        stream.header,
        rows,
        numbers,
        sha256=stream.sha256,
        encoding=stream.encoding,
        delimiter=stream.delimiter,
        sheet=stream.sheet,
    )


def _is_xlsx(data: bytes) -> bool:
    if not data.startswith(XLSX_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _unzip_member(data: bytes, name: str, member: str | None) -> tuple[str, bytes]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError("not a readable .zip archive (truncated or damaged)", where=name) from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        tables = [
            i for i in infos if i.filename.lower().endswith((".csv", ".txt", ".tsv", ".xlsx"))
        ]
        if member is not None:
            tables = [i for i in infos if i.filename == member]
            if not tables:
                raise InputError(f"the archive has no member {member!r}", where=name)
        if len(tables) != 1:
            found = ", ".join(i.filename for i in infos) or "nothing"
            raise InputError(
                f"expected exactly one table (.csv, .tsv, .txt, .xlsx) inside, found: {found}",
                where=name,
            )
        info = tables[0]
        if info.file_size > MAX_UNZIPPED:
            raise InputError(
                f"{info.filename} would expand to {info.file_size:,} bytes "
                f"(limit {MAX_UNZIPPED:,})",
                where=name,
            )
        try:
            return info.filename, zf.read(info)
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise InputError(f"cannot extract {info.filename}: {exc}", where=name) from None


def _canonical_encoding(encoding: str) -> str:
    """The codec to read with: a UTF-8 file may start with a BOM whether or not it was named."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown text encoding {encoding!r}") from None
    return "utf-8-sig" if name in ("utf-8", "utf-8-sig") else name


def _decodes(data: bytes, encoding: str) -> bool:
    """Whether all of ``data`` is valid ``encoding`` text, checked in chunks (no full copy)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        for i in range(0, len(data), 1 << 20):
            decoder.decode(data[i : i + (1 << 20)])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(data: bytes, name: str, encoding: str | None = None) -> str:
    """The codec for ``data``: the given one, else UTF-8 (BOM or not), else cp1251.

    A given codec is not tried on the whole file here: the reader decodes the
    file once and refuses it at the first byte the codec cannot read.
    """
    if b"\x00" in data[:65536]:
        raise InputError("this is a binary file, not a text table (CSV)", where=name)
    if encoding:
        return _canonical_encoding(encoding)
    for enc in ENCODINGS:
        if _decodes(data, enc):
            return enc
    raise InputError("cannot tell the text encoding (tried UTF-8 and cp1251)", where=name)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header into the most columns, consistently."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_score = ",", -1
    for d in DELIMITERS:
        counts = [len(next(csv.reader([line], delimiter=d))) for line in lines[:10]]
        if not counts or counts[0] < 2:
            continue
        score = counts[0] * 10 + sum(c == counts[0] for c in counts)
        if score > best_score:
            best, best_score = d, score
    return best


def _open_csv(data: bytes, name: str, encoding: str | None, delimiter: str | None) -> TableStream:
    enc = detect_encoding(data, name, encoding)
    head = data[:65536].decode(enc, errors="ignore")
    delim = delimiter or sniff_delimiter(head)
    text = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline="")
    reader = csv.reader(text, delimiter=delim)
    not_valid = InputError(f"the file is not valid {encoding} text", where=name)
    header: list[str] | None = None
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                header = [cell.strip() for cell in row]
                break
    except csv.Error as exc:
        raise InputError(f"malformed CSV near row {reader.line_num}: {exc}", where=name) from None
    except UnicodeDecodeError:  # only a given codec can fail: a detected one read it all
        raise not_valid from None
    if header is None:
        raise InputError("the file has no header row", where=name)

    has_nul = b"\x00" in data  # the csv module refuses such a line: keep it the judge
    limit = csv.field_size_limit()

    def rows() -> Iterator[tuple[int, list[str]]]:
        """Every row that is not blank, with its line number.

        The csv module reads every line that holds a quote (a quoted field may
        span lines) or that it would refuse; any other line is split on the
        delimiter, which is what the csv module would make of it, for two thirds
        of the cost on a national file.
        """
        number = reader.line_num
        feed = _LinesWithPutBack(text)
        sub = csv.reader(feed, delimiter=delim)  # one for every such line: a third the cost
        start: int | None = None  # sub's line count before the record it is reading
        try:
            for line in text:
                number += 1
                if '"' not in line and not has_nul and len(line) <= limit:
                    cells = line.rstrip("\r\n").split(delim)
                else:
                    feed.back = line
                    start = sub.line_num
                    cells = next(sub)
                    number += sub.line_num - start - 1
                    start = None
                if any(cells) and (cells[0].strip() or any(map(str.strip, cells))):
                    yield number, cells
        except csv.Error as exc:
            near = number + (sub.line_num - start - 1 if start is not None else 0)
            raise InputError(f"malformed CSV near row {near}: {exc}", where=name) from None
        except UnicodeDecodeError:
            raise not_valid from None

    return TableStream(
        name,
        header,
        reader.line_num,
        rows(),
        encoding="utf-8" if enc == "utf-8-sig" else enc,
        delimiter=delim,
        estimated_rows=max(data.count(b"\n") - reader.line_num, 0) + 1,
    )


class _LinesWithPutBack:
    """A text's lines, with one line put back to be read first: the csv module reads a
    quoted line (and the lines a quoted field spans) through this one iterator."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines = lines
        self.back: str | None = None

    def __iter__(self) -> _LinesWithPutBack:
        return self

    def __next__(self) -> str:
        line = self.back
        if line is None:
            return next(self.lines)
        self.back = None
        return line


def _open_xlsx(
    data: bytes, name: str, sheet: str | None, parsed: tuple[Any, str] | None = None
) -> TableStream:
    """``parsed``: the sheet and its name as a :func:`prefetch` already read them."""
    found, target = parsed if parsed is not None else _read_sheet(data, name, sheet)
    # One row at a time (a national sheet as one list of lists costs 100 MB and a third
    # of a second): rows come from the sheet's first row, columns from its first used
    # one, so the columns are padded back to start at A.
    pad = [""] * (found.start[1] if found.start else 0)
    values = enumerate(found.iter_rows(), start=1)
    header: list[str] | None = None
    header_row = 0
    for i, raw in values:
        cells = [_cell_text(v) for v in pad + raw]
        if any(c.strip() for c in cells):
            header, header_row = [c.strip() for c in cells], i
            break
    if header is None:
        raise InputError(f"sheet {target!r} is empty", where=name)

    def rows() -> Iterator[tuple[int, list[str]]]:
        text = _CellTexts().__getitem__
        for i, raw in values:
            if pad:
                raw = pad + raw
            if bool in set(map(type, raw)):  # True == 1.0: a boolean must not hit the memo
                cells = [_cell_text(v) for v in raw]
            else:
                cells = list(map(text, raw))
            if any(map(str.strip, cells)):
                yield i, cells

    return TableStream(
        f"{name}[{target}]",
        header,
        header_row,
        rows(),
        sheet=target,
        estimated_rows=max((found.end[0] + 1 if found.end else 0) - header_row, 0),
    )


class _CellTexts(dict[object, str]):
    """:func:`_cell_text` remembered for numbers: a national sheet has two million
    number cells but only thousands of distinct values, so most cells are
    converted by a dict lookup in C instead of a Python call."""

    def __missing__(self, value: object) -> str:
        if value.__class__ is str:  # names and addresses: each one new, kept as it is
            return value
        text = _cell_text(value)
        if value.__class__ is float:
            self[value] = text
        return text


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
