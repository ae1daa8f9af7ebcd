"""What the demo plants on purpose: arithmetic errors and reconciliation findings.

Everything here is written out literally (station codes, rules, changes) so a
reader, a trainer or a test can see exactly what ``check`` and ``reconcile``
must find in the demo, and nothing else. ``observer_app.demo_generate``
applies the plan to the generated "true" protocols and refuses to build a demo
whose planted findings differ from this plan.

A change names a figure by its form key ("I", "N") or by the role of a
candidate in the contest's *true* result: ``winner`` or ``runner_up``.
"""

from __future__ import annotations

from dataclasses import dataclass

SEED = 20231105  # the demo is the same on every machine

FULL_CONTEST = "kurchatov-city"  # observed at every station
IMPACT_CONTEST = "zhaksy-district"  # station discrepancies reverse a close result
DISCREP_CONTEST = "syrdarya-district"  # the other kinds of station discrepancy
EXCEEDS_CONTEST = "taskala-district"  # a published total below what observers already saw
OFFICIAL_STATION_CONTESTS = (IMPACT_CONTEST, DISCREP_CONTEST)  # official per-station figures
OBSERVED_SHARE = 0.30  # share of stations of every other contest with an observer copy
IMPACT_TRUE_MARGIN = 64  # the true winner's lead in IMPACT_CONTEST


@dataclass(frozen=True, slots=True)
class Change:
    """Add ``add`` to ``key``; with ``like``, set ``key`` to the figure ``like`` plus ``add``."""

    key: str
    add: int = 0
    like: str = ""


@dataclass(frozen=True, slots=True)
class ArithmeticPlant:
    """A tally whose figures break exactly ``rules`` of the form (a typing or copying slip)."""

    station: str
    rules: tuple[str, ...]
    changes: tuple[Change, ...]
    why: str
    source: str = "observer"


@dataclass(frozen=True, slots=True)
class OfficialPlant:
    """Official per-station figures that differ from the (true) observer copy."""

    station: str
    changes: tuple[Change, ...]
    why: str


@dataclass(frozen=True, slots=True)
class SecondCopy:
    """A second observer's copy of a station; no changes means it agrees with the first."""

    station: str
    observer: str
    changes: tuple[Change, ...]
    why: str


@dataclass(frozen=True, slots=True)
class TotalsPlant:
    """Published contest totals that differ from the sum of the stations.

    ``changes`` are added to the true sums; ``below_observed`` puts that
    figure ``below_by`` under the sum of the observer copies and moves the
    votes taken to ``moved_to``.
    """

    contest: str
    why: str
    changes: tuple[Change, ...] = ()
    below_observed: str = ""
    below_by: int = 0
    moved_to: str = ""


PLANTED_ARITHMETIC = (
    ArithmeticPlant(
        "AKM/123",
        ("R=I+C",),
        (Change("C", 10),),
        "cancelled ballots copied 10 too high",
    ),
    ArithmeticPlant(
        "VKO/531",
        ("I<=V",),
        (Change("V", -7, like="I"),),
        "voters on the list copied from the wrong line, below ballots issued",
    ),
    ArithmeticPlant(
        "KOS/152",
        ("B=N+cand+A",),
        (Change("winner", 9),),
        "the leading candidate's votes typed with two digits swapped (9 too many)",
    ),
    ArithmeticPlant(
        "ZHA/260",
        ("B<=I",),
        (Change("B", 12), Change("winner", 12)),
        "12 more ballots in the boxes than were issued, all for the leader",
    ),
    ArithmeticPlant(
        "PAV/281",
        ("I_out<=I",),
        (Change("I_out", 30, like="I"),),
        "voting outside the station typed above all ballots issued",
    ),
    ArithmeticPlant(
        "ALM/233",
        ("B=N+cand+A", "B<=I"),
        (Change("B", 25),),
        "ballots in boxes typed 25 too high",
    ),
    ArithmeticPlant(
        "KZO/408",
        ("B=N+cand+A",),
        (Change("N", 10),),
        "the official figures themselves: invalid ballots 10 too high",
        source="official",
    ),
)

# The (station, rule) pairs ``check`` must report for the demo, and only these.
PLANTED = tuple((p.station, rule) for p in PLANTED_ARITHMETIC for rule in p.rules)

PLANTED_OFFICIAL = (
    OfficialPlant(
        "KZO/407",
        (Change("winner", 25), Change("runner_up", -25)),
        "25 votes moved from the runner-up to the winner",
    ),
    OfficialPlant(
        "KZO/410",
        (Change("I", 30), Change("C", -30), Change("B", 30), Change("winner", 30)),
        "30 ballots added for the winner (stuffing written into the protocol)",
    ),
    OfficialPlant(
        "KZO/414",
        (Change("N", 12), Change("runner_up", -12)),
        "12 votes of the runner-up declared invalid",
    ),
    OfficialPlant(
        "AKM/252",
        (Change("runner_up", 60), Change("winner", -60)),
        "60 votes moved from the true winner to the runner-up",
    ),
    OfficialPlant(
        "AKM/260",
        (Change("runner_up", 55), Change("winner", -55)),
        "55 votes moved from the true winner to the runner-up",
    ),
    OfficialPlant(
        "AKM/268",
        (Change("runner_up", 45), Change("winner", -45)),
        "45 votes moved from the true winner to the runner-up",
    ),
)

SECOND_COPIES = (
    SecondCopy(
        "KZO/416",
        "Дана Тастанова",
        (Change("winner", -2), Change("N", 2)),
        "two observers copied the protocol differently (winner and invalid ballots)",
    ),
    SecondCopy("KZO/419", "Дана Тастанова", (), "two observers' copies agree"),
)

# Observed stations of OFFICIAL_STATION_CONTESTS with no official per-station figures.
OFFICIAL_MISSING = ("KZO/412",)

PLANTED_TOTALS = (
    TotalsPlant(
        FULL_CONTEST,
        "published total adds 85 ballots issued and 85 votes for the winner",
        changes=(Change("I", 85), Change("winner", 85)),
    ),
    TotalsPlant(
        EXCEEDS_CONTEST,
        "published runner-up total is 23 below what observers saw at a third of the stations",
        below_observed="runner_up",
        below_by=23,
        moved_to="winner",
    ),
    TotalsPlant(
        IMPACT_CONTEST,
        "published invalid ballots 7 above the sum of the official station figures",
        changes=(Change("N", 7),),
    ),
)
