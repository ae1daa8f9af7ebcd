"""Creating an election and loading it as a read-only context for checks and imports."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import col

from observer_app.domain import tables as t
from observer_app.domain.inputs import ElectionIn
from observer_app.domain.models import Candidate, Contest, Election, utcnow
from observer_app.errors import InputError, UserError
from observer_app.forms import ProtocolForm
from observer_app.storage import audit
from observer_app.storage.bulk import ANALYZE_AFTER, analyze
from observer_app.storage.context import (
    CandidateInfo,
    ContestInfo,
    ElectionContext,
    StationInfo,
    no_election,
    read_election,
    unknown_election,
)
from observer_app.storage.db import Database

__all__ = [
    "CandidateInfo",
    "ContestInfo",
    "ElectionContext",
    "StationInfo",
    "counts",
    "create_election",
    "list_elections",
    "load_context",
    "pick_election",
]


def create_election(
    db: Database,
    data: ElectionIn,
    form: ProtocolForm,
    *,
    audit_details: dict[str, Any] | None = None,
) -> int:
    """Store a validated election in one transaction; returns its id.

    With ``audit_details`` (the importers pass the source file and its sha256)
    an ``election.create`` entry is appended to the audit chain in the same
    transaction.
    """
    contest_codes = {c.code for c in data.contests}
    for i, st in enumerate(data.stations):
        if st.contest not in contest_codes:
            raise InputError(f"unknown contest {st.contest!r}", where=f"stations[{i}] ({st.code})")
    seen: set[str] = set()
    for i, st in enumerate(data.stations):
        if st.code in seen:
            raise InputError(f"station code {st.code!r} appears twice", where=f"stations[{i}]")
        seen.add(st.code)
    with db.session() as s:
        exists = s.execute(select(t.election.c.id).where(t.election.c.code == data.code)).first()
        if exists:
            raise UserError(f"an election with code {data.code!r} is already in {db.display_name}")
        election = Election(
            code=data.code,
            name=data.name,
            country=data.country,
            held_on=data.held_on,
            form_id=form.id,
            form_json=form.to_json(),
            synthetic=data.synthetic,
            note=data.note,
            created_at=utcnow(),
        )
        s.add(election)
        s.flush()
        assert election.id is not None
        contest_ids: dict[str, int] = {}
        for pos, c in enumerate(data.contests):
            contest = Contest(
                election_id=election.id,
                code=c.code,
                name=c.name,
                region=c.region,
                placeholder=c.placeholder,
                position=pos,
            )
            s.add(contest)
            s.flush()
            assert contest.id is not None
            contest_ids[c.code] = contest.id
            s.execute(
                insert(Candidate),
                [
                    {
                        "contest_id": contest.id,
                        "ballot_number": cand.ballot_number,
                        "name": cand.name,
                        "nomination": cand.nomination,
                    }
                    for cand in c.candidates
                ],
            )
        s.execute(
            insert(t.station),
            [
                {
                    "election_id": election.id,
                    "contest_id": contest_ids[st.contest],
                    "code": st.code,
                    "name": st.name,
                    "address": st.address,
                    "registered_voters": st.registered_voters,
                }
                for st in data.stations
            ],
        )
        if len(data.stations) >= ANALYZE_AFTER:
            analyze(s.connection(), t.station, t.contest, t.candidate)
        if audit_details is not None:
            audit.record(
                s,
                "election.create",
                entity="election",
                entity_uid=data.code,
                details={
                    "name": data.name,
                    "form": form.id,
                    "contests": len(data.contests),
                    "stations": len(data.stations),
                    **audit_details,
                },
            )
        return election.id


def list_elections(db: Database) -> list[Election]:
    with db.session() as s:
        q = select(Election).order_by(col(Election.created_at), col(Election.id))
        return list(s.execute(q).scalars())


def pick_election(db: Database, code: str | None = None) -> Election:
    """The election named by ``code``, or the only/newest one in the database."""
    elections = list_elections(db)
    if not elections:
        raise no_election(db.display_name)
    if code is None:
        return elections[-1]
    for e in elections:
        if e.code == code:
            return e
    raise unknown_election(code, db.display_name, [e.code for e in elections])


def load_context(
    db: Database, code: str | None = None, *, stations: bool = True
) -> ElectionContext:
    """The election named by ``code`` (default: the newest) with its form and contests.

    ``stations=False`` leaves ``stations`` empty, for work that reads the
    stations it needs in SQL (``check``): a national election's 97,699
    stations are a fifth of a second to load.
    """
    return read_election(db, code, stations=stations)


def counts(db: Database, election_id: int) -> dict[str, int]:
    c = t.contest.c
    with db.session() as s:
        return {
            "contests": s.execute(
                select(func.count()).select_from(t.contest).where(c.election_id == election_id)
            ).scalar_one(),
            "candidates": s.execute(
                select(func.count())
                .select_from(t.candidate)
                .join(t.contest, c.id == t.candidate.c.contest_id)
                .where(c.election_id == election_id)
            ).scalar_one(),
            "stations": s.execute(
                select(func.count())
                .select_from(t.station)
                .where(t.station.c.election_id == election_id)
            ).scalar_one(),
        }
