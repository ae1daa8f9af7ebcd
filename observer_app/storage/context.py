"""An election as a read-only context (form, contests, candidates, station index), read with Core.

Kept apart from :mod:`observer_app.storage.elections` (which creates elections
through the ORM models): commands that only read, like ``reconcile``, load a
context without importing SQLModel and the models, a quarter of a second of a
command's start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, NamedTuple

from observer_app.errors import UserError
from observer_app.forms import ProtocolForm, candidate_key, form_from_stored

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from observer_app.storage.db import Database

# Runs plain SQL with ``:name`` parameters and returns the driver's tuples: a SQLAlchemy
# connection's (:func:`connection_rows`) or a sqlite3 connection's (the reconcile command)
Rows = Callable[..., list[Any]]


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


# (id, code, name, synthetic, form JSON) of an election
ElectionRow = tuple[int, str, str, bool, str]


def no_election(display_name: str) -> UserError:
    return UserError(
        f"{display_name} holds no election yet: run 'observer-app demo' or "
        "'observer-app election import FILE'"
    )


def unknown_election(code: str, display_name: str, known: list[str]) -> UserError:
    return UserError(f"no election {code!r} in {display_name} (there are: {', '.join(known)})")


def connection_rows(conn: Connection) -> Rows:
    """:data:`Rows` of a SQLAlchemy connection."""
    from sqlalchemy import text

    from observer_app.storage.bulk import fetch_tuples

    def rows(sql: str, **params: Any) -> list[Any]:
        return fetch_tuples(conn, text(sql).bindparams(**params))  # type: ignore[arg-type]

    return rows


_ELECTIONS = "SELECT id, code, name, synthetic, form_json FROM election ORDER BY created_at, id"


def pick_row(rows: Rows, code: str | None, display_name: str) -> ElectionRow:
    """The election named by ``code``, or the newest one (as ``pick_election``)."""
    found = rows(_ELECTIONS)
    if not found:
        raise no_election(display_name)
    if code is None:
        row = found[-1]
    else:
        named = [r for r in found if r[1] == code]
        if not named:
            raise unknown_election(code, display_name, [r[1] for r in found])
        row = named[0]
    return (row[0], row[1], row[2], bool(row[3]), row[4])


_CANDIDATES = """
    SELECT k.id, k.contest_id, k.ballot_number, k.name, k.nomination
    FROM candidate k JOIN contest c ON c.id = k.contest_id
    WHERE c.election_id = :e ORDER BY k.contest_id, k.ballot_number
"""
_CONTESTS = """
    SELECT id, code, name, region, placeholder FROM contest
    WHERE election_id = :e ORDER BY position, id
"""
_STATIONS = "SELECT id, code, contest_id, registered_voters FROM station WHERE election_id = :e"


def read_context(rows: Rows, election: ElectionRow, with_stations: bool) -> ElectionContext:
    eid = election[0]
    by_contest: dict[int, list[CandidateInfo]] = {}
    for cid, contest_id, number, name, nomination in rows(_CANDIDATES, e=eid):
        by_contest.setdefault(contest_id, []).append(CandidateInfo(cid, number, name, nomination))
    contests: dict[int, ContestInfo] = {}
    for row in rows(_CONTESTS, e=eid):
        contests[row[0]] = ContestInfo(
            row[0], row[1], row[2], row[3], bool(row[4]), tuple(by_contest.get(row[0], ()))
        )
    # the driver's tuples: a national election has 97,699 stations
    found = rows(_STATIONS, e=eid) if with_stations else []
    info = partial(tuple.__new__, StationInfo)  # StationInfo._make without its Python frame
    stations = {row[1]: info(row) for row in found}
    return ElectionContext(
        id=eid,
        code=election[1],
        name=election[2],
        synthetic=election[3],
        form=form_from_stored(election[4]),  # validated when the election was created
        contests=contests,
        stations=stations,
    )


def read_election(
    db: Database, code: str | None = None, *, stations: bool = True
) -> ElectionContext:
    """The election named by ``code`` (default: the newest), read through Core alone.

    ``storage.elections.load_context`` is this too; read-only commands import it from
    here so that they never import the ORM models (see the module docstring).
    """
    with db.engine.connect() as conn:
        return read_election_with(connection_rows(conn), code, db.display_name, stations=stations)


def read_election_with(
    rows: Rows, code: str | None, display_name: str, *, stations: bool = True
) -> ElectionContext:
    """:func:`read_election` through ``rows``; ``display_name`` names the database in errors."""
    return read_context(rows, pick_row(rows, code, display_name), stations)
