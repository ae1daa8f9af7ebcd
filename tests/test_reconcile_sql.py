"""The reconciliation's plain SQL names real tables and columns of the models."""

from __future__ import annotations

import re
from pathlib import Path

from observer_app.domain import tables as t
from observer_app.reconcile import loading

SQL_MODULES = ("loading.py", "snapshots.py")


def test_every_column_named_in_the_sql_exists() -> None:
    metadata = t.tally.metadata
    for table, column in loading.columns_used():
        assert table in metadata.tables, table
        assert column in metadata.tables[table].c, f"{table}.{column}"


def test_every_qualified_column_in_the_sql_is_declared() -> None:
    """``alias.column`` in the SQL text: the column exists in some table the module uses."""
    known = {c for _, c in loading.columns_used()}
    folder = Path(loading.__file__).parent
    for name in SQL_MODULES:
        source = (folder / name).read_text(encoding="utf-8")
        for block in re.findall(r'"""(.*?)"""', source, flags=re.S):
            if "SELECT" not in block:
                continue
            for col in re.findall(r"\b[a-z]{1,2}\.([a-z_]+)\b", block):
                assert col in known, f"{name}: {col}"
