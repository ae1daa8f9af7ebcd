"""Long work off the GUI thread, with a progress dialog and Cancel: the one way the app does it.

Any call that can take more than a moment (opening a large election, importing
a file, creating the demo, reconciling, merging packages, saving photos) goes
through :func:`run_task`. The work is a plain function of one argument, a core
:class:`~observer_app.progress.Progress`; it runs on a ``QThreadPool`` thread,
so the window never freezes::

    from observer_app.ui.workers import run_task

    def work(progress: Progress) -> ImportResult:      # runs in a worker thread
        return import_election(db, path, progress=progress)

    run_task(
        work,
        parent=self,
        title=self.tr("Importing the election"),
        on_done=self.election_imported,               # runs in the GUI thread
    )

- ``on_done(result)`` runs in the GUI thread when the work returns.
- Errors are shown by :func:`observer_app.ui.errors.show_error` (a plain
  message for a ``UserError``, a bug dialog with the traceback otherwise)
  unless ``on_error`` is given. ``Cancelled`` (raised by ``progress.update``
  once the user pressed Cancel) calls ``on_cancelled`` instead.
- With ``dialog=True`` (the default) a window-modal progress dialog appears
  when the work lasts longer than ``delay_ms``; its Cancel button sets the
  progress object's cancel event. With ``dialog=False`` the work runs quietly
  (pass ``on_progress(done, total, message)`` to show progress elsewhere: it
  is connected before the work starts, so no report is missed, which
  connecting to ``task.progressed`` after ``run_task`` returns cannot promise).
- The work must not touch widgets: it talks to the GUI only through its
  result, its exception and ``progress.update``. Open one short database
  session per unit of work inside it, as everywhere (SQLite allows a reader
  while the GUI thread reads too).

Tests wait with ``qtbot.waitSignal(task.finished)`` or :meth:`Task.wait`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from observer_app.errors import Cancelled
from observer_app.progress import Progress
from observer_app.ui import errors

Work = Callable[[Progress], Any]

_running: set[Task] = set()  # keeps tasks alive until they finish


class Task(QObject):
    """One piece of work on the thread pool; its signals arrive in the GUI thread."""

    progressed = Signal(int, int, str)  # done, total (0 = unknown), core message
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception (not Cancelled)
    cancelled = Signal()
    finished = Signal()  # always last, whatever happened
    _completed = Signal()  # worker thread → GUI thread: the outcome is ready

    def __init__(self, work: Work, title: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.cancel_event = threading.Event()
        self.progress = Progress(self._report, self.cancel_event)
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self._work = work
        self._done = threading.Event()
        self.dialog: TaskProgressDialog | None = None
        self._completed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _report(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)

    def cancel(self) -> None:
        """Ask the work to stop at its next ``progress.update``."""
        self.cancel_event.set()

    @property
    def running(self) -> bool:
        return not self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work function returned (its signals may still be queued)."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        """The worker thread's side: run, then hand the outcome to the GUI thread."""
        try:
            self.result = self._work(self.progress)
        except Cancelled:
            self.was_cancelled = True
        except BaseException as exc:  # everything must reach the GUI thread
            self.error = exc
        finally:
            self._done.set()
            self._completed.emit()  # the one signal sent across threads

    def _deliver(self) -> None:
        """In the GUI thread: announce the outcome, then let the task go."""
        try:
            if self.was_cancelled:
                self.cancelled.emit()
            elif self.error is not None:
                self.failed.emit(self.error)
            else:
                self.succeeded.emit(self.result)
        finally:
            self.finished.emit()
            _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task._run()


class TaskProgressDialog(QProgressDialog):
    """A window-modal progress dialog bound to a task; Cancel cancels the task."""

    def __init__(self, task: Task, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("taskProgress")
        self.task = task
        self.setWindowTitle(task.title)
        self.setLabelText(task.title)
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, 0)  # busy until the work reports a total
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.canceled.connect(self._cancel)
        task.progressed.connect(self._progress)
        task.finished.connect(self._finish)

    def _cancel(self) -> None:
        self.task.cancel()
        self.setLabelText(self.tr("Cancelling… the unfinished step is being rolled back."))
        self.show()

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.task.cancel_event.is_set():
            return
        locale = QLocale()
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
            counts = self.tr("{done} of {total}").format(
                done=locale.toString(done), total=locale.toString(total)
            )
        else:
            counts = locale.toString(done) if done else ""
        detail = message if message and locale.language() == QLocale.Language.English else ""
        lines = [self.task.title, " · ".join(p for p in (detail, counts) if p)]
        self.setLabelText("\n".join(line for line in lines if line))

    def _finish(self) -> None:
        self.close()
        self.deleteLater()


def run_task(
    work: Work,
    *,
    parent: QWidget | None = None,
    title: str = "",
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    dialog: bool = True,
    delay_ms: int = 400,
) -> Task:
    """Run ``work(progress)`` on the thread pool; see the module docstring."""
    task = Task(work, title)
    _running.add(task)
    if on_done is not None:
        task.succeeded.connect(on_done)
    task.failed.connect(on_error or (lambda exc: errors.show_error(exc, parent, title)))
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    if on_progress is not None:  # before the work starts, or early reports are lost
        task.progressed.connect(on_progress)
    if dialog:
        progress_dialog = TaskProgressDialog(task, parent)

        def show_if_running() -> None:
            if task.running and progress_dialog.isHidden():
                progress_dialog.show()

        QTimer.singleShot(delay_ms, progress_dialog, show_if_running)
        task.dialog = progress_dialog
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def running_tasks() -> list[Task]:
    return list(_running)


def cancel_all(timeout: float = 10.0) -> bool:
    """Cancel every running task and wait for the workers (at quit); True when all stopped."""
    for task in list(_running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(int(timeout * 1000))
