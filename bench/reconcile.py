"""Benchmark: reconcile 97,699 official tallies against 97,699 observer copies.

Builds the national case through the app's real import path: the election and
its official figures from the Russia 2018 file (mapping ``ru-cik-wide``), then
an observer copy of every station with about 1 % of the stations changed on
one figure. Times ``reconcile`` (load from the database, compare, every
finding) against the peer in the same run: a pandas script that reads both
tables, merges them on the station and compares every column.

    python bench/reconcile.py [--repeats 3] [--keep DIR]

Prints a table of figures and ratios; skips with a message when the real file
is absent.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REAL = REPO.parent / "shared" / "data" / "real" / "ru_president_2018_uik.csv.zip"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from observer_app.importing.elections import import_election  # noqa: E402
from observer_app.importing.tally_import import import_tallies  # noqa: E402
from observer_app.storage.db import Database  # noqa: E402
from observer_app.storage.elections import ElectionContext, load_context  # noqa: E402

MAPPING = "ru-cik-wide"
Changed = dict[tuple[str, str], tuple[int, int]]  # (station, key) -> (official, observer)


def slice_file(src: Path, out: Path, rows: int) -> Path:
    """The header and the first ``rows`` stations of the real file, as a plain CSV."""
    with zipfile.ZipFile(src) as zf, zf.open(zf.namelist()[0]) as raw:
        reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))
        with out.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            for i, row in enumerate(reader):
                if i > rows:
                    break
                w.writerow(row)
    return out


def load_official(db: Database, path: Path, code: str = "ru-2018") -> ElectionContext:
    import_election(db, path, mapping=MAPPING, code=code, name="Russia presidential 2018")
    ctx = load_context(db, code)
    import_tallies(db, ctx, path, source="official", mapping=MAPPING, label="CEC of Russia")
    return ctx


def canonical_header(ctx: ElectionContext) -> tuple[list[str], list[str]]:
    """Header of a canonical tally file and the figure key of each figure column."""
    contest = next(iter(ctx.contests.values()))
    keys = list(ctx.all_keys(contest))
    names = {c.key: c.name for c in contest.candidates}
    return ["station", *(names.get(k, k) for k in keys)], keys


def official_rows(db: Database, ctx: ElectionContext) -> dict[str, dict[str, int]]:
    from observer_app.storage.tallies import current_tallies

    by_id = ctx.stations_by_id
    return {by_id[t.station_id].code: t.values for t in current_tallies(db, ctx, "official")}


def write_canonical(
    path: Path, header: list[str], keys: list[str], rows: dict[str, dict[str, int]]
) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for code, values in rows.items():
            w.writerow([code, *(values.get(k, "") for k in keys)])


def observer_copies(
    official: dict[str, dict[str, int]],
    keys: list[str],
    *,
    share: float = 0.01,
    stations: list[str] | None = None,
    seed: int = 2018,
) -> tuple[dict[str, dict[str, int]], Changed]:
    """Copies of ``stations`` (default: all) with ``share`` of them changed on one figure."""
    rnd = random.Random(seed)
    chosen = stations if stations is not None else list(official)
    copies: dict[str, dict[str, int]] = {}
    changed: Changed = {}
    for code in chosen:
        values = dict(official[code])
        if rnd.random() < share:
            key = rnd.choice(keys)
            new = values[key] + rnd.choice((-1, 1)) * rnd.randint(1, 50)
            if new < 0:
                new = values[key] + rnd.randint(1, 50)
            changed[(code, key)] = (values[key], new)
            values[key] = new
        copies[code] = values
    return copies, changed


def median_time(fn: Callable[[], object], repeats: int) -> tuple[float, float, object]:
    """Median wall and CPU seconds of ``repeats`` calls, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(repeats):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), result


def pandas_peer(official_csv: Path, observer_csv: Path) -> int:
    """Read both tables, merge on the station, count differing (station, figure) pairs."""
    import pandas as pd

    off = pd.read_csv(official_csv, dtype={"station": str})
    obs = pd.read_csv(observer_csv, dtype={"station": str})
    merged = off.merge(obs, on="station", suffixes=("_off", "_obs"))
    found = 0
    for col in off.columns[1:]:
        found += int((merged[f"{col}_off"] != merged[f"{col}_obs"]).sum())
    return found


def build(work: Path) -> tuple[Database, ElectionContext, Path, Path, Changed]:
    db = Database.open(work / "bench.sqlite3")
    t0 = time.perf_counter()
    ctx = load_official(db, REAL)
    print(f"  election + official figures imported in {time.perf_counter() - t0:.1f} s")
    header, keys = canonical_header(ctx)
    official = official_rows(db, ctx)
    copies, changed = observer_copies(official, keys)
    official_csv, observer_csv = work / "official.csv", work / "observer.csv"
    write_canonical(official_csv, header, keys, official)
    write_canonical(observer_csv, header, keys, copies)
    t0 = time.perf_counter()
    import_tallies(db, ctx, observer_csv, source="observer", observer="Bench observer")
    print(f"  observer copies imported in {time.perf_counter() - t0:.1f} s")
    return db, ctx, official_csv, observer_csv, changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = ap.parse_args(argv)
    if not REAL.is_file():
        print(f"SKIP: the real Russia 2018 file is not present ({REAL})")
        return 0
    from observer_app.reconcile import reconcile

    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print("building the national case from", REAL.name)
        db, ctx, official_csv, observer_csv, changed = build(work)
        ours, ours_cpu, rep = median_time(lambda: reconcile(db, ctx), args.repeats)
        peer, peer_cpu, peer_found = median_time(
            lambda: pandas_peer(official_csv, observer_csv), args.repeats
        )
        found = {(d.station, d.key): (d.official, d.observer) for d in rep.discrepancies}  # type: ignore[attr-defined]
        exact = found == changed
        met = ours <= 2 and ours <= peer
        print()
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"{'step':40} {'wall s':>7} {'cpu s':>7} {'ratio':>7}")
        print(
            f"{'reconcile 97,699 x 97,699 (ours)':40} {ours:7.2f} {ours_cpu:7.2f} "
            f"{ours / peer:7.2f}"
        )
        print(
            f"{'pandas read_csv + merge + compare (peer)':40} {peer:7.2f} {peer_cpu:7.2f} {1:7.2f}"
        )
        print(f"goal: ours <= 2 s and <= 1.0x pandas: {'met' if met else 'NOT met'}")
        print(
            f"findings: {len(found):,} discrepancies (planted {len(changed):,}, exact: {exact}); "
            f"pandas counted {peer_found:,}"
        )
        db.close()
    return 0 if exact else 1


if __name__ == "__main__":
    sys.exit(main())
