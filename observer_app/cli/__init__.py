"""The command line: ``observer-app`` opens the GUI; subcommands run the core headless.

Each command group lives in its own module exposing ``register(subparsers)``;
handlers take the parsed arguments and return an exit code. Errors the user can
fix (:class:`observer_app.errors.UserError`) print one plain line and exit 2;
anything else is a bug and prints a traceback.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

from observer_app import __version__
from observer_app.errors import UserError

# Command modules, in the order their commands appear in --help, each with the top-level
# commands it registers: a command line imports only the module of its own command (and the
# GUI none of them), so no command pays for the imports of every other one.
# tests/test_cli_lazy.py checks that these names are exactly what each module registers.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "observer_app.cli.elections": ("election",),
    "observer_app.cli.tallies": ("tallies",),
    "observer_app.cli.demo": ("demo",),
    "observer_app.cli.check": ("check",),
    "observer_app.cli.totals": ("totals",),
    "observer_app.cli.reconcile": ("reconcile",),
    "observer_app.cli.packages": ("package",),
    "observer_app.cli.observers": ("observers", "identity"),
    "observer_app.cli.audit": ("audit",),
    "observer_app.cli.backup": ("backup", "restore"),
}


# The Qt-free modules the main window loads as it starts, imported before Qt: PySide6's
# import hook reads the source of every module imported after it (looking for its
# __feature__ switches), 0.1-0.2 s of start-up over SQLAlchemy and pydantic. The GUI's
# other stacks (reconciliation, workbooks, numpy, the import dialogs) load on first use.
GUI_CORE_MODULES = ("observer_app.stations",)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: every command's (for --help), or only ``command``'s module."""
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
    for name, commands in COMMAND_MODULES.items():
        if command is None or command in commands:
            importlib.import_module(name).register(sub)
    return parser


def command_of(argv: Sequence[str]) -> str | None:
    """The command named on a command line: a command of this app, "" for none (the GUI),
    or None when the line is anything else (``--help``, a typo: the full parser answers).

    Only the global option ``--db X`` / ``--db=X`` may come before the command.
    """
    known = {c for commands in COMMAND_MODULES.values() for c in commands}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--db" and i + 1 < len(argv):
            i += 2
        elif arg.startswith("--db="):
            i += 1
        else:
            return arg if arg in known else None
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(command_of(words)).parse_args(words)
    if args.command is None:
        for name in GUI_CORE_MODULES:
            importlib.import_module(name)
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


def run() -> None:
    """The ``observer-app`` program (console script and ``python -m observer_app``).

    A command is a short process that loads large libraries and then builds
    hundreds of thousands of objects, nearly none of them in reference cycles:
    the cyclic collector would scan them all again and again for nothing
    (0.3-0.6 s of a national import, check or reconcile, and a fifth of a
    second at exit), so a command runs without it, and its objects are frozen
    before the interpreter exits. Memory is still freed as usual by reference
    counting; the peak RSS of every benchmark step is the same either way.
    The GUI starts with the collector off too (imports and the window build
    only live objects) and runs with the defaults from its first event on.
    """
    words = sys.argv[1:]
    command = command_of(words)
    if command is not None:
        gc.disable()  # the GUI turns it back on: observer_app.ui.app.run_gui
    code = main(words)
    if command:
        gc.freeze()
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
