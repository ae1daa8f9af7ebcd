"""The coordinator's windows: merge packages, export for the coordinator, the observer register,
differing copies, tally history and the audit history; :func:`install` puts them in the menus.

File > Export for coordinator (the observer's side), a Coordinator menu (merge,
register, differing copies, audit history) and Station > Tally history.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget


class CoordinatorMenus(QObject):
    """Adds the actions to a main window and opens the dialogs with its database and election."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("coordinatorMenus")
        self.window = window
        self.dialogs: list[QDialog] = []  # kept alive while shown
        self.export_action = self._action("export_coordinator", self.export, "Ctrl+Shift+E")
        self.merge_action = self._action("merge_packages", self.merge, "Ctrl+M")
        self.register_action = self._action("observer_register", self.register, "Ctrl+Shift+K")
        self.conflicts_action = self._action("observer_conflicts", self.conflicts, "Ctrl+Shift+D")
        self.audit_action = self._action("audit_history", self.audit, "Ctrl+Shift+A")
        self.history_action = self._action("tally_history", self.history, "Ctrl+Shift+H")
        quit_action = window.act["quit"]
        window.file_menu.insertAction(quit_action, self.export_action)
        window.file_menu.insertSeparator(quit_action)
        self.menu = QMenu(window.menuBar())
        self.menu.setObjectName("coordinatorMenu")
        self.menu.addActions([self.merge_action, self.register_action, self.conflicts_action])
        self.menu.addSeparator()
        self.menu.addAction(self.audit_action)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        window.station_menu.addSeparator()
        window.station_menu.addAction(self.history_action)
        for signal in (
            window.databaseOpened,
            window.electionReady,
            window.entryOpened,
            window.entryClosed,
            window.navigator.currentChanged,
        ):
            signal.connect(self.update)
        window.installEventFilter(self)
        self.retranslate()
        self.update()

    def _action(self, name: str, slot: Any, keys: str | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(f"action_{name}")
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.act[name] = action
        self.window.addAction(action)
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("C&oordinator"))
        texts = {
            self.export_action: (
                self.tr("E&xport for coordinator…"),
                self.tr("Write your protocols, their history and photos to one signed file"),
            ),
            self.merge_action: (
                self.tr("&Merge report packages…"),
                self.tr("Verify and merge the packages observers sent"),
            ),
            self.register_action: (
                self.tr("Observer &register…"),
                self.tr("Accept or revoke observers' keys by their fingerprints"),
            ),
            self.conflicts_action: (
                self.tr("&Differing copies…"),
                self.tr("Decide, field by field, where observers' copies of a station differ"),
            ),
            self.audit_action: (
                self.tr("&Audit history…"),
                self.tr("Every change to the database, and a check that none was tampered with"),
            ),
            self.history_action: (
                self.tr("Tally &history…"),
                self.tr("Every revision of the selected station's tallies, and who made it"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def update(self, *_: object) -> None:
        has_db = self.window.db is not None
        has_ctx = self.window.ctx is not None
        for action in (self.merge_action, self.register_action, self.audit_action):
            action.setEnabled(has_db)
        self.export_action.setEnabled(has_ctx)
        self.conflicts_action.setEnabled(has_ctx)
        self.history_action.setEnabled(has_ctx and self.current_station() is not None)

    def current_station(self) -> str | None:
        if self.window.entry_station is not None:
            return str(self.window.entry_station[1])
        current = self.window.navigator.current_station()
        return current[1] if current else None

    # -- the dialogs -------------------------------------------------------------------------

    def _keep(self, dialog: QDialog) -> QDialog:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def _refresh(self, *_: object) -> None:
        if self.window.ctx is not None:
            self.window.refresh()

    def export(self) -> QDialog | None:
        from observer_app.ui.merge.export_dialog import ExportDialog

        if self.window.ctx is None:
            return None
        station = self.current_station()
        return self._keep(
            ExportDialog(
                self.window.db,
                self.window.ctx,
                self.window,
                selected=[station] if station else None,
            )
        )

    def merge(self) -> QDialog | None:
        from observer_app.ui.merge.merge_dialog import MergeDialog

        if self.window.db is None:
            return None
        dialog = MergeDialog(self.window.db, self.window)
        dialog.merged.connect(self._refresh)
        dialog.resolveRequested.connect(self.conflicts)
        return self._keep(dialog)

    def register(self) -> QDialog | None:
        from observer_app.ui.merge.register_view import ObserverRegisterDialog

        if self.window.db is None:
            return None
        dialog = ObserverRegisterDialog(self.window.db, self.window)
        dialog.merged.connect(self._refresh)
        return self._keep(dialog)

    def conflicts(self) -> QDialog | None:
        from observer_app.ui.merge.conflicts_view import ConflictsDialog

        if self.window.ctx is None:
            return None
        dialog = ConflictsDialog(
            self.window.db, self.window.ctx, self.window, station=self.current_station()
        )
        dialog.resolved.connect(self._refresh)
        return self._keep(dialog)

    def audit(self) -> QDialog | None:
        from observer_app.ui.merge.audit_view import AuditLogDialog

        if self.window.db is None:
            return None
        return self._keep(AuditLogDialog(self.window.db, self.window))

    def history(self) -> QDialog | None:
        from observer_app.ui.merge.history_view import TallyHistoryDialog

        station = self.current_station()
        if self.window.ctx is None or station is None:
            return None
        return self._keep(TallyHistoryDialog(self.window.db, self.window.ctx, station, self.window))


def install(window: QWidget) -> CoordinatorMenus:
    """Add the coordinator's actions to ``window`` (a :class:`MainWindow`)."""
    return CoordinatorMenus(window)
