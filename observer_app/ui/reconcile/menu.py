"""The Results menu of the main window: reconciliation and the imports of official data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

if TYPE_CHECKING:  # imported on first use: the reconciliation stack is not on the start path
    from observer_app.ui.reconcile.import_wizard import ImportWizard
    from observer_app.ui.reconcile.window import ReconcileWindow


class ResultsMenu(QObject):
    """Adds itself before the Help menu; follows the window's language switches."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("resultsMenu")
        self.window = window
        self.menu = QMenu(window)
        self.menu.setObjectName("menuResults")
        help_menu: QMenu | None = getattr(window, "help_menu", None)
        bar = window.menuBar()
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)
        self.act_reconcile = self._action("reconcile", self.open_reconcile, "Ctrl+K")
        self.act_official = self._action(
            "import_official", lambda: self.open_wizard("official"), "Ctrl+Shift+I"
        )
        self.act_observer = self._action(
            "import_observer", lambda: self.open_wizard("observer"), "Ctrl+Shift+B"
        )
        self.act_totals = self._action(
            "import_totals", lambda: self.open_wizard("totals"), "Ctrl+Shift+T"
        )
        self.menu.addAction(self.act_reconcile)
        self.menu.addSeparator()
        self.menu.addActions([self.act_official, self.act_totals, self.act_observer])
        self.reconcile_window: ReconcileWindow | None = None
        self.wizard: ImportWizard | None = None
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, name: str, slot: Any, keys: str | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(f"action_{name}")
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _where(self) -> tuple[Any, str | None] | None:
        db = getattr(self.window, "db", None)
        election = getattr(self.window, "election", None)
        if db is None or election is None:
            QMessageBox.information(
                self.window,
                self.tr("No election open"),
                self.tr("Open a database with an election first (File > Open or New election)."),
            )
            return None
        return db, election.code

    def open_reconcile(self) -> ReconcileWindow | None:
        where = self._where()
        if where is None:
            return None
        db, code = where
        from observer_app.ui.reconcile.window import ReconcileWindow

        win = ReconcileWindow(db, code, self.window)
        self.reconcile_window = win
        win.show()
        win.run()
        return win

    def open_wizard(self, kind: str) -> ImportWizard | None:
        where = self._where()
        if where is None:
            return None
        db, code = where
        from observer_app.ui.reconcile.import_wizard import ImportWizard

        self.wizard = ImportWizard(db, code, kind, self.window)
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            self.wizard.imported.connect(lambda _outcome: refresh())
        self.wizard.show()
        return self.wizard

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Results"))
        self.act_reconcile.setText(self.tr("&Reconcile with official results…"))
        self.act_reconcile.setStatusTip(
            self.tr("Hold the observers' copies against the official figures")
        )
        self.act_official.setText(self.tr("Import &official results…"))
        self.act_totals.setText(self.tr("Import contest &totals…"))
        self.act_observer.setText(self.tr("Import o&bserver copies…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_results_menu(window: QMainWindow) -> ResultsMenu:
    return ResultsMenu(window)
