"""The Discrepancies view (every finding, sortable and filterable) and the Contests view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_app.reconcile.findings import KINDS
from observer_app.reconcile.report import Report
from observer_app.reconcile.rows import finding_rows
from observer_app.ui.reconcile.models import ContestsModel, FindingsModel, kind_text

ALL_KINDS = (*KINDS, "official_revision")


def _table(model: FindingsModel | ContestsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class DiscrepanciesView(QWidget):
    """Findings of every kind in one table; double-click opens the station side by side."""

    stationRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discrepanciesView")
        self.model = FindingsModel(self)
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.contest = QComboBox()
        self.contest.setObjectName("contestFilter")
        self.contest.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.contest.setMaximumWidth(360)
        self.min_size = QSpinBox()
        self.min_size.setObjectName("minDifference")
        self.min_size.setRange(0, 100_000_000)
        self.min_size.setGroupSeparatorShown(True)
        self.search = QLineEdit()
        self.search.setObjectName("findingSearch")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("findingCount")
        self.kind_label, self.contest_label, self.size_label = QLabel(), QLabel(), QLabel()
        bar = QHBoxLayout()
        for label, widget in (
            (self.kind_label, self.kind),
            (self.contest_label, self.contest),
            (self.size_label, self.min_size),
        ):
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        self.search.setMinimumWidth(160)
        bar.addWidget(self.count)
        self.table = _table(self.model, "findingsTable")
        self.table.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.kind.currentIndexChanged.connect(self._filter)
        self.contest.currentIndexChanged.connect(self._filter)
        self.min_size.valueChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.rep: Report | None = None
        self.lang = "en"
        self.retranslate()

    def set_report(self, rep: Report | None, lang: str) -> None:
        self.rep, self.lang = rep, lang
        self.model.set_rows(finding_rows(rep, lang) if rep else [])
        self._fill_contests()
        self.table.resizeColumnsToContents()
        for col, most in ((0, 170), (1, 150), (2, 300), (3, 260), (7, 320), (8, 320)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), most))
        self._update_count()

    def _fill_contests(self) -> None:
        current = self.contest.currentData()
        self.contest.blockSignals(True)
        self.contest.clear()
        self.contest.addItem(self.tr("All contests"), "")
        if self.rep is not None:
            for c in self.rep.contests:
                self.contest.addItem(f"{c.code} · {c.name}", c.code)
        at = self.contest.findData(current) if current else 0
        self.contest.setCurrentIndex(max(at, 0))
        self.contest.blockSignals(False)

    def _filter(self) -> None:
        self.model.set_filter(
            kind=self.kind.currentData() or "",
            contest=self.contest.currentData() or "",
            min_size=self.min_size.value(),
            text=self.search.text(),
        )
        self._update_count()

    def _update_count(self) -> None:
        loc = QLocale()
        self.count.setText(
            self.tr("{shown} of {total} findings").format(
                shown=loc.toString(len(self.model.visible)),
                total=loc.toString(len(self.model.rows)),
            )
        )

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row.station:
            self.stationRequested.emit(row.station)

    def show_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def retranslate(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in ALL_KINDS:
            self.kind.addItem(kind_text(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0) if current else 0)
        self.kind.blockSignals(False)
        self.kind_label.setText(self.tr("&Kind:"))
        self.contest_label.setText(self.tr("C&ontest:"))
        self.size_label.setText(self.tr("&Difference at least:"))
        self.search.setPlaceholderText(self.tr("Find station, line or observer…"))
        if self.contest.count():
            self.contest.setItemText(0, self.tr("All contests"))
        self._update_count()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.COLUMNS - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ContestsView(QWidget):
    """Contests with coverage and the outcome-impact flag (flagged rows are red)."""

    contestRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contestsView")
        self.model = ContestsModel(self)
        self.summary = QLabel()
        self.summary.setObjectName("contestsSummary")
        self.summary.setWordWrap(True)
        self.table = _table(self.model, "contestsTable")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(
            lambda index: self.contestRequested.emit(self.model.rows[index.row()].code)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.rep: Report | None = None

    def set_report(self, rep: Report | None, lang: str) -> None:
        self.rep = rep
        self.model.set_report(rep, lang)
        self.table.resizeColumnsToContents()
        for col, most in ((0, 300), (6, 220), (7, 220)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), most))
        self.retranslate()

    def retranslate(self) -> None:
        rep = self.rep
        if rep is None:
            self.summary.setText(self.tr("No reconciliation yet."))
            return
        loc = QLocale()
        flagged = [c.code for c in rep.contests if c.could_change_winner]
        observed = sum(c.observed for c in rep.contests)
        stations = sum(c.stations for c in rep.contests)
        text = self.tr(
            "{contests} contests, {observed} of {stations} stations observed. "
            "Contests where the discrepancies alone could change the winner: {flagged}."
        ).format(
            contests=loc.toString(len(rep.contests)),
            observed=loc.toString(observed),
            stations=loc.toString(stations),
            flagged=", ".join(flagged) if flagged else self.tr("none"),
        )
        self.summary.setText(text)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.COLUMNS - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
