"""Benchmark: comparing blind double entry over a national-size election.

Builds N stations (default 100,000) each with an observer entry and a blind
second entry (one station in seven differs on one figure), then times, in this
process, median of repeats:

- ``double_entry_states``: the comparison of every pair (what the navigator's
  "double-entered, matching / differing" statuses need);
- ``error_rates``: the per-operator report over the same pairs;
- the floor in the same run: raw sqlite3 fetching the same tally and revision
  columns, no comparison at all.

    python bench/double_entry.py [--stations 100000] [--repeats 3]
"""

from __future__ import annotations

import argparse
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

from observer_app.entry.double_entry import double_entry_states  # noqa: E402
from observer_app.entry.error_rates import error_rates  # noqa: E402
from observer_app.storage.db import Database  # noqa: E402
from observer_app.storage.tallies import Provenance, write_tallies  # noqa: E402
from tests.entry_support import one_contest_election  # noqa: E402
from tests.factories import kz_values  # noqa: E402


def _median(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stations", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    n = args.stations
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        db = Database.open(path)
        codes = [f"S{i:06d}" for i in range(n)]
        ctx = one_contest_election(
            db, "bench", "Bench", ["One", "Two"], [{"code": c} for c in codes]
        )
        write_tallies(
            db,
            ctx,
            [(c, "observer", "obs", kz_values()) for c in codes],
            Provenance(entered_by="aigerim", origin="gui"),
        )
        write_tallies(
            db,
            ctx,
            [
                (c, "second-entry", "k", kz_values(V=1000 + (i % 7 == 0)))
                for i, c in enumerate(codes)
            ],
            Provenance(entered_by="bolat", origin="second-entry"),
        )
        states = _median(lambda: double_entry_states(db, ctx), args.repeats)
        rates = _median(lambda: error_rates(db, ctx), args.repeats)

        def floor() -> None:
            with sqlite3.connect(path) as con:
                con.execute(
                    "SELECT id, uid, station_id, source, values_json FROM tally "
                    "ORDER BY updated_at, id"
                ).fetchall()
                con.execute(
                    "SELECT tally_id, revision, entered_by, origin FROM tally_revision "
                    "ORDER BY tally_id, revision"
                ).fetchall()
            con.close()

        raw = _median(floor, args.repeats)
        db.close()
    print(f"{n:,} stations double-entered, median of {args.repeats}:")
    print(f"  double_entry_states        {states:6.2f} s")
    print(f"  error_rates                {rates:6.2f} s")
    print(f"  floor: raw sqlite3 fetch   {raw:6.2f} s")


if __name__ == "__main__":
    main()
