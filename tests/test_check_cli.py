"""``observer-app check``: exit codes, the JSON report and its schema, text output, languages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from observer_app.cli import main
from observer_app.demo import SYNTHETIC
from observer_app.demo_generate import build_world
from observer_app.demo_plan import PLANTED, PLANTED_ARITHMETIC
from observer_app.schemas import errors as schema_errors
from observer_app.storage.db import Database
from observer_app.storage.tallies import Provenance, write_tallies
from tests.conftest import REPO
from tests.factories import kz_values, small_kz_election


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    assert main(["--db", path, "demo"]) == 0
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = _run(capsys, *argv, "--json")
    report: dict[str, Any] = json.loads(out)
    assert schema_errors(report, "check-report") == []
    return code, report


def _copy(station: str) -> tuple[str, dict[str, int]]:
    """The demo's (only) observer copy of ``station``: observer name and figures."""
    [(observer, values)] = [(o, v) for s, o, v in build_world().observer_rows if s == station]
    return observer, values


def _clean_election(path: Path, **overrides: int) -> str:
    """The small test election with consistent copies at three stations (one changed)."""
    db = Database.open(path)
    ctx = small_kz_election(db)
    rows = [
        ("C1-001", "observer", "Aigerim", kz_values()),
        ("C1-002", "official", "", kz_values()),
        ("C2-001", "observer", "Dana", {**kz_values(**overrides), "#3": 0}),
    ]
    write_tallies(db, ctx, rows, Provenance(entered_by="tester"))
    db.close()
    return str(path)


def test_demo_then_check_json_finds_exactly_the_planted_errors(
    demo_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _json(capsys, "--db", demo_path, "check")
    assert code == 1  # errors exist
    assert report["election"]["synthetic"] is True
    assert SYNTHETIC in report["election"]["name"]
    assert report["election"]["form"] == "kz-akim-2023"
    size = {k: report["election"][k] for k in ("contests", "candidates", "stations")}
    assert size == {"contests": 45, "candidates": 125, "stations": 1491}
    found = {(v["station"], v["rule"]) for v in report["violations"]}
    assert found == set(PLANTED)
    assert len(report["violations"]) == len(PLANTED)
    by_source = {(v["station"], v["source"], v["rule"]) for v in report["violations"]}
    assert by_source == {(p.station, p.source, r) for p in PLANTED_ARITHMETIC for r in p.rules}
    counts = {c["rule"]: c["count"] for c in report["counts"]}
    assert counts == {"R=I+C": 1, "I<=V": 1, "B=N+cand+A": 3, "B<=I": 2, "I_out<=I": 1}
    assert (report["errors"], report["warnings"]) == (5, 3)
    for v in report["violations"]:
        assert v["values"] and v["explanation"] and v["message"]
        assert v["lhs"] != v["rhs"] or v["severity"] == "warning"
    planted_boxes = next(v for v in report["violations"] if v["station"] == "ALM/233")
    assert planted_boxes["values"]["B"] == planted_boxes["lhs"]


def test_demo_has_the_planned_size(demo_path: str) -> None:
    from observer_app.storage.elections import counts, load_context

    db = Database.open(demo_path)
    assert counts(db, load_context(db).id) == {"contests": 45, "candidates": 125, "stations": 1491}
    db.close()


def test_the_console_commands_of_the_issue(tmp_path: Path) -> None:
    """``observer-app --db X demo && observer-app --db X check --json``, as a user types it."""
    db = str(tmp_path / "x.sqlite3")
    cmd = [sys.executable, "-m", "observer_app", "--db", db]
    demo = subprocess.run([*cmd, "demo"], capture_output=True, text=True, cwd=REPO)
    assert demo.returncode == 0, demo.stderr
    check = subprocess.run([*cmd, "check", "--json"], capture_output=True, text=True, cwd=REPO)
    assert check.returncode == 1, check.stderr
    report = json.loads(check.stdout)
    assert schema_errors(report, "check-report") == []
    assert (report["election"]["contests"], report["election"]["stations"]) == (45, 1491)
    assert {(v["station"], v["rule"]) for v in report["violations"]} == set(PLANTED)


def test_check_text_output(demo_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "--db", demo_path, "check")
    assert code == 1 and err == ""
    lines = out.splitlines()
    observer, v = _copy("AKM/123")
    assert (
        f"ERROR   AKM/123 [observer {observer}] R=I+C: ballots received {v['R']} ≠ "
        f"ballots issued {v['I']} + cancelled {v['C']}" in lines
    )
    assert any(
        line.startswith("WARNING PAV/281 [observer ") and "issued outside the station" in line
        for line in lines
    )
    assert any(line.startswith("ERROR   KZO/408 [official] B=N+cand+A: ") for line in lines)
    violations = [line for line in lines if line.startswith(("ERROR ", "WARNING "))]
    assert len(violations) == len(PLANTED)
    summary = next(line for line in lines if "tallies checked" in line)
    assert summary.startswith(SYNTHETIC) and summary.endswith("5 errors, 3 warnings")
    assert "  error   B=N+cand+A: 3" in lines and "  warning B<=I: 2" in lines


@pytest.mark.parametrize(
    ("lang", "boxes", "message"),
    [
        ("ru", "бюллетеней в урнах", "Число бюллетеней в урнах должно равняться"),
        ("kk", "жәшіктердегі бюллетеньдер", "Жәшіктердегі бюллетеньдер саны"),
        ("en", "ballots in boxes", "Ballots in the boxes must equal"),
    ],
)
def test_check_explains_in_the_chosen_language(
    demo_path: str, capsys: pytest.CaptureFixture[str], lang: str, boxes: str, message: str
) -> None:
    boxes = f"{boxes} {_copy('ALM/233')[1]['B']}"
    code, report = _json(capsys, "--db", demo_path, "check", "--lang", lang)
    assert code == 1
    [v] = [
        v for v in report["violations"] if (v["station"], v["rule"]) == ("ALM/233", "B=N+cand+A")
    ]
    assert v["explanation"].startswith(boxes) and " ≠ " in v["explanation"]
    assert v["message"].startswith(message)
    code, out, _ = _run(capsys, "--db", demo_path, "check", "--lang", lang)
    assert f"B=N+cand+A: {boxes} ≠ " in out


def test_check_by_source(demo_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _json(capsys, "--db", demo_path, "check", "--source", "official")
    assert code == 1
    assert [(v["station"], v["rule"]) for v in report["violations"]] == [("KZO/408", "B=N+cand+A")]
    assert report["tallies_checked"] == 65
    code, report = _json(capsys, "--db", demo_path, "check", "--source", "observer")
    assert code == 1 and len(report["violations"]) == len(PLANTED) - 1
    code, report = _json(capsys, "--db", demo_path, "check", "--source", "second-entry")
    assert code == 0 and report["tallies_checked"] == 0 and report["violations"] == []


def test_clean_election_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _clean_election(tmp_path / "clean.sqlite3")
    code, report = _json(capsys, "--db", path, "check")
    assert code == 0
    assert (report["tallies_checked"], report["errors"], report["warnings"]) == (3, 0, 0)
    assert report["violations"] == [] and all(c["count"] == 0 for c in report["counts"])
    code, out, _ = _run(capsys, "--db", path, "check")
    assert code == 0
    assert out.splitlines() == [
        "(synthetic data: not real results)",
        "Test akim election: 3 tallies checked, 0 errors, 0 warnings",
    ]


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 5 more ballots in the boxes than issued, all for candidate 1: only the B <= I warning
    boxes = kz_values()["B"] + 5
    path = _clean_election(tmp_path / "warn.sqlite3", B=boxes, **{"#1": 405})
    code, report = _json(capsys, "--db", path, "check")
    assert code == 0
    assert [(v["station"], v["rule"], v["severity"]) for v in report["violations"]] == [
        ("C2-001", "B<=I", "warning")
    ]


def test_incomplete_copy_is_not_an_arithmetic_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database.open(tmp_path / "blank.sqlite3")
    ctx = small_kz_election(db)
    partial = {k: v for k, v in kz_values().items() if k != "B"}
    write_tallies(db, ctx, [("C1-001", "observer", "A", partial)], Provenance())
    db.close()
    code, report = _json(capsys, "--db", str(tmp_path / "blank.sqlite3"), "check")
    assert code == 0 and report["violations"] == []


def test_check_without_an_election(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "--db", str(tmp_path / "empty.sqlite3"), "check")
    assert (code, out) == (2, "")
    assert "holds no election yet" in err and "observer-app demo" in err


def test_check_unknown_election(demo_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--db", demo_path, "check", "--election", "nope")
    assert code == 2
    assert "no election 'nope'" in err and "kz-akim-2023-demo" in err
