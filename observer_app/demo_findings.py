"""The demo's answer key: every finding planted in it, in a machine-readable form.

Reconciliation and check tests compare what the app finds in the demo with
:func:`planted_findings`. The key is derived from the generated demo (so its
values are exact) and cross-checked against the literal plan in
``observer_app.demo_plan`` (so it cannot silently drift from it).

Conventions: ``delta`` is official − observer; ``line`` is the form's line key,
or the candidate's name exactly as stored in the election; an "observed sum"
adds the first observer copy of each observed station.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from observer_app import demo_plan as plan
from observer_app.demo_generate import DemoContest, DemoPlanError, DemoWorld, build_world


@dataclass(frozen=True, slots=True)
class ArithmeticFinding:
    station: str
    contest: str
    source: str  # observer | official
    observer: str
    rule: str
    severity: str


@dataclass(frozen=True, slots=True)
class StationDiscrepancy:
    station: str
    contest: str
    observer: str
    key: str
    line: str  # the line key, or the candidate's name as in the election
    observer_value: int
    official_value: int
    delta: int  # official - observer


@dataclass(frozen=True, slots=True)
class ObserversDisagree:
    station: str
    contest: str
    observers: tuple[str, ...]
    keys: tuple[str, ...]  # figures on which the copies differ


@dataclass(frozen=True, slots=True)
class TotalsFinding:
    """``kind``: observed-sum-differs (every station observed), below-observed (partial
    coverage, published total under what observers already saw), stations-sum-differs
    (published total vs the sum of complete official per-station figures)."""

    contest: str
    kind: str
    key: str
    line: str
    official: int
    compared: int  # the observed sum, or the sum of the official station figures


@dataclass(frozen=True, slots=True)
class OutcomeImpact:
    contest: str
    official_winner: str
    official_runner_up: str
    margin: int  # official winner minus runner-up in the published totals
    net_shift: int  # what the station discrepancies moved from the runner-up to the winner
    flagged: bool  # net_shift >= margin: the discrepancies alone could change the winner


@dataclass(frozen=True)
class PlantedFindings:
    arithmetic: tuple[ArithmeticFinding, ...]
    station_discrepancies: tuple[StationDiscrepancy, ...]
    observers_disagree: tuple[ObserversDisagree, ...]
    totals: tuple[TotalsFinding, ...]
    outcome_impact: tuple[OutcomeImpact, ...]  # every contest with station discrepancies
    observer_only: tuple[str, ...]  # observed, no official figures (official-station contests)
    official_only: tuple[str, ...]  # official figures, no observer copy
    fully_observed_contests: tuple[str, ...]
    official_station_contests: tuple[str, ...]
    incomplete_official_contests: tuple[str, ...]  # official station figures miss a station

    def to_json(self) -> dict[str, Any]:
        """Plain JSON types (lists, not tuples): the demo-answer-key schema."""
        data: dict[str, Any] = json.loads(json.dumps(asdict(self), ensure_ascii=False))
        return data


def _line(contest: DemoContest, key: str) -> str:
    return contest.name_of(key) if key.startswith("#") else key


def _first_copies(world: DemoWorld) -> dict[str, dict[str, int]]:
    first: dict[str, dict[str, int]] = {}
    for station, _, values in world.observer_rows:
        first.setdefault(station, values)
    return first


def _arithmetic(world: DemoWorld) -> tuple[ArithmeticFinding, ...]:
    severity = {r.id: r.severity for r in world.form.relations}
    observers = {s: o for s, o, _ in reversed(world.observer_rows)}
    return tuple(
        ArithmeticFinding(
            p.station,
            world.stations[p.station].contest,
            p.source,
            observers[p.station] if p.source == "observer" else "",
            rule,
            severity[rule],
        )
        for p in plan.PLANTED_ARITHMETIC
        for rule in p.rules
    )


def _discrepancies(world: DemoWorld) -> tuple[StationDiscrepancy, ...]:
    official = dict(world.official_rows)
    out = []
    for station, observer, values in world.observer_rows:
        if station not in official:
            continue
        contest = world.contests[world.stations[station].contest]
        for key, value in values.items():
            if official[station][key] != value:
                out.append(
                    StationDiscrepancy(
                        station,
                        contest.code,
                        observer,
                        key,
                        _line(contest, key),
                        value,
                        official[station][key],
                        official[station][key] - value,
                    )
                )
    return tuple(out)


def _disagreements(world: DemoWorld) -> tuple[ObserversDisagree, ...]:
    copies: dict[str, list[tuple[str, dict[str, int]]]] = {}
    for station, observer, values in world.observer_rows:
        copies.setdefault(station, []).append((observer, values))
    out = []
    for station, pairs in copies.items():
        (o1, v1), *others = pairs
        for o2, v2 in others:
            keys = tuple(k for k in v1 if v1[k] != v2.get(k))
            if keys:
                contest = world.stations[station].contest
                out.append(ObserversDisagree(station, contest, (o1, o2), keys))
    return tuple(out)


def _totals(world: DemoWorld, first: dict[str, dict[str, int]]) -> tuple[TotalsFinding, ...]:
    official = dict(world.official_rows)
    out = []
    for c in world.contests.values():
        published = world.totals[c.code]
        seen = [first[s] for s in c.stations if s in first]
        full = len(seen) == len(c.stations)
        for key, value in published.items():
            observed = sum(v[key] for v in seen)
            if full and value != observed:
                out.append(
                    TotalsFinding(
                        c.code, "observed-sum-differs", key, _line(c, key), value, observed
                    )
                )
            elif not full and value < observed:
                out.append(
                    TotalsFinding(c.code, "below-observed", key, _line(c, key), value, observed)
                )
        if all(s in official for s in c.stations):
            for key, value in published.items():
                summed = sum(official[s][key] for s in c.stations)
                if value != summed:
                    out.append(
                        TotalsFinding(
                            c.code, "stations-sum-differs", key, _line(c, key), value, summed
                        )
                    )
    return tuple(out)


def _impacts(
    world: DemoWorld, discrepancies: tuple[StationDiscrepancy, ...]
) -> tuple[OutcomeImpact, ...]:
    first_observer = {s: o for s, o, _ in reversed(world.observer_rows)}
    out = []
    for code in dict.fromkeys(x.contest for x in discrepancies):
        c = world.contests[code]
        votes = {k: world.totals[code][k] for k in c.candidate_keys}
        winner, runner_up = sorted(votes, key=lambda k: (-votes[k], k))[:2]
        shift = sum(
            x.delta if x.key == winner else -x.delta
            for x in discrepancies
            if x.contest == code
            and x.key in (winner, runner_up)
            and x.observer == first_observer[x.station]
        )
        margin = votes[winner] - votes[runner_up]
        out.append(
            OutcomeImpact(
                code, c.name_of(winner), c.name_of(runner_up), margin, shift, shift >= margin
            )
        )
    return tuple(out)


def describe(world: DemoWorld) -> PlantedFindings:
    first = _first_copies(world)
    official = dict(world.official_rows)
    in_official = [s for cc in plan.OFFICIAL_STATION_CONTESTS for s in world.contests[cc].stations]
    discrepancies = _discrepancies(world)
    found = PlantedFindings(
        arithmetic=_arithmetic(world),
        station_discrepancies=discrepancies,
        observers_disagree=_disagreements(world),
        totals=_totals(world, first),
        outcome_impact=_impacts(world, discrepancies),
        observer_only=tuple(s for s in in_official if s in first and s not in official),
        official_only=tuple(s for s in in_official if s in official and s not in first),
        fully_observed_contests=tuple(
            c.code for c in world.contests.values() if all(s in first for s in c.stations)
        ),
        official_station_contests=plan.OFFICIAL_STATION_CONTESTS,
        incomplete_official_contests=tuple(
            cc
            for cc in plan.OFFICIAL_STATION_CONTESTS
            if any(s not in official for s in world.contests[cc].stations)
        ),
    )
    _cross_check(found)
    return found


def _cross_check(found: PlantedFindings) -> None:
    """The findings must be exactly those the literal plan implies."""
    problems = []
    discrepant = {x.station for x in found.station_discrepancies}
    expected = {p.station for p in plan.PLANTED_OFFICIAL}
    expected |= {c.station for c in plan.SECOND_COPIES if c.changes}
    if discrepant != expected:
        problems.append(f"discrepant stations {sorted(discrepant)} != {sorted(expected)}")
    disagree = {x.station for x in found.observers_disagree}
    if disagree != {c.station for c in plan.SECOND_COPIES if c.changes}:
        problems.append(f"disagreeing stations {sorted(disagree)}")
    kinds = {(x.contest, x.kind) for x in found.totals}
    want = {
        (plan.FULL_CONTEST, "observed-sum-differs"),
        (plan.EXCEEDS_CONTEST, "below-observed"),
        (plan.IMPACT_CONTEST, "stations-sum-differs"),
    }
    if kinds != want:
        problems.append(f"contest-total findings {sorted(kinds)}")
    flagged = {x.contest for x in found.outcome_impact if x.flagged}
    if flagged != {plan.IMPACT_CONTEST}:
        problems.append(f"outcome-impact contests {sorted(flagged)}")
    if set(found.observer_only) != set(plan.OFFICIAL_MISSING):
        problems.append(f"observer-only stations {found.observer_only}")
    slips = {p.station for p in plan.PLANTED_ARITHMETIC if p.source == "official"}
    if not slips <= set(found.official_only):
        problems.append(f"official slips {sorted(slips)} must be at unobserved stations")
    if found.fully_observed_contests != (plan.FULL_CONTEST,):
        problems.append(f"fully observed contests {found.fully_observed_contests}")
    if problems:
        raise DemoPlanError("; ".join(problems))


@cache
def planted_findings() -> PlantedFindings:
    """Every finding planted in the demo (the demo itself is built from the same generator)."""
    return describe(build_world())
