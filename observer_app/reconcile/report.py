"""The result of one reconciliation: findings of every kind plus per-contest summaries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from observer_app.reconcile.findings import (
    KINDS,
    Arithmetic,
    ContestSummary,
    ContestTotalFinding,
    Coverage,
    ObserversDisagree,
    OfficialRevision,
    OutcomeImpact,
    SnapshotRef,
    StationDiscrepancy,
    StationFigures,
)
from observer_app.storage.context import ContestInfo, ElectionContext


@dataclass
class Report:
    ctx: ElectionContext
    created_at: datetime
    station_names: dict[str, str]  # station code -> name
    snapshots: dict[int, SnapshotRef]
    discrepancies: list[StationDiscrepancy] = field(default_factory=list)
    disagreements: list[ObserversDisagree] = field(default_factory=list)
    arithmetic: list[Arithmetic] = field(default_factory=list)
    contest_totals: list[ContestTotalFinding] = field(default_factory=list)
    outcome_impact: list[OutcomeImpact] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)
    revisions: list[OfficialRevision] = field(default_factory=list)
    contests: list[ContestSummary] = field(default_factory=list)
    figures: dict[str, StationFigures] = field(default_factory=dict)  # discrepant stations
    observer_tallies: int = 0
    official_snapshot_ids: set[int] = field(default_factory=set)
    official_tallies: int = 0

    def counts(self) -> dict[str, int]:
        """Findings by kind, in the order of :data:`KINDS`."""
        sizes = (
            len(self.discrepancies),
            len(self.disagreements),
            len(self.arithmetic),
            len(self.contest_totals),
            len(self.outcome_impact),
            len(self.coverage),
        )
        return dict(zip(KINDS, sizes, strict=True))

    def contest(self, code: str) -> ContestInfo:
        found = self.ctx.contests_by_code[code]
        return found

    @property
    def used_snapshots(self) -> list[SnapshotRef]:
        """Snapshots whose figures this reconciliation used (station-level and totals)."""
        ids = set(self.official_snapshot_ids)
        ids |= {c.totals_snapshot_id for c in self.contests if c.totals_snapshot_id is not None}
        return [self.snapshots[i] for i in sorted(ids) if i in self.snapshots]
