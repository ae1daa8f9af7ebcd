"""The command line: ``observer-app`` opens the GUI; subcommands run the core headless.

Each command group lives in its own module exposing ``register(subparsers)``;
handlers take the parsed arguments and return an exit code. Errors the user can
fix (:class:`observer_app.errors.UserError`) print one plain line and exit 2;
anything else is a bug and prints a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from observer_app import __version__
from observer_app.errors import UserError

# Command modules, in the order their commands appear in --help.
COMMAND_MODULES = (
    "observer_app.cli.elections",
    "observer_app.cli.tallies",
    "observer_app.cli.demo",
    "observer_app.cli.check",
    "observer_app.cli.totals",
    "observer_app.cli.reconcile",
    "observer_app.cli.packages",
    "observer_app.cli.observers",
    "observer_app.cli.audit",
    "observer_app.cli.backup",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="observer-app",
        description=(
            "Observer App: protocol entry, checks and reconciliation for election observers. "
            "Without a command it opens the GUI."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file or SQLAlchemy URL (default: observer.sqlite3 in the user data folder; "
        "a coordinator team can use postgresql+psycopg://user@host/db)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from observer_app.ui.app import run_gui  # Qt is imported only for the GUI

        return run_gui(args.db)
    try:
        code: int = args.handler(args)
        return code
    except UserError as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            "observer-app: interrupted; nothing was stored by the unfinished step", file=sys.stderr
        )
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
