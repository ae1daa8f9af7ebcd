"""The main window's status line: the database, counts per station status, the operator.

Each status count is a flat button with the status colour: clicking it (or its
View > Show menu key) shows only those stations.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from observer_app.stations import STATUS_ORDER, StationStatus
from observer_app.ui.navigator_model import status_icon, status_text


class StatusLine(QWidget):
    statusClicked = Signal(int)  # StationStatus value
    operatorClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLine")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        self.database = QLabel()
        self.database.setObjectName("databaseLabel")
        self.database.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.database.setMinimumWidth(120)
        layout.addWidget(self.database, 1)
        self.busy = QProgressBar()
        self.busy.setObjectName("backgroundProgress")
        self.busy.setMaximumWidth(160)
        self.busy.setMaximumHeight(16)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel()
        self.busy_label.hide()
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        self.chips: dict[StationStatus, QToolButton] = {}
        for status in STATUS_ORDER:
            chip = QToolButton()
            chip.setObjectName(f"statusChip_{status.name.lower()}")
            chip.setAutoRaise(True)
            chip.setIcon(status_icon(status))
            chip.setIconSize(QSize(10, 10))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.clicked.connect(lambda _=False, s=status: self.statusClicked.emit(int(s)))
            chip.hide()
            self.chips[status] = chip
            layout.addWidget(chip)
        self.operator = QToolButton()
        self.operator.setObjectName("operatorLabel")
        self.operator.setAutoRaise(True)
        self.operator.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.operator.clicked.connect(self.operatorClicked.emit)
        layout.addWidget(self.operator)
        self._counts: dict[StationStatus, int] = {}
        self._operator = ""
        self._database = ""
        self.retranslate()

    def set_database(self, name: str) -> None:
        self._database = name
        self.retranslate()

    def set_operator(self, name: str) -> None:
        self._operator = name
        self.retranslate()

    def set_counts(self, counts: dict[StationStatus, int]) -> None:
        self._counts = counts
        locale = QLocale()
        for status, chip in self.chips.items():
            n = counts.get(status, 0)
            chip.setText(f"{status_text(status)}: {locale.toString(n)}")
            chip.setVisible(bool(counts) and n > 0)
            chip.setToolTip(
                self.tr("{status}: %Ln station(s). Click to show only these.", "", n).format(
                    status=status_text(status)
                )
            )

    def set_busy(self, text: str, done: int = 0, total: int = 0) -> None:
        """Show background work (empty ``text`` hides it)."""
        visible = bool(text)
        self.busy.setVisible(visible)
        self.busy_label.setVisible(visible)
        self.busy_label.setText(text)
        self.busy.setRange(0, total if total > 0 else 0)
        if total > 0:
            self.busy.setValue(min(done, total))

    def retranslate(self) -> None:
        short = self._database if "://" in self._database else Path(self._database).name
        self.database.setText(
            self.tr("Database: {name}").format(name=short) if self._database else ""
        )
        self.database.setToolTip(self._database)
        self.operator.setText(
            self.tr("Operator: {name}").format(name=self._operator)
            if self._operator
            else self.tr("Operator: not set")
        )
        self.operator.setToolTip(self.tr("The name saved with your entries (click to change)"))
        self.set_counts(self._counts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
