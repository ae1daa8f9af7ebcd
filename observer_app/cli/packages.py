"""``observer-app package``: export a signed report package, verify and merge received ones."""

from __future__ import annotations

import argparse
import json
import os
import sys

from observer_app import identity
from observer_app.cli.common import add_election_option, open_db
from observer_app.errors import UserError
from observer_app.packages import export_package, merge_packages
from observer_app.packages.format import DEFAULT_MAX_UNCOMPRESSED
from observer_app.packages.merge import ElectionCache, PackageResult, require_files
from observer_app.packages.register import received_packages
from observer_app.packages.verify import PackageRefused, open_package
from observer_app.storage.elections import load_context

PASSPHRASE_ENV = "OBSERVER_APP_KEY_PASSPHRASE"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "package",
        help="report packages: export for the coordinator, verify, merge",
        description="Signed report packages carry an observer's tallies, their full history "
        "and photos to the coordinator.",
    )
    cmds = p.add_subparsers(dest="package_command", metavar="ACTION", required=True)

    e = cmds.add_parser(
        "export",
        help="write your tallies (all or some stations) to one signed file",
        description="Signs with your key (created on first use in the user data folder). "
        f"A protected key's passphrase is read from {PASSPHRASE_ENV} or asked for.",
    )
    e.add_argument("out", metavar="OUT", help="package file to write (e.g. report.oapkg)")
    e.add_argument("--station", action="append", metavar="CODE", help="only this station (repeat)")
    e.add_argument("--name", help="your name as the coordinator knows you (saved for next time)")
    e.add_argument("--organisation", help="your organisation (saved for next time)")
    add_election_option(e)
    e.set_defaults(handler=run_export)

    m = cmds.add_parser(
        "merge",
        help="verify and merge received packages (files or folders)",
        description="Each package is verified completely, then merged all-or-nothing. "
        "Exit code 1 when any package was refused.",
    )
    m.add_argument("files", nargs="+", metavar="FILE", help="package files or folders of them")
    _size_option(m)
    m.add_argument("--json", action="store_true", help="print one JSON result per package")
    m.set_defaults(handler=run_merge)

    v = cmds.add_parser(
        "verify",
        help="check packages without merging them",
        description="Exit code 1 when any package fails verification. Nothing is written.",
    )
    v.add_argument("files", nargs="+", metavar="FILE")
    _size_option(v)
    v.set_defaults(handler=run_verify)

    ls = cmds.add_parser("list", help="packages received by this database")
    ls.add_argument("--status", choices=("merged", "quarantined"))
    ls.set_defaults(handler=run_list)


def _size_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-size-mb",
        type=int,
        default=DEFAULT_MAX_UNCOMPRESSED // 1_048_576,
        metavar="MB",
        help="refuse archives that would expand beyond this (default: %(default)s)",
    )


def passphrase_for(profile: identity.Profile | None) -> str | None:
    """The key's passphrase from the environment or the terminal (None for an open key)."""
    if profile is None or not profile.encrypted:
        return None
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise UserError(f"your signing key is protected: set {PASSPHRASE_ENV}")
    import getpass

    return getpass.getpass("Passphrase of your signing key: ")


def load_identity(name: str | None, organisation: str | None) -> identity.Identity:
    profile = identity.read_profile()
    if profile is None:
        ident = identity.create(name=name or "", organisation=organisation or "")
        print(
            f"created your signing key; its fingerprint is {ident.fingerprint} "
            "(tell it to your coordinator)",
            file=sys.stderr,
        )
        return ident
    if name is not None or organisation is not None:
        identity.update_profile(name, organisation)
    return identity.load(passphrase_for(profile))


def run_export(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = load_context(db, args.election)
    ident = load_identity(args.name, args.organisation)
    result = export_package(db, ctx, args.out, ident, args.station)
    print(
        f"{result.path}: {result.tallies} tallies of {result.stations} stations, "
        f"{result.revisions} revisions, {result.photos} photos; signed by "
        f"{ident.profile.name} ({result.fingerprint})"
    )
    return 0


def _line(r: PackageResult) -> str:
    who = f" [{r.observer} {r.fingerprint}]" if r.fingerprint else ""
    return f"{r.outcome:15} {r.file}{who}: {r.message}"


def run_merge(args: argparse.Namespace) -> int:
    db = open_db(args)
    files = require_files(args.files)
    report = merge_packages(db, files, max_uncompressed=args.max_size_mb * 1_048_576)
    for r in report.results:
        if args.json:
            print(json.dumps(r.__dict__, ensure_ascii=False))
        else:
            print(_line(r))
    if not args.json:
        counts = ", ".join(
            f"{report.count(o)} {o}"
            for o in ("merged", "already-merged", "quarantined", "refused")
            if report.count(o)
        )
        print(f"{len(report.results)} packages: {counts or 'none'}")
        if report.backup:
            print(f"backup taken before merging: {report.backup}")
        for code, stations in report.flagged.items():
            print(
                f"{code}: {len(stations)} stations have differing copies to resolve: "
                + ", ".join(stations[:20])
                + (" ..." if len(stations) > 20 else "")
            )
    return 0 if report.ok else 1


def run_verify(args: argparse.Namespace) -> int:
    db = open_db(args)
    elections = ElectionCache(db)
    bad = 0
    for path in require_files(args.files):
        try:
            with open_package(
                path, elections, max_uncompressed=args.max_size_mb * 1_048_576
            ) as pkg:
                print(
                    f"ok      {path.name}: {len(pkg.tallies)} tallies, {len(pkg.photos)} photos "
                    f"from {pkg.observer_name} ({pkg.fingerprint}), election {pkg.election_code}"
                )
        except PackageRefused as exc:
            bad += 1
            print(f"refused {exc}")
    return 1 if bad else 0


def run_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    rows = received_packages(db, args.status)
    for r in rows:
        print(
            f"{r.status:12} {r.received_at:%Y-%m-%d %H:%M} {r.election:12} "
            f"{r.observer or '?'} ({r.fingerprint}) {r.file_name}"
        )
    print(f"{len(rows)} packages")
    return 0
