"""File > Import election: choose the file, its protocol form and mapping, then import in a worker.

The dialog only gathers choices; :func:`import_work` is the worker side (core
calls only, no widgets), run by :func:`observer_app.ui.workers.run_task`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from observer_app.forms import builtin_form_ids, load_form
from observer_app.importing.elections import (
    ElectionImportResult,
    default_code,
    import_election,
    is_definition,
)
from observer_app.importing.mapping import builtin_mapping_ids
from observer_app.importing.tally_import import TallyImportResult, import_tallies
from observer_app.progress import Progress
from observer_app.storage.db import Database
from observer_app.storage.elections import load_context
from observer_app.ui import i18n

OTHER = "__other__"


@dataclass(frozen=True)
class ImportChoice:
    path: Path
    form: str | None  # built-in id or a file path; None = as the definition says
    mapping: str | None
    code: str | None
    name: str | None
    official: bool  # also store the table's figures as official results


@dataclass(frozen=True)
class ImportOutcome:
    election: ElectionImportResult
    official: TallyImportResult | None


def import_work(db: Database, choice: ImportChoice, progress: Progress) -> ImportOutcome:
    """The worker side: create the election, then (optionally) its official figures."""
    election = import_election(
        db,
        choice.path,
        form=choice.form,
        mapping=choice.mapping,
        code=choice.code,
        name=choice.name,
        progress=progress,
    )
    official = None
    if choice.official and election.from_table:
        ctx = load_context(db, election.code)
        official = import_tallies(
            db, ctx, choice.path, source="official", mapping=choice.mapping, progress=progress
        )
    return ImportOutcome(election, official)


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setMinimumWidth(620)
        self.file = QLineEdit(path)
        self.file.setObjectName("importFile")
        self.file.textChanged.connect(self._file_changed)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.kind = QLabel()
        self.kind.setWordWrap(True)
        self.form = QComboBox()
        self.form.setObjectName("importForm")
        self.mapping = QComboBox()
        self.mapping.setObjectName("importMapping")
        self.code = QLineEdit()
        self.code.setObjectName("importCode")
        self.name = QLineEdit()
        self.name.setObjectName("importName")
        self.official = QCheckBox()
        self.official.setObjectName("importOfficial")
        self.labels = {key: QLabel() for key in ("file", "form", "mapping", "code", "name")}
        grid = QFormLayout()
        grid.addRow(self.labels["file"], file_row)
        grid.addRow("", self.kind)
        grid.addRow(self.labels["form"], self.form)
        grid.addRow(self.labels["mapping"], self.mapping)
        grid.addRow(self.labels["code"], self.code)
        grid.addRow(self.labels["name"], self.name)
        grid.addRow("", self.official)
        self.labels["file"].setBuddy(self.file)
        self.labels["form"].setBuddy(self.form)
        self.labels["mapping"].setBuddy(self.mapping)
        self.labels["code"].setBuddy(self.code)
        self.labels["name"].setBuddy(self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self._extra_forms: list[str] = []
        self._extra_mappings: list[str] = []
        self.form.activated.connect(lambda _: self._pick_other(self.form, "form"))
        self.mapping.activated.connect(lambda _: self._pick_other(self.mapping, "mapping"))
        self.retranslate()
        self._file_changed(path)

    # -- choices ---------------------------------------------------------------------------

    def _fill_forms(self) -> None:
        chosen = self.form.currentData()
        self.form.clear()
        self.form.addItem(self.tr("As the definition or the mapping says"), None)
        lang = i18n.current_language()
        for form_id in builtin_form_ids():
            title = load_form(form_id).title.get(lang)
            self.form.addItem(f"{title} ({form_id})", form_id)
        for path in self._extra_forms:
            self.form.addItem(path, path)
        self.form.addItem(self.tr("Another form file…"), OTHER)
        self.form.setCurrentIndex(max(self.form.findData(chosen), 0))

    def _fill_mappings(self) -> None:
        chosen = self.mapping.currentData()
        self.mapping.clear()
        self.mapping.addItem(self.tr("None: the table has the canonical columns"), None)
        for mapping_id in builtin_mapping_ids():
            self.mapping.addItem(mapping_id, mapping_id)
        for path in self._extra_mappings:
            self.mapping.addItem(path, path)
        self.mapping.addItem(self.tr("Another mapping file…"), OTHER)
        self.mapping.setCurrentIndex(max(self.mapping.findData(chosen), 0))

    def _pick_other(self, combo: QComboBox, what: str) -> None:
        if combo.currentData() != OTHER:
            return
        title = self.tr("Choose a protocol form") if what == "form" else self.tr("Choose a mapping")
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("JSON files") + " (*.json)")
        if not path:
            combo.setCurrentIndex(0)
            return
        (self._extra_forms if what == "form" else self._extra_mappings).append(path)
        if what == "form":
            self._fill_forms()
        else:
            self._fill_mappings()
        combo.setCurrentIndex(combo.findData(path))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the election file"),
            str(Path(self.file.text()).parent) if self.file.text() else "",
            self.tr("Elections and results")
            + " (*.json *.csv *.tsv *.txt *.zip *.xlsx *.xlsm);;"
            + self.tr("All files")
            + " (*)",
        )
        if path:
            self.file.setText(path)

    def _file_changed(self, text: str) -> None:
        path = Path(text.strip()) if text.strip() else None
        definition = path is not None and is_definition(path)
        table = path is not None and not definition
        self.form.setEnabled(path is not None)
        self.mapping.setEnabled(table)
        self.official.setEnabled(table)
        if path is None:
            self.kind.setText(self.tr("Choose a file to see what it holds."))
        elif definition:
            self.kind.setText(self.tr("An election definition (JSON)."))
            self.form.setCurrentIndex(0)
        else:
            self.kind.setText(
                self.tr(
                    "A results table: the election is built from its stations. Choose its "
                    "protocol form unless the mapping names one."
                )
            )
        self.code.setPlaceholderText(default_code(path) if table and path else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(path is not None and path.is_file())

    def choice(self) -> ImportChoice:
        form = self.form.currentData()
        mapping = self.mapping.currentData() if self.mapping.isEnabled() else None
        return ImportChoice(
            path=Path(self.file.text().strip()),
            form=None if form in (None, OTHER) else str(form),
            mapping=None if mapping in (None, OTHER) else str(mapping),
            code=self.code.text().strip() or None,
            name=self.name.text().strip() or None,
            official=self.official.isEnabled() and self.official.isChecked(),
        )

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import an election"))
        self.labels["file"].setText(self.tr("&File:"))
        self.labels["form"].setText(self.tr("Protocol &form:"))
        self.labels["mapping"].setText(self.tr("&Mapping:"))
        self.labels["code"].setText(self.tr("Election &code:"))
        self.labels["name"].setText(self.tr("Election &name:"))
        self.browse.setText(self.tr("&Browse…"))
        self.file.setPlaceholderText(self.tr("A .json definition or a .csv, .zip or .xlsx table"))
        self.name.setPlaceholderText(self.tr("As in the file"))
        self.official.setText(self.tr("Also store the table's figures as &official results"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self._fill_forms()
        self._fill_mappings()
        self._file_changed(self.file.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
