"""The reconciliation report as one JSON document (``schemas/reconcile-report.schema.json``)."""

from __future__ import annotations

from typing import Any

from observer_app import __version__
from observer_app.reconcile.findings import (
    ContestSummary,
    ResolutionRef,
    SnapshotRef,
    TallyRef,
)
from observer_app.reconcile.lines import line_name
from observer_app.reconcile.report import Report
from observer_app.schemas import fast_validator, validate


def tally_json(ref: TallyRef) -> dict[str, Any]:
    return {
        "uid": ref.uid,
        "revision": ref.revision,
        "source": ref.source,
        "observer": ref.observer,
        "protocol_faulty": ref.protocol_faulty,
        "photos": [{"file_name": p.file_name, "sha256": p.sha256} for p in ref.photos],
        "snapshot": ref.snapshot_id,
    }


def _resolution(res: ResolutionRef | None) -> dict[str, Any] | None:
    if res is None:
        return None
    return {
        "uid": res.uid,
        "value": res.value,
        "reason": res.reason,
        "resolved_by": res.resolved_by,
    }


def _snapshot(ref: SnapshotRef) -> dict[str, Any]:
    return {
        "id": ref.id,
        "kind": ref.kind,
        "file_name": ref.file_name,
        "sha256": ref.sha256,
        "label": ref.label,
        "imported_at": ref.imported_at.isoformat(),
        "imported_by": ref.imported_by,
    }


def _named(rep: Report, summ: ContestSummary, figures: dict[str, int]) -> dict[str, int]:
    contest = rep.contest(summ.code)
    return {line_name(rep.ctx, contest, k): v for k, v in figures.items()}


def _contest(rep: Report, c: ContestSummary) -> dict[str, Any]:
    contest = rep.contest(c.code)

    def name(key: str | None) -> str | None:
        return None if key is None else line_name(rep.ctx, contest, key)

    return {
        "code": c.code,
        "name": c.name,
        "stations": c.stations,
        "observed": c.observed,
        "official": c.official,
        "coverage_stations": round(c.coverage, 6),
        "registered_voters": c.voters,
        "observed_voters": c.observed_voters,
        "coverage_voters": None if c.voter_coverage is None else round(c.voter_coverage, 6),
        "discrepant_stations": c.discrepant_stations,
        "totals_snapshot": c.totals_snapshot_id,
        "totals": None if c.totals is None else _named(rep, c, c.totals),
        "observed_sums": _named(rep, c, c.observed_sums),
        "official_sums": _named(rep, c, c.official_sums),
        "outcome": {
            "basis": c.basis or None,
            "official_votes": _named(rep, c, c.official_votes),
            "net_shift": _named(rep, c, c.net_shift),
            "winner": name(c.winner),
            "runner_up": name(c.runner_up),
            "margin": c.margin,
            "shift_between": c.shift_between,
            "corrected_winner": name(c.corrected_winner),
            "corrected_margin": c.corrected_margin,
            "could_change_winner": c.could_change_winner,
            "unsettled_lines": c.unsettled_lines,
        },
    }


def report_json(rep: Report, lang: str = "en", *, check: bool = True) -> dict[str, Any]:
    """The whole report; validated against its schema unless ``check`` is false."""
    ctx, names = rep.ctx, rep.station_names
    doc: dict[str, Any] = {
        "report": "reconcile",
        "app_version": __version__,
        "created_at": rep.created_at.isoformat(),
        "lang": lang,
        "election": {
            "code": ctx.code,
            "name": ctx.name,
            "synthetic": ctx.synthetic,
            "form": ctx.form.id,
        },
        "snapshots": [_snapshot(s) for s in rep.snapshots.values()],
        "used_snapshots": [s.id for s in rep.used_snapshots],
        "tallies": {"observer": rep.observer_tallies, "official": rep.official_tallies},
        "counts": rep.counts(),
        "contests": [_contest(rep, c) for c in rep.contests],
        "findings": {
            "station_discrepancy": [
                {
                    "station": d.station,
                    "station_name": names.get(d.station, ""),
                    "contest": d.contest,
                    "line": d.line,
                    "key": d.key,
                    "observer": d.observer,
                    "official": d.official,
                    "delta": d.delta,
                    "observers": [tally_json(r) for r in d.observers],
                    "official_tally": tally_json(d.official_tally),
                    "resolution": _resolution(d.resolution),
                }
                for d in rep.discrepancies
            ],
            "observers_disagree": [
                {
                    "station": d.station,
                    "station_name": names.get(d.station, ""),
                    "contest": d.contest,
                    "line": d.line,
                    "key": d.key,
                    "copies": [{"tally": tally_json(r), "value": v} for r, v in d.copies],
                    "official": d.official,
                    "official_tally": None
                    if d.official_tally is None
                    else tally_json(d.official_tally),
                    "resolution": _resolution(d.resolution),
                }
                for d in rep.disagreements
            ],
            "arithmetic": [
                {
                    "station": a.station,
                    "station_name": names.get(a.station, ""),
                    "contest": a.contest,
                    "tally": tally_json(a.tally),
                    "rule": a.violation.rule,
                    "severity": a.violation.severity,
                    "expr": a.violation.relation.expr,
                    "lhs": a.violation.lhs,
                    "rhs": a.violation.rhs,
                    "values": a.violation.values,
                    "explanation": a.explain(ctx.form, lang),
                    "message": a.violation.message(lang),
                }
                for a in rep.arithmetic
            ],
            "contest_totals": [
                {
                    "contest": f.contest,
                    "line": f.line,
                    "key": f.key,
                    "check": f.check,
                    "total": f.total,
                    "sum": f.sum,
                    "difference": f.difference,
                    "stations_counted": f.stations_counted,
                    "stations": f.stations,
                    "snapshot": f.snapshot_id,
                }
                for f in rep.contest_totals
            ],
            "outcome_impact": [_impact(rep, o.summary) for o in rep.outcome_impact],
            "coverage": [
                {
                    "station": c.station,
                    "station_name": names.get(c.station, ""),
                    "contest": c.contest,
                    "missing": c.missing,
                    "tallies": [tally_json(r) for r in c.tallies],
                }
                for c in rep.coverage
            ],
        },
        "official_revisions": [
            {
                "station": r.station,
                "contest": r.contest,
                "tally": tally_json(r.tally),
                "from_revision": r.from_revision,
                "to_revision": r.to_revision,
                "from_snapshot": r.from_snapshot_id,
                "to_snapshot": r.to_snapshot_id,
                "changes": [
                    {"line": ch.line, "key": ch.key, "before": ch.before, "after": ch.after}
                    for ch in r.changes
                ],
            }
            for r in rep.revisions
        ],
    }
    if check and not fast_validator("reconcile-report").is_valid(doc):
        validate(doc, "reconcile-report", "reconcile report")  # jsonschema's messages
    return doc


def _impact(rep: Report, c: ContestSummary) -> dict[str, Any]:
    contest = rep.contest(c.code)
    assert c.winner is not None and c.runner_up is not None and c.corrected_winner is not None
    return {
        "contest": c.code,
        "contest_name": c.name,
        "basis": c.basis,
        "winner": line_name(rep.ctx, contest, c.winner),
        "runner_up": line_name(rep.ctx, contest, c.runner_up),
        "margin": c.margin,
        "shift_between": c.shift_between,
        "net_shift": _named(rep, c, c.net_shift),
        "corrected_winner": line_name(rep.ctx, contest, c.corrected_winner),
        "corrected_margin": c.corrected_margin,
    }
