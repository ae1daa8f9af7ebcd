"""Stations whose observer copies differ: decide field by field, with a reason (Apollo's way).

Each row is a figure the copies disagree on; each column an observer's copy.
Clicking a copy's value chooses it; typing another value corrects it. The
reason is required and, with the competing values, kept with the decision and
in the audit history. A decision made before a new copy or revision arrived
is shown as outdated and the field is open again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from observer_app.conflicts import StationCopies, decisions_of, resolve, station_copies
from observer_app.errors import UserError
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.ui.errors import show_error
from observer_app.ui.i18n import current_language
from observer_app.ui.merge.labels import field_label

UNSET = -1
MAX = 100_000_000


class ConflictsDialog(QDialog):
    resolved = Signal(str)  # station code

    def __init__(
        self,
        db: Database,
        ctx: ElectionContext,
        parent: QWidget | None = None,
        *,
        station: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.db, self.ctx = db, ctx
        self.all: list[StationCopies] = []
        self.current: StationCopies | None = None
        self.editors: dict[str, QSpinBox] = {}
        self._shown = ""

        self.show_resolved = QCheckBox()
        self.show_resolved.toggled.connect(self._fill_stations)
        self.stations = QListWidget()
        self.stations.setObjectName("conflictStations")
        self.stations.currentItemChanged.connect(self._station_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.stations, 1)
        left_layout.addWidget(self.show_resolved)

        self.heading = QLabel()
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("conflictFields")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.cellClicked.connect(self._cell_clicked)
        self.table.verticalHeader().hide()
        self.reason = QLineEdit()
        self.reason.setObjectName("decisionReason")
        self.reason.textChanged.connect(self._update_save)
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveDecisions")
        self.save_button.clicked.connect(self.save)
        self.history = QTextBrowser()
        self.history.setObjectName("decisionHistory")
        self.history_label = QLabel()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.table, 3)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.save_button)
        right_layout.addLayout(reason_row)
        right_layout.addWidget(self.history_label)
        right_layout.addWidget(self.history, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([180, 900])
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.resize(1100, 680)
        self.retranslate()
        self.reload(station)

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Differing copies of stations"))
        self.show_resolved.setText(self.tr("Show stations already decided"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason.setPlaceholderText(
            self.tr("e.g. the photo of the protocol shows 412; second observer confirmed by phone")
        )
        self.save_button.setText(self.tr("&Save decisions"))
        self.history_label.setText(self.tr("Decisions on this station"))
        self.close_button.setText(self.tr("Close"))
        if self.current is not None:
            self._show(self.current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- stations --------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        keep = select or (self.current.station_code if self.current else None)
        self.all = [sc for sc in station_copies(self.db, self.ctx) if sc.differing]
        self._fill_stations(keep)

    def _fill_stations(self, select: object = None) -> None:
        keep = select if isinstance(select, str) else None
        self.stations.blockSignals(True)
        self.stations.clear()
        shown = [sc for sc in self.all if sc.flagged or self.show_resolved.isChecked()]
        for sc in shown:
            item = QListWidgetItem(sc.station_code)
            item.setData(Qt.ItemDataRole.UserRole, sc.station_code)
            if not sc.flagged:
                item.setForeground(QColor("#1e7b34"))
                item.setToolTip(self.tr("Decided"))
            else:
                item.setToolTip(self.tr("{n} open fields").format(n=len(sc.unresolved)))
            self.stations.addItem(item)
        self.stations.blockSignals(False)
        codes = [sc.station_code for sc in shown]
        if not codes:
            self.current = None
            self._show_nothing()
            return
        row = codes.index(keep) if keep in codes else 0
        self.stations.setCurrentRow(row)
        self._station_chosen()

    def _station_chosen(self, *_: object) -> None:
        item = self.stations.currentItem()
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        self.current = next(sc for sc in self.all if sc.station_code == code)
        self._show(self.current)

    def _show_nothing(self) -> None:
        self.heading.setText(self.tr("No station has copies that still differ."))
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.history.clear()
        self.editors = {}
        self._update_save()

    # -- one station -----------------------------------------------------------------------

    def _show(self, sc: StationCopies) -> None:
        typed = self.pending() if self.editors and self._shown == sc.station_code else {}
        self._shown = sc.station_code
        lang = current_language()
        self.heading.setText(
            self.tr(
                "Station {code}: {n} copies. Click a copy's value to choose it, or type the "
                "right one in the last column."
            ).format(code=sc.station_code, n=len(sc.copies))
        )
        fields = list(sc.differing)
        copies = list(sc.copies)
        headers = [self.tr("Figure")]
        headers += [c.observer or c.fingerprint or c.tally_uid[:8] for c in copies]
        headers += [self.tr("Decision"), self.tr("State")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(fields))
        self.table.setHorizontalHeaderLabels(headers)
        self.editors = {}
        for row, fs in enumerate(fields):
            self.table.setItem(
                row, 0, QTableWidgetItem(field_label(self.ctx, sc.station_code, fs.key, lang))
            )
            for col, c in enumerate(copies, start=1):
                value = fs.values.get(c.tally_uid)
                item = QTableWidgetItem(self.tr("blank") if value is None else str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(self.tr("Click to choose this value"))
                self.table.setItem(row, col, item)
            spin = QSpinBox()
            spin.setRange(UNSET, MAX)
            spin.setSpecialValueText("—")
            spin.setObjectName(f"decision_{fs.key}")
            decided = fs.value if fs.resolved and fs.value is not None else UNSET
            spin.setValue(typed.get(fs.key, decided))  # a language switch keeps what was typed
            spin.valueChanged.connect(self._update_save)
            self.table.setCellWidget(row, len(copies) + 1, spin)
            self.editors[fs.key] = spin
            if fs.outdated:
                state, tint = self.tr("decision outdated (copies changed)"), "#a05a00"
            elif fs.resolved:
                state, tint = self.tr("decided"), "#1e7b34"
            else:
                state, tint = self.tr("open"), "#b00020"
            state_item = QTableWidgetItem(state)
            state_item.setForeground(QColor(tint))
            if fs.decision is not None:
                state_item.setToolTip(fs.decision.reason)
            self.table.setItem(row, len(copies) + 2, state_item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._show_history(sc.station_code)
        self._update_save()

    def _show_history(self, code: str) -> None:
        lang = current_language()
        lines = []
        for d in reversed(decisions_of(self.db, self.ctx, code)):
            kind = self.tr("corrected to") if d.corrected else self.tr("chose")
            lines.append(
                "<p><b>{field}</b>: {kind} {value} — {reason}<br/>"
                "<small>{who}, {when}</small></p>".format(
                    field=field_label(self.ctx, code, d.key, lang),
                    kind=kind,
                    value=d.value,
                    reason=d.reason.replace("<", "&lt;"),
                    who=d.resolved_by,
                    when=d.resolved_at.strftime("%Y-%m-%d %H:%M"),
                )
            )
        self.history.setHtml("".join(lines) or self.tr("No decision yet."))

    def _cell_clicked(self, row: int, col: int) -> None:
        if self.current is None or not 1 <= col <= len(self.current.copies):
            return
        fs = self.current.differing[row]
        value = fs.values.get(self.current.copies[col - 1].tally_uid)
        if value is not None:
            self.editors[fs.key].setValue(value)

    def pending(self) -> dict[str, int]:
        """Decisions typed or chosen and not saved yet."""
        if self.current is None:
            return {}
        out = {}
        for fs in self.current.differing:
            editor = self.editors.get(fs.key)
            value = editor.value() if editor is not None else UNSET
            if value != UNSET and not (fs.resolved and fs.value == value):
                out[fs.key] = value
        return out

    def _update_save(self, *_: object) -> None:
        self.save_button.setEnabled(bool(self.pending()) and bool(self.reason.text().strip()))

    def save(self) -> None:
        if self.current is None:
            return
        code = self.current.station_code
        try:
            resolve(self.db, self.ctx, code, self.pending(), self.reason.text())
        except UserError as exc:
            show_error(exc, self, self.windowTitle())
            return
        self.reason.clear()
        self.reload(code)
        self.resolved.emit(code)
