"""Checking every stored tally of an election against its form's control relations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from observer_app import __version__
from observer_app.domain import tables as t
from observer_app.domain.values import utcnow
from observer_app.forms import Violation, check
from observer_app.storage.bulk import fetch_tuples
from observer_app.storage.context import ElectionContext
from observer_app.storage.db import Database
from observer_app.storage.tallies import CurrentTally, load_values, tally_query


@dataclass(frozen=True)
class Finding:
    tally: CurrentTally
    station_code: str
    contest_code: str
    violation: Violation


@dataclass
class CheckResult:
    ctx: ElectionContext
    tallies_checked: int = 0
    findings: list[Finding] = field(default_factory=list)
    stations: int = 0  # in the election

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.violation.is_error)

    @property
    def warnings(self) -> int:
        return len(self.findings) - self.errors

    def counts_by_rule(self) -> Counter[str]:
        return Counter(f.violation.rule for f in self.findings)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The document described by ``schemas/check-report.schema.json``."""
        form = self.ctx.form
        by_rule = self.counts_by_rule()
        return {
            "report": "check",
            "app_version": __version__,
            "created_at": utcnow().isoformat(),
            "election": {
                "code": self.ctx.code,
                "name": self.ctx.name,
                "synthetic": self.ctx.synthetic,
                "form": form.id,
                "contests": len(self.ctx.contests),
                "candidates": sum(len(c.candidates) for c in self.ctx.contests.values()),
                "stations": self.stations,
            },
            "tallies_checked": self.tallies_checked,
            "errors": self.errors,
            "warnings": self.warnings,
            "counts": [
                {"rule": rel.id, "severity": rel.severity, "count": by_rule.get(rel.id, 0)}
                for rel in form.relations
            ],
            "violations": [
                {
                    "station": f.station_code,
                    "contest": f.contest_code,
                    "source": f.tally.source,
                    "observer": f.tally.observer,
                    "tally": f.tally.uid,
                    "revision": f.tally.revision,
                    "protocol_faulty": f.tally.protocol_faulty,
                    "rule": f.violation.rule,
                    "severity": f.violation.severity,
                    "expr": f.violation.relation.expr,
                    "lhs": f.violation.lhs,
                    "rhs": f.violation.rhs,
                    "values": f.violation.values,
                    "explanation": f.violation.explain(form, lang),
                    "message": f.violation.message(lang),
                }
                for f in self.findings
            ],
        }


def check_election(db: Database, ctx: ElectionContext, source: str | None = None) -> CheckResult:
    """Every final tally of the election (of ``source``, if given) against its form.

    Needs no stations in ``ctx`` (``load_context(..., stations=False)``): they come
    with the tallies.

    All tallies of a contest are held against every relation at once as one
    figure matrix (:class:`~observer_app.forms.matrix.Figures`: a few vector
    operations for 100,000 protocols); the few that break something are then
    checked one by one with :func:`observer_app.forms.check`, which explains
    each violation. The matrix only picks which tallies to explain, so the
    findings are exactly what checking each tally on its own gives.
    """
    from observer_app.forms.matrix import Figures  # numpy: loaded only to check

    result = CheckResult(ctx)
    tc, sc = t.tally.c, t.station.c
    # a Core connection, not a session: ``check`` never needs the ORM (a quarter of a
    # second to import), and this only reads
    with db.engine.connect() as conn:
        ids, texts, contest_ids = _columns(
            fetch_tuples(
                conn, tally_query(ctx, source, columns=(tc.id, tc.values_json, sc.contest_id))
            ),
            3,
        )
        result.stations = conn.execute(
            select(func.count()).select_from(t.station).where(sc.election_id == ctx.id)
        ).scalar_one()
        result.tallies_checked = len(ids)
        values = list(map(load_values, texts))
        failing: list[int] = []
        for contest_id, members in _rows_by_contest(contest_ids).items():
            contest = ctx.contests[contest_id]
            figures = values if len(members) == len(values) else [values[i] for i in members]
            matrix = Figures(ctx.all_keys(contest), figures)
            failing += (members[j] for j in matrix.failing_rows(ctx.form, contest.candidate_keys))
        failing.sort()
        # every column only for the tallies that break something (a few in a hundred)
        full: dict[int, tuple[Any, ...]] = {}
        for start in range(0, len(failing), CHUNK):
            chunk = [ids[i] for i in failing[start : start + CHUNK]]
            q = tally_query(ctx, source, extra=(sc.code,)).where(tc.id.in_(chunk))
            full.update((row[0], row) for row in fetch_tuples(conn, q))
    for i in failing:
        row = full.get(ids[i])
        if row is None:
            continue  # not final any more: changed between the two reads
        tid, uid, sid, src, observer, status, revision, text, faulty, code = row
        now = values[i] if text == texts[i] else load_values(text)  # as stored now
        tally = CurrentTally(tid, uid, sid, src, observer, status, revision, now, bool(faulty))
        contest = ctx.contests[contest_ids[i]]
        for v in check(ctx.form, now, contest.candidate_keys):
            result.findings.append(Finding(tally, code, contest.code, v))
    return result


CHUNK = 500  # ids per IN (...) list: well inside every database's parameter limit


def _rows_by_contest(contest_ids: list[int]) -> dict[int, Sequence[int]]:
    """Row numbers per contest; one range when there is one contest (most elections), which
    spares a dictionary update per tally."""
    if len(set(contest_ids)) == 1:
        return {contest_ids[0]: range(len(contest_ids))}
    rows: dict[int, list[int]] = {}
    for i, contest_id in enumerate(contest_ids):
        rows.setdefault(contest_id, []).append(i)
    return dict(rows)


def _columns(rows: list[tuple[Any, ...]], width: int) -> tuple[list[Any], ...]:
    """Rows as columns (one list per column), also when there are no rows."""
    return tuple(map(list, zip(*rows, strict=True))) if rows else tuple([] for _ in range(width))
