"""The station navigator: contests on the left, stations on the right, find-as-you-type on top.

Keyboard first: typing anywhere in the list goes to the find box; in the find
box, Up/Down/Page keys move through the results and Enter opens the selected
station; Esc clears the search. The model (``navigator_model``) does the
sorting and filtering on its own arrays, so each keystroke stays well under a
frame budget at national scale.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from observer_app.stations import STATUS_ORDER, StationIndex, StationStatus, StatusTable
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.ui.navigator_model import Column, StationTableModel, status_icon, status_text

NAVIGATION_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}
COLUMN_WIDTHS = {
    Column.CODE: 190,
    Column.NAME: 190,
    Column.ADDRESS: 300,
    Column.CONTEST: 220,
    Column.VOTERS: 80,
    Column.STATUS: 230,
    Column.OFFICIAL: 80,
}
COLUMN_LIMITS = {  # (narrowest, widest) when fitted to the rows on screen
    Column.CODE: (90, 360),
    Column.NAME: (100, 300),
    Column.CONTEST: (120, 200),
    Column.VOTERS: (70, 110),
    Column.OFFICIAL: (60, 120),
}


class StationTableView(QTableView):
    """The station table; printable keys start a search instead of Qt's one-letter jump."""

    typed = Signal(str)
    activatedRow = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(False)  # the model sorts; header clicks are wired below
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        self.doubleClicked.connect(lambda index: self.activatedRow.emit(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self.currentIndex().isValid():
                self.activatedRow.emit(self.currentIndex().row())
            event.accept()
            return
        if plain and text and text.isprintable() and not text.isspace():
            self.typed.emit(text)
            event.accept()
            return
        super().keyPressEvent(event)


class NavigatorWidget(QWidget):
    """Contests, the station table and the find bar, bound to one :class:`StationTableModel`."""

    openRequested = Signal(int, str)  # station id, station code
    currentChanged = Signal()
    countsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.model = StationTableModel(self)
        self._contests: dict[int, str] = {}
        self._columns_fitted = False

        self.find_box = QLineEdit()
        self.find_box.setObjectName("findBox")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.installEventFilter(self)
        self.find_box.textChanged.connect(self._find)
        self.find_box.returnPressed.connect(self.open_current)
        self.find_label = QLabel()
        self.find_label.setBuddy(self.find_box)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.currentIndexChanged.connect(self._status_chosen)
        self.shown_label = QLabel()
        self.shown_label.setObjectName("shownLabel")
        self.shown_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.find_label)
        bar.addWidget(self.find_box, 3)
        bar.addWidget(self.status_filter, 0)
        bar.addWidget(self.shown_label, 1)

        self.contest_list = QTreeWidget()
        self.contest_list.setObjectName("contestList")
        self.contest_list.setColumnCount(2)
        self.contest_list.setRootIsDecorated(False)
        self.contest_list.setUniformRowHeights(True)
        self.contest_list.setAlternatingRowColors(True)
        self.contest_list.header().setStretchLastSection(False)
        self.contest_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.contest_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.contest_list.currentItemChanged.connect(self._contest_chosen)
        self.contest_list.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")

        self.view = StationTableView()
        self.view.setModel(self.model)
        self.view.typed.connect(self._typed_in_table)
        self.view.activatedRow.connect(self._open_row)
        self.view.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.currentChanged.emit())
        for column, width in COLUMN_WIDTHS.items():
            self.view.setColumnWidth(column, width)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("navigatorSplitter")
        self.splitter.addWidget(self.contest_list)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 990])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._kept_station: int | None = None
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.model.loaded.connect(self._loaded)
        self.model.countsChanged.connect(self._counts_changed)
        self.model.layoutChanged.connect(self._update_shown)
        self.retranslate()
        self._fill_status_filter()

    # -- loading ---------------------------------------------------------------------------

    def clear(self) -> None:
        self.model.clear()
        self._contests = {}
        self._fill_contests()
        self.find_box.clear()

    def show_ids(self, db: Database, ids: list[int], contests: dict[int, str]) -> None:
        """Stage 1 (see ``navigator_model``): the list appears, rows load as they are shown."""
        self._contests = contests
        self._columns_fitted = False
        self.model.show_ids(db, ids, contests)
        self._fill_contests()
        if ids:
            self.select_view_row(0)

    def set_index(self, index: StationIndex, contests: dict[int, str]) -> None:
        self._contests = contests
        self.model.set_index(index, contests)
        self._fill_contests()

    def set_statuses(self, table: StatusTable) -> None:
        self.model.set_statuses(table)

    def update_statuses(self, table: StatusTable) -> None:
        self.model.update_statuses(table)

    def set_election(self, ctx: ElectionContext, index: StationIndex) -> None:
        """Show a whole election at once (tests, benchmarks); statuses follow separately."""
        contests = {cid: c.name for cid, c in ctx.contests.items()}
        self._contests = contests
        self.model.set_election(index, contests)
        self._fill_contests()

    def _loaded(self) -> None:
        empty = self.model.empty_columns()
        for column in Column:
            self.view.setColumnHidden(column, column in empty)
        single = len(self._contests) <= 1
        self.contest_list.setVisible(not single)
        if not self._columns_fitted:
            self._fit_columns(empty)
        self._counts_changed()

    def _fit_columns(self, hidden: set[Column]) -> None:
        """Fit the short columns to what is on screen; name and address share the rest."""
        header = self.view.horizontalHeader()
        stretch = [c for c in (Column.NAME, Column.ADDRESS) if c not in hidden] or [Column.CODE]
        for column in Column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if column in hidden or column in stretch:
                continue
            self.view.resizeColumnToContents(column)
            low, high = COLUMN_LIMITS.get(column, (60, 320))
            self.view.setColumnWidth(column, max(low, min(high, self.view.columnWidth(column))))
        self._fit_status_column()
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._columns_fitted = True

    def _fit_status_column(self) -> None:
        """Wide enough for the longest status name in the current language."""
        metrics = self.view.fontMetrics()
        widest = max(metrics.horizontalAdvance(status_text(s)) for s in STATUS_ORDER)
        self.view.setColumnWidth(Column.STATUS, widest + 44)

    # -- finding ---------------------------------------------------------------------------

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def _typed_in_table(self, text: str) -> None:
        self.find_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.find_box.setText(self.find_box.text() + text)

    def _find(self, text: str) -> None:
        self.model.set_filter(text)

    def _status_chosen(self, _index: int) -> None:
        data = self.status_filter.currentData()
        self.model.set_filter(status=StationStatus(data) if data is not None else None)

    def _contest_chosen(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        cid = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self.model.set_filter(contest=cid)
        # one contest chosen: its name would repeat on every row
        one = cid is not None or Column.CONTEST in self.model.empty_columns()
        self.view.setColumnHidden(Column.CONTEST, one)

    def _header_clicked(self, column: int) -> None:
        current = self.model.sort_column
        order = Qt.SortOrder.AscendingOrder
        if current is not None and current[0] == column:
            order = (
                Qt.SortOrder.DescendingOrder
                if current[1] == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder
            )
        self.sort_by(Column(column), order)

    def sort_by(self, column: Column, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.view.horizontalHeader().setSortIndicator(column, order)
        self.model.sort(column, order)
        self._scroll_to_current()

    def _before_reset(self) -> None:
        current = self.current_station()
        self._kept_station = current[0] if current else self._kept_station

    def _after_reset(self) -> None:
        """After a filter: the best match while finding, else the station selected before."""
        row = self.model.best_view_row() if self.model.filter_text.strip() else None
        if row is None and self._kept_station is not None:
            row = self.model.view_row_of_station(self._kept_station)
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is not None:
            self.select_view_row(row)
        self._update_shown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.find_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in NAVIGATION_KEYS:
                self.view.keyPressEvent(event)
                return True
            if event.key() == Qt.Key.Key_Escape and self.find_box.text():
                self.find_box.clear()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.view.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- the current station ---------------------------------------------------------------

    def select_view_row(self, row: int) -> None:
        index = self.model.index(row, Column.CODE)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _scroll_to_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def current_station(self) -> tuple[int, str] | None:
        row = self.current_row()
        if row is None:
            return None
        sid, code = self.model.station_id(row), self.model.station_code(row)
        return (sid, code) if sid is not None and code is not None else None

    def select_station(self, station_id: int) -> bool:
        row = self.model.view_row_of_station(station_id)
        if row is None:
            return False
        self.select_view_row(row)
        return True

    def select_next_needing_entry(self) -> bool:
        """Move to the next shown station without an observer entry; False when none is left."""
        start = self.current_row()
        row = self.model.next_needing_entry(-1 if start is None else start)
        if row is None:
            return False
        self.select_view_row(row)
        return True

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._open_row(row)

    def _open_row(self, row: int) -> None:
        sid, code = self.model.station_id(row), self.model.station_code(row)
        if sid is not None and code is not None:
            self.openRequested.emit(sid, code)

    # -- counts and texts ------------------------------------------------------------------

    def _counts_changed(self) -> None:
        self._fill_status_filter()
        self._fill_contest_counts()
        self._update_shown()
        self.countsChanged.emit()

    def _fill_status_filter(self) -> None:
        counts = self.model.counts() if self.model.statuses_ready else {}
        locale = QLocale()
        chosen = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        total = locale.toString(self.model.total)
        self.status_filter.addItem(self.tr("All statuses ({count})").format(count=total), None)
        for status in STATUS_ORDER:
            n = counts.get(status)
            label = status_text(status)
            if n is not None:
                label = f"{label} ({locale.toString(n)})"
            self.status_filter.addItem(status_icon(status), label, int(status))
        found = self.status_filter.findData(chosen)
        self.status_filter.setCurrentIndex(max(found, 0))
        self.status_filter.setEnabled(self.model.statuses_ready)
        self.status_filter.blockSignals(False)

    def _fill_contests(self) -> None:
        self.contest_list.blockSignals(True)
        self.contest_list.clear()
        everything = QTreeWidgetItem([self.tr("All contests"), ""])
        font = QFont(everything.font(0))
        font.setBold(True)
        everything.setFont(0, font)
        everything.setData(0, Qt.ItemDataRole.UserRole, None)
        self.contest_list.addTopLevelItem(everything)
        for cid, name in self._contests.items():
            item = QTreeWidgetItem([name, ""])
            item.setData(0, Qt.ItemDataRole.UserRole, cid)
            item.setToolTip(0, name)
            self.contest_list.addTopLevelItem(item)
        self.contest_list.setCurrentItem(everything)
        self.contest_list.blockSignals(False)
        self.model.set_filter(contest=None)
        self._fill_contest_counts()

    def _fill_contest_counts(self) -> None:
        counts = self.model.contest_counts()
        if not counts:
            return
        locale = QLocale()
        all_total = sum(a for a, _ in counts.values())
        all_done = sum(b for _, b in counts.values())
        ready = self.model.statuses_ready
        for i in range(self.contest_list.topLevelItemCount()):
            item = self.contest_list.topLevelItem(i)
            cid = item.data(0, Qt.ItemDataRole.UserRole)
            total, done = (all_total, all_done) if cid is None else counts.get(cid, (0, 0))
            text = (
                f"{locale.toString(done)} / {locale.toString(total)}"
                if ready
                else locale.toString(total)
            )
            item.setText(1, text)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(
                1,
                self.tr("{done} of %Ln station(s) have an observer entry", "", total).format(
                    done=locale.toString(done)
                ),
            )

    def _update_shown(self) -> None:
        locale = QLocale()
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            text = self.tr("%Ln station(s)", "", total)
        else:
            text = self.tr("{shown} of %Ln station(s)", "", total).format(
                shown=locale.toString(shown)
            )
        self.shown_label.setText(text)

    def retranslate(self) -> None:
        self.find_label.setText(self.tr("&Find:"))
        self.find_box.setPlaceholderText(self.tr("Station code, name or address (Ctrl+F)"))
        self.find_box.setToolTip(
            self.tr(
                "Type to filter the stations; Up and Down move through the results, "
                "Enter opens the selected station, Esc clears the search."
            )
        )
        self.status_filter.setToolTip(self.tr("Show only the stations with this status"))
        self.contest_list.setHeaderLabels([self.tr("Contest"), self.tr("Entered")])
        self.contest_list.headerItem().setToolTip(
            1, self.tr("Stations with an observer entry / all stations")
        )
        if self.contest_list.topLevelItemCount():
            self.contest_list.topLevelItem(0).setText(0, self.tr("All contests"))
        self._fill_status_filter()
        self._fill_contest_counts()
        self._update_shown()
        if self._columns_fitted:
            self._fit_status_column()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, len(Column) - 1),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
