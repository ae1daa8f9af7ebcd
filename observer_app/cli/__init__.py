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
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

from observer_app import __version__
from observer_app.errors import UserError

# Command modules, in the order their commands appear in --help, each with the top-level
# commands it registers: a command line imports only the module of its own command (and the
# GUI none of them), so no command pays for the imports of every other one.
# tests/test_startup.py checks that these names are exactly what each module registers, in
# the order it registers them (the order --help lists them: see overview_parser).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "observer_app.cli.elections": ("election",),
    "observer_app.cli.tallies": ("tallies",),
    "observer_app.cli.demo": ("demo",),
    "observer_app.cli.check": ("check",),
    "observer_app.cli.totals": ("totals",),
    "observer_app.cli.reconcile": ("reconcile",),
    "observer_app.cli.packages": ("package",),
    "observer_app.cli.observers": ("identity", "observers"),
    "observer_app.cli.audit": ("audit",),
    "observer_app.cli.backup": ("backup", "restore"),
}


# The Qt-free modules the main window loads as it starts, imported before Qt: PySide6's
# import hook reads the source of every module imported after it (looking for its
# __feature__ switches), 0.1-0.2 s of start-up over SQLAlchemy and pydantic. The GUI's
# other stacks (reconciliation, workbooks, numpy, the import dialogs) load on first use.
GUI_CORE_MODULES = ("observer_app.stations",)


def _top_parser() -> tuple[
    argparse.ArgumentParser, argparse._SubParsersAction[argparse.ArgumentParser]
]:
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
    return parser, parser.add_subparsers(dest="command", metavar="COMMAND")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: every command's, or only ``command``'s module."""
    parser, sub = _top_parser()
    for name, commands in COMMAND_MODULES.items():
        if command is None or command in commands:
            importlib.import_module(name).register(sub)
    return parser


def overview_parser() -> argparse.ArgumentParser:
    """The top-level parser as :func:`build_parser` makes it, for ``--help``, ``--version``
    and mistyped commands, without importing the command modules (all of them load a
    second of libraries): each command's help line is read from its module's source.
    A module whose help lines are not plain literals is imported after all.
    """
    parser, sub = _top_parser()
    for name, commands in COMMAND_MODULES.items():
        lines = _help_lines(name, commands)
        if lines is None:
            importlib.import_module(name).register(sub)
            continue
        for command in commands:
            sub.add_parser(command, help=lines[command], add_help=False)
    return parser


def _help_lines(module: str, commands: tuple[str, ...]) -> dict[str, str] | None:
    """``{command: help}`` from the literal ``<first parameter>.add_parser("command",
    help="...")`` calls in ``module``'s source, or None when any of ``commands`` has none
    (or the source is not there, as in a frozen build)."""
    import ast  # only --help reads sources

    try:
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
            return None
        tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return None
    found: dict[str, str] = {}
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef) or not func.args.args:
            continue
        sub = func.args.args[0].arg
        for node in ast.walk(func):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "add_parser"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == sub
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value in commands
            ):
                continue
            for keyword in node.keywords:
                text = keyword.value.value if isinstance(keyword.value, ast.Constant) else None
                if keyword.arg == "help" and isinstance(text, str):
                    found[node.args[0].value] = text
    return found if set(found) == set(commands) else None


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
    command = command_of(words)
    if command is None:
        # --help, --version and usage errors end here, answered by the cheap parser;
        # a line it parses (a command after "--", say) goes on to the full one
        overview_parser().parse_known_args(words)
    args = build_parser(command).parse_args(words)
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
