"""Helpers for the import tests: writing tables in every format, and the whole database's state."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import SQLModel

from observer_app.errors import UserError
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from tests.factories import kz_values

DATA = Path(__file__).resolve().parent / "data"
RU_SYNTHETIC = DATA / "ru-cik-wide-synthetic.csv"
KZ_LINES = ("V", "R", "I", "I_out", "C", "B", "N")
Cells = Sequence[object]


def db_state(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: equal states mean nothing changed."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.session() as s:
        for table in SQLModel.metadata.sorted_tables:
            rows = s.execute(select(table)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def refused(db: Database, action: Callable[[], object], exc: type[Exception] = UserError) -> str:
    """Run an import that must fail; assert the database is exactly as before; the message."""
    before = db_state(db)
    with pytest.raises(exc) as info:
        action()
    assert db_state(db) == before, "a refused import changed the database"
    return str(info.value)


def csv_text(header: Cells, rows: Sequence[Cells], delimiter: str = ",") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def write_csv(
    path: Path,
    header: Cells,
    rows: Sequence[Cells],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    path.write_bytes(csv_text(header, rows, delimiter).encode(encoding))
    return path


def write_zip(path: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(member, data)
    return path


def write_xlsx(path: Path, header: Cells, rows: Sequence[Cells], sheet: str = "Results") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def kz_contest_values(contest: str, **overrides: int) -> dict[str, int]:
    """A consistent protocol for small_kz_election's C1 (two candidates) or C2 (three)."""
    if contest == "C1":
        return kz_values(**overrides)
    return {**kz_values(**{"#2": 150}), "#3": 50, **overrides}


def kz_canonical(
    ctx: ElectionContext, *, by_number: bool = False, contest_column: bool = True
) -> tuple[list[str], list[list[object]]]:
    """A canonical table of consistent figures for every station of small_kz_election."""
    if by_number:
        cands = ["#1", "#2", "#3"]
        keys = {name: name for name in cands}
    else:
        cands = [c.name for contest in ctx.contests.values() for c in contest.candidates]
        keys = {c.name: c.key for contest in ctx.contests.values() for c in contest.candidates}
    header = ["station", *(["contest"] if contest_column else []), *KZ_LINES, *cands, "against_all"]
    rows: list[list[object]] = []
    for code in sorted(ctx.stations):
        contest = ctx.contest_of(ctx.stations[code])
        values = kz_contest_values(contest.code)
        own = {c.name for c in contest.candidates}
        cells: list[object] = [code, *([contest.code] if contest_column else [])]
        cells += [values[k] for k in KZ_LINES]
        for name in cands:
            mine = name in own if not by_number else keys[name] in values
            cells.append(values[keys[name]] if mine else "")
        cells.append(values["A"])
        rows.append(cells)
    return header, rows
