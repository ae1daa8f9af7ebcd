"""The reconciliation engine: observer copies against official figures, set-based.

Everything is loaded once as tuples and joined in dicts by station. Figures are
kept as their canonical JSON text (``dump_values`` writes protocol order), so
the common case, an observer copy identical to the official figures, is one
string comparison; each distinct text is parsed and checked once.
"""

from __future__ import annotations

import orjson

from observer_app.domain.models import utcnow
from observer_app.forms import Violation, check
from observer_app.forms.matrix import Figures
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
from observer_app.reconcile.loading import FAULTY, ID, OBS, REV, SRC, UID, VJ, Loaded, Row, load
from observer_app.reconcile.report import Report
from observer_app.reconcile.snapshots import official_revisions
from observer_app.storage.db import Database
from observer_app.storage.elections import ContestInfo, ElectionContext, StationInfo
from observer_app.storage.tallies import load_values

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


class _Acc:
    """Per contest: what the station loop collects for the set-based steps after it."""

    __slots__ = (
        "obs",
        "observed",
        "observed_voters",
        "off_values",
        "offs",
        "same",
        "settled",
        "stations",
        "voters",
    )

    def __init__(self) -> None:
        self.stations = self.voters = self.observed = self.observed_voters = 0
        self.offs: list[tuple[str, Row]] = []  # (station code, official tally)
        self.off_values: list[dict[str, int]] = []  # their figures, same order
        self.obs: list[tuple[str, Row]] = []  # (station code, observer copy)
        self.same: list[int] = []  # official rows that are also the settled observer figures
        self.settled: list[dict[str, int]] = []  # other settled observer figures


def st_contest(ctx: ElectionContext, st: StationInfo) -> str:
    return ctx.contests[st.contest_id].code


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
            found = self._parsed[text] = load_values(text)
        return found

    def ref(self, row: Row) -> TallyRef:
        found = self._refs.get(row[ID])
        if found is None:
            snap = self.data.official_snapshot.get(row[ID]) if row[SRC] == "official" else None
            found = self._refs[row[ID]] = TallyRef(
                row[ID],
                row[UID],
                row[SRC],
                row[OBS],
                row[REV],
                bool(row[FAULTY]),
                self.data.photos.get(row[ID], ()),
                snap,
            )
        return found

    def arithmetic(self, contest: ContestInfo, rows: list[tuple[str, Row]], bad: set[str]) -> None:
        """Findings for the rows whose figures (as text) are in ``bad``, fully explained."""
        cands = contest.candidate_keys
        for code, row in rows:
            if row[VJ] not in bad:
                continue
            found = self._checked.get((contest.id, row[VJ]))
            if found is None:
                values = self.parse(row[VJ])
                found = tuple(check(self.ctx.form, values, cands))
                self._checked[(contest.id, row[VJ])] = found
            for v in found:
                self.rep.arithmetic.append(Arithmetic(code, contest.code, self.ref(row), v))

    # -- the pass ----------------------------------------------------------------------------
    def run(self) -> None:
        ctx, data, rep = self.ctx, self.data, self.rep
        official, observers = data.official, data.observers
        rep.official_tallies = len(official)
        rep.observer_tallies = sum(len(v) for v in observers.values())
        rep.official_snapshot_ids = {s for s in data.official_snapshot.values() if s is not None}
        accs = {cid: _Acc() for cid in ctx.contests}
        loads = orjson.loads
        res_stations = self.res_stations
        stations = list(ctx.stations_by_id.values())
        total = len(stations)
        for i, st in enumerate(stations):
            if i % STEP == 0:
                report(self.progress, i, total, "comparing stations")
            acc = accs[st.contest_id]
            acc.stations += 1
            voters = st.registered_voters or 0
            acc.voters += voters
            off = official.get(st.id)
            copies = observers.get(st.id)
            ov = None
            if off is not None:
                ov = loads(off[VJ])
                acc.offs.append((st.code, off))
                acc.off_values.append(ov)
            if copies is None:
                if off is not None:
                    rep.coverage.append(
                        Coverage(st.code, st_contest(ctx, st), "observer", (self.ref(off),))
                    )
                continue
            acc.observed += 1
            acc.observed_voters += voters
            if len(copies) == 1:
                acc.obs.append((st.code, copies[0]))
                if off is not None and copies[0][VJ] == off[VJ] and st.id not in res_stations:
                    acc.same.append(len(acc.off_values) - 1)  # the copy is the official row
                    continue
            else:
                acc.obs.extend([(st.code, r) for r in copies])
            contest = ctx.contests[st.contest_id]
            summ = self.summaries[st.contest_id]
            settled = self.compare(st.id, st.code, contest, summ, copies, off, ov)
            if settled is ov:
                acc.same.append(len(acc.off_values) - 1)
            else:
                acc.settled.append(settled)
            if off is None:
                rep.coverage.append(
                    Coverage(st.code, contest.code, "official", tuple(map(self.ref, copies)))
                )
        for cid, acc in accs.items():
            summ = self.summaries[cid]
            summ.stations, summ.voters = acc.stations, acc.voters
            summ.observed, summ.observed_voters = acc.observed, acc.observed_voters
            summ.official = len(acc.offs)
        report(self.progress, total, total, "judging contests")
        form = ctx.form
        for cid, summ in self.summaries.items():
            contest = ctx.contests[cid]
            keys = ctx.all_keys(contest)
            acc = accs[cid]
            off_fig = Figures(keys, acc.off_values)
            summ.official_sums, official_counts = off_fig.sums()
            rows = acc.offs
            bad = {rows[i][1][VJ] for i in off_fig.failing_rows(form, contest.candidate_keys)}
            self.arithmetic(contest, rows, bad)
            # observer copies: only texts not already judged as official figures
            judged = {r[VJ] for _, r in rows}
            other = list({r[VJ] for _, r in acc.obs if r[VJ] not in judged})
            obs_fig = Figures(keys, [self.parse(text) for text in other])
            bad |= {other[i] for i in obs_fig.failing_rows(form, contest.candidate_keys)}
            self.arithmetic(contest, acc.obs, bad)
            settled_fig = Figures(keys, acc.settled)
            summ.observed_sums, observed_counts = off_fig.sums(acc.same, settled_fig)
            findings, impact = judge_contest(
                ctx, contest, summ, data.totals.get(cid), observed_counts, official_counts
            )
            rep.contest_totals.extend(findings)
            if impact is not None:
                rep.outcome_impact.append(impact)
            rep.contests.append(summ)
        order = {code: i for i, code in enumerate(ctx.stations)}
        rep.arithmetic.sort(key=lambda a: (order[a.station], a.tally.source != "official"))

    def compare(
        self,
        sid: int,
        code: str,
        contest: ContestInfo,
        summ: ContestSummary,
        copies: list[Row],
        off: Row | None,
        ov: dict[str, int] | None,
    ) -> dict[str, int]:
        """Station discrepancies and disagreements of one station; its settled observer figures.

        Settled: every copy agrees on the line, or the coordinator resolved it. A
        line the copies disagree on without a resolution is compared copy by copy
        and enters the contest sums at its smallest value (the conservative one).
        """
        if len(copies) == 1 and sid not in self.res_stations:
            row = copies[0]
            if off is not None and ov is not None and row[VJ] == off[VJ]:
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
                    self._figures(code, contest, off, copies, values)
            return values
        return self._compare_many(sid, code, contest, summ, copies, off, ov or {})

    def _compare_many(
        self,
        sid: int,
        code: str,
        contest: ContestInfo,
        summ: ContestSummary,
        copies: list[Row],
        off: Row | None,
        ov: dict[str, int],
    ) -> dict[str, int]:
        parsed = [self.parse(r[VJ]) for r in copies]
        keys = [k for k in self.ctx.all_keys(contest) if any(k in p for p in parsed)]
        keys += sorted({k for p in parsed for k in p} - set(keys))
        settled: dict[str, int] = {}
        before = len(self.rep.discrepancies)
        candidate_keys = set(contest.candidate_keys)
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
            self.parse(off[VJ]),
            self.ref(off),
            tuple((self.ref(r), self.parse(r[VJ])) for r in copies),
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
        found = self.data.resolutions.get((sid, key))
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
