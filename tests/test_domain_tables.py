"""The generated Core tables are the table models' schema, without SQLModel or the ORM."""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import UTCDateTime as ModelUTCDateTime

from observer_app.domain import models, tables, tables_source
from observer_app.domain.sqltypes import UTCDateTime

DIALECTS = [sqlite.dialect(), postgresql.dialect()]


def test_tables_py_is_what_the_models_render() -> None:
    """Compared as syntax trees: run tables_source and ruff format after changing a model."""
    rendered = ast.dump(ast.parse(tables_source.render()))
    stored = ast.dump(ast.parse(tables_source.path().read_text(encoding="utf-8")))
    assert stored == rendered, "run: python -m observer_app.domain.tables_source"


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
def test_same_ddl_as_the_models(dialect: Dialect) -> None:
    assert models.SQLModel is SQLModel
    ours, theirs = tables.metadata.tables, SQLModel.metadata.tables
    assert sorted(ours) == sorted(theirs)
    for name in theirs:
        assert str(CreateTable(ours[name]).compile(dialect=dialect)) == str(
            CreateTable(theirs[name]).compile(dialect=dialect)
        ), name
        ix_ours = {str(CreateIndex(i).compile(dialect=dialect)) for i in ours[name].indexes}
        ix_theirs = {str(CreateIndex(i).compile(dialect=dialect)) for i in theirs[name].indexes}
        assert ix_ours == ix_theirs, name


def test_same_defaults_as_the_models() -> None:
    for name, theirs in SQLModel.metadata.tables.items():
        ours = tables.metadata.tables[name]
        for col in theirs.columns:
            mine = ours.c[col.name]
            if col.default is None:
                assert mine.default is None, (name, col.name)
                continue
            assert mine.default is not None, (name, col.name)
            a, b = col.default.arg, mine.default.arg  # type: ignore[attr-defined]
            if callable(a):
                assert callable(b) and b(None) - a(None) < timedelta(seconds=5), (name, col.name)
            else:
                assert a == b, (name, col.name)


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
def test_utc_type_behaves_as_sqlmodels(dialect: Dialect) -> None:
    ours, theirs = UTCDateTime(), ModelUTCDateTime()
    almaty = timezone(timedelta(hours=5))
    for value in (None, datetime(2023, 11, 5, 20, 0, tzinfo=almaty), datetime.now(UTC)):
        assert ours.process_bind_param(value, dialect) == theirs.process_bind_param(value, dialect)
    for value in (None, datetime(2023, 11, 5, 15, 0), datetime(2023, 11, 5, 20, 0, tzinfo=almaty)):
        got = ours.process_result_value(value, dialect)
        assert got == theirs.process_result_value(value, dialect)
        assert got is None or got.tzinfo == UTC
    with pytest.raises(ValueError):
        ours.process_bind_param(datetime(2023, 11, 5, 15, 0), dialect)  # naive: refused
    assert type(ours.coerce_compared_value(None, timedelta(1))) is type(
        theirs.coerce_compared_value(None, timedelta(1))
    )


def test_importing_the_tables_loads_neither_sqlmodel_nor_the_orm() -> None:
    code = (
        "import sys, observer_app.domain.tables\n"
        "print(sorted(m for m in ('sqlmodel', 'sqlalchemy.orm', 'pydantic') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
