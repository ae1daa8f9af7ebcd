"""The report package layout, its limits, and the canonical forms both ends must agree on.

A package is a zip holding ``manifest.json`` (schemas/report-package.schema.json),
``manifest.sig`` (base64 Ed25519 signature over the exact manifest bytes),
``tallies.json`` (schemas/report-package-tallies.schema.json) and
``photos/<sha256>.<ext>``. The manifest lists every other member with its
SHA-256, so one signature covers the whole archive.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement

from observer_app.domain import tables as t
from observer_app.errors import InputError
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import load_values

FORMAT = "observer-app/report-package"
TALLIES_FORMAT = "observer-app/report-package-tallies"
FORMAT_VERSION = 1
SUFFIX = ".oapkg"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
TALLIES = "tallies.json"

# Limits checked from the zip directory before anything is decompressed.
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024
MAX_TALLIES_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 100_002
DEFAULT_MAX_UNCOMPRESSED = 4 * 1024 * 1024 * 1024  # a district's photos fit; a zip bomb does not
KEEP_IN_MEMORY = 64 * 1024 * 1024  # photos of a package up to this size are read once

MIME_EXT = {"image/jpeg": "jpg", "image/png": "png"}


def photo_path(sha256: str, mime: str) -> str:
    return f"photos/{sha256}.{MIME_EXT.get(mime, 'bin')}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def iso(at: datetime) -> str:
    """A timestamp in UTC with microseconds (naive values from SQLite are UTC)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def parse_time(text: str, where: str) -> datetime:
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"not a timestamp: {text!r}", where=where) from None
    if at.tzinfo is None:
        raise InputError(f"timestamp without a time zone: {text!r}", where=where)
    return at.astimezone(UTC)


def as_utc(at: datetime) -> datetime:
    """A stored timestamp as an aware UTC datetime, for comparisons across backends."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


# A revision's provenance, as stored and as carried in tallies.json.
PROVENANCE = (
    "entered_by",
    "entered_at",
    "machine",
    "origin",
    "origin_file",
    "origin_sha256",
    "protocol_faulty",
    "note",
)


def revision_columns() -> list[ColumnElement[Any]]:
    """``values_json``, then the provenance columns of ``tally_revision`` (:data:`PROVENANCE`)."""
    rc = t.tally_revision.c
    return [rc.values_json, *(rc[name] for name in PROVENANCE)]


def revision_key(values: dict[str, int], *provenance: Any) -> tuple[Any, ...]:
    """A revision's content, comparable across backends (UTC times, real booleans)."""
    by, at, machine, origin, ofile, osha, faulty, note = provenance
    return (values, by, as_utc(at), machine, origin, ofile, osha, bool(faulty), note)


def stored_revision_key(row: Any) -> tuple[Any, ...]:
    """:func:`revision_key` of a row selected with :func:`revision_columns` (first 9 fields)."""
    return revision_key(load_values(row[0]), *row[1:9])


def revision_document(revision: int, row: Any) -> dict[str, object]:
    """A revision as tallies.json carries it, from a row of :func:`revision_columns`."""
    doc: dict[str, object] = {"revision": revision, "values": load_values(row[0])}
    doc.update(zip(PROVENANCE, row[1:9], strict=True))
    doc["entered_at"] = iso(row[2])
    doc["protocol_faulty"] = bool(row[7])
    return doc


def canonical_json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def election_definition(ctx: ElectionContext) -> dict[str, object]:
    """What gives the figures their meaning: the form, contests and candidates.

    Stations are left out on purpose (a coordinator may add a station late);
    each station of a package is checked on its own instead.
    """
    return {
        "code": ctx.code,
        "form": json.loads(ctx.form.to_json()),
        "contests": sorted(
            [c.code, [[k.ballot_number, k.name] for k in c.candidates]]
            for c in ctx.contests.values()
        ),
    }


_DEFINITIONS: dict[int, tuple[ElectionContext, str]] = {}


def definition_sha256(ctx: ElectionContext) -> str:
    """Computed once per loaded election (every package of a merge run asks)."""
    hit = _DEFINITIONS.get(id(ctx))
    if hit is not None and hit[0] is ctx:
        return hit[1]
    value = sha256_hex(canonical_json(election_definition(ctx)))
    if len(_DEFINITIONS) > 64:
        _DEFINITIONS.clear()
    _DEFINITIONS[id(ctx)] = (ctx, value)
    return value
