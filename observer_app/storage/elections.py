"""Creating an election and loading it as a read-only context for checks and imports."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, partial
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import func, insert, select
from sqlmodel import Session

from observer_app.domain import tables as t
from observer_app.domain.inputs import ElectionIn
from observer_app.domain.models import Candidate, Contest, Election, utcnow
from observer_app.errors import InputError, UserError
from observer_app.forms import ProtocolForm, candidate_key, form_from_json
from observer_app.storage import audit
from observer_app.storage.bulk import ANALYZE_AFTER, analyze, fetch_tuples
from observer_app.storage.db import Database


@dataclass(frozen=True, slots=True)
class CandidateInfo:
    id: int
    ballot_number: int
    name: str
    nomination: str

    @property
    def key(self) -> str:
        return candidate_key(self.ballot_number)


@dataclass(frozen=True, slots=True)
class ContestInfo:
    id: int
    code: str
    name: str
    region: str
    placeholder: bool
    candidates: tuple[CandidateInfo, ...]

    @property
    def candidate_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.candidates)


class StationInfo(NamedTuple):
    """A station as contexts hold it: a named tuple, because a national election builds
    97,699 of them on every load (several times cheaper than a frozen dataclass)."""

    id: int
    code: str
    contest_id: int
    registered_voters: int | None


@dataclass
class ElectionContext:
    """An election with its form, contests, candidates and station index, loaded once."""

    id: int
    code: str
    name: str
    synthetic: bool
    form: ProtocolForm
    contests: dict[int, ContestInfo]
    stations: dict[str, StationInfo] = field(repr=False)

    @cached_property
    def contests_by_code(self) -> dict[str, ContestInfo]:
        return {c.code: c for c in self.contests.values()}

    @cached_property
    def contests_by_name(self) -> dict[str, ContestInfo]:
        return {c.name: c for c in self.contests.values()}

    @cached_property
    def stations_by_id(self) -> dict[int, StationInfo]:
        return {s.id: s for s in self.stations.values()}

    def contest_of(self, station: StationInfo) -> ContestInfo:
        return self.contests[station.contest_id]

    def all_keys(self, contest: ContestInfo) -> tuple[str, ...]:
        """Every figure of a protocol of ``contest``, in protocol order."""
        lines = tuple(line.key for line in self.form.lines)
        tail = (self.form.against_all.key,) if self.form.against_all else ()
        return (*lines, *contest.candidate_keys, *tail)

    @cached_property
    def _keys_by_contest(self) -> dict[int, tuple[str, ...]]:
        return {cid: self.all_keys(c) for cid, c in self.contests.items()}

    def keys_of_station(self, station: StationInfo) -> tuple[str, ...]:
        """Every figure key of ``station``'s protocol, in protocol order (cached per contest)."""
        return self._keys_by_contest[station.contest_id]

    def find_contest(self, ref: str) -> ContestInfo | None:
        return self.contests_by_code.get(ref) or self.contests_by_name.get(ref)


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
        return list(
            s.execute(select(Election).order_by(t.election.c.created_at, t.election.c.id)).scalars()
        )


def pick_election(db: Database, code: str | None = None) -> Election:
    """The election named by ``code``, or the only/newest one in the database."""
    elections = list_elections(db)
    if not elections:
        raise UserError(
            f"{db.display_name} holds no election yet: run 'observer-app demo' or "
            "'observer-app election import FILE'"
        )
    if code is None:
        return elections[-1]
    for e in elections:
        if e.code == code:
            return e
    known = ", ".join(e.code for e in elections)
    raise UserError(f"no election {code!r} in {db.display_name} (there are: {known})")


def load_context(
    db: Database, code: str | None = None, *, stations: bool = True
) -> ElectionContext:
    """The election named by ``code`` (default: the newest) with its form and contests.

    ``stations=False`` leaves ``stations`` empty, for work that reads the
    stations it needs in SQL (``check``): a national election's 97,699
    stations are a fifth of a second to load.
    """
    election = pick_election(db, code)
    assert election.id is not None
    with db.session() as s:
        return _load(s, election, stations)


def _load(s: Session, election: Election, with_stations: bool = True) -> ElectionContext:
    c, k, st = t.contest.c, t.candidate.c, t.station.c
    cand_rows = s.execute(
        select(k.id, k.contest_id, k.ballot_number, k.name, k.nomination)
        .join(t.contest, c.id == k.contest_id)
        .where(c.election_id == election.id)
        .order_by(k.contest_id, k.ballot_number)
    ).all()
    by_contest: dict[int, list[CandidateInfo]] = {}
    for cid, contest_id, number, name, nomination in cand_rows:
        by_contest.setdefault(contest_id, []).append(CandidateInfo(cid, number, name, nomination))
    contests: dict[int, ContestInfo] = {}
    for row in s.execute(
        select(c.id, c.code, c.name, c.region, c.placeholder)
        .where(c.election_id == election.id)
        .order_by(c.position, c.id)
    ).all():
        contests[row[0]] = ContestInfo(
            row[0], row[1], row[2], row[3], bool(row[4]), tuple(by_contest.get(row[0], ()))
        )
    rows = (
        fetch_tuples(
            s.connection(),
            select(st.id, st.code, st.contest_id, st.registered_voters).where(
                st.election_id == election.id
            ),
        )
        if with_stations
        else []
    )
    info = partial(tuple.__new__, StationInfo)  # StationInfo._make without its Python frame
    stations = dict(zip(map(itemgetter(1), rows), map(info, rows), strict=True))
    assert election.id is not None
    return ElectionContext(
        id=election.id,
        code=election.code,
        name=election.name,
        synthetic=election.synthetic,
        form=form_from_json(election.form_json),
        contests=contests,
        stations=stations,
    )


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
