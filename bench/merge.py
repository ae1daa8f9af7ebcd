"""Benchmark: a coordinator merges 1,000 signed report packages into SQLite (goal: ≤ 10 s).

Builds the case through the app's real paths: 100 observers, each with a key
of their own, enter 30 stations (bulk write) and attach one 300 KB photo to
every third tally; each exports 10 packages of 3 stations (3 tallies, 1 photo)
with ``export_package``. The coordinator database holds the election and the
100 accepted fingerprints. Timed, each in a fresh process on a fresh copy of
that database:

- ``package merge DIR``: the figure the goal is about (verify every package,
  back up, merge each in its own transaction, audit), and ``merge_packages``
  called in this process (the same work without the command's start-up);
- peers in the same run: ``package verify DIR`` (verification alone, nothing
  written), merging the same folder again (everything already merged), and the
  floors: reading + SHA-256 of every package file, and raw sqlite3 inserting
  1,000 photo blobs in 1,000 transactions.

    python bench/merge.py [--repeats 3] [--packages 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.common import observer_app, run_timed  # noqa: E402
from observer_app.packages import export_package, merge_packages  # noqa: E402
from observer_app.packages.register import add_observer  # noqa: E402
from observer_app.storage.db import Database  # noqa: E402
from observer_app.storage.tallies import Provenance, current_tallies, write_tallies  # noqa: E402
from tests.factories import kz_values, small_kz_election  # noqa: E402
from tests.packages_support import attach_photo, make_identity  # noqa: E402

PER_PACKAGE = 3
PER_OBSERVER = 10
PHOTO_BYTES = 300 * 1024


def build(work: Path, packages: int) -> tuple[Path, Path]:
    """The coordinator's template database and the folder of packages."""
    observers = max(1, packages // PER_OBSERVER)
    stations_per_contest = (observers * PER_OBSERVER * PER_PACKAGE) // 2 + 1
    pkg_dir = work / "packages"
    pkg_dir.mkdir()
    coord = Database.open(work / "coordinator.sqlite3")
    small_kz_election(coord, stations=stations_per_contest)
    codes = sorted(f"{c}-{i:03d}" for c in ("C1", "C2") for i in range(1, stations_per_contest + 1))
    made = 0
    for o in range(observers):
        odb = Database.open(work / "observers" / f"o{o}.sqlite3")
        ctx = small_kz_election(odb, stations=stations_per_contest)
        me = make_identity(work / "keys" / f"o{o}", f"Observer {o:03d}")
        add_observer(coord, me.fingerprint, me.profile.name, "Bench NGO")
        mine = codes[o * PER_OBSERVER * PER_PACKAGE : (o + 1) * PER_OBSERVER * PER_PACKAGE]
        rows = [(c, "observer", me.profile.name, kz_values(N=10 + o % 7)) for c in mine]
        write_tallies(odb, ctx, rows, Provenance(entered_by=f"o{o}", origin="gui"))
        uids = {ctx.stations_by_id[t.station_id].code: t.uid for t in current_tallies(odb, ctx)}
        for p in range(PER_OBSERVER):
            if made == packages:
                break
            group = mine[p * PER_PACKAGE : (p + 1) * PER_PACKAGE]
            attach_photo(odb, uids[group[0]], b"\xff\xd8\xff\xe0" + os.urandom(PHOTO_BYTES - 4))
            export_package(odb, ctx, pkg_dir / f"o{o:03d}-p{p:02d}.oapkg", me, group)
            made += 1
        odb.close()
    coord.close()
    return work / "coordinator.sqlite3", pkg_dir


def merge_in_process(target: Path, pkg_dir: Path, fresh: Callable[[], None]) -> float:
    """The merge without the command's start-up (imports, argument parsing, printing)."""
    fresh()
    db = Database.open(target)
    start = time.perf_counter()
    report = merge_packages(db, [pkg_dir])
    elapsed = time.perf_counter() - start
    db.close()
    assert report.count("merged") == len(report.results), report.results[:3]
    return elapsed


def hash_floor(pkg_dir: Path) -> float:
    start = time.perf_counter()
    for p in sorted(pkg_dir.iterdir()):
        hashlib.sha256(p.read_bytes()).hexdigest()
    return time.perf_counter() - start


def sqlite_floor(work: Path, n: int) -> float:
    path = work / "floor.sqlite3"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, sha TEXT UNIQUE, data BLOB)")
    blobs = [os.urandom(PHOTO_BYTES) for _ in range(8)]
    start = time.perf_counter()
    for i in range(n):
        conn.execute("BEGIN")
        conn.execute("INSERT INTO photo (sha, data) VALUES (?, ?)", (str(i), blobs[i % 8]))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--packages", type=int, default=1000)
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-merge-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["OBSERVER_APP_DATA_DIR"] = str(work / "userdata")
    t0 = time.perf_counter()
    if (work / "packages").is_dir() and (work / "coordinator.sqlite3").is_file():
        template, pkg_dir = work / "coordinator.sqlite3", work / "packages"  # kept from before
    else:
        template, pkg_dir = build(work, args.packages)
    files = sorted(pkg_dir.iterdir())
    total_mb = sum(p.stat().st_size for p in files) / 1_048_576
    print(f"built {len(files)} packages ({total_mb:.0f} MB) in {time.perf_counter() - t0:.0f} s")
    target = work / "merge.sqlite3"

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.rmtree(work / "backups", ignore_errors=True)
        shutil.copy(template, target)

    env = {"OBSERVER_APP_DATA_DIR": str(work / "userdata")}
    merge = run_timed(
        "package merge (1 process)",
        observer_app("--db", str(target), "package", "merge", str(pkg_dir)),
        repeats=args.repeats,
        before=fresh,
        env=env,
    )
    assert f"{len(files)} packages: {len(files)} merged" in merge.output, merge.output[-500:]
    again = run_timed(
        "merge again (all already merged)",
        observer_app("--db", str(target), "package", "merge", str(pkg_dir)),
        repeats=args.repeats,
        env=env,
    )
    verify = run_timed(
        "package verify (nothing written)",
        observer_app("--db", str(target), "package", "verify", str(pkg_dir)),
        repeats=args.repeats,
        env=env,
    )
    in_process = statistics.median(
        merge_in_process(target, pkg_dir, fresh) for _ in range(args.repeats)
    )
    hashing = statistics.median(hash_floor(pkg_dir) for _ in range(args.repeats))
    floor = statistics.median(sqlite_floor(work, len(files)) for _ in range(args.repeats))
    rows = [
        (merge.label, merge.median, merge.peak_rss_mb),
        ("merge_packages() in this process", in_process, float("nan")),
        (again.label, again.median, again.peak_rss_mb),
        (verify.label, verify.median, verify.peak_rss_mb),
        ("floor: read + SHA-256 of every file", hashing, float("nan")),
        ("floor: raw sqlite3, 1 blob per transaction", floor, float("nan")),
    ]
    print(f"\n{len(files)} packages, {total_mb:.0f} MB, median of {args.repeats}:")
    print(f"{'step':45} {'seconds':>8} {'pkg/s':>8} {'peak MB':>8}")
    for label, seconds, rss in rows:
        print(f"{label:45} {seconds:8.2f} {len(files) / seconds:8.0f} {rss:8.0f}")
    goal = 10.0 * len(files) / 1000
    verdict = "meets" if merge.median <= goal else "MISSES"
    print(
        f"\nmerge: {merge.median:.2f} s for {len(files)} packages — {verdict} the {goal:.0f} s goal"
    )
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if merge.median <= goal else 1


if __name__ == "__main__":
    sys.exit(main())
