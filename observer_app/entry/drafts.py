"""Unsaved entry state, written every few seconds so a crash or a kill loses almost nothing.

A draft is keyed by (station, source, operator): one person's unfinished entry
of one protocol. Writing a draft is not a change of data (nothing is saved
yet), so it is not audited; deleting one is (it may throw typed figures away).
Saving the entry drops its draft inside the save's own transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Row, delete, insert, select, update
from sqlmodel import Session

from observer_app.domain import tables as t
from observer_app.domain.inputs import Count, validated
from observer_app.domain.values import utcnow
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext


class _StateIn(BaseModel):
    """The stored draft state, validated when read back (it may come from an older version)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    values: dict[str, Count] = Field(default_factory=dict)
    protocol_faulty: bool = False
    note: str = ""
    photos: tuple[str, ...] = ()
    focus: str = ""


@dataclass(frozen=True)
class DraftState:
    """What the entry form holds: figures typed so far (blank = absent), flag, note, new photos."""

    values: dict[str, int] = field(default_factory=dict)
    protocol_faulty: bool = False
    note: str = ""
    photos: tuple[str, ...] = ()  # sha256 of photos attached but not yet linked to the tally
    focus: str = ""  # key of the field the cursor was in

    def to_json(self) -> str:
        return json.dumps(
            {
                "values": self.values,
                "protocol_faulty": self.protocol_faulty,
                "note": self.note,
                "photos": list(self.photos),
                "focus": self.focus,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str, where: str = "draft") -> DraftState:
        data = validated(_StateIn, json.loads(text), where)
        return cls(dict(data.values), data.protocol_faulty, data.note, data.photos, data.focus)

    @property
    def is_empty(self) -> bool:
        return not (self.values or self.protocol_faulty or self.note or self.photos)


@dataclass(frozen=True)
class PendingDraft:
    """A draft waiting in the database: what the restore offer lists."""

    id: int
    station_code: str
    source: str
    operator: str
    tally_uid: str  # the saved tally the draft edits, "" for a new entry
    state: DraftState
    updated_at: datetime


class _Key(BaseModel):
    model_config = ConfigDict(frozen=True)
    source: Literal["observer", "second-entry"]  # official figures are imported, not typed
    operator: str = Field(max_length=200)


def _station_id(ctx: ElectionContext, station_code: str) -> int:
    return ctx.stations[station_code].id


def save_draft(
    db: Database,
    ctx: ElectionContext,
    station_code: str,
    source: str,
    operator: str,
    state: DraftState,
    *,
    tally_uid: str = "",
) -> None:
    """Write (insert or overwrite) the draft of one person's entry of one protocol."""
    validated(_Key, {"source": source, "operator": operator}, "draft")
    sid = _station_id(ctx, station_code)
    d = t.draft.c
    now = utcnow()
    with db.session() as s:
        found = s.execute(
            select(d.id).where(d.station_id == sid, d.source == source, d.operator == operator)
        ).scalar()
        row = {"tally_uid": tally_uid, "state_json": state.to_json(), "updated_at": now}
        if found is None:
            s.execute(
                insert(t.draft),
                [{"station_id": sid, "source": source, "operator": operator, **row}],
            )
        else:
            s.execute(update(t.draft).where(d.id == found).values(**row))


_COLUMNS = (
    t.draft.c.id,
    t.draft.c.station_id,
    t.draft.c.source,
    t.draft.c.operator,
    t.draft.c.tally_uid,
    t.draft.c.state_json,
    t.draft.c.updated_at,
)


def _pending(ctx: ElectionContext, row: Row[Any]) -> PendingDraft:
    rid, sid, source, operator, uid, state_json, at = tuple(row)
    code = ctx.stations_by_id[sid].code
    state = DraftState.from_json(state_json, f"draft of station {code}")
    return PendingDraft(rid, code, source, operator, uid, state, at)


def load_draft(
    db: Database, ctx: ElectionContext, station_code: str, source: str, operator: str
) -> PendingDraft | None:
    d = t.draft.c
    sid = _station_id(ctx, station_code)
    with db.session() as s:
        row = s.execute(
            select(*_COLUMNS).where(d.station_id == sid, d.source == source, d.operator == operator)
        ).first()
    return _pending(ctx, row) if row is not None else None


def pending_drafts(db: Database, ctx: ElectionContext) -> list[PendingDraft]:
    """Every unsaved draft of the election, newest first: what to offer after a crash."""
    d, sc = t.draft.c, t.station.c
    with db.session() as s:
        rows = s.execute(
            select(*_COLUMNS)
            .join(t.station, sc.id == d.station_id)
            .where(sc.election_id == ctx.id)
            .order_by(d.updated_at.desc(), d.id.desc())
        ).all()
    return [_pending(ctx, r) for r in rows]


def drop_draft_in(
    s: Session,
    ctx: ElectionContext,
    station_code: str,
    source: str,
    operator: str,
    *,
    reason: str,
    actor: str,
) -> bool:
    """Delete a draft inside the caller's transaction, with an audit entry; False if none."""
    d = t.draft.c
    sid = _station_id(ctx, station_code)
    where = (d.station_id == sid, d.source == source, d.operator == operator)
    state_json = s.execute(select(d.state_json).where(*where)).scalar()
    if state_json is None:
        return False
    s.execute(delete(t.draft).where(*where))
    audit.record(
        s,
        "draft.delete",
        entity="station",
        entity_uid=station_code,
        details={
            "source": source,
            "operator": operator,
            "reason": reason,
            "state": json.loads(state_json),
        },
        actor=actor,
    )
    return True


def delete_draft(
    db: Database,
    ctx: ElectionContext,
    station_code: str,
    source: str,
    operator: str,
    *,
    reason: str = "discarded",
    actor: str | None = None,
) -> bool:
    """Throw a draft away (the user chose to discard it); recorded in the audit chain."""
    with db.session() as s:
        return drop_draft_in(
            s,
            ctx,
            station_code,
            source,
            operator,
            reason=reason,
            actor=actor if actor is not None else (operator or audit.whoami()),
        )
