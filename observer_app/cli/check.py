"""``observer-app check``: every stored tally against its form's control relations."""

from __future__ import annotations

import argparse
import json

from observer_app.cli.common import add_election_option, open_db


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help="check every tally against the form's control relations",
        description="Exit code 1 when any error-severity relation is violated, else 0.",
    )
    add_election_option(p)
    p.add_argument(
        "--json", action="store_true", help="print one JSON report (check-report schema)"
    )
    p.add_argument("--source", choices=("observer", "second-entry", "official"))
    p.add_argument("--lang", choices=("en", "ru", "kk"), default="en")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from observer_app.checking import check_election
    from observer_app.storage.context import read_election

    db = open_db(args)
    ctx = read_election(db, args.election, stations=False)  # check reads them in SQL
    result = check_election(db, ctx, args.source)
    if args.json:
        print(json.dumps(result.to_json(args.lang), ensure_ascii=False, indent=1))
    else:
        form = ctx.form
        for f in result.findings:
            v = f.violation
            print(
                f"{v.severity.upper():7} {f.station_code} [{f.tally.source}"
                f"{' ' + f.tally.observer if f.tally.observer else ''}] {v.rule}: "
                f"{v.explain(form, args.lang)}"
            )
        counts = result.counts_by_rule()
        if ctx.synthetic and "SYNTHETIC" not in ctx.name.upper():
            print("(synthetic data: not real results)")
        print(
            f"{ctx.name}: {result.tallies_checked} tallies checked, "
            f"{result.errors} errors, {result.warnings} warnings"
        )
        for rel in form.relations:
            if counts.get(rel.id):
                print(f"  {rel.severity:7} {rel.id}: {counts[rel.id]}")
    return 1 if result.errors else 0
