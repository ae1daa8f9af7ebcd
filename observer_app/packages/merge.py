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
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

from observer_app.domain import tables as t
from observer_app.domain.values import utcnow
from observer_app.errors import Cancelled, DatabaseError, UserError
from observer_app.packages import format as f
from observer_app.packages.verify import (
    PackageRefused,
    PackageRevision,
    PackageTally,
    VerifiedPackage,
    open_package,
    read_package,
)
from observer_app.progress import Progress
from observer_app.storage import audit, driver
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext, list_elections, load_context
from observer_app.storage.packed import pack_figures
from observer_app.storage.tallies import dump_values

OUTCOMES = ("merged", "already-merged", "quarantined", "refused", "cancelled")
_RETRIES = 6
_LOOKAHEAD = 4


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
        self._lock = threading.Lock()  # packages are verified in worker threads

    def __call__(self, code: str) -> ElectionContext | None:
        if code not in self._codes:
            return None
        with self._lock:
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
    touched: dict[str, set[str]] = {}
    # One connection for the run: no connect per package, and SQLite does not checkpoint
    # and delete its WAL each time a package's connection closes.
    with db.engine.connect() as conn:
        _merge_files(db, conn, files, elections, result, touched, progress, max_uncompressed, actor)
    if result.backup == Path():
        result.backup = None
    result.flagged = _flagged(db, elections, touched)
    return result


def _merge_files(
    db: Database,
    conn: Connection,
    files: list[Path],
    elections: ElectionCache,
    result: MergeReport,
    touched: dict[str, set[str]],
    progress: Progress | None,
    max_uncompressed: int,
    actor: str | None,
) -> None:
    def before_write() -> None:
        if result.backup is None:
            result.backup = db.backup_before("merge") or Path()

    # Verification (hashing, inflating, signatures: mostly outside the GIL) runs ahead
    # in worker threads while this thread writes, one transaction per package.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="verify") as pool:
        ahead: dict[int, Future[VerifiedPackage | PackageRefused | None]] = {}
        for i, path in enumerate(files):
            for k in range(i, min(i + _LOOKAHEAD, len(files))):
                if k not in ahead:
                    ahead[k] = pool.submit(_prefetch, files[k], elections, max_uncompressed)
            try:
                if progress is not None:
                    progress.update(i, len(files), path.name, force=True)
            except Cancelled:
                for future in ahead.values():
                    future.cancel()
                result.cancelled = True
                result.results += [
                    PackageResult(p.name, "cancelled", "not merged: cancelled") for p in files[i:]
                ]
                break
            early = ahead.pop(i).result()
            if isinstance(early, PackageRefused):
                outcome = PackageResult(path.name, "refused", str(early), reason=early.reason)
            elif early is not None:
                outcome = merge_verified(
                    db, early, before_write=before_write, actor=actor, conn=conn
                )
            else:  # too big to hold in memory, or unreadable: the streaming path says why
                outcome = merge_one(
                    db,
                    path,
                    elections,
                    before_write=before_write,
                    max_uncompressed=max_uncompressed,
                    actor=actor,
                    conn=conn,
                )
            result.results.append(outcome)
            if outcome.outcome == "merged":
                touched.setdefault(outcome.election, set()).update(outcome.stations)
    if progress is not None and not result.cancelled:
        progress.update(len(files), len(files), "", force=True)


def _prefetch(
    path: Path, elections: ElectionCache, max_uncompressed: int
) -> VerifiedPackage | PackageRefused | None:
    """A package read into memory and verified, or why it was refused; None = do it streaming."""
    try:
        if path.stat().st_size > f.KEEP_IN_MEMORY:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return read_package(data, elections, name=path.name, max_uncompressed=max_uncompressed)
    except PackageRefused as exc:
        return exc


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
    conn: Connection | None = None,
) -> PackageResult:
    """Verify and merge one package file (or its bytes); never raises for a bad package."""
    label = name or (Path(source).name if not isinstance(source, bytes) else "package")
    elections = elections or ElectionCache(db)
    try:
        with open_package(source, elections, name=label, max_uncompressed=max_uncompressed) as pkg:
            return merge_verified(db, pkg, before_write=before_write, actor=actor, conn=conn)
    except PackageRefused as exc:
        return PackageResult(label, "refused", str(exc), reason=exc.reason)


def merge_verified(
    db: Database,
    pkg: VerifiedPackage,
    *,
    before_write: Callable[[], None] | None = None,
    actor: str | None = None,
    conn: Connection | None = None,
) -> PackageResult:
    """Merge a verified package in one transaction (on ``conn`` when given, for a long run)."""
    base = _base(pkg)
    try:
        return _with_retries(db, conn, lambda s: _write(s, pkg, actor, base, before_write))
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


@contextmanager
def _unit(db: Database, conn: Connection | None) -> Iterator[Session]:
    """One transaction: a session of its own, or one on the run's connection."""
    if conn is None:
        with db.session() as s:
            yield s
        return
    with Session(bind=conn, expire_on_commit=False) as s:
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise


def _with_retries(
    db: Database, conn: Connection | None, work: Callable[[Session], PackageResult]
) -> PackageResult:
    """Run ``work`` in one transaction; retry when a concurrent writer got there first."""
    for attempt in range(_RETRIES):
        try:
            with _unit(db, conn) as s:
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
    s: Session,
    pkg: VerifiedPackage,
    actor: str | None,
    base: PackageResult,
    before_write: Callable[[], None] | None,
) -> PackageResult:
    mp, ob = t.merged_package.c, t.observer.c
    conn = s.connection()
    row = driver.execute(
        conn,
        "SELECT id, status FROM merged_package WHERE manifest_sha256 = ?",
        [pkg.manifest_sha256],
    ).first()
    if row is not None and row.status == "merged":
        return replace(
            base, outcome="already-merged", message="already merged earlier; nothing changed"
        )
    observer = driver.execute(
        conn, "SELECT id, status, public_key FROM observer WHERE fingerprint = ?", [pkg.fingerprint]
    ).first()
    if observer is not None and observer.status == "revoked":
        raise PackageRefused(
            f"the key of {pkg.observer_name} ({pkg.fingerprint}) was revoked in the observer "
            "register; nothing was merged",
            reason="revoked",
            where=pkg.name,
        )
    trusted = observer is not None and observer.status == "accepted"
    if not trusted and row is not None:
        return replace(base, outcome="quarantined", message=_quarantine_message(pkg, already=True))
    if before_write is not None:
        before_write()  # reads only so far: the backup sees the database as it was
    if observer is None or observer.status != "accepted":
        if observer is None:
            conn.execute(
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
        driver.insert_many(conn, t.merged_package, [_package_row(pkg, "quarantined")])
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
        conn.execute(
            update(t.observer).where(ob.id == observer.id).values(public_key=pkg.public_key)
        )
    counts = _apply(s, pkg)
    if row is None:
        driver.insert_many(conn, t.merged_package, [_package_row(pkg, "merged")])
    else:
        conn.execute(
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
    """Add what the package brings; refuse (raise) if it contradicts what is already here.

    As few statements as the package needs, the frequent ones in plain driver
    SQL (:mod:`observer_app.storage.driver`): this runs 1,000 times a benchmark.
    """
    conn = s.connection()
    tc, lc = t.tally.c, t.tally_photo.c
    counts = _Counts()
    by_uid = {tl.uid: tl for tl in sorted(pkg.tallies, key=lambda x: x.uid)}
    known = [
        uid
        for chunk in _chunks(list(by_uid))
        for (uid,) in driver.execute(
            conn, f"SELECT uid FROM tally WHERE uid IN ({_marks(chunk)})", chunk
        )
    ]  # usually none: the full rows are read only for tallies already here
    existing = {
        r.uid: r
        for chunk in _chunks(known)
        for r in conn.execute(
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
    present = _check_existing(conn, pkg, by_uid, existing)
    ids_by_uid = {uid: r.id for uid, r in existing.items()}
    new_rows = [_tally_row(pkg, tl) for uid, tl in by_uid.items() if uid not in existing]
    for row in new_rows:
        ids_by_uid[row["uid"]] = driver.insert_returning_id(conn, t.tally, row)
    counts.new = len(new_rows)
    revision_rows: list[dict[str, Any]] = []
    bumps: list[dict[str, Any]] = []
    for uid, tl in by_uid.items():
        tid = ids_by_uid[uid]
        added: list[int] = []
        for rev in tl.revisions:
            key = (tid, rev.revision)
            if key in present:
                incoming = f.revision_key(rev.values, *(getattr(rev, n) for n in f.PROVENANCE))
                if present[key] != incoming:
                    raise PackageRefused(
                        f"revision {rev.revision} of tally {uid} (station {tl.station}) differs "
                        "from the one already merged; refused rather than overwrite it",
                        reason="conflict",
                        where=pkg.name,
                    )
                continue
            added.append(rev.revision)
            revision_rows.append(_revision_row(pkg, tl, rev, tid))
        if added:
            counts.added[uid] = added
        if uid in existing and tl.revision > existing[uid].revision:
            last = tl.revisions[-1]
            bumps.append(
                {
                    "b_id": tid,
                    "b_rev": last.revision,
                    "b_values": _values_json(pkg.ctx, tl.station, last.values),
                    "b_packed": _packed(pkg.ctx, tl.station, last.values),
                    "b_faulty": last.protocol_faulty,
                    "b_status": tl.status,
                    "b_at": last.entered_at,
                }
            )
    if revision_rows:
        driver.insert_many(conn, t.tally_revision, revision_rows)
        counts.revisions = len(revision_rows)
    if bumps:
        # Conditional, so a concurrent merge of a still newer package is never undone.
        conn.execute(
            update(t.tally)
            .where(tc.id == bindparam("b_id"), tc.revision < bindparam("b_rev"))
            .values(
                revision=bindparam("b_rev"),
                values_json=bindparam("b_values"),
                packed_figures=bindparam("b_packed"),
                protocol_faulty=bindparam("b_faulty"),
                status=bindparam("b_status"),
                updated_at=bindparam("b_at"),
            ),
            bumps,
        )
        counts.revised = len(bumps)
    photo_ids = _add_photos(conn, pkg, counts)
    links = [(ids_by_uid[tl.uid], sha, rev) for tl in by_uid.values() for sha, rev in tl.photos]
    old_ids = sorted({tid for tid, _, _ in links} & set(ids_by_uid[u] for u in existing))
    linked = {
        (r.tally_id, r.photo_id)
        for chunk in _chunks(old_ids)
        for r in conn.execute(select(lc.tally_id, lc.photo_id).where(lc.tally_id.in_(chunk)))
    }
    link_rows = [
        {"tally_id": tid, "photo_id": photo_ids[sha], "revision": rev}
        for tid, sha, rev in links
        if (tid, photo_ids[sha]) not in linked
    ]
    if link_rows:
        driver.insert_many(conn, t.tally_photo, link_rows)
        counts.links = len(link_rows)
    return counts


def _check_existing(
    conn: Connection,
    pkg: VerifiedPackage,
    by_uid: dict[str, PackageTally],
    existing: dict[str, Any],
) -> dict[tuple[int, int], tuple[Any, ...]]:
    """Refuse a package whose tallies contradict the ones here; their stored revisions."""
    for uid, r in existing.items():
        tl = by_uid[uid]
        same = (r.station_id, r.source, r.observer_fingerprint, r.observer) == (
            tl.station_id,
            "observer",
            pkg.fingerprint,
            tl.observer,
        )
        if not same or f.as_utc(r.created_at) != tl.created_at:
            raise PackageRefused(
                f"tally {uid} of station {tl.station} is already here with a different station, "
                "source, observer or key; refused rather than overwrite it",
                reason="conflict",
                where=pkg.name,
            )
    rc = t.tally_revision.c
    return {
        (r[0], r[1]): f.stored_revision_key(r[2:])
        for chunk in _chunks([r.id for r in existing.values()])
        for r in conn.execute(
            select(rc.tally_id, rc.revision, *f.revision_columns()).where(rc.tally_id.in_(chunk))
        )
    }


def _tally_row(pkg: VerifiedPackage, tl: PackageTally) -> dict[str, Any]:
    last = tl.revisions[-1]
    return {
        "uid": tl.uid,
        "station_id": tl.station_id,
        "source": "observer",
        "observer": tl.observer,
        "observer_fingerprint": pkg.fingerprint,
        "status": tl.status,
        "revision": last.revision,
        "values_json": _values_json(pkg.ctx, tl.station, last.values),
        "packed_figures": _packed(pkg.ctx, tl.station, last.values),
        "protocol_faulty": last.protocol_faulty,
        "created_at": tl.created_at,
        "updated_at": last.entered_at,
    }


def _revision_row(
    pkg: VerifiedPackage, tl: PackageTally, rev: PackageRevision, tally_id: int
) -> dict[str, Any]:
    row: dict[str, Any] = {n: getattr(rev, n) for n in f.PROVENANCE}
    row.update(
        tally_id=tally_id,
        revision=rev.revision,
        values_json=_values_json(pkg.ctx, tl.station, rev.values),
        snapshot_id=None,
    )
    return row


def _add_photos(conn: Connection, pkg: VerifiedPackage, counts: _Counts) -> dict[str, int]:
    shas = sorted(pkg.photos)
    ids: dict[str, int] = {
        str(r[0]): int(r[1])
        for chunk in _chunks(shas)
        for r in driver.execute(
            conn, f"SELECT sha256, id FROM photo WHERE sha256 IN ({_marks(chunk)})", chunk
        )
    }
    for sha in [x for x in shas if x not in ids]:  # one at a time: not all in memory at once
        photo = pkg.photos[sha]
        ids[sha] = driver.insert_returning_id(
            conn,
            t.photo,
            {
                "sha256": sha,
                "file_name": photo.file_name,
                "mime": photo.mime,
                "size": photo.size,
                "data": pkg.photo_data(sha),
                "added_at": photo.added_at,
            },
        )
        counts.photos += 1
    return ids


def _values_json(ctx: ElectionContext, station: str, values: dict[str, int]) -> str:
    return dump_values(values, ctx.keys_of_station(ctx.stations[station]))


def _packed(ctx: ElectionContext, station: str, values: dict[str, int]) -> str | None:
    return pack_figures(values, ctx.keys_of_station(ctx.stations[station]))


def _marks(items: list[Any]) -> str:
    return ", ".join("?" for _ in items)


def _chunks(items: list[Any], size: int = 500) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def require_files(paths: Sequence[str | Path]) -> list[Path]:
    files = package_files(paths)
    if not files:
        raise UserError("no package files given (or the folders hold no .oapkg or .zip files)")
    return files
