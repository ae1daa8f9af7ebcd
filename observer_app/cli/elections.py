"""``observer-app election import``: an election from its definition file or a results table."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from observer_app.cli.common import open_db

if TYPE_CHECKING:
    from observer_app.importing.mapping import ReadOptions


def add_table_options(p: argparse.ArgumentParser) -> None:
    """Reading options for tables whose encoding, delimiter or sheet cannot be detected."""
    p.add_argument(
        "--mapping",
        metavar="ID|FILE",
        help="column mapping for a table not in the canonical layout (built-in: ru-cik-wide)",
    )
    p.add_argument("--encoding", help="text encoding of a CSV (default: detect UTF-8 or cp1251)")
    p.add_argument(
        "--delimiter", choices=(",", ";", "tab", "|"), help="CSV delimiter (default: detect)"
    )
    p.add_argument("--sheet", help="XLSX sheet (default: the first)")


def read_options(args: argparse.Namespace) -> ReadOptions:
    from observer_app.importing.mapping import ReadOptions

    return ReadOptions(
        encoding=args.encoding,
        delimiter="\t" if args.delimiter == "tab" else args.delimiter,
        sheet=args.sheet,
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("election", help="import elections")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser(
        "import",
        help="create an election from a definition (.json) or a wide results table",
        description=(
            "FILE is an election definition (JSON, schemas/election.schema.json) or a wide "
            "results table (CSV, CSV in .zip, XLSX; one row per station) from which the "
            "stations, contests and candidates are built."
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--form",
        metavar="ID|FILE",
        help="protocol form (kz-akim-2023, ru-uik-2018 or a form file); overrides the "
        "definition's; for a table, default: the mapping's form",
    )
    p.add_argument("--code", help="election code (default: the definition's, or the file name)")
    p.add_argument("--name", help="election name (default: the definition's, or the code)")
    add_table_options(p)
    p.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from observer_app.importing.elections import import_election

    db = open_db(args)
    result = import_election(
        db,
        args.file,
        form=args.form,
        mapping=args.mapping,
        code=args.code,
        name=args.name,
        options=read_options(args),
    )
    print(result.summary())
    print(f"Database: {db.display_name}")
    return 0
