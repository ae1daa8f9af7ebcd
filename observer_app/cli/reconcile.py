"""``observer-app reconcile``: observer copies against official results; findings exit 0."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from observer_app.cli.common import add_election_option, open_db

if TYPE_CHECKING:
    from observer_app.reconcile.early import EarlyScan
    from observer_app.reconcile.report import Report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "reconcile",
        help="hold observer copies against official results and report every finding",
        description=(
            "Findings: station discrepancies, observers who disagree, arithmetic, contest "
            "totals, outcome impact and coverage, plus official figures revised by a later "
            "snapshot. Exit code 0 whenever it ran: findings are not a failure."
        ),
    )
    add_election_option(p)
    p.add_argument("--json", action="store_true", help="print one JSON report (reconcile-report)")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="also write the discrepancy workbook")
    p.add_argument("--lang", choices=("en", "ru", "kk"), default="en")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # the database starts comparing while this process imports numpy and the forms
    from observer_app.reconcile.early import EarlyScan, sqlite_file

    path = sqlite_file(args.db)
    early = EarlyScan(path, args.election) if path is not None else None
    if path is not None and early is not None and early.at_head():
        rep = _reconcile_file(path, args.election, early)  # opening it would change nothing
    else:
        rep = _reconcile_db(args, early)
    if args.xlsx:
        from observer_app.export.workbook import write_workbook

        out = write_workbook(rep, Path(args.xlsx), lang=args.lang)
        print(f"workbook written: {out}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        from observer_app.reconcile.report_json import report_json

        json.dump(report_json(rep, args.lang), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_summary(rep, args.lang)
    return 0


def _reconcile_db(args: argparse.Namespace, early: EarlyScan | None) -> Report:
    db = open_db(args)
    from observer_app.reconcile.loading import Ahead, ScanAhead

    ahead: Ahead = early if early is not None else ScanAhead(db, args.election)
    from observer_app.reconcile import reconcile
    from observer_app.storage.context import read_election

    # reconcile reads the stations in SQL; Core alone: no ORM models to import
    ctx = read_election(db, args.election, stations=False)
    return reconcile(db, ctx, ahead=ahead)


def _reconcile_file(path: Path, code: str | None, early: EarlyScan) -> Report:
    """A SQLite file at this version's schema, read with sqlite3 alone (no SQLAlchemy to load)."""
    from observer_app.reconcile.engine import reconcile_with
    from observer_app.reconcile.reader import SqliteReader
    from observer_app.storage.context import read_election_with

    reader = SqliteReader(path)
    try:
        ctx = read_election_with(reader.rows, code, str(path), stations=False)
        return reconcile_with(reader, ctx, ahead=early)
    finally:
        reader.close()


def _print_summary(rep: Report, lang: str) -> None:
    from observer_app.reconcile.findings import KINDS
    from observer_app.reconcile.messages import text

    ctx = rep.ctx
    print(f"{ctx.name} ({ctx.code}){' — ' + text('sum.synthetic', lang) if ctx.synthetic else ''}")
    print(f"  {text('sum.tallies', lang)}: {rep.observer_tallies:,} / {rep.official_tallies:,}")
    for kind, n in rep.counts().items():
        print(f"  {text(kind, lang)}: {n:,}")
    if rep.revisions:
        print(f"  {text('official_revision', lang)}: {len(rep.revisions):,}")
    for d in rep.discrepancies[:20]:
        print(
            f"  {d.station} {d.line}: {text('col.observer_value', lang)} {d.observer}, "
            f"{text('col.official_value', lang)} {d.official} ({d.delta:+d})"
        )
    if len(rep.discrepancies) > 20:
        print(f"  … {len(rep.discrepancies) - 20:,} more (use --json or --xlsx)")
    for o in rep.outcome_impact:
        s = o.summary
        print(
            f"  {text('outcome_impact', lang)}: {s.code} {s.name}: "
            f"{text('col.margin', lang)} {s.margin}, {text('col.corrected_margin', lang)} "
            f"{s.corrected_margin}"
        )
    assert set(rep.counts()) == set(KINDS)
