"""Table models: the database schema as SQLModel classes.

Table models skip validation (SQLModel's own advice), so nothing from a user or
a file reaches them directly: it goes through the non-table models in
``observer_app.domain.inputs`` first.

Figures of a protocol are stored as a JSON object ``{key: int}`` where ``key``
is a form line key (``"V"``, ``"L7"``), ``"#<ballot number>"`` for a
candidate, or the form's against-all key. One row per tally revision keeps the
full history; ``Tally.values_json`` is a copy of the current revision for fast
set-based work (checks, reconciliation) over 100,000 stations, and
``Tally.packed_figures`` the same figures as integers in protocol order (see
``observer_app.storage.packed``), what a national reconciliation reads.

The Core tables in ``observer_app.domain.tables`` are generated from these
classes (``python -m observer_app.domain.tables_source``) so the fast paths
need neither SQLModel nor the ORM; a test fails when they drift apart.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from observer_app.domain.values import utcnow


class Election(SQLModel, table=True):
    __tablename__ = "election"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True, max_length=100)
    name: str
    country: str = Field(default="", max_length=8)
    held_on: str = Field(default="", max_length=10)  # ISO date
    form_id: str = Field(max_length=100)
    form_json: str = Field(
        sa_column=Column(Text, nullable=False)
    )  # the form, frozen with the election
    synthetic: bool = False
    note: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class Contest(SQLModel, table=True):
    __tablename__ = "contest"
    __table_args__ = (UniqueConstraint("election_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    election_id: int = Field(foreign_key="election.id", index=True)
    code: str = Field(max_length=100)
    name: str
    region: str = ""
    placeholder: bool = False  # name not known publicly (e.g. four Turkestan contests)
    position: int = 0


class Candidate(SQLModel, table=True):
    __tablename__ = "candidate"
    __table_args__ = (UniqueConstraint("contest_id", "ballot_number"),)

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    ballot_number: int
    name: str
    nomination: str = ""


class Station(SQLModel, table=True):
    __tablename__ = "station"
    __table_args__ = (UniqueConstraint("election_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    election_id: int = Field(foreign_key="election.id", index=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    code: str = Field(max_length=200)
    name: str = ""
    address: str = ""
    registered_voters: int | None = None


class Snapshot(SQLModel, table=True):
    """One import of official data: which file, when, from where."""

    __tablename__ = "snapshot"

    id: int | None = Field(default=None, primary_key=True)
    election_id: int = Field(foreign_key="election.id", index=True)
    kind: str = Field(default="stations", max_length=20)  # stations | totals
    imported_at: datetime = Field(default_factory=utcnow)
    file_name: str = ""
    sha256: str = Field(default="", max_length=64)
    label: str = ""  # free text or URL of the publication
    imported_by: str = ""


class Tally(SQLModel, table=True):
    """One set of protocol figures for one station from one source."""

    __tablename__ = "tally"
    __table_args__ = (Index("ix_tally_station_source", "station_id", "source"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True, max_length=64)  # stable across databases (merge key)
    station_id: int = Field(foreign_key="station.id")  # ix_tally_station_source leads with it
    source: str = Field(max_length=20)  # observer | second-entry | official
    observer: str = ""  # the observer's name as entered or registered
    observer_fingerprint: str = Field(default="", max_length=100)
    status: str = Field(default="final", max_length=10)  # draft | final
    revision: int = 1  # the current revision number
    values_json: str = Field(sa_column=Column(Text, nullable=False))
    # the same figures as integers in protocol order (storage.packed): what a national
    # reconciliation reads; None where they cannot be packed (a key outside the protocol)
    packed_figures: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    protocol_faulty: bool = False  # the paper copy itself is wrong; recorded as it is
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class TallyRevision(SQLModel, table=True):
    """Every saved state of a tally, with its provenance. Never updated, never deleted."""

    __tablename__ = "tally_revision"
    __table_args__ = (UniqueConstraint("tally_id", "revision"),)

    id: int | None = Field(default=None, primary_key=True)
    tally_id: int = Field(foreign_key="tally.id")  # unique (tally_id, revision) leads with it
    revision: int
    values_json: str = Field(sa_column=Column(Text, nullable=False))
    entered_by: str = ""
    entered_at: datetime = Field(default_factory=utcnow)
    machine: str = ""
    origin: str = ""  # gui | import | package | second-entry | resolution
    origin_file: str = ""  # file name the figures came from
    origin_sha256: str = Field(default="", max_length=64)
    snapshot_id: int | None = Field(default=None, foreign_key="snapshot.id", index=True)
    protocol_faulty: bool = False
    note: str = ""


class ContestTotal(SQLModel, table=True):
    """Official contest-level totals (what Kazakhstan's CEC publishes)."""

    __tablename__ = "contest_total"
    __table_args__ = (UniqueConstraint("contest_id", "snapshot_id"),)

    id: int | None = Field(default=None, primary_key=True)
    contest_id: int = Field(foreign_key="contest.id", index=True)
    snapshot_id: int = Field(foreign_key="snapshot.id", index=True)
    values_json: str = Field(sa_column=Column(Text, nullable=False))


class Photo(SQLModel, table=True):
    """A photo of a protocol, stored in the database (content-addressed)."""

    __tablename__ = "photo"

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True, max_length=64)
    file_name: str = ""
    mime: str = Field(default="image/jpeg", max_length=50)
    size: int = 0
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: datetime = Field(default_factory=utcnow)


class TallyPhoto(SQLModel, table=True):
    __tablename__ = "tally_photo"
    __table_args__ = (UniqueConstraint("tally_id", "photo_id"),)

    id: int | None = Field(default=None, primary_key=True)
    tally_id: int = Field(foreign_key="tally.id", index=True)
    photo_id: int = Field(foreign_key="photo.id", index=True)
    revision: int = 1  # the tally revision at which the photo was attached


class Draft(SQLModel, table=True):
    """Unsaved entry state, written every few seconds; survives a crash."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("station_id", "source", "operator"),)

    id: int | None = Field(default=None, primary_key=True)
    station_id: int = Field(foreign_key="station.id", index=True)
    source: str = Field(max_length=20)
    operator: str = ""
    tally_uid: str = Field(default="", max_length=64)  # the tally being edited, if any
    state_json: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)


class Resolution(SQLModel, table=True):
    """A coordinator's decision on one differing field of a station."""

    __tablename__ = "resolution"
    __table_args__ = (Index("ix_resolution_station_scope", "station_id", "scope"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True, max_length=64)
    station_id: int = Field(foreign_key="station.id", index=True)
    scope: str = Field(max_length=20)  # double-entry | observers
    key: str = Field(max_length=100)
    value: int
    reason: str = ""
    competing_json: str = Field(sa_column=Column(Text, nullable=False))  # {tally_uid: value}
    resolved_by: str = ""
    resolved_at: datetime = Field(default_factory=utcnow)


class Observer(SQLModel, table=True):
    """The coordinator's register of observers and their signing keys."""

    __tablename__ = "observer"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    organisation: str = ""
    fingerprint: str = Field(unique=True, max_length=100)
    public_key: str = ""  # base64 raw Ed25519 public key
    status: str = Field(default="accepted", max_length=20)  # accepted | quarantined | revoked
    added_at: datetime = Field(default_factory=utcnow)


class MergedPackage(SQLModel, table=True):
    """A report package received by the coordinator, with the signed evidence it came with."""

    __tablename__ = "merged_package"
    __table_args__ = (
        Index("ix_merged_package_fingerprint_status", "observer_fingerprint", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    manifest_sha256: str = Field(unique=True, max_length=64)
    file_name: str = ""
    observer_fingerprint: str = Field(default="", max_length=100)
    status: str = Field(max_length=20)  # merged | quarantined
    manifest_json: str = Field(sa_column=Column(Text, nullable=False))
    received_at: datetime = Field(default_factory=utcnow)
    election_code: str = Field(default="", max_length=100)
    signature: str = ""  # base64 Ed25519 signature over the manifest bytes
    tallies_json: str = Field(default="", sa_column=Column(Text, nullable=False))
    payload: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    merged_at: datetime | None = None


class AuditEntry(SQLModel, table=True):
    """Append-only, hash-chained log of every change."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    actor: str = ""
    machine: str = ""
    action: str = Field(max_length=50)
    entity: str = Field(default="", max_length=50)
    entity_uid: str = Field(default="", max_length=100)
    details_json: str = Field(sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(default="", max_length=64)
    hash: str = Field(max_length=64)
