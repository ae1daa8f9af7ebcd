"""Long work off the GUI thread: results, progress, Cancel, and errors told apart."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from observer_app.errors import DatabaseError, InputError, UserError
from observer_app.progress import Progress
from observer_app.ui import errors, workers
from observer_app.ui.errors import BugDialog, error_kind, show_error

pytestmark = pytest.mark.gui


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QDialog]]:
    """Dialogs that would have been shown modally, captured instead of blocking."""
    captured: list[QDialog] = []
    monkeypatch.setattr(errors, "_exec", lambda d: captured.append(d) or 0)
    yield captured


def test_work_runs_off_the_gui_thread_and_reports_progress(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []
    threads: list[int] = []

    def work(progress: Progress) -> str:
        threads.append(threading.get_ident())
        for i in range(5):
            progress.update(i + 1, 5, "step", force=True)
        return "done"

    parent = QWidget()
    qtbot.addWidget(parent)
    task = workers.run_task(
        work,
        parent=parent,
        title="Working",
        delay_ms=0,
        on_progress=lambda d, t, _m: seen.append((d, t)),
    )
    with qtbot.waitSignal(task.succeeded, timeout=5000) as result:
        pass
    assert result.args == ["done"]
    assert threads and threads[0] != gui
    assert seen[-1] == (5, 5)
    qtbot.waitUntil(lambda: task not in workers.running_tasks(), timeout=2000)


def test_cancel_in_the_progress_dialog_stops_the_work(qtbot: QtBot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        for i in range(10_000):
            progress.update(i, 10_000, "counting", force=True)
            steps.append(i)
            time.sleep(0.001)

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    cancelled: list[bool] = []
    task = workers.run_task(
        work,
        parent=parent,
        title="Counting",
        delay_ms=0,
        on_cancelled=lambda: cancelled.append(True),
    )
    assert started.wait(5)
    dialog = task.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.windowTitle() == "Counting"
    qtbot.waitUntil(lambda: dialog.maximum() == 10_000, timeout=3000)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.waitSignal(task.finished, timeout=5000):
        cancel.click()
    assert cancelled == [True] and task.was_cancelled
    assert len(steps) < 10_000
    assert not dialog.isVisible()


def test_a_user_error_in_the_work_is_a_plain_message(qtbot: QtBot, shown: list[QDialog]) -> None:
    def work(_progress: Progress) -> None:
        raise InputError("column 'votes' is missing", where="results.csv, row 1")

    task = workers.run_task(work, title="Importing", dialog=False)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(shown) == 1
    box = shown[0]
    assert isinstance(box, QMessageBox)
    assert "results.csv, row 1: column 'votes' is missing" in box.informativeText()
    assert box.text() == "The file or value was refused"
    assert box.detailedText() == ""


def test_a_bug_in_the_work_shows_the_traceback_to_copy(qtbot: QtBot, shown: list[QDialog]) -> None:
    def work(_progress: Progress) -> None:
        {}["missing"]

    task = workers.run_task(work, title="Importing", dialog=False)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(shown) == 1
    dialog = shown[0]
    assert isinstance(dialog, BugDialog)
    details = dialog.details.toPlainText()
    assert "Traceback" in details and "KeyError: 'missing'" in details and "in work" in details
    assert "Observer App" in details and "PySide6" in details
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == details


def test_error_kinds_are_told_apart(shown: list[QDialog], qapp: QApplication) -> None:
    assert error_kind(InputError("x")) == "input"
    assert error_kind(DatabaseError("x")) == "database"
    assert error_kind(UserError("x")) == "user"
    assert error_kind(ValueError("x")) == "bug"
    assert show_error(DatabaseError("written by a newer version")) == "database"
    assert shown[-1].objectName() == "userErrorBox"
    assert isinstance(shown[-1], QMessageBox)
    assert shown[-1].text() == "The database cannot be used"
    from observer_app.errors import Cancelled

    count = len(shown)
    assert show_error(Cancelled()) == "cancelled"
    assert len(shown) == count  # a cancel is not an error


def test_the_excepthook_turns_an_uncaught_bug_into_the_dialog(
    shown: list[QDialog], qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    try:
        raise RuntimeError("slot went wrong")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert isinstance(shown[-1], BugDialog)
    assert "RuntimeError: slot went wrong" in shown[-1].details.toPlainText()


def test_cancel_all_stops_every_running_task(qtbot: QtBot) -> None:
    def work(progress: Progress) -> None:
        while True:
            progress.update(0, 0, "waiting", force=True)
            QThread.msleep(5)

    tasks = [workers.run_task(work, dialog=False) for _ in range(2)]
    assert workers.cancel_all(timeout=5)
    for task in tasks:
        qtbot.waitUntil(lambda t=task: not t.running, timeout=2000)
        assert task.was_cancelled
