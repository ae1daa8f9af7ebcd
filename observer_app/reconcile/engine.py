"""The reconciliation engine: observer copies against official figures, set-based.

The database compares each copy with its station's official figures (equal
canonical JSON text is equal figures, see :mod:`loading`); Python reads the
official figures once into a matrix for the sums and the control relations,
and looks line by line only at the stations whose copies differ, disagree, were
resolved by a coordinator or have no official figures. The tallies, photos and
names behind the findings are read last, for those findings only.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import numpy as np
import orjson

from observer_app.forms.matrix import Figures
from observer_app.progress import Progress, report
from observer_app.reconcile import blocks as bl
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
from observer_app.reconcile.reader import ConnectionReader, Reader
from observer_app.reconcile.report import Report
from observer_app.reconcile.snapshots import read_official_revisions

if TYPE_CHECKING:
    from observer_app.storage.context import ContestInfo, ElectionContext
    from observer_app.storage.db import Database

STEP = 5000


def reconcile(
    db: Database,
    ctx: ElectionContext,
    progress: Progress | None = None,
    *,
    ahead: ld.Ahead | None = None,
) -> Report:
    """Every finding of the six kinds, the per-contest summaries and the official revisions.

    Only the election's form and contests are used from ``ctx``: the stations are
    read here, so a context loaded with ``stations=False`` will do. ``ahead``: the
    scan, already started by the caller.
    """
    with db.snapshot() as conn:
        return reconcile_with(ConnectionReader(conn), ctx, progress, ahead=ahead)


def reconcile_with(
    reader: Reader,
    ctx: ElectionContext,
    progress: Progress | None = None,
    *,
    ahead: ld.Ahead | None = None,
) -> Report:
    """:func:`reconcile` reading through ``reader`` (the reconcile command on a SQLite file
    reads with the standard library's sqlite3 alone: see ``early``)."""
    report(progress, 0, 0, "loading tallies")
    rep = Report(ctx, datetime.now(UTC), {}, ld.snapshots(reader, ctx.id))
    # what does not need the scan is read first, while a scan started ahead still runs
    rep.revisions = read_official_revisions(reader, ctx)
    done = _Pass(ctx, reader, rep, progress)
    scanned = ahead.result(ctx.id) if ahead is not None else None
    if scanned is not None and scanned.changes != bl.changes(reader.rows):
        scanned = None  # something was committed since the scan: scanned again, in this read
    done.run(scanned)
    codes = _finding_stations(rep)
    # by id where the pass knows it (a list of integers: quicker than a list of codes); read
    # once the pass's own memory is gone: 100,000 names when every station differs
    ids = {code: sid for sid, code in done.codes.items() if code in codes}
    del done
    names = ld.station_names_of(reader, ids)
    names.update(ld.station_names(reader, ctx.id, codes - names.keys()))
    rep.station_names = names
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


def _single(sid: np.ndarray) -> np.ndarray:
    """Rows whose station has no other row (one official tally, at most one copy)."""
    after = sid[1:]
    if (after >= sid[:-1]).all():  # rows in station order (SQLite's scan): a repeat is adjacent
        repeat = after == sid[:-1]
        several = np.zeros(len(sid), dtype=bool)
        several[1:] = repeat
        several[:-1] |= repeat
        return ~several
    _, inverse, counts = np.unique(sid, return_inverse=True, return_counts=True)
    return np.asarray(counts[inverse] == 1)


class _Acc:
    """Per contest: what the station pass collects for the set-based steps after it."""

    __slots__ = (
        "block",
        "failing",
        "fig",
        "obs",
        "observed",
        "observed_voters",
        "offs",
        "same",
        "same_copy",
        "same_rows",
        "settled",
        "settled_texts",
    )

    def __init__(self) -> None:
        self.observed = self.observed_voters = 0
        self.block: bl.Block | None = None
        self.offs: list[int] = []  # block rows of the contest's stations with official figures
        self.fig: Figures | None = None  # their official figures
        self.failing: list[int] = []  # positions in offs whose figures break a relation
        # positions in offs that are also the settled observer figures: the usual case (one copy,
        # the same text), then the others
        self.same_rows = np.zeros(0, dtype=np.intp)
        self.same: list[int] = []
        self.same_copy: dict[int, int] = {}  # ... position -> the copy (a tally id) holding them
        self.settled: list[dict[str, int]] = []  # other settled observer figures
        self.settled_texts: list[str] = []  # ... of single copies, as their text
        self.obs: list[tuple[int, str, Row]] = []  # (station id, code, copy) read in full


class _Pass:
    def __init__(
        self, ctx: ElectionContext, reader: Reader, rep: Report, progress: Progress | None
    ) -> None:
        self.ctx, self.reader, self.rep, self.progress = ctx, reader, rep, progress
        self._refs: dict[int, TallyRef] = {}
        self.summaries = {
            cid: ContestSummary(c.code, c.name, 0, candidate_keys=c.candidate_keys)
            for cid, c in ctx.contests.items()
        }
        self.resolutions = ld.resolutions(reader, ctx.id)
        self.res_stations = {sid for sid, _ in self.resolutions}
        self.codes: dict[int, str] = {}  # station id -> code, of the stations findings name
        self.texts: dict[int, str] = {}  # tally id -> figures text, of the official tallies read

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

    # -- the pass ----------------------------------------------------------------------------
    def run(self, scanned: ld.Scan | None = None) -> None:
        ctx, rep, reader = self.ctx, self.rep, self.reader
        keys = {cid: ctx.all_keys(c) for cid, c in ctx.contests.items()}
        data = scanned if scanned is not None and scanned.keys == keys else None
        if data is None:
            data = ld.scan(reader, ctx.id, keys)
        accs = {cid: _Acc() for cid in ctx.contests}
        coverage: list[tuple[int, int, int]] = []  # (station, contest, official tally): no copy
        to_read: list[ld.Station] = []  # the stations whose copies are read line by line
        copies = 0
        for block in data.blocks:
            copies += self._classify(block, accs, coverage, to_read)
        self._read_named(accs, coverage, to_read)
        rep.official_tallies = sum(len(acc.offs) for acc in accs.values())
        rep.observer_tallies = copies
        rep.official_snapshot_ids = ld.used_snapshots(reader, ctx.id)
        found: list[tuple[int, Coverage]] = [
            (
                sid,
                Coverage(
                    self.codes[sid],
                    ctx.contests[cid].code,
                    "observer",
                    (self.ref(fid, "official"),),
                ),
            )
            for sid, cid, fid in coverage
        ]
        self._compare_stations(to_read, accs, found)
        found.sort(key=lambda c: c[0])
        rep.coverage = [c for _, c in found]
        for cid, summ in self.summaries.items():
            acc = accs[cid]
            summ.stations, summ.voters = data.stations.get(cid, (0, 0))
            summ.observed, summ.observed_voters = acc.observed, acc.observed_voters
            summ.official = len(acc.offs)
        report(self.progress, 1, 2, "judging contests")
        self._judge(accs, ld.totals(reader, ctx.id))
        self.texts = {}  # held by the findings that need them
        ld.fill_refs(reader, self._refs)

    def _classify(
        self,
        block: bl.Block,
        accs: dict[int, _Acc],
        coverage: list[tuple[int, int, int]],
        to_read: list[ld.Station],
    ) -> int:
        """Sort a block's rows into the usual case (one copy, the official figures' very text:
        counted, never read), stations without a copy or without official figures, and
        stations read line by line; the official figures of each contest and the rows of
        them that break a relation. Returns the number of observer copies."""
        n = len(block)
        for cid in block.contests:
            accs[cid].block = block
        if not n:
            for cid in block.contests:
                accs[cid].fig = bl.figures_of(block, [])
            return 0
        meta = block.meta
        fid, sid, cid_col, voters, oid, same = (meta[:, i] for i in range(bl.META_COLUMNS))
        single = _single(sid)
        has_off, has_obs = fid >= 0, oid >= 0
        usual = single & (same == 1)  # the same text: both tallies exist
        if self.res_stations:
            usual &= ~np.isin(sid, np.fromiter(self.res_stations, dtype=np.int64))
        copies = int(np.count_nonzero(single & has_obs))
        several = self._several(block, ~single)
        form, ctx = self.ctx.form, self.ctx
        for cid in block.contests:
            acc = accs[cid]
            mine = single & (cid_col == cid) if len(block.contests) > 1 else single
            observed = mine & has_obs
            acc.observed += int(np.count_nonzero(observed))
            acc.observed_voters += int(voters[observed].sum())
            offs = np.flatnonzero(mine & has_off)
            acc.offs = offs.tolist()
            acc.same_rows = np.flatnonzero(usual[offs])
            for pos in np.flatnonzero(~has_obs[offs]).tolist():  # official figures, no copy
                row = acc.offs[pos]
                coverage.append((int(sid[row]), cid, int(fid[row])))
            for pos in np.flatnonzero(has_obs[offs] & ~usual[offs]).tolist():
                row = acc.offs[pos]
                st = ld.Station(int(sid[row]), "", cid, int(voters[row]), [int(oid[row])])
                st.official_id, st.same, st.position = int(fid[row]), int(same[row]), pos
                to_read.append(st)
            for row in np.flatnonzero(mine & ~has_off).tolist():  # copies, no official figures
                to_read.append(
                    ld.Station(int(sid[row]), "", cid, int(voters[row]), [int(oid[row])])
                )
            for st, row in several.get(cid, ()):
                copies += self._several_station(acc, st, row, coverage, to_read)
            if len(acc.offs) == n:  # every row, in order: the block's own matrix, not a copy
                acc.fig = Figures.of_matrix(block.keys, block.figures)
            else:
                acc.fig = bl.figures_of(block, acc.offs)
            acc.failing = acc.fig.failing_rows(form, ctx.contests[cid].candidate_keys)
            for pos in acc.failing:
                if pos < len(offs) and usual[acc.offs[pos]]:
                    acc.same_copy[pos] = int(oid[acc.offs[pos]])
        return copies

    def _several(
        self, block: bl.Block, multi: np.ndarray
    ) -> dict[int, list[tuple[ld.Station, int]]]:
        """Stations with more than one copy or official tally, by contest: each with the block
        row it is listed with (one of its newest official tally's; -1 without one)."""
        out: dict[int, list[tuple[ld.Station, int]]] = {}
        if not multi.any():
            return out
        meta = block.meta
        rows_of: dict[int, list[int]] = defaultdict(list)
        for row in np.flatnonzero(multi).tolist():
            rows_of[int(meta[row, bl.F_SID])].append(row)
        for sid, rows in rows_of.items():
            group = meta[rows].tolist()
            ids = [r[bl.F_ID] for r in group if r[bl.F_ID] >= 0]
            newest = max(ids) if ids else -1  # the newest official tally of a station wins
            mine = [i for i, r in enumerate(group) if r[bl.F_ID] == newest]
            first = group[mine[0]]
            copied = [group[i] for i in mine if group[i][bl.F_COPY] >= 0]
            st = ld.Station(
                sid,
                "",
                first[bl.F_CID],
                first[bl.F_VOTERS],
                sorted(r[bl.F_COPY] for r in copied),
                newest if newest >= 0 else None,
                "",
                sum(r[bl.F_SAME] for r in copied) if newest >= 0 else 0,
            )
            out.setdefault(st.contest_id, []).append((st, rows[mine[0]] if newest >= 0 else -1))
        return out

    def _several_station(
        self,
        acc: _Acc,
        st: ld.Station,
        row: int,
        coverage: list[tuple[int, int, int]],
        to_read: list[ld.Station],
    ) -> int:
        """Place a station of :meth:`_several`; returns its number of copies."""
        if st.official_id is not None:
            acc.offs.append(row)
            if not st.copies:
                coverage.append((st.station_id, st.contest_id, st.official_id))
                return 0
        acc.observed += 1
        acc.observed_voters += st.voters
        if st.official_id is not None:
            pos = len(acc.offs) - 1
            if len(st.copies) == 1 and st.same and st.station_id not in self.res_stations:
                acc.same.append(pos)
                acc.same_copy[pos] = st.copies[0]
                return 1
            st.position = pos
        to_read.append(st)
        return len(st.copies)

    def _read_named(
        self,
        accs: dict[int, _Acc],
        coverage: list[tuple[int, int, int]],
        to_read: list[ld.Station],
    ) -> None:
        """Read the codes and official figures' texts of the stations findings will name."""
        sids = {sid for sid, _, _ in coverage} | {st.station_id for st in to_read}
        fids = {st.official_id for st in to_read if st.official_id is not None}
        for acc in accs.values():
            if acc.failing:
                assert acc.block is not None
                meta = acc.block.meta
                rows = [acc.offs[p] for p in acc.failing]
                sids.update(meta[rows, bl.F_SID].tolist())
        self.codes = ld.codes_of(self.reader, sids)
        self.texts = ld.texts_of(self.reader, fids)
        for st in to_read:
            st.code = self.codes[st.station_id]
            if st.official_id is not None:
                st.values_json = self.texts[st.official_id]

    def _compare_stations(
        self,
        to_read: list[ld.Station],
        accs: dict[int, _Acc],
        coverage: list[tuple[int, Coverage]],
    ) -> None:
        ctx = self.ctx
        rows = ld.tally_rows(self.reader, (tid for st in to_read for tid in st.copies))
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
        totals: dict[int, tuple[int, dict[str, int]]],
    ) -> None:
        ctx, rep, form = self.ctx, self.rep, self.ctx.form
        found: list[tuple[tuple[int, bool], Arithmetic]] = []
        for cid, summ in self.summaries.items():
            contest = ctx.contests[cid]
            keys = ctx.all_keys(contest)
            acc = accs[cid]
            off_fig = acc.fig if acc.fig is not None else Figures(keys)
            summ.official_sums, official_counts = off_fig.sums()
            found += self._official_arithmetic(contest, acc)
            # the copies read in full (a copy holding some official figures' text is judged
            # again here, to the same verdict)
            other = list({r[VJ] for _, _, r in acc.obs})
            obs_fig = Figures(keys, texts=other)
            failing = obs_fig.failing_rows(form, contest.candidate_keys)
            verdicts = obs_fig.violations(form, contest.candidate_keys, failing)
            bad = {other[i]: v for i, v in zip(failing, verdicts, strict=True)}
            for sid, code, r in acc.obs:
                for v in bad.get(r[VJ], ()):
                    ref = self.ref(r[ID], "observer")
                    found.append(((sid, True), Arithmetic(code, contest.code, ref, v)))
            # a single copy's settled figures are its text, a row of obs_fig: not parsed again
            at = {text: i for i, text in enumerate(other)}
            again = obs_fig.m[np.asarray([at[t] for t in acc.settled_texts], dtype=np.intp)]
            del obs_fig, at  # 16 MB when every station differs: gone before the sums
            if acc.settled:  # copies settled line by line: few, added to the single ones
                again = np.concatenate([Figures(keys, acc.settled).m, again])
            settled_fig = Figures.of_matrix(keys, again)
            del again
            same = np.zeros(len(off_fig), dtype=bool)
            same[acc.same_rows] = True
            same[acc.same] = True
            summ.observed_sums, observed_counts = off_fig.sums(same, settled_fig)
            acc.fig = None
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

    def _official_arithmetic(
        self, contest: ContestInfo, acc: _Acc
    ) -> list[tuple[tuple[int, bool], Arithmetic]]:
        """Findings for the official figures that break a relation and the copies identical to
        them (the same text), with their sort keys: explained from the matrix, never parsed."""
        out: list[tuple[tuple[int, bool], Arithmetic]] = []
        if not acc.failing:
            return out
        assert acc.block is not None and acc.fig is not None
        meta = acc.block.meta[[acc.offs[pos] for pos in acc.failing]]
        sids, fids = meta[:, bl.F_SID].tolist(), meta[:, bl.F_ID].tolist()
        verdicts = acc.fig.violations(self.ctx.form, contest.candidate_keys, acc.failing)
        for pos, sid, fid, found in zip(acc.failing, sids, fids, verdicts, strict=True):
            code = self.codes[sid]
            tallies = [(fid, "official")]
            if pos in acc.same_copy:
                tallies.append((acc.same_copy[pos], "observer"))
            for tid, source in tallies:
                key = (sid, source != "official")
                out += [
                    (key, Arithmetic(code, contest.code, self.ref(tid, source), v)) for v in found
                ]
        return out

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
