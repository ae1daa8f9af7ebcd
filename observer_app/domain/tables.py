"""Core ``Table`` objects of the table models: set-based queries, bulk writes.

GENERATED from ``observer_app/domain/models.py`` by ``python -m
observer_app.domain.tables_source``: edit the models, never this file.

The fast paths (imports, checks, reconciliation over 100,000 stations) use
SQLAlchemy Core on these tables and fetch tuples, not ORM entities; importing
this module does not import SQLModel or the ORM. These are not the models'
own ``__table__`` objects: never mix them with ORM entities in one statement
(``select(Tally).where(tally.c.uid == ...)`` would join two ``tally`` tables).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from observer_app.domain.sqltypes import UTCDateTime
from observer_app.domain.values import utcnow

metadata = MetaData(naming_convention={"ix": "ix_%(column_0_label)s"})

audit_entry = Table(
    "audit_entry",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("at", UTCDateTime(), nullable=False, default=utcnow),
    Column("actor", String(), nullable=False, default=""),
    Column("machine", String(), nullable=False, default=""),
    Column("action", String(50), nullable=False),
    Column("entity", String(50), nullable=False, default=""),
    Column("entity_uid", String(100), nullable=False, default=""),
    Column("details_json", Text(), nullable=False),
    Column("prev_hash", String(64), nullable=False, default=""),
    Column("hash", String(64), nullable=False),
)

candidate = Table(
    "candidate",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("contest_id", Integer(), ForeignKey("contest.id"), nullable=False, index=True),
    Column("ballot_number", Integer(), nullable=False),
    Column("name", String(), nullable=False),
    Column("nomination", String(), nullable=False, default=""),
    UniqueConstraint("contest_id", "ballot_number"),
)

contest = Table(
    "contest",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("election_id", Integer(), ForeignKey("election.id"), nullable=False, index=True),
    Column("code", String(100), nullable=False),
    Column("name", String(), nullable=False),
    Column("region", String(), nullable=False, default=""),
    Column("placeholder", Boolean(), nullable=False, default=False),
    Column("position", Integer(), nullable=False, default=0),
    UniqueConstraint("election_id", "code"),
)

contest_total = Table(
    "contest_total",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("contest_id", Integer(), ForeignKey("contest.id"), nullable=False, index=True),
    Column("snapshot_id", Integer(), ForeignKey("snapshot.id"), nullable=False, index=True),
    Column("values_json", Text(), nullable=False),
    UniqueConstraint("contest_id", "snapshot_id"),
)

draft = Table(
    "draft",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("station_id", Integer(), ForeignKey("station.id"), nullable=False, index=True),
    Column("source", String(20), nullable=False),
    Column("operator", String(), nullable=False, default=""),
    Column("tally_uid", String(64), nullable=False, default=""),
    Column("state_json", Text(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False, default=utcnow),
    UniqueConstraint("station_id", "source", "operator"),
)

election = Table(
    "election",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("code", String(100), nullable=False, index=True, unique=True),
    Column("name", String(), nullable=False),
    Column("country", String(8), nullable=False, default=""),
    Column("held_on", String(10), nullable=False, default=""),
    Column("form_id", String(100), nullable=False),
    Column("form_json", Text(), nullable=False),
    Column("synthetic", Boolean(), nullable=False, default=False),
    Column("note", String(), nullable=False, default=""),
    Column("created_at", UTCDateTime(), nullable=False, default=utcnow),
)

merged_package = Table(
    "merged_package",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("manifest_sha256", String(64), nullable=False, unique=True),
    Column("file_name", String(), nullable=False, default=""),
    Column("observer_fingerprint", String(100), nullable=False, default=""),
    Column("status", String(20), nullable=False),
    Column("manifest_json", Text(), nullable=False),
    Column("received_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("election_code", String(100), nullable=False, default=""),
    Column("signature", String(), nullable=False, default=""),
    Column("tallies_json", Text(), nullable=False),
    Column("payload", LargeBinary(), nullable=True),
    Column("merged_at", UTCDateTime(), nullable=True),
    Index("ix_merged_package_fingerprint_status", "observer_fingerprint", "status"),
)

observer = Table(
    "observer",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("name", String(), nullable=False),
    Column("organisation", String(), nullable=False, default=""),
    Column("fingerprint", String(100), nullable=False, unique=True),
    Column("public_key", String(), nullable=False, default=""),
    Column("status", String(20), nullable=False, default="accepted"),
    Column("added_at", UTCDateTime(), nullable=False, default=utcnow),
)

photo = Table(
    "photo",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("file_name", String(), nullable=False, default=""),
    Column("mime", String(50), nullable=False, default="image/jpeg"),
    Column("size", Integer(), nullable=False, default=0),
    Column("data", LargeBinary(), nullable=False),
    Column("added_at", UTCDateTime(), nullable=False, default=utcnow),
)

resolution = Table(
    "resolution",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("uid", String(64), nullable=False, unique=True),
    Column("station_id", Integer(), ForeignKey("station.id"), nullable=False, index=True),
    Column("scope", String(20), nullable=False),
    Column("key", String(100), nullable=False),
    Column("value", Integer(), nullable=False),
    Column("reason", String(), nullable=False, default=""),
    Column("competing_json", Text(), nullable=False),
    Column("resolved_by", String(), nullable=False, default=""),
    Column("resolved_at", UTCDateTime(), nullable=False, default=utcnow),
    Index("ix_resolution_station_scope", "station_id", "scope"),
)

snapshot = Table(
    "snapshot",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("election_id", Integer(), ForeignKey("election.id"), nullable=False, index=True),
    Column("kind", String(20), nullable=False, default="stations"),
    Column("imported_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("file_name", String(), nullable=False, default=""),
    Column("sha256", String(64), nullable=False, default=""),
    Column("label", String(), nullable=False, default=""),
    Column("imported_by", String(), nullable=False, default=""),
)

station = Table(
    "station",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("election_id", Integer(), ForeignKey("election.id"), nullable=False, index=True),
    Column("contest_id", Integer(), ForeignKey("contest.id"), nullable=False, index=True),
    Column("code", String(200), nullable=False),
    Column("name", String(), nullable=False, default=""),
    Column("address", String(), nullable=False, default=""),
    Column("registered_voters", Integer(), nullable=True),
    UniqueConstraint("election_id", "code"),
)

tally = Table(
    "tally",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("uid", String(64), nullable=False, unique=True),
    Column("station_id", Integer(), ForeignKey("station.id"), nullable=False),
    Column("source", String(20), nullable=False),
    Column("observer", String(), nullable=False, default=""),
    Column("observer_fingerprint", String(100), nullable=False, default=""),
    Column("status", String(10), nullable=False, default="final"),
    Column("revision", Integer(), nullable=False, default=1),
    Column("values_json", Text(), nullable=False),
    Column("packed_figures", Text(), nullable=True),
    Column("protocol_faulty", Boolean(), nullable=False, default=False),
    Column("created_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("updated_at", UTCDateTime(), nullable=False, default=utcnow),
    Index("ix_tally_station_source", "station_id", "source"),
)

tally_photo = Table(
    "tally_photo",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("tally_id", Integer(), ForeignKey("tally.id"), nullable=False, index=True),
    Column("photo_id", Integer(), ForeignKey("photo.id"), nullable=False, index=True),
    Column("revision", Integer(), nullable=False, default=1),
    UniqueConstraint("tally_id", "photo_id"),
)

tally_revision = Table(
    "tally_revision",
    metadata,
    Column("id", Integer(), primary_key=True, nullable=False),
    Column("tally_id", Integer(), ForeignKey("tally.id"), nullable=False),
    Column("revision", Integer(), nullable=False),
    Column("values_json", Text(), nullable=False),
    Column("entered_by", String(), nullable=False, default=""),
    Column("entered_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("machine", String(), nullable=False, default=""),
    Column("origin", String(), nullable=False, default=""),
    Column("origin_file", String(), nullable=False, default=""),
    Column("origin_sha256", String(64), nullable=False, default=""),
    Column("snapshot_id", Integer(), ForeignKey("snapshot.id"), nullable=True, index=True),
    Column("protocol_faulty", Boolean(), nullable=False, default=False),
    Column("note", String(), nullable=False, default=""),
    UniqueConstraint("tally_id", "revision"),
)
