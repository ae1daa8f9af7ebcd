"""The synthetic demo election: its shape, its synthetic labels, and every planted finding.

The planted findings are checked against the stored database, recomputed here
from the rows themselves, so the answer key that the check and reconciliation
tests rely on is known to describe what is really stored.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from observer_app import demo_data as d
from observer_app import demo_plan as plan
from observer_app.checking import check_election
from observer_app.cli import main
from observer_app.demo import DEMO_CODE, STEPS, SYNTHETIC, DemoExists, create_demo, demo_exists
from observer_app.demo_findings import planted_findings
from observer_app.demo_generate import build_world
from observer_app.domain import tables as t
from observer_app.errors import Cancelled
from observer_app.progress import Progress
from observer_app.schemas import errors as schema_errors
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext, counts, load_context
from observer_app.storage.tallies import current_tallies, load_values
from tests.conftest import REPO, SHARED

REAL_CONTESTS = SHARED / "data" / "kz-akim-2023-contests.csv"
REAL_RESULTS = SHARED / "data" / "kz-akim-2023-results-known.csv"
Key = tuple[str, str, str]  # station, source, observer


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo shared by the read-only tests of this module."""
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    create_demo(db)
    yield db
    db.close()


@pytest.fixture(scope="module")
def ctx(demo_db: Database) -> ElectionContext:
    return load_context(demo_db, DEMO_CODE)


@pytest.fixture(scope="module")
def tallies(demo_db: Database, ctx: ElectionContext) -> dict[Key, dict[str, int]]:
    return {
        (ctx.stations_by_id[x.station_id].code, x.source, x.observer): x.values
        for x in current_tallies(demo_db, ctx)
    }


@pytest.fixture(scope="module")
def totals(demo_db: Database, ctx: ElectionContext) -> dict[str, dict[str, int]]:
    c = t.contest_total.c
    with demo_db.session() as s:
        rows = s.execute(select(c.contest_id, c.values_json)).all()
    return {ctx.contests[cid].code: load_values(v) for cid, v in rows}


def _table_counts(db: Database) -> dict[str, int]:
    names = ("election", "contest", "candidate", "station", "snapshot", "tally")
    names += ("tally_revision", "contest_total", "audit_entry")
    with db.session() as s:
        return {
            n: s.execute(select(func.count()).select_from(getattr(t, n))).scalar_one()
            for n in names
        }


def test_shape_of_5_november_2023(demo_db: Database, ctx: ElectionContext) -> None:
    assert counts(demo_db, ctx.id) == {"contests": 45, "candidates": 125, "stations": 1491}
    voters = sum(st.registered_voters or 0 for st in ctx.stations.values())
    assert voters == d.TOTAL_VOTERS and 1_055_000 <= voters <= 1_065_000
    territories = d.load_territories()
    named = [x.territory_ru for x in territories if not x.placeholder]
    contests = list(ctx.contests.values())
    assert [c.name for c in contests if not c.placeholder] == named
    placeholders = [c for c in contests if c.placeholder]
    assert [c.name for c in placeholders] == [
        f"Туркестанская область, район {i} (название не опубликовано)" for i in range(1, 5)
    ]
    assert {c.region for c in contests} == {x.region_ru for x in territories}
    for c in contests:
        assert 2 <= len(c.candidates) <= 6, c.code
        assert [k.ballot_number for k in c.candidates] == list(range(1, len(c.candidates) + 1))
        assert len([k for k in c.candidates if k.nomination == "AMANAT"]) <= 1
        assert {k.nomination for k in c.candidates} <= {*d.NOMINATIONS, d.SELF_NOMINATED}


def test_everything_is_labelled_synthetic(demo_db: Database, ctx: ElectionContext) -> None:
    assert ctx.synthetic
    assert SYNTHETIC == "SYNTHETIC DEMO — not real results"
    with demo_db.session() as s:
        name, note = s.execute(select(t.election.c.name, t.election.c.note)).one()
        labels = s.execute(select(t.snapshot.c.kind, t.snapshot.c.label)).all()
    assert SYNTHETIC in name and SYNTHETIC in note
    assert sorted(kind for kind, _ in labels) == ["stations", "totals"]
    assert all(SYNTHETIC in label for _, label in labels)


def test_published_sizes_are_kept(ctx: ElectionContext) -> None:
    # Contests are stored under their Russian names; the published sizes are keyed in English.
    en_of = {x.territory_ru: x.territory_en for x in d.load_territories() if not x.placeholder}
    by_name = {en_of.get(c.name, c.name): c for c in ctx.contests.values()}
    stations: dict[str, int] = {}
    voters: dict[str, int] = {}
    for st in ctx.stations.values():
        name = en_of.get(ctx.contests[st.contest_id].name, "")
        stations[name] = stations.get(name, 0) + 1
        voters[name] = voters.get(name, 0) + (st.registered_voters or 0)
    for name, n in d.KNOWN_STATIONS.items():
        assert stations[name] == n, name
    for name, n in d.KNOWN_CANDIDATES.items():
        assert len(by_name[name].candidates) == n, name
    for name, n in d.KNOWN_VOTERS.items():
        assert voters[name] == n, name
    for members, total in d.GROUP_STATIONS:
        assert sum(stations[m] for m in members) == total
    for members, total in d.GROUP_CANDIDATES:
        assert sum(len(by_name[m].candidates) for m in members) == total
    for members, total in d.GROUP_VOTERS:
        assert sum(voters[m] for m in members) == total


def test_sizes_match_the_shared_territory_list(ctx: ElectionContext) -> None:
    if not REAL_CONTESTS.is_file():
        pytest.skip(f"not present: {REAL_CONTESTS}")
    with REAL_CONTESTS.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    shipped = [
        (x.region_ru, x.region_en, x.territory_ru, x.territory_en, x.kind)
        for x in d.load_territories()
    ]
    assert shipped == [
        (r["region_ru"], r["region_en"], r["territory_ru"], r["territory_en"], r["kind"])
        for r in rows
    ]
    for r in rows:
        for column, known in (
            ("stations", d.KNOWN_STATIONS),
            ("candidates", d.KNOWN_CANDIDATES),
            ("voters_registered", d.KNOWN_VOTERS),
        ):
            if r[column]:
                assert known[r["territory_en"]] == int(r[column]), (r["territory_en"], column)


def test_no_real_candidate_name_is_used(ctx: ElectionContext) -> None:
    names = [k.name for c in ctx.contests.values() for k in c.candidates]
    assert len(set(names)) == 125
    assert all(re.fullmatch(r"[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+", n) for n in names)
    observers = set(d.OBSERVERS)
    assert not observers & set(names)
    present = [p for p in (REAL_CONTESTS, REAL_RESULTS) if p.is_file()]
    if not present:
        pytest.skip("the real candidate lists are not present")
    real_text = " ".join(p.read_text(encoding="utf-8") for p in present)
    real_words = set(re.findall(r"[А-ЯЁ][а-яё]+", real_text))
    for name in names:
        surname = name.split()[0]
        masculine = surname[:-1] if surname.endswith(("ова", "ева", "ина")) else surname
        assert masculine not in real_words and surname not in real_words, name
    for surname, given in re.findall(r"([А-ЯЁ][а-яё]+) ([А-ЯЁ][а-яё]+)[^—\n]*— голоса", real_text):
        assert not any(n.startswith(f"{surname} {given}") for n in names)


def test_stations_look_like_polling_stations(demo_db: Database, ctx: ElectionContext) -> None:
    s_ = t.station.c
    with demo_db.session() as s:
        rows = s.execute(select(s_.code, s_.name, s_.address, s_.registered_voters)).all()
    prefixes = {code for code, _ in d.REGION_CODES.values()}
    for code, name, address, voters in rows:
        prefix, number = code.split("/")
        assert prefix in prefixes and number.isdigit(), code
        assert name.startswith(f"ИУ №{number}, "), name
        assert re.match(r"^(с\.|г\.) .+, ул\. .+, \d+$", address), address
        assert voters >= 40


def test_official_totals_turnout_near_62_79(
    ctx: ElectionContext, totals: dict[str, dict[str, int]]
) -> None:
    assert set(totals) == {c.code for c in ctx.contests.values()}
    voters = sum(x["V"] for x in totals.values())
    issued = sum(x["I"] for x in totals.values())
    assert voters == d.TOTAL_VOTERS
    assert round(100 * issued / voters, 2) == 62.79
    for code, x in totals.items():
        contest = ctx.contests_by_code[code]
        assert set(x) == {"V", "I", "I_out", "N", "A", *contest.candidate_keys}


def test_observer_copies_cover_a_share_of_stations(
    ctx: ElectionContext, tallies: dict[Key, dict[str, int]]
) -> None:
    observed = {st for st, source, _ in tallies if source == "observer"}
    assert 0.25 <= len(observed) / len(ctx.stations) <= 0.35
    observers = {o for _, source, o in tallies if source == "observer"}
    assert len(observers) >= 8 and "" not in observers
    sources = {source for _, source, _ in tallies}
    assert sources == {"observer", "official"}


def test_check_finds_exactly_the_planted_arithmetic(
    demo_db: Database, ctx: ElectionContext
) -> None:
    result = check_election(demo_db, ctx)
    found = {(f.station_code, f.tally.source, f.violation.rule) for f in result.findings}
    assert found == {(p.station, p.source, r) for p in plan.PLANTED_ARITHMETIC for r in p.rules}
    assert {(s, r) for s, _, r in found} == set(plan.PLANTED)
    assert {r.id for r in ctx.form.relations} == {r for _, r in plan.PLANTED}
    severities = {f.violation.severity for f in result.findings}
    assert severities == {"error", "warning"}
    key = planted_findings().arithmetic
    assert {(a.station, a.source, a.rule) for a in key} == found
    assert {(a.station, a.observer) for a in key if a.source == "observer"} == {
        (f.station_code, f.tally.observer) for f in result.findings if f.tally.source == "observer"
    }


def test_station_discrepancies_are_stored_as_planted(
    ctx: ElectionContext, tallies: dict[Key, dict[str, int]]
) -> None:
    official = {st: v for (st, source, _), v in tallies.items() if source == "official"}
    found = set()
    for (st, source, observer), values in tallies.items():
        if source != "observer" or st not in official:
            continue
        contest = ctx.contest_of(ctx.stations[st])
        for k, v in values.items():
            if official[st][k] != v:
                line = next((c.name for c in contest.candidates if c.key == k), k)
                found.add(
                    (st, contest.code, observer, line, v, official[st][k], official[st][k] - v)
                )
    key = planted_findings().station_discrepancies
    assert found == {
        (x.station, x.contest, x.observer, x.line, x.observer_value, x.official_value, x.delta)
        for x in key
    }
    stations = {x.station for x in key}
    assert stations == {p.station for p in plan.PLANTED_OFFICIAL} | {"KZO/416"}
    assert {x.contest for x in key} == set(plan.OFFICIAL_STATION_CONTESTS)


def test_disagreeing_and_agreeing_observer_copies(tallies: dict[Key, dict[str, int]]) -> None:
    copies: dict[str, list[tuple[str, dict[str, int]]]] = {}
    for (st, source, observer), values in tallies.items():
        if source == "observer":
            copies.setdefault(st, []).append((observer, values))
    doubles = {st: c for st, c in copies.items() if len(c) > 1}
    assert set(doubles) == {"KZO/416", "KZO/419"}
    (_, a), (_, b) = doubles["KZO/416"]
    assert {k for k in a if a[k] != b[k]} == {"N", "#3"}
    (_, a), (_, b) = doubles["KZO/419"]
    assert a == b
    [disagree] = planted_findings().observers_disagree
    assert disagree.station == "KZO/416" and set(disagree.keys) == {"N", "#3"}
    assert set(disagree.observers) == {o for o, _ in doubles["KZO/416"]}


def _observed_sums(
    ctx: ElectionContext, tallies: dict[Key, dict[str, int]], code: str
) -> tuple[dict[str, int], int]:
    first: dict[str, dict[str, int]] = {}
    for (st, source, _), values in tallies.items():
        if source == "observer" and ctx.contest_of(ctx.stations[st]).code == code:
            first.setdefault(st, values)
    sums: dict[str, int] = {}
    for values in first.values():
        for k, v in values.items():
            sums[k] = sums.get(k, 0) + v
    return sums, len(first)


def test_contest_total_findings(
    ctx: ElectionContext, tallies: dict[Key, dict[str, int]], totals: dict[str, dict[str, int]]
) -> None:
    findings = {(x.contest, x.kind, x.key): x for x in planted_findings().totals}
    # every station observed: the published winner and ballots issued exceed the sums by 85
    sums, n = _observed_sums(ctx, tallies, plan.FULL_CONTEST)
    full = ctx.contests_by_code[plan.FULL_CONTEST]
    assert n == len([s for s in ctx.stations.values() if s.contest_id == full.id])
    differs = {k: totals[full.code][k] - sums[k] for k in totals[full.code]}
    assert {k: v for k, v in differs.items() if v} == {"I": 85, "#1": 85}
    assert full.code == plan.FULL_CONTEST and findings[(full.code, "observed-sum-differs", "I")]
    # partial coverage: the runner-up's published total is below what observers saw
    sums, n = _observed_sums(ctx, tallies, plan.EXCEEDS_CONTEST)
    published = totals[plan.EXCEEDS_CONTEST]
    below = {k for k in published if published[k] < sums[k]}
    [x] = [x for x in findings.values() if x.kind == "below-observed"]
    assert below == {x.key} and published[x.key] == x.official == sums[x.key] - 23
    # complete official station figures: the published invalid ballots are 7 above their sum
    official = {st: v for (st, source, _), v in tallies.items() if source == "official"}
    impact = ctx.contests_by_code[plan.IMPACT_CONTEST]
    codes = [s.code for s in ctx.stations.values() if s.contest_id == impact.id]
    assert all(code in official for code in codes)
    published = totals[impact.code]
    differs = {k: published[k] - sum(official[c][k] for c in codes) for k in published}
    assert {k: v for k, v in differs.items() if v} == {"N": 7}
    assert findings[(impact.code, "stations-sum-differs", "N")].official == published["N"]
    assert len(findings) == 4


def test_outcome_impact_contest(
    ctx: ElectionContext, tallies: dict[Key, dict[str, int]], totals: dict[str, dict[str, int]]
) -> None:
    contest = ctx.contests_by_code[plan.IMPACT_CONTEST]
    votes = {c.key: totals[contest.code][c.key] for c in contest.candidates}
    winner, runner_up = sorted(votes, key=lambda k: -votes[k])[:2]
    margin = votes[winner] - votes[runner_up]
    official = {st: v for (st, source, _), v in tallies.items() if source == "official"}
    shift = 0
    for (st, source, _), values in tallies.items():
        if source == "observer" and st in official and ctx.stations[st].contest_id == contest.id:
            shift += official[st][winner] - values[winner]
            shift -= official[st][runner_up] - values[runner_up]
    assert (margin, shift) == (256, 320)
    # without the falsified stations the runner-up was the true winner, by the planned margin
    true_lead = shift - margin
    assert true_lead == plan.IMPACT_TRUE_MARGIN
    flagged = [x for x in planted_findings().outcome_impact if x.flagged]
    assert [(x.contest, x.margin, x.net_shift) for x in flagged] == [(contest.code, 256, 320)]
    names = {c.key: c.name for c in contest.candidates}
    assert (flagged[0].official_winner, flagged[0].official_runner_up) == (
        names[winner],
        names[runner_up],
    )


def test_coverage_gaps(ctx: ElectionContext, tallies: dict[Key, dict[str, int]]) -> None:
    observed = {st for st, source, _ in tallies if source == "observer"}
    official = {st for st, source, _ in tallies if source == "official"}
    contests = {ctx.contests_by_code[c].id for c in plan.OFFICIAL_STATION_CONTESTS}
    in_scope = {s.code for s in ctx.stations.values() if s.contest_id in contests}
    assert official <= in_scope
    key = planted_findings()
    assert set(key.observer_only) == (observed & in_scope) - official == {"KZO/412"}
    assert set(key.official_only) == official - observed
    assert key.incomplete_official_contests == (plan.DISCREP_CONTEST,)
    assert key.fully_observed_contests == (plan.FULL_CONTEST,)


def test_answer_key_is_json_and_printed_by_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "untouched.sqlite3"
    assert main(["--db", str(db_path), "demo", "--planted"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert schema_errors(printed, "demo-answer-key") == []
    assert schema_errors({**printed, "totals": [{"kind": "?"}]}, "demo-answer-key")
    assert printed == planted_findings().to_json()
    assert {"arithmetic", "station_discrepancies", "observers_disagree", "totals"} <= set(printed)
    assert not db_path.exists()


def test_demo_command_prints_a_summary_and_refuses_a_second_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = str(tmp_path / "x.sqlite3")
    assert main(["--db", db_path, "demo"]) == 0
    out = capsys.readouterr().out
    assert SYNTHETIC in out
    for fragment in (
        "45 contests (4 placeholders",
        "125 candidates",
        "1,491 stations",
        "1,060,000 voters",
        "turnout 62.79 %",
        "5 arithmetic errors and 3 warnings",
    ):
        assert fragment in out, fragment
    db = Database.open(db_path)
    before = _table_counts(db)
    assert main(["--db", db_path, "demo"]) == 2
    err = capsys.readouterr().err
    assert "already holds the demo election" in err and "nothing was changed" in err
    assert _table_counts(db) == before
    with pytest.raises(DemoExists):
        create_demo(db)
    assert _table_counts(db) == before
    db.close()


def test_demo_on_each_backend_records_an_audit_entry(db: Database) -> None:
    assert not demo_exists(db)
    summary = create_demo(db)
    assert demo_exists(db)
    assert (summary.contests, summary.candidates, summary.stations) == (45, 125, 1491)
    with db.session() as s:
        actions = s.execute(select(t.audit_entry.c.action).order_by(t.audit_entry.c.id)).scalars()
        assert list(actions)[-1] == "demo.create"
        assert audit.verify(s).ok
    ctx = load_context(db)
    found = {(f.station_code, f.violation.rule) for f in check_election(db, ctx).findings}
    assert found == set(plan.PLANTED)


@pytest.mark.parametrize("cancel_at", range(1, STEPS))
def test_cancel_leaves_nothing_behind(sqlite_db: Database, cancel_at: int) -> None:
    before = _table_counts(sqlite_db)
    stop = threading.Event()
    seen: list[int] = []

    def callback(done: int, total: int, message: str) -> None:
        seen.append(done)
        if done == cancel_at:
            stop.set()

    with pytest.raises(Cancelled):
        create_demo(sqlite_db, Progress(callback, stop, min_interval=0))
    after = _table_counts(sqlite_db)
    audit_added = after.pop("audit_entry") - before.pop("audit_entry")
    assert after == before
    with sqlite_db.session() as s:
        assert audit.verify(s).ok
        actions = list(s.execute(select(t.audit_entry.c.action)).scalars())
    assert ("demo.discarded" in actions) == (audit_added > 0)
    assert not demo_exists(sqlite_db)
    create_demo(sqlite_db)  # and the demo can still be made afterwards
    assert demo_exists(sqlite_db)


def test_progress_reports_every_step(sqlite_db: Database) -> None:
    seen: list[tuple[int, int]] = []
    create_demo(
        sqlite_db, Progress(lambda done, total, _: seen.append((done, total)), None, min_interval=0)
    )
    assert seen == [(i, STEPS) for i in range(STEPS + 1)]


def world_digest() -> str:
    """A hash of everything the generator makes (imported by the subprocess below too)."""
    w = build_world()
    data = [
        w.observer_rows,
        w.official_rows,
        w.totals,
        [(s.code, s.name, s.address, s.voters) for s in w.stations.values()],
        [[(k.name, k.nomination) for k in c.candidates] for c in w.contests.values()],
    ]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


def test_demo_is_the_same_in_every_process() -> None:
    """Fixed seeds and no dependence on set order: another hash seed gives the same demo."""
    code = "from tests.test_demo import world_digest; print(world_digest())"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == world_digest()
