"""Every saved revision of the tally: who, when, how, and which figures changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from observer_app.entry.history import RevisionEntry
from observer_app.ui.entry import texts


def _figure(value: int | None) -> str:
    return "—" if value is None else str(value)


class HistoryPanel(QWidget):
    """A tree: one row per revision (newest first), its changed figures beneath it."""

    def __init__(self, name_of: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.name_of = name_of
        self.entries: list[RevisionEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        layout.addWidget(self.heading)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "status")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty, 1)
        self.retranslate()

    def set_entries(self, entries: Sequence[RevisionEntry]) -> None:
        self.entries = list(entries)
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        for e in reversed(self.entries):
            head = QTreeWidgetItem(
                [
                    self.tr("Revision {n}").format(n=e.revision),
                    texts.when(e.entered_at),
                    f"{e.entered_by} · {texts.origin_name(e.origin)}",
                ]
            )
            head.setData(0, Qt.ItemDataRole.UserRole, e.revision)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            tip = [e.machine] if e.machine else []
            if e.origin_file:
                tip.append(e.origin_file)
            head.setToolTip(2, "\n".join(tip))
            self.tree.addTopLevelItem(head)
            for c in e.changes:
                head.addChild(
                    QTreeWidgetItem(
                        [self.name_of(c.key), f"{_figure(c.before)} → {_figure(c.after)}", ""]
                    )
                )
            if e.protocol_faulty:
                head.addChild(QTreeWidgetItem([self.tr("Copy marked as wrong"), "", ""]))
            if e.note:
                child = QTreeWidgetItem([self.tr("Note"), e.note, ""])
                child.setToolTip(1, e.note)
                head.addChild(child)
            if e.photos_added:
                head.addChild(
                    QTreeWidgetItem([self.tr("Photos attached"), str(len(e.photos_added)), ""])
                )
            if not (e.changes or e.note or e.photos_added):
                head.addChild(QTreeWidgetItem([self.tr("No figure changed"), "", ""]))
        if self.entries:
            self.tree.topLevelItem(0).setExpanded(True)
            if len(self.entries) > 1:
                self.tree.topLevelItem(1).setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        self.tree.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("History"))
        self.tree.setHeaderLabels([self.tr("Revision"), self.tr("When"), self.tr("Who, how")])
        self.empty.setText(self.tr("Not saved yet: each save will be listed here."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
