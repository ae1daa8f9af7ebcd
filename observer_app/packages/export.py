"""Exporting an observer's tallies as a signed report package for the coordinator.

The package carries every revision with its provenance and every attached
photo, so the coordinator's database ends up with exactly what the observer
entered, and can prove who sent it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from observer_app import __version__
from observer_app.domain import tables as t
from observer_app.domain.values import utcnow
from observer_app.errors import InputError, UserError
from observer_app.identity import Identity
from observer_app.packages import format as f
from observer_app.progress import Progress, report
from observer_app.schemas import validate
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # member timestamps carry nothing: the manifest has the time


@dataclass(frozen=True)
class ExportResult:
    path: Path
    stations: int
    tallies: int
    revisions: int
    photos: int
    manifest_sha256: str
    fingerprint: str


def _zip_info(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, _FIXED_TIME)
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info


def exportable_stations(db: Database, ctx: ElectionContext, fingerprint: str) -> list[str]:
    """Codes of the stations with a final observer tally this identity may export."""
    tc = t.tally.c
    with db.session() as s:
        ids = s.execute(
            select(tc.station_id)
            .where(
                tc.source == "observer",
                tc.status == "final",
                tc.observer_fingerprint.in_(["", fingerprint]),
            )
            .distinct()
        ).scalars()
        return sorted(ctx.stations_by_id[i].code for i in ids if i in ctx.stations_by_id)


def default_file_name(ctx: ElectionContext, observer: str) -> str:
    who = "".join(ch if ch.isalnum() else "-" for ch in observer).strip("-") or "observer"
    return f"{ctx.code}-{who}-{utcnow().strftime('%Y%m%d-%H%M')}{f.SUFFIX}"


def export_package(
    db: Database,
    ctx: ElectionContext,
    out: str | Path,
    identity: Identity,
    stations: Sequence[str] | None = None,
    *,
    observer_name: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the final observer tallies of ``stations`` (all when None) to ``out``."""
    name = (observer_name if observer_name is not None else identity.profile.name).strip()
    if not name:
        raise UserError(
            "set your name before exporting (observer-app identity set --name ...): "
            "the coordinator sees it beside your key's fingerprint"
        )
    wanted: set[int] | None = None
    if stations is not None:
        unknown = [c for c in stations if c not in ctx.stations]
        if unknown:
            raise InputError(f"no station {', '.join(unknown)} in election {ctx.code}")
        wanted = {ctx.stations[c].id for c in stations}
    fp = identity.fingerprint
    tallies_doc, photo_rows, station_codes, n_revisions = _collect(db, ctx, fp, name, wanted)
    if not tallies_doc["tallies"]:
        which = "the chosen stations" if stations is not None else "this election"
        raise UserError(f"no final observer tally of {which} to export")
    validate(tallies_doc, "report-package-tallies", "package being exported")
    target = Path(out).expanduser().resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    members: list[dict[str, object]] = []
    total = len(photo_rows) + 1
    try:
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
            tallies_bytes = json.dumps(tallies_doc, ensure_ascii=False, indent=1).encode("utf-8")
            zf.writestr(_zip_info(f.TALLIES, zipfile.ZIP_DEFLATED), tallies_bytes)
            members.append(
                {
                    "path": f.TALLIES,
                    "sha256": f.sha256_hex(tallies_bytes),
                    "size": len(tallies_bytes),
                }
            )
            for i, (pid, path) in enumerate(photo_rows, start=1):
                report(progress, i, total, path)
                data = _photo_data(db, pid)
                zf.writestr(_zip_info(path, zipfile.ZIP_STORED), data)
                members.append({"path": path, "sha256": f.sha256_hex(data), "size": len(data)})
            manifest = {
                "format": f.FORMAT,
                "format_version": f.FORMAT_VERSION,
                "package_uid": uuid.uuid4().hex,
                "created_at": f.iso(utcnow()),
                "app_version": __version__,
                "election": {
                    "code": ctx.code,
                    "name": ctx.name,
                    "definition_sha256": f.definition_sha256(ctx),
                },
                "observer": {
                    "name": name,
                    "organisation": identity.profile.organisation,
                    "fingerprint": fp,
                    "public_key": identity.public_key_b64,
                },
                "stations": sorted(station_codes),
                "counts": {
                    "tallies": len(tallies_doc["tallies"]),
                    "revisions": n_revisions,
                    "photos": len(photo_rows),
                },
                "members": members,
            }
            validate(manifest, "report-package", "manifest being exported")
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            signature = base64.b64encode(identity.sign(manifest_bytes)) + b"\n"
            zf.writestr(_zip_info(f.MANIFEST, zipfile.ZIP_DEFLATED), manifest_bytes)
            zf.writestr(_zip_info(f.SIGNATURE, zipfile.ZIP_STORED), signature)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    report(progress, total, total, target.name)
    return ExportResult(
        target,
        len(station_codes),
        len(tallies_doc["tallies"]),
        n_revisions,
        len(photo_rows),
        hashlib.sha256(manifest_bytes).hexdigest(),
        fp,
    )


def _photo_data(db: Database, photo_id: int) -> bytes:
    with db.session() as s:
        data: bytes = s.execute(select(t.photo.c.data).where(t.photo.c.id == photo_id)).scalar_one()
    return data


def _collect(
    db: Database, ctx: ElectionContext, fp: str, name: str, wanted: set[int] | None
) -> tuple[dict[str, list[dict[str, object]] | str], list[tuple[int, str]], set[str], int]:
    """The tallies document, the photos to pack (id, member path), station codes, revisions."""
    tc, rc, lc, pc = t.tally.c, t.tally_revision.c, t.tally_photo.c, t.photo.c
    with db.session() as s:
        rows = s.execute(
            select(tc.id, tc.uid, tc.station_id, tc.observer, tc.created_at, tc.revision)
            .where(
                tc.source == "observer",
                tc.status == "final",
                tc.observer_fingerprint.in_(["", fp]),
            )
            .order_by(tc.uid)
        ).all()
        rows = [
            r
            for r in rows
            if r.station_id in ctx.stations_by_id and (wanted is None or r.station_id in wanted)
        ]
        ids = [r.id for r in rows]
        revs: dict[int, list[dict[str, object]]] = {}
        links: dict[int, list[dict[str, object]]] = {}
        photos: dict[int, dict[str, object]] = {}
        for chunk in _chunks(ids):
            for r in s.execute(
                select(rc.tally_id, rc.revision, *f.revision_columns())
                .where(rc.tally_id.in_(chunk))
                .order_by(rc.tally_id, rc.revision)
            ):
                revs.setdefault(r[0], []).append(f.revision_document(r[1], r[2:]))
            for r in s.execute(
                select(
                    lc.tally_id,
                    lc.revision,
                    pc.id,
                    pc.sha256,
                    pc.file_name,
                    pc.mime,
                    pc.size,
                    pc.added_at,
                )
                .join(t.photo, pc.id == lc.photo_id)
                .where(lc.tally_id.in_(chunk))
                .order_by(lc.tally_id, pc.sha256)
            ):
                links.setdefault(r.tally_id, []).append(
                    {"sha256": r.sha256, "revision": r.revision}
                )
                photos[r.id] = {
                    "sha256": r.sha256,
                    "path": f.photo_path(r.sha256, r.mime),
                    "file_name": r.file_name,
                    "mime": r.mime,
                    "size": r.size,
                    "added_at": f.iso(r.added_at),
                }
    tallies: list[dict[str, object]] = []
    codes: set[str] = set()
    n_revisions = 0
    for r in rows:
        history = [h for h in revs.get(r.id, []) if int(str(h["revision"])) <= r.revision]
        numbers = [h["revision"] for h in history]
        if numbers != list(range(1, r.revision + 1)):
            raise UserError(
                f"tally {r.uid} has revisions {numbers}, expected 1..{r.revision}; "
                "run 'observer-app audit verify' and report this database"
            )
        st = ctx.stations_by_id[r.station_id]
        codes.add(st.code)
        n_revisions += len(history)
        tallies.append(
            {
                "uid": r.uid,
                "station": st.code,
                "contest": ctx.contests[st.contest_id].code,
                "source": "observer",
                "observer": r.observer or name,
                "status": "final",
                "created_at": f.iso(r.created_at),
                "revisions": history,
                "photos": links.get(r.id, []),
            }
        )
    photo_list = sorted(photos.items(), key=lambda item: str(item[1]["sha256"]))
    doc: dict[str, list[dict[str, object]] | str] = {
        "format": f.TALLIES_FORMAT,
        "tallies": tallies,
        "photos": [p for _, p in photo_list],
    }
    return doc, [(pid, str(p["path"])) for pid, p in photo_list], codes, n_revisions


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
