"""The findings of a reconciliation, as plain frozen records.

One set of records feeds the JSON report, the workbook and the GUI views, so
the three always agree. Every record carries what it is traceable to: tally
uids and revisions, observer names, photo file names and hashes, and the
official snapshot behind the figures. Records made by the hundred thousand are
plain slotted classes: a frozen dataclass costs five times as much to create.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

import orjson

if TYPE_CHECKING:
    from observer_app.forms import ProtocolForm, Violation

KINDS = (
    "station_discrepancy",
    "observers_disagree",
    "arithmetic",
    "contest_totals",
    "outcome_impact",
    "coverage",
)


@dataclass(frozen=True, slots=True)
class SnapshotRef:
    id: int
    kind: str  # stations | totals
    file_name: str
    sha256: str
    label: str
    imported_at: datetime
    imported_by: str = ""

    @property
    def title(self) -> str:
        """How a person recognises the snapshot: "#3 results.csv (2024-03-18 10:00)"."""
        return f"#{self.id} {self.file_name} ({self.imported_at:%Y-%m-%d %H:%M})"


@dataclass(frozen=True, slots=True)
class PhotoRef:
    file_name: str
    sha256: str


@dataclass(slots=True)
class TallyRef:
    """One tally at its current revision, with the photos and snapshot behind it."""

    id: int
    uid: str
    source: str
    observer: str
    revision: int
    protocol_faulty: bool = False
    photos: tuple[PhotoRef, ...] = ()
    snapshot_id: int | None = None


@dataclass(frozen=True, slots=True)
class ResolutionRef:
    uid: str
    value: int
    reason: str
    resolved_by: str


@dataclass(slots=True)
class StationDiscrepancy:
    """Observer copy (or the coordinator's resolved value) against the official figure."""

    station: str
    contest: str
    key: str
    line: str  # the form's line key, or the candidate's name as in the election
    observer: int
    official: int
    observers: tuple[TallyRef, ...]  # every copy holding ``observer`` for this line
    official_tally: TallyRef
    resolution: ResolutionRef | None = None

    @property
    def delta(self) -> int:
        return self.official - self.observer


# Figures as a dict, or as their canonical JSON text (``dump_values``), read on access.
FiguresData = dict[str, int] | str


def _figures(data: FiguresData) -> dict[str, int]:
    return orjson.loads(data) if isinstance(data, str) else data


class StationFigures:
    """The whole protocol of a discrepant station: official, each copy, and what was settled.

    A national reconciliation can hold 100,000 of these (every station differing):
    figures kept as their stored JSON text take a quarter of the memory of dicts,
    so they are parsed when read (read each attribute once per use: every read
    parses the text again).
    """

    __slots__ = ("_copies", "_official", "_settled", "contest", "official_tally", "station")

    def __init__(
        self,
        station: str,
        contest: str,
        official: FiguresData,
        official_tally: TallyRef,
        copies: tuple[tuple[TallyRef, FiguresData], ...],
        settled: FiguresData,  # agreed or resolved observer figures (what the deltas use)
    ) -> None:
        self.station, self.contest, self.official_tally = station, contest, official_tally
        self._official, self._copies, self._settled = official, copies, settled

    @property
    def official(self) -> dict[str, int]:
        return _figures(self._official)

    @property
    def copies(self) -> tuple[tuple[TallyRef, dict[str, int]], ...]:
        return tuple((ref, _figures(values)) for ref, values in self._copies)

    @property
    def settled(self) -> dict[str, int]:
        return _figures(self._settled)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StationFigures):
            return NotImplemented
        return (self.station, self.contest, self.official, self.official_tally) == (
            other.station,
            other.contest,
            other.official,
            other.official_tally,
        ) and (self.copies, self.settled) == (other.copies, other.settled)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclasses here

    def __repr__(self) -> str:
        return f"StationFigures({self.station!r}, {self.contest!r}, {len(self._copies)} copies)"


@dataclass(slots=True)
class ObserversDisagree:
    station: str
    contest: str
    key: str
    line: str
    copies: tuple[tuple[TallyRef, int | None], ...]  # None: the copy left the line blank
    official: int | None
    official_tally: TallyRef | None
    resolution: ResolutionRef | None = None


@dataclass(slots=True)
class Arithmetic:
    station: str
    contest: str
    tally: TallyRef
    violation: Violation

    def explain(self, form: ProtocolForm, lang: str) -> str:
        return self.violation.explain(form, lang)


CONTEST_CHECKS = (
    "observed_sum_differs",  # every station observed: observed sum must equal the total
    "total_below_observed_sum",  # partial coverage: a total below what was already observed
    "official_sum_differs",  # every station has official figures: their sum must equal the total
    "total_below_official_sum",  # partial official figures: the total is below their sum
)


@dataclass(frozen=True, slots=True)
class ContestTotalFinding:
    contest: str
    key: str
    line: str
    check: str  # one of CONTEST_CHECKS
    total: int
    sum: int
    stations_counted: int
    stations: int
    snapshot_id: int

    @property
    def difference(self) -> int:
        return self.total - self.sum


@dataclass(slots=True)
class Coverage:
    station: str
    contest: str
    missing: str  # "official": observer copy, no official figures; "observer": the reverse
    tallies: tuple[TallyRef, ...]


@dataclass(frozen=True, slots=True)
class LineChange:
    key: str
    line: str
    before: int | None
    after: int | None


@dataclass(frozen=True, slots=True)
class OfficialRevision:
    """The authority changed figures it had already published for a station."""

    station: str
    contest: str
    tally: TallyRef
    from_revision: int
    to_revision: int
    from_snapshot_id: int | None
    to_snapshot_id: int | None
    changes: tuple[LineChange, ...]


@dataclass
class ContestSummary:
    """Per-contest figures: coverage, sums, shifts and the outcome-impact verdict."""

    code: str
    name: str
    stations: int
    observed: int = 0
    official: int = 0
    voters: int = 0
    observed_voters: int = 0
    discrepant_stations: int = 0
    totals_snapshot_id: int | None = None
    totals: dict[str, int] | None = None
    observed_sums: dict[str, int] = field(default_factory=dict)
    official_sums: dict[str, int] = field(default_factory=dict)
    # outcome impact
    basis: str = ""  # "totals" | "stations" | "" (no official figures to judge)
    candidate_keys: tuple[str, ...] = ()
    net_shift: dict[str, int] = field(default_factory=dict)  # key -> official - observer
    official_votes: dict[str, int] = field(default_factory=dict)
    winner: str | None = None  # candidate key
    runner_up: str | None = None
    margin: int | None = None
    corrected_winner: str | None = None
    corrected_margin: int | None = None
    could_change_winner: bool = False
    unsettled_lines: int = 0  # disagreeing, unresolved observer lines left out of the shift

    @property
    def coverage(self) -> float:
        return self.observed / self.stations if self.stations else 0.0

    @property
    def voter_coverage(self) -> float | None:
        return self.observed_voters / self.voters if self.voters else None

    @property
    def shift_between(self) -> int | None:
        """How much of the winner's margin over the runner-up the discrepancies account for."""
        if self.winner is None or self.runner_up is None:
            return None
        return self.net_shift.get(self.winner, 0) - self.net_shift.get(self.runner_up, 0)


@dataclass(frozen=True, slots=True)
class OutcomeImpact:
    contest: str
    summary: ContestSummary
