"""The coordinator's register of observers: who may send packages, by key fingerprint.

A fingerprint is accepted after the coordinator has checked it with the
observer (in person or read over the phone). Accepting merges the packages
that waited in quarantine; revoking refuses that key's future packages and
keeps everything already merged (nothing is ever deleted).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, insert, select, update

from observer_app.domain import tables as t
from observer_app.domain.values import utcnow
from observer_app.errors import UserError
from observer_app.identity import normalise_fingerprint
from observer_app.packages.merge import ElectionCache, PackageResult, merge_verified
from observer_app.packages.verify import PackageRefused, open_package
from observer_app.progress import Progress
from observer_app.storage import audit
from observer_app.storage.db import Database

STATUSES = ("accepted", "quarantined", "revoked")


@dataclass(frozen=True)
class ObserverEntry:
    id: int
    name: str
    organisation: str
    fingerprint: str
    public_key: str
    status: str
    added_at: datetime
    merged: int  # packages merged
    waiting: int  # packages in quarantine


@dataclass(frozen=True)
class ReceivedPackage:
    id: int
    file_name: str
    fingerprint: str
    observer: str
    election: str
    status: str
    received_at: datetime
    merged_at: datetime | None
    manifest_sha256: str


def list_observers(db: Database) -> list[ObserverEntry]:
    ob, mp = t.observer.c, t.merged_package.c
    with db.session() as s:
        tallies: dict[tuple[str, str], int] = {
            (fp, st): n
            for fp, st, n in s.execute(
                select(mp.observer_fingerprint, mp.status, func.count()).group_by(
                    mp.observer_fingerprint, mp.status
                )
            )
        }
        rows = s.execute(
            select(
                ob.id,
                ob.name,
                ob.organisation,
                ob.fingerprint,
                ob.public_key,
                ob.status,
                ob.added_at,
            ).order_by(ob.name, ob.fingerprint)
        ).all()
    return [
        ObserverEntry(
            r.id,
            r.name,
            r.organisation,
            r.fingerprint,
            r.public_key,
            r.status,
            r.added_at,
            tallies.get((r.fingerprint, "merged"), 0),
            tallies.get((r.fingerprint, "quarantined"), 0),
        )
        for r in rows
    ]


def find_observer(db: Database, fingerprint: str) -> ObserverEntry | None:
    fp = normalise_fingerprint(fingerprint)
    return next((o for o in list_observers(db) if o.fingerprint == fp), None)


def add_observer(
    db: Database,
    fingerprint: str,
    name: str,
    organisation: str = "",
    *,
    actor: str | None = None,
) -> ObserverEntry:
    """Register an observer by the fingerprint they read out, before any package arrives."""
    fp = normalise_fingerprint(fingerprint)
    name = name.strip()
    if not name:
        raise UserError("give the observer's name")
    with db.session() as s:
        if s.execute(select(t.observer.c.id).where(t.observer.c.fingerprint == fp)).first():
            raise UserError(f"{fp} is already in the register (use accept or revoke)")
        s.execute(
            insert(t.observer),
            [
                {
                    "name": name,
                    "organisation": organisation.strip(),
                    "fingerprint": fp,
                    "public_key": "",
                    "status": "accepted",
                    "added_at": utcnow(),
                }
            ],
        )
        audit.record(
            s,
            "observer.add",
            entity="observer",
            entity_uid=fp,
            details={"name": name, "organisation": organisation.strip(), "status": "accepted"},
            actor=actor,
        )
    entry = find_observer(db, fp)
    assert entry is not None
    return entry


def _set_status(
    db: Database,
    fingerprint: str,
    status: str,
    *,
    name: str | None,
    organisation: str | None,
    reason: str,
    actor: str | None,
) -> str:
    fp = normalise_fingerprint(fingerprint)
    ob = t.observer.c
    with db.session() as s:
        row = s.execute(
            select(ob.id, ob.name, ob.organisation, ob.status).where(ob.fingerprint == fp)
        ).first()
        if row is None:
            if status != "accepted" or not (name and name.strip()):
                raise UserError(
                    f"{fp} is not in the register"
                    + ("; give --name to add it" if status == "accepted" else "")
                )
            s.execute(
                insert(t.observer),
                [
                    {
                        "name": name.strip(),
                        "organisation": (organisation or "").strip(),
                        "fingerprint": fp,
                        "public_key": "",
                        "status": status,
                        "added_at": utcnow(),
                    }
                ],
            )
            before = None
        else:
            values: dict[str, str] = {"status": status}
            if name is not None and name.strip():
                values["name"] = name.strip()
            if organisation is not None:
                values["organisation"] = organisation.strip()
            s.execute(update(t.observer).where(ob.id == row.id).values(**values))
            before = row.status
        audit.record(
            s,
            f"observer.{'accept' if status == 'accepted' else 'revoke'}",
            entity="observer",
            entity_uid=fp,
            details={
                "status": status,
                "previous_status": before,
                "name": name,
                "organisation": organisation,
                "reason": reason,
            },
            actor=actor,
        )
    return fp


def accept(
    db: Database,
    fingerprint: str,
    *,
    name: str | None = None,
    organisation: str | None = None,
    actor: str | None = None,
    progress: Progress | None = None,
) -> list[PackageResult]:
    """Accept a fingerprint and merge the packages it has waiting in quarantine."""
    fp = _set_status(
        db, fingerprint, "accepted", name=name, organisation=organisation, reason="", actor=actor
    )
    return merge_quarantined(db, fp, actor=actor, progress=progress)


def revoke(db: Database, fingerprint: str, reason: str = "", *, actor: str | None = None) -> None:
    _set_status(
        db, fingerprint, "revoked", name=None, organisation=None, reason=reason, actor=actor
    )


def merge_quarantined(
    db: Database,
    fingerprint: str,
    *,
    actor: str | None = None,
    progress: Progress | None = None,
) -> list[PackageResult]:
    """Merge what waited for ``fingerprint``, from the verified copies kept in the database."""
    mp = t.merged_package.c
    with db.session() as s:
        waiting = s.execute(
            select(mp.id, mp.file_name, mp.manifest_sha256)
            .where(mp.observer_fingerprint == fingerprint, mp.status == "quarantined")
            .order_by(mp.id)
        ).all()
    elections = ElectionCache(db)
    backed_up: list[Path | None] = []

    def before_write() -> None:
        if not backed_up:
            backed_up.append(db.backup_before("merge"))

    results: list[PackageResult] = []
    for i, (pid, file_name, sha) in enumerate(waiting):
        if progress is not None:
            progress.update(i, len(waiting), file_name)
        results.append(_merge_stored(db, pid, file_name, sha, elections, before_write, actor))
    return results


def _merge_stored(
    db: Database,
    pid: int,
    file_name: str,
    sha: str,
    elections: ElectionCache,
    before_write: Callable[[], None],
    actor: str | None,
) -> PackageResult:
    with db.session() as s:
        payload = s.execute(
            select(t.merged_package.c.payload).where(t.merged_package.c.id == pid)
        ).scalar()
    if not payload:
        return PackageResult(file_name, "refused", "the kept copy is missing", reason="unreadable")
    try:
        with open_package(payload, elections, name=file_name) as pkg:
            if pkg.manifest_sha256 != sha:
                raise PackageRefused(
                    "the kept copy does not match the manifest recorded when it arrived",
                    reason="hash-mismatch",
                    where=file_name,
                )
            return merge_verified(db, pkg, before_write=before_write, actor=actor)
    except PackageRefused as exc:
        return PackageResult(file_name, "refused", str(exc), reason=exc.reason)


def received_packages(db: Database, status: str | None = None) -> list[ReceivedPackage]:
    mp, ob = t.merged_package.c, t.observer.c
    q = (
        select(
            mp.id,
            mp.file_name,
            mp.observer_fingerprint,
            ob.name,
            mp.election_code,
            mp.status,
            mp.received_at,
            mp.merged_at,
            mp.manifest_sha256,
        )
        .join(t.observer, ob.fingerprint == mp.observer_fingerprint, isouter=True)
        .order_by(mp.id)
    )
    if status:
        q = q.where(mp.status == status)
    with db.session() as s:
        return [
            ReceivedPackage(
                r.id,
                r.file_name,
                r.observer_fingerprint,
                r.name or "",
                r.election_code,
                r.status,
                r.received_at,
                r.merged_at,
                r.manifest_sha256,
            )
            for r in s.execute(q)
        ]
