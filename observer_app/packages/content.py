"""The merged content of a database, free of what depends on the order of merging.

Row ids, the time a package was received and the audit log differ with the
order packages arrive in; what they brought must not. This is the content
that "any order, any number of repeats, same database" is judged on: tallies
by uid, revisions by (uid, revision) with their provenance, photos by SHA-256
(with a hash of their bytes), photo links, received packages by manifest hash,
the register by fingerprint, and decisions by uid.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.packages.format import iso, revision_columns, stored_revision_key
from observer_app.storage.db import Database
from observer_app.storage.tallies import load_values


def database_content(db: Database) -> dict[str, dict[Any, Any]]:
    tc, rc, pc, lc, sc = t.tally.c, t.tally_revision.c, t.photo.c, t.tally_photo.c, t.station.c
    mp, ob, res = t.merged_package.c, t.observer.c, t.resolution.c
    out: dict[str, dict[Any, Any]] = {}
    with db.session() as s:
        uid_of: dict[int, str] = {}
        tallies: dict[str, tuple[Any, ...]] = {}
        for r in s.execute(
            select(
                tc.id,
                tc.uid,
                sc.code,
                tc.source,
                tc.observer,
                tc.observer_fingerprint,
                tc.status,
                tc.revision,
                tc.values_json,
                tc.protocol_faulty,
                tc.created_at,
                tc.updated_at,
            ).join(t.station, sc.id == tc.station_id)
        ):
            uid_of[r.id] = r.uid
            tallies[r.uid] = (
                r.code,
                r.source,
                r.observer,
                r.observer_fingerprint,
                r.status,
                r.revision,
                load_values(r.values_json),
                bool(r.protocol_faulty),
                iso(r.created_at),
                iso(r.updated_at),
            )
        out["tallies"] = tallies
        out["revisions"] = {
            (uid_of[r[0]], r[1]): stored_revision_key(r[2:])
            for r in s.execute(select(rc.tally_id, rc.revision, *revision_columns()))
        }
        sha_of: dict[int, str] = {}
        photos: dict[str, tuple[Any, ...]] = {}
        for r in s.execute(select(pc.id, pc.sha256, pc.mime, pc.size, pc.data)):
            sha_of[r.id] = r.sha256
            photos[r.sha256] = (r.mime, r.size, hashlib.sha256(r.data).hexdigest())
        out["photos"] = photos
        out["photo_links"] = {
            (uid_of[r.tally_id], sha_of[r.photo_id]): r.revision
            for r in s.execute(select(lc.tally_id, lc.photo_id, lc.revision))
        }
        out["packages"] = {
            r.manifest_sha256: (r.status, r.observer_fingerprint, r.election_code)
            for r in s.execute(
                select(mp.manifest_sha256, mp.status, mp.observer_fingerprint, mp.election_code)
            )
        }
        out["observers"] = {
            r.fingerprint: (r.status, r.public_key)
            for r in s.execute(select(ob.fingerprint, ob.status, ob.public_key))
        }
        out["resolutions"] = {
            r.uid: (r.code, r.scope, r.key, r.value, r.reason, r.competing_json)
            for r in s.execute(
                select(
                    res.uid, sc.code, res.scope, res.key, res.value, res.reason, res.competing_json
                ).join(t.station, sc.id == res.station_id)
            )
        }
    return out
