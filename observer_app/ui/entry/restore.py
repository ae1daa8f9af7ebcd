"""After a crash or a kill: offer every unsaved draft back, exactly as it was typed.

The shell calls :func:`offer_draft_restore` once an election is open at
start-up; when the user picks a draft it returns it, and the shell opens
``EntryWidget(db, ctx, draft.station_code, draft.source, draft.operator)``,
which loads that draft into the form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from observer_app.entry.drafts import PendingDraft, delete_draft, pending_drafts
from observer_app.errors import UserError
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.ui import errors
from observer_app.ui.entry import texts


class RestoreDraftsDialog(QDialog):
    """The list of unsaved entries; Open continues one, Discard throws one away (audited)."""

    def __init__(
        self,
        db: Database,
        ctx: ElectionContext,
        drafts: list[PendingDraft],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDraftsDialog")
        self.db, self.ctx = db, ctx
        self.drafts = list(drafts)
        self.chosen: PendingDraft | None = None
        self.setMinimumSize(680, 340)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("draftList")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(5)
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        layout.addWidget(self.tree, 1)
        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton()
        self.open_button.setObjectName("openDraft")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardDraft")
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button = QPushButton()
        self.later_button.setObjectName("laterButton")
        self.later_button.clicked.connect(self.reject)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _fill(self) -> None:
        self.tree.clear()
        for d in self.drafts:
            item = QTreeWidgetItem(
                [
                    d.station_code,
                    texts.source_name(d.source),
                    d.operator or "—",
                    str(len(d.state.values)),
                    texts.when(d.updated_at),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, d.id)
            self.tree.addTopLevelItem(item)
        if self.drafts:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        for i in range(5):
            self.tree.resizeColumnToContents(i)
        has = bool(self.drafts)
        self.open_button.setEnabled(has)
        self.discard_button.setEnabled(has)

    def selected(self) -> PendingDraft | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        did = item.data(0, Qt.ItemDataRole.UserRole)
        return next((d for d in self.drafts if d.id == did), None)

    def open_selected(self) -> None:
        self.chosen = self.selected()
        if self.chosen is not None:
            self.accept()

    def discard_selected(self, *, confirm: bool = True) -> None:
        d = self.selected()
        if d is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Discard unsaved figures?"),
                self.tr(
                    "The figures typed for station {code} will be thrown away. "
                    "This is recorded in the audit log."
                ).format(code=d.station_code),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            delete_draft(self.db, self.ctx, d.station_code, d.source, d.operator)
        except UserError as exc:
            errors.show_error(exc, self)
            return
        self.drafts.remove(d)
        self._fill()
        if not self.drafts:
            self.reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unsaved entries found"))
        self.intro.setText(
            self.tr(
                "Observer App was closed before these protocols were saved. Nothing typed is "
                "lost: open one to continue exactly where you stopped, or keep them for later."
            )
        )
        self.tree.setHeaderLabels(
            [
                self.tr("Station"),
                self.tr("Entry"),
                self.tr("Operator"),
                self.tr("Figures typed"),
                self.tr("Last change"),
            ]
        )
        self.open_button.setText(self.tr("&Open"))
        self.discard_button.setText(self.tr("&Discard…"))
        self.later_button.setText(self.tr("&Later"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def offer_draft_restore(
    db: Database, ctx: ElectionContext, parent: QWidget | None = None
) -> PendingDraft | None:
    """Show the restore offer when unsaved drafts exist; the draft to open, or None."""
    drafts = pending_drafts(db, ctx)
    if not drafts:
        return None
    dialog = RestoreDraftsDialog(db, ctx, drafts, parent)
    if errors._exec(dialog) == QDialog.DialogCode.Accepted:
        return dialog.chosen
    return None
