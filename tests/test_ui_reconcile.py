"""The reconciliation screens driven offscreen: findings table, contests, station side by side,
Excel export with progress and cancel, the Results menu in the main window."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from observer_app.storage.db import Database
from observer_app.storage.elections import list_elections, load_context
from observer_app.ui import i18n
from observer_app.ui.reconcile.models import FindingsModel
from observer_app.ui.reconcile.station_dialog import StationDialog
from observer_app.ui.reconcile.window import ReconcileWindow
from tests.test_reconcile_support import all_kinds_election
from tests.ui_helpers import docs_dir, visible_texts

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    i18n.install_language("en")
    yield
    i18n.install_language("en")


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> ReconcileWindow:
    ctx = all_kinds_election(sqlite_db, tmp_path)
    win = ReconcileWindow(sqlite_db, ctx.code)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.reconciled, timeout=20_000):
        win.run()
    return win


def english_left(root: QWidget, lang: str) -> list[str]:
    """Visible texts still in English although the reconcile catalogue translates them."""
    ts = REPO / "resources" / "translations" / f"observer_app_reconcile_{lang}.ts"
    sources = {
        m.findtext("source", "").replace("&", ""): m.findtext("translation", "")
        for m in ET.parse(ts).getroot().iter("message")
    }
    english = {s for s, t in sources.items() if s != t.replace("&", "") and len(s) > 3}
    return sorted(t for t in visible_texts(root) if t.replace("&", "") in english)


def column(model: FindingsModel, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_findings_table_filters_and_sorts_itself(window: ReconcileWindow) -> None:
    view = window.discrepancies
    model = view.model
    assert model.rowCount() == len(model.rows) > 10
    view.show_kind("station_discrepancy")
    assert set(column(model, 0)) == {"Station discrepancy"}
    assert model.rowCount() == len(window.rep.discrepancies)  # type: ignore[union-attr]
    view.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    sizes = [model.row_at(r).size for r in range(model.rowCount())]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] == 200
    view.min_size.setValue(50)
    assert all(model.row_at(r).size >= 50 for r in range(model.rowCount()))
    assert model.rowCount() == 5  # 4 swapped candidate lines in C1 and R at C2-002
    view.contest.setCurrentIndex(view.contest.findData("C2"))
    assert {model.row_at(r).station for r in range(model.rowCount())} == {"C2-002"}
    view.show_kind("")
    view.min_size.setValue(0)
    view.contest.setCurrentIndex(0)
    view.search.setText("c2-004")
    assert {model.row_at(r).kind for r in range(model.rowCount())} == {"coverage"}
    assert "of" in view.count.text()


def test_contests_view_flags_outcome_impact(window: ReconcileWindow) -> None:
    model = window.contests.model
    flagged = [
        model.rows[r].code
        for r in range(model.rowCount())
        if model.data(model.index(r, 10)) == "could change the winner"
    ]
    assert flagged == ["C1"]
    assert model.data(model.index(0, 10), Qt.ItemDataRole.BackgroundRole) is not None
    assert "C1" in window.contests.summary.text()
    window.contests.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert model.rows[0].discrepant_stations >= model.rows[-1].discrepant_stations


def test_double_click_opens_station_with_copies_photo_and_official(
    window: ReconcileWindow, qtbot: QtBot
) -> None:
    view = window.discrepancies
    view.show_kind("station_discrepancy")
    row = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).station == "C1-001")
    dialogs: list[StationDialog] = []
    view.stationRequested.connect(lambda code: dialogs.append(window.open_station(code)))  # type: ignore[arg-type]
    index = view.model.index(row, 2)
    view.table.doubleClicked.emit(index)
    assert dialogs and dialogs[0] is not None
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    headers = [
        dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())
    ]
    assert headers[:3] == ["Line", "Official", "=1+2"] and headers[-1] == "Difference"
    labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    r1 = labels.index("Candidate One")
    assert dialog.table.item(r1, 1).text() == "400" and dialog.table.item(r1, 2).text() == "200"
    assert dialog.table.item(r1, len(headers) - 1).text() == "+200"
    assert dialog.photo_choice.count() == 1
    assert dialog.photo.pixmap() is not None and not dialog.photo.pixmap().isNull()


def test_export_to_excel_with_progress(
    window: ReconcileWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "export.xlsx"
    with qtbot.waitSignal(window.exported, timeout=30_000) as blocker:
        window.export(out)
    assert blocker.args == [str(out)] and out.is_file()
    assert "Workbook saved" in window.note.text()


def test_export_cancelled_writes_nothing(
    window: ReconcileWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "cancelled.xlsx"
    task = window.export(out)
    assert task is not None
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    if task.was_cancelled:
        assert not out.exists()
        assert "cancelled" in window.note.text()
    assert list(tmp_path.glob("*.part")) == []


def test_results_menu_in_the_main_window(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    from observer_app.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    titles = [a.text() for a in win.menuBar().actions()]
    assert "&Results" in titles
    menu = win.results_menu
    assert menu.act_reconcile.shortcut().toString() == "Ctrl+K"
    ctx = all_kinds_election(sqlite_db, tmp_path)
    win.db = sqlite_db
    win.election = next(e for e in list_elections(sqlite_db) if e.code == ctx.code)
    rw = menu.open_reconcile()
    assert rw is not None
    qtbot.addWidget(rw)
    with qtbot.waitSignal(rw.reconciled, timeout=20_000):
        pass
    assert rw.discrepancies.model.rowCount() > 0


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_screenshots_for_the_docs(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, lang: str
) -> None:
    from observer_app.demo import create_demo

    create_demo(sqlite_db)
    i18n.install_language(lang)
    ctx = load_context(sqlite_db)
    win = ReconcileWindow(sqlite_db, ctx.code)
    qtbot.addWidget(win)
    win.resize(1400, 760)
    win.show()
    with qtbot.waitSignal(win.reconciled, timeout=30_000):
        win.run()
    win.discrepancies.show_kind("station_discrepancy")
    win.discrepancies.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    docs = docs_dir(tmp_path)
    qtbot.wait(50)  # let the filter bar lay itself out again
    assert win.grab().save(str(docs / f"reconcile-discrepancies-{lang}.png"))
    win.tabs.setCurrentWidget(win.contests)
    win.contests.table.sortByColumn(10, Qt.SortOrder.DescendingOrder)
    assert win.grab().save(str(docs / f"reconcile-contests-{lang}.png"))
    if lang != "en":
        assert english_left(win, lang) == []
    station = win.rep.discrepancies[0].station  # type: ignore[union-attr]
    dialog = win.open_station(station)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.grab().save(str(docs / f"reconcile-station-{lang}.png"))
