"""Help > Keyboard shortcuts: every menu action with its keys, read from the live menus.

The list is built from the menu bar each time it opens, so an action added
anywhere (the entry form's own actions included, while it is shown) is listed
without anyone keeping a second list by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _clean(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").replace("…", "").strip()


def menu_shortcuts(window: QMainWindow) -> Iterator[tuple[str, str, str]]:
    """(menu, action, keys) for every visible action of the window's menus."""

    def walk(menu: QMenu, path: str) -> Iterator[tuple[str, str, str]]:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                yield from walk(sub, f"{path} › {_clean(sub.title())}")
                continue
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            yield path, _clean(action.text()), keys

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.isVisible():
            yield from walk(menu, _clean(menu.title()))


def list_keys() -> list[tuple[str, str]]:
    """Keys that work in the station list without a menu entry of their own."""
    return [
        (
            QCoreApplication.translate("ShortcutsDialog", "Type letters or digits"),
            QCoreApplication.translate("ShortcutsDialog", "Find: the list narrows as you type"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Up, Down, Page Up, Page Down"),
            QCoreApplication.translate(
                "ShortcutsDialog", "Move through the stations, even while finding"
            ),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Esc in the find box"),
            QCoreApplication.translate("ShortcutsDialog", "Clear the search"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Double-click"),
            QCoreApplication.translate("ShortcutsDialog", "Open the station"),
        ),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 620)
        intro = QLabel(
            self.tr(
                "Everything the app does is in a menu, and everything in a menu has a key. "
                "Keys of the protocol form are listed while a station is open."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for menu, action, keys in menu_shortcuts(window):
            group = groups.get(menu)
            if group is None:
                group = groups[menu] = QTreeWidgetItem(self.tree, [menu, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
            QTreeWidgetItem(group, [action, keys])
        in_list = QTreeWidgetItem(self.tree, [self.tr("In the station list"), ""])
        font = in_list.font(0)
        font.setBold(True)
        in_list.setFont(0, font)
        for keys, what in list_keys():
            QTreeWidgetItem(in_list, [what, keys])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) as shown, for tests."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                out.append((group.text(0), item.text(0), item.text(1)))
        return out


def actions_without_keys(window: QMainWindow) -> list[str]:
    """Menu actions that have no shortcut (tests keep this list to the deliberate ones)."""
    return [f"{menu} › {action}" for menu, action, keys in menu_shortcuts(window) if not keys]
