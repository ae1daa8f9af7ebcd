"""Mappings: how the columns of someone else's results table become stations and figures.

A mapping is a JSON file validated by ``schemas/mapping.schema.json``; built-in
ones live in ``observer_app/data/mappings`` and are loaded by id, users' by path.
Without a mapping a table must be in the canonical layout: a ``station``
column, optional ``contest``, one column per form line key, one per candidate
(the candidate's name or ``#<ballot number>``) and ``against_all``.

Either way the header is resolved once into a :class:`Layout` of column
indices, so the row loops of the importers do no name lookups.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from observer_app.errors import InputError
from observer_app.forms import ProtocolForm
from observer_app.importing.cells import Problems, TooManyProblems, normalise
from observer_app.importing.readers import TableStream, open_table
from observer_app.paths import data_dir
from observer_app.schemas import validate

ColumnRef = str | int  # a header (case and surrounding whitespace ignored) or a 0-based position

CANONICAL = "canonical layout"
STATION, CONTEST, CONTEST_NAME = "station", "contest", "contest_name"
NAME, ADDRESS, VOTERS, AGAINST_ALL = "name", "address", "registered_voters", "against_all"
_BALLOT_HEADER = re.compile(r"#\s*(\d{1,3})")


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class JoinedColumns(_Spec):
    columns: tuple[ColumnRef, ...] = Field(min_length=1)
    separator: str = "/"


TextSpec = ColumnRef | JoinedColumns


class CandidateSpec(_Spec):
    column: ColumnRef
    name: str | None = None
    ballot_number: int | None = Field(default=None, ge=1, le=999)
    nomination: str = ""
    contest: str | None = None


class CandidatesSpec(_Spec):
    """An explicit list of columns, or a run of columns (from/after .. to/before, except)."""

    columns: tuple[CandidateSpec, ...] | None = None
    from_: ColumnRef | None = Field(default=None, alias="from")
    after: ColumnRef | None = None
    to: ColumnRef | None = None
    before: ColumnRef | None = None
    except_: tuple[ColumnRef, ...] = Field(default=(), alias="except")


class VotersSpec(_Spec):
    column: ColumnRef | None = None
    line: str | None = None


class FileSpec(_Spec):
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    member: str | None = None


class Mapping(_Spec):
    schema_: str | None = Field(default=None, alias="$schema")
    id: str
    title: str = ""
    description: str = ""
    form: str | None = None
    file: FileSpec = FileSpec()
    station: TextSpec
    contest: TextSpec | None = None
    contest_name: TextSpec | None = None
    station_name: TextSpec | None = None
    station_address: TextSpec | None = None
    registered_voters: VotersSpec | None = None
    lines: dict[str, ColumnRef] = {}
    candidates: CandidatesSpec | None = None
    against_all: ColumnRef | None = None


@dataclass(frozen=True)
class ReadOptions:
    """How to read a table when it cannot be detected; overrides the mapping's ``file``."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    member: str | None = None


def open_mapped(
    path: str | Path, mapping: Mapping | None, options: ReadOptions | None = None
) -> TableStream:
    """Open a table with the given options, else the mapping's, else detection."""
    o = options or ReadOptions()
    f = mapping.file if mapping else FileSpec()
    return open_table(
        path,
        encoding=o.encoding or f.encoding,
        delimiter=o.delimiter or f.delimiter,
        sheet=o.sheet or f.sheet,
        member=o.member or f.member,
    )


def builtin_mapping_ids() -> list[str]:
    return sorted(p.stem for p in (data_dir() / "mappings").glob("*.json"))


def load_mapping(id_or_path: str | Path) -> Mapping:
    """A built-in mapping by id, or a user's mapping file by path."""
    path = Path(id_or_path)
    builtin = data_dir() / "mappings" / f"{id_or_path}.json"
    if isinstance(id_or_path, str) and builtin.is_file():
        path = builtin
    elif not path.is_file():
        known = ", ".join(builtin_mapping_ids())
        raise InputError(f"no mapping {str(id_or_path)!r}: not a built-in ({known}) nor a file")
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not a JSON file ({exc})", where=str(path)) from None
    validate(data, "mapping", str(path))
    try:
        return Mapping.model_validate(data)
    except ValidationError as exc:  # the schema should have caught it; say where anyway
        raise InputError(str(exc), where=str(path)) from None


@dataclass(frozen=True, slots=True)
class TextColumns:
    """One or more columns whose stripped cells, joined, make one text (a station code)."""

    indices: tuple[int, ...]
    headers: tuple[str, ...]
    separator: str

    @property
    def label(self) -> str:
        return " + ".join(self.headers)

    def code(self, row: Sequence[str]) -> str | None:
        """The joined text, or None when any part is blank (a code needs every part)."""
        if len(self.indices) == 1:
            return row[self.indices[0]].strip() or None
        if len(self.indices) == 2:  # region + number: the national files' case, 97,699 times
            first, second = row[self.indices[0]].strip(), row[self.indices[1]].strip()
            return f"{first}{self.separator}{second}" if first and second else None
        parts = [row[i].strip() for i in self.indices]
        return self.separator.join(parts) if all(parts) else None

    def text(self, row: list[str]) -> str:
        """The non-blank parts joined (for names and addresses)."""
        return self.separator.join(p for p in (row[i].strip() for i in self.indices) if p)


@dataclass(frozen=True, slots=True)
class CandidateColumn:
    index: int
    header: str
    name: str  # the candidate's name to create or match; "" when only the number is known
    ballot_number: int | None
    nomination: str = ""
    contest: str | None = None  # only rows of this contest (explicit mappings)


@dataclass(frozen=True)
class Layout:
    """The resolved columns of one table: every role as column indices."""

    origin: str  # the mapping id, or CANONICAL
    header: tuple[str, ...]
    station: TextColumns
    contest: TextColumns | None
    contest_name: TextColumns | None
    station_name: TextColumns | None
    station_address: TextColumns | None
    voters_column: int | None
    voters_line: str | None
    lines: tuple[tuple[str, int], ...]  # (figure key, column) in protocol order
    candidates: tuple[CandidateColumn, ...]
    unnamed: tuple[int, ...] = ()  # canonical columns without a header: must stay blank

    @property
    def width(self) -> int:
        """Cells a row needs for every column this layout reads."""
        used = [*self.station.indices, *(c.index for c in self.candidates), *self.unnamed]
        used += [i for _, i in self.lines]
        for spec in (self.contest, self.contest_name, self.station_name, self.station_address):
            if spec is not None:
                used += spec.indices
        if self.voters_column is not None:
            used.append(self.voters_column)
        return max(used) + 1

    def header_of(self, index: int) -> str:
        return self.header[index] or f"column {index + 1}"


class _Header:
    """Finds columns by header (normalised) or position, collecting what is missing."""

    def __init__(self, header: list[str], where: str, problems: Problems, origin: str) -> None:
        self.header = header
        self.where = where
        self.problems = problems
        self.origin = origin
        self.index: dict[str, list[int]] = {}
        for i, name in enumerate(header):
            self.index.setdefault(normalise(name), []).append(i)

    def find(self, ref: ColumnRef, role: str) -> int | None:
        if isinstance(ref, int):
            if ref < len(self.header):
                return ref
            self.problems.add(
                self.where,
                f"{self.origin} wants column position {ref} for {role}, "
                f"but the table has only {len(self.header)} columns",
            )
            return None
        found = self.index.get(normalise(ref), [])
        if len(found) == 1:
            return found[0]
        if not found:
            self.problems.add(
                f'{self.where}, column "{ref}"', f"missing column (wanted for {role})"
            )
        else:
            rows = ", ".join(str(i + 1) for i in found)
            self.problems.add(
                f'{self.where}, column "{ref}"',
                f"the header has this column {len(found)} times (positions {rows}); "
                f"{role} needs exactly one",
            )
        return None

    def text(self, spec: TextSpec | None, role: str) -> TextColumns | None:
        if spec is None:
            return None
        refs, sep = (
            (spec.columns, spec.separator) if isinstance(spec, JoinedColumns) else ((spec,), "/")
        )
        found = [self.find(r, role) for r in refs]
        if any(i is None for i in found):
            return None
        indices = tuple(i for i in found if i is not None)
        return TextColumns(indices, tuple(self.header[i] for i in indices), sep)


def resolve(
    mapping: Mapping | None,
    header: list[str],
    form: ProtocolForm,
    *,
    where: str,
    require_lines: bool = True,
) -> Layout:
    """The :class:`Layout` of a table with ``header``; raises naming every missing column.

    ``where`` names the header row ('results.csv, row 1'). ``require_lines``:
    the canonical layout must have a column for every form line (tally import).
    """
    problems = Problems(where)
    origin = f"mapping {mapping.id!r}" if mapping else CANONICAL
    cols = _Header(header, where, problems, origin)
    try:
        layout = (
            _resolve_mapping(mapping, cols, form)
            if mapping
            else _resolve_canonical(cols, form, require_lines)
        )
    except _Unresolved:
        layout = None
    except TooManyProblems:
        raise problems.refused(complete=False) from None
    problems.raise_if_any()
    assert layout is not None
    return layout


class _Unresolved(Exception):
    pass


def _resolve_mapping(m: Mapping, cols: _Header, form: ProtocolForm) -> Layout:
    station = cols.text(m.station, "the station code")
    contest = cols.text(m.contest, "the contest")
    contest_name = cols.text(m.contest_name, "the contest name")
    station_name = cols.text(m.station_name, "the station name")
    station_address = cols.text(m.station_address, "the station address")
    known = form.lines_by_key
    lines: dict[str, int] = {}
    for key, ref in m.lines.items():
        if key not in known:
            cols.problems.add(
                f"mapping {m.id!r}",
                f"line {key!r} is not a line of form {form.id} ({', '.join(form.line_keys)})",
            )
            continue
        idx = cols.find(ref, f"line {key}")
        if idx is not None:
            lines[key] = idx
    if m.against_all is not None:
        if form.against_all is None:
            cols.problems.add(f"mapping {m.id!r}", f"form {form.id} has no against-all line")
        else:
            idx = cols.find(m.against_all, "against all")
            if idx is not None:
                lines[form.against_all.key] = idx
    voters_column, voters_line = None, None
    if m.registered_voters is not None:
        if m.registered_voters.column is not None:
            voters_column = cols.find(m.registered_voters.column, "registered voters")
        elif m.registered_voters.line is not None:
            voters_line = m.registered_voters.line
            if voters_line not in lines and voters_line in known:
                cols.problems.add(
                    f"mapping {m.id!r}",
                    f"registered voters come from line {voters_line}, which the mapping "
                    "does not map to a column",
                )
            elif voters_line not in known:
                cols.problems.add(
                    f"mapping {m.id!r}", f"{voters_line!r} is not a line of form {form.id}"
                )
    if station is None:
        raise _Unresolved
    used = {*station.indices, *lines.values()}
    for spec in (contest, contest_name, station_name, station_address):
        if spec is not None:
            used.update(spec.indices)
    if voters_column is not None:
        used.add(voters_column)
    candidates = _mapped_candidates(m, cols, used)
    return Layout(
        origin=m.id,
        header=tuple(cols.header),
        station=station,
        contest=contest,
        contest_name=contest_name,
        station_name=station_name,
        station_address=station_address,
        voters_column=voters_column,
        voters_line=voters_line,
        lines=tuple((k, lines[k]) for k in form.line_keys if k in lines),
        candidates=candidates,
    )


def _mapped_candidates(m: Mapping, cols: _Header, used: set[int]) -> tuple[CandidateColumn, ...]:
    spec = m.candidates
    if spec is None:
        return ()
    out: list[CandidateColumn] = []
    if spec.columns is not None:
        for c in spec.columns:
            idx = cols.find(c.column, "a candidate")
            if idx is None:
                continue
            number = c.ballot_number
            name = c.name if c.name is not None else cols.header[idx].strip()
            if c.name is None and number is None and (hit := _BALLOT_HEADER.fullmatch(name)):
                number, name = int(hit.group(1)), ""
            out.append(
                CandidateColumn(idx, cols.header[idx], name, number, c.nomination, c.contest)
            )
        return tuple(out)
    start, end = 0, len(cols.header) - 1
    if spec.from_ is not None and (i := cols.find(spec.from_, "the first candidate")) is not None:
        start = i
    if (
        spec.after is not None
        and (i := cols.find(spec.after, "the column before candidates")) is not None
    ):
        start = i + 1
    if spec.to is not None and (i := cols.find(spec.to, "the last candidate")) is not None:
        end = i
    if (
        spec.before is not None
        and (i := cols.find(spec.before, "the column after candidates")) is not None
    ):
        end = i - 1
    skip = {i for ref in spec.except_ if (i := cols.find(ref, "a column to skip")) is not None}
    for idx in range(start, end + 1):
        if idx in used or idx in skip:
            continue
        header = cols.header[idx].strip()
        if not header:
            cols.problems.add(
                f"{cols.where}, column {idx + 1}",
                f"a candidate column of mapping {m.id!r} has no header (no candidate name)",
            )
            continue
        number = int(hit.group(1)) if (hit := _BALLOT_HEADER.fullmatch(header)) else None
        out.append(CandidateColumn(idx, cols.header[idx], "" if number else header, number))
    if not out:
        cols.problems.add(f"mapping {m.id!r}", "the candidate columns it describes are not there")
    return tuple(out)


def _resolve_canonical(cols: _Header, form: ProtocolForm, require_lines: bool) -> Layout:
    reserved = {STATION, CONTEST, CONTEST_NAME, NAME, ADDRESS, VOTERS}
    seen: dict[str, int] = {}
    for i, h in enumerate(cols.header):
        key = normalise(h)
        if key and key in seen:
            cols.problems.add(
                f'{cols.where}, column "{h}"',
                f"this column appears twice (positions {seen[key] + 1} and {i + 1})",
            )
        seen.setdefault(key, i)
    if STATION not in seen:
        cols.problems.add(
            f'{cols.where}, column "{STATION}"',
            "missing column: a table without a mapping needs a 'station' column "
            "(or give a mapping for this layout)",
        )
        raise _Unresolved
    station = cols.text(STATION, "the station code")
    if station is None:
        raise _Unresolved

    def optional(name: str) -> TextColumns | None:
        return TextColumns((seen[name],), (cols.header[seen[name]],), "/") if name in seen else None

    line_keys = {normalise(k): k for k in form.line_keys}
    if form.against_all is not None:
        line_keys[AGAINST_ALL] = form.against_all.key
    lines: dict[str, int] = {}
    candidates: list[CandidateColumn] = []
    unnamed: list[int] = []
    for i, h in enumerate(cols.header):
        key = normalise(h)
        if not key:
            unnamed.append(i)
        elif key in reserved:
            continue
        elif key in line_keys:
            if line_keys[key] in lines:
                cols.problems.add(
                    f'{cols.where}, column "{h}"',
                    f"line {line_keys[key]} already has a column",
                )
            lines[line_keys[key]] = i
        else:
            hit = _BALLOT_HEADER.fullmatch(h.strip())
            number = int(hit.group(1)) if hit else None
            candidates.append(CandidateColumn(i, h, "" if hit else h.strip(), number))
    if require_lines:
        for k in form.line_keys:
            if k not in lines:
                header = AGAINST_ALL if form.against_all and k == form.against_all.key else k
                cols.problems.add(
                    f'{cols.where}, column "{header}"',
                    f"missing column for form line {k} "
                    f"({form.lines_by_key[k].label.en}) of form {form.id}",
                )
    return Layout(
        origin=CANONICAL,
        header=tuple(cols.header),
        station=station,
        contest=optional(CONTEST),
        contest_name=optional(CONTEST_NAME),
        station_name=optional(NAME),
        station_address=optional(ADDRESS),
        voters_column=seen.get(VOTERS),
        voters_line=None,
        lines=tuple((k, lines[k]) for k in form.line_keys if k in lines),
        candidates=tuple(candidates),
        unnamed=tuple(unnamed),
    )
