"""``observer-app totals import``: official contest-level totals as a snapshot."""

from __future__ import annotations

import argparse

from observer_app.cli.common import add_election_option, open_db
from observer_app.importing.totals import import_totals
from observer_app.storage.elections import load_context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("totals", help="official contest totals (as the CEC publishes them)")
    group = p.add_subparsers(dest="totals_command", metavar="ACTION", required=True)
    imp = group.add_parser(
        "import",
        help="import a file of contest totals as a new official snapshot",
        description=(
            "Canonical layout: a 'contest' column (code or name), any form line keys, one "
            "column per candidate (the name as in the election, or '#<ballot number>') and "
            "'against_all'. CSV (UTF-8 or cp1251; comma, semicolon or tab), CSV in a .zip, "
            "or XLSX. The whole file is checked first; a bad file stores nothing."
        ),
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--mapping", metavar="ID|FILE", help="a mapping for another layout")
    imp.add_argument("--label", default="", help="source of the figures: a URL or a note")
    add_election_option(imp)
    imp.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = load_context(db, args.election)
    result = import_totals(db, ctx, args.file, mapping=args.mapping, label=args.label)
    print(
        f"{result.file}: totals of {len(result.contests)} contest(s) stored as official "
        f"snapshot #{result.snapshot_id} (sha256 {result.sha256[:12]}…)"
    )
    return 0
