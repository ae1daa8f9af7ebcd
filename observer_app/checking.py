"""Checking every stored tally of an election against its form's control relations."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from observer_app import __version__
from observer_app.domain.models import utcnow
from observer_app.forms import Violation
from observer_app.forms.checks import FastChecker
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import CurrentTally, current_tallies


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
                "stations": len(self.ctx.stations),
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
    result = CheckResult(ctx)
    stations = ctx.stations_by_id
    checkers = {cid: FastChecker(ctx.form, c.candidate_keys) for cid, c in ctx.contests.items()}
    for tally in current_tallies(db, ctx, source):
        result.tallies_checked += 1
        st = stations[tally.station_id]
        for v in checkers[st.contest_id].violations(tally.values):
            result.findings.append(Finding(tally, st.code, ctx.contests[st.contest_id].code, v))
    return result
