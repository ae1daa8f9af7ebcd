"""Core ``Table`` objects of the table models, for typed set-based queries and bulk writes.

The fast paths (imports, checks, reconciliation over 100,000 stations) use
SQLAlchemy Core on these tables and fetch tuples, not ORM entities.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table
from sqlmodel import SQLModel

from observer_app.domain import models as m


def table_of(model: type[SQLModel]) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


election = table_of(m.Election)
contest = table_of(m.Contest)
candidate = table_of(m.Candidate)
station = table_of(m.Station)
snapshot = table_of(m.Snapshot)
tally = table_of(m.Tally)
tally_revision = table_of(m.TallyRevision)
contest_total = table_of(m.ContestTotal)
photo = table_of(m.Photo)
tally_photo = table_of(m.TallyPhoto)
draft = table_of(m.Draft)
resolution = table_of(m.Resolution)
observer = table_of(m.Observer)
merged_package = table_of(m.MergedPackage)
audit_entry = table_of(m.AuditEntry)
