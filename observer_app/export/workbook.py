"""The discrepancy workbook: what analysts hand over at a press conference or in a complaint.

Sheets: Summary, Discrepancies, Stations (official / observer / difference in
protocol order), Arithmetic, Observers disagree, Contest totals, Coverage and
Official revisions. Headers in the chosen language; every sheet has a frozen
header, an autofilter, widths and number formats. Written to a temporary file
and moved into place, so a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from observer_app.errors import UserError
from observer_app.export.book import Book
from observer_app.export.sheet import Col, FastSheet, Styles
from observer_app.progress import Progress, report
from observer_app.reconcile.findings import ContestSummary, SnapshotRef, TallyRef
from observer_app.reconcile.lines import line_label, short_label
from observer_app.reconcile.messages import text
from observer_app.reconcile.report import Report

STEP = 2000


def tally_text(refs: Iterable[TallyRef]) -> str:
    return "; ".join(f"{r.uid}:{r.revision}" for r in refs)


def observers_text(refs: Iterable[TallyRef]) -> str:
    return "; ".join(r.observer or "—" for r in refs)


def photos_text(refs: Iterable[TallyRef]) -> tuple[str, str]:
    photos = [p for r in refs for p in r.photos]
    return "; ".join(p.file_name for p in photos), "; ".join(p.sha256 for p in photos)


class SheetWriter:
    def __init__(
        self, rep: Report, lang: str, progress: Progress | None, book: Book | None = None
    ) -> None:
        self.rep, self.lang, self.progress = rep, lang, progress
        self._book = book
        self._snap_titles: dict[int | None, str] = {}  # a title is formatted on every call
        self.done = 0
        self.total = (
            len(rep.discrepancies)
            + 3 * len(rep.figures)
            + len(rep.arithmetic)
            + len(rep.disagreements)
            + len(rep.contest_totals)
            + len(rep.coverage)
            + len(rep.revisions)
            + len(rep.contests)
        )

    def t(self, key: str) -> str:
        return text(key, self.lang)

    def tick(self, n: int = 1) -> None:
        self.done += n
        if self.done % STEP < n:
            report(self.progress, self.done, self.total, self.t("sum.title"))

    def snap(self, sid: int | None) -> str:
        title = self._snap_titles.get(sid)
        if title is None:
            ref = self.rep.snapshots.get(sid) if sid is not None else None
            title = self._snap_titles[sid] = ref.title if ref is not None else ""
        return title

    @property
    def book(self) -> Book:
        if self._book is None:
            raise RuntimeError("a SheetWriter without a Book only yields rows")
        return self._book

    @property
    def styles(self) -> Styles:
        return self.book.styles

    def sheet(self, key: str, cols: list[Col], preamble: int = 0) -> FastSheet:
        sh = self.book.sheet(self.t(key), cols, preamble=preamble)
        group = "," if self.lang == "en" else "\u00a0"  # 12,345 / 12 345
        sh.overflow_note = lambda n: self.t("wb.rows_left_out").format(
            n=f"{n:,}".replace(",", group)
        )
        return sh

    # -- sheets ---------------------------------------------------------------------------
    def summary(self) -> None:
        rep, t = self.rep, self.t
        used = rep.used_snapshots
        cols = [
            Col(t("col.contest"), 12),
            Col(t("col.contest_name"), 30),
            Col(t("col.stations"), 11, "int"),
            Col(t("col.observed"), 14, "int"),
            Col(t("col.coverage"), 12, "pct"),
            Col(t("col.voter_coverage"), 13, "pct"),
            Col(t("col.discrepant"), 14, "int"),
            Col(t("col.net_shift"), 40),
            Col(t("col.winner"), 24),
            Col(t("col.runner_up"), 24),
            Col(t("col.margin"), 11, "int"),
            Col(t("col.corrected_margin"), 12, "int"),
            Col(t("col.impact"), 12),
            Col(t("col.basis"), 18),
        ]
        counts = rep.counts()
        lines: list[tuple[list[object], list[str | None] | None]] = []
        s = self.styles
        lines.append(([t("sum.title")], [s.title]))
        lines.append(
            ([t("sum.election"), "", "", f"{rep.ctx.name} ({rep.ctx.code})"], [s.bold] * 3)
        )
        if rep.ctx.synthetic:
            lines.append(([t("sum.synthetic")], [s.warn]))
        made = rep.created_at.strftime("%Y-%m-%d %H:%M:%S")
        lines.append(([t("sum.made"), "", "", made], [s.bold, None, None, None]))
        lines.append(
            (
                [t("sum.tallies"), "", "", f"{rep.observer_tallies:,} / {rep.official_tallies:,}"],
                [s.bold, None, None, None],
            )
        )
        lines.append(([t("sum.snapshots")], [s.bold]))
        for ref in used or []:
            lines.append((["", _snapshot_text(ref)], None))
        if not used:
            lines.append((["", t("sum.none")], None))
        lines.append(([t("sum.findings")], [s.bold]))
        for kind, n in counts.items():
            lines.append((["", t(kind), n], [None, None, s.int]))
        if rep.revisions:
            lines.append((["", t("official_revision"), len(rep.revisions)], [None, None, s.int]))
        lines.append(([t("sum.contests")], [s.bold]))
        sh = self.sheet("sheet.summary", cols, preamble=len(lines))
        for values, styles in lines:
            sh.row(values, styles)
        sh.header()
        for c in rep.contests:
            sh.row(self._contest_row(c))
            self.tick()
        sh.finish()

    def _contest_row(self, c: ContestSummary) -> list[object]:
        contest = self.rep.contest(c.code)
        ctx = self.rep.ctx

        def name(key: str | None) -> str:
            return "" if key is None else line_label(ctx, contest, key, self.lang)

        shift = "; ".join(f"{name(k)} {v:+d}" for k, v in c.net_shift.items() if v) or (
            "0" if c.basis else ""
        )
        return [
            c.code,
            c.name,
            c.stations,
            c.observed,
            c.coverage,
            c.voter_coverage,
            c.discrepant_stations,
            shift,
            name(c.winner),
            name(c.runner_up),
            c.margin,
            c.corrected_margin,
            self.t("yes") if c.could_change_winner else (self.t("no") if c.basis else ""),
            self.t(f"basis.{c.basis}") if c.basis else "",
        ]

    def discrepancies(self) -> None:
        t = self.t
        sh = self.sheet(
            "sheet.discrepancies",
            [
                Col(t("col.contest"), 10),
                Col(t("col.station"), 16),
                Col(t("col.station_name"), 30),
                Col(t("col.line"), 40),
                Col(t("col.observer_value"), 12, "int"),
                Col(t("col.official_value"), 12, "int"),
                Col(t("col.difference"), 14, "delta"),
                Col(t("col.observers"), 22),
                Col(t("col.tally"), 38),
                Col(t("col.official_tally"), 38),
                Col(t("col.photo"), 20),
                Col(t("col.photo_sha256"), 30),
                Col(t("col.snapshot"), 30),
                Col(t("col.resolution"), 20),
            ],
        )
        sh.header()
        for row in self.discrepancy_rows():
            sh.row(row)
            self.tick()
        sh.finish()

    def discrepancy_rows(self) -> Iterator[list[object]]:
        """The cells of the Discrepancies sheet, row by row (the benchmark writes them too)."""
        rep, ctx = self.rep, self.rep.ctx
        names = rep.station_names
        labels: dict[tuple[str, str], str] = {}
        for d in rep.discrepancies:
            label = labels.get((d.contest, d.key))
            if label is None:
                contest = rep.contest(d.contest)
                label = labels[(d.contest, d.key)] = line_label(ctx, contest, d.key, self.lang)
            photo, sha = photos_text(d.observers)
            res = d.resolution
            yield [
                d.contest,
                d.station,
                names.get(d.station, ""),
                label,
                d.observer,
                d.official,
                d.delta,
                observers_text(d.observers),
                tally_text(d.observers),
                f"{d.official_tally.uid}:{d.official_tally.revision}",
                photo,
                sha,
                self.snap(d.official_tally.snapshot_id),
                f"{res.value} ({res.resolved_by}: {res.reason})" if res else "",
            ]

    def stations(self) -> None:
        rep, t, ctx = self.rep, self.t, self.rep.ctx
        # candidate columns by ballot position; named when every contest shown agrees
        shown = {f.contest for f in rep.figures.values()}
        contests = [rep.contest(code) for code in sorted(shown)]
        width = max((len(c.candidates) for c in contests), default=0)
        lines = [line.key for line in ctx.form.lines]
        tail = [ctx.form.against_all.key] if ctx.form.against_all else []
        same = len({tuple(x.name for x in c.candidates) for c in contests}) <= 1
        cand_headers = [
            (contests[0].candidates[i].name if same and contests else f"№{i + 1}")
            for i in range(width)
        ]
        any_contest = contests[0] if contests else None
        line_headers = [
            short_label(ctx, any_contest, k, self.lang) if any_contest else k for k in (*lines,)
        ]
        tail_headers = [
            short_label(ctx, any_contest, k, self.lang) if any_contest else k for k in tail
        ]
        fixed = [
            Col(t("col.contest"), 10),
            Col(t("col.station"), 16),
            Col(t("col.station_name"), 28),
            Col(t("col.row"), 19),
            Col(t("col.observers"), 20),
        ]
        figure_cols = [Col(h, 11, "int") for h in (*line_headers, *cand_headers, *tail_headers)]
        sh = self.sheet("sheet.stations", fixed + figure_cols)
        sh.header()
        hot, plain = self.styles.delta_hot, self.styles.delta
        fixed_styles: list[str | None] = [None] * len(fixed)
        row_official, row_observer = t("row.official"), t("row.observer")
        row_difference = t("row.difference")
        for code in sorted(rep.figures, key=lambda c: (rep.figures[c].contest, c)):
            f = rep.figures[code]
            contest = rep.contest(f.contest)
            keys = [*lines, *contest.candidate_keys, *([""] * (width - len(contest.candidates)))]
            keys += tail
            head = [f.contest, code, rep.station_names.get(code, "")]
            figures = f.official  # parsed from its stored text on each read: read it once
            official = [figures.get(k) for k in keys]
            sh.row([*head, row_official, "", *official])
            copies = f.copies
            rows = [(observers_text(r for r, _ in copies), f.settled)]
            if len({tuple(sorted(vals.items())) for _, vals in copies}) > 1:
                rows = [(ref.observer or "—", vals) for ref, vals in copies]  # they disagree
            for who, vals in rows:
                observed = [vals.get(k) for k in keys]
                sh.row([*head, row_observer, who, *observed])
                diffs = [
                    None if o is None or v is None else o - v
                    for o, v in zip(official, observed, strict=True)
                ]
                styles = [*fixed_styles, *(hot if d else plain for d in diffs)]
                sh.row([*head, row_difference, who, *diffs], styles)
            self.tick(3)
        sh.finish()

    def arithmetic(self) -> None:
        rep, t, form = self.rep, self.t, self.rep.ctx.form
        sh = self.sheet(
            "sheet.arithmetic",
            [
                Col(t("col.contest"), 10),
                Col(t("col.station"), 16),
                Col(t("col.station_name"), 28),
                Col(t("col.source"), 12),
                Col(t("col.observers"), 20),
                Col(t("col.rule"), 22),
                Col(t("col.severity"), 12),
                Col(t("col.explanation"), 60),
                Col(t("col.message"), 50),
                Col(t("col.tally"), 38),
                Col(t("col.photo"), 20),
                Col(t("col.photo_sha256"), 30),
                Col(t("col.snapshot"), 30),
            ],
        )
        sh.header()
        for a in rep.arithmetic:
            photo, sha = photos_text([a.tally])
            sh.row(
                [
                    a.contest,
                    a.station,
                    rep.station_names.get(a.station, ""),
                    t(f"source.{a.tally.source}"),
                    a.tally.observer,
                    a.violation.rule,
                    t(f"severity.{a.violation.severity}"),
                    a.explain(form, self.lang),
                    a.violation.message(self.lang),
                    f"{a.tally.uid}:{a.tally.revision}",
                    photo,
                    sha,
                    self.snap(a.tally.snapshot_id),
                ]
            )
            self.tick()
        sh.finish()

    def disagreements(self) -> None:
        rep, t, ctx = self.rep, self.t, self.rep.ctx
        sh = self.sheet(
            "sheet.disagree",
            [
                Col(t("col.contest"), 10),
                Col(t("col.station"), 16),
                Col(t("col.station_name"), 28),
                Col(t("col.line"), 36),
                Col(t("col.copies"), 40),
                Col(t("col.official_value"), 12, "int"),
                Col(t("col.resolution"), 30),
                Col(t("col.tally"), 60),
                Col(t("col.photo"), 20),
                Col(t("col.photo_sha256"), 30),
            ],
        )
        sh.header()
        for d in rep.disagreements:
            refs = [r for r, _ in d.copies]
            photo, sha = photos_text(refs)
            copies = "; ".join(
                f"{r.observer or '—'}: {'' if v is None else v}" for r, v in d.copies
            )
            res = d.resolution
            sh.row(
                [
                    d.contest,
                    d.station,
                    rep.station_names.get(d.station, ""),
                    line_label(ctx, rep.contest(d.contest), d.key, self.lang),
                    copies,
                    d.official,
                    f"{res.value} ({res.resolved_by}: {res.reason})" if res else "",
                    tally_text(refs),
                    photo,
                    sha,
                ]
            )
            self.tick()
        sh.finish()

    def contest_totals(self) -> None:
        rep, t, ctx = self.rep, self.t, self.rep.ctx
        sh = self.sheet(
            "sheet.totals",
            [
                Col(t("col.contest"), 10),
                Col(t("col.contest_name"), 26),
                Col(t("col.line"), 36),
                Col(t("col.check"), 44),
                Col(t("col.total"), 14, "int"),
                Col(t("col.sum"), 14, "int"),
                Col(t("col.total_difference"), 14, "delta"),
                Col(t("col.stations_counted"), 12, "int"),
                Col(t("col.stations"), 10, "int"),
                Col(t("col.snapshot"), 30),
            ],
        )
        sh.header()
        for f in rep.contest_totals:
            contest = rep.contest(f.contest)
            sh.row(
                [
                    f.contest,
                    contest.name,
                    line_label(ctx, contest, f.key, self.lang),
                    t(f"check.{f.check}"),
                    f.total,
                    f.sum,
                    f.difference,
                    f.stations_counted,
                    f.stations,
                    self.snap(f.snapshot_id),
                ]
            )
            self.tick()
        sh.finish()

    def coverage(self) -> None:
        rep, t = self.rep, self.t
        sh = self.sheet(
            "sheet.coverage",
            [
                Col(t("col.contest"), 10),
                Col(t("col.station"), 16),
                Col(t("col.station_name"), 30),
                Col(t("col.missing"), 24),
                Col(t("col.observers"), 22),
                Col(t("col.tally"), 38),
                Col(t("col.snapshot"), 30),
            ],
        )
        sh.header()
        names = rep.station_names
        missing = {k: t(f"missing.{k}") for k in ("official", "observer")}
        for c in rep.coverage:
            sh.row(
                [
                    c.contest,
                    c.station,
                    names.get(c.station, ""),
                    missing[c.missing],
                    observers_text(c.tallies) if c.missing == "official" else "",
                    tally_text(c.tallies),
                    self.snap(c.tallies[0].snapshot_id) if c.missing == "observer" else "",
                ]
            )
            self.tick()
        sh.finish()

    def revisions(self) -> None:
        rep, t, ctx = self.rep, self.t, self.rep.ctx
        sh = self.sheet(
            "sheet.revisions",
            [
                Col(t("col.contest"), 10),
                Col(t("col.station"), 16),
                Col(t("col.station_name"), 28),
                Col(t("col.line"), 36),
                Col(t("col.before"), 12, "int"),
                Col(t("col.after"), 12, "int"),
                Col(t("col.change"), 14, "delta"),
                Col(t("col.from_snapshot"), 30),
                Col(t("col.to_snapshot"), 30),
                Col(t("col.official_tally"), 38),
            ],
        )
        sh.header()
        for r in rep.revisions:
            contest = rep.contest(r.contest)
            for ch in r.changes:
                diff = None if ch.before is None or ch.after is None else ch.after - ch.before
                sh.row(
                    [
                        r.contest,
                        r.station,
                        rep.station_names.get(r.station, ""),
                        line_label(ctx, contest, ch.key, self.lang),
                        ch.before,
                        ch.after,
                        diff,
                        self.snap(r.from_snapshot_id),
                        self.snap(r.to_snapshot_id),
                        f"{r.tally.uid}:{r.to_revision}",
                    ]
                )
            self.tick()
        sh.finish()


def _snapshot_text(ref: SnapshotRef) -> str:
    label = f" · {ref.label}" if ref.label else ""
    return f"{ref.title} · {ref.kind} · SHA-256 {ref.sha256}{label}"


def write_workbook(
    rep: Report, out: Path | str, *, lang: str = "en", progress: Progress | None = None
) -> Path:
    """Write the workbook to ``out`` (replacing it only once complete)."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"{out}: the workbook must be an .xlsx file")
    if not out.parent.is_dir():
        raise UserError(f"{out.parent}: no such folder")
    fd, tmp = tempfile.mkstemp(suffix=".xlsx.part", dir=out.parent)
    os.close(fd)
    book: Book | None = None
    try:
        book = Book(tmp)
        w = SheetWriter(rep, lang, progress, book)
        report(progress, 0, w.total, text("sum.title", lang))
        w.summary()
        w.discrepancies()
        w.stations()
        w.arithmetic()
        w.disagreements()
        w.contest_totals()
        w.coverage()
        if rep.revisions:
            w.revisions()
        report(progress, w.total, w.total, text("sum.title", lang))
        book.close()
        book = None
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(f"{out}: cannot write the workbook ({exc.strerror or exc})") from None
    finally:
        if book is not None:
            with contextlib.suppress(OSError, RuntimeError):
                book.abandon()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return out
