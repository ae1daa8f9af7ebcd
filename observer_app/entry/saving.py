"""Saving one protocol typed by one person: validated, revisioned, photos linked, draft dropped.

The tally a person edits is theirs: the newest tally of the station for this
source whose observer is the operator. A second keyer therefore never loads
the first entry (blind double entry) and two coordinators never overwrite
each other's copies.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from observer_app.domain import tables as t
from observer_app.domain.models import Tally
from observer_app.entry.drafts import DraftState, drop_draft_in
from observer_app.entry.photos import link_photos_in
from observer_app.errors import InputError
from observer_app.forms import Violation, check
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import CurrentTally, Provenance, load_values, save_tally

MAX_COUNT = 100_000_000
ORIGIN = {"observer": "gui", "second-entry": "second-entry"}


@dataclass(frozen=True)
class Readiness:
    """Whether figures may be saved as final, and what stands in the way."""

    violations: list[Violation]
    blanks: list[str]  # keys still blank, protocol order

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.is_error]

    @property
    def warnings(self) -> list[Violation]:
        return [v for v in self.violations if not v.is_error]

    @property
    def clean(self) -> bool:
        """No blank field and no error: saves as final without the faulty-copy flag."""
        return not self.errors and not self.blanks


def readiness(ctx: ElectionContext, station_code: str, values: dict[str, int]) -> Readiness:
    contest = ctx.contest_of(ctx.stations[station_code])
    keys = ctx.all_keys(contest)
    return Readiness(
        check(ctx.form, values, contest.candidate_keys), [k for k in keys if k not in values]
    )


def find_tally(
    db: Database, ctx: ElectionContext, station_code: str, source: str, operator: str
) -> CurrentTally | None:
    """The tally this operator edits for this station and source (draft or final), if any."""
    sid = ctx.stations[station_code].id
    with db.session() as s:
        found = s.execute(
            select(Tally)
            .where(
                col(Tally.station_id) == sid,
                col(Tally.source) == source,
                col(Tally.observer) == operator,
            )
            .order_by(col(Tally.updated_at).desc(), col(Tally.id).desc())
            .limit(1)
        ).scalar()
    if found is None or found.id is None:
        return None
    values = load_values(found.values_json)
    return CurrentTally(
        found.id, found.uid, sid, source, operator, found.status, found.revision, values,
        found.protocol_faulty,
    )  # fmt: skip


def _validate(ctx: ElectionContext, station_code: str, state: DraftState) -> None:
    where = f"station {station_code}"
    keys = set(ctx.all_keys(ctx.contest_of(ctx.stations[station_code])))
    for k, v in state.values.items():
        if k not in keys:
            raise InputError(f"{k!r} is not a figure of this protocol", where=where)
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= MAX_COUNT:
            raise InputError(f"{k}: {v!r} is not a count (0 to {MAX_COUNT})", where=where)


def save_entry(
    db: Database,
    ctx: ElectionContext,
    station_code: str,
    source: str,
    operator: str,
    state: DraftState,
    *,
    final: bool = True,
    tally_uid: str | None = None,
) -> CurrentTally:
    """Save typed figures as a new tally or a new revision of ``tally_uid``.

    A final save needs every field filled and no error, unless the protocol
    copy itself is marked wrong and a note says how; a draft saves anything.
    """
    if source not in ORIGIN:
        raise InputError(f"cannot enter figures as {source!r}; use observer or second-entry")
    if station_code not in ctx.stations:
        raise InputError(f"no station {station_code!r} in election {ctx.code}")
    _validate(ctx, station_code, state)
    where = f"station {station_code}"
    if final:
        ready = readiness(ctx, station_code, state.values)
        if not ready.clean and not state.protocol_faulty:
            problems = [v.explain(ctx.form) for v in ready.errors]
            if ready.blanks:
                problems.append(f"blank: {', '.join(ready.blanks)}")
            raise InputError(
                "cannot save as final: " + "; ".join(problems) + ". Save it as a draft, or mark "
                "the protocol copy itself as wrong and describe it in the note",
                where=where,
            )
    if final and state.protocol_faulty and not state.note.strip():
        raise InputError(
            "the protocol copy is marked as wrong: a note describing what is wrong is required",
            where=where,
        )
    actor = operator or audit.whoami()

    def within(s: Session, tally: CurrentTally) -> None:
        link_photos_in(s, tally.id, tally.uid, tally.revision, state.photos, actor=actor)
        drop_draft_in(s, ctx, station_code, source, operator, reason="saved", actor=actor)

    return save_tally(
        db,
        ctx,
        station_code,
        source,
        state.values,
        Provenance(entered_by=actor, origin=ORIGIN[source], note=state.note.strip()),
        observer=operator,
        status="final" if final else "draft",
        protocol_faulty=state.protocol_faulty,
        tally_uid=tally_uid,
        within=within,
    )


@dataclass(frozen=True)
class StationDetails:
    code: str
    name: str
    address: str
    contest: str
    registered_voters: int | None


def station_details(db: Database, ctx: ElectionContext, station_code: str) -> StationDetails:
    """What the entry screens show about a station (name and address are not in the context)."""
    st = ctx.stations[station_code]
    sc = t.station.c
    with db.session() as s:
        name, address = s.execute(select(sc.name, sc.address).where(sc.id == st.id)).one()
    return StationDetails(
        station_code, name, address, ctx.contest_of(st).name, st.registered_voters
    )
