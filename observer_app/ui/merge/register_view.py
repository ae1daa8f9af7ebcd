"""The observer register: who may send packages, by the fingerprint of their key.

Accepting asks the coordinator to type the fingerprint the observer reads out
(by phone or in person) and accepts only when it matches, then merges the
packages that waited in quarantine.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from observer_app.errors import InputError, UserError
from observer_app.identity import normalise_fingerprint
from observer_app.packages.merge import PackageResult
from observer_app.packages.register import (
    ObserverEntry,
    accept,
    add_observer,
    list_observers,
    revoke,
)
from observer_app.progress import Progress
from observer_app.storage.db import Database
from observer_app.ui import workers
from observer_app.ui.errors import show_error
from observer_app.ui.merge.labels import colour, fingerprint_font, outcome_text, status_text


def _matches(typed: str, fingerprint: str) -> bool:
    try:
        return normalise_fingerprint(typed) == fingerprint
    except InputError:
        return False


class ConfirmFingerprintDialog(QDialog):
    """Type what the observer reads out; OK only when it is their key's fingerprint."""

    def __init__(self, entry: ObserverEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmFingerprint")
        self.entry = entry
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setObjectName("typedFingerprint")
        self.typed.setFont(fingerprint_font(14))
        self.typed.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.verdict = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.typed)
        layout.addWidget(self.verdict)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Accept an observer's key"))
        self.explain.setText(
            self.tr(
                "Ask {name} to read you the fingerprint shown in their Export window, and type "
                "it here. Accept only if it matches: that proves the packages are theirs."
            ).format(name=entry.name)
        )
        self._check()

    def _check(self) -> None:
        text = self.typed.text()
        ok = _matches(text, self.entry.fingerprint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if not text.strip():
            self.verdict.setText("")
        elif ok:
            self.verdict.setText(self.tr("It matches."))
        else:
            self.verdict.setText(self.tr("Not the same fingerprint (yet)."))


class AddObserverDialog(QDialog):
    """Register an observer before their first package, from the fingerprint they read out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addObserver")
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.fingerprint = QLineEdit()
        self.fingerprint.setFont(fingerprint_font(14))
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.buttons)
        self.setWindowTitle(self.tr("Add an observer"))
        for edit in (self.name, self.fingerprint):
            edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = bool(self.name.text().strip()) and bool(self._normalised())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _normalised(self) -> str:
        try:
            return normalise_fingerprint(self.fingerprint.text())
        except InputError:
            return ""


class ObserverRegisterDialog(QDialog):
    merged = Signal()  # packages that waited were merged

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observerRegister")
        self.db = db
        self.entries: list[ObserverEntry] = []
        self.task: workers.Task | None = None
        self.last_results: list[PackageResult] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("observerTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.clicked.connect(self.accept_selected)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.accept_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(900, 480)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Observer register"))
        self.intro.setText(
            self.tr(
                "Packages are merged only from accepted keys. A package from an unknown key "
                "waits in quarantine until you check its fingerprint with the observer and "
                "accept it."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Fingerprint"),
                self.tr("Status"),
                self.tr("Merged"),
                self.tr("Waiting"),
            ]
        )
        self.add_button.setText(self.tr("&Add by fingerprint…"))
        self.accept_button.setText(self.tr("A&ccept…"))
        self.revoke_button.setText(self.tr("&Revoke…"))
        self.close_button.setText(self.tr("Close"))
        if self.entries:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        self.entries = list_observers(self.db)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            cells = [e.name, e.organisation, e.fingerprint, status_text(e.status), str(e.merged)]
            cells.append(str(e.waiting))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setFont(fingerprint_font())
                if col == 3:
                    item.setForeground(colour(e.status))
                if col >= 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self._update_buttons()

    def selected(self) -> ObserverEntry | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.entries[rows.pop()] if len(rows) == 1 else None

    def select_fingerprint(self, fingerprint: str) -> None:
        for row, e in enumerate(self.entries):
            if e.fingerprint == fingerprint:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        e = self.selected()
        busy = self.task is not None and self.task.running
        self.accept_button.setEnabled(e is not None and e.status != "accepted" and not busy)
        self.revoke_button.setEnabled(e is not None and e.status != "revoked" and not busy)

    def add(self) -> None:
        dialog = AddObserverDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            add_observer(
                self.db, dialog.fingerprint.text(), dialog.name.text(), dialog.organisation.text()
            )
        except UserError as exc:  # already in the register
            show_error(exc, self, self.windowTitle())
        self.reload()

    def accept_selected(self, confirmed: bool = False) -> workers.Task | None:
        entry = self.selected()
        if entry is None:
            return None
        if (
            not confirmed
            and ConfirmFingerprintDialog(entry, self).exec() != QDialog.DialogCode.Accepted
        ):
            return None
        db, fp = self.db, entry.fingerprint

        def work(progress: Progress) -> list[PackageResult]:
            return accept(db, fp, progress=progress)

        self.task = workers.run_task(
            work,
            parent=self,
            title=self.tr("Merging the packages that waited"),
            on_done=self._accepted,
        )
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()
        return self.task

    def _accepted(self, results: list[PackageResult]) -> None:
        self.last_results = results
        self.reload()
        lines = [self.tr("Accepted. {n} packages were waiting.").format(n=len(results))]
        lines += [f"{outcome_text(r.outcome)}: {r.file}" for r in results]
        self.status.setText("\n".join(lines))
        if results:
            self.merged.emit()

    def revoke_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Revoke a key"),
            self.tr(
                "Packages signed with {name}'s key will be refused from now on; what was merged "
                "stays. Why?"
            ).format(name=entry.name),
        )
        if not ok:
            return
        self.revoke(entry, reason)

    def revoke(self, entry: ObserverEntry, reason: str) -> None:
        revoke(self.db, entry.fingerprint, reason)
        self.reload()
        self.status.setText(self.tr("{name}'s key is revoked.").format(name=entry.name))
