"""The national-scale benchmark: every step of issue 6, ours against its peers, in one run.

Builds the national case from the real Russia 2018 file (97,699 stations):
the election and its official figures through the app's own commands, a
canonical-layout observer copy of every station (about 1 % with a changed
figure), a second observer file where every station differs (100k
discrepancy rows, for the workbook) and an XLSX of the official file. Then
times each step in fresh processes (the real CLI, as a user runs it) against
its peers, median of repeats, peak RSS from ``wait4``, and prints one table
(also written to ``bench/results/latest.json``).

    python -m bench [--quick] [--repeats N] [--keep DIR] [--only STEP ...]

See bench/README.md for what each step and peer is.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import pickle
import platform
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import (
    PY,
    REAL,
    REPO,
    Timing,
    command_env,
    compile_app,
    observer_app,
    peer,
    run_timed,
)
from observer_app.storage.migrate import scripted_head

RESULTS = REPO / "bench" / "results"
MAPPING = "ru-cik-wide"
CODE = "ru2018"
STEPS = ("import", "xlsx", "check", "reconcile", "workbook", "navigator", "merge", "start")


# -- the table ---------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the table: our figure, the peers' in the same run, the goal and whether met."""

    step: str
    goal: str
    ours: Timing | None = None
    peers: list[Timing] = field(default_factory=list)
    limits: list[tuple[str, float]] = field(default_factory=list)  # ("s", 2.0) / (peer, ratio)
    note: str = ""
    unit: str = "s"

    def ratio(self, peer_label: str) -> float:
        p = next(p for p in self.peers if p.label == peer_label)
        assert self.ours is not None
        return self.ours.median / p.median

    def verdicts(self) -> list[tuple[str, bool]]:
        out = []
        if self.ours is None:
            return out
        for what, limit in self.limits:
            if what == "s":
                out.append((f"≤ {limit:g} s", self.ours.median <= limit))
            elif what == "MB":
                out.append((f"≤ {limit:g} MB", self.ours.peak_rss_mb <= limit))
            else:
                out.append((f"≤ {limit:g}× {what}", self.ratio(what) <= limit))
        return out

    @property
    def met(self) -> bool | None:
        v = self.verdicts()
        return all(ok for _, ok in v) if v else None

    def to_json(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "goal": self.goal,
            "ours": self.ours.to_json() if self.ours else None,
            "peers": [p.to_json() for p in self.peers],
            "ratios": {p.label: round(self.ratio(p.label), 3) for p in self.peers}
            if self.ours
            else {},
            "verdicts": [{"goal": g, "met": ok} for g, ok in self.verdicts()],
            "met": self.met,
            "note": self.note,
        }


def _fmt_s(t: Timing) -> str:
    return f"{t.median:.2f} s"


def print_table(rows: list[Row], repeats: int) -> None:
    head = ("step", "ours (peak RSS)", "peers (peak RSS)", "ratio", "goal", "met?")
    lines: list[tuple[str, ...]] = []
    for r in rows:
        ours = (
            f"{_fmt_s(r.ours)} ({r.ours.peak_rss_mb:.0f} MB)"
            if r.ours and r.unit == "s"
            else (f"{r.ours.peak_rss_mb:.0f} MB" if r.ours else "—")
        )
        peers = "; ".join(f"{p.label} {_fmt_s(p)} ({p.peak_rss_mb:.0f} MB)" for p in r.peers)
        ratios = " / ".join(f"{r.ratio(p.label):.2f}×" for p in r.peers) if r.ours else ""
        met = {True: "yes", False: "NO", None: "—"}[r.met]
        lines.append((r.step, ours, peers or "—", ratios or "—", r.goal, met))
    widths = [max(len(x[i]) for x in (head, *lines)) for i in range(len(head))]
    sep = "-+-".join("-" * w for w in widths)
    print()
    print(f"median of {repeats} run(s) each; every command in a fresh process")
    print(" | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print(sep)
    for line in lines:
        print(" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))
    for r in rows:
        if r.note:
            print(f"  {r.step}: {r.note}")


# -- building the national case -----------------------------------------------------------------


class Case:
    """The work folder and every file the steps use."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.userdata = work / "userdata"
        self.election_db = work / "election.sqlite3"  # the election, no figures
        self.official_db = work / "official.sqlite3"  # + official figures
        self.reconcile_db = work / "reconcile.sqlite3"  # + one observer copy per station
        self.workbook_db = work / "workbook.sqlite3"  # + a copy differing at every station
        self.scratch_db = work / "scratch.sqlite3"  # what a timed import writes into
        self.official_csv = work / "official.csv"  # canonical layout, for the pandas peer
        self.observer_csv = work / "observer.csv"
        self.observer2_csv = work / "observer-all-differ.csv"
        self.xlsx = work / "official.xlsx"
        self.env = {"OBSERVER_APP_DATA_DIR": str(self.userdata)}

    def run(self, *args: str) -> str:
        """An app command, untimed (building the case); its output."""
        proc = subprocess.run(
            observer_app(*args),
            capture_output=True,
            text=True,
            env={**command_env(), **self.env},
            cwd=REPO,
        )
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"observer-app {' '.join(args)}: {proc.stderr[-3000:]}")
        return proc.stdout

    def drop_stale(self) -> None:
        """Remove kept databases of an older schema than this code's (each made from the one
        before it, so the rest go too): timed on such a copy, a command would first upgrade
        it, and the step would measure the migration."""
        head = scripted_head()
        chain = (self.election_db, self.official_db, self.reconcile_db, self.workbook_db)
        for i, db in enumerate(chain):
            if db.exists() and schema_of(db) != head:
                print(f"  {db.name} is at another schema than {head}: made again")
                for stale in chain[i:]:
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{stale}{suffix}").unlink(missing_ok=True)
                return

    def import_into(self, db: Path, base: Path, path: Path, *options: str) -> None:
        """``db`` made afresh: a copy of ``base``, then ``tallies import path *options`` on it."""
        copy_db(base, db)
        self.run("--db", str(db), "tallies", "import", str(path), *options)


def schema_of(db: Path) -> str | None:
    """The schema revision a database file is at (None: none recorded)."""
    with sqlite3.connect(db) as conn:
        found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    conn.close()
    return str(found[0][0]) if len(found) == 1 else None


def copy_db(src: Path, dst: Path) -> None:
    """A database file and its WAL, as a fresh copy (backups beside it removed)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(dst.parent / "backups", ignore_errors=True)
    with sqlite3.connect(src) as conn:  # fold the WAL in: one file to copy
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copyfile(src, dst)


def build_election(case: Case) -> Timing:
    """``election import`` of the real file (timed once: it is not a goal, only context)."""

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{case.election_db}{suffix}").unlink(missing_ok=True)

    return run_timed(
        "election import",
        observer_app(
            "--db",
            str(case.election_db),
            "election",
            "import",
            str(REAL),
            "--form",
            "ru-uik-2018",
            "--mapping",
            MAPPING,
            "--code",
            CODE,
        ),
        repeats=1,
        before=fresh,
        env=case.env,
        ok_codes=(0,),
    )


def official_figures(db: Path) -> tuple[list[str], list[str], dict[str, dict[str, int]]]:
    """Header of a canonical file, the figure keys, and the official figures per station."""
    conn = sqlite3.connect(db)
    names = dict(conn.execute("SELECT ballot_number, name FROM candidate ORDER BY ballot_number"))
    figures: dict[str, dict[str, int]] = {}
    for code, values in conn.execute(
        "SELECT s.code, t.values_json FROM tally t JOIN station s ON s.id = t.station_id "
        "WHERE t.source = 'official' ORDER BY s.id"
    ):
        figures[code] = json.loads(values)
    conn.close()
    keys = list(next(iter(figures.values())))
    header = ["station", *(names[int(k[1:])] if k.startswith("#") else k for k in keys)]
    return header, keys, figures


def write_canonical(path: Path, header: list[str], keys: list[str], rows: dict[str, dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for code, values in rows.items():
            w.writerow([code, *(values.get(k, "") for k in keys)])


def observer_files(case: Case) -> dict[str, int]:
    """The official figures in canonical layout, and two observer files derived from them.

    ``observer.csv``: every station, about 1 % with one figure changed (the
    reconcile step). ``observer-all-differ.csv``: every station differs on one
    figure and every 40th on a second one too, about 100,000 differing lines
    (the workbook step). Deterministic (fixed seed).
    """
    header, keys, official = official_figures(case.official_db)
    write_canonical(case.official_csv, header, keys, official)
    rnd = random.Random(2018)

    def changed(values: dict[str, int], key: str) -> None:
        step = rnd.randint(1, 50)
        values[key] = (
            values[key] + step if values[key] < step or rnd.random() < 0.5 else (values[key] - step)
        )

    one_percent: dict[str, dict[str, int]] = {}
    planted = 0
    for code, values in official.items():
        copy = dict(values)
        if rnd.random() < 0.01:
            changed(copy, rnd.choice(keys))
            planted += 1
        one_percent[code] = copy
    write_canonical(case.observer_csv, header, keys, one_percent)
    every: dict[str, dict[str, int]] = {}
    lines = 0
    for n, (code, values) in enumerate(official.items()):
        copy = dict(values)
        first, second = rnd.sample(keys, 2)
        changed(copy, first)
        lines += 1
        if n % 40 == 0:
            changed(copy, second)
            lines += 1
        every[code] = copy
    write_canonical(case.observer2_csv, header, keys, every)
    return {"stations": len(official), "changed_1pct": planted, "differing_lines": lines}


def write_xlsx(case: Case) -> int:
    """The real file as an XLSX (same columns, numbers as numbers), written once."""
    import xlsxwriter

    with zipfile.ZipFile(REAL) as zf, zf.open(zf.namelist()[0]) as raw:
        reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))
        wb = xlsxwriter.Workbook(
            str(case.xlsx), {"constant_memory": True, "strings_to_numbers": False}
        )
        ws = wb.add_worksheet("2018")
        n = 0
        for n, row in enumerate(reader):
            for c, cell in enumerate(row):
                if n and cell.isdigit():
                    ws.write_number(n, c, int(cell))
                else:
                    ws.write_string(n, c, cell)
        wb.close()
    return n


def dump_cells(xlsx: Path, out: Path) -> int:
    """Every cell of every sheet of a workbook, pickled for the xlsxwriter peer."""
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(xlsx))
    sheets = []
    cells = 0
    for name in wb.sheet_names:
        rows = []
        for row in wb.get_sheet_by_name(name).to_python(skip_empty_area=False):
            clean = [
                int(v) if isinstance(v, float) and v.is_integer() else (None if v == "" else v)
                for v in row
            ]
            while clean and clean[-1] is None:
                clean.pop()
            cells += sum(v is not None for v in clean)
            rows.append(clean)
        sheets.append((name, rows))
    with out.open("wb") as f:
        pickle.dump(sheets, f, protocol=pickle.HIGHEST_PROTOCOL)
    return cells


# -- the steps ----------------------------------------------------------------------------------


def official_import(case: Case, file: Path, repeats: int) -> Timing:
    """``tallies import FILE --source official`` into a fresh copy of the election."""
    timing = run_timed(
        "ours",
        observer_app(
            "--db",
            str(case.scratch_db),
            "tallies",
            "import",
            str(file),
            "--source",
            "official",
            "--mapping",
            MAPPING,
        ),
        repeats=repeats,
        before=lambda: copy_db(case.election_db, case.scratch_db),
        env=case.env,
        ok_codes=(0,),
    )
    if "97,699 new tallies" not in timing.output:
        raise RuntimeError(f"{file.name}: not every station was stored:\n{timing.output}")
    return timing


def step_import(case: Case, repeats: int) -> Row:
    row = Row(
        "import official file (tallies import)",
        "≤ 1.0× pandas, ≤ 3× raw",
        limits=[("pandas", 1.0), ("raw", 3.0)],
    )
    row.ours = official_import(case, REAL, repeats)
    peer_db = case.work / "peer.sqlite3"
    fresh = lambda: peer_db.unlink(missing_ok=True)  # noqa: E731
    for label, script in (("pandas", "pandas_import.py"), ("raw", "raw_import.py")):
        row.peers.append(
            run_timed(
                label,
                peer(script, str(REAL), str(peer_db)),
                repeats=repeats,
                before=fresh,
                ok_codes=(0,),
            )
        )
    floor_db = case.work / "floor.sqlite3"
    row.peers.append(
        run_timed(
            "floor",
            peer("floor_import.py", str(REAL), str(floor_db)),
            repeats=repeats,
            before=lambda: copy_db(case.election_db, floor_db),
            ok_codes=(0,),
        )
    )
    row.note = _floor_note(row, "pandas", "floor_import.py")
    return row


def _floor_note(row: Row, rival: str, script: str) -> str:
    """How the floor (the least our data model needs, bare sqlite3) compares with a peer."""
    floor = next(p for p in row.peers if p.label == "floor")
    other = next(p for p in row.peers if p.label == rival)
    return (
        f"floor (peers/{script}: bare sqlite3, our tables) = "
        f"{floor.median / other.median:.2f}× {rival}; ours = {row.ratio('floor'):.2f}× floor"
    )


def step_xlsx(case: Case, repeats: int) -> Row:
    row = Row(
        "import 100k-row XLSX (tallies import)",
        "≤ 0.3× openpyxl",
        limits=[("openpyxl", 0.3)],
    )
    row.ours = official_import(case, case.xlsx, repeats)
    row.peers.append(
        run_timed(
            "openpyxl", peer("openpyxl_read.py", str(case.xlsx)), repeats=repeats, ok_codes=(0,)
        )
    )
    return row


def step_check(case: Case, repeats: int) -> Row:
    row = Row("check (all control relations)", "≤ 2 s", limits=[("s", 2.0)])
    row.ours = run_timed(
        "ours",
        observer_app("--db", str(case.official_db), "check"),
        repeats=repeats,
        env=case.env,
    )
    want = ("1682", "26", "6")
    counts = re.findall(r"warning \S+: (\d+)", row.ours.output)
    if sorted(counts) != sorted(want) or " 0 errors" not in row.ours.output:
        raise RuntimeError(f"check found other violations than expected:\n{row.ours.output}")
    return row


def step_reconcile(case: Case, repeats: int, planted: int) -> Row:
    row = Row(
        "reconcile 97,699 × 97,699",
        "≤ 2 s and ≤ 1.0× pandas",
        limits=[("s", 2.0), ("pandas", 1.0)],
    )
    row.ours = run_timed(
        "ours",
        observer_app("--db", str(case.reconcile_db), "reconcile"),
        repeats=repeats,
        env=case.env,
        ok_codes=(0,),
    )
    row.peers.append(
        run_timed(
            "pandas",
            peer("pandas_reconcile.py", str(case.official_csv), str(case.observer_csv)),
            repeats=repeats,
            ok_codes=(0,),
        )
    )
    row.peers.append(
        run_timed(
            "floor",
            peer("floor_reconcile.py", str(case.reconcile_db)),
            repeats=repeats,
            ok_codes=(0,),
        )
    )
    found = row.peers[0].output.strip()
    m = re.search(r"(\d[\d,]*)\s*$", _line_with(row.ours.output, "station discrepancy"))
    ours_found = int(m.group(1).replace(",", "")) if m else -1
    if ours_found != planted or int(found) != planted:
        raise RuntimeError(
            f"reconcile found {ours_found}, pandas {found}, planted {planted}:\n{row.ours.output}"
        )
    if int(row.peers[1].output.strip()) != planted:
        raise RuntimeError(f"the floor found {row.peers[1].output.strip()}, planted {planted}")
    row.note = f"{planted:,} planted discrepancies found by both; " + _floor_note(
        row, "pandas", "floor_reconcile.py"
    )
    return row


def _line_with(text: str, word: str) -> str:
    return next((line for line in text.splitlines() if word in line.lower()), "")


def step_workbook(case: Case, repeats: int, lines: int) -> Row:
    row = Row(
        f"reconcile --xlsx ({lines:,} discrepancy rows)",
        "≤ 1.2× xlsxwriter",
        limits=[("xlsxwriter", 1.2)],
    )
    out = case.work / "ours.xlsx"
    row.ours = run_timed(
        "ours",
        observer_app("--db", str(case.workbook_db), "reconcile", "--xlsx", str(out)),
        repeats=repeats,
        before=lambda: out.unlink(missing_ok=True),
        env=case.env,
        ok_codes=(0,),
    )
    cells_file = case.work / "workbook-cells.pickle"
    cells = dump_cells(out, cells_file)
    peer_out = case.work / "peer.xlsx"
    row.peers.append(
        run_timed(
            "xlsxwriter",
            peer("xlsxwriter_write.py", str(cells_file), str(peer_out)),
            repeats=repeats,
            before=lambda: peer_out.unlink(missing_ok=True),
            ok_codes=(0,),
        )
    )
    written = int(row.peers[0].output.strip())
    if written != cells:
        raise RuntimeError(f"the peer wrote {written} cells, our workbook has {cells}")
    row.note = (
        f"ours: the whole command (read, reconcile, every sheet); the peer writes the same "
        f"{cells:,} cells ({out.stat().st_size / 1e6:.0f} MB workbook)"
    )
    return row


NAV_FIGURES = {
    "open": re.compile(r"^open:\s+([\d.]+) s until the window lists", re.M),
    "sort": re.compile(r"^sort:\s+([\d.]+) s by", re.M),
    "filter": re.compile(r"^filter:\s+([\d.]+) s worst keystroke", re.M),
}


def step_navigator(case: Case, repeats: int) -> list[Row]:
    """bench/navigator.py on a copy of the national database (real stations and figures)."""
    nav_db = case.work / "navigator.sqlite3"
    runs = run_timed(
        "navigator",
        [PY, str(REPO / "bench" / "navigator.py"), "--db", str(nav_db)],
        repeats=repeats,
        before=lambda: copy_db(case.reconcile_db, nav_db),
        env=case.env,
        ok_codes=(0,),
    )
    rows = []
    for name, goal in (("open", 0.5), ("sort", 0.5), ("filter", 0.2)):
        per_run = [max(float(x) for x in NAV_FIGURES[name].findall(out)) for out in runs.outputs]
        t = Timing("ours", per_run, [], runs.peak_rss_mb)
        what = {
            "open": "open",
            "sort": "sort a column (slowest of 4)",
            "filter": "one filter keystroke (worst)",
        }[name]
        rows.append(Row(f"navigator: {what}", f"≤ {goal:g} s", t, limits=[("s", goal)]))
    rows[0].note = "peak RSS is the whole offscreen GUI process (bench/navigator.py)"
    return rows


def step_merge(case: Case, repeats: int) -> Row:
    row = Row("merge 1,000 signed packages", "≤ 10 s", limits=[("s", 10.0)])
    result = run_timed(
        "merge bench",
        [PY, str(REPO / "bench" / "merge.py"), "--repeats", str(repeats)],
        repeats=1,
        env=case.env,
    )
    out = result.output
    m = re.search(r"^merge: ([\d.]+) s for (\d+) packages", out, re.M)
    if not m:
        raise RuntimeError(f"bench/merge.py printed no result:\n{out[-3000:]}\n{result.errors}")
    rss = re.search(r"^package merge \(1 process\)\s+[\d.]+\s+\d+\s+(\d+)", out, re.M)
    row.ours = Timing("ours", [float(m.group(1))], [], float(rss.group(1)) if rss else 0.0)
    row.note = f"bench/merge.py (median of {repeats}); its own table is in the JSON"
    row.extra = out  # type: ignore[attr-defined]
    return row


def step_start(case: Case, repeats: int) -> Row:
    row = Row("start to a usable window", "≤ 1.5 s", limits=[("s", 1.5)])
    start_db = case.work / "start.sqlite3"
    copy_db(case.reconcile_db, start_db)
    env = {**case.env, "OBSERVER_APP_READY_PROBE": "1"}

    def ready(out: str) -> float:
        m = re.search(r"ready after ([\d.]+) s", out)
        if not m:
            raise RuntimeError(f"the GUI printed no ready time:\n{out}")
        return float(m.group(1))

    run_timed("warm-up", observer_app("--db", str(start_db)), repeats=1, env=env, measure=ready)
    row.ours = run_timed(
        "ours",
        observer_app("--db", str(start_db)),
        repeats=repeats,
        env=env,
        ok_codes=(0,),
        measure=ready,
    )
    row.note = "from process start (OS accounting) to the station list shown and the loop idle"
    return row


# -- the run ------------------------------------------------------------------------------------

CALIBRATION = (
    "import time; t = time.process_time(); sum(range(30_000_000)); print(time.process_time() - t)"
)


def calibrate() -> float:
    """CPU seconds of a fixed pure-Python workload (best of 3): the machine's speed now.

    On a shared machine the absolute figures move with the neighbours' load;
    this one moves with them, so comparing it between runs tells a slow
    machine from slow code.
    """
    runs = [
        float(subprocess.run([PY, "-c", CALIBRATION], capture_output=True, text=True).stdout)
        for _ in range(3)
    ]
    return min(runs)


def _machine() -> dict[str, Any]:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO
    ).stdout.strip()
    dirty = bool(
        subprocess.run(
            ["git", "status", "--porcelain", "--", "observer_app"],
            capture_output=True,
            text=True,
            cwd=REPO,
        ).stdout.strip()
    )
    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": commit + ("+dirty" if dirty else ""),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="one run per step instead of three")
    ap.add_argument("--repeats", type=int, help="runs per step (default 3, or 1 with --quick)")
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it (reused)")
    ap.add_argument("--only", nargs="+", choices=STEPS, help="run only these steps")
    ap.add_argument("--json", type=Path, default=RESULTS / "latest.json", help="results file")
    args = ap.parse_args(argv)
    if not REAL.is_file():
        print(f"SKIP: the real Russia 2018 file is not present ({REAL}); nothing was measured.")
        return 0
    repeats = args.repeats or (1 if args.quick else 3)
    steps = args.only or STEPS
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-national-"))
    work.mkdir(parents=True, exist_ok=True)
    case = Case(work)
    started = time.perf_counter()
    load_start = os.getloadavg()
    speed_start = calibrate()
    print(f"national case in {work}, {repeats} run(s) per step; load {load_start[0]:.1f}")
    rows: list[Row] = []
    info: dict[str, Any] = {}

    def stage(what: str, fn: Callable[[], Any]) -> Any:
        t0 = time.perf_counter()
        print(f"  {what} ...", end="", flush=True)
        value = fn()
        print(f" {time.perf_counter() - t0:.1f} s", flush=True)
        return value

    compile_app()
    try:
        case.drop_stale()
        if not case.election_db.exists():
            election = stage("election import of the real file", lambda: build_election(case))
            info["election_import_s"] = round(election.median, 2)
        if not case.official_db.exists():
            stage(
                "official figures",
                lambda: case.import_into(
                    case.official_db,
                    case.election_db,
                    REAL,
                    "--source",
                    "official",
                    "--mapping",
                    MAPPING,
                ),
            )
        counts = stage("observer files (canonical CSV)", lambda: observer_files(case))
        info.update(counts)
        if not case.reconcile_db.exists():
            stage(
                "observer copies imported",
                lambda: case.import_into(
                    case.reconcile_db,
                    case.official_db,
                    case.observer_csv,
                    "--source",
                    "observer",
                    "--observer",
                    "Bench observer A",
                ),
            )
        if "workbook" in steps and not case.workbook_db.exists():
            stage(
                "every-station-differs copies imported",
                lambda: case.import_into(
                    case.workbook_db,
                    case.official_db,
                    case.observer2_csv,
                    "--source",
                    "observer",
                    "--observer",
                    "Bench observer B",
                ),
            )
        if "xlsx" in steps and not case.xlsx.exists():
            stage("XLSX of the real file (xlsxwriter)", lambda: write_xlsx(case))

        plan: list[tuple[str, Callable[[], Row | list[Row]]]] = [
            ("import", lambda: step_import(case, repeats)),
            ("xlsx", lambda: step_xlsx(case, repeats)),
            ("check", lambda: step_check(case, repeats)),
            ("reconcile", lambda: step_reconcile(case, repeats, counts["changed_1pct"])),
            ("workbook", lambda: step_workbook(case, repeats, counts["differing_lines"])),
            ("navigator", lambda: step_navigator(case, repeats)),
            ("merge", lambda: step_merge(case, repeats)),
            ("start", lambda: step_start(case, repeats)),
        ]
        for name, fn in plan:
            if name not in steps:
                continue
            result = stage(f"step {name}", fn)
            rows.extend(result if isinstance(result, list) else [result])
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    ours = [r.ours for r in rows if r.ours is not None]
    whole = Row(
        "whole pipeline: peak RSS (largest step)",
        "≤ 600 MB",
        Timing("ours", [], [], max((t.peak_rss_mb for t in ours), default=0.0)),
        limits=[("MB", 600.0)],
        unit="MB",
    )
    if len(steps) == len(STEPS):
        rows.append(whole)
    print_table(rows, repeats)
    load_end = os.getloadavg()
    speed_end = calibrate()
    print(
        f"\nload average at start {load_start[0]:.2f}, at end {load_end[0]:.2f} "
        f"(1/5/15 min: {', '.join(f'{x:.2f}' for x in load_end)}) on {os.cpu_count()} cores; "
        f"whole run {time.perf_counter() - started:.0f} s"
    )
    print(
        f"machine speed: sum(range(30M)) took {speed_start:.2f} s CPU at start, "
        f"{speed_end:.2f} s at end (lower is faster; see bench/README.md)"
    )
    missed = [r.step for r in rows if r.met is False]
    print("every goal met" if not missed else f"goals missed: {'; '.join(missed)}")
    document = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "repeats": repeats,
        "machine": _machine(),
        "load_average": {"start": load_start, "end": load_end},
        "calibration_cpu_s": {"start": speed_start, "end": speed_end, "workload": CALIBRATION},
        "case": info,
        "rows": [r.to_json() for r in rows],
        "merge_output": next((getattr(r, "extra", "") for r in rows if hasattr(r, "extra")), ""),
        "all_met": not missed,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False), encoding="utf-8"
    )
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
