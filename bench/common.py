"""Measuring one step: wall time (median of repeats) and the peak RSS the OS accounted for it.

Every timed command runs in its own process, started fresh for each repeat, so
imports count as they do for a user and the peak RSS (``wait4``'s ru_maxrss) is
that command's own. CPU seconds (user + system, also from ``wait4``) are kept
beside the wall time: on a shared machine they show how much of a wall figure
was waiting for a core.
"""

from __future__ import annotations

import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
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
            "median_s": round(self.median, 4) if self.seconds else None,
            "runs_s": [round(s, 4) for s in self.seconds],
            "cpu_median_s": round(self.cpu_median, 4) if self.cpu_seconds else None,
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
    Output goes to files, not pipes, so no full pipe ever blocks the command.
    """
    timing = Timing(label)
    full_env = {**command_env(), **(env or {})}
    for _ in range(repeats):
        if before is not None:
            before()
        with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
            out = stdout_to or Path(tmp) / "stdout"
            err = Path(tmp) / "stderr"
            result = _spawner().run(list(cmd), full_env, out, err)
            stdout = out.read_text("utf-8", "replace")
            stderr = err.read_text("utf-8", "replace")
        code = result["code"]
        if code not in ok_codes:
            raise RuntimeError(f"{label}: {shlex.join(cmd)} exited {code}\n{stderr[-3000:]}")
        timing.output = stdout
        timing.outputs.append(stdout)
        timing.errors = stderr
        seconds = measure(stdout) if measure else result["seconds"]
        timing.add(seconds, result["cpu"], result["maxrss_kb"] / 1024)
    return timing


def command_env() -> dict[str, str]:
    """The environment of a timed command: this one, offscreen Qt, and bytecode caching on.

    An installed app runs from compiled bytecode (pip compiles it at install);
    a development shell often sets PYTHONDONTWRITEBYTECODE, which would make
    every timed command compile the app's sources again.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_app() -> None:
    """Bytecode for the app, as an installed copy has it (see :func:`command_env`)."""
    subprocess.run(
        [PY, "-m", "compileall", "-q", str(REPO / "observer_app")],
        check=True,
        env=command_env(),
        stdout=subprocess.DEVNULL,
    )


# The spawner: a small Python process that starts every timed command and reaps it with
# wait4. Linux counts the memory a child had between fork and exec in its peak RSS (with
# vfork, that is all of the parent's resident memory), so commands started straight from a
# benchmark that holds 300 MB of test data would all report at least 300 MB. Started from
# this process (about 10 MB resident), they report their own peak.
_SPAWNER_CODE = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    req = json.loads(line)
    with open(req["out"], "wb") as out, open(req["err"], "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(req["cmd"], stdout=out, stderr=err, env=req["env"],
                                cwd=req["cwd"], stdin=subprocess.DEVNULL)
        _, status, ru = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    print(json.dumps({"code": proc.returncode, "seconds": seconds,
                      "cpu": ru.ru_utime + ru.ru_stime, "maxrss_kb": ru.ru_maxrss}), flush=True)
"""


class _Spawner:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [PY, "-c", _SPAWNER_CODE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )

    def run(self, cmd: list[str], env: dict[str, str], out: Path, err: Path) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        request = {"cmd": cmd, "env": env, "cwd": str(REPO), "out": str(out), "err": str(err)}
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the benchmark's spawner process died")
        answer: dict[str, Any] = json.loads(line)
        return answer


_SPAWNERS: list[_Spawner] = []


def _spawner() -> _Spawner:
    if not _SPAWNERS or _SPAWNERS[0].proc.poll() is not None:
        _SPAWNERS[:] = [_Spawner()]
    return _SPAWNERS[0]


def observer_app(*args: str) -> list[str]:
    return [PY, "-m", "observer_app", *args]


def peer(script: str, *args: str) -> list[str]:
    return [PY, str(REPO / "bench" / "peers" / script), *args]
