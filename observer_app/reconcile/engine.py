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
from typing import TYPE_CHECKING

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
    from observer_app.storage.elections import ContestInfo, ElectionContext

STEP = 5000


def reconcile(db: Database, ctx: ElectionContext, progress: Progress | None = None) -> Report:
    """Every finding of the six kinds, the per-contest summaries and the official revisions.

    Only the election's form and contests are used from ``ctx``: the stations are
    read here, so a context loaded with ``stations=False`` will do.
    """
    report(progress, 0, 0, "loading tallies")
    with db.engine.connect() as conn:
        rep = Report(ctx, datetime.now(UTC), {}, ld.snapshots(conn, ctx.id))
        _Pass(ctx, conn, rep, progress).run()
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

    __slots__ = ("obs", "observed", "observed_voters", "offs", "position", "same", "settled")

    def __init__(self) -> None:
        self.observed = self.observed_voters = 0
        self.offs: list[ld.OfficialRow] = []
        self.position: dict[int, int] = {}  # station id -> its row in ``offs``
        self.same: list[int] = []  # official rows that are also the settled observer figures
        self.settled: list[dict[str, int]] = []  # other settled observer figures
        self.obs: list[tuple[int, Row]] = []  # (station id, copy) read in full


class _Pass:
    def __init__(
        self, ctx: ElectionContext, conn: Connection, rep: Report, progress: Progress | None
    ) -> None:
        self.ctx, self.conn, self.rep, self.progress = ctx, conn, rep, progress
        self._parsed: dict[str, dict[str, int]] = {}
        self._checked: dict[tuple[int, str], tuple[Violation, ...]] = {}
        self._refs: dict[int, TallyRef] = {}
        self.codes: dict[int, str] = {}  # station id -> code, for the stations read
        self.summaries = {
            cid: ContestSummary(c.code, c.name, 0, candidate_keys=c.candidate_keys)
            for cid, c in ctx.contests.items()
        }
        self.resolutions = ld.resolutions(conn, ctx.id)
        self.res_stations = {sid for sid, _ in self.resolutions}

    # -- helpers -----------------------------------------------------------------------------
    def parse(self, text: str) -> dict[str, int]:
        found = self._parsed.get(text)
        if found is None:
            found = self._parsed[text] = orjson.loads(text)
        return found

    def ref(self, tally_id: int, source: str) -> TallyRef:
        """The finding's reference to a tally; its other fields are read at the end."""
        found = self._refs.get(tally_id)
        if found is None:
            found = self._refs[tally_id] = TallyRef(tally_id, "", source, "", 0)
        return found

    def row_ref(self, row: Row) -> TallyRef:
        return self.ref(row[ID], "observer")

    def arithmetic(
        self,
        contest: ContestInfo,
        rows: list[tuple[int, int, str, str]],
        bad: set[str],
    ) -> None:
        """Findings for the (station, tally, source, figures) whose figures are in ``bad``."""
        cands = contest.candidate_keys
        for sid, tid, source, vj in rows:
            if vj not in bad:
                continue
            found = self._checked.get((contest.id, vj))
            if found is None:
                found = tuple(check(self.ctx.form, self.parse(vj), cands))
                self._checked[(contest.id, vj)] = found
            for v in found:
                self.rep.arithmetic.append(
                    Arithmetic(self.codes[sid], contest.code, self.ref(tid, source), v)
                )

    # -- the pass ----------------------------------------------------------------------------
    def run(self) -> None:
        ctx, rep, conn = self.ctx, self.rep, self.conn
        data = ld.scan(conn, ctx.id)
        accs = {cid: _Acc() for cid in ctx.contests}
        res_stations = self.res_stations
        coverage: list[tuple[int, Coverage]] = []
        # the stations whose copies must be read line by line
        to_read: list[ld.OfficialRow | ld.OrphanStation] = []
        same_copy: dict[int, int] = {}  # station id -> its only copy, identical to the official
        for off in data.official.values():
            self.codes[off.station_id] = off.code
            acc = accs[off.contest_id]
            acc.position[off.station_id] = len(acc.offs)
            acc.offs.append(off)
            if not off.copies:
                ref = self.ref(off.id, "official")
                code = ctx.contests[off.contest_id].code
                coverage.append((off.station_id, Coverage(off.code, code, "observer", (ref,))))
                continue
            acc.observed += 1
            acc.observed_voters += off.voters
            if len(off.copies) == 1 and off.same and off.station_id not in res_stations:
                acc.same.append(len(acc.offs) - 1)
                same_copy[off.station_id] = off.copies[0]
            else:
                to_read.append(off)
        for orphan in data.orphans.values():
            self.codes[orphan.station_id] = orphan.code
            acc = accs[orphan.contest_id]
            acc.observed += 1
            acc.observed_voters += orphan.voters
            to_read.append(orphan)
        rep.official_tallies = len(data.official)
        rep.observer_tallies = sum(len(o.copies) for o in data.official.values()) + sum(
            len(o.copies) for o in data.orphans.values()
        )
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
        order = {code: sid for sid, code in self.codes.items()}
        rep.arithmetic.sort(key=lambda a: (order[a.station], a.tally.source != "official"))
        ld.fill_refs(conn, self._refs)

    def _compare_stations(
        self,
        to_read: list[ld.OfficialRow | ld.OrphanStation],
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
            acc.obs.extend((st.station_id, r) for r in copies)
            contest = ctx.contests[st.contest_id]
            summ = self.summaries[st.contest_id]
            if isinstance(st, ld.OfficialRow):
                ov = self.parse(st.values_json)
                settled = self.compare(st.station_id, st.code, contest, summ, copies, st, ov)
                if settled is ov:
                    acc.same.append(acc.position[st.station_id])
                else:
                    acc.settled.append(settled)
            else:
                acc.settled.append(self.compare(st.station_id, st.code, contest, summ, copies))
                refs = tuple(map(self.row_ref, copies))
                coverage.append((st.station_id, Coverage(st.code, contest.code, "official", refs)))

    def _judge(
        self,
        accs: dict[int, _Acc],
        same_copy: dict[int, int],
        totals: dict[int, tuple[int, dict[str, int]]],
    ) -> None:
        ctx, rep, form = self.ctx, self.rep, self.ctx.form
        for cid, summ in self.summaries.items():
            contest = ctx.contests[cid]
            keys = ctx.all_keys(contest)
            acc = accs[cid]
            off_fig = Figures(keys, [orjson.loads(o.values_json) for o in acc.offs])
            summ.official_sums, official_counts = off_fig.sums()
            failing = [acc.offs[i] for i in off_fig.failing_rows(form, contest.candidate_keys)]
            bad = {o.values_json for o in failing}
            # official figures, and the copies identical to them (the same text)
            rows = [(o.station_id, o.id, "official", o.values_json) for o in failing]
            rows += [
                (o.station_id, same_copy[o.station_id], "observer", o.values_json)
                for o in failing
                if o.station_id in same_copy
            ]
            # the copies read in full: only texts not already judged as official figures
            judged = {o.values_json for o in acc.offs} if acc.obs else set()
            other = list({r[VJ] for _, r in acc.obs if r[VJ] not in judged})
            obs_fig = Figures(keys, [self.parse(text) for text in other])
            bad |= {other[i] for i in obs_fig.failing_rows(form, contest.candidate_keys)}
            rows += [(sid, r[ID], "observer", r[VJ]) for sid, r in acc.obs]
            self.arithmetic(contest, rows, bad)
            settled_fig = Figures(keys, acc.settled)
            summ.observed_sums, observed_counts = off_fig.sums(acc.same, settled_fig)
            del off_fig
            findings, impact = judge_contest(
                ctx, contest, summ, totals.get(cid), observed_counts, official_counts
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
        off: ld.OfficialRow | None = None,
        ov: dict[str, int] | None = None,
    ) -> dict[str, int]:
        """Station discrepancies and disagreements of one station; its settled observer figures.

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
        off: ld.OfficialRow | None,
        ov: dict[str, int],
    ) -> dict[str, int]:
        parsed = [self.parse(r[VJ]) for r in copies]
        keys = [k for k in self.ctx.all_keys(contest) if any(k in p for p in parsed)]
        keys += sorted({k for p in parsed for k in p} - set(keys))
        settled: dict[str, int] = {}
        before = len(self.rep.discrepancies)
        candidate_keys = set(contest.candidate_keys)
        off_ref = self.ref(off.id, "official") if off is not None else None
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
        off: ld.OfficialRow,
        copies: list[Row],
        settled: dict[str, int],
    ) -> None:
        self.rep.figures[code] = StationFigures(
            code,
            contest.code,
            self.parse(off.values_json),
            self.ref(off.id, "official"),
            tuple((self.row_ref(r), self.parse(r[VJ])) for r in copies),
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
        off: ld.OfficialRow | None,
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
                self.ref(off.id, "official"),
                res,
            )
        )
        if not unsettled and key in summ.candidate_keys:
            summ.net_shift[key] = summ.net_shift.get(key, 0) + official - observer
