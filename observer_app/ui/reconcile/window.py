"""The Reconciliation window: Discrepancies and Contests tabs, re-run, Excel export, imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QTabWidget, QToolBar, QWidget

from observer_app.progress import Progress
from observer_app.reconcile import reconcile
from observer_app.reconcile.report import Report
from observer_app.reconcile.station import station_detail
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext, load_context
from observer_app.ui import i18n, workers
from observer_app.ui.election_name import shown_name
from observer_app.ui.reconcile.station_dialog import StationDialog
from observer_app.ui.reconcile.views import ContestsView, DiscrepanciesView


class ReconcileWindow(QMainWindow):
    reconciled = Signal()
    exported = Signal(str)

    def __init__(self, db: Database, code: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileWindow")
        self.db, self.code = db, code
        self.ctx: ElectionContext | None = None
        self.rep: Report | None = None
        self.task: workers.Task | None = None
        self.discrepancies = DiscrepanciesView()
        self.discrepancies.stationRequested.connect(self.open_station)
        self.contests = ContestsView()
        self.contests.contestRequested.connect(self._show_contest)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reconcileTabs")
        self.tabs.addTab(self.discrepancies, "")
        self.tabs.addTab(self.contests, "")
        self.setCentralWidget(self.tabs)
        self.note = QLabel()
        self.note.setObjectName("reconcileNote")
        self.statusBar().addWidget(self.note, 1)
        self.act_run = QAction(self)
        self.act_run.setObjectName("action_reconcile")
        self.act_run.setShortcut(QKeySequence("F5"))
        self.act_run.triggered.connect(self.run)
        self.act_export = QAction(self)
        self.act_export.setObjectName("action_export_excel")
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.choose_export)
        self.act_import = QAction(self)
        self.act_import.setObjectName("action_import_official")
        self.act_import.triggered.connect(lambda: self.import_file("official"))
        self.act_totals = QAction(self)
        self.act_totals.setObjectName("action_import_totals")
        self.act_totals.triggered.connect(lambda: self.import_file("totals"))
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("reconcileToolbar")
        self.toolbar.setMovable(False)
        for act in (self.act_run, self.act_export, self.act_import, self.act_totals):
            self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)
        self.resize(1280, 760)
        self.retranslate()

    # -- running ------------------------------------------------------------------------------
    def run(self) -> workers.Task:
        """Reconcile in a worker; the views show the result when it is done."""
        db, code = self.db, self.code

        def work(progress: Progress) -> tuple[ElectionContext, Report]:
            ctx = load_context(db, code)
            return ctx, reconcile(db, ctx, progress)

        self.act_run.setEnabled(False)
        self.task = workers.run_task(
            work,
            parent=self,
            title=self.tr("Reconciling with the official results"),
            on_done=self._show,
        )
        self.task.finished.connect(lambda: self.act_run.setEnabled(True))
        return self.task

    def _show(self, result: tuple[ElectionContext, Report]) -> None:
        self.ctx, self.rep = result
        lang = i18n.current_language()
        self.discrepancies.set_report(self.rep, lang)
        self.contests.set_report(self.rep, lang)
        self.retranslate()
        self.reconciled.emit()

    def _show_contest(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.discrepancies)
        at = self.discrepancies.contest.findData(code)
        self.discrepancies.contest.setCurrentIndex(max(at, 0))

    def open_station(self, code: str) -> StationDialog | None:
        if self.ctx is None or code not in self.ctx.stations:
            return None
        detail = station_detail(self.db, self.ctx, code, i18n.current_language())
        dialog = StationDialog(self.db, detail, self)
        dialog.show()
        return dialog

    # -- export -------------------------------------------------------------------------------
    def choose_export(self) -> None:
        if self.rep is None:
            return
        default = str(Path.home() / f"{self.rep.ctx.code}-reconciliation.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), default, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> workers.Task | None:
        """Write the workbook in a worker, with progress and Cancel."""
        rep = self.rep
        if rep is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        lang = i18n.current_language()

        def work(progress: Progress) -> Path:
            # openpyxl loads here, in the worker: opening this window does not wait for it
            from observer_app.export import write_workbook

            return write_workbook(rep, path, lang=lang, progress=progress)

        def done(out: Path) -> None:
            self.note.setText(self.tr("Workbook saved: {path}").format(path=str(out)))
            self.exported.emit(str(out))

        self.task = workers.run_task(
            work,
            parent=self,
            title=self.tr("Exporting to Excel"),
            on_done=done,
            on_cancelled=lambda: self.note.setText(
                self.tr("Export cancelled: nothing was written.")
            ),
        )
        return self.task

    # -- imports ------------------------------------------------------------------------------
    def import_file(self, kind: str) -> None:
        from observer_app.ui.reconcile.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self.code, kind, self)
        wizard.imported.connect(lambda _summary: self.run())
        wizard.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reconciliation with the official results"))
        self.tabs.setTabText(0, self.tr("&Discrepancies"))
        self.tabs.setTabText(1, self.tr("&Contests"))
        self.act_run.setText(self.tr("&Reconcile again"))
        self.act_export.setText(self.tr("&Export to Excel…"))
        self.act_import.setText(self.tr("Import &official results…"))
        self.act_totals.setText(self.tr("Import contest &totals…"))
        self.act_export.setEnabled(self.rep is not None)
        rep = self.rep
        if rep is None:
            self.note.setText(self.tr("Reconciling…"))
            return
        loc = QLocale()
        counts = rep.counts()
        self.note.setText(
            self.tr(
                "{election}. Observer copies: {observer}; official tallies: {official}; "
                "station discrepancies: {disc}; contests where the winner could change: {impact}"
            ).format(
                election=shown_name(rep.ctx.name, rep.ctx.synthetic, self.tr("SYNTHETIC DEMO")),
                observer=loc.toString(rep.observer_tallies),
                official=loc.toString(rep.official_tallies),
                disc=loc.toString(counts["station_discrepancy"]),
                impact=loc.toString(counts["outcome_impact"]),
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.rep is not None:
                lang = i18n.current_language()
                self.discrepancies.set_report(self.rep, lang)
                self.contests.set_report(self.rep, lang)
        super().changeEvent(event)
