"""One flat row per finding, for tables that list findings of every kind together (the GUI).

Kinds keep their own records (``findings``); a person scanning findings wants one
list to sort and filter by kind, contest and size of difference, so each finding
becomes a :class:`FindingRow` with the few columns they share.
"""

from __future__ import annotations

from dataclasses import dataclass

from observer_app.reconcile.lines import line_label
from observer_app.reconcile.messages import text
from observer_app.reconcile.report import Report


@dataclass(slots=True)
class FindingRow:
    kind: str  # one of KINDS, or "official_revision"
    contest: str
    station: str  # "" for contest-level findings
    station_name: str
    line: str  # label in the chosen language ("" when the finding is not about one line)
    observer: int | None
    official: int | None
    delta: int | None  # official − observer (total − sum for contest totals)
    observers: str  # who (observer names), or the check / what is missing
    detail: str
    contest_name: str = ""  # what people read; ``contest`` (the code) is what filters use

    @property
    def size(self) -> int:
        return abs(self.delta) if self.delta is not None else 0


def finding_rows(rep: Report, lang: str = "en") -> list[FindingRow]:
    ctx, names = rep.ctx, rep.station_names
    out: list[FindingRow] = []
    label_cache: dict[tuple[str, str], str] = {}

    def label(contest: str, key: str) -> str:
        found = label_cache.get((contest, key))
        if found is None:
            found = label_cache[(contest, key)] = line_label(ctx, rep.contest(contest), key, lang)
        return found

    def snap(sid: int | None) -> str:
        ref = rep.snapshots.get(sid) if sid is not None else None
        return ref.title if ref is not None else ""

    for d in rep.discrepancies:
        who = "; ".join(r.observer or "—" for r in d.observers)
        detail = f"{text('col.resolution', lang)}: {d.resolution.reason}" if d.resolution else ""
        out.append(
            FindingRow(
                "station_discrepancy",
                d.contest,
                d.station,
                names.get(d.station, ""),
                label(d.contest, d.key),
                d.observer,
                d.official,
                d.delta,
                who,
                detail,
            )
        )
    for g in rep.disagreements:
        values = [v for _, v in g.copies if v is not None]
        spread = max(values) - min(values) if values else None
        who = "; ".join(f"{r.observer or '—'}: {'' if v is None else v}" for r, v in g.copies)
        out.append(
            FindingRow(
                "observers_disagree",
                g.contest,
                g.station,
                names.get(g.station, ""),
                label(g.contest, g.key),
                None,
                g.official,
                spread,
                who,
                f"{text('col.resolution', lang)}: {g.resolution.value}" if g.resolution else "",
            )
        )
    for a in rep.arithmetic:
        out.append(
            FindingRow(
                "arithmetic",
                a.contest,
                a.station,
                names.get(a.station, ""),
                "",
                None,
                None,
                a.violation.lhs - a.violation.rhs,
                a.tally.observer or text(f"source.{a.tally.source}", lang),
                a.explain(ctx.form, lang),
            )
        )
    for f in rep.contest_totals:
        out.append(
            FindingRow(
                "contest_totals",
                f.contest,
                "",
                rep.contest(f.contest).name,
                label(f.contest, f.key),
                f.sum,
                f.total,
                f.difference,
                text(f"check.{f.check}", lang),
                f"{f.stations_counted:,} / {f.stations:,} {text('col.stations', lang).lower()}",
            )
        )
    for o in rep.outcome_impact:
        s = o.summary
        contest = rep.contest(s.code)
        win = line_label(ctx, contest, s.winner, lang) if s.winner else ""
        run = line_label(ctx, contest, s.runner_up, lang) if s.runner_up else ""
        out.append(
            FindingRow(
                "outcome_impact",
                s.code,
                "",
                s.name,
                f"{win} / {run}",
                None,
                s.margin,
                s.corrected_margin,
                text("col.impact", lang),
                f"{text('col.margin', lang)} {s.margin:,} → {s.corrected_margin:,}",
            )
        )
    for c in rep.coverage:
        out.append(
            FindingRow(
                "coverage",
                c.contest,
                c.station,
                names.get(c.station, ""),
                "",
                None,
                None,
                None,
                text(f"missing.{c.missing}", lang),
                "; ".join(r.observer for r in c.tallies if r.observer),
            )
        )
    for r in rep.revisions:
        for ch in r.changes:
            delta = None if ch.before is None or ch.after is None else ch.after - ch.before
            out.append(
                FindingRow(
                    "official_revision",
                    r.contest,
                    r.station,
                    names.get(r.station, ""),
                    label(r.contest, ch.key),
                    ch.before,
                    ch.after,
                    delta,
                    text("official_revision", lang),
                    f"{snap(r.from_snapshot_id)} → {snap(r.to_snapshot_id)}",
                )
            )
    by_code = ctx.contests_by_code
    for row in out:
        found = by_code.get(row.contest)
        row.contest_name = found.name if found is not None else row.contest
    return out
