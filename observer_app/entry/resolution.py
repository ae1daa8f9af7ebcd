"""Resolving the differences of a blind double entry, field by field, with reasons.

Every decision becomes a ``Resolution`` row (scope ``double-entry``) naming the
two competing values, and the resolved figures become a new revision of the
observer's tally (origin ``resolution``): all in one transaction, audited.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import insert
from sqlmodel import Session

from observer_app.domain import tables as t
from observer_app.domain.values import utcnow
from observer_app.entry.double_entry import SCOPE, DoubleEntry, compare, competing_of
from observer_app.errors import InputError
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import CurrentTally, Provenance, new_uid, save_tally

MAX_COUNT = 100_000_000


@dataclass(frozen=True)
class Decision:
    """The value chosen (or typed) for one differing field, and why."""

    key: str
    value: int
    reason: str = ""


def _check(cmp: DoubleEntry, decisions: dict[str, Decision], label: dict[str, str]) -> None:
    where = f"station {cmp.station_code}"
    differing = {d.key: d for d in cmp.differences}
    unknown = [k for k in decisions if k not in differing]
    if unknown:
        raise InputError(
            f"no difference to resolve in {', '.join(label.get(k, k) for k in unknown)}",
            where=where,
        )
    missing = [d.key for d in cmp.unresolved if d.key not in decisions]
    if missing:
        raise InputError(
            f"choose a value for {', '.join(label.get(k, k) for k in missing)}", where=where
        )
    for k, dec in decisions.items():
        if not 0 <= dec.value <= MAX_COUNT:
            raise InputError(
                f"{label.get(k, k)}: {dec.value} is not a count (0 to {MAX_COUNT})", where=where
            )
        d = differing[k]
        if dec.value not in (d.first, d.second) and not dec.reason.strip():
            raise InputError(
                f"{label.get(k, k)}: {dec.value} is neither entry's value; give a reason",
                where=where,
            )


def resolve_double_entry(
    db: Database,
    ctx: ElectionContext,
    station_code: str,
    decisions: Iterable[Decision],
    operator: str,
    *,
    lang: str = "en",
) -> DoubleEntry:
    """Record the decisions and store the resolved figures; returns the new comparison."""
    cmp = compare(db, ctx, station_code)
    if cmp is None:
        raise InputError(
            "needs both an observer entry and a second entry to resolve",
            where=f"station {station_code}",
        )
    chosen = {d.key: Decision(d.key, d.value, d.reason.strip()) for d in decisions}
    labels = {k: _label(ctx, k, lang) for k in cmp.keys}
    _check(cmp, chosen, labels)
    if not chosen:
        return cmp
    actor = operator or audit.whoami()
    resolved = dict(cmp.current)
    changed = []
    for k, dec in chosen.items():
        if resolved.get(k) != dec.value:
            changed.append(f"{k} {resolved.get(k, '—')}→{dec.value}")
        resolved[k] = dec.value
    differing = {d.key: d for d in cmp.differences}

    def record(s: Session, tally: CurrentTally | None = None) -> None:
        now = utcnow()
        rows = []
        for k, dec in chosen.items():
            d = differing[k]
            rows.append(
                {
                    "uid": new_uid(),
                    "station_id": ctx.stations[station_code].id,
                    "scope": SCOPE,
                    "key": k,
                    "value": dec.value,
                    "reason": dec.reason,
                    "competing_json": json.dumps(
                        competing_of(cmp.first.uid, d.first, cmp.second.uid, d.second)
                    ),
                    "resolved_by": actor,
                    "resolved_at": now,
                }
            )
        s.execute(insert(t.resolution), rows)
        audit.record(
            s,
            "resolution.double-entry",
            entity="station",
            entity_uid=station_code,
            details={
                "first": cmp.first.uid,
                "second": cmp.second.uid,
                "decisions": [
                    {
                        "key": r["key"],
                        "value": r["value"],
                        "reason": r["reason"],
                        "competing": json.loads(str(r["competing_json"])),
                    }
                    for r in rows
                ],
                "revision": tally.revision if tally else None,
            },
            actor=actor,
        )

    if changed:
        save_tally(
            db,
            ctx,
            station_code,
            "observer",
            resolved,
            Provenance(
                entered_by=actor,
                origin="resolution",
                note="double-entry resolution: " + ", ".join(changed),
            ),
            status="final",
            protocol_faulty=cmp.first.protocol_faulty,
            tally_uid=cmp.first.uid,
            within=record,
        )
    else:
        with db.session() as s:
            record(s)
    after = compare(db, ctx, station_code)
    assert after is not None
    return after


def _label(ctx: ElectionContext, key: str, lang: str) -> str:
    """A figure's name for messages: the form's short label, or the candidate's name."""
    line = ctx.form.lines_by_key.get(key)
    if line is not None:
        return f"{line.number} {line.short_label(lang)}".strip()
    for contest in ctx.contests.values():
        for cand in contest.candidates:
            if cand.key == key:
                return f"{key} {cand.name}"
    return key
