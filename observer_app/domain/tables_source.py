"""Writes ``tables.py``: the table models' schema as plain SQLAlchemy Core tables.

The table models (``models.py``) are the one place the schema is written. Their
Core tables are generated from them into ``tables.py`` so that the paths which
only query or bulk-write (check, reconcile, import, the GUI's station list)
import SQLAlchemy Core alone: SQLModel, pydantic's model building and the ORM
cost about 0.35 s of CPU at every start. ``tests/test_domain_tables.py`` fails
when ``tables.py`` is not what this module renders (compared as syntax trees,
so formatting does not matter); after changing a model run::

    python -m observer_app.domain.tables_source && ruff format observer_app/domain/tables.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Column, MetaData, Table, UniqueConstraint, types

HEADER = '''"""Core ``Table`` objects of the table models: set-based queries, bulk writes.

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

metadata = MetaData(naming_convention={naming})
'''


def _type(t: types.TypeEngine[Any]) -> str:
    name = type(t).__name__
    if name == "AutoString":  # SQLModel's String (it differs only on MySQL)
        length = getattr(t, "length", None)
        return f"String({length})" if length else "String()"
    if name in ("Integer", "Boolean", "Text", "LargeBinary", "UTCDateTime"):
        return f"{name}()"
    raise ValueError(f"tables_source: no Core spelling for column type {t!r}")


def _default(column: Column[Any]) -> str | None:
    default = column.default
    if default is None:
        return None
    arg = getattr(default, "arg", None)
    if callable(arg):
        if getattr(arg, "__name__", "") != "utcnow":
            raise ValueError(f"tables_source: unknown default {arg!r} of {column}")
        return "utcnow"
    return repr(arg)


def _column(column: Column[Any]) -> str:
    parts = [repr(column.name), _type(column.type)]
    parts += [f"ForeignKey({fk.target_fullname!r})" for fk in column.foreign_keys]
    if column.primary_key:
        parts.append("primary_key=True")
    parts.append(f"nullable={column.nullable!r}")
    if column.index:
        parts.append("index=True")
    if column.unique:
        parts.append("unique=True")
    default = _default(column)
    if default is not None:
        parts.append(f"default={default}")
    return f"    Column({', '.join(parts)}),"


def _table(table: Table) -> str:
    lines = [f"{table.name} = Table(", f"    {table.name!r},", "    metadata,"]
    lines += [_column(c) for c in table.columns]
    for k in sorted(
        (k for k in table.constraints if isinstance(k, UniqueConstraint)),
        key=lambda k: [c.name for c in k.columns],
    ):
        if len(k.columns) > 1 or k.name:  # a one-column unique is the column's unique=True
            cols = ", ".join(repr(c.name) for c in k.columns)
            name = f", name={k.name!r}" if k.name else ""
            lines.append(f"    UniqueConstraint({cols}{name}),")
    for ix in sorted(table.indexes, key=lambda i: str(i.name)):
        names = [c.name for c in ix.columns]
        if len(names) == 1 and table.c[names[0]].index:
            continue  # made by the column's index=True
        unique = ", unique=True" if ix.unique else ""
        lines.append(f"    Index({ix.name!r}, {', '.join(map(repr, names))}{unique}),")
    lines.append(")")
    return "\n".join(lines)


def render() -> str:
    """The text of ``tables.py`` for the current models."""
    from observer_app.domain.models import SQLModel

    metadata: MetaData = SQLModel.metadata
    tables = sorted(metadata.tables.values(), key=lambda tb: tb.name)
    naming = repr(dict(metadata.naming_convention))
    body = "\n\n".join(_table(tb) for tb in tables)
    return HEADER.replace("{naming}", naming) + "\n" + body + "\n"


def path() -> Path:
    return Path(__file__).with_name("tables.py")


def main() -> None:
    path().write_text(render(), encoding="utf-8")
    print(f"wrote {path()}; now run: ruff format {path()}")


if __name__ == "__main__":
    main()
