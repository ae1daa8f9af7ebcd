"""The reconciliation engine: observer copies against official figures, set-based.

The database compares each copy with its station's official figures (equal
canonical JSON text is equal figures, see :mod:`loading`); Python reads the
official figures once into a matrix for the sums and the control relations,
and looks line by line only at the stations whose copies differ, disagree, were
resolved by a coordinator or have no official figures. The tallies, photos and
names behind the findings are read last, for those findings only.
"""

from __future__ import annotations

from datetime import UTC, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, cast

import orjson
from sqlalchemy import Connection

from observer_app.forms import Violation, check
from observer_app.forms.matrix import Figures
from observer_app.progress import Progress, report
from observer_app.reconcile import loading as ld
from observer_app.reconcile.contests import judge_contest
from observer_app.reconcile.findings import (
    Arithmetic,
    ContestSummary,
    Coverage,
    FiguresData,
    ObserversDisagree,
    ResolutionRef,
    StationDiscrepancy,
    StationFigures,
    TallyRef,
)
from observer_app.reconcile.lines import line_name
from observer_app.reconcile.loading import ID, UID, VJ, Row
from observer_app.reconcile.report import Report
from observer_app.reconcile.snapshots import official_revisions
from observer_app.storage.db import Database

if TYPE_CHECKING:
    from observer_app.storage.context import ContestInfo, ElectionContext

STEP = 5000


def reconcile(
    db: Database,
    ctx: ElectionContext,
    progress: Progress | None = None,
    *,
    ahead: ld.ScanAhead | None = None,
) -> Report:
    """Every finding of the six kinds, the per-contest summaries and the official revisions.

    Only the election's form and contests are used from ``ctx``: the stations are
    read here, so a context loaded with ``stations=False`` will do. ``ahead``: the
    scan, already started by the caller.
    """
    report(progress, 0, 0, "loading tallies")
    with db.engine.connect() as conn:
        rep = Report(ctx, datetime.now(UTC), {}, ld.snapshots(conn, ctx.id))
        scanned = ahead.result(ctx.id) if ahead is not None else None
        _Pass(ctx, conn, rep, progress).run(scanned)
        rep.revisions = official_revisions(db, ctx)
        rep.station_names = ld.station_names(conn, ctx.id, _finding_stations(rep))
    report(progress, 1, 1, "done")
    return rep


def _finding_stations(rep: Report) -> set[str]:
    """Codes of the stations some finding names (their names go into the report)."""
    codes: set[str] = {d.station for d in rep.discrepancies}
    codes |= {g.station for g in rep.disagreements}
    codes |= {a.station for a in rep.arithmetic}
    codes |= {c.station for c in rep.coverage}
    codes |= {r.station for r in rep.revisions}
    codes |= set(rep.figures)
    return codes


class _Acc:
    """Per contest: what the station pass collects for the set-based steps after it."""

    __slots__ = ("obs", "observed", "observed_voters", "offs", "same", "settled", "settled_texts")

    def __init__(self) -> None:
        self.observed = self.observed_voters = 0
        self.offs: list[ld.OffScan] = []  # stations of the contest with official figures
        self.same: list[int] = []  # official rows that are also the settled observer figures
        self.settled: list[dict[str, int]] = []  # other settled observer figures
        self.settled_texts: list[str] = []  # ... of single copies, as their text
        self.obs: list[tuple[int, str, Row]] = []  # (station id, code, copy) read in full


# (station id, station code, tally id, source, figures) of a tally to judge for arithmetic
_Judged = tuple[int, str, int, str, str]


class _Pass:
    def __init__(
        self, ctx: ElectionContext, conn: Connection, rep: Report, progress: Progress | None
    ) -> None:
        self.ctx, self.conn, self.rep, self.progress = ctx, conn, rep, progress
        self._checked: dict[tuple[int, str], tuple[Violation, ...]] = {}
        self._refs: dict[int, TallyRef] = {}
        self.summaries = {
            cid: ContestSummary(c.code, c.name, 0, candidate_keys=c.candidate_keys)
            for cid, c in ctx.contests.items()
        }
        self.resolutions = ld.resolutions(conn, ctx.id)
        self.res_stations = {sid for sid, _ in self.resolutions}

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def parse(text: str) -> dict[str, int]:
        """Figures from their text; not kept (at 100,000 differing copies that is 150 MB)."""
        found: dict[str, int] = orjson.loads(text)
        return found

    def ref(self, tally_id: int, source: str) -> TallyRef:
        """The finding's reference to a tally; its other fields are read at the end."""
        found = self._refs.get(tally_id)
        if found is None:
            found = self._refs[tally_id] = TallyRef(tally_id, "", source, "", 0)
        return found

    def official_ref(self, st: ld.Station) -> TallyRef:
        assert st.official_id is not None
        return self.ref(st.official_id, "official")

    def row_ref(self, row: Row) -> TallyRef:
        return self.ref(row[ID], "observer")

    def arithmetic(
        self, contest: ContestInfo, rows: list[_Judged], bad: set[str]
    ) -> list[tuple[tuple[int, bool], Arithmetic]]:
        """Findings for the tallies whose figures are in ``bad``, with their sort keys."""
        cands = contest.candidate_keys
        out: list[tuple[tuple[int, bool], Arithmetic]] = []
        for sid, code, tid, source, vj in rows:
            if vj not in bad:
                continue
            found = self._checked.get((contest.id, vj))
            if found is None:
                found = tuple(check(self.ctx.form, self.parse(vj), cands))
                self._checked[(contest.id, vj)] = found
            key = (sid, source != "official")
            out += [(key, Arithmetic(code, contest.code, self.ref(tid, source), v)) for v in found]
        return out

    # -- the pass ----------------------------------------------------------------------------
    def run(self, scanned: ld.Scan | None = None) -> None:
        ctx, rep, conn = self.ctx, self.rep, self.conn
        data = scanned if scanned is not None else ld.scan(conn, ctx.id)
        accs = {cid: _Acc() for cid in ctx.contests}
        res_stations, several = self.res_stations, data.several
        coverage: list[tuple[int, Coverage]] = []
        to_read: list[ld.Station] = []  # the stations whose copies are read line by line
        same_copy: dict[int, int] = {}  # station id -> its only copy, identical to the official
        copies = 0
        officials = 0
        for off in data.official:
            fid, sid, code, cid, voters, vj, oid, same = off
            acc = accs[cid]
            st = several.get(sid) if several else None
            if st is None:
                if fid is not None:
                    acc.offs.append(off)
                    if oid is None:
                        ref = self.ref(fid, "official")
                        contest = ctx.contests[cid].code
                        coverage.append((sid, Coverage(code, contest, "observer", (ref,))))
                        continue
                    if same and sid not in res_stations:  # the usual case: nothing to read
                        copies += 1
                        acc.observed += 1
                        acc.observed_voters += voters or 0
                        acc.same.append(len(acc.offs) - 1)
                        same_copy[sid] = oid
                        continue
                assert oid is not None
                st = ld.Station(sid, code, cid, voters or 0, [oid], fid, vj or "", same)
            elif st.official_id is not None:
                acc.offs.append(off)  # the scan keeps the newest official tally's row
                if not st.copies:
                    ref = self.ref(st.official_id, "official")
                    contest = ctx.contests[st.contest_id].code
                    coverage.append((sid, Coverage(st.code, contest, "observer", (ref,))))
                    continue
            copies += len(st.copies)
            acc.observed += 1
            acc.observed_voters += st.voters
            if st.official_id is not None:
                if len(st.copies) == 1 and st.same and sid not in res_stations:
                    acc.same.append(len(acc.offs) - 1)
                    same_copy[sid] = st.copies[0]
                    continue
                st.position = len(acc.offs) - 1
            to_read.append(st)
        for acc in accs.values():
            officials += len(acc.offs)
        rep.official_tallies = officials
        rep.observer_tallies = copies
        rep.official_snapshot_ids = ld.used_snapshots(conn, ctx.id)
        self._compare_stations(to_read, accs, coverage)
        coverage.sort(key=lambda c: c[0])
        rep.coverage = [c for _, c in coverage]
        for cid, summ in self.summaries.items():
            acc = accs[cid]
            summ.stations, summ.voters = data.stations.get(cid, (0, 0))
            summ.observed, summ.observed_voters = acc.observed, acc.observed_voters
            summ.official = len(acc.offs)
        report(self.progress, 1, 2, "judging contests")
        self._judge(accs, same_copy, ld.totals(conn, ctx.id))
        ld.fill_refs(conn, self._refs)

    def _compare_stations(
        self,
        to_read: list[ld.Station],
        accs: dict[int, _Acc],
        coverage: list[tuple[int, Coverage]],
    ) -> None:
        ctx = self.ctx
        rows = ld.tally_rows(self.conn, (tid for st in to_read for tid in st.copies))
        to_read.sort(key=lambda st: st.station_id)
        total = len(to_read)
        for i, st in enumerate(to_read):
            if i % STEP == 0:
                report(self.progress, i, total, "comparing stations")
            copies = [rows[tid] for tid in st.copies]
            acc = accs[st.contest_id]
            acc.obs.extend((st.station_id, st.code, r) for r in copies)
            contest = ctx.contests[st.contest_id]
            summ = self.summaries[st.contest_id]
            if st.official_id is not None:
                ov = self.parse(st.values_json)
                settled = self.compare(st.station_id, st.code, contest, summ, copies, st, ov)
                if settled is ov:
                    acc.same.append(st.position)
                    continue
            else:
                settled = self.compare(st.station_id, st.code, contest, summ, copies)
                refs = tuple(map(self.row_ref, copies))
                coverage.append((st.station_id, Coverage(st.code, contest.code, "official", refs)))
            if isinstance(settled, str):
                acc.settled_texts.append(settled)
            else:
                acc.settled.append(settled)

    def _judge(
        self,
        accs: dict[int, _Acc],
        same_copy: dict[int, int],
        totals: dict[int, tuple[int, dict[str, int]]],
    ) -> None:
        ctx, rep, form = self.ctx, self.rep, self.ctx.form
        found: list[tuple[tuple[int, bool], Arithmetic]] = []
        for cid, summ in self.summaries.items():
            contest = ctx.contests[cid]
            keys = ctx.all_keys(contest)
            acc = accs[cid]
            off_fig = Figures(keys, texts=list(map(itemgetter(ld.OFF_VJ), acc.offs)))
            summ.official_sums, official_counts = off_fig.sums()
            failing = [acc.offs[i] for i in off_fig.failing_rows(form, contest.candidate_keys)]
            bad = {cast(str, o[ld.OFF_VJ]) for o in failing}
            # official figures, and the copies identical to them (the same text)
            rows: list[_Judged] = []
            for o in failing:
                sid, code = o[ld.OFF_SID], o[ld.OFF_CODE]
                fid, text = cast(int, o[ld.OFF_ID]), cast(str, o[ld.OFF_VJ])
                rows.append((sid, code, fid, "official", text))
                if sid in same_copy:
                    rows.append((sid, code, same_copy[sid], "observer", text))
            # the copies read in full (a copy holding some official figures' text is judged
            # again here, to the same verdict: cheaper than a set of every official text)
            other = list({r[VJ] for _, _, r in acc.obs})
            obs_fig = Figures(keys, texts=other)
            bad |= {other[i] for i in obs_fig.failing_rows(form, contest.candidate_keys)}
            rows += [(sid, code, r[ID], "observer", r[VJ]) for sid, code, r in acc.obs]
            found += self.arithmetic(contest, rows, bad)
            settled_fig = Figures(keys, acc.settled, texts=acc.settled_texts)
            summ.observed_sums, observed_counts = off_fig.sums(acc.same, settled_fig)
            del off_fig
            findings, impact = judge_contest(
                ctx, contest, summ, totals.get(cid), observed_counts, official_counts
            )
            rep.contest_totals.extend(findings)
            if impact is not None:
                rep.outcome_impact.append(impact)
            rep.contests.append(summ)
        found.sort(key=lambda f: f[0])  # stable: station order, official figures first
        rep.arithmetic = [a for _, a in found]

    def compare(
        self,
        sid: int,
        code: str,
        contest: ContestInfo,
        summ: ContestSummary,
        copies: list[Row],
        off: ld.Station | None = None,
        ov: dict[str, int] | None = None,
    ) -> FiguresData:
        """Station discrepancies and disagreements of one station; its settled observer figures.

        The settled figures of a single copy are its text (``ov`` itself when it holds
        the official figures).

        Settled: every copy agrees on the line, or the coordinator resolved it. A
        line the copies disagree on without a resolution is compared copy by copy
        and enters the contest sums at its smallest value (the conservative one).
        """
        if len(copies) == 1 and sid not in self.res_stations:
            row = copies[0]
            if off is not None and ov is not None and row[VJ] == off.values_json:
                return ov
            values = self.parse(row[VJ])
            if off is not None and ov is not None:
                before = len(self.rep.discrepancies)
                for key, value in values.items():
                    o = ov.get(key)
                    if o is not None and o != value:
                        self._discrepancy(code, contest, summ, key, value, o, (row,), off, None)
                if len(self.rep.discrepancies) > before:
                    summ.discrepant_stations += 1
                    self._figures(code, contest, off, copies, row[VJ])  # settled: the copy
            return row[VJ]
        return self._compare_many(sid, code, contest, summ, copies, off, ov or {})

    def _compare_many(
        self,
        sid: int,
        code: str,
        contest: ContestInfo,
        summ: ContestSummary,
        copies: list[Row],
        off: ld.Station | None,
        ov: dict[str, int],
    ) -> dict[str, int]:
        parsed = [self.parse(r[VJ]) for r in copies]
        keys = [k for k in self.ctx.all_keys(contest) if any(k in p for p in parsed)]
        keys += sorted({k for p in parsed for k in p} - set(keys))
        settled: dict[str, int] = {}
        before = len(self.rep.discrepancies)
        candidate_keys = set(contest.candidate_keys)
        off_ref = self.official_ref(off) if off is not None else None
        for key in keys:
            held = [(row, p.get(key)) for row, p in zip(copies, parsed, strict=True)]
            distinct = {v for _, v in held}
            res = self._current_resolution(sid, key, held)
            official = ov.get(key)
            if len(distinct) > 1:
                self.rep.disagreements.append(
                    ObserversDisagree(
                        code,
                        contest.code,
                        key,
                        line_name(self.ctx, contest, key),
                        tuple((self.row_ref(r), v) for r, v in held),
                        official,
                        off_ref,
                        res,
                    )
                )
            if res is not None:
                settled[key] = res.value
                if official is not None and official != res.value:
                    rows = tuple(r for r, v in held if v == res.value) or tuple(copies)
                    self._discrepancy(code, contest, summ, key, res.value, official, rows, off, res)
                continue
            present = [v for v in distinct if v is not None]
            if not present:
                continue
            if len(distinct) == 1:
                settled[key] = present[0]
            else:
                settled[key] = min(present)
                if key in candidate_keys and off is not None:
                    summ.unsettled_lines += 1
            if official is None:
                continue
            for value in sorted(present):
                if value != official:
                    rows = tuple(r for r, v in held if v == value)
                    self._discrepancy(
                        code,
                        contest,
                        summ,
                        key,
                        value,
                        official,
                        rows,
                        off,
                        None,
                        len(distinct) > 1,
                    )
        if len(self.rep.discrepancies) > before:
            summ.discrepant_stations += 1
            assert off is not None
            self._figures(code, contest, off, copies, settled)
        return settled

    def _figures(
        self,
        code: str,
        contest: ContestInfo,
        off: ld.Station,
        copies: list[Row],
        settled: FiguresData,
    ) -> None:
        """The station's whole protocol for the report, figures kept as their stored text."""
        self.rep.figures[code] = StationFigures(
            code,
            contest.code,
            off.values_json,
            self.official_ref(off),
            tuple((self.row_ref(r), r[VJ]) for r in copies),
            settled,
        )

    def _current_resolution(
        self, sid: int, key: str, held: list[tuple[Row, int | None]]
    ) -> ResolutionRef | None:
        """The coordinator's decision on this field, unless the copies changed since it was made.

        A decision remembers the competing values ({tally uid: value}); a new copy or
        revision makes it outdated, and the field counts as unresolved again (as in
        :mod:`observer_app.conflicts`).
        """
        found = self.resolutions.get((sid, key))
        if found is None:
            return None
        res, competing = found
        return res if competing == {row[UID]: v for row, v in held} else None

    def _discrepancy(
        self,
        code: str,
        contest: ContestInfo,
        summ: ContestSummary,
        key: str,
        observer: int,
        official: int,
        rows: tuple[Row, ...],
        off: ld.Station | None,
        res: ResolutionRef | None,
        unsettled: bool = False,
    ) -> None:
        assert off is not None
        self.rep.discrepancies.append(
            StationDiscrepancy(
                code,
                contest.code,
                key,
                line_name(self.ctx, contest, key),
                observer,
                official,
                tuple(map(self.row_ref, rows)),
                self.official_ref(off),
                res,
            )
        )
        if not unsettled and key in summ.candidate_keys:
            summ.net_shift[key] = summ.net_shift.get(key, 0) + official - observer
