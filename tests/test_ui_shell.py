"""The main window driven offscreen: opening a database, finding and opening stations,
keys, the welcome offer on an empty database, recent databases and settings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from observer_app.entry.drafts import DraftState
from observer_app.entry.saving import save_entry
from observer_app.stations import StationStatus
from observer_app.storage.db import Database
from observer_app.ui import errors, i18n
from observer_app.ui.import_dialog import ImportDialog
from observer_app.ui.main_window import MainWindow, entry_screens
from observer_app.ui.settings import Settings
from observer_app.ui.shortcuts import ShortcutsDialog, actions_without_keys
from observer_app.ui.welcome import WelcomeDialog
from tests.factories import kz_values, small_kz_election
from tests.ui_helpers import trigger_shortcut, type_text

pytestmark = pytest.mark.gui
LOAD_MS = 30_000


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    i18n.install_language("en")
    yield
    i18n.install_language("en")


@pytest.fixture
def settings() -> Settings:
    s = Settings()  # in this test's own data folder (conftest)
    s.operator = "Aigerim"
    s.language = "en"
    return s


@pytest.fixture
def election_file(tmp_path: Path) -> Path:
    """A database with the small election: one station entered, one with an error."""
    path = tmp_path / "small.sqlite3"
    db = Database.open(path)
    ctx = small_kz_election(db)
    save_entry(db, ctx, "C1-001", "observer", "Aigerim", DraftState(kz_values()))
    save_entry(db, ctx, "C1-002", "observer", "Aigerim", DraftState(kz_values(N=13)), final=False)
    db.close()
    return path


def open_window(
    qtbot: QtBot, settings: Settings, location: str | None, *, welcome: bool = False
) -> MainWindow:
    window = MainWindow(settings)
    window.first_start_offer = welcome
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    if welcome:
        with qtbot.waitSignal(window.databaseOpened, timeout=LOAD_MS):
            window.open_database(location)
    else:
        with qtbot.waitSignal(window.statusesReady, timeout=LOAD_MS):
            window.open_database(location)
    return window


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, election_file: Path) -> MainWindow:
    return open_window(qtbot, settings, str(election_file))


def test_title_status_line_and_counts(window: MainWindow, election_file: Path) -> None:
    assert window.windowTitle() == "Test akim election [SYNTHETIC DEMO] — Observer App"
    assert window.banner.isVisible() and "Synthetic demo" in window.banner.text()
    line = window.status_line
    assert line.database.text() == f"Database: {election_file.name}"
    assert line.operator.text() == "Operator: Aigerim"
    counts = window.navigator.model.counts()
    assert counts[StationStatus.ENTERED] == 1
    assert counts[StationStatus.NO_TALLY] == 7 - (1 if counts[StationStatus.DRAFT] else 0)
    assert line.chips[StationStatus.ENTERED].text() == "Entered: 1"
    assert line.chips[StationStatus.ENTERED].isVisible()
    assert not line.chips[StationStatus.DOUBLE_DIFFER].isVisible()
    assert window.navigator.shown_label.text() == "8 stations"


def test_ctrl_f_then_typing_a_code_selects_the_station(window: MainWindow) -> None:
    trigger_shortcut(window, "Ctrl+F")
    box = window.navigator.find_box
    assert window.focusWidget() is box
    type_text(box, "c2-003")
    assert window.navigator.current_station() == (
        window.ctx.stations["C2-003"].id if window.ctx else 0,
        "C2-003",
    )
    assert window.navigator.shown_label.text() == "1 of 8 stations"


def test_clicking_a_status_count_shows_only_those_stations(window: MainWindow) -> None:
    window.status_line.chips[StationStatus.ENTERED].click()
    model = window.navigator.model
    assert model.rowCount() == 1 and model.station_code(0) == "C1-001"
    assert window.act["show_entered"].isChecked()
    trigger_shortcut(window, "Ctrl+0")
    assert model.rowCount() == 8


needs_entry = pytest.mark.skipif(entry_screens() is None, reason="entry screens not in build")


@needs_entry
def test_enter_opens_the_entry_form_and_esc_returns(window: MainWindow, qtbot: QtBot) -> None:
    nav = window.navigator
    nav.select_station(window.ctx.stations["C1-003"].id if window.ctx else 0)
    with qtbot.waitSignal(window.entryOpened, timeout=5000):
        trigger_shortcut(window, "Return")
    assert window.pages.currentWidget() is window.entry_host
    entry = window.entry
    assert entry is not None and type(entry).__name__ == "EntryWidget"
    assert entry.source == "observer" and entry.operator == "Aigerim"  # type: ignore[attr-defined]
    assert window.windowTitle().startswith("C1-003 — ")
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Protocol" in menus
    assert not window.act["open_station"].isEnabled()
    with qtbot.waitSignal(window.entryClosed, timeout=5000):
        trigger_shortcut(window, "Esc")  # the form's own "back" (the window's yields its key)
    assert window.pages.currentWidget() is nav
    assert nav.current_station() is not None and nav.current_station()[1] == "C1-003"  # type: ignore[index]
    assert window.act["back"].shortcuts()  # the window got its key back
    assert "&Protocol" not in [a.text() for a in window.menuBar().actions()]


@needs_entry
def test_saving_in_the_form_updates_the_station_status(window: MainWindow, qtbot: QtBot) -> None:
    ctx = window.ctx
    assert ctx is not None
    window.navigator.select_station(ctx.stations["C1-003"].id)
    window.open_current()
    entry = window.entry
    assert entry is not None
    entry.form.set_values(kz_values(R=901))  # type: ignore[attr-defined]  # R = I + C broken
    entry.note.setPlainText("Line 2 is wrong on the copy itself")  # type: ignore[attr-defined]
    entry.faulty.setChecked(True)  # type: ignore[attr-defined]
    model = window.navigator.model
    with qtbot.waitSignal(model.countsChanged, timeout=5000):
        entry.save_action.trigger()  # type: ignore[attr-defined]
    row = model.view_row_of_station(ctx.stations["C1-003"].id)
    assert row is not None and model.status_of_row(model._view[row]) == StationStatus.ERRORS
    assert window.status_line.chips[StationStatus.ERRORS].text() == "Has errors: 1"


@needs_entry
def test_ctrl_n_opens_the_next_station_without_a_tally(window: MainWindow, qtbot: QtBot) -> None:
    ctx = window.ctx
    assert ctx is not None
    window.navigator.select_station(ctx.stations["C1-001"].id)  # entered
    with qtbot.waitSignal(window.entryOpened, timeout=5000) as opened:
        trigger_shortcut(window, "Ctrl+N")
    assert opened.args == ["C1-003"]  # C1-002 has a draft tally: not "without a tally"
    with qtbot.waitSignal(window.entryOpened, timeout=5000) as opened:
        trigger_shortcut(window, "Ctrl+N")  # from inside the form: closes it, opens the next
    assert opened.args == ["C1-004"]


@needs_entry
def test_double_entry_is_blind_and_compare_opens_the_comparison(
    window: MainWindow, qtbot: QtBot
) -> None:
    ctx = window.ctx
    assert ctx is not None
    window.navigator.select_station(ctx.stations["C1-001"].id)
    trigger_shortcut(window, "Ctrl+D")
    entry = window.entry
    assert entry is not None and entry.source == "second-entry"  # type: ignore[attr-defined]
    assert entry.form.values() == {}  # type: ignore[attr-defined]  # the first entry is not shown
    trigger_shortcut(window, "Esc")
    trigger_shortcut(window, "Ctrl+R")
    assert window.entry is not None and type(window.entry).__name__ == "DoubleEntryView"
    trigger_shortcut(window, "Esc")
    assert window.entry is None


def test_without_the_entry_screens_nothing_fake_is_shown(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import observer_app.ui.main_window as mw

    monkeypatch.setattr(mw, "entry_screens", lambda: None)
    window.open_current()
    assert window.pages.currentWidget() is window.navigator
    assert window.entry is None
    assert "not part of this build" in window.statusBar().currentMessage()


def test_every_menu_action_has_a_key_listed_in_help(window: MainWindow) -> None:
    dialog = ShortcutsDialog(window)
    rows = dialog.rows()
    assert ("Station", "Find station", "Ctrl+F") in rows
    assert ("Station", "Next station without a tally", "Ctrl+N") in rows
    assert ("Station", "Back to the list", "Esc") in rows
    assert ("Station", "Double entry", "Ctrl+D") in rows
    assert ("File", "Open database", "Ctrl+O") in rows
    assert ("Help", "Keyboard shortcuts", "F1") in rows
    assert any(r[1] == "Open station" and "Return" in r[2] for r in rows)
    # in the shell's menus only the lists of names (languages, recent databases) and About
    # go without a key; the menus other parts add (Results, Coordinator) answer for theirs
    shell = ("File › ", "Edit › ", "View › ", "Station › ", "Help › ")
    missing = [m for m in actions_without_keys(window) if m.startswith(shell)]
    allowed = {"View › Language › English", "View › Language › Русский",
               "View › Language › Қазақша", "Help › About Observer App"}  # fmt: skip
    assert {m for m in missing if "Recent databases" not in m} <= allowed


def _active_keys(window: MainWindow) -> list[str]:
    keys = []
    for action in window.findChildren(QAction):
        if action.isEnabled():
            keys += [k.toString() for k in action.shortcuts()]
    return keys


@needs_entry
def test_no_key_is_bound_twice_in_the_list_or_in_the_form(window: MainWindow) -> None:
    keys = _active_keys(window)
    assert len(keys) == len(set(keys)), keys
    window.open_current()
    keys = _active_keys(window)
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_welcome_on_an_empty_database_creates_the_demo(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    window = open_window(qtbot, settings, str(tmp_path / "empty.sqlite3"), welcome=True)
    assert window.pages.currentWidget() is window.welcome_page
    dialog = window.findChild(WelcomeDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(window.statusesReady, timeout=60_000):
        dialog.panel.demo_button.click()
    # the stored English stamp gives way to the translated marker, shown once
    assert window.windowTitle().startswith("Казахстан, выборы акимов районов")
    assert window.windowTitle().count("SYNTHETIC DEMO") == 1
    assert window.navigator.model.total == 1491
    assert window.navigator.contest_list.topLevelItemCount() == 46  # all + 45 contests
    counts = window.navigator.model.counts()
    assert counts[StationStatus.ERRORS] > 0 and counts[StationStatus.OFFICIAL] > 0
    # find demo stations by a word of their address typed in Cyrillic
    window.find_station()
    type_text(window.navigator.find_box, "Курчатов")
    assert 0 < window.navigator.model.rowCount() < 1491


def test_settings_recent_databases_and_window_state_persist(
    qtbot: QtBot, settings: Settings, election_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    db = Database.open(other)
    small_kz_election(db, code="other", stations=2)
    db.close()
    window = open_window(qtbot, settings, str(election_file))
    with qtbot.waitSignal(window.statusesReady, timeout=LOAD_MS):
        window.open_database(str(other))
    recent = [a.text() for a in window.recent_menu.actions()]
    assert recent == ["&1 other.sqlite3", "&2 small.sqlite3"]
    with qtbot.waitSignal(window.statusesReady, timeout=LOAD_MS):
        window.recent_menu.actions()[1].trigger()
    assert window.db is not None and window.db.sqlite_path == election_file.resolve()
    window.resize(700, 520)
    window.set_language("kk")
    window.close()
    again = Settings()
    assert again.path == settings.path
    assert again.last_database == str(election_file.resolve())
    assert again.recent_databases == [str(election_file.resolve()), str(other.resolve())]
    assert again.operator == "Aigerim" and again.language == "kk"
    geometry, state = again.window_state()
    assert geometry is not None and state is not None
    restored = MainWindow(again)
    qtbot.addWidget(restored)
    restored.show()
    assert (restored.width(), restored.height()) == (700, 520)
    assert restored.act["lang_kk"].isChecked()


def test_a_bad_database_gets_a_plain_message_and_the_open_one_stays(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QDialog] = []
    monkeypatch.setattr(errors, "_exec", lambda d: shown.append(d) or 0)
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("not a database at all\n" * 50)
    before = window.db
    task = window.open_database(str(bad))
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=LOAD_MS):
        pass
    assert len(shown) == 1 and shown[0].objectName() == "userErrorBox"
    assert window.db is before and window.pages.currentWidget() is window.navigator


def test_import_election_from_a_definition_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    definition = {
        "code": "kz-import",
        "name": "Imported akim election",
        "form": "kz-akim-2023",
        "contests": [
            {
                "code": "A",
                "name": "Қарасай ауданы",
                "candidates": [{"ballot_number": 1, "name": "Ә"}],
            }
        ],
        "stations": [
            {"code": f"Қ-{i}", "contest": "A", "registered_voters": 900} for i in range(5)
        ],
    }
    path = tmp_path / "election.json"
    path.write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")

    def accept(dialog: ImportDialog) -> int:
        dialog.file.setText(str(path))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(ImportDialog, "exec", accept)
    with qtbot.waitSignal(window.statusesReady, timeout=LOAD_MS):
        trigger_shortcut(window, "Ctrl+I")
    assert window.election is not None and window.election.code == "kz-import"
    assert window.navigator.model.total == 5
    assert window.elections_menu.menuAction().isVisible()  # two elections: a switch appears
    assert [a.text() for a in window.elections_menu.actions()] == [
        "Test akim election",
        "Imported akim election",
    ]


def test_start_opens_the_last_database_or_the_default(
    qtbot: QtBot, settings: Settings, election_file: Path
) -> None:
    from observer_app.ui.app import make_application, start

    assert make_application() is QApplication.instance()
    settings.remember_database(str(election_file))
    window = start(None, settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.election is not None, timeout=LOAD_MS)
    assert window.db is not None and window.db.sqlite_path == election_file
    window.close()
    election_file.unlink()  # moved away since: the default database opens instead
    moved = start(None, settings)
    qtbot.addWidget(moved)
    qtbot.waitUntil(lambda: moved.db is not None, timeout=LOAD_MS)
    assert moved.db is not None and moved.db.sqlite_path is not None
    assert moved.db.sqlite_path.name == "observer.sqlite3"
    assert moved.pages.currentWidget() is moved.welcome_page
    dialog = moved.findChild(WelcomeDialog)
    assert dialog is not None
    dialog.reject()


def test_the_settings_dialog_applies_language_and_operator(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from observer_app.ui.settings import SettingsDialog

    def fill(dialog: SettingsDialog) -> int:
        dialog.operator.setText("  Бақытжан Сәрсенов  ")
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        dialog.accept()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(SettingsDialog, "exec", fill)
    trigger_shortcut(window, "Ctrl+,")
    QApplication.processEvents()
    assert Settings().operator == "Бақытжан Сәрсенов"
    assert window.status_line.operator.text() == "Оператор: Бақытжан Сәрсенов"
    assert window.act["lang_ru"].isChecked() and i18n.current_language() == "ru"


def test_new_election_starts_a_new_database_with_the_welcome_offer(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "region-7"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.first_start_offer = True
    with qtbot.waitSignal(window.databaseOpened, timeout=LOAD_MS):
        trigger_shortcut(window, "Ctrl+Shift+N")
    assert window.db is not None and window.db.sqlite_path == target.with_suffix(".sqlite3")
    assert window.pages.currentWidget() is window.welcome_page
    assert window.election is None and window.windowTitle() == "Observer App"
    dialog = window.findChild(WelcomeDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


@needs_entry
def test_unsaved_drafts_are_offered_back_when_the_election_opens(
    qtbot: QtBot, settings: Settings, election_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from observer_app.entry.drafts import save_draft
    from observer_app.storage.elections import load_context

    db = Database.open(election_file)
    save_draft(db, load_context(db), "C2-004", "observer", "Бақыт", DraftState({"V": 1000}))
    db.close()
    offered: list[QDialog] = []

    def choose_first(dialog: QDialog) -> int:
        offered.append(dialog)
        dialog.chosen = dialog.drafts[0]  # type: ignore[attr-defined]
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(errors, "_exec", choose_first)
    window = MainWindow(settings)
    window.first_start_offer = False
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.entryOpened, timeout=LOAD_MS) as opened:
        window.open_database(str(election_file))
    assert opened.args == ["C2-004"] and len(offered) == 1
    entry = window.entry
    assert entry is not None and entry.operator == "Бақыт"  # type: ignore[attr-defined]
    assert entry.form.values() == {"V": 1000}  # type: ignore[attr-defined]


def test_a_window_closed_before_the_draft_offer_does_not_make_it(
    qtbot: QtBot, settings: Settings, election_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The offer of unsaved drafts waits for the event loop after a load; a window closed
    in between skips it (it would read a closed database, and at a file moved away since,
    make a new empty one)."""
    from observer_app.ui import entry

    window = open_window(qtbot, settings, str(election_file))
    qtbot.wait(50)  # the load's own offer has been made
    offered: list[object] = []
    monkeypatch.setattr(entry, "offer_draft_restore", lambda *args: offered.append(args))
    index = window.navigator.model._index  # the load's own result, handed again
    assert window.ctx is not None and index is not None
    window._offer_drafts_after_load = True
    window._context_ready(window._generation, window.ctx, index)
    window.close()  # before the event loop runs the queued offer
    election_file.unlink()
    qtbot.wait(50)
    assert offered == [] and not election_file.exists()
