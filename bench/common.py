"""Measuring one step: wall time (median of repeats) and the peak RSS the OS accounted for it.

Every timed command runs in its own process, started fresh for each repeat, so
imports count as they do for a user and the peak RSS (``wait4``'s ru_maxrss) is
that command's own. CPU seconds (user + system, also from ``wait4``) are kept
beside the wall time: on a shared machine they show how much of a wall figure
was waiting for a core.
"""

from __future__ import annotations

import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PY = sys.executable
REPO = Path(__file__).resolve().parent.parent
REAL = REPO.parent / "shared" / "data" / "real" / "ru_president_2018_uik.csv.zip"


@dataclass
class Timing:
    label: str
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    output: str = ""  # the last run's standard output
    errors: str = ""
    outputs: list[str] = field(default_factory=list)  # every run's

    @property
    def median(self) -> float:
        return statistics.median(self.seconds) if self.seconds else float("nan")

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu_seconds) if self.cpu_seconds else float("nan")

    def add(self, seconds: float, cpu: float, rss_mb: float) -> None:
        self.seconds.append(seconds)
        self.cpu_seconds.append(cpu)
        self.peak_rss_mb = max(self.peak_rss_mb, rss_mb)

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "median_s": round(self.median, 4),
            "runs_s": [round(s, 4) for s in self.seconds],
            "cpu_median_s": round(self.cpu_median, 4),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
        }


def run_timed(
    label: str,
    cmd: Sequence[str],
    *,
    repeats: int = 3,
    before: Callable[[], None] | None = None,
    env: dict[str, str] | None = None,
    stdout_to: Path | None = None,
    ok_codes: tuple[int, ...] = (0, 1),
    measure: Callable[[str], float] | None = None,
) -> Timing:
    """Run ``cmd`` ``repeats`` times (``before`` resets state each time); fail loudly on error.

    Exit code 1 counts as success by default (``check`` exits 1 when errors
    exist: that is a result). ``measure`` replaces the wall time of a run by a
    figure the command printed itself (e.g. the time to a usable window).
    Output goes to files, not pipes, so ``wait4`` can reap the process (and
    return its rusage) without a full pipe ever blocking it.
    """
    timing = Timing(label)
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    for _ in range(repeats):
        if before is not None:
            before()
        with (
            stdout_to.open("w+b") if stdout_to else tempfile.TemporaryFile() as out,
            tempfile.TemporaryFile() as err,
        ):
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=full_env, cwd=REPO)
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.perf_counter() - start
            proc.returncode = code = os.waitstatus_to_exitcode(status)
            out.seek(0)
            err.seek(0)
            stdout = out.read().decode("utf-8", "replace")
            stderr = err.read().decode("utf-8", "replace")
        if code not in ok_codes:
            raise RuntimeError(f"{label}: {shlex.join(cmd)} exited {code}\n{stderr[-3000:]}")
        timing.output = stdout
        timing.outputs.append(stdout)
        timing.errors = stderr
        seconds = measure(stdout) if measure else elapsed
        timing.add(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
    return timing


def observer_app(*args: str) -> list[str]:
    return [PY, "-m", "observer_app", *args]


def peer(script: str, *args: str) -> list[str]:
    return [PY, str(REPO / "bench" / "peers" / script), *args]
