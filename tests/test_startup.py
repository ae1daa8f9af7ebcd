"""Start-up: a command line loads only what its command needs; the GUI's ready probe.

``COMMAND_MODULES`` names each module's top-level commands so that a command
line imports one module; these tests keep those names true, and check that
registering the commands of the core areas imports nothing heavy. The GUI
imports its Qt-free modules before Qt (``GUI_CORE_MODULES``) and can report
when its window is usable (``OBSERVER_APP_READY_PROBE``, the start-up benchmark).
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import subprocess
import sys

import pytest
from sqlalchemy import delete

from observer_app.cli import (
    COMMAND_MODULES,
    GUI_CORE_MODULES,
    build_parser,
    command_of,
    main,
    overview_parser,
)
from observer_app.cli.tallies import SOURCES as CLI_SOURCES
from observer_app.domain import tables as t
from observer_app.domain.values import SOURCES
from observer_app.stations import station_ids
from observer_app.storage.db import Database
from tests.factories import small_kz_election


def _registered(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    importlib.import_module(module).register(sub)
    return set(sub.choices)


@pytest.mark.parametrize("module", sorted(COMMAND_MODULES))
def test_command_names_are_what_each_module_registers(module: str) -> None:
    assert _registered(module) == set(COMMAND_MODULES[module])


def test_full_parser_has_every_command() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == {c for names in COMMAND_MODULES.values() for c in names}


def test_help_lists_every_command_without_importing_the_command_modules() -> None:
    """``--help`` reads the help lines from the sources: the same text as the full parser."""
    assert overview_parser().format_help() == build_parser().format_help()
    loaded = _modules_after(
        "from observer_app.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit as exc:\n    assert exc.code == 0"
    )
    assert not set(COMMAND_MODULES) & loaded
    assert sorted(m for m in loaded if m.split(".")[0] in HEAVY) == []


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (["chek"], 2, "invalid choice: 'chek'"),
        (["--db"], 2, "expected one argument"),
        (["--bogus"], 2, "unrecognized arguments: --bogus"),
        (["--version"], 0, "observer-app "),
    ],
)
def test_lines_without_a_command_answer_as_the_full_parser_does(
    argv: list[str], code: int, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == code
    out = capsys.readouterr()
    assert says in out.out + out.err


def test_tallies_sources_are_the_models() -> None:
    assert CLI_SOURCES == SOURCES


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        ([], ""),
        (["--db", "x.sqlite3"], ""),
        (["--db=x.sqlite3"], ""),
        (["check", "--json"], "check"),
        (["--db", "x", "tallies", "import", "f.csv"], "tallies"),
        (["--db=x", "identity", "show"], "identity"),
        (["observers", "list"], "observers"),
        (["--help"], None),
        (["--version"], None),
        (["--db"], None),
        (["chek"], None),
        (["--db", "x", "--help"], None),
    ],
)
def test_command_of(argv: list[str], command: str | None) -> None:
    assert command_of(argv) == command


def test_unknown_command_still_gets_the_full_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["chek"])
    assert exc.value.code == 2
    assert "invalid choice: 'chek'" in capsys.readouterr().err


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print(' '.join(sys.modules))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return set(out.split())


HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "numpy", "alembic", "jsonschema", "PySide6")


@pytest.mark.parametrize("command", ["", "election", "tallies", "check", "demo"])
def test_registering_core_commands_imports_nothing_heavy(command: str) -> None:
    loaded = _modules_after(f"from observer_app.cli import build_parser; build_parser({command!r})")
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY)
    assert heavy == []
    others = {m for m in COMMAND_MODULES if command not in COMMAND_MODULES[m]}
    if command == "tallies":  # shares the table-reading options of election import
        others.discard("observer_app.cli.elections")
    assert not others & loaded, "only the module of the command on the line is imported"


def test_opening_a_database_at_the_newest_schema_does_not_load_alembic(tmp_path: object) -> None:
    path = f"{tmp_path}/x.sqlite3"
    loaded = _modules_after(
        "from observer_app.storage.db import Database\n"
        f"Database.open({path!r}).close()\n"
        "import sys; [sys.modules.pop(m) for m in list(sys.modules) if m.startswith('alembic')]\n"
        f"Database.open({path!r}).close()"
    )
    assert not any(m.startswith("alembic") for m in loaded)


def test_program_runs_a_command_and_exits_with_its_code(tmp_path: object) -> None:
    db = f"{tmp_path}/x.sqlite3"
    run = [sys.executable, "-m", "observer_app", "--db", db]
    assert subprocess.run([*run, "demo"], capture_output=True).returncode == 0
    proc = subprocess.run([*run, "check"], capture_output=True, text=True)
    assert proc.returncode == 1  # the demo's planted arithmetic errors
    assert "tallies checked" in proc.stdout


def test_gui_core_modules_are_what_the_window_loads() -> None:
    """The list the GUI imports before Qt names modules the main window really uses."""
    loaded = _modules_after("import observer_app.ui.main_window")
    assert set(GUI_CORE_MODULES) <= loaded


def test_ready_probe_reports_a_usable_window_and_quits(tmp_path: object) -> None:
    db = f"{tmp_path}/x.sqlite3"
    run = [sys.executable, "-m", "observer_app", "--db", db]
    assert subprocess.run([*run, "demo"], capture_output=True).returncode == 0
    env = {**os.environ, "OBSERVER_APP_READY_PROBE": "1", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(run, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    found = re.search(r"ready after ([0-9.]+) s \(cpu ([0-9.]+) s\)", proc.stdout)
    assert found and 0 < float(found.group(1)) < 120


# What the window must not wait for: each loads on first use of its menu action (Results,
# File > Import, Excel export) or in the background after the list is shown (the form's
# schema check, the double-entry comparison).
LOADED_ON_FIRST_USE = (
    "numpy",
    "openpyxl",
    "jsonschema",
    "jsonschema_rs",
    "observer_app.export",
    "observer_app.reconcile",
    "observer_app.importing",
    "observer_app.entry",
    "observer_app.ui.reconcile.window",
    "observer_app.ui.reconcile.import_wizard",
    "observer_app.ui.import_dialog",
)

_MODULES_WHEN_LISTED = """
import importlib, sys
from observer_app.cli import GUI_CORE_MODULES
for name in GUI_CORE_MODULES:
    importlib.import_module(name)
from PySide6.QtCore import QTimer
from observer_app.ui.app import make_application, start
app = make_application()
window = start(sys.argv[1])
loaded = []
def listed():
    loaded.extend(sys.modules)
    QTimer.singleShot(0, app.quit)
window.databaseOpened.connect(listed)
app.exec()
print(window.navigator.model.rowCount(), " ".join(loaded))
"""


def test_the_station_list_shows_before_the_stacks_loaded_on_first_use(tmp_path: object) -> None:
    db = f"{tmp_path}/x.sqlite3"
    run = [sys.executable, "-m", "observer_app", "--db", db]
    assert subprocess.run([*run, "demo"], capture_output=True).returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", _MODULES_WHEN_LISTED, db],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    rows, *loaded = proc.stdout.split()
    assert int(rows) > 0  # the demo's stations are listed
    early = sorted(
        m for m in loaded if any(m == x or m.startswith(f"{x}.") for x in LOADED_ON_FIRST_USE)
    )
    assert early == []


def test_station_ids_are_in_file_order_with_or_without_gaps(sqlite_db: Database) -> None:
    """The list's ids: read as a range when they run unbroken, else row by row."""
    ctx = small_kz_election(sqlite_db)
    ids = station_ids(sqlite_db, ctx.id)
    assert ids == sorted(s.id for s in ctx.stations.values())
    assert ids == list(range(ids[0], ids[0] + len(ids)))
    with sqlite_db.session() as s:
        s.execute(delete(t.station).where(t.station.c.id == ids[1]))
    assert station_ids(sqlite_db, ctx.id) == [ids[0], *ids[2:]]
    assert station_ids(sqlite_db, ctx.id + 1000) == []
