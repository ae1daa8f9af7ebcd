"""One station laid out for a side-by-side look: official figures, each observer copy, photos.

Used when an analyst opens a finding: every line in protocol order with the
official value, each copy's value, the coordinator's resolved value and the
difference, and the photos (by hash) behind each copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.reconcile.findings import PhotoRef
from observer_app.reconcile.lines import line_label, short_label
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import load_values


@dataclass
class Copy:
    uid: str
    source: str
    observer: str
    revision: int
    values: dict[str, int]
    photos: list[PhotoRef] = field(default_factory=list)
    snapshot: str = ""  # the official snapshot's file name, for official figures


@dataclass
class StationDetail:
    code: str
    name: str
    contest: str
    contest_name: str
    keys: list[str]  # protocol order
    labels: dict[str, str]  # full labels ("7. Number of ballots in portable boxes")
    short: dict[str, str]  # column-width labels ("7 in portable boxes")
    official: Copy | None
    copies: list[Copy]  # observer copies, oldest first
    resolved: dict[str, int]  # coordinator's decisions between copies

    def observer_value(self, key: str) -> int | None:
        """The value reconciliation uses: the resolution, else the value all copies agree on."""
        if key in self.resolved:
            return self.resolved[key]
        values = {c.values.get(key) for c in self.copies}
        return values.pop() if len(values) == 1 else None

    def difference(self, key: str) -> int | None:
        obs = self.observer_value(key)
        off = self.official.values.get(key) if self.official else None
        return None if obs is None or off is None else off - obs


def station_detail(
    db: Database, ctx: ElectionContext, code: str, lang: str = "en"
) -> StationDetail:
    st = ctx.stations[code]
    contest = ctx.contests[st.contest_id]
    tc, r, sn, p, tp = t.tally.c, t.tally_revision.c, t.snapshot.c, t.photo.c, t.tally_photo.c
    with db.session() as s:
        name = s.execute(select(t.station.c.name).where(t.station.c.id == st.id)).scalar_one()
        rows = s.execute(
            select(tc.id, tc.uid, tc.source, tc.observer, tc.revision, tc.values_json, sn.file_name)
            .outerjoin(t.tally_revision, (r.tally_id == tc.id) & (r.revision == tc.revision))
            .outerjoin(t.snapshot, sn.id == r.snapshot_id)
            .where(tc.station_id == st.id, tc.status == "final")
            .where(tc.source.in_(("observer", "official")))
            .order_by(tc.id)
        ).all()
        photos: dict[int, list[PhotoRef]] = {}
        ids = [row[0] for row in rows]
        for tally_id, file_name, sha in s.execute(
            select(tp.tally_id, p.file_name, p.sha256)
            .join(t.photo, p.id == tp.photo_id)
            .where(tp.tally_id.in_(ids))
            .order_by(tp.id)
        ).all():
            photos.setdefault(tally_id, []).append(PhotoRef(file_name, sha))
        rc = t.resolution.c
        resolved = {
            key: value
            for key, value in s.execute(
                select(rc.key, rc.value)
                .where(rc.station_id == st.id, rc.scope == "observers")
                .order_by(rc.resolved_at, rc.id)
            ).all()
        }
    official: Copy | None = None
    copies: list[Copy] = []
    for tid, uid, source, observer, revision, vj, snap in rows:
        copy = Copy(
            uid, source, observer, revision, load_values(vj), photos.get(tid, []), snap or ""
        )
        if source == "official":
            official = copy
        else:
            copies.append(copy)
    keys = list(ctx.all_keys(contest))
    return StationDetail(
        code,
        name,
        contest.code,
        contest.name,
        keys,
        {k: line_label(ctx, contest, k, lang) for k in keys},
        {k: short_label(ctx, contest, k, lang) for k in keys},
        official,
        copies,
        resolved,
    )
