"""File > Export for coordinator: the observer's tallies (all or some stations) as one signed file.

The first export creates the observer's signing key; the dialog shows its
fingerprint large, to be read to the coordinator over the phone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from observer_app import identity
from observer_app.errors import UserError
from observer_app.packages import ExportResult, export_package, exportable_stations
from observer_app.packages.export import default_file_name
from observer_app.progress import Progress
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.ui import workers
from observer_app.ui.errors import show_error
from observer_app.ui.merge.labels import fingerprint_font


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        db: Database,
        ctx: ElectionContext,
        parent: QWidget | None = None,
        *,
        selected: list[str] | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.db, self.ctx = db, ctx
        self.profile = identity.read_profile()
        self.result: ExportResult | None = None
        self.task: workers.Task | None = None

        self.who_box = QGroupBox()
        self.name = QLineEdit(self.profile.name if self.profile else "")
        self.name.setObjectName("observerName")
        self.organisation = QLineEdit(self.profile.organisation if self.profile else "")
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_note = QLabel()
        self.fingerprint_note.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.protect = QCheckBox()
        self.protect.setObjectName("protectKey")
        self.protect.toggled.connect(self._update)
        self.name_label, self.org_label, self.fp_label, self.pass_label = (
            QLabel(),
            QLabel(),
            QLabel(),
            QLabel(),
        )
        who = QFormLayout(self.who_box)
        who.addRow(self.name_label, self.name)
        who.addRow(self.org_label, self.organisation)
        who.addRow(self.fp_label, self.fingerprint)
        who.addRow("", self.fingerprint_note)
        who.addRow("", self.protect)
        who.addRow(self.pass_label, self.passphrase)

        self.what_box = QGroupBox()
        self.all_radio = QRadioButton()
        self.all_radio.setObjectName("allStations")
        self.some_radio = QRadioButton()
        self.some_radio.setObjectName("someStations")
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.some_radio)
        self.stations = QListWidget()
        self.stations.setObjectName("exportStations")
        self.codes = exportable_stations(db, ctx, self.profile.fingerprint if self.profile else "")
        chosen = set(selected or [])
        for code in self.codes:
            item = QListWidgetItem(code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.stations.addItem(item)
        (self.some_radio if chosen else self.all_radio).setChecked(True)
        self.all_radio.toggled.connect(self._update)
        self.stations.itemChanged.connect(self._update)
        what = QVBoxLayout(self.what_box)
        what.addWidget(self.all_radio)
        what.addWidget(self.some_radio)
        what.addWidget(self.stations)

        self.out = QLineEdit()
        self.out.setObjectName("exportPath")
        start = folder or Path.home()
        self.out.setText(str(start / default_file_name(ctx, self.name.text() or "observer")))
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_file)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.out_label = QLabel()

        where = QHBoxLayout()
        where.addWidget(self.out_label)
        where.addWidget(self.out, 1)
        where.addWidget(self.browse)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who_box)
        layout.addWidget(self.what_box, 1)
        layout.addLayout(where)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.name.textChanged.connect(self._update)
        self.passphrase.textChanged.connect(self._update)
        self.resize(640, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export for the coordinator"))
        self.who_box.setTitle(self.tr("You"))
        self.name_label.setText(self.tr("&Name:"))
        self.name_label.setBuddy(self.name)
        self.org_label.setText(self.tr("&Organisation:"))
        self.org_label.setBuddy(self.organisation)
        self.fp_label.setText(self.tr("Key fingerprint:"))
        self.protect.setText(self.tr("Protect my new signing key with a passphrase"))
        self.pass_label.setText(self.tr("&Passphrase:"))
        self.pass_label.setBuddy(self.passphrase)
        self.what_box.setTitle(self.tr("Stations"))
        self.all_radio.setText(
            self.tr("&All stations with a saved protocol ({n})").format(n=len(self.codes))
        )
        self.some_radio.setText(self.tr("Only the stations &ticked below"))
        self.out_label.setText(self.tr("Save as:"))
        self.browse.setText(self.tr("&Choose…"))
        self.export_button.setText(self.tr("&Export"))
        self.close_button.setText(self.tr("Close"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self, *_: object) -> None:
        if self.profile is not None:
            self.fingerprint.setFont(fingerprint_font(16))
            self.fingerprint.setText(self.profile.fingerprint)
            self.fingerprint_note.setText(
                self.tr(
                    "Read this fingerprint to your coordinator (by phone or in person) so they "
                    "can accept your packages."
                )
            )
            self.protect.hide()
            encrypted = self.profile.encrypted
        else:
            self.fingerprint.setFont(self.font())
            self.fingerprint.setText(self.tr("(created with your first export)"))
            self.fingerprint_note.setText(
                self.tr("Your signing key is created now and kept in your user folder.")
            )
            encrypted = self.protect.isChecked()
        self.passphrase.setVisible(encrypted)
        self.pass_label.setVisible(encrypted)
        self.stations.setEnabled(self.some_radio.isChecked())
        ready = bool(self.name.text().strip()) and bool(self.codes)
        if self.some_radio.isChecked():
            ready = ready and bool(self.chosen_stations())
        if encrypted:
            ready = ready and bool(self.passphrase.text())
        busy = self.task is not None and self.task.running
        self.export_button.setEnabled(ready and not busy)
        if not self.codes:
            self.status.setText(self.tr("There is no saved observer protocol to export yet."))

    def chosen_stations(self) -> list[str]:
        return [
            self.stations.item(i).text()
            for i in range(self.stations.count())
            if self.stations.item(i).checkState() == Qt.CheckState.Checked
        ]

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the package"), self.out.text(), self.tr("Report packages (*.oapkg)")
        )
        if name:
            self.out.setText(name)

    def _identity(self) -> identity.Identity:
        name, org = self.name.text().strip(), self.organisation.text().strip()
        phrase = self.passphrase.text() or None
        if self.profile is None:
            made = identity.create(name, org, phrase if self.protect.isChecked() else None)
            self.profile = made.profile
            return made
        identity.update_profile(name, org)
        return identity.load(phrase)

    def start_export(self) -> workers.Task | None:
        try:
            ident = self._identity()
        except UserError as exc:
            show_error(exc, self, self.windowTitle())
            return None
        stations = self.chosen_stations() if self.some_radio.isChecked() else None
        db, ctx, out = self.db, self.ctx, Path(self.out.text()).expanduser()

        def work(progress: Progress) -> ExportResult:
            return export_package(db, ctx, out, ident, stations, progress=progress)

        self.task = workers.run_task(
            work, parent=self, title=self.tr("Writing the package"), on_done=self._done
        )
        self.task.finished.connect(self._update)
        self._update()
        return self.task

    def _done(self, result: ExportResult) -> None:
        self.result = result
        self._update()
        self.status.setText(
            self.tr(
                "Written {path}: {tallies} protocols of {stations} stations with their history "
                "and {photos} photos, signed with key {fingerprint}. Give this file to your "
                "coordinator."
            ).format(
                path=result.path,
                tallies=result.tallies,
                stations=result.stations,
                photos=result.photos,
                fingerprint=result.fingerprint,
            )
        )
        self.exported.emit(result)
