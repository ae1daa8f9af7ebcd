"""Builders for the package, merge and audit tests: observers with keys, their tallies, photos,
and tampered copies of real packages."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select

from observer_app import identity
from observer_app.domain import tables as t
from observer_app.domain.values import utcnow
from observer_app.identity import Identity
from observer_app.packages import export_package
from observer_app.packages import format as f
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import CurrentTally, Provenance, save_tally
from tests.factories import kz_values

Members = dict[str, bytes]


def make_identity(folder: Path, name: str, passphrase: str | None = None) -> Identity:
    return identity.create(name=name, organisation="Test NGO", passphrase=passphrase, folder=folder)


def fake_jpeg(seed: str, size: int = 2000) -> bytes:
    """Bytes that start like a JPEG; unique per seed (the merge stores photos as given)."""
    body = hashlib.sha256(seed.encode()).digest() * (size // 32 + 1)
    return b"\xff\xd8\xff\xe0" + body[: size - 6] + b"\xff\xd9"


def attach_photo(db: Database, tally_uid: str, data: bytes, revision: int = 1) -> str:
    sha = hashlib.sha256(data).hexdigest()
    with db.session() as s:
        tid = s.execute(select(t.tally.c.id).where(t.tally.c.uid == tally_uid)).scalar_one()
        pid = s.execute(select(t.photo.c.id).where(t.photo.c.sha256 == sha)).scalar()
        if pid is None:
            s.execute(
                insert(t.photo),
                [
                    {
                        "sha256": sha,
                        "file_name": f"IMG_{sha[:6]}.jpg",
                        "mime": "image/jpeg",
                        "size": len(data),
                        "data": data,
                        "added_at": utcnow(),
                    }
                ],
            )
            pid = s.execute(select(t.photo.c.id).where(t.photo.c.sha256 == sha)).scalar_one()
        s.execute(insert(t.tally_photo), [{"tally_id": tid, "photo_id": pid, "revision": revision}])
    return sha


def enter(
    db: Database,
    ctx: ElectionContext,
    station: str,
    observer: str,
    values: dict[str, int] | None = None,
    *,
    uid: str | None = None,
    note: str = "",
) -> CurrentTally:
    """An observer's GUI save (a new tally, or a new revision of ``uid``)."""
    prov = Provenance(entered_by=observer.lower(), machine="laptop-1", origin="gui", note=note)
    return save_tally(
        db,
        ctx,
        station,
        "observer",
        values if values is not None else kz_values(),
        prov,
        observer=observer,
        tally_uid=uid,
    )


def export(
    db: Database,
    ctx: ElectionContext,
    ident: Identity,
    out: Path,
    stations: list[str] | None = None,
) -> Path:
    return export_package(db, ctx, out, ident, stations).path


def read_members(path: Path) -> Members:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_members(path: Path, members: Members) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def tamper(
    src: Path,
    dst: Path,
    change: Callable[[Members], None],
    *,
    resign: Identity | None = None,
    rehash: bool = False,
) -> Path:
    """A copy of package ``src`` changed by ``change``; optionally with fixed hashes and a new
    signature (the work of someone who holds a key), to reach the checks behind the signature."""
    members = read_members(src)
    change(members)
    if rehash:
        manifest = json.loads(members[f.MANIFEST])
        for m in manifest["members"]:
            if m["path"] in members:
                m["sha256"] = hashlib.sha256(members[m["path"]]).hexdigest()
                m["size"] = len(members[m["path"]])
        members[f.MANIFEST] = json.dumps(manifest, indent=1).encode()
    if resign is not None:
        manifest = json.loads(members[f.MANIFEST])
        manifest["observer"]["fingerprint"] = resign.fingerprint
        manifest["observer"]["public_key"] = resign.public_key_b64
        members[f.MANIFEST] = json.dumps(manifest, indent=1).encode()
        members[f.SIGNATURE] = base64.b64encode(resign.sign(members[f.MANIFEST]))
    return write_members(dst, members)


def edit_json(members: Members, name: str, change: Callable[[dict], None]) -> None:  # type: ignore[type-arg]
    doc = json.loads(members[name])
    change(doc)
    members[name] = json.dumps(doc, indent=1).encode()


def zip_bytes(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return buf.getvalue()
