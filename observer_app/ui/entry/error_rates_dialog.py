"""Per-operator error rates of blind double entry, as a small table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from observer_app.entry.error_rates import ErrorReport, error_rates
from observer_app.progress import Progress
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.ui.entry.style import SHEET
from observer_app.ui.workers import Task, run_task


class ErrorRatesDialog(QDialog):
    """Who keyed how many figures and how many differed from the final value.

    Computed off the GUI thread (``loaded`` fires when the table is filled).
    """

    loaded = Signal()

    def __init__(self, db: Database, ctx: ElectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorRatesDialog")
        self.setStyleSheet(SHEET)
        self.setMinimumSize(640, 360)
        self.report: ErrorReport | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("ratesTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("ratesSummary")
        self.summary.setProperty("role", "status")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()

        def work(_progress: Progress) -> ErrorReport:
            return error_rates(db, ctx)

        self.task: Task = run_task(work, parent=self, dialog=False, on_done=self._show)

    def _show(self, report: ErrorReport) -> None:
        self.report = report
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        report = self.report
        if report is None:
            self.summary.setText(self.tr("Computing…"))
            return
        locale = QLocale()
        self.table.setRowCount(len(report.rates))
        for i, r in enumerate(report.rates):
            cells = [
                r.operator or self.tr("(no name)"),
                locale.toString(r.stations),
                locale.toString(r.fields),
                locale.toString(r.errors),
                locale.toString(100 * r.rate, "f", 1) + " %",
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if report.compared == 0:
            self.summary.setText(self.tr("No station has both entries yet."))
        else:
            self.summary.setText(
                self.tr(
                    "Stations with both entries: {compared}. Still differing, not counted "
                    "until resolved: {pending}."
                ).format(
                    compared=locale.toString(report.compared),
                    pending=locale.toString(report.pending),
                )
            )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operator error rates"))
        self.intro.setText(
            self.tr(
                "For each person who keyed protocols: the share of figures that differed from "
                "the final value (agreed by both entries or resolved)."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Operator"),
                self.tr("Stations"),
                self.tr("Figures keyed"),
                self.tr("Differed"),
                self.tr("Error rate"),
            ]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
