"""Floor: the least a station-by-station comparison out of Observer App's database has to do.

Not a rival but a lower bound for ``reconcile``, in bare ``sqlite3`` + ``json``
(no SQLAlchemy, no forms, no numpy): one join of every official tally with the
observer copy of its station, the stored figures texts compared, and only the
copies whose text differs parsed and compared figure by figure. The output is
the number of differing (station, line) pairs, as the pandas peer prints.

It leaves out what ``reconcile`` also does: the newest revision and several
copies per station, coordinators' resolutions, the control relations of every
official and observer copy, contest totals and outcome impact, coverage, the
provenance of each finding (tally, observer, photos, snapshot) and the report.
Usage: ``floor_reconcile.py DATABASE.sqlite3``.
"""

import json
import sqlite3
import sys

conn = sqlite3.connect(sys.argv[1])
pairs = conn.execute(
    "SELECT o.values_json, b.values_json FROM tally o"
    " JOIN tally b ON b.station_id = o.station_id AND b.source = 'observer'"
    " WHERE o.source = 'official' AND o.values_json != b.values_json"
).fetchall()
found = 0
for official, observed in pairs:
    off, obs = json.loads(official), json.loads(observed)
    found += sum(1 for key, value in obs.items() if off.get(key, value) != value)
print(found)
