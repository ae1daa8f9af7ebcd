"""Photos of protocols, stored inside the database by content hash, never as links to files.

A photo is checked before it is stored: it must be a JPEG or PNG that decodes
completely (a truncated upload or a renamed PDF is refused with a message
naming the file). The same picture attached twice is stored once.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from sqlalchemy import insert, select
from sqlmodel import Session

from observer_app.domain import tables as t
from observer_app.domain.values import utcnow
from observer_app.errors import InputError
from observer_app.progress import Progress, report
from observer_app.storage import audit
from observer_app.storage.db import Database

MAX_PHOTO_BYTES = 60 * 1024 * 1024
MIME = {"JPEG": "image/jpeg", "PNG": "image/png"}


class PhotoError(InputError):
    """A refused photo; ``reason`` lets the GUI say it in the user's language."""

    def __init__(self, message: str, *, reason: str, where: str) -> None:
        self.reason = reason  # unreadable | empty | too-large | not-image | corrupt
        super().__init__(message, where=where)


@dataclass(frozen=True)
class PhotoInfo:
    id: int
    sha256: str
    file_name: str
    mime: str
    size: int


def check_image(data: bytes, where: str) -> str:
    """The MIME type of ``data`` if it is a complete JPEG or PNG; :class:`PhotoError` otherwise."""
    if not data:
        raise PhotoError("the file is empty", reason="empty", where=where)
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(
            f"the file is {len(data) // 1_048_576} MB; photos up to "
            f"{MAX_PHOTO_BYTES // 1_048_576} MB are accepted",
            reason="too-large",
            where=where,
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                kind = img.format or ""
                if kind not in MIME:
                    raise PhotoError(
                        f"a {kind or 'unknown'} image; only JPEG and PNG photos are accepted",
                        reason="not-image",
                        where=where,
                    )
                if kind == "JPEG":
                    img.draft("RGB", (img.width // 8 or 1, img.height // 8 or 1))
                img.load()  # decodes everything: a truncated file fails here
    except UnidentifiedImageError:
        raise PhotoError("not a JPEG or PNG image", reason="not-image", where=where) from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise PhotoError(
            f"the image is damaged or incomplete ({exc})", reason="corrupt", where=where
        ) from None
    return MIME[kind]


def read_photo_file(path: str | Path) -> tuple[bytes, str]:
    """The bytes and MIME type of a photo file, checked."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise PhotoError(
            f"cannot read the file ({exc.strerror or exc})", reason="unreadable", where=str(p)
        ) from None
    return data, check_image(data, str(p))


def _info(row: Sequence[object]) -> PhotoInfo:
    pid, sha, name, mime, size = row
    return PhotoInfo(int(str(pid)), str(sha), str(name), str(mime), int(str(size)))


_COLUMNS = (t.photo.c.id, t.photo.c.sha256, t.photo.c.file_name, t.photo.c.mime, t.photo.c.size)


def store_photo(
    db: Database, data: bytes, file_name: str, *, actor: str | None = None
) -> PhotoInfo:
    """Check and store a photo (once per content); the first storing is audited."""
    mime = check_image(data, file_name)
    sha = hashlib.sha256(data).hexdigest()
    with db.session() as s:
        found = s.execute(select(*_COLUMNS).where(t.photo.c.sha256 == sha)).first()
        if found is not None:
            return _info(found)
        s.execute(
            insert(t.photo),
            [
                {
                    "sha256": sha,
                    "file_name": Path(file_name).name,
                    "mime": mime,
                    "size": len(data),
                    "data": data,
                    "added_at": utcnow(),
                }
            ],
        )
        audit.record(
            s,
            "photo.add",
            entity="photo",
            entity_uid=sha,
            details={"file": Path(file_name).name, "mime": mime, "size": len(data)},
            actor=actor,
        )
        return _info(s.execute(select(*_COLUMNS).where(t.photo.c.sha256 == sha)).one())


def import_photo_files(
    db: Database,
    paths: Sequence[str | Path],
    *,
    actor: str | None = None,
    progress: Progress | None = None,
) -> tuple[list[PhotoInfo], list[PhotoError]]:
    """Store several photo files; refused ones are returned, not raised: good ones still go in."""
    stored: list[PhotoInfo] = []
    refused: list[PhotoError] = []
    for i, path in enumerate(paths):
        report(progress, i, len(paths), Path(path).name)
        try:
            data, _ = read_photo_file(path)
            stored.append(store_photo(db, data, str(path), actor=actor))
        except PhotoError as exc:
            refused.append(exc)
    report(progress, len(paths), len(paths), "")
    return stored, refused


def photos_by_sha(db: Database, shas: Iterable[str]) -> list[PhotoInfo]:
    """The stored photos among ``shas``, in the given order (unknown ones skipped)."""
    wanted = list(dict.fromkeys(shas))
    if not wanted:
        return []
    with db.session() as s:
        rows = {
            r[1]: _info(r) for r in s.execute(select(*_COLUMNS).where(t.photo.c.sha256.in_(wanted)))
        }
    return [rows[sha] for sha in wanted if sha in rows]


def photo_data(db: Database, sha256: str) -> bytes:
    with db.session() as s:
        data = s.execute(select(t.photo.c.data).where(t.photo.c.sha256 == sha256)).scalar()
    if data is None:
        raise InputError(f"no photo {sha256[:12]}… in {db.display_name}")
    return bytes(data)


def tally_photos(db: Database, tally_uid: str) -> list[PhotoInfo]:
    tp, tc = t.tally_photo.c, t.tally.c
    with db.session() as s:
        rows = s.execute(
            select(*_COLUMNS)
            .join(t.tally_photo, tp.photo_id == t.photo.c.id)
            .join(t.tally, tc.id == tp.tally_id)
            .where(tc.uid == tally_uid)
            .order_by(tp.id)
        ).all()
    return [_info(r) for r in rows]


def station_photos(db: Database, station_id: int) -> list[PhotoInfo]:
    """Every photo attached to any tally of a station (what the second keyer reads from)."""
    tp, tc = t.tally_photo.c, t.tally.c
    with db.session() as s:
        rows = s.execute(
            select(*_COLUMNS, tp.id)
            .join(t.tally_photo, tp.photo_id == t.photo.c.id)
            .join(t.tally, tc.id == tp.tally_id)
            .where(tc.station_id == station_id)
            .order_by(tp.id)
        ).all()
    seen: dict[str, PhotoInfo] = {}
    for r in rows:
        seen.setdefault(str(r[1]), _info(r[:5]))
    return list(seen.values())


def link_photos_in(
    s: Session, tally_id: int, tally_uid: str, revision: int, shas: Sequence[str], *, actor: str
) -> int:
    """Attach stored photos to a tally inside the caller's transaction; returns the new links."""
    if not shas:
        return 0
    tp = t.tally_photo.c
    ids = dict(
        s.execute(select(t.photo.c.sha256, t.photo.c.id).where(t.photo.c.sha256.in_(shas))).all()
    )
    missing = [sha for sha in shas if sha not in ids]
    if missing:
        raise InputError(f"photo(s) not stored: {', '.join(m[:12] for m in missing)}")
    have = set(s.execute(select(tp.photo_id).where(tp.tally_id == tally_id)).scalars())
    new = [ids[sha] for sha in dict.fromkeys(shas) if ids[sha] not in have]
    if new:
        s.execute(
            insert(t.tally_photo),
            [{"tally_id": tally_id, "photo_id": pid, "revision": revision} for pid in new],
        )
        audit.record(
            s,
            "photo.attach",
            entity="tally",
            entity_uid=tally_uid,
            details={"revision": revision, "photos": [sha for sha in shas if ids[sha] in new]},
            actor=actor,
        )
    return len(new)
