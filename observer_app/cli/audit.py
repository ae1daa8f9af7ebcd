"""``observer-app audit``: verify the hash-chained history, and read it."""

from __future__ import annotations

import argparse
import json

from observer_app.cli.common import open_db
from observer_app.packages.evidence import verify_evidence
from observer_app.storage import audit


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="the tamper-evident history of every change")
    cmds = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = cmds.add_parser(
        "verify",
        help="check the audit chain and the signed evidence of merged packages",
        description="Exit code 1 naming the first broken entry when the chain does not verify, "
        "or when merged figures no longer match the packages that brought them.",
    )
    v.add_argument(
        "--chain-only", action="store_true", help="skip re-checking merged packages and photos"
    )
    v.set_defaults(handler=run_verify)
    log = cmds.add_parser("log", help="list audit entries, oldest first")
    log.add_argument("--about", metavar="UID", help="only entries about this tally, package…")
    log.add_argument("--action", help="only this action (e.g. package.merge)")
    log.add_argument("--last", type=int, metavar="N", help="only the newest N entries")
    log.add_argument("--json", action="store_true", help="one JSON object per line")
    log.set_defaults(handler=run_log)


def run_verify(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.session() as s:
        chain = audit.verify(s)
        broken = audit.get_entry(s, chain.broken_at) if chain.broken_at is not None else None
    if chain.ok:
        print(f"audit chain OK: {chain.entries} entries")
    else:
        what = (
            f" ({broken.action} by {broken.actor} at {broken.at:%Y-%m-%d %H:%M:%S})"
            if broken
            else ""
        )
        print(f"audit chain BROKEN at entry #{chain.broken_at}{what}: {chain.reason}")
    ok = chain.ok
    if not args.chain_only:
        ev = verify_evidence(db)
        for problem in ev.problems:
            print(f"evidence BROKEN: {problem}")
        if ev.ok:
            print(
                f"signed evidence OK: {ev.packages} packages, {ev.revisions} revisions, "
                f"{ev.photos} photos"
            )
        ok = ok and ev.ok
    return 0 if ok else 1


def run_log(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.session() as s:
        found = audit.entries(
            s,
            mentioning=args.about,
            action=args.action,
            limit=args.last,
            newest_first=bool(args.last),
        )
    if args.last:
        found.reverse()
    for e in found:
        if args.json:
            print(json.dumps({**e.__dict__, "at": e.at.isoformat()}, ensure_ascii=False))
        else:
            subject = f"{e.entity} {e.entity_uid}".strip()
            print(f"#{e.id:<6} {e.at:%Y-%m-%d %H:%M:%S} {e.actor:12} {e.action:22} {subject}")
    return 0
