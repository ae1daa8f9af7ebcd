"""Peer: the csv module and sqlite3.executemany, no validation, one table, one transaction."""

import csv
import io
import sqlite3
import sys
import zipfile

src, db = sys.argv[1], sys.argv[2]
if src.endswith(".zip"):
    with zipfile.ZipFile(src) as zf:
        text = zf.read(zf.namelist()[0]).decode("utf-8")
else:
    with open(src, encoding="utf-8") as f:
        text = f.read()
reader = csv.reader(io.StringIO(text))
header = next(reader)
rows = list(reader)
cols = ", ".join(f"c{i}" for i in range(len(header)))
with sqlite3.connect(db) as conn:
    conn.execute(f"CREATE TABLE results ({cols})")
    conn.executemany(f"INSERT INTO results VALUES ({', '.join('?' * len(header))})", rows)
print(len(rows))
