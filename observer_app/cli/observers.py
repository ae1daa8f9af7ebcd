"""``observer-app identity`` (your signing key) and ``observer-app observers`` (the coordinator's
register of observer keys, and the decisions on stations whose observer copies differ)."""

from __future__ import annotations

import argparse
import json
import os
import sys

from observer_app import identity
from observer_app.cli.common import add_election_option, open_db
from observer_app.cli.packages import PASSPHRASE_ENV, passphrase_for
from observer_app.conflicts import resolve, station_copies
from observer_app.errors import InputError, UserError
from observer_app.packages.register import accept, add_observer, list_observers, revoke
from observer_app.storage.elections import load_context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_identity(sub)
    p = sub.add_parser(
        "observers",
        help="the coordinator's register of observer keys; differing copies of stations",
    )
    cmds = p.add_subparsers(dest="observers_command", metavar="ACTION", required=True)
    cmds.add_parser("list", help="observers in the register").set_defaults(handler=run_list)

    a = cmds.add_parser("add", help="register an observer by the fingerprint they read out")
    a.add_argument("fingerprint", metavar="FINGERPRINT")
    a.add_argument("--name", required=True)
    a.add_argument("--organisation", default="")
    a.set_defaults(handler=run_add)

    ac = cmds.add_parser(
        "accept",
        help="accept a fingerprint and merge its packages waiting in quarantine",
        description="Check the fingerprint with the observer first (in person or by phone).",
    )
    ac.add_argument("fingerprint", metavar="FINGERPRINT")
    ac.add_argument("--name", help="the observer's name (required if the key is not listed)")
    ac.add_argument("--organisation")
    ac.set_defaults(handler=run_accept)

    r = cmds.add_parser("revoke", help="refuse this key's future packages (what was merged stays)")
    r.add_argument("fingerprint", metavar="FINGERPRINT")
    r.add_argument("--reason", default="")
    r.set_defaults(handler=run_revoke)

    c = cmds.add_parser(
        "conflicts",
        help="stations whose observer copies differ, field by field",
        description="Exit code 1 when some station still has an undecided field.",
    )
    add_election_option(c)
    c.add_argument("--all", action="store_true", help="also list stations already resolved")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=run_conflicts)

    rs = cmds.add_parser(
        "resolve",
        help="decide differing fields of a station: KEY=VALUE ... --reason TEXT",
        description="Choose one of the competing values or correct it to another; the reason "
        "and the competing values are kept with the decision and in the audit history.",
    )
    add_election_option(rs)
    rs.add_argument("station", metavar="STATION")
    rs.add_argument("decisions", nargs="+", metavar="KEY=VALUE")
    rs.add_argument("--reason", required=True)
    rs.set_defaults(handler=run_resolve)


def _register_identity(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("identity", help="your signing key and the name the coordinator sees")
    cmds = p.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    cmds.add_parser("show", help="your name and key fingerprint").set_defaults(
        handler=run_identity_show
    )
    i = cmds.add_parser(
        "init",
        help="create your signing key",
        description=f"With --protect the key is encrypted with a passphrase ({PASSPHRASE_ENV} "
        "or asked for).",
    )
    i.add_argument("--name", default="")
    i.add_argument("--organisation", default="")
    i.add_argument("--protect", action="store_true", help="protect the key with a passphrase")
    i.set_defaults(handler=run_identity_init)
    pw = cmds.add_parser(
        "passphrase",
        help="protect your key with a new passphrase (or remove it with --remove)",
        description=f"The current passphrase comes from {PASSPHRASE_ENV} or is asked for; "
        f"the new one from {PASSPHRASE_ENV}_NEW or is asked for. The key stays the same.",
    )
    pw.add_argument("--remove", action="store_true", help="store the key without a passphrase")
    pw.set_defaults(handler=run_identity_passphrase)
    s = cmds.add_parser("set", help="change the name or organisation sent with your packages")
    s.add_argument("--name")
    s.add_argument("--organisation")
    s.set_defaults(handler=run_identity_set)


def _new_passphrase(env_name: str = PASSPHRASE_ENV) -> str:
    """A new passphrase: from the environment variable ``env_name``, else asked twice."""
    env = os.environ.get(env_name)
    if env:
        return env
    if not sys.stdin.isatty():
        raise UserError(f"set {env_name} to the passphrase to protect the key with")
    import getpass

    first = getpass.getpass("New passphrase: ")
    if not first or getpass.getpass("Repeat it: ") != first:
        raise UserError("the passphrases were empty or did not match; nothing was created")
    return first


def _print_profile(profile: identity.Profile) -> None:
    print(f"name:          {profile.name or '(not set: observer-app identity set --name ...)'}")
    print(f"organisation:  {profile.organisation}")
    print(f"fingerprint:   {profile.fingerprint}")
    print(f"protected:     {'yes (passphrase)' if profile.encrypted else 'no'}")
    print(f"key folder:    {identity.identity_dir()}")


def run_identity_show(args: argparse.Namespace) -> int:
    profile = identity.read_profile()
    if profile is None:
        raise UserError("no signing key yet: observer-app identity init --name 'Your Name'")
    _print_profile(profile)
    return 0


def run_identity_init(args: argparse.Namespace) -> int:
    phrase = _new_passphrase() if args.protect else None
    ident = identity.create(args.name, args.organisation, phrase)
    _print_profile(ident.profile)
    return 0


def run_identity_set(args: argparse.Namespace) -> int:
    if identity.read_profile() is None:
        identity.create(args.name or "", args.organisation or "")
    _print_profile(identity.update_profile(args.name, args.organisation))
    return 0


def run_identity_passphrase(args: argparse.Namespace) -> int:
    profile = identity.read_profile()
    if profile is None:
        raise UserError("no signing key yet: observer-app identity init --name 'Your Name'")
    old = passphrase_for(profile)
    new = None
    if not args.remove:
        new = _new_passphrase(f"{PASSPHRASE_ENV}_NEW")
    _print_profile(identity.change_passphrase(old, new))
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    rows = list_observers(db)
    for o in rows:
        print(
            f"{o.status:11} {o.fingerprint}  {o.name}"
            f"{' (' + o.organisation + ')' if o.organisation else ''}: "
            f"{o.merged} packages merged, {o.waiting} waiting"
        )
    print(f"{len(rows)} observers")
    return 0


def run_add(args: argparse.Namespace) -> int:
    db = open_db(args)
    o = add_observer(db, args.fingerprint, args.name, args.organisation)
    print(f"accepted {o.fingerprint} {o.name}")
    return 0


def run_accept(args: argparse.Namespace) -> int:
    db = open_db(args)
    results = accept(db, args.fingerprint, name=args.name, organisation=args.organisation)
    fp = identity.normalise_fingerprint(args.fingerprint)
    print(f"accepted {fp}; {len(results)} packages were waiting")
    for r in results:
        print(f"{r.outcome:15} {r.file}: {r.message}")
    return 0 if all(r.outcome != "refused" for r in results) else 1


def run_revoke(args: argparse.Namespace) -> int:
    db = open_db(args)
    revoke(db, args.fingerprint, args.reason)
    print(f"revoked {identity.normalise_fingerprint(args.fingerprint)}")
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = load_context(db, args.election)
    stations = [sc for sc in station_copies(db, ctx) if sc.differing]
    shown = stations if args.all else [sc for sc in stations if sc.flagged]
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "station": sc.station_code,
                        "flagged": sc.flagged,
                        "copies": [
                            {"tally": c.tally_uid, "observer": c.observer, "key": c.fingerprint}
                            for c in sc.copies
                        ],
                        "fields": [
                            {
                                "key": fs.key,
                                "values": fs.values,
                                "resolved": fs.resolved,
                                "value": fs.value,
                                "outdated_decision": fs.outdated,
                            }
                            for fs in sc.differing
                        ],
                    }
                    for sc in shown
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        for sc in shown:
            who = {c.tally_uid: c.observer or c.tally_uid[:8] for c in sc.copies}
            print(f"{sc.station_code}: {len(sc.copies)} copies")
            for fs in sc.differing:
                values = ", ".join(
                    f"{who[u]}={'blank' if v is None else v}" for u, v in fs.values.items()
                )
                state = (
                    f"decided {fs.value}"
                    if fs.resolved
                    else ("decision outdated" if fs.outdated else "open")
                )
                print(f"  {fs.key:8} {values}  [{state}]")
        open_count = sum(1 for sc in stations if sc.flagged)
        print(f"{open_count} stations with open differences, {len(stations)} with differing copies")
    return 1 if any(sc.flagged for sc in stations) else 0


def run_resolve(args: argparse.Namespace) -> int:
    db = open_db(args)
    ctx = load_context(db, args.election)
    decisions: dict[str, int] = {}
    for item in args.decisions:
        key, sep, value = item.partition("=")
        if not sep or not value.strip().isdigit():
            raise InputError(f"{item!r}: write KEY=VALUE with a whole number, e.g. N=12")
        decisions[key.strip()] = int(value)
    for d in resolve(db, ctx, args.station, decisions, args.reason):
        kind = "corrected to" if d.corrected else "chose"
        print(f"{args.station} {d.key}: {kind} {d.value} ({d.reason})")
    return 0
