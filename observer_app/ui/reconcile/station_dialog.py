"""A station side by side: official figures, each observer copy, the difference, and the photo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from observer_app.entry.photos import photo_data
from observer_app.reconcile.station import StationDetail
from observer_app.storage.db import Database

HOT = QColor("#f8cbad")


class StationDialog(QDialog):
    def __init__(self, db: Database, detail: StationDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationCompare")
        self.db, self.detail = db, detail
        self.table = QTableWidget()
        self.table.setObjectName("stationFigures")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.photo_choice = QComboBox()
        self.photo_choice.setObjectName("photoChoice")
        self.photo = QLabel()
        self.photo.setObjectName("photo")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setMinimumSize(320, 320)
        scroll = QScrollArea()
        scroll.setWidget(self.photo)
        scroll.setWidgetResizable(True)
        right = QWidget()
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        self.photo_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.photo_label)
        row.addWidget(self.photo_choice, 1)
        col.addLayout(row)
        col.addWidget(scroll, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([680, 420])
        self.heading = QLabel()
        self.heading.setObjectName("stationHeading")
        self.heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.photo_choice.currentIndexChanged.connect(self._show_photo)
        self.resize(1100, 640)
        self.retranslate()
        self._fill_photos()

    def columns(self) -> list[tuple[str, str, dict[str, int]]]:
        """(header, tooltip, figures) of each figure column."""
        d = self.detail
        cols: list[tuple[str, str, dict[str, int]]] = []
        if d.official is not None:
            tip = self.tr("Official figures from {file}").format(file=d.official.snapshot or "—")
            cols.append((self.tr("Official"), tip, d.official.values))
        for c in d.copies:
            name = c.observer or self.tr("observer")
            tip = self.tr("Observer copy {uid}, revision {rev}").format(uid=c.uid, rev=c.revision)
            cols.append((name, tip, c.values))
        if d.resolved:
            cols.append((self.tr("Resolved"), self.tr("The coordinator's decision"), d.resolved))
        return cols

    def _fill(self) -> None:
        d = self.detail
        cols = self.columns()
        loc = QLocale()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.table.clear()
        self.table.setRowCount(len(d.keys))
        self.table.setColumnCount(len(cols) + 2)
        self.table.verticalHeader().setVisible(False)
        headers = [self.tr("Line"), *(h for h, _, _ in cols), self.tr("Difference")]
        for c, text in enumerate(headers):
            item = QTableWidgetItem(text)
            if 0 < c <= len(cols):
                item.setToolTip(cols[c - 1][1])
            self.table.setHorizontalHeaderItem(c, item)
        for r, key in enumerate(d.keys):
            label = QTableWidgetItem(d.short[key])
            label.setToolTip(d.labels[key])
            self.table.setItem(r, 0, label)
            for c, (_, _, values) in enumerate(cols, start=1):
                v = values.get(key)
                item = QTableWidgetItem("" if v is None else loc.toString(v))
                item.setTextAlignment(right)
                self.table.setItem(r, c, item)
            diff = d.difference(key)
            text = "" if diff is None else ("+" if diff > 0 else "") + loc.toString(diff)
            item = QTableWidgetItem(text)
            item.setTextAlignment(right)
            if diff:
                for c in range(len(cols) + 2):
                    cell = self.table.item(r, c) or item
                    cell.setBackground(QBrush(HOT if c == len(cols) + 1 else HOT.lighter(112)))
            self.table.setItem(r, len(cols) + 1, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_photos(self) -> None:
        self.photo_choice.clear()
        for c in self.detail.copies:
            for p in c.photos:
                who = c.observer or self.tr("observer")
                self.photo_choice.addItem(f"{who}: {p.file_name} · {p.sha256[:12]}…", p.sha256)
        if not self.photo_choice.count():
            self.photo.setText(self.tr("No photo attached to the observer copies."))

    def _show_photo(self) -> None:
        sha = self.photo_choice.currentData()
        if not sha:
            return
        pix = QPixmap()
        if not pix.loadFromData(photo_data(self.db, sha)):
            self.photo.setText(self.tr("This photo cannot be shown."))
            return
        self.photo.setPixmap(
            pix.scaled(
                720,
                960,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def retranslate(self) -> None:
        d = self.detail
        self.setWindowTitle(self.tr("Station {code}").format(code=d.code))
        self.heading.setText(
            self.tr("<b>{code}</b> {name} — contest {contest} {contest_name}").format(
                code=d.code, name=d.name, contest=d.contest, contest_name=d.contest_name
            )
        )
        self.photo_label.setText(self.tr("Photo:"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
