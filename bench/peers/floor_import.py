"""Floor: the least any official import into Observer App's data model has to do.

Not a rival but a lower bound for ``tallies import``, in bare ``csv`` + ``sqlite3``
(no SQLAlchemy, no pydantic, no mapping resolution, no progress, no backup):
the file's SHA-256 (provenance), every station code looked up in the election,
every figure cell accepted only as a plain count, the canonical figures text,
one tally per station with its first revision (who, when, which file and
snapshot) into the app's own tables with their indexes and foreign keys, the
snapshot row, one audit entry, ``ANALYZE``, one transaction.

It leaves out what the app also does: the backup before writing, duplicate
stations, blank and foreign-candidate cells, messages naming file, row and
column, the hash chain's read of the previous entry, revisions of an earlier
import. Usage: ``floor_import.py FILE.csv.zip ELECTION.sqlite3`` (a copy of the
election's database, the app's schema, no tallies yet).
"""

import csv
import hashlib
import io
import json
import os
import re
import sqlite3
import sys
import time
import zipfile
from datetime import UTC, datetime
from operator import itemgetter

src, db = sys.argv[1], sys.argv[2]
data = open(src, "rb").read()  # noqa: SIM115 - read once, closed by exit
sha = hashlib.sha256(data).hexdigest()
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    text = zf.read(zf.namelist()[0]).decode("utf-8")
reader = csv.reader(io.StringIO(text))
header = next(reader)
region, uik = header.index("region"), header.index("uik")
first_line = header.index("Число избирателей, включенных в список избирателей")
url = header.index("url")
figures = list(range(first_line, url))  # lines 1-12, then the candidates in ballot order
keys = [f"L{i}" for i in range(1, 13)] + [f"#{n}" for n in range(1, len(figures) - 11)]
template = "{" + ",".join(f'"{k}":%s' for k in keys) + "}"

conn = sqlite3.connect(db, isolation_level=None)
conn.execute("PRAGMA foreign_keys=ON")
conn.execute("PRAGMA synchronous=NORMAL")
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("PRAGMA cache_size=-131072")
conn.execute("BEGIN IMMEDIATE")
election_id = conn.execute("SELECT id FROM election").fetchone()[0]
stations = dict(conn.execute("SELECT code, id FROM station WHERE election_id = ?", (election_id,)))

now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
prefix = f"{time.time_ns() // 1_000_000:012x}"
get = itemgetter(*figures)
counts = re.compile(" ".join([r"(?:0|[1-9][0-9]{0,8})"] * len(figures)))
rows = []
for row in reader:
    cells = get(row)
    if not counts.fullmatch(" ".join(cells)):  # plain counts: already their JSON text
        sys.exit(f"row {reader.line_num}: not a count")
    rows.append((stations[f"{row[region]}/{row[uik]}"], template % cells))
raw = os.urandom(10 * len(rows)).hex()
uids = sorted(prefix + raw[i : i + 20] for i in range(0, 20 * len(rows), 20))

snapshot = conn.execute(
    "INSERT INTO snapshot (election_id, kind, imported_at, file_name, sha256, label, imported_by)"
    " VALUES (?, 'stations', ?, ?, ?, '', '')",
    (election_id, now, os.path.basename(src), sha),
).lastrowid
before = conn.execute("SELECT coalesce(max(id), 0) FROM tally").fetchone()[0]
conn.executemany(
    "INSERT INTO tally (uid, station_id, source, observer, observer_fingerprint, status,"
    " revision, values_json, protocol_faulty, created_at, updated_at)"
    " VALUES (?, ?, 'official', '', '', 'final', 1, ?, 0, ?, ?)",
    [(uid, sid, vj, now, now) for uid, (sid, vj) in zip(uids, rows, strict=True)],
)
conn.execute(
    "INSERT INTO tally_revision (tally_id, revision, values_json, entered_by, entered_at, machine,"
    " origin, origin_file, origin_sha256, snapshot_id, protocol_faulty, note)"
    " SELECT id, revision, values_json, '', ?, '', 'import', ?, ?, ?, 0, '' FROM tally"
    " WHERE id > ? ORDER BY id",
    (now, os.path.basename(src), sha, snapshot, before),
)
details = json.dumps({"file": os.path.basename(src), "sha256": sha, "created": len(rows)})
conn.execute(
    "INSERT INTO audit_entry (at, actor, machine, action, entity, entity_uid, details_json,"
    " prev_hash, hash) VALUES (?, '', '', 'tallies.import', 'election', '', ?, '', ?)",
    (now, details, hashlib.sha256(details.encode()).hexdigest()),
)
conn.execute("ANALYZE tally")
conn.execute("ANALYZE tally_revision")
conn.execute("COMMIT")
print(len(rows))
