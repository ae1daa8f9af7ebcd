"""Importing tallies from a wide table: one row of protocol figures per station.

Every row is validated first (station known and not repeated, contest agreeing,
each count a whole non-negative number, blanks only where allowed); up to
:data:`~observer_app.importing.cells.MAX_PROBLEMS` problems are reported
together, each naming file, row and column, and then nothing is stored. Rows
are written in one transaction, chunk by chunk while later rows are still being
checked (:mod:`observer_app.storage.tally_stream`), and committed only when the
whole file is clean: changed figures of a station already imported from the
same source add a revision, never overwrite.
An official import also records a snapshot (file, sha256, label).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import orjson
from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.domain.values import SOURCES
from observer_app.errors import UserError
from observer_app.forms import ProtocolForm
from observer_app.gcpause import paused_gc
from observer_app.importing.cells import (
    MAX_COUNT,
    Problems,
    TooManyProblems,
    normalise,
    parse_count,
)
from observer_app.importing.elections import as_mapping
from observer_app.importing.mapping import (
    Layout,
    Mapping,
    ReadOptions,
    open_mapped,
    resolve,
)
from observer_app.importing.readers import TableStream
from observer_app.progress import Progress, report
from observer_app.storage.context import ContestInfo, ElectionContext
from observer_app.storage.db import Database
from observer_app.storage.packed import packed_template
from observer_app.storage.tallies import PreparedFigures, Provenance, Row, SnapshotInfo
from observer_app.storage.tally_stream import StreamedWrite

_FAST_DIGITS = len(str(MAX_COUNT)) - 1  # plain digit strings this short are always in range
# A count written plainly: ASCII digits, no leading zero, short enough to be in range. Such
# a cell is already the JSON number of the canonical figures text.
_COUNT = rf"0|[1-9][0-9]{{0,{_FAST_DIGITS - 1}}}+"  # possessive: a quarter faster, same matches


@lru_cache(maxsize=64)
def _plain_counts(cells: int) -> re.Pattern[str]:
    """``cells`` plain counts joined by spaces: exactly that many, so that a cell holding a
    space ("1 234", grouped) is not taken for two counts."""
    return re.compile(rf"(?:{_COUNT})(?: (?:{_COUNT})){{{cells - 1}}}")


@dataclass
class ParsedTallies:
    """A validated table, ready to store."""

    file: str  # the file's name (what provenance records)
    table: str  # what messages call it ("results.zip:2018.csv")
    sha256: str
    source: str
    observer: str
    layout: Layout
    rows: list[Row]


@dataclass(frozen=True)
class PreviousImport:
    snapshot_id: int
    imported_at: datetime
    label: str


@dataclass
class TallyImportResult:
    file: str
    sha256: str
    source: str
    observer: str
    rows: int
    created: int
    revised: int
    unchanged: int
    snapshot_id: int | None
    revised_stations: list[str] = field(default_factory=list)
    previous_imports: list[PreviousImport] = field(default_factory=list)

    def summary(self, limit: int = 20) -> str:
        who = f" by {self.observer}" if self.observer else ""
        snap = f", snapshot #{self.snapshot_id}" if self.snapshot_id is not None else ""
        lines = [
            f"Imported {self.rows:,} rows of {self.source} figures{who} from {self.file}{snap}: "
            f"{self.created:,} new tallies, {self.revised:,} revised, "
            f"{self.unchanged:,} unchanged."
        ]
        for prev in self.previous_imports:
            lines.append(
                f"The same file (sha256 {self.sha256[:12]}…) was imported before: snapshot "
                f"#{prev.snapshot_id} on {prev.imported_at:%Y-%m-%d %H:%M}"
                + (f" ({prev.label})" if prev.label else "")
            )
        if self.revised_stations:
            shown = ", ".join(self.revised_stations[:limit])
            more = len(self.revised_stations) - limit
            lines.append(
                f"Revised stations ({len(self.revised_stations):,}): {shown}"
                + (f" and {more:,} more" if more > 0 else "")
            )
        return "\n".join(lines)


def import_tallies(
    db: Database,
    ctx: ElectionContext,
    path: str | Path,
    *,
    source: str,
    observer: str = "",
    mapping: Mapping | str | Path | None = None,
    label: str = "",
    allow_blank: bool | None = None,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
    prov: Provenance | None = None,
) -> TallyImportResult:
    """Validate every row of the table at ``path`` and store them all in one transaction.

    Rows are stored while later ones are still being checked
    (:class:`~observer_app.storage.tally_stream.StreamedWrite`); nothing is
    committed unless every row is valid.
    """
    with paused_gc():  # millions of short-lived containers, no cycles
        return _import(
            db, ctx, path, source, observer, mapping, label, allow_blank, options, progress, prov
        )


def _import(
    db: Database,
    ctx: ElectionContext,
    path: str | Path,
    source: str,
    observer: str,
    mapping: Mapping | str | Path | None,
    label: str,
    allow_blank: bool | None,
    options: ReadOptions | None,
    progress: Progress | None,
    prov: Provenance | None,
) -> TallyImportResult:
    reading = _Reading.open(ctx, path, source, observer, mapping, allow_blank, options)
    previous = _previous_imports(db, ctx, reading.stream.sha256) if source == "official" else []
    base = prov or Provenance()
    file = reading.path.name
    provenance = Provenance(
        entered_by=base.entered_by,
        machine=base.machine,
        origin="import",
        origin_file=file,
        origin_sha256=reading.stream.sha256,
        note=label or base.note,
    )
    snapshot = SnapshotInfo(file, reading.stream.sha256, label) if source == "official" else None
    if reading.problems:  # the header is already refused: read on for the rows' problems only
        reading.validate(progress)  # raises them all
    writer = StreamedWrite(  # the backup comes first, then the transaction
        db,
        ctx,
        provenance,
        snapshot,
        [source],
        expected_rows=reading.stream.estimated_rows,
    )
    with writer:
        count = reading.validate(progress, sink=writer.add)
        if progress is not None:
            progress.update(count, count, "storing", force=True)
        written = writer.commit()
    return TallyImportResult(
        file=file,
        sha256=reading.stream.sha256,
        source=source,
        observer=reading.observer,
        rows=count,
        created=written.created,
        revised=written.revised,
        unchanged=written.unchanged,
        snapshot_id=written.snapshot_id,
        revised_stations=written.revised_stations,
        previous_imports=previous,
    )


def _previous_imports(db: Database, ctx: ElectionContext, sha256: str) -> list[PreviousImport]:
    sc = t.snapshot.c
    with db.engine.connect() as conn:
        return [
            PreviousImport(sid, at, label)
            for sid, at, label in conn.execute(
                select(sc.id, sc.imported_at, sc.label)
                .where(sc.election_id == ctx.id, sc.sha256 == sha256)
                .order_by(sc.id)
            )
        ]


def check_source(source: str, observer: str) -> str:
    """The observer name to store; refuses an unknown source or a missing observer."""
    if source not in SOURCES:
        raise UserError(f"unknown source {source!r} (one of: {', '.join(SOURCES)})")
    observer = observer.strip()
    if source == "observer" and not observer:
        raise UserError("figures from an observer need the observer's name (--observer NAME)")
    if source == "official" and observer:
        raise UserError("official figures have no observer: leave out --observer")
    return observer


def read_tallies(
    ctx: ElectionContext,
    path: str | Path,
    *,
    source: str,
    observer: str = "",
    mapping: Mapping | str | Path | None = None,
    allow_blank: bool | None = None,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
) -> ParsedTallies:
    """Read and validate a tally table without storing anything.

    ``allow_blank``: whether a blank count is accepted (stored as "not filled
    in"); by default official figures must be complete and an observer's or a
    second entry's may have gaps.
    """
    reading = _Reading.open(ctx, path, source, observer, mapping, allow_blank, options)
    rows: list[Row] = []
    reading.validate(progress, sink=rows.extend, every_row=True)
    stream = reading.stream
    return ParsedTallies(
        reading.path.name,
        stream.name,
        stream.sha256,
        source,
        reading.observer,
        reading.layout,
        rows,
    )


STREAM_CHUNK = 4096  # validated rows handed to the writer at a time
REPORT_EVERY = 2048  # rows between progress reports (and checks for a cancel)


@dataclass
class _Reading:
    """A table opened and its header resolved, ready for the pass over its rows."""

    ctx: ElectionContext
    path: Path
    stream: TableStream
    layout: Layout
    plans: dict[int, _Plan]
    problems: Problems
    source: str
    observer: str
    blank_ok: bool

    @classmethod
    def open(
        cls,
        ctx: ElectionContext,
        path: str | Path,
        source: str,
        observer: str,
        mapping: Mapping | str | Path | None,
        allow_blank: bool | None,
        options: ReadOptions | None,
    ) -> _Reading:
        """Open the table and match its header to the election (problems collected)."""
        observer = check_source(source, observer)
        path = Path(path)
        the_mapping = as_mapping(mapping)
        stream = open_mapped(path, the_mapping, options)
        header_where = stream.where(stream.header_row)
        layout = resolve(the_mapping, stream.header, ctx.form, where=header_where)
        blank_ok = source != "official" if allow_blank is None else allow_blank
        problems = Problems(stream.name)
        try:
            plans = _plans(ctx, layout, problems, header_where)
        except TooManyProblems:
            raise problems.refused(complete=False) from None
        return cls(ctx, path, stream, layout, plans, problems, source, observer, blank_ok)

    def validate(
        self,
        progress: Progress | None,
        sink: Callable[[list[Row]], object] | None = None,
        *,
        every_row: bool = False,
    ) -> int:
        """Check every row; hand the valid ones to ``sink`` in chunks while no problem
        is found (all of them at the end with ``every_row``); the number of rows read.

        Raises :class:`~observer_app.importing.cells.ImportRefused` with every
        problem found (in the header or the rows), when there is any.
        """
        try:
            count = _validate_rows(
                self.ctx,
                self.stream,
                self.layout,
                self.plans,
                self.problems,
                self.source,
                self.observer,
                self.blank_ok,
                progress,
                sink,
                sys.maxsize if every_row else STREAM_CHUNK,
            )
        except TooManyProblems:
            raise self.problems.refused(complete=False) from None
        self.problems.raise_if_any()
        return count


@dataclass
class _Plan:
    """Which columns hold the figures of one contest's protocols."""

    contest: ContestInfo
    cells: list[tuple[str, int, str]]  # figure key, column, header
    foreign: list[tuple[int, str]]  # candidate columns of other contests: must stay blank
    missing: list[str]  # the contest's candidates without a column
    reported: bool = False

    def compile(self, protocol_order: tuple[str, ...]) -> None:
        """The fast path's pieces: the figures text with the keys in protocol order, its
        packed text, and a C-level getter of their cells in that order (filled in, both
        texts are ready for storing)."""
        rank = {key: i for i, key in enumerate(protocol_order)}
        ordered = sorted(self.cells, key=lambda cell: rank.get(cell[0], len(rank)))
        self.plain = _plain_counts(max(len(ordered), 1))
        # '{"L1":%s,"L2":%s,...}': the canonical figures text, the cells filled in
        quoted = (orjson.dumps(key).decode().replace("%", "%%") for key, _, _ in ordered)
        self.template = "{" + ",".join(f"{key}:%s" for key in quoted) + "}"
        self.packed = packed_template([key for key, _, _ in ordered], protocol_order)
        idx = [i for _, i, _ in ordered]
        if len(idx) == 1:
            only = idx[0]
            self.getter: Callable[[list[str]], tuple[str, ...]] = lambda row: (row[only],)
        else:
            self.getter = itemgetter(*idx)


def _plans(
    ctx: ElectionContext, layout: Layout, problems: Problems, header_where: str
) -> dict[int, _Plan]:
    lines = [(key, idx, layout.header_of(idx)) for key, idx in layout.lines]
    matched: set[int] = set()
    plans: dict[int, _Plan] = {}
    for contest in ctx.contests.values():
        by_number = {c.ballot_number: c for c in contest.candidates}
        by_name = {normalise(c.name): c for c in contest.candidates}
        taken: dict[str, str] = {}
        plan = _Plan(contest, list(lines), [], [])
        for col in layout.candidates:
            cand = None
            if col.contest is None or col.contest in (contest.code, contest.name):
                if col.ballot_number is not None:
                    cand = by_number.get(col.ballot_number)
                    if cand and col.name and normalise(col.name) != normalise(cand.name):
                        cand = None
                else:
                    cand = by_name.get(normalise(col.name))
            if cand is None:
                plan.foreign.append((col.index, col.header))
                continue
            if cand.key in taken:
                problems.add(
                    f'{header_where}, column "{col.header}"',
                    f"candidate {cand.name!r} ({cand.key}) of contest {contest.code} already "
                    f'has the column "{taken[cand.key]}"',
                )
                continue
            taken[cand.key] = col.header
            matched.add(col.index)
            plan.cells.append((cand.key, col.index, col.header))
        plan.missing = [f"{c.name!r} ({c.key})" for c in contest.candidates if c.key not in taken]
        plan.compile(ctx.all_keys(contest))
        plans[contest.id] = plan
    for col in layout.candidates:
        if col.index not in matched:
            what = col.name or f"ballot number {col.ballot_number}"
            problems.add(
                f'{header_where}, column "{col.header}"',
                f"matches no candidate of election {ctx.code} ({what}); "
                + (
                    "not a form line key either"
                    if layout.origin == "canonical layout"
                    else f"check the candidates of mapping {layout.origin!r}"
                ),
            )
    return plans


def _validate_rows(
    ctx: ElectionContext,
    stream: TableStream,
    layout: Layout,
    plans: dict[int, _Plan],
    problems: Problems,
    source: str,
    observer: str,
    blank_ok: bool,
    progress: Progress | None,
    sink: Callable[[list[Row]], object] | None,
    chunk: int,
) -> int:
    """The tight loop over every row: 97,699 rows × 20 cells in about a second.

    Valid rows go to ``sink``: every ``chunk`` rows while no problem has
    been found, the rest at the end; none once any row has a problem. Returns the
    number of rows read."""
    stations = ctx.stations
    width = layout.width
    code_of = layout.station.code
    station_label = layout.station.label
    contest_cols = layout.contest
    unnamed = layout.unnamed
    where = stream.where
    seen: dict[str, int] = {}
    out: list[Row] = []
    total = stream.estimated_rows
    form: ProtocolForm = ctx.form
    n = 0
    for n, (number, row) in enumerate(stream.rows, start=1):
        if not n % REPORT_EVERY:
            report(progress, n, total, "checking rows")
        if len(out) >= chunk and sink is not None and not problems:
            sink(out)
            out = []
        if len(row) < width:
            problems.add(
                where(number), f"the row has {len(row)} cells; this layout reads {width} columns"
            )
            continue
        code = code_of(row)
        if code is None:
            problems.add(where(number, station_label), "blank station code")
            continue
        st = stations.get(code)
        if st is None:
            problems.add(
                where(number, station_label),
                f"unknown station {code!r}: not in election {ctx.code}",
            )
            continue
        if code in seen:
            problems.add(
                where(number, station_label),
                f"station {code!r} appears twice (also row {seen[code]})",
            )
            continue
        seen[code] = number
        plan = plans[st.contest_id]
        if contest_cols is not None:
            stated = contest_cols.text(row)
            contest = plan.contest
            if stated not in (contest.code, contest.name) and normalise(stated) not in (
                normalise(contest.code),
                normalise(contest.name),
            ):
                problems.add(
                    where(number, contest_cols.label),
                    f"station {code!r} belongs to contest {contest.code} ({contest.name}), "
                    f"not {stated!r}",
                )
                continue
        if plan.missing and not plan.reported:
            plan.reported = True
            problems.add(
                stream.where(stream.header_row),
                f"no column for candidate(s) {', '.join(plan.missing)} of contest "
                f"{plan.contest.code} (first needed on row {number})",
            )
        cells = plan.getter(row)
        if cells and plan.plain.fullmatch(" ".join(cells)):  # the common case, in C
            texts = (plan.template % cells, plan.packed and plan.packed % cells)
            out.append((code, source, observer, PreparedFigures(texts)))
            if plan.foreign or unnamed:
                _check_blank(row, plan, unnamed, where, number, code, problems)
            continue
        values: dict[str, int] = {}
        for key, idx, header in plan.cells:
            cell = row[idx].strip()
            if not cell:
                if not blank_ok:
                    problems.add(
                        where(number, header),
                        f"blank count for {_describe(form, key)} ({source} figures must be "
                        "complete)",
                    )
                continue
            parsed = parse_count(cell)
            if isinstance(parsed, str):
                problems.add(where(number, header), f"{_describe(form, key)}: {parsed}")
            else:
                values[key] = parsed
        _check_blank(row, plan, unnamed, where, number, code, problems)
        if not values:
            problems.add(where(number), f"station {code!r}: the row has no figures at all")
            continue
        out.append((code, source, observer, values))
    if not seen and not problems:
        problems.add(stream.name, "the table has a header but no station rows")
    if out and sink is not None and not problems:
        sink(out)
    return n


def _check_blank(
    row: list[str],
    plan: _Plan,
    unnamed: tuple[int, ...],
    where: Callable[[int, str], str],
    number: int,
    code: str,
    problems: Problems,
) -> None:
    """Columns that must stay blank on this row: other contests' candidates, unnamed ones."""
    for idx, header in plan.foreign:
        cell = row[idx].strip()
        if cell and cell != "0":
            problems.add(
                where(number, header),
                f"{cell!r} for a candidate who does not stand in contest "
                f"{plan.contest.code} (station {code!r})",
            )
    for idx in unnamed:
        if row[idx].strip():
            problems.add(
                where(number, f"column {idx + 1}"),
                f"a value ({row[idx].strip()!r}) in a column without a header",
            )


def _describe(form: ProtocolForm, key: str) -> str:
    """'line L7 (ballots in portable boxes)' or 'candidate #3' for messages."""
    if key.startswith("#"):
        return f"candidate {key}"
    return f"line {key} ({form.term_label(key, 'en')})"
