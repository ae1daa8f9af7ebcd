"""The benchmark runner (python -m bench) skips cleanly without the real data file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import run


def test_runner_skips_without_the_real_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(run, "REAL", tmp_path / "absent.csv.zip")
    out = tmp_path / "latest.json"
    assert run.main(["--quick", "--json", str(out)]) == 0
    assert "SKIP: the real Russia 2018 file is not present" in capsys.readouterr().out
    assert not out.exists()


def test_goal_verdicts() -> None:
    ours = run.Timing("ours", [2.5, 1.5, 1.8], [], 100.0)
    peer = run.Timing("pandas", [2.0, 2.0, 2.0], [], 50.0)
    row = run.Row("step", "≤ 2 s and ≤ 1.0× pandas", ours, [peer], [("s", 2.0), ("pandas", 1.0)])
    assert row.verdicts() == [("≤ 2 s", True), ("≤ 1× pandas", True)] and row.met
    row.limits.append(("MB", 90.0))
    assert row.met is False
    assert row.to_json()["ratios"] == {"pandas": 0.9}
