"""Importing official contest totals (what Kazakhstan's CEC publishes per district).

Canonical layout: a ``contest`` column (code or name), any form line keys, one
column per candidate (the name as in the election, or ``#<ballot number>``)
and ``against_all``; or any layout described by a mapping (its ``contest``,
``lines``, ``candidates`` and ``against_all``). The whole file is checked
before anything is stored; then it is stored in one transaction as a snapshot
of kind "totals" with one :class:`ContestTotal` row per contest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert

from observer_app.domain import tables as t
from observer_app.importing.cells import Problems, TooManyProblems, normalise, parse_count
from observer_app.importing.mapping import JoinedColumns, Mapping, load_mapping
from observer_app.importing.readers import Table, read_table
from observer_app.progress import Progress, report
from observer_app.storage import audit
from observer_app.storage.context import ContestInfo, ElectionContext
from observer_app.storage.db import Database
from observer_app.storage.tallies import SnapshotInfo, add_snapshot, dump_values

CONTEST, CONTEST_NAME, AGAINST_ALL = "contest", "contest_name", "against_all"
_BALLOT = re.compile(r"#\s*(\d{1,3})")


@dataclass(frozen=True, slots=True)
class _Column:
    index: int
    header: str
    key: str | None = None  # a form line key
    candidate: str | None = None  # a candidate's name
    ballot: int | None = None  # or its ballot number
    only_contest: str | None = None  # explicit mapping: this candidate belongs to one contest


@dataclass
class TotalsResult:
    snapshot_id: int
    contests: list[str] = field(default_factory=list)  # codes, in file order
    file: str = ""
    sha256: str = ""


def import_totals(
    db: Database,
    ctx: ElectionContext,
    path: str | Path,
    *,
    mapping: str | Path | Mapping | None = None,
    label: str = "",
    by: str | None = None,
    progress: Progress | None = None,
) -> TotalsResult:
    """Check every row of the file, then store it all (or nothing) as a totals snapshot."""
    m = load_mapping(mapping) if isinstance(mapping, (str, Path)) else mapping
    spec = m.file if m is not None else None
    table = read_table(
        path,
        encoding=spec.encoding if spec else None,
        delimiter=spec.delimiter if spec else None,
        sheet=spec.sheet if spec else None,
        member=spec.member if spec else None,
    )
    report(progress, 0, len(table.rows), "checking")
    rows = parse_totals(ctx, table, m)
    report(progress, len(table.rows), len(table.rows), "storing")
    who = by or audit.whoami()
    snap = SnapshotInfo(Path(path).name, table.sha256, label, kind="totals")
    db.backup_before("totals-import")
    with db.session() as s:
        snapshot_id = add_snapshot(s, ctx.id, snap, who)
        s.execute(
            insert(t.contest_total),
            [
                {
                    "contest_id": contest.id,
                    "snapshot_id": snapshot_id,
                    "values_json": dump_values(values, ctx.all_keys(contest)),
                }
                for contest, values in rows
            ],
        )
        audit.record(
            s,
            "totals.import",
            entity="election",
            entity_uid=ctx.code,
            details={
                "file": Path(path).name,
                "sha256": table.sha256,
                "label": label,
                "snapshot_id": snapshot_id,
                "contests": [c.code for c, _ in rows],
                "mapping": m.id if m is not None else None,
            },
            actor=who,
        )
    return TotalsResult(snapshot_id, [c.code for c, _ in rows], Path(path).name, table.sha256)


def parse_totals(
    ctx: ElectionContext, table: Table, mapping: Mapping | None = None
) -> list[tuple[ContestInfo, dict[str, int]]]:
    """Every row as (contest, figures); raises :class:`ImportRefused` listing every problem."""
    problems = Problems(table.name)
    out: list[tuple[ContestInfo, dict[str, int]]] = []
    try:
        contest_col, columns = _layout(ctx, table, mapping, problems)
        problems.raise_if_any()
        seen: dict[int, int] = {}
        for i, row in enumerate(table.rows):
            parsed = _row(ctx, table, i, row, contest_col, columns, problems, seen)
            if parsed is not None:
                out.append(parsed)
        if not table.rows:
            problems.add(table.name, "the file has a header but no rows of totals")
    except TooManyProblems:
        raise problems.refused(complete=False) from None
    problems.raise_if_any()
    return out


def _row(
    ctx: ElectionContext,
    table: Table,
    i: int,
    row: list[str],
    contest_col: _Column,
    columns: list[_Column],
    problems: Problems,
    seen: dict[int, int],
) -> tuple[ContestInfo, dict[str, int]] | None:
    def cell(col: _Column) -> str:
        return row[col.index].strip() if col.index < len(row) else ""

    extra = [c for c in row[len(table.header) :] if c.strip()]
    if extra:
        problems.add(
            table.where(i),
            f"the row has {len(row)} cells but the header only {len(table.header)} "
            "(a stray separator, e.g. a decimal comma?)",
        )
        return None
    ref = cell(contest_col)
    contest = ctx.find_contest(ref) if ref else None
    if contest is None:
        why = "no contest given" if not ref else f"unknown contest {ref!r} in election {ctx.code}"
        problems.add(table.where(i, contest_col.header), why)
        return None
    if contest.id in seen:
        problems.add(
            table.where(i, contest_col.header),
            f"contest {contest.code} already has totals in row {seen[contest.id]} of this file",
        )
        return None
    seen[contest.id] = table.row_numbers[i]
    by_name = {c.name: c.key for c in contest.candidates}
    by_ballot = {c.ballot_number: c.key for c in contest.candidates}
    values: dict[str, int] = {}
    ok = True
    for col in columns:
        text = cell(col)
        if not text:
            continue
        if col.only_contest is not None and ctx.find_contest(col.only_contest) is not contest:
            problems.add(
                table.where(i, col.header),
                f"this candidate column belongs to contest {col.only_contest}, not {contest.code}",
            )
            ok = False
            continue
        if col.key is not None:
            key: str | None = col.key
        elif col.ballot is not None:
            key = by_ballot.get(col.ballot)
        else:
            key = by_name.get(col.candidate or "")
        if key is None:
            problems.add(
                table.where(i, col.header),
                f"contest {contest.code} ({contest.name}) has no candidate {col.header!r}",
            )
            ok = False
            continue
        value = parse_count(text)
        if isinstance(value, str):
            problems.add(table.where(i, col.header), value)
            ok = False
            continue
        if key in values:
            problems.add(table.where(i, col.header), f"a second column for {key}")
            ok = False
            continue
        values[key] = value
    if ok and not values:
        problems.add(table.where(i), f"no figures for contest {contest.code}")
        return None
    return (contest, values) if ok else None


def _layout(
    ctx: ElectionContext, table: Table, mapping: Mapping | None, problems: Problems
) -> tuple[_Column, list[_Column]]:
    header = table.header
    where = f"{table.name}, row {table.row_numbers[0] - 1 if table.row_numbers else 1}"
    index: dict[str, list[int]] = {}
    for i, h in enumerate(header):
        index.setdefault(normalise(h), []).append(i)

    def find(ref: str | int, role: str) -> int | None:
        if isinstance(ref, int):
            if ref < len(header):
                return ref
            problems.add(where, f"no column at position {ref} (wanted for {role})")
            return None
        hits = index.get(normalise(ref), [])
        if len(hits) != 1:
            why = "missing column" if not hits else f"the header has it {len(hits)} times"
            problems.add(f'{where}, column "{ref}"', f"{why} (wanted for {role})")
            return None
        return hits[0]

    if mapping is not None:
        return _mapped(ctx, mapping, header, find, problems, where)
    for name, hits in index.items():
        if name and len(hits) > 1:
            problems.add(f'{where}, column "{header[hits[0]]}"', "this column appears twice")
    contest_at = index.get(CONTEST) or index.get(CONTEST_NAME)
    if not contest_at:
        problems.add(
            f'{where}, column "{CONTEST}"',
            "missing column: totals need a 'contest' column (code or name), or a mapping",
        )
        return _Column(0, CONTEST), []
    contest_col = _Column(contest_at[0], header[contest_at[0]])
    line_keys = {normalise(k): k for k in ctx.form.line_keys}
    if ctx.form.against_all is not None:
        line_keys[AGAINST_ALL] = ctx.form.against_all.key
    names = {normalise(c.name): c.name for k in ctx.contests.values() for c in k.candidates}
    columns: list[_Column] = []
    for i, h in enumerate(header):
        key = normalise(h)
        if i == contest_col.index or key in (CONTEST, CONTEST_NAME):
            continue
        if not key:
            problems.add(f"{where}, column {i + 1}", "a column without a header")
        elif key in line_keys:
            columns.append(_Column(i, h, key=line_keys[key]))
        elif hit := _BALLOT.fullmatch(h.strip()):
            columns.append(_Column(i, h, ballot=int(hit.group(1))))
        elif key in names:
            columns.append(_Column(i, h, candidate=names[key]))
        else:
            problems.add(
                f'{where}, column "{h}"',
                f"not a line of form {ctx.form.id} ({', '.join(ctx.form.line_keys)}), "
                "'against_all', '#<ballot number>' nor a candidate of this election",
            )
    return contest_col, columns


def _mapped(
    ctx: ElectionContext,
    m: Mapping,
    header: list[str],
    find: Callable[[str | int, str], int | None],
    problems: Problems,
    where: str,
) -> tuple[_Column, list[_Column]]:
    spec = m.contest if m.contest is not None else m.contest_name
    if spec is None or isinstance(spec, JoinedColumns):
        problems.add(f"mapping {m.id!r}", "totals need the mapping's 'contest' to be one column")
        return _Column(0, CONTEST), []
    at = find(spec, "the contest")
    contest_col = _Column(at if at is not None else 0, header[at] if at is not None else CONTEST)
    columns: list[_Column] = []
    for key, ref in m.lines.items():
        if key not in ctx.form.lines_by_key:
            problems.add(f"mapping {m.id!r}", f"{key!r} is not a line of form {ctx.form.id}")
        elif (i := find(ref, f"line {key}")) is not None:
            columns.append(_Column(i, header[i], key=key))
    against = ctx.form.against_all
    if m.against_all is not None and against is not None:
        i = find(m.against_all, "against all")
        if i is not None:
            columns.append(_Column(i, header[i], key=against.key))
    used = {c.index for c in columns} | {contest_col.index}
    cands = m.candidates
    if cands is not None and cands.columns is not None:
        for c in cands.columns:
            if (i := find(c.column, "a candidate")) is not None:
                columns.append(_candidate(i, header[i], c.name, c.ballot_number, c.contest))
    elif cands is not None:
        start = 0 if cands.from_ is None else find(cands.from_, "the first candidate")
        if cands.after is not None and (a := find(cands.after, "the column before")) is not None:
            start = a + 1
        end = len(header) - 1 if cands.to is None else find(cands.to, "the last candidate")
        if cands.before is not None and (b := find(cands.before, "the column after")) is not None:
            end = b - 1
        skip = {find(r, "a column to skip") for r in cands.except_}
        if start is not None and end is not None:
            for i in range(start, end + 1):
                if i not in used and i not in skip and header[i].strip():
                    columns.append(_candidate(i, header[i], None, None, None))
    return contest_col, columns


def _candidate(
    index: int, header: str, name: str | None, ballot: int | None, contest: str | None
) -> _Column:
    if name is None and ballot is None and (hit := _BALLOT.fullmatch(header.strip())):
        ballot = int(hit.group(1))
    if ballot is not None:
        return _Column(index, header, ballot=ballot, only_contest=contest)
    return _Column(index, header, candidate=name or header.strip(), only_contest=contest)
