"""The reconciliation engine: observer copies against official figures, set-based.

Everything is loaded once as tuples and joined in dicts by station. Figures are
kept as their canonical JSON text (``dump_values`` writes protocol order), so
the common case, an observer copy identical to the official figures, is one
string comparison; each distinct text is parsed and checked once.
"""

from __future__ import annotations

import json
from collections import defaultdict

from observer_app.domain.models import utcnow
from observer_app.forms import Violation, check
from observer_app.progress import Progress, report
from observer_app.reconcile.contests import judge_contest
from observer_app.reconcile.findings import (
    Arithmetic,
    ContestSummary,
    Coverage,
    ObserversDisagree,
    ResolutionRef,
    StationDiscrepancy,
    StationFigures,
    TallyRef,
)
from observer_app.reconcile.lines import line_name
from observer_app.reconcile.loading import Loaded, Row, load
from observer_app.reconcile.report import Report
from observer_app.reconcile.snapshots import official_revisions
from observer_app.storage.db import Database
from observer_app.storage.elections import ContestInfo, ElectionContext

STEP = 5000


def reconcile(db: Database, ctx: ElectionContext, progress: Progress | None = None) -> Report:
    """Every finding of the six kinds, the per-contest summaries and the official revisions."""
    report(progress, 0, 0, "loading tallies")
    data = load(db, ctx)
    rep = Report(
        ctx,
        utcnow(),
        {st.code: data.station_names.get(st.id, "") for st in ctx.stations.values()},
        data.snapshots,
    )
    _Pass(ctx, data, rep, progress).run()
    rep.revisions = official_revisions(db, ctx)
    report(progress, 1, 1, "done")
    return rep


class _Pass:
    def __init__(
        self, ctx: ElectionContext, data: Loaded, rep: Report, progress: Progress | None
    ) -> None:
        self.ctx, self.data, self.rep, self.progress = ctx, data, rep, progress
        self._parsed: dict[str, dict[str, int]] = {}
        self._checked: dict[tuple[int, str], tuple[Violation, ...]] = {}
        self._refs: dict[int, TallyRef] = {}
        self.summaries = {
            cid: ContestSummary(c.code, c.name, 0, candidate_keys=c.candidate_keys)
            for cid, c in ctx.contests.items()
        }
        self.res_stations = {sid for sid, _ in data.resolutions}

    # -- helpers -----------------------------------------------------------------------------
    def parse(self, text: str) -> dict[str, int]:
        found = self._parsed.get(text)
        if found is None:
            found = self._parsed[text] = json.loads(text)
        return found

    def ref(self, row: Row) -> TallyRef:
        found = self._refs.get(row.id)
        if found is None:
            snap = self.data.official_snapshot.get(row.id) if row.source == "official" else None
            found = self._refs[row.id] = TallyRef(
                row.id,
                row.uid,
                row.source,
                row.observer,
                row.revision,
                row.protocol_faulty,
                self.data.photos.get(row.id, ()),
                snap,
            )
        return found

    def arithmetic(self, row: Row, contest: ContestInfo, code: str) -> None:
        key = (contest.id, row.values_json)
        found = self._checked.get(key)
        if found is None:
            values = self.parse(row.values_json)
            found = self._checked[key] = tuple(check(self.ctx.form, values, contest.candidate_keys))
        for v in found:
            self.rep.arithmetic.append(Arithmetic(code, contest.code, self.ref(row), v))

    # -- the pass ----------------------------------------------------------------------------
    def run(self) -> None:
        ctx, data, rep = self.ctx, self.data, self.rep
        official, observers = data.official, data.observers
        rep.official_tallies = len(official)
        rep.observer_tallies = sum(len(v) for v in observers.values())
        rep.official_snapshot_ids = {s for s in data.official_snapshot.values() if s is not None}
        observed_counts: dict[int, dict[str, int]] = defaultdict(dict)
        official_counts: dict[int, dict[str, int]] = defaultdict(dict)
        stations = list(ctx.stations_by_id.values())
        total = len(stations)
        for i, st in enumerate(stations):
            if i % STEP == 0:
                report(self.progress, i, total, "comparing stations")
            contest = ctx.contests[st.contest_id]
            summ = self.summaries[st.contest_id]
            summ.stations += 1
            voters = st.registered_voters or 0
            summ.voters += voters
            off = official.get(st.id)
            copies = observers.get(st.id)
            if off is not None:
                summ.official += 1
                self.arithmetic(off, contest, st.code)
                _accumulate(
                    summ.official_sums, official_counts[st.contest_id], self.parse(off.values_json)
                )
            if copies:
                summ.observed += 1
                summ.observed_voters += voters
                for row in copies:
                    self.arithmetic(row, contest, st.code)
                settled = self.compare(st.id, st.code, contest, summ, copies, off)
                _accumulate(summ.observed_sums, observed_counts[st.contest_id], settled)
                if off is None:
                    rep.coverage.append(
                        Coverage(st.code, contest.code, "official", tuple(map(self.ref, copies)))
                    )
            elif off is not None:
                rep.coverage.append(Coverage(st.code, contest.code, "observer", (self.ref(off),)))
        report(self.progress, total, total, "judging contests")
        for cid, summ in self.summaries.items():
            total_info = data.totals.get(cid)
            findings, impact = judge_contest(
                ctx,
                ctx.contests[cid],
                summ,
                total_info,
                observed_counts[cid],
                official_counts[cid],
            )
            rep.contest_totals.extend(findings)
            if impact is not None:
                rep.outcome_impact.append(impact)
            rep.contests.append(summ)

    def compare(
        self,
        sid: int,
        code: str,
        contest: ContestInfo,
        summ: ContestSummary,
        copies: list[Row],
        off: Row | None,
    ) -> dict[str, int]:
        """Station discrepancies and disagreements of one station; its settled observer figures.

        Settled: every copy agrees on the line, or the coordinator resolved it. A
        line the copies disagree on without a resolution is compared copy by copy
        and enters the contest sums at its smallest value (the conservative one).
        """
        if len(copies) == 1 and sid not in self.res_stations:
            row = copies[0]
            values = self.parse(row.values_json)
            if off is not None and row.values_json != off.values_json:
                ov = self.parse(off.values_json)
                before = len(self.rep.discrepancies)
                for key, value in values.items():
                    o = ov.get(key)
                    if o is not None and o != value:
                        self._discrepancy(code, contest, summ, key, value, o, (row,), off, None)
                if len(self.rep.discrepancies) > before:
                    summ.discrepant_stations += 1
                    self._figures(code, contest, off, copies, values)
            return values
        return self._compare_many(sid, code, contest, summ, copies, off)

    def _compare_many(
        self,
        sid: int,
        code: str,
        contest: ContestInfo,
        summ: ContestSummary,
        copies: list[Row],
        off: Row | None,
    ) -> dict[str, int]:
        parsed = [self.parse(r.values_json) for r in copies]
        ov = self.parse(off.values_json) if off is not None else {}
        keys = [k for k in self.ctx.all_keys(contest) if any(k in p for p in parsed)]
        keys += sorted({k for p in parsed for k in p} - set(keys))
        settled: dict[str, int] = {}
        before = len(self.rep.discrepancies)
        candidate_keys = set(contest.candidate_keys)
        for key in keys:
            held = [(row, p.get(key)) for row, p in zip(copies, parsed, strict=True)]
            distinct = {v for _, v in held}
            res = self.data.resolutions.get((sid, key))
            official = ov.get(key)
            if len(distinct) > 1:
                self.rep.disagreements.append(
                    ObserversDisagree(
                        code,
                        contest.code,
                        key,
                        line_name(self.ctx, contest, key),
                        tuple((self.ref(r), v) for r, v in held),
                        official,
                        self.ref(off) if off is not None else None,
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
        off: Row,
        copies: list[Row],
        settled: dict[str, int],
    ) -> None:
        self.rep.figures[code] = StationFigures(
            code,
            contest.code,
            self.parse(off.values_json),
            self.ref(off),
            tuple((self.ref(r), self.parse(r.values_json)) for r in copies),
            settled,
        )

    def _discrepancy(
        self,
        code: str,
        contest: ContestInfo,
        summ: ContestSummary,
        key: str,
        observer: int,
        official: int,
        rows: tuple[Row, ...],
        off: Row | None,
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
                tuple(map(self.ref, rows)),
                self.ref(off),
                res,
            )
        )
        if not unsettled and key in summ.candidate_keys:
            summ.net_shift[key] = summ.net_shift.get(key, 0) + official - observer


def _accumulate(sums: dict[str, int], counts: dict[str, int], values: dict[str, int]) -> None:
    for key, value in values.items():
        sums[key] = sums.get(key, 0) + value
        counts[key] = counts.get(key, 0) + 1
