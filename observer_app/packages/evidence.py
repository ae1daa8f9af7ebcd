"""Re-checking that merged figures still match the signed packages they came from.

Every received package keeps its manifest, signature and ``tallies.json``
exactly as signed. This re-verifies each signature, the manifest's hash of
``tallies.json``, that every revision it carried is in the database unchanged,
and that every stored photo still has the SHA-256 it is filed under. With the
audit chain this proves, for a complaint, that a figure is what the observer
signed.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.identity import fingerprint, verify_signature
from observer_app.packages.format import (
    PROVENANCE,
    TALLIES,
    parse_time,
    revision_columns,
    revision_key,
    stored_revision_key,
)
from observer_app.progress import Progress, report
from observer_app.storage.db import Database


@dataclass
class EvidenceReport:
    packages: int = 0
    revisions: int = 0
    photos: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _stored_revisions(db: Database) -> dict[tuple[str, int], tuple[Any, ...]]:
    tc, rc = t.tally.c, t.tally_revision.c
    with db.session() as s:
        return {
            (r[0], r[1]): stored_revision_key(r[2:])
            for r in s.execute(
                select(tc.uid, rc.revision, *revision_columns()).join(t.tally, tc.id == rc.tally_id)
            )
        }


def verify_evidence(db: Database, progress: Progress | None = None) -> EvidenceReport:
    out = EvidenceReport()
    mp, pc = t.merged_package.c, t.photo.c
    with db.session() as s:
        rows = s.execute(
            select(
                mp.id,
                mp.file_name,
                mp.status,
                mp.manifest_sha256,
                mp.manifest_json,
                mp.signature,
                mp.tallies_json,
                mp.observer_fingerprint,
            ).order_by(mp.id)
        ).all()
    stored = _stored_revisions(db) if rows else {}
    for i, r in enumerate(rows):
        report(progress, i, len(rows), r.file_name)
        out.packages += 1
        label = f"package #{r.id} ({r.file_name})"
        problem = _check_package(r, stored, out)
        if problem:
            out.problems.append(f"{label}: {problem}")
    with db.session() as s:
        for pid, sha, data in s.execute(select(pc.id, pc.sha256, pc.data).order_by(pc.id)):
            out.photos += 1
            if hashlib.sha256(data).hexdigest() != sha:
                out.problems.append(f"photo #{pid}: its bytes no longer match SHA-256 {sha}")
    return out


def _check_package(
    r: Any, stored: dict[tuple[str, int], tuple[Any, ...]], out: EvidenceReport
) -> str:
    raw = r.manifest_json.encode("utf-8")
    if hashlib.sha256(raw).hexdigest() != r.manifest_sha256:
        return "the stored manifest does not match its recorded hash"
    manifest = json.loads(raw)
    obs = manifest["observer"]
    if (
        obs["fingerprint"] != r.observer_fingerprint
        or fingerprint(base64.b64decode(obs["public_key"])) != obs["fingerprint"]
    ):
        return "the manifest's key does not match the recorded fingerprint"
    if not verify_signature(obs["public_key"], base64.b64decode(r.signature), raw):
        return "the signature over the stored manifest does not verify"
    member = next((m for m in manifest["members"] if m["path"] == TALLIES), None)
    tallies_raw = r.tallies_json.encode("utf-8")
    if member is None or hashlib.sha256(tallies_raw).hexdigest() != member["sha256"]:
        return "the stored tallies.json is not the one the manifest signed"
    if r.status != "merged":
        return ""
    for tally in json.loads(tallies_raw)["tallies"]:
        for rev in tally["revisions"]:
            out.revisions += 1
            got = stored.get((tally["uid"], rev["revision"]))
            want = revision_key(
                rev["values"],
                *(
                    parse_time(rev[n], "evidence") if n == "entered_at" else rev[n]
                    for n in PROVENANCE
                ),
            )
            if got != want:
                state = "is missing" if got is None else "differs from what was signed"
                where = f"tally {tally['uid']} ({tally['station']})"
                return f"revision {rev['revision']} of {where} {state}"
    return ""
