"""Merge received report packages: pick files or a folder (or drop them), merge, see each result.

Every package is verified before anything is written and merged on its own,
so the table says for each file what happened: merged, already merged, in
quarantine (a key the register does not accept yet), refused and why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from observer_app.packages.format import SUFFIX
from observer_app.packages.merge import MergeReport, merge_packages, package_files
from observer_app.progress import Progress
from observer_app.storage.db import Database
from observer_app.ui import workers
from observer_app.ui.merge.labels import colour, fingerprint_font, outcome_text, reason_text


class PackageList(QListWidget):
    """The files to merge; folders and files can be dropped on it."""

    pathsDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageList")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.pathsDropped.emit(paths)


class MergeDialog(QDialog):
    merged = Signal(object)  # the MergeReport, when something was written
    resolveRequested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.db = db
        self.files: list[Path] = []
        self.report: MergeReport | None = None
        self.task: workers.Task | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = PackageList()
        self.list.pathsDropped.connect(self.add_paths)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.add_files_button = QPushButton()
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton()
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.start_merge)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("resolveButton")
        self.resolve_button.clicked.connect(self._resolve)
        self.resolve_button.hide()

        self.results = QTableWidget(0, 5)
        self.results.setObjectName("mergeResults")
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.results.hide()
        self.summary = QLabel()
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        pick = QHBoxLayout()
        for b in (self.add_files_button, self.add_folder_button, self.remove_button):
            pick.addWidget(b)
        pick.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.resolve_button)
        bottom.addStretch(1)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(pick)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        self.resize(900, 620)
        self.retranslate()
        self._update_buttons()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge report packages"))
        self.intro.setText(
            self.tr(
                "Add the packages observers sent you (files or whole folders; you can also drop "
                "them here). Each one is checked completely (signature, every file, election) "
                "before anything is written, and merged on its own: a bad file changes nothing."
            )
        )
        self.add_files_button.setText(self.tr("Add &files…"))
        self.add_folder_button.setText(self.tr("Add a f&older…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.merge_button.setText(self.tr("&Merge"))
        self.close_button.setText(self.tr("Close"))
        self.resolve_button.setText(self.tr("Resolve differing copies…"))
        self.results.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Result"),
                self.tr("Observer"),
                self.tr("Key"),
                self.tr("Details"),
            ]
        )
        if self.report is not None:
            self.show_report(self.report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing files --------------------------------------------------------------------

    def add_paths(self, paths: list[str | Path]) -> None:
        for path in package_files(paths):
            if path not in self.files:
                self.files.append(path)
                self.list.addItem(str(path))
        self._update_buttons()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Report packages"),
            "",
            self.tr("Report packages (*{suffix} *.zip);;All files (*)").format(suffix=SUFFIX),
        )
        self.add_paths(list(names))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("A folder of report packages"))
        if folder:
            self.add_paths([folder])

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.files.remove(Path(item.text()))
            self.list.takeItem(self.list.row(item))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        self.merge_button.setEnabled(bool(self.files) and not busy)
        self.remove_button.setEnabled(bool(self.list.selectedItems()) and not busy)

    # -- merging ---------------------------------------------------------------------------

    def start_merge(self) -> workers.Task | None:
        if not self.files or (self.task is not None and self.task.running):
            return None
        files = list(self.files)
        db = self.db

        def work(progress: Progress) -> MergeReport:
            return merge_packages(db, files, progress=progress)

        self.task = workers.run_task(
            work,
            parent=self,
            title=self.tr("Merging {n} packages").format(n=len(files)),
            on_done=self._done,
        )
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()
        return self.task

    def _done(self, report: MergeReport) -> None:
        self.report = report
        self.show_report(report)
        merged = {r.file for r in report.results if r.outcome in ("merged", "already-merged")}
        keep = [p for p in self.files if p.name not in merged]
        self.files = keep
        self.list.clear()
        self.list.addItems([str(p) for p in keep])
        if report.count("merged") or report.count("quarantined"):
            self.merged.emit(report)

    def show_report(self, report: MergeReport) -> None:
        self.results.setRowCount(len(report.results))
        for row, r in enumerate(report.results):
            detail = reason_text(r.reason) if r.outcome == "refused" else ""
            if r.outcome == "merged":
                detail = self.tr(
                    "{new} new tallies, {revised} revised, {revisions} revisions, {photos} photos"
                ).format(
                    new=r.tallies_new,
                    revised=r.tallies_revised,
                    revisions=r.revisions_added,
                    photos=r.photos_added,
                )
            elif r.outcome == "quarantined":
                detail = self.tr("Waits until you accept this key in the observer register")
            cells = [r.file, outcome_text(r.outcome), r.observer, r.fingerprint, detail]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(r.message)
                if col == 1:
                    item.setForeground(colour(r.outcome))
                if col == 3:
                    item.setFont(fingerprint_font())
                self.results.setItem(row, col, item)
        self.results.show()
        parts = [
            self.tr("{n} merged").format(n=report.count("merged")),
            self.tr("{n} already merged").format(n=report.count("already-merged")),
            self.tr("{n} in quarantine").format(n=report.count("quarantined")),
            self.tr("{n} refused").format(n=report.count("refused")),
        ]
        lines = [" · ".join(parts)]
        if report.cancelled:
            lines.append(self.tr("Cancelled: the packages merged so far stay merged."))
        if report.backup:
            lines.append(self.tr("Backup taken before merging: {path}").format(path=report.backup))
        flagged = sum(len(v) for v in report.flagged.values())
        if flagged:
            lines.append(
                self.tr("{n} stations now have copies that differ and need a decision.").format(
                    n=flagged
                )
            )
        self.summary.setText("\n".join(lines))
        self.resolve_button.setVisible(bool(flagged))

    def _resolve(self) -> None:
        self.resolveRequested.emit()
        self.accept()
