"""Copies of one station from different observers: where they differ, and the decisions on them.

Every observer's copy is kept as its own tally. A station is *flagged* when its
copies differ on some figure and no current decision covers it. The
coordinator resolves field by field (Apollo's model): choose one of the
competing values or correct it to another, always with a reason. Decisions are
``Resolution`` rows with scope ``"observers"``, recorded in the audit chain and
never deleted; a later decision for the same field supersedes an earlier one.
A decision remembers the competing values it was made on: if a new copy or a
new revision changes them, the decision is *outdated* and the station is
flagged again (the old decision stays visible).

The flag is computed from the data, not stored, so it is the same whatever
order the packages were merged in. Reconciliation reads
:func:`observer_consensus`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import insert, select

from observer_app.domain import tables as t
from observer_app.domain.values import utcnow
from observer_app.errors import InputError, UserError
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.resolutions import StoredResolution, resolutions_query, stored_resolution
from observer_app.storage.tallies import load_values, new_uid

SCOPE = "observers"
Decision = StoredResolution  # a coordinator's decision on one field of differing copies
MAX_VALUE = 100_000_000


@dataclass(frozen=True)
class Copy:
    tally_uid: str
    observer: str
    fingerprint: str
    revision: int
    values: dict[str, int]
    protocol_faulty: bool


@dataclass(frozen=True)
class FieldState:
    key: str
    values: dict[str, int | None]  # tally uid → value (None = blank)
    decision: Decision | None  # the latest decision on this field, current or not

    @property
    def agreed(self) -> bool:
        return len(set(self.values.values())) <= 1

    @property
    def outdated(self) -> bool:
        return self.decision is not None and self.decision.competing != self.values

    @property
    def resolved(self) -> bool:
        return self.agreed or (self.decision is not None and not self.outdated)

    @property
    def value(self) -> int | None:
        """The agreed or decided value; None while unresolved (or blank on every copy)."""
        if self.agreed:
            return next(iter(self.values.values()), None)
        if self.decision is not None and not self.outdated:
            return self.decision.value
        return None


@dataclass(frozen=True)
class StationCopies:
    station_id: int
    station_code: str
    copies: tuple[Copy, ...]
    fields: tuple[FieldState, ...]  # every figure of the protocol, in protocol order

    @property
    def differing(self) -> tuple[FieldState, ...]:
        return tuple(fs for fs in self.fields if not fs.agreed)

    @property
    def unresolved(self) -> tuple[FieldState, ...]:
        return tuple(fs for fs in self.fields if not fs.resolved)

    @property
    def flagged(self) -> bool:
        return bool(self.unresolved)

    def consensus(self) -> dict[str, int]:
        """Figures all copies agree on or the coordinator decided (no blanks, no open fields)."""
        return {fs.key: v for fs in self.fields if fs.resolved and (v := fs.value) is not None}


@dataclass(frozen=True)
class Consensus:
    """What reconciliation should use for a station's observer figures."""

    values: dict[str, int]
    unresolved: tuple[str, ...]  # keys still in conflict (their figures are not in ``values``)
    decided: tuple[str, ...]  # keys settled by a coordinator's decision
    copies: int


def station_copies(
    db: Database,
    ctx: ElectionContext,
    stations: Iterable[str] | None = None,
    *,
    min_copies: int = 2,
) -> list[StationCopies]:
    """Stations of ``ctx`` with at least ``min_copies`` final observer copies, by station code."""
    tc = t.tally.c
    wanted = (
        None if stations is None else {ctx.stations[c].id for c in stations if c in ctx.stations}
    )
    copies: dict[int, list[Copy]] = {}
    decisions: dict[tuple[int, str], Decision] = {}
    with db.session() as s:
        q = select(
            tc.station_id,
            tc.uid,
            tc.observer,
            tc.observer_fingerprint,
            tc.revision,
            tc.values_json,
            tc.protocol_faulty,
        ).where(tc.source == "observer", tc.status == "final")
        for r in s.execute(q.order_by(tc.station_id, tc.observer, tc.uid)):
            if r.station_id in ctx.stations_by_id and (wanted is None or r.station_id in wanted):
                copies.setdefault(r.station_id, []).append(
                    Copy(
                        r.uid,
                        r.observer,
                        r.observer_fingerprint,
                        r.revision,
                        load_values(r.values_json),
                        bool(r.protocol_faulty),
                    )
                )
        for r in s.execute(resolutions_query(SCOPE, election_id=ctx.id)):
            if r.station_id in copies:
                decisions[(r.station_id, r.key)] = stored_resolution(r)
    out: list[StationCopies] = []
    for sid, found in copies.items():
        if len(found) < min_copies:
            continue
        st = ctx.stations_by_id[sid]
        order = ctx.all_keys(ctx.contests[st.contest_id])
        keys = list(order) + sorted({k for c in found for k in c.values} - set(order))
        fields = tuple(
            FieldState(k, {c.tally_uid: c.values.get(k) for c in found}, decisions.get((sid, k)))
            for k in keys
        )
        out.append(StationCopies(sid, st.code, tuple(found), fields))
    return sorted(out, key=lambda sc: sc.station_code)


def flagged_stations(db: Database, ctx: ElectionContext) -> list[StationCopies]:
    return [sc for sc in station_copies(db, ctx) if sc.flagged]


def observer_consensus(db: Database, ctx: ElectionContext) -> dict[str, Consensus]:
    """Per station with observer copies: agreed and decided figures, and what is still open."""
    return {
        sc.station_code: Consensus(
            sc.consensus(),
            tuple(fs.key for fs in sc.unresolved),
            tuple(fs.key for fs in sc.differing if fs.resolved),
            len(sc.copies),
        )
        for sc in station_copies(db, ctx, min_copies=1)
    }


def resolve(
    db: Database,
    ctx: ElectionContext,
    station_code: str,
    decisions: Mapping[str, int],
    reason: str,
    *,
    actor: str | None = None,
) -> list[Decision]:
    """Record the coordinator's value for differing fields of a station, with a reason."""
    reason = reason.strip()
    if not reason:
        raise InputError("give a reason for the decision (it goes into the audit history)")
    if station_code not in ctx.stations:
        raise InputError(f"no station {station_code!r} in election {ctx.code}")
    if not decisions:
        raise InputError("no field to decide")
    found = station_copies(db, ctx, [station_code])
    if not found:
        raise UserError(
            f"station {station_code} has fewer than two observer copies: nothing to resolve"
        )
    fields = {fs.key: fs for fs in found[0].fields}
    by = actor if actor is not None else audit.whoami()
    now = utcnow()
    rows: list[dict[str, object]] = []
    out: list[Decision] = []
    for key, value in decisions.items():
        fs = fields.get(key)
        if fs is None:
            raise InputError(f"{key!r} is not a figure of station {station_code}'s protocol")
        if fs.agreed:
            raise UserError(
                f"every copy of station {station_code} agrees on {key}; nothing to resolve"
            )
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_VALUE:
            raise InputError(f"{key}: {value!r} is not a count (a whole number from 0)")
        d = Decision(new_uid(), key, value, reason, dict(fs.values), by, now)
        out.append(d)
        rows.append(
            {
                "uid": d.uid,
                "station_id": ctx.stations[station_code].id,
                "scope": SCOPE,
                "key": key,
                "value": value,
                "reason": reason,
                "competing_json": json.dumps(d.competing, sort_keys=True),
                "resolved_by": by,
                "resolved_at": now,
            }
        )
    with db.session() as s:
        s.execute(insert(t.resolution), rows)
        audit.record(
            s,
            "resolution.observers",
            entity="station",
            entity_uid=station_code,
            details={
                "election": ctx.code,
                "reason": reason,
                "decisions": [
                    {
                        "uid": d.uid,
                        "key": d.key,
                        "value": d.value,
                        "kind": "corrected" if d.corrected else "chosen",
                        "competing": d.competing,
                    }
                    for d in out
                ],
            },
            actor=by,
        )
    return out


def decisions_of(db: Database, ctx: ElectionContext, station_code: str) -> list[Decision]:
    """Every decision ever made on the station, oldest first (superseded ones included)."""
    sid = ctx.stations[station_code].id
    with db.session() as s:
        q = resolutions_query(SCOPE, station_ids=[sid])
        return [stored_resolution(r) for r in s.execute(q)]
