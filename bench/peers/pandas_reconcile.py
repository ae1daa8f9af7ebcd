"""Peer: pandas merge-and-compare of official and observer tables in the canonical layout.

Both CSVs have a ``station`` column and one column per line/candidate; the
output is the number of differing (station, line) pairs, as reconcile finds.
"""

import sys

import pandas as pd

official = pd.read_csv(sys.argv[1], dtype={"station": str})
observed = pd.read_csv(sys.argv[2], dtype={"station": str})
merged = official.merge(observed, on="station", suffixes=("_off", "_obs"))
lines = [c for c in official.columns if c != "station" and c in observed.columns]
found = 0
for line in lines:
    diff = merged[f"{line}_off"] - merged[f"{line}_obs"]
    found += int((diff != 0).sum())
print(found)
