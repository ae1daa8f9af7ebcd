"""Importing an election: from its JSON definition, or built from a wide results table.

A definition file (``schemas/election.schema.json``) states everything. A wide
results table (CSV, CSV in .zip, XLSX; canonical layout or a mapping) gives
the stations from its station codes, the contests from its contest column (one
contest when there is none: a national election), and the candidates from its
candidate columns in column order. Every row is checked before anything is
stored; the election is then created in one transaction.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from observer_app.domain.inputs import ElectionIn, validated
from observer_app.errors import InputError, UserError
from observer_app.forms import ProtocolForm, load_form
from observer_app.importing.cells import Problems, TooManyProblems, parse_count
from observer_app.importing.mapping import (
    CandidateColumn,
    Layout,
    Mapping,
    ReadOptions,
    load_mapping,
    open_mapped,
    resolve,
)
from observer_app.importing.readers import TableStream, sha256_file
from observer_app.paths import data_dir
from observer_app.progress import Progress, report
from observer_app.schemas import validate
from observer_app.storage.db import Database

NATIONAL_CONTEST = "national"
_TABLE_SUFFIXES = (".zip", ".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


@dataclass(frozen=True)
class ElectionImportResult:
    election_id: int
    code: str
    name: str
    form_id: str
    contests: int
    candidates: int
    stations: int
    registered_voters: int  # the sum over stations that state it
    from_table: bool

    def summary(self) -> str:
        source = "built from a results table" if self.from_table else "from a definition file"
        return (
            f"Created election {self.code!r} ({self.name}), {source}, form {self.form_id}: "
            f"{self.contests:,} contest{'s' if self.contests != 1 else ''}, "
            f"{self.candidates:,} candidates, {self.stations:,} stations, "
            f"{self.registered_voters:,} registered voters"
        )


def as_form(form: ProtocolForm | str | Path) -> ProtocolForm:
    return form if isinstance(form, ProtocolForm) else load_form(form)


def as_mapping(mapping: Mapping | str | Path | None) -> Mapping | None:
    return mapping if mapping is None or isinstance(mapping, Mapping) else load_mapping(mapping)


def import_election(
    db: Database,
    path: str | Path,
    *,
    form: ProtocolForm | str | Path | None = None,
    mapping: Mapping | str | Path | None = None,
    code: str | None = None,
    name: str | None = None,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
) -> ElectionImportResult:
    """Create an election from a definition file or a wide results table at ``path``.

    ``form`` overrides the definition's form and is needed for a table unless
    the mapping names one; ``code`` and ``name`` override the election's
    (for a table they default to the file's name).
    """
    path = Path(path)
    the_mapping = as_mapping(mapping)
    if is_definition(path):
        if the_mapping is not None:
            raise UserError(f"{path.name} is an election definition: a mapping applies to tables")
        data, the_form = read_definition(path, form)
        data = _renamed(data, code, name, path.name)
    else:
        form_ref = form or (the_mapping.form if the_mapping else None)
        if form_ref is None:
            raise UserError(
                f"to build an election from the table {path.name}, give its protocol form "
                "with --form (or use a mapping that names one)"
            )
        the_form = as_form(form_ref)
        data = election_from_table(
            path,
            the_form,
            the_mapping,
            code=code,
            name=name,
            options=options,
            progress=progress,
        )
    report(progress, 0, 0, "storing the election")
    details = {
        "file": path.name,
        "sha256": sha256_file(path),
        "mapping": the_mapping.id if the_mapping else None,
    }
    # the ORM models load only here: a tally import uses this module's mapping helpers
    from observer_app.storage.elections import create_election

    db.backup_before("election-import")
    election_id = create_election(db, data, the_form, audit_details=details)
    voters = sum(s.registered_voters or 0 for s in data.stations)
    return ElectionImportResult(
        election_id=election_id,
        code=data.code,
        name=data.name,
        form_id=the_form.id,
        contests=len(data.contests),
        candidates=sum(len(c.candidates) for c in data.contests),
        stations=len(data.stations),
        registered_voters=voters,
        from_table=not is_definition(path),
    )


def is_definition(path: Path) -> bool:
    """A JSON election definition (by name, or by content when the name says nothing)."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return True
    if suffix in _TABLE_SUFFIXES or not path.is_file():
        return False
    with path.open("rb") as f:
        head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{")


def read_definition(
    path: Path, form: ProtocolForm | str | Path | None = None
) -> tuple[ElectionIn, ProtocolForm]:
    """A validated election definition and its form (``form`` overrides the file's)."""
    if not path.is_file():
        raise InputError("no such file", where=str(path))
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(
            "not UTF-8 text (an election definition is UTF-8 JSON)", where=path.name
        ) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", where=path.name
        ) from None
    validate(raw, "election", path.name)
    raw.pop("$schema", None)
    data = validated(ElectionIn, raw, path.name)
    if form is not None:
        return data, as_form(form)
    ref = data.form
    if (data_dir() / "forms" / f"{ref}.json").is_file() or Path(ref).is_absolute():
        return data, load_form(ref)
    return data, load_form(path.parent / ref)


def _renamed(data: ElectionIn, code: str | None, name: str | None, where: str) -> ElectionIn:
    if code is None and name is None:
        return data
    raw = data.model_dump()
    if code is not None:
        raw["code"] = code
    if name is not None:
        raw["name"] = name
    return validated(ElectionIn, raw, where)


def default_code(path: Path) -> str:
    """An election code from a file name ('ru_2018_uik.csv.zip' → 'ru_2018_uik')."""
    stem = path.name
    while (suffix := Path(stem).suffix.lower()) in _TABLE_SUFFIXES and suffix:
        stem = stem[: -len(suffix)]
    code = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._")
    return code[:100] or "election"


@dataclass
class _Station:
    code: str
    contest: str
    name: str
    address: str
    voters: int | None


def election_from_table(
    path: Path,
    form: ProtocolForm,
    mapping: Mapping | None,
    *,
    code: str | None = None,
    name: str | None = None,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
) -> ElectionIn:
    """Build a validated election from a wide results table (nothing is stored)."""
    stream = open_mapped(path, mapping, options)
    layout = resolve(
        mapping, stream.header, form, where=stream.where(stream.header_row), require_lines=False
    )
    problems = Problems(stream.name)
    election_code = code or default_code(path)
    election_name = name or election_code
    header_where = stream.where(stream.header_row)
    try:
        if not layout.candidates:
            problems.add(header_where, "the table has no candidate columns")
        stations, contests, present = _scan(stream, layout, problems, election_code, progress)
        if not stations and not problems:
            problems.add(stream.name, "the table has a header but no station rows")
        contest_list = [
            {
                "code": c,
                "name": contests[c] or (election_name if c == NATIONAL_CONTEST else c),
                "candidates": _candidates(
                    c, contests[c], layout, present.get(c), problems, header_where
                ),
            }
            for c in contests
        ]
    except TooManyProblems:
        raise problems.refused(complete=False) from None
    problems.raise_if_any()
    data: dict[str, Any] = {
        "code": election_code,
        "name": election_name,
        "country": form.country,
        "form": form.id,
        "note": f"built from {path.name}"
        + (f" with mapping {mapping.id}" if mapping else " (canonical layout)"),
        "contests": contest_list,
        "stations": [
            {
                "code": s.code,
                "contest": s.contest,
                "name": s.name,
                "address": s.address,
                "registered_voters": s.voters,
            }
            for s in stations
        ],
    }
    return validated(ElectionIn, data, stream.name)


def _scan(
    stream: TableStream,
    layout: Layout,
    problems: Problems,
    election_code: str,
    progress: Progress | None,
) -> tuple[list[_Station], dict[str, str], dict[str, set[int]]]:
    """Stations, contests {code: name} and, per contest, the candidate columns with figures."""
    width = layout.width
    station_cols, contest_cols = layout.station, layout.contest
    name_cols, address_cols = layout.station_name, layout.station_address
    voters_idx = layout.voters_column
    if layout.voters_line is not None:
        voters_idx = dict(layout.lines)[layout.voters_line]
    voters_header = layout.header_of(voters_idx) if voters_idx is not None else ""
    candidate_idx = [c.index for c in layout.candidates]
    stations: list[_Station] = []
    contests: dict[str, str] = {} if contest_cols else {NATIONAL_CONTEST: ""}
    present: dict[str, set[int]] = {}
    seen: dict[str, int] = {}
    total = stream.estimated_rows
    for n, (number, row) in enumerate(stream.rows, start=1):
        if n % 2000 == 0:
            report(progress, n, total, "reading stations")
        if len(row) < width:
            problems.add(
                stream.where(number),
                f"the row has {len(row)} cells; this layout reads {width} columns",
            )
            continue
        code = station_cols.code(row)
        if code is None:
            problems.add(stream.where(number, station_cols.label), "blank station code")
            continue
        if code in seen:
            problems.add(
                stream.where(number, station_cols.label),
                f"station {code!r} appears twice (also row {seen[code]})",
            )
            continue
        seen[code] = number
        contest = NATIONAL_CONTEST
        if contest_cols is not None:
            contest = contest_cols.text(row)
            if not contest:
                problems.add(stream.where(number, contest_cols.label), "blank contest")
                continue
            cname = layout.contest_name.text(row) if layout.contest_name else ""
            known = contests.setdefault(contest, cname)
            if cname and known != cname:
                problems.add(
                    stream.where(number, layout.contest_name.label if layout.contest_name else ""),
                    f"contest {contest!r} is named {known!r} on an earlier row, {cname!r} here",
                )
            filled = present.setdefault(contest, set())
            filled.update(i for i in candidate_idx if row[i].strip())
        for i in layout.unnamed:
            if row[i].strip():
                problems.add(
                    stream.where(number, f"column {i + 1}"),
                    f"a value ({row[i].strip()!r}) in a column without a header",
                )
        voters: int | None = None
        if voters_idx is not None and (cell := row[voters_idx].strip()):
            parsed = parse_count(cell)
            if isinstance(parsed, str):
                problems.add(stream.where(number, voters_header), f"registered voters: {parsed}")
            else:
                voters = parsed
        stations.append(
            _Station(
                code,
                contest,
                name_cols.text(row) if name_cols else "",
                address_cols.text(row) if address_cols else "",
                voters,
            )
        )
    return stations, contests, present


def _candidates(
    contest: str,
    contest_name: str,
    layout: Layout,
    filled: set[int] | None,
    problems: Problems,
    header_where: str,
) -> list[dict[str, Any]]:
    """The candidates of one contest: its candidate columns, numbered in column order."""

    def belongs(c: CandidateColumn) -> bool:
        if c.contest is not None:
            return c.contest in (contest, contest_name)
        return filled is None or c.index in filled

    out: list[dict[str, Any]] = []
    for c in layout.candidates:
        if not belongs(c):
            continue
        if not c.name:
            problems.add(
                f'{header_where}, column "{c.header}"',
                "the column names no candidate (a ballot number alone cannot create one: "
                "head the column with the candidate's name or give 'name' in the mapping)",
            )
            continue
        out.append(
            {
                "ballot_number": c.ballot_number or len(out) + 1,
                "name": c.name,
                "nomination": c.nomination,
            }
        )
    if not out and layout.candidates:
        problems.add(
            header_where, f"contest {contest!r}: no candidate column has figures for its stations"
        )
    return out
