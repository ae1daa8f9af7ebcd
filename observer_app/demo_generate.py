"""Generating the synthetic demo election in memory: deterministic, no database.

The generator first invents a "true" protocol for every station (consistent
with the kz-akim-2023 form), then derives what each source reports: observer
copies (the truth, except the planted slips), official per-station figures
(the truth, except the planted falsifications) and published contest totals
(the sums, except the planted changes). It then checks its own output against
``observer_app.demo_plan`` and raises if anything else would be found.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from math import floor

from observer_app import demo_data as d
from observer_app import demo_plan as plan
from observer_app.domain.inputs import CandidateIn
from observer_app.forms import ProtocolForm, candidate_key, check, load_form

FORM_ID = "kz-akim-2023"
TOTAL_KEYS = ("V", "I", "I_out", "N")  # lines the CEC publishes per contest, with the votes


class DemoPlanError(RuntimeError):
    """The generated demo does not match its plan: a bug in the plan or the generator."""


@dataclass
class DemoContest:
    code: str
    name: str
    region: str
    placeholder: bool
    kind: str
    town: str  # the city for city contests, "" for districts
    title: str = ""  # the stored contest name: Russian, as the CEC publishes it
    region_title: str = ""
    candidates: tuple[CandidateIn, ...] = ()
    stations: list[str] = field(default_factory=list)
    voters: int = 0
    roles: dict[str, str] = field(default_factory=dict)  # winner/runner_up -> key (true result)

    @property
    def candidate_keys(self) -> tuple[str, ...]:
        return tuple(candidate_key(c.ballot_number) for c in self.candidates)

    def name_of(self, key: str) -> str:
        for c in self.candidates:
            if candidate_key(c.ballot_number) == key:
                return c.name
        return key


@dataclass
class DemoStation:
    code: str
    contest: str
    name: str
    address: str
    voters: int
    truth: dict[str, int] = field(default_factory=dict)


@dataclass
class DemoWorld:
    form: ProtocolForm
    contests: dict[str, DemoContest]
    stations: dict[str, DemoStation]
    observer_rows: list[tuple[str, str, dict[str, int]]]  # station, observer, figures
    official_rows: list[tuple[str, dict[str, int]]]
    totals: dict[str, dict[str, int]]  # contest code -> published totals


def allocate(total: int, weights: Sequence[float], minimum: int = 0) -> list[int]:
    """Split ``total`` into integers proportional to ``weights`` (largest remainder)."""
    rest = total - minimum * len(weights)
    if rest < 0:
        raise DemoPlanError(f"cannot give {len(weights)} parts at least {minimum} of {total}")
    scale = sum(weights)
    raw = [rest * w / scale for w in weights]
    parts = [floor(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (parts[i] - raw[i], i))
    for i in order[: rest - sum(parts)]:
        parts[i] += 1
    return [minimum + p for p in parts]


def slug(text: str) -> str:
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    return "-".join(p for p in out.split("-") if p)


def _grouped(
    names: list[str],
    known: Mapping[str, int],
    groups: Iterable[tuple[tuple[str, ...], int]],
    rng: random.Random,
    minimum: int,
) -> dict[str, int]:
    """Known figures, plus group totals split at random among the group's territories."""
    out = {n: known[n] for n in names if n in known}
    for members, total in groups:
        free = [m for m in members if m not in out]
        left = total - sum(out.get(m, 0) for m in members if m not in free)
        weights = [rng.uniform(0.6, 1.4) for _ in free]
        out.update(zip(free, allocate(left, weights, minimum), strict=True))
    return out


def _rng(phase: str) -> random.Random:
    """One generator per phase, so changing one phase leaves the others as they were."""
    return random.Random(f"{plan.SEED}:{phase}")


def _contests() -> list[DemoContest]:
    contests: list[DemoContest] = []
    unnamed = 0
    for t in d.load_territories():
        if t.placeholder:
            unnamed += 1
            name = f"{t.region_en}, district {unnamed} (name not published)"
            code = slug(f"{t.region_en.removesuffix(' Region')} district {unnamed}")
            title = f"{t.region_ru}, район {unnamed} (название не опубликовано)"
        else:
            name, code, title = t.territory_en, slug(t.territory_en), t.territory_ru
        town = t.territory_ru if t.kind == "city" else ""
        contests.append(
            DemoContest(code, name, t.region_en, t.placeholder, t.kind, town, title, t.region_ru)
        )
    if len(contests) != d.TOTAL_CONTESTS:
        raise DemoPlanError(f"{d.TERRITORIES_FILE} lists {len(contests)} territories")
    return contests


def _sizes(contests: list[DemoContest], rng: random.Random) -> dict[str, tuple[int, int, int]]:
    """(stations, voters, candidates) per contest, matching the published sizes and totals."""
    names = [c.name for c in contests]
    per_station = {
        c.name: rng.uniform(1300, 1700) if c.kind == "city" else rng.uniform(450, 1150)
        for c in contests
    }
    stations = _grouped(names, d.KNOWN_STATIONS, d.GROUP_STATIONS, rng, 8)
    voters_known = _grouped(names, d.KNOWN_VOTERS, d.GROUP_VOTERS, rng, 3000)
    free = [n for n in names if n not in stations]
    weights = [
        voters_known[n] / per_station[n] if n in voters_known else rng.uniform(18, 50) for n in free
    ]
    stations.update(
        zip(free, allocate(d.TOTAL_STATIONS - sum(stations.values()), weights, 8), strict=True)
    )
    free = [n for n in names if n not in voters_known]
    voters = dict(voters_known)
    voters.update(
        zip(
            free,
            allocate(
                d.TOTAL_VOTERS - sum(voters_known.values()),
                [stations[n] * per_station[n] for n in free],
                3000,
            ),
            strict=True,
        )
    )
    cands = _grouped(names, d.KNOWN_CANDIDATES, d.GROUP_CANDIDATES, rng, 2)
    free = [n for n in names if n not in cands]
    extra = d.TOTAL_CANDIDATES - sum(cands.values()) - 2 * len(free)
    counts = dict.fromkeys(free, 2)
    while extra > 0:
        n = rng.choice(free)
        if counts[n] < 6:
            counts[n] += 1
            extra -= 1
    cands.update(counts)
    return {n: (stations[n], voters[n], cands[n]) for n in names}


def _person(rng: random.Random, used: set[str]) -> str:
    while True:
        female = rng.random() < 0.22
        if rng.random() < 0.15:
            surname = rng.choice(d.RU_SURNAMES) + ("а" if female else "")
            given = rng.choice(d.RU_FEMALE if female else d.RU_MALE)
            patronymic = rng.choice(d.RU_PATRONYMICS)[1 if female else 0]
        else:
            surname = rng.choice(d.KZ_SURNAMES) + ("а" if female else "")
            given = rng.choice(d.KZ_FEMALE if female else d.KZ_MALE)
            patronymic = rng.choice(d.KZ_FATHERS) + ("овна" if female else "ович")
        name = f"{surname} {given} {patronymic}"
        if f"{surname} {given}" not in used:
            used.add(f"{surname} {given}")
            return name


def _candidates(n: int, rng: random.Random, used: set[str]) -> tuple[CandidateIn, ...]:
    parties = list(d.NOMINATIONS[1:])
    rng.shuffle(parties)
    nominations = ["AMANAT" if rng.random() < 0.9 else d.SELF_NOMINATED]
    for _ in range(n - 1):
        take_party = parties and rng.random() < 0.55
        nominations.append(parties.pop() if take_party else d.SELF_NOMINATED)
    people = sorted(zip([_person(rng, used) for _ in range(n)], nominations, strict=True))
    return tuple(
        CandidateIn(ballot_number=i + 1, name=name, nomination=nom)
        for i, (name, nom) in enumerate(people)
    )


def _shares(contest: DemoContest, rng: random.Random) -> list[float]:
    n = len(contest.candidates)
    if contest.code == plan.IMPACT_CONTEST:  # a close race between two candidates
        shares = [0.46, 0.44] + [0.1 / (n - 2)] * (n - 2) if n > 2 else [0.5, 0.5]
        rng.shuffle(shares)
        return shares
    amanat = [i for i, c in enumerate(contest.candidates) if c.nomination == "AMANAT"]
    winner = amanat[0] if amanat and rng.random() < 0.85 else rng.randrange(n)
    lead = rng.uniform(0.55, 0.85)
    others = [rng.uniform(0.2, 1.0) for _ in range(n - 1)]
    rest = iter(allocate(10_000, others))
    return [lead if i == winner else (1 - lead) * next(rest) / 10_000 for i in range(n)]


def _places(contest: DemoContest, rng: random.Random) -> list[str]:
    """The settlements of a contest; the first (its centre) holds the most stations."""
    if contest.town:
        return [contest.town]
    return [f"с. {name}" for name in rng.sample(d.SETTLEMENTS, rng.randint(6, 12))]


def _station_texts(places: list[str], number: int, rng: random.Random) -> tuple[str, str]:
    central = len(places) == 1 or rng.random() < 0.35
    buildings = d.TOWN_BUILDINGS if central else d.VILLAGE_BUILDINGS
    building = rng.choice(buildings).format(n=rng.randint(1, 24))
    place = places[0] if central else rng.choice(places[1:])
    address = f"{place}, {rng.choice(d.STREETS)}, {rng.randint(1, 120)}"
    return f"ИУ №{number}, {building}", address


def _stations(
    contests: list[DemoContest], sizes: dict[str, tuple[int, int, int]], rng: random.Random
) -> dict[str, DemoStation]:
    stations: dict[str, DemoStation] = {}
    next_number = {region: start for region, (_, start) in d.REGION_CODES.items()}
    for c in contests:
        count, voters, _ = sizes[c.name]
        prefix = d.REGION_CODES[c.region][0]
        weights = [rng.lognormvariate(0, 0.45) for _ in range(count)]
        places = _places(c, rng)
        c.voters = voters
        for v in allocate(voters, weights, 40):
            number = next_number[c.region]
            next_number[c.region] += 1
            name, address = _station_texts(places, number, rng)
            code = f"{prefix}/{number}"
            stations[code] = DemoStation(code, c.code, name, address, v)
            c.stations.append(code)
    return stations


def _true_protocols(
    contests: list[DemoContest], stations: dict[str, DemoStation], rng: random.Random
) -> None:
    """Consistent figures for every station; overall turnout of the published totals on target."""
    issued: dict[str, int] = {}
    for c in contests:
        turnout = rng.uniform(0.5, 0.8)
        for code in c.stations:
            share = min(0.93, max(0.25, rng.gauss(turnout, 0.06)))
            issued[code] = round(stations[code].voters * share)
    official_extra = sum(ch.add for p in plan.PLANTED_OFFICIAL for ch in p.changes if ch.key == "I")
    official_extra += sum(ch.add for p in plan.PLANTED_TOTALS for ch in p.changes if ch.key == "I")
    total_voters = sum(s.voters for s in stations.values())
    target = round(d.TURNOUT * total_voters) - official_extra
    scale = target / sum(issued.values())
    codes = list(issued)
    for code in codes:
        issued[code] = min(round(issued[code] * scale), stations[code].voters * 95 // 100)
    while (gap := target - sum(issued.values())) != 0:
        code = rng.choice(codes)
        step = 1 if gap > 0 else -1
        if 1 <= issued[code] + step <= stations[code].voters * 95 // 100:
            issued[code] += step
    for c in contests:
        shares = _shares(c, rng)
        for code in c.stations:
            st = stations[code]
            i = issued[code]
            b = i - rng.choice((0, 0, 0, 1, 1, 2)) if i > 2 else i
            n = round(b * rng.uniform(0.003, 0.02))
            a = round(b * rng.uniform(0.01, 0.06))
            noisy = [s * rng.lognormvariate(0, 0.2) for s in shares]
            votes = allocate(b - n - a, noisy)
            st.truth = {
                "V": st.voters,
                "R": st.voters,
                "I": i,
                "I_out": round(i * rng.uniform(0.02, 0.09)),
                "C": st.voters - i,
                "B": b,
                "N": n,
                **{k: v for k, v in zip(c.candidate_keys, votes, strict=True)},
                "A": a,
            }


def _sum(rows: Iterable[Mapping[str, int]], keys: Iterable[str]) -> dict[str, int]:
    keys = tuple(keys)
    out = dict.fromkeys(keys, 0)
    for row in rows:
        for k in keys:
            out[k] += row[k]
    return out


def _rank(contest: DemoContest, stations: dict[str, DemoStation]) -> None:
    sums = _sum((stations[s].truth for s in contest.stations), contest.candidate_keys)
    order = sorted(sums, key=lambda k: (-sums[k], k))
    contest.roles = {"winner": order[0], "runner_up": order[1]}


def _close_race(contest: DemoContest, stations: dict[str, DemoStation], rng: random.Random) -> None:
    """Move votes between the two leaders at unplanted stations until the margin is as planned."""
    _rank(contest, stations)
    w, r = contest.roles["winner"], contest.roles["runner_up"]
    planted = {p.station for p in plan.PLANTED_OFFICIAL}
    free = [s for s in contest.stations if s not in planted]
    sums = _sum((stations[s].truth for s in contest.stations), (w, r))
    margin = sums[w] - sums[r]
    while margin != plan.IMPACT_TRUE_MARGIN:
        truth = stations[rng.choice(free)].truth
        if margin - plan.IMPACT_TRUE_MARGIN >= 2 and truth[w] > 0:
            truth[w] -= 1
            truth[r] += 1
            margin -= 2
        elif margin > plan.IMPACT_TRUE_MARGIN and truth[w] > 0:
            truth[w] -= 1
            truth["A"] += 1
            margin -= 1
        elif margin < plan.IMPACT_TRUE_MARGIN and truth[r] > 0:
            truth[r] -= 1
            truth["A"] += 1
            margin += 1
    _rank(contest, stations)
    if contest.roles["winner"] != w:
        raise DemoPlanError(f"{contest.code}: the close race changed its true winner")


def apply(
    values: Mapping[str, int], changes: Iterable[plan.Change], roles: Mapping[str, str]
) -> dict[str, int]:
    out = dict(values)
    for ch in changes:
        key = roles.get(ch.key, ch.key)
        base = out[roles.get(ch.like, ch.like)] if ch.like else out[key]
        out[key] = base + ch.add
        if out[key] < 0:
            raise DemoPlanError(f"planted change {ch} makes {key} negative")
    return out


def _observed(contests: list[DemoContest], rng: random.Random) -> dict[str, list[str]]:
    """Station -> observers who sent a copy; stations of each contest shared by 1-2 observers."""
    forced = {p.station for p in plan.PLANTED_ARITHMETIC if p.source == "observer"}
    forced |= {p.station for p in plan.PLANTED_OFFICIAL}
    forced |= {c.station for c in plan.SECOND_COPIES} | set(plan.OFFICIAL_MISSING)
    observers = list(d.OBSERVERS)
    out: dict[str, list[str]] = {}
    for c in contests:
        team = rng.sample(observers, 2 if len(c.stations) > 30 else 1)
        if c.code == plan.FULL_CONTEST:
            chosen = set(c.stations)
        else:
            chosen = set(rng.sample(c.stations, round(len(c.stations) * plan.OBSERVED_SHARE)))
        chosen |= forced & set(c.stations)
        for i, code in enumerate(s for s in c.stations if s in chosen):
            out[code] = [team[i % len(team)]]
    for copy in plan.SECOND_COPIES:
        out[copy.station].append(copy.observer)
    return out


@cache
def build_world() -> DemoWorld:
    """The whole demo, generated from :data:`observer_app.demo_plan.SEED`."""
    form = load_form(FORM_ID)
    contest_list = _contests()
    sizes = _sizes(contest_list, _rng("sizes"))
    used: set[str] = set()
    naming = _rng("names")
    for c in contest_list:
        c.candidates = _candidates(sizes[c.name][2], naming, used)
    stations = _stations(contest_list, sizes, _rng("stations"))
    _true_protocols(contest_list, stations, _rng("votes"))
    contests = {c.code: c for c in contest_list}
    for c in contest_list:
        if c.code == plan.IMPACT_CONTEST:
            _close_race(c, stations, _rng("close race"))
        _rank(c, stations)
    observer_rows = _observer_rows(contests, stations, _observed(contest_list, _rng("observers")))
    official_rows = _official_rows(contests, stations)
    totals = _totals(contests, stations, observer_rows, official_rows)
    world = DemoWorld(form, contests, stations, observer_rows, official_rows, totals)
    _verify(world)
    return world


def _observer_rows(
    contests: dict[str, DemoContest],
    stations: dict[str, DemoStation],
    observed: dict[str, list[str]],
) -> list[tuple[str, str, dict[str, int]]]:
    """Observer copies: the truth, except the planted slips and second copies."""
    slips = {p.station: p for p in plan.PLANTED_ARITHMETIC if p.source == "observer"}
    seconds = {(c.station, c.observer): c for c in plan.SECOND_COPIES}
    rows: list[tuple[str, str, dict[str, int]]] = []
    for code, names in observed.items():
        roles = contests[stations[code].contest].roles
        for name in names:
            values = stations[code].truth
            if code in slips:
                values = apply(values, slips[code].changes, roles)
            if (code, name) in seconds:
                values = apply(values, seconds[(code, name)].changes, roles)
            rows.append((code, name, dict(values)))
    return rows


def _official_rows(
    contests: dict[str, DemoContest], stations: dict[str, DemoStation]
) -> list[tuple[str, dict[str, int]]]:
    """Official per-station figures: the truth, except the planted falsifications and slips."""
    falsified = {p.station: p for p in plan.PLANTED_OFFICIAL}
    slips = {p.station: p for p in plan.PLANTED_ARITHMETIC if p.source == "official"}
    rows: list[tuple[str, dict[str, int]]] = []
    for cc in plan.OFFICIAL_STATION_CONTESTS:
        roles = contests[cc].roles
        for code in contests[cc].stations:
            if code in plan.OFFICIAL_MISSING:
                continue
            values = stations[code].truth
            if code in falsified:
                values = apply(values, falsified[code].changes, roles)
            if code in slips:
                values = apply(values, slips[code].changes, roles)
            rows.append((code, dict(values)))
    return rows


def _totals(
    contests: dict[str, DemoContest],
    stations: dict[str, DemoStation],
    observer_rows: list[tuple[str, str, dict[str, int]]],
    official_rows: list[tuple[str, dict[str, int]]],
) -> dict[str, dict[str, int]]:
    """Published contest totals: sums of the official figures (or the truth), then the plants."""
    official = dict(official_rows)
    totals: dict[str, dict[str, int]] = {}
    for c in contests.values():
        keys = (*TOTAL_KEYS, *c.candidate_keys, "A")
        totals[c.code] = _sum((official.get(s, stations[s].truth) for s in c.stations), keys)
    for p in plan.PLANTED_TOTALS:
        c = contests[p.contest]
        totals[c.code] = apply(totals[c.code], p.changes, c.roles)
        if p.below_observed:
            key = c.roles[p.below_observed]
            seen = {s: v for s, _, v in observer_rows if stations[s].contest == c.code}
            observed_sum = sum(v[key] for v in seen.values())
            moved = totals[c.code][key] - (observed_sum - p.below_by)
            totals[c.code][key] -= moved
            totals[c.code][c.roles[p.moved_to]] += moved
    return totals


def _verify(world: DemoWorld) -> None:
    """Refuse a demo whose arithmetic findings differ from the plan (a bug, never user input)."""
    found: set[tuple[str, str, str]] = set()
    rows = [(s, "observer", v) for s, _, v in world.observer_rows]
    rows += [(s, "official", v) for s, v in world.official_rows]
    for station, source, values in rows:
        keys = world.contests[world.stations[station].contest].candidate_keys
        found |= {(station, source, v.rule) for v in check(world.form, values, keys)}
    expected = {(p.station, p.source, r) for p in plan.PLANTED_ARITHMETIC for r in p.rules}
    if found != expected:
        raise DemoPlanError(
            f"planted arithmetic differs: unexpected {sorted(found - expected)}, "
            f"missing {sorted(expected - found)}"
        )
    never = {r.id for r in world.form.relations} - {rule for _, rule in plan.PLANTED}
    if never:
        raise DemoPlanError(f"relations never violated: {sorted(never)}")
    counts = (
        len(world.contests),
        sum(len(c.candidates) for c in world.contests.values()),
        len(world.stations),
    )
    if counts != (d.TOTAL_CONTESTS, d.TOTAL_CANDIDATES, d.TOTAL_STATIONS):
        raise DemoPlanError(f"contests, candidates, stations = {counts}")
