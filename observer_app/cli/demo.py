"""``observer-app demo``: create the synthetic demo election (SYNTHETIC — not real results)."""

from __future__ import annotations

import argparse
import json

from observer_app.cli.common import open_db


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo",
        help="create the synthetic demo of Kazakhstan's 5 November 2023 akim elections",
        description=(
            "Create a SYNTHETIC demo election (not real results) in the shape of Kazakhstan's "
            "5 November 2023 district akim elections: 45 contests, 125 invented candidates, "
            "1,491 stations, official totals, observer copies and a few planted errors and "
            "discrepancies to find with 'check' and 'reconcile'. Exits 2 without changing "
            "anything when the database already holds the demo."
        ),
    )
    p.add_argument(
        "--planted",
        action="store_true",
        help="print the answer key (every planted finding) as JSON instead; stores nothing",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from observer_app.demo import create_demo
    from observer_app.demo_findings import planted_findings
    from observer_app.schemas import validate

    if args.planted:
        key = planted_findings().to_json()
        validate(key, "demo-answer-key", "demo answer key")
        print(json.dumps(key, ensure_ascii=False, indent=1))
        return 0
    summary = create_demo(open_db(args))
    print("\n".join(summary.lines()))
    return 0
