"""Reading a report package and verifying all of it before anything touches the database.

Checked in this order, each failure a :class:`PackageRefused` naming the file,
the member and a ``reason`` code the GUI can translate: the archive is a
complete zip; no member path escapes it (``../``, absolute, drive letters);
declared sizes stay under the limit (a zip bomb is refused before anything is
inflated); the manifest is well-formed JSON matching its schema; the signature
verifies with the key the manifest names; the archive holds exactly the
members the manifest lists, each with the listed size and SHA-256; the
election is the one in this database (same code and definition); every tally,
revision and photo link is consistent with the election's stations and forms.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from observer_app.errors import InputError
from observer_app.identity import fingerprint, verify_signature
from observer_app.packages import format as f
from observer_app.schemas import errors as schema_errors
from observer_app.schemas import fast_validator
from observer_app.storage.elections import ElectionContext

REASONS = (
    "unreadable",
    "not-zip",
    "truncated",
    "path-escape",
    "duplicate-member",
    "encrypted",
    "too-large",
    "missing-member",
    "extra-member",
    "malformed-json",
    "not-package",
    "newer-format",
    "schema",
    "bad-signature",
    "hash-mismatch",
    "wrong-election",
    "unknown-station",
    "bad-content",
    "conflict",
    "revoked",
)
_DRIVE = re.compile(r"^[A-Za-z]:")


class PackageRefused(InputError):
    """A package that is not merged; ``reason`` is one of :data:`REASONS`."""

    def __init__(self, message: str, *, reason: str, where: str) -> None:
        assert reason in REASONS, reason
        self.reason = reason
        super().__init__(message, where=where)


@dataclass(frozen=True)
class PackageRevision:
    revision: int
    values: dict[str, int]
    entered_by: str
    entered_at: datetime
    machine: str
    origin: str
    origin_file: str
    origin_sha256: str
    protocol_faulty: bool
    note: str


@dataclass(frozen=True)
class PackageTally:
    uid: str
    station: str
    station_id: int
    contest: str
    observer: str
    status: str
    created_at: datetime
    revisions: tuple[PackageRevision, ...]
    photos: tuple[tuple[str, int], ...]  # (sha256, revision)

    @property
    def revision(self) -> int:
        return self.revisions[-1].revision


@dataclass(frozen=True)
class PackagePhoto:
    sha256: str
    path: str
    file_name: str
    mime: str
    size: int
    added_at: datetime


@dataclass
class VerifiedPackage:
    """A package whose every byte has been checked; photos are read on demand (re-checked)."""

    name: str
    manifest_bytes: bytes
    manifest: dict[str, Any]
    signature_b64: str
    tallies_bytes: bytes
    tallies: tuple[PackageTally, ...]
    photos: dict[str, PackagePhoto]
    ctx: ElectionContext
    _zip: zipfile.ZipFile = field(repr=False)
    _kept: dict[str, bytes] = field(default_factory=dict, repr=False)
    _handle: IO[bytes] | None = field(default=None, repr=False)

    def file_bytes(self) -> bytes:
        """The whole archive as received (kept for a quarantined package; re-verified later)."""
        assert self._handle is not None
        self._handle.seek(0)
        return self._handle.read()

    @property
    def manifest_sha256(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    @property
    def fingerprint(self) -> str:
        return str(self.manifest["observer"]["fingerprint"])

    @property
    def observer_name(self) -> str:
        return str(self.manifest["observer"]["name"])

    @property
    def organisation(self) -> str:
        return str(self.manifest["observer"]["organisation"])

    @property
    def public_key(self) -> str:
        return str(self.manifest["observer"]["public_key"])

    @property
    def election_code(self) -> str:
        return str(self.manifest["election"]["code"])

    @property
    def created_at(self) -> str:
        return str(self.manifest["created_at"])

    def photo_data(self, sha256: str) -> bytes:
        """The photo's bytes, hashed again if re-read (the file may have changed since)."""
        kept = self._kept.get(sha256)
        if kept is not None:
            return kept
        photo = self.photos[sha256]
        data = _read(self._zip, self._zip.getinfo(photo.path), self.name)
        if f.sha256_hex(data) != sha256:
            raise PackageRefused(
                "the photo changed while the package was being merged",
                reason="hash-mismatch",
                where=f"{self.name}: {photo.path}",
            )
        return data


ElectionResolver = Callable[[str], ElectionContext | None]


@contextmanager
def open_package(
    source: str | Path | bytes,
    resolve_election: ElectionResolver,
    *,
    name: str | None = None,
    max_uncompressed: int = f.DEFAULT_MAX_UNCOMPRESSED,
) -> Iterator[VerifiedPackage]:
    """Verify a package (a file or its bytes) completely; yields it while the archive is open."""
    if isinstance(source, bytes):
        label = name or "package"
        handle: IO[bytes] = io.BytesIO(source)
    else:
        path = Path(source)
        label = name or path.name
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise PackageRefused(
                f"cannot read the file ({exc.strerror or exc})", reason="unreadable", where=label
            ) from None
    try:
        zf = _open_zip(handle, label)
        try:
            pkg = _verify(zf, label, resolve_election, max_uncompressed)
            pkg._handle = handle
            yield pkg
        finally:
            zf.close()
    finally:
        handle.close()


def read_package(
    data: bytes,
    resolve_election: ElectionResolver,
    *,
    name: str = "package",
    max_uncompressed: int = f.DEFAULT_MAX_UNCOMPRESSED,
) -> VerifiedPackage:
    """Verify a package held in memory; needs no closing (safe to hand between threads)."""
    handle = io.BytesIO(data)
    pkg = _verify(_open_zip(handle, name), name, resolve_election, max_uncompressed)
    pkg._handle = handle
    return pkg


def _open_zip(handle: IO[bytes], label: str) -> zipfile.ZipFile:
    handle.seek(0, 2)
    size = handle.tell()
    handle.seek(0)
    if size == 0:
        raise PackageRefused("the file is empty", reason="truncated", where=label)
    try:
        return zipfile.ZipFile(handle)
    except zipfile.BadZipFile:
        head = handle.read(4) if handle.seek(0) == 0 else b""
        if head.startswith(b"PK"):
            raise PackageRefused(
                "the archive is incomplete (cut off during copying or download?)",
                reason="truncated",
                where=label,
            ) from None
        raise PackageRefused(
            "not a report package (not a zip archive)", reason="not-zip", where=label
        ) from None
    except (OSError, EOFError, ValueError) as exc:
        raise PackageRefused(
            f"the archive is damaged ({exc})", reason="truncated", where=label
        ) from None


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    try:
        with zf.open(info) as fh:
            data = fh.read()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise PackageRefused(
            f"the member is damaged or incomplete ({exc})",
            reason="truncated",
            where=f"{label}: {info.filename}",
        ) from None
    if len(data) != info.file_size:
        raise PackageRefused(
            "the member is incomplete", reason="truncated", where=f"{label}: {info.filename}"
        )
    return data


def _check_names(
    zf: zipfile.ZipFile, label: str, max_uncompressed: int
) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > f.MAX_MEMBERS:
        raise PackageRefused(
            f"{len(infos)} members; a package holds at most {f.MAX_MEMBERS}",
            reason="too-large",
            where=label,
        )
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or _DRIVE.match(name) or ".." in parts or "\\" in name:
            raise PackageRefused(
                f"member path {name!r} points outside the archive",
                reason="path-escape",
                where=label,
            )
        if name in by_name:
            raise PackageRefused(
                f"member {name!r} appears twice", reason="duplicate-member", where=label
            )
        if info.flag_bits & 0x1:
            raise PackageRefused(f"member {name!r} is encrypted", reason="encrypted", where=label)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageRefused(
                f"member {name!r} uses an unsupported compression method",
                reason="bad-content",
                where=label,
            )
        total += info.file_size
        if total > max_uncompressed:
            raise PackageRefused(
                f"the archive would expand to more than {max_uncompressed // 1_048_576} MB",
                reason="too-large",
                where=label,
            )
        by_name[name] = info
    limits = {
        f.MANIFEST: f.MAX_MANIFEST_BYTES,
        f.SIGNATURE: f.MAX_SIGNATURE_BYTES,
        f.TALLIES: f.MAX_TALLIES_BYTES,
    }
    for name, limit in limits.items():
        found = by_name.get(name)
        if found is not None and found.file_size > limit:
            raise PackageRefused(
                f"{name} would expand to {found.file_size} bytes (limit {limit})",
                reason="too-large",
                where=label,
            )
    for name in (f.MANIFEST, f.SIGNATURE):
        if name not in by_name:
            raise PackageRefused(
                f"not a report package: it has no {name}", reason="missing-member", where=label
            )
    return by_name


def _parse_json(data: bytes, where: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PackageRefused(
            f"not UTF-8 text ({exc})", reason="malformed-json", where=where
        ) from None
    except json.JSONDecodeError as exc:
        raise PackageRefused(
            f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            reason="malformed-json",
            where=where,
        ) from None


def _schema(data: Any, name: str, where: str) -> None:
    if fast_validator(name).is_valid(data):
        return
    found = schema_errors(data, name) or ["(rejected by the schema)"]  # jsonschema's messages
    more = f" (and {len(found) - 3} more)" if len(found) > 3 else ""
    raise PackageRefused(
        f"does not match the {name} schema: " + "; ".join(found[:3]) + more,
        reason="schema",
        where=where,
    )


def _manifest(
    zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], label: str
) -> tuple[bytes, dict[str, Any]]:
    where = f"{label}: {f.MANIFEST}"
    raw = _read(zf, infos[f.MANIFEST], label)
    data = _parse_json(raw, where)
    if not isinstance(data, dict) or data.get("format") != f.FORMAT:
        raise PackageRefused(
            "not an Observer App report package", reason="not-package", where=where
        )
    version = data.get("format_version")
    if isinstance(version, int) and version > f.FORMAT_VERSION:
        raise PackageRefused(
            f"package format {version} was made by a newer Observer App (this one reads up to "
            f"{f.FORMAT_VERSION}); update the app",
            reason="newer-format",
            where=where,
        )
    _schema(data, "report-package", where)
    return raw, data


def _signature(
    zf: zipfile.ZipFile,
    infos: dict[str, zipfile.ZipInfo],
    label: str,
    raw: bytes,
    manifest: dict[str, Any],
) -> str:
    where = f"{label}: {f.SIGNATURE}"
    observer = manifest["observer"]
    if fingerprint(base64.b64decode(observer["public_key"])) != observer["fingerprint"]:
        raise PackageRefused(
            "the fingerprint in the manifest does not belong to its public key",
            reason="bad-signature",
            where=f"{label}: {f.MANIFEST}",
        )
    text = _read(zf, infos[f.SIGNATURE], label).strip()
    try:
        signature = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise PackageRefused(
            "the signature is not base64", reason="bad-signature", where=where
        ) from None
    if len(signature) != 64 or not verify_signature(observer["public_key"], signature, raw):
        raise PackageRefused(
            f"the signature does not verify with the key of {observer['name']} "
            f"({observer['fingerprint']}): the package was changed after it was signed",
            reason="bad-signature",
            where=where,
        )
    return text.decode("ascii")


def _members(
    infos: dict[str, zipfile.ZipInfo], manifest: dict[str, Any], label: str
) -> dict[str, dict[str, Any]]:
    listed: dict[str, dict[str, Any]] = {}
    for m in manifest["members"]:
        if m["path"] in listed:
            raise PackageRefused(
                f"the manifest lists {m['path']} twice", reason="bad-content", where=label
            )
        listed[m["path"]] = m
    present = set(infos) - {f.MANIFEST, f.SIGNATURE}
    extra = sorted(present - set(listed))
    if extra:
        raise PackageRefused(
            f"member {extra[0]!r} is not in the manifest"
            + (f" (and {len(extra) - 1} more)" if len(extra) > 1 else ""),
            reason="extra-member",
            where=label,
        )
    missing = sorted(set(listed) - present)
    if missing:
        raise PackageRefused(
            f"member {missing[0]!r} listed in the manifest is missing",
            reason="missing-member",
            where=label,
        )
    if f.TALLIES not in listed:
        raise PackageRefused(
            f"the package has no {f.TALLIES}", reason="missing-member", where=label
        )
    for path, m in listed.items():
        if infos[path].file_size != m["size"]:
            raise PackageRefused(
                f"size {infos[path].file_size} differs from the manifest's {m['size']}",
                reason="hash-mismatch",
                where=f"{label}: {path}",
            )
    return listed


def _checked_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, expected_sha: str, label: str
) -> bytes:
    data = _read(zf, info, label)
    if f.sha256_hex(data) != expected_sha:
        raise PackageRefused(
            "its SHA-256 differs from the manifest's: the member was changed or damaged",
            reason="hash-mismatch",
            where=f"{label}: {info.filename}",
        )
    return data


def _election(manifest: dict[str, Any], resolve: ElectionResolver, label: str) -> ElectionContext:
    code = manifest["election"]["code"]
    ctx = resolve(code)
    if ctx is None:
        raise PackageRefused(
            f"the package is for election {code!r} ({manifest['election']['name']}), "
            "which is not in this database",
            reason="wrong-election",
            where=label,
        )
    if f.definition_sha256(ctx) != manifest["election"]["definition_sha256"]:
        raise PackageRefused(
            f"the package is for a different election that is also coded {code!r} "
            "(its form, contests or candidates differ from this database's)",
            reason="wrong-election",
            where=label,
        )
    return ctx


def _verify(
    zf: zipfile.ZipFile, label: str, resolve: ElectionResolver, max_uncompressed: int
) -> VerifiedPackage:
    infos = _check_names(zf, label, max_uncompressed)
    raw, manifest = _manifest(zf, infos, label)
    signature = _signature(zf, infos, label, raw, manifest)
    listed = _members(infos, manifest, label)
    ctx = _election(manifest, resolve, label)
    tallies_bytes = _checked_member(zf, infos[f.TALLIES], listed[f.TALLIES]["sha256"], label)
    where = f"{label}: {f.TALLIES}"
    doc = _parse_json(tallies_bytes, where)
    _schema(doc, "report-package-tallies", where)
    photos = _photos(doc, listed, where)
    keep = sum(p.size for p in photos.values()) <= f.KEEP_IN_MEMORY
    kept: dict[str, bytes] = {}
    for sha, photo in photos.items():
        data = _checked_member(zf, infos[photo.path], sha, label)
        if keep:
            kept[sha] = data
    tallies = _tallies(doc, ctx, photos, where)
    _counts(manifest, tallies, photos, label)
    return VerifiedPackage(
        label, raw, manifest, signature, tallies_bytes, tallies, photos, ctx, zf, kept
    )


def _photos(
    doc: dict[str, Any], listed: dict[str, dict[str, Any]], where: str
) -> dict[str, PackagePhoto]:
    photos: dict[str, PackagePhoto] = {}
    for i, p in enumerate(doc["photos"]):
        at = f"{where}: photos[{i}]"
        member = listed.get(p["path"])
        if member is None or p["sha256"] in photos:
            raise PackageRefused(
                f"photo {p['path']} is not a member of the manifest, or is listed twice",
                reason="bad-content",
                where=at,
            )
        if (
            member["sha256"] != p["sha256"]
            or p["size"] != member["size"]
            or p["path"] != f.photo_path(p["sha256"], p["mime"])
        ):
            raise PackageRefused(
                "the photo's hash, size or name differs from the manifest's",
                reason="hash-mismatch",
                where=at,
            )
        photos[p["sha256"]] = PackagePhoto(
            p["sha256"],
            p["path"],
            p["file_name"],
            p["mime"],
            p["size"],
            f.parse_time(p["added_at"], at),
        )
    unlisted = {p for p in listed if p.startswith("photos/")} - {p.path for p in photos.values()}
    if unlisted:
        raise PackageRefused(
            f"member {sorted(unlisted)[0]} is not described in tallies.json",
            reason="bad-content",
            where=where,
        )
    return photos


def _tallies(
    doc: dict[str, Any], ctx: ElectionContext, photos: dict[str, PackagePhoto], where: str
) -> tuple[PackageTally, ...]:
    out: list[PackageTally] = []
    seen: set[str] = set()
    for i, t in enumerate(doc["tallies"]):
        at = f"{where}: tallies[{i}] ({t['station']})"
        if t["uid"] in seen:
            raise PackageRefused(f"tally {t['uid']} appears twice", reason="bad-content", where=at)
        seen.add(t["uid"])
        st = ctx.stations.get(t["station"])
        if st is None:
            raise PackageRefused(
                f"station {t['station']!r} is not in election {ctx.code}",
                reason="unknown-station",
                where=at,
            )
        contest = ctx.contests[st.contest_id]
        if contest.code != t["contest"]:
            raise PackageRefused(
                f"station {st.code} belongs to contest {contest.code} here, not {t['contest']!r}",
                reason="wrong-election",
                where=at,
            )
        keys = set(ctx.all_keys(contest))
        revisions: list[PackageRevision] = []
        for n, r in enumerate(t["revisions"], start=1):
            if r["revision"] != n:
                raise PackageRefused(
                    f"revisions must run 1, 2, 3...; found {r['revision']} at position {n}",
                    reason="bad-content",
                    where=at,
                )
            unknown = sorted(set(r["values"]) - keys)
            if unknown:
                raise PackageRefused(
                    f"revision {n} has figures {', '.join(unknown)} that the protocol of "
                    f"contest {contest.code} does not have",
                    reason="bad-content",
                    where=at,
                )
            revisions.append(
                PackageRevision(
                    n,
                    dict(r["values"]),
                    r["entered_by"],
                    f.parse_time(r["entered_at"], at),
                    r["machine"],
                    r["origin"],
                    r["origin_file"],
                    r["origin_sha256"],
                    r["protocol_faulty"],
                    r["note"],
                )
            )
        links: list[tuple[str, int]] = []
        for link in t["photos"]:
            if link["sha256"] not in photos or link["revision"] > len(revisions):
                raise PackageRefused(
                    f"photo link {link['sha256'][:12]}… (revision {link['revision']}) points "
                    "to no photo or revision of the package",
                    reason="bad-content",
                    where=at,
                )
            links.append((link["sha256"], link["revision"]))
        if len({s for s, _ in links}) != len(links):
            raise PackageRefused("a photo is linked twice", reason="bad-content", where=at)
        out.append(
            PackageTally(
                t["uid"],
                st.code,
                st.id,
                contest.code,
                t["observer"],
                t["status"],
                f.parse_time(t["created_at"], at),
                tuple(revisions),
                tuple(sorted(links)),
            )
        )
    return tuple(out)


def _counts(
    manifest: dict[str, Any],
    tallies: tuple[PackageTally, ...],
    photos: dict[str, PackagePhoto],
    label: str,
) -> None:
    counts = manifest["counts"]
    actual = {
        "tallies": len(tallies),
        "revisions": sum(len(t.revisions) for t in tallies),
        "photos": len(photos),
    }
    stations = sorted({t.station for t in tallies})
    if counts != actual or sorted(manifest["stations"]) != stations:
        raise PackageRefused(
            f"the manifest announces {counts} for stations {manifest['stations'][:5]}, "
            f"the package holds {actual} for {stations[:5]}",
            reason="bad-content",
            where=label,
        )
