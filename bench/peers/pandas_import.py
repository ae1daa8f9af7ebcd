"""Peer: pandas read_csv + to_sql of the official file into a fresh SQLite table."""

import sqlite3
import sys

import pandas as pd

src, db = sys.argv[1], sys.argv[2]
frame = pd.read_csv(src, compression="zip" if src.endswith(".zip") else "infer")
with sqlite3.connect(db) as conn:
    frame.to_sql("results", conn, if_exists="replace", index=False, chunksize=20_000)
print(len(frame))
