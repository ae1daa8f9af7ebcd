"""A tally's history: every saved revision with who, when, from where, and what changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.errors import InputError
from observer_app.storage.db import Database
from observer_app.storage.tallies import load_values


@dataclass(frozen=True)
class FieldChange:
    key: str
    before: int | None  # None = blank
    after: int | None


@dataclass(frozen=True)
class RevisionEntry:
    revision: int
    entered_by: str
    entered_at: datetime
    machine: str
    origin: str
    origin_file: str
    protocol_faulty: bool
    note: str
    values: dict[str, int]
    changes: tuple[FieldChange, ...]  # against the previous revision (all figures for the first)
    photos_added: tuple[str, ...]  # sha256 of photos attached at this revision


def diff_values(
    before: Mapping[str, int], after: Mapping[str, int], order: Sequence[str] = ()
) -> list[FieldChange]:
    """Figures that differ between two states, in protocol ``order`` then any other key."""
    keys = [k for k in order if k in before or k in after]
    keys += sorted((set(before) | set(after)) - set(keys))
    return [
        FieldChange(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)
    ]


def tally_history(db: Database, tally_uid: str, order: Sequence[str] = ()) -> list[RevisionEntry]:
    """Every revision of a tally, oldest first, each with its changes against the one before."""
    r, tc, tp = t.tally_revision.c, t.tally.c, t.tally_photo.c
    with db.session() as s:
        tid = s.execute(select(tc.id).where(tc.uid == tally_uid)).scalar()
        if tid is None:
            raise InputError(f"no tally {tally_uid} in {db.display_name}")
        rows = s.execute(
            select(
                r.revision,
                r.entered_by,
                r.entered_at,
                r.machine,
                r.origin,
                r.origin_file,
                r.protocol_faulty,
                r.note,
                r.values_json,
            )
            .where(r.tally_id == tid)
            .order_by(r.revision)
        ).all()
        photos: dict[int, list[str]] = {}
        for rev, sha in s.execute(
            select(tp.revision, t.photo.c.sha256)
            .join(t.photo, t.photo.c.id == tp.photo_id)
            .where(tp.tally_id == tid)
            .order_by(tp.id)
        ):
            photos.setdefault(rev, []).append(sha)
    out: list[RevisionEntry] = []
    previous: dict[str, int] = {}
    for rev, by, at, machine, origin, ofile, faulty, note, vj in rows:
        values = load_values(vj)
        out.append(
            RevisionEntry(
                rev,
                by,
                at,
                machine,
                origin,
                ofile,
                bool(faulty),
                note,
                values,
                tuple(diff_values(previous, values, order)),
                tuple(photos.get(rev, ())),
            )
        )
        previous = values
    return out
