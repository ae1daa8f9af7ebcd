"""``observer-app tallies import``: protocol figures from a wide table, validated, then stored."""

from __future__ import annotations

import argparse

from observer_app.cli.common import add_election_option, open_db
from observer_app.cli.elections import add_table_options, read_options
from observer_app.domain.values import SOURCES  # plain values: the table models stay unloaded


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("tallies", help="import protocol figures")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser(
        "import",
        help="import one row of figures per station from a table (CSV, .zip, XLSX)",
        description=(
            "Every row is checked first; on any problem nothing is stored and up to 20 "
            "problems are listed with file, row and column. Re-importing changed figures "
            "adds revisions; nothing is overwritten."
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--source", required=True, choices=SOURCES, help="whose figures these are")
    p.add_argument("--observer", metavar="NAME", default="", help="the observer (for observer)")
    p.add_argument(
        "--label", default="", help="note kept with the import (e.g. the publication URL)"
    )
    blanks = p.add_mutually_exclusive_group()
    blanks.add_argument(
        "--allow-blank",
        dest="allow_blank",
        action="store_true",
        default=None,
        help="accept blank counts (default for observer and second-entry figures)",
    )
    blanks.add_argument(
        "--no-blank",
        dest="allow_blank",
        action="store_false",
        help="refuse blank counts (default for official figures)",
    )
    add_election_option(p)
    add_table_options(p)
    p.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from observer_app.importing.readers import drop_prefetched, prefetch

    # the file's reading, unzipping or XLSX parse runs while the modules load and the
    # election is read (GIL-free work, on the other core)
    prefetch(args.file, sheet=args.sheet)
    try:
        return _import(args)
    finally:
        drop_prefetched()


def _import(args: argparse.Namespace) -> int:
    from observer_app.gcpause import paused_gc

    with paused_gc():  # the imports and the election's 97,699 stations too: no cycles
        from observer_app.importing.tally_import import import_tallies
        from observer_app.storage.context import read_election

        db = open_db(args)
        ctx = read_election(db, args.election)
        result = import_tallies(
            db,
            ctx,
            args.file,
            source=args.source,
            observer=args.observer,
            mapping=args.mapping,
            label=args.label,
            allow_blank=args.allow_blank,
            options=read_options(args),
        )
    print(f"{ctx.name} ({ctx.code})")
    print(result.summary())
    return 0
