"""Official snapshots and the stations whose published figures changed between them.

Every import of official data is a snapshot; a re-import adds a revision (linked
to the new snapshot) only to the tallies whose figures changed. So the
revisions linked to snapshots are exactly the authority's later edits, which
the reconciliation reports: quietly changing published numbers is a finding.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from orjson import loads as load_values

from observer_app.errors import UserError
from observer_app.reconcile.findings import LineChange, OfficialRevision, SnapshotRef, TallyRef
from observer_app.reconcile.lines import line_name
from observer_app.reconcile.loading import snapshot_refs
from observer_app.reconcile.reader import ConnectionReader, Reader

if TYPE_CHECKING:
    from observer_app.storage.context import ElectionContext
    from observer_app.storage.db import Database


@dataclass(frozen=True, slots=True)
class SnapshotListing:
    snapshot: SnapshotRef
    rows: int  # tally revisions (stations) or contest totals stored with it


def list_snapshots(db: Database, ctx: ElectionContext) -> list[SnapshotListing]:
    """Every official snapshot of the election, oldest first, with how much each stored."""
    refs = snapshot_refs(db, ctx)
    with db.engine.connect() as conn:
        reader = ConnectionReader(conn)
        per_revisions = dict(reader.rows_in(_PER_REVISIONS, "ids", list(refs)))
        per_totals = dict(reader.rows_in(_PER_TOTALS, "ids", list(refs)))
    return [
        SnapshotListing(ref, per_revisions.get(sid, 0) + per_totals.get(sid, 0))
        for sid, ref in refs.items()
    ]


_PER_REVISIONS = (
    "SELECT snapshot_id, COUNT(*) FROM tally_revision WHERE snapshot_id IN :ids "
    "GROUP BY snapshot_id"
)
_PER_TOTALS = (
    "SELECT snapshot_id, COUNT(*) FROM contest_total WHERE snapshot_id IN :ids GROUP BY snapshot_id"
)
_HISTORY = """
    SELECT t.id, t.uid, s.code, s.contest_id, t.protocol_faulty,
           r.revision, r.values_json, r.snapshot_id
    FROM tally t
    JOIN tally_revision r ON r.tally_id = t.id
    JOIN station s ON s.id = t.station_id
    WHERE s.election_id = :e AND t.source = 'official' AND t.revision > 1
    ORDER BY t.id, r.revision
"""


@dataclass(frozen=True, slots=True)
class _Rev:
    revision: int
    values_json: str
    snapshot_id: int | None


def _official_history(
    reader: Reader, ctx: ElectionContext
) -> dict[tuple[int, str, str, int, bool], list[_Rev]]:
    """Revisions of every official tally that has more than one, oldest first.

    Keyed by (tally id, uid, station code, contest id, protocol faulty).
    """
    out: dict[tuple[int, str, str, int, bool], list[_Rev]] = defaultdict(list)
    for tid, uid, code, cid, faulty, rev, vj, snap in reader.rows(_HISTORY, e=ctx.id):
        out[(tid, uid, code, cid, bool(faulty))].append(_Rev(rev, vj, snap))
    return out


def _changes(ctx: ElectionContext, contest_id: int, before: str, after: str) -> list[LineChange]:
    contest = ctx.contests[contest_id]
    old, new = load_values(before), load_values(after)
    keys = [k for k in ctx.all_keys(contest) if k in old or k in new]
    keys += [k for k in (*old, *new) if k not in keys]
    return [
        LineChange(k, line_name(ctx, contest, k), old.get(k), new.get(k))
        for k in keys
        if old.get(k) != new.get(k)
    ]


def official_revisions(db: Database, ctx: ElectionContext) -> list[OfficialRevision]:
    """Each change of published station figures by a later snapshot, in import order."""
    with db.engine.connect() as conn:
        return read_official_revisions(ConnectionReader(conn), ctx)


# A revised tally has a revision row numbered 2 or more (they count from 1): this reads only
# the (tally, revision) index, where the history reads every tally (a tenth of the time)
_ANY_REVISED = "SELECT EXISTS (SELECT 1 FROM tally_revision WHERE revision > 1)"


def read_official_revisions(reader: Reader, ctx: ElectionContext) -> list[OfficialRevision]:
    """:func:`official_revisions` through ``reader``."""
    out: list[OfficialRevision] = []
    if not reader.rows(_ANY_REVISED)[0][0]:
        return out
    for (tid, uid, code, cid, faulty), revs in _official_history(reader, ctx).items():
        for prev, rev in itertools.pairwise(revs):
            changes = _changes(ctx, cid, prev.values_json, rev.values_json)
            if not changes:
                continue
            ref = TallyRef(tid, uid, "official", "", rev.revision, faulty, (), rev.snapshot_id)
            out.append(
                OfficialRevision(
                    code,
                    ctx.contests[cid].code,
                    ref,
                    prev.revision,
                    rev.revision,
                    prev.snapshot_id,
                    rev.snapshot_id,
                    tuple(changes),
                )
            )
    out.sort(key=lambda r: (r.to_snapshot_id or 0, r.station))
    return out


def revised_stations(
    db: Database, ctx: ElectionContext, old_snapshot: int, new_snapshot: int
) -> list[OfficialRevision]:
    """Stations whose official figures as of ``new_snapshot`` differ from ``old_snapshot``.

    The figures "as of" a snapshot are those of the newest revision imported
    with it or before it. Stations first published by the newer snapshot are
    not revisions and are left out.
    """
    refs = snapshot_refs(db, ctx)
    for sid in (old_snapshot, new_snapshot):
        if sid not in refs or refs[sid].kind != "stations":
            raise UserError(f"no station-level official snapshot #{sid} in election {ctx.code}")
    if old_snapshot >= new_snapshot:
        raise UserError("the first snapshot must be older than the second")
    out: list[OfficialRevision] = []
    with db.engine.connect() as conn:
        history = _official_history(ConnectionReader(conn), ctx)
    for (tid, uid, code, cid, faulty), revs in history.items():
        before = _as_of(revs, old_snapshot)
        after = _as_of(revs, new_snapshot)
        if before is None or after is None or before is after:
            continue
        changes = _changes(ctx, cid, before.values_json, after.values_json)
        if changes:
            ref = TallyRef(tid, uid, "official", "", after.revision, faulty, (), after.snapshot_id)
            out.append(
                OfficialRevision(
                    code,
                    ctx.contests[cid].code,
                    ref,
                    before.revision,
                    after.revision,
                    old_snapshot,
                    new_snapshot,
                    tuple(changes),
                )
            )
    out.sort(key=lambda r: r.station)
    return out


def _as_of(revs: list[_Rev], snapshot: int) -> _Rev | None:
    found = None
    for rev in revs:
        if rev.snapshot_id is not None and rev.snapshot_id > snapshot:
            break
        found = rev
    return found
