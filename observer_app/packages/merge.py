"""Merging verified report packages into the coordinator's database.

Each package goes in whole or not at all, in one transaction. Tallies are
identified by ``uid`` and revisions by ``(uid, revision)``: a revision already
present must be identical (else the package is refused as a conflict), a new
one is added, nothing is ever overwritten or deleted. A tally's current state
is its highest revision, so any order of the same packages, merged any number
of times, leaves the same content. Copies of one station from different
observers are separate tallies; :mod:`observer_app.conflicts` compares them.

A package signed by a key the register does not accept yet goes to quarantine:
the verified archive is kept in ``merged_package.payload`` and merged when the
coordinator accepts the fingerprint (:mod:`observer_app.packages.register`).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

from observer_app.domain import tables as t
from observer_app.domain.models import utcnow
from observer_app.errors import Cancelled, DatabaseError, UserError
from observer_app.packages import format as f
from observer_app.packages.verify import PackageRefused, VerifiedPackage, open_package
from observer_app.progress import Progress
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext, list_elections, load_context
from observer_app.storage.tallies import dump_values

OUTCOMES = ("merged", "already-merged", "quarantined", "refused", "cancelled")
_RETRIES = 6


@dataclass(frozen=True)
class PackageResult:
    file: str
    outcome: str  # one of OUTCOMES
    message: str
    reason: str = ""  # the refusal reason code (verify.REASONS)
    observer: str = ""
    fingerprint: str = ""
    manifest_sha256: str = ""
    election: str = ""
    tallies_new: int = 0
    tallies_revised: int = 0
    revisions_added: int = 0
    photos_added: int = 0
    stations: tuple[str, ...] = ()


@dataclass
class MergeReport:
    results: list[PackageResult] = field(default_factory=list)
    backup: Path | None = None
    cancelled: bool = False
    flagged: dict[str, list[str]] = field(default_factory=dict)  # election → stations in conflict

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    @property
    def ok(self) -> bool:
        return not self.cancelled and self.count("refused") == 0


def package_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders contribute their ``*.oapkg`` and ``*.zip`` files (recursively)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = [
                x for x in p.rglob("*") if x.is_file() and x.suffix.lower() in (f.SUFFIX, ".zip")
            ]
            out += sorted(found)
        else:
            out.append(p)
    return out


class ElectionCache:
    """Election contexts by code, loaded once per merge run; None when the code is unknown."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._codes = {e.code for e in list_elections(db)}
        self._loaded: dict[str, ElectionContext] = {}

    def __call__(self, code: str) -> ElectionContext | None:
        if code not in self._codes:
            return None
        if code not in self._loaded:
            self._loaded[code] = load_context(self.db, code)
        return self._loaded[code]


def merge_packages(
    db: Database,
    sources: Sequence[str | Path],
    *,
    progress: Progress | None = None,
    max_uncompressed: int = f.DEFAULT_MAX_UNCOMPRESSED,
    actor: str | None = None,
) -> MergeReport:
    """Verify and merge each package; one result per file, in the order given.

    The database is backed up once, right before the first package that writes.
    Cancelling stops between packages: those merged stay merged, the rest are
    reported as cancelled.
    """
    files = package_files(sources)
    result = MergeReport()
    elections = ElectionCache(db)

    def before_write() -> None:
        if result.backup is None:
            result.backup = db.backup_before("merge") or Path()

    touched: dict[str, set[str]] = {}
    for i, path in enumerate(files):
        try:
            if progress is not None:
                progress.update(i, len(files), path.name, force=True)
        except Cancelled:
            result.cancelled = True
            result.results += [
                PackageResult(p.name, "cancelled", "not merged: cancelled") for p in files[i:]
            ]
            break
        outcome = merge_one(
            db,
            path,
            elections,
            before_write=before_write,
            max_uncompressed=max_uncompressed,
            actor=actor,
        )
        result.results.append(outcome)
        if outcome.outcome == "merged":
            touched.setdefault(outcome.election, set()).update(outcome.stations)
    if progress is not None and not result.cancelled:
        progress.update(len(files), len(files), "", force=True)
    if result.backup == Path():
        result.backup = None
    result.flagged = _flagged(db, elections, touched)
    return result


def _flagged(
    db: Database, elections: ElectionCache, touched: dict[str, set[str]]
) -> dict[str, list[str]]:
    from observer_app.conflicts import station_copies

    out: dict[str, list[str]] = {}
    for code, stations in touched.items():
        ctx = elections(code)
        if ctx is None:
            continue
        flagged = [c.station_code for c in station_copies(db, ctx, stations) if c.flagged]
        if flagged:
            out[code] = sorted(flagged)
    return out


def merge_one(
    db: Database,
    source: str | Path | bytes,
    elections: ElectionCache | None = None,
    *,
    name: str | None = None,
    before_write: Callable[[], None] | None = None,
    max_uncompressed: int = f.DEFAULT_MAX_UNCOMPRESSED,
    actor: str | None = None,
) -> PackageResult:
    """Verify and merge one package file (or its bytes); never raises for a bad package."""
    label = name or (Path(source).name if not isinstance(source, bytes) else "package")
    elections = elections or ElectionCache(db)
    try:
        with open_package(source, elections, name=label, max_uncompressed=max_uncompressed) as pkg:
            return merge_verified(db, pkg, before_write=before_write, actor=actor)
    except PackageRefused as exc:
        return PackageResult(label, "refused", str(exc), reason=exc.reason)


def merge_verified(
    db: Database,
    pkg: VerifiedPackage,
    *,
    before_write: Callable[[], None] | None = None,
    actor: str | None = None,
) -> PackageResult:
    base = _base(pkg)
    state = _state(db, pkg)
    if state.package_status == "merged":
        return replace(
            base, outcome="already-merged", message="already merged earlier; nothing changed"
        )
    if state.observer_status == "revoked":
        return replace(
            base,
            outcome="refused",
            message=f"{pkg.name}: the key of {pkg.observer_name} ({pkg.fingerprint}) was "
            "revoked in the observer register; nothing was merged",
            reason="revoked",
        )
    if state.observer_status != "accepted" and state.package_status == "quarantined":
        return replace(base, outcome="quarantined", message=_quarantine_message(pkg, already=True))
    if before_write is not None:
        before_write()
    try:
        return _with_retries(db, lambda s: _write(s, pkg, actor, base))
    except PackageRefused as exc:
        return replace(base, outcome="refused", message=str(exc), reason=exc.reason)


def _base(pkg: VerifiedPackage) -> PackageResult:
    return PackageResult(
        pkg.name,
        "",
        "",
        observer=pkg.observer_name,
        fingerprint=pkg.fingerprint,
        manifest_sha256=pkg.manifest_sha256,
        election=pkg.election_code,
    )


@dataclass(frozen=True)
class _State:
    package_status: str | None
    observer_status: str | None


def _state(db: Database, pkg: VerifiedPackage) -> _State:
    mp, ob = t.merged_package.c, t.observer.c
    with db.session() as s:
        return _State(
            s.execute(select(mp.status).where(mp.manifest_sha256 == pkg.manifest_sha256)).scalar(),
            s.execute(select(ob.status).where(ob.fingerprint == pkg.fingerprint)).scalar(),
        )


def _with_retries(db: Database, work: Callable[[Session], PackageResult]) -> PackageResult:
    """Run ``work`` in one transaction; retry when a concurrent writer got there first."""
    for attempt in range(_RETRIES):
        try:
            with db.session() as s:
                return work(s)
        except (IntegrityError, OperationalError) as exc:
            if attempt == _RETRIES - 1 or not _retryable(exc):
                raise DatabaseError(f"could not merge: {exc.orig}") from None
            time.sleep(0.02 * 2**attempt * (1 + random.random()))
    raise AssertionError("unreachable")


def _retryable(exc: IntegrityError | OperationalError) -> bool:
    if isinstance(exc, IntegrityError):
        return True  # a unique key taken by a concurrent merge: the retry sees it committed
    text = str(exc.orig).lower()
    return any(w in text for w in ("deadlock", "could not serialize", "locked", "busy"))


def _quarantine_message(pkg: VerifiedPackage, *, already: bool = False) -> str:
    what = "still in quarantine" if already else "put in quarantine"
    return (
        f"{what}: {pkg.observer_name} ({pkg.fingerprint}) is not an accepted observer; "
        f"accept the fingerprint after checking it with them "
        f"(observer-app observers accept {pkg.fingerprint})"
    )


def _write(
    s: Session, pkg: VerifiedPackage, actor: str | None, base: PackageResult
) -> PackageResult:
    mp, ob = t.merged_package.c, t.observer.c
    row = s.execute(
        select(mp.id, mp.status).where(mp.manifest_sha256 == pkg.manifest_sha256)
    ).first()
    if row is not None and row.status == "merged":
        return replace(
            base, outcome="already-merged", message="already merged earlier; nothing changed"
        )
    observer = s.execute(
        select(ob.id, ob.status, ob.public_key).where(ob.fingerprint == pkg.fingerprint)
    ).first()
    if observer is None or observer.status != "accepted":
        if observer is None:
            s.execute(
                insert(t.observer),
                [
                    {
                        "name": pkg.observer_name,
                        "organisation": pkg.organisation,
                        "fingerprint": pkg.fingerprint,
                        "public_key": pkg.public_key,
                        "status": "quarantined",
                        "added_at": utcnow(),
                    }
                ],
            )
        elif observer.status == "revoked":
            raise PackageRefused(
                f"the key of {pkg.observer_name} ({pkg.fingerprint}) was revoked",
                reason="revoked",
                where=pkg.name,
            )
        if row is None:
            s.execute(insert(t.merged_package), [_package_row(pkg, "quarantined")])
            audit.record(
                s,
                "package.quarantine",
                entity="package",
                entity_uid=pkg.manifest_sha256,
                details=_package_details(pkg),
                actor=actor,
            )
        return replace(base, outcome="quarantined", message=_quarantine_message(pkg))
    if not observer.public_key:
        s.execute(update(t.observer).where(ob.id == observer.id).values(public_key=pkg.public_key))
    counts = _apply(s, pkg)
    if row is None:
        s.execute(insert(t.merged_package), [_package_row(pkg, "merged")])
    else:
        s.execute(
            update(t.merged_package)
            .where(mp.id == row.id)
            .values(status="merged", merged_at=utcnow(), payload=None)
        )
    details = _package_details(pkg)
    details.update(counts.as_details())
    audit.record(
        s,
        "package.merge",
        entity="package",
        entity_uid=pkg.manifest_sha256,
        details=details,
        actor=actor,
    )
    return replace(
        base,
        outcome="merged",
        message=counts.message(),
        tallies_new=counts.new,
        tallies_revised=counts.revised,
        revisions_added=counts.revisions,
        photos_added=counts.photos,
        stations=tuple(sorted({tl.station for tl in pkg.tallies})),
    )


def _package_row(pkg: VerifiedPackage, status: str) -> dict[str, Any]:
    now = utcnow()
    return {
        "manifest_sha256": pkg.manifest_sha256,
        "file_name": pkg.name,
        "observer_fingerprint": pkg.fingerprint,
        "status": status,
        "manifest_json": pkg.manifest_bytes.decode("utf-8"),
        "received_at": now,
        "election_code": pkg.election_code,
        "signature": pkg.signature_b64,
        "tallies_json": pkg.tallies_bytes.decode("utf-8"),
        "payload": pkg.file_bytes() if status == "quarantined" else None,
        "merged_at": now if status == "merged" else None,
    }


def _package_details(pkg: VerifiedPackage) -> dict[str, Any]:
    return {
        "file": pkg.name,
        "observer": pkg.observer_name,
        "organisation": pkg.organisation,
        "fingerprint": pkg.fingerprint,
        "election": pkg.election_code,
        "package_uid": pkg.manifest["package_uid"],
        "created_at": pkg.created_at,
        "stations": sorted(pkg.manifest["stations"])[:50],
    }


@dataclass
class _Counts:
    new: int = 0
    revised: int = 0
    revisions: int = 0
    photos: int = 0
    links: int = 0
    added: dict[str, list[int]] = field(default_factory=dict)  # tally uid → revisions added

    def message(self) -> str:
        if not (self.revisions or self.photos or self.links):
            return "merged; it brought nothing new (its revisions were already here)"
        return (
            f"merged: {self.new} new tallies, {self.revised} revised, "
            f"{self.revisions} revisions and {self.photos} photos added"
        )

    def as_details(self) -> dict[str, Any]:
        return {
            "tallies_new": self.new,
            "tallies_revised": self.revised,
            "revisions_added": self.revisions,
            "photos_added": self.photos,
            "tallies": self.added,
        }


def _apply(s: Session, pkg: VerifiedPackage) -> _Counts:
    """Add what the package brings; refuse (raise) if it contradicts what is already here."""
    tc, rc, lc = t.tally.c, t.tally_revision.c, t.tally_photo.c
    ctx = pkg.ctx
    counts = _Counts()
    by_uid = {tl.uid: tl for tl in sorted(pkg.tallies, key=lambda x: x.uid)}
    existing = {
        r.uid: r
        for chunk in _chunks(list(by_uid))
        for r in s.execute(
            select(
                tc.id,
                tc.uid,
                tc.station_id,
                tc.source,
                tc.observer,
                tc.observer_fingerprint,
                tc.revision,
                tc.created_at,
            ).where(tc.uid.in_(chunk))
        )
    }
    for uid, r in existing.items():
        tl = by_uid[uid]
        if (r.station_id, r.source, r.observer_fingerprint) != (
            tl.station_id,
            "observer",
            pkg.fingerprint,
        ) or (r.observer != tl.observer or f.as_utc(r.created_at) != tl.created_at):
            raise PackageRefused(
                f"tally {uid} of station {tl.station} is already here with a different station, "
                "source, observer or key; refused rather than overwrite it",
                reason="conflict",
                where=pkg.name,
            )
    present: dict[tuple[int, int], tuple[Any, ...]] = {}
    ids = [r.id for r in existing.values()]
    for chunk in _chunks(ids):
        for r in s.execute(
            select(rc.tally_id, rc.revision, *f.revision_columns()).where(rc.tally_id.in_(chunk))
        ):
            present[(r[0], r[1])] = f.stored_revision_key(r[2:])
    new_rows: list[dict[str, Any]] = []
    for uid, tl in by_uid.items():
        if uid in existing:
            continue
        last = tl.revisions[-1]
        new_rows.append(
            {
                "uid": uid,
                "station_id": tl.station_id,
                "source": "observer",
                "observer": tl.observer,
                "observer_fingerprint": pkg.fingerprint,
                "status": tl.status,
                "revision": last.revision,
                "values_json": _values_json(ctx, tl.station, last.values),
                "protocol_faulty": last.protocol_faulty,
                "created_at": tl.created_at,
                "updated_at": last.entered_at,
            }
        )
    ids_by_uid = {uid: r.id for uid, r in existing.items()}
    if new_rows:
        s.execute(insert(t.tally), new_rows)
        for chunk in _chunks([r["uid"] for r in new_rows]):
            ids_by_uid.update(
                {u: i for i, u in s.execute(select(tc.id, tc.uid).where(tc.uid.in_(chunk)))}
            )
        counts.new = len(new_rows)
    revision_rows: list[dict[str, Any]] = []
    bumps: list[dict[str, Any]] = []
    for uid, tl in by_uid.items():
        tid = ids_by_uid[uid]
        added: list[int] = []
        for rev in tl.revisions:
            key = (tid, rev.revision)
            incoming = f.revision_key(rev.values, *(getattr(rev, n) for n in f.PROVENANCE))
            if key in present:
                if present[key] != incoming:
                    raise PackageRefused(
                        f"revision {rev.revision} of tally {uid} (station {tl.station}) differs "
                        "from the one already merged; refused rather than overwrite it",
                        reason="conflict",
                        where=pkg.name,
                    )
                continue
            added.append(rev.revision)
            revision_rows.append(
                {
                    "tally_id": tid,
                    "revision": rev.revision,
                    "values_json": _values_json(ctx, tl.station, rev.values),
                    "entered_by": rev.entered_by,
                    "entered_at": rev.entered_at,
                    "machine": rev.machine,
                    "origin": rev.origin,
                    "origin_file": rev.origin_file,
                    "origin_sha256": rev.origin_sha256,
                    "snapshot_id": None,
                    "protocol_faulty": rev.protocol_faulty,
                    "note": rev.note,
                }
            )
        if added:
            counts.added[uid] = added
        if uid in existing and tl.revision > existing[uid].revision:
            last = tl.revisions[-1]
            bumps.append(
                {
                    "b_id": tid,
                    "b_rev": last.revision,
                    "b_values": _values_json(ctx, tl.station, last.values),
                    "b_faulty": last.protocol_faulty,
                    "b_status": tl.status,
                    "b_at": last.entered_at,
                }
            )
    if revision_rows:
        s.execute(insert(t.tally_revision), revision_rows)
        counts.revisions = len(revision_rows)
    if bumps:
        # Conditional, so a concurrent merge of a still newer package is never undone.
        s.connection().execute(
            update(t.tally)
            .where(tc.id == bindparam("b_id"), tc.revision < bindparam("b_rev"))
            .values(
                revision=bindparam("b_rev"),
                values_json=bindparam("b_values"),
                protocol_faulty=bindparam("b_faulty"),
                status=bindparam("b_status"),
                updated_at=bindparam("b_at"),
            ),
            bumps,
        )
        counts.revised = len(bumps)
    photo_ids = _add_photos(s, pkg, counts)
    links = [(ids_by_uid[tl.uid], sha, rev) for tl in by_uid.values() for sha, rev in tl.photos]
    if links:
        linked = {
            (r.tally_id, r.photo_id)
            for chunk in _chunks(sorted({tid for tid, _, _ in links}))
            for r in s.execute(select(lc.tally_id, lc.photo_id).where(lc.tally_id.in_(chunk)))
        }
        rows = [
            {"tally_id": tid, "photo_id": photo_ids[sha], "revision": rev}
            for tid, sha, rev in links
            if (tid, photo_ids[sha]) not in linked
        ]
        if rows:
            s.execute(insert(t.tally_photo), rows)
            counts.links = len(rows)
    return counts


def _add_photos(s: Session, pkg: VerifiedPackage, counts: _Counts) -> dict[str, int]:
    pc = t.photo.c
    shas = sorted(pkg.photos)
    ids: dict[str, int] = {}
    for chunk in _chunks(shas):
        ids.update(
            {sha: i for sha, i in s.execute(select(pc.sha256, pc.id).where(pc.sha256.in_(chunk)))}
        )
    missing = [sha for sha in shas if sha not in ids]
    for sha in missing:  # one at a time: a district's photos need not all sit in memory
        photo = pkg.photos[sha]
        s.execute(
            insert(t.photo),
            [
                {
                    "sha256": sha,
                    "file_name": photo.file_name,
                    "mime": photo.mime,
                    "size": photo.size,
                    "data": pkg.photo_data(sha),
                    "added_at": photo.added_at,
                }
            ],
        )
    if missing:
        for chunk in _chunks(missing):
            ids.update(
                {
                    sha: i
                    for sha, i in s.execute(select(pc.sha256, pc.id).where(pc.sha256.in_(chunk)))
                }
            )
        counts.photos = len(missing)
    return ids


def _values_json(ctx: ElectionContext, station: str, values: dict[str, int]) -> str:
    st = ctx.stations[station]
    return dump_values(values, ctx.all_keys(ctx.contests[st.contest_id]))


def _chunks(items: list[Any], size: int = 500) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def require_files(paths: Sequence[str | Path]) -> list[Path]:
    files = package_files(paths)
    if not files:
        raise UserError("no package files given (or the folders hold no .oapkg or .zip files)")
    return files
