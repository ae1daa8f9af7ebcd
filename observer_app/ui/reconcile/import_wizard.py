"""The import wizard: official results, observer copies or contest totals from any table.

Pick a file; see its first rows; say what each column holds (guessed from the
headers in English, Russian or Kazakh); save that as a mapping file to reuse;
import in a worker with progress and Cancel; see what was stored, or what was
refused and why (file, row, column) — a refused file stores nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from observer_app.errors import UserError
from observer_app.importing.cells import ImportRefused
from observer_app.importing.guess import (
    AGAINST_ALL,
    CONTEST,
    IGNORE,
    STATION,
    Role,
    guess_roles,
    mapping_from_roles,
)
from observer_app.importing.mapping import Mapping
from observer_app.importing.readers import Table, read_table
from observer_app.progress import Progress
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext, load_context
from observer_app.ui import i18n, workers

KINDS = ("official", "observer", "totals")
PREVIEW_ROWS = 20


@dataclass
class Outcome:
    stored: bool
    problems: list[str] = field(default_factory=list)  # "where: why" of a refused file
    rows: int = 0
    created: int = 0
    revised: int = 0
    unchanged: int = 0
    snapshot_id: int | None = None
    contests: list[str] = field(default_factory=list)  # contest totals stored
    revised_stations: list[str] = field(default_factory=list)


def import_work(
    db: Database,
    code: str | None,
    kind: str,
    path: Path,
    mapping: dict[str, object],
    observer: str,
    label: str,
    progress: Progress,
) -> Outcome:
    """The worker side: core calls only. A refused file is an outcome, not an error."""
    from observer_app.importing.tally_import import import_tallies
    from observer_app.importing.totals import import_totals

    ctx = load_context(db, code)
    m = Mapping.model_validate(mapping)
    try:
        if kind == "totals":
            res = import_totals(db, ctx, path, mapping=m, label=label, progress=progress)
            return Outcome(True, snapshot_id=res.snapshot_id, contests=res.contests)
        t = import_tallies(
            db, ctx, path, source=kind, observer=observer, mapping=m, label=label, progress=progress
        )
    except ImportRefused as exc:
        return Outcome(False, [f"{where}: {why}" for where, why in exc.problems])
    return Outcome(
        True,
        rows=t.rows,
        created=t.created,
        revised=t.revised,
        unchanged=t.unchanged,
        snapshot_id=t.snapshot_id,
        revised_stations=list(t.revised_stations),
    )


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.observer = QLineEdit()
        self.observer.setObjectName("importObserver")
        self.label = QLineEdit()
        self.label.setObjectName("importLabel")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.form = QFormLayout(self)
        self.kind_l, self.file_l, self.obs_l, self.label_l = QLabel(), QLabel(), QLabel(), QLabel()
        self.form.addRow(self.kind_l, self.kind)
        self.form.addRow(self.file_l, row)
        self.form.addRow(self.obs_l, self.observer)
        self.form.addRow(self.label_l, self.label)
        # without a buddy a label shows its "&" instead of underlining the access key
        for label, buddy in (
            (self.kind_l, self.kind),
            (self.file_l, self.path),
            (self.obs_l, self.observer),
            (self.label_l, self.label),
        ):
            label.setBuddy(buddy)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.path.textChanged.connect(self.completeChanged)
        self.error = QLabel()
        self.error.setObjectName("fileError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.form.addRow(self.error)
        self.retranslate()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a table"), "", self.tr("Tables (*.csv *.tsv *.txt *.zip *.xlsx)")
        )
        if path:
            self.path.setText(path)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.observer.setEnabled(kind == "observer")
        self.label.setEnabled(kind != "observer")

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        try:
            self.w.load_table(Path(self.path.text().strip()))
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(
            self.tr("CSV (any encoding, comma, semicolon or tab), CSV in a .zip, or XLSX.")
        )
        current = self.kind.currentData() or self.w.initial_kind
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Official results by station"), "official")
        self.kind.addItem(self.tr("Observer copies"), "observer")
        self.kind.addItem(self.tr("Official contest totals"), "totals")
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self._kind_changed()
        self.kind_l.setText(self.tr("&What it holds:"))
        self.file_l.setText(self.tr("&File:"))
        self.browse.setText(self.tr("&Browse…"))
        self.obs_l.setText(self.tr("O&bserver:"))
        self.label_l.setText(self.tr("&Source (URL or note):"))


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.table = QTableWidget()
        self.table.setObjectName("previewTable")
        self.summary = QLabel()
        self.summary.setObjectName("mappingSummary")
        self.summary.setWordWrap(True)
        self.save = QPushButton()
        self.save.setObjectName("saveMapping")
        self.save.clicked.connect(self.save_mapping)
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.save)
        layout.addLayout(row)
        self.retranslate()

    def initializePage(self) -> None:
        w = self.w
        table, ctx = w.table, w.ctx
        assert table is not None and ctx is not None
        contest_level = w.kind() == "totals"
        roles = guess_roles(table.header, ctx, contest_level=contest_level)
        self.table.clear()
        self.table.setColumnCount(len(table.header))
        self.table.setRowCount(len(table.rows) + 1)
        self.table.setHorizontalHeaderLabels(table.header)
        self.combos = []
        for col, role in enumerate(roles):
            combo = QComboBox()
            combo.setObjectName(f"role_{col}")
            for text, code in self.role_choices(ctx, contest_level):
                combo.addItem(text, code)
            combo.setCurrentIndex(max(combo.findData(role.code), 0))
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(0, col, combo)
            self.combos.append(combo)
            for r, cells in enumerate(table.rows, start=1):
                self.table.setItem(r, col, QTableWidgetItem(cells[col] if col < len(cells) else ""))
        self.table.setVerticalHeaderLabels([self.tr("Holds")] + [str(n) for n in table.row_numbers])
        self.table.resizeColumnsToContents()
        self._update()

    def role_choices(self, ctx: ElectionContext, contest_level: bool) -> list[tuple[str, str]]:
        lang = i18n.current_language()
        out = [(self.tr("— skip —"), IGNORE)]
        if not contest_level:
            out.append((self.tr("Station code (part)"), STATION))
        out.append((self.tr("Contest"), CONTEST))
        for line in ctx.form.lines:
            out.append((f"{line.number}. {line.short_label(lang)}", f"line:{line.key}"))
        seen: set[str] = set()
        for contest in ctx.contests.values():
            for c in contest.candidates:
                if c.key in seen:
                    continue
                seen.add(c.key)
                name = (
                    c.name
                    if len(ctx.contests) == 1
                    else self.tr("ballot no. {n}").format(n=c.ballot_number)
                )
                out.append((self.tr("Candidate: {name}").format(name=name), f"candidate:{c.key}"))
        if ctx.form.against_all is not None:
            out.append((ctx.form.against_all.short_label(lang), AGAINST_ALL))
        return out

    def roles(self) -> list[Role]:
        out = []
        for combo in self.combos:
            kind, _, key = (combo.currentData() or "").partition(":")
            out.append(Role(kind, key))
        return out

    def mapping(self) -> dict[str, object]:
        w = self.w
        assert w.table is not None and w.ctx is not None
        stem = (
            "".join(ch if ch.isalnum() else "-" for ch in w.path.stem.lower()).strip("-") or "table"
        )
        return mapping_from_roles(
            f"wizard-{stem}"[:60], w.table.header, self.roles(), w.ctx.form, title=w.path.name
        )

    def _update(self) -> None:
        roles = self.roles()
        n_lines = sum(r.kind == "line" for r in roles)
        n_cands = sum(r.kind == "candidate" for r in roles)
        key = CONTEST if self.w.kind() == "totals" else STATION
        has_key = any(r.kind == key for r in roles)
        text = self.tr("{lines} lines and {cands} candidates assigned.").format(
            lines=n_lines, cands=n_cands
        )
        if not has_key:
            text += " " + (
                self.tr("Choose the contest column.")
                if key == CONTEST
                else self.tr("Choose the station code column(s).")
            )
        self.summary.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        key = CONTEST if self.w.kind() == "totals" else STATION
        roles = self.roles()
        return any(r.kind == key for r in roles) and any(
            r.kind in ("line", "candidate") for r in roles
        )

    def save_mapping(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save mapping"),
                f"{self.w.path.stem}.mapping.json",
                self.tr("Mapping (*.json)"),
            )
        if not path:
            return None
        out = Path(path)
        out.write_text(
            json.dumps(self.mapping(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        self.summary.setText(self.tr("Mapping saved: {path}").format(path=str(out)))
        return out

    def retranslate(self) -> None:
        self.setTitle(self.tr("What does each column hold?"))
        self.setSubTitle(
            self.tr(
                "Guessed from the headers; correct any column in the first row. Several "
                "station columns are joined with '/' (region/number)."
            )
        )
        self.save.setText(self.tr("&Save mapping…"))


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setObjectName("importDetails")
        self.details.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        self.done = False
        self.retranslate()

    def initializePage(self) -> None:
        self.done = False
        self.details.clear()
        self.status.setText(self.tr("Importing…"))
        self.w.start_import()

    def show_outcome(self, outcome: Outcome) -> None:
        self.done = True
        if not outcome.stored:
            self.status.setText(self.tr("Refused: nothing was stored. Fix these and import again:"))
            self.details.setPlainText("\n".join(outcome.problems))
            self.completeChanged.emit()
            return
        self.status.setText(self.tr("Stored. The whole file was checked first."))
        lines = []
        if outcome.contests:
            lines.append(
                self.tr("Contest totals stored for: {contests}").format(
                    contests=", ".join(outcome.contests)
                )
            )
        else:
            lines.append(
                self.tr(
                    "{rows} rows read: {created} new, {revised} revised, {unchanged} unchanged."
                ).format(
                    rows=outcome.rows,
                    created=outcome.created,
                    revised=outcome.revised,
                    unchanged=outcome.unchanged,
                )
            )
        if outcome.snapshot_id is not None:
            lines.append(self.tr("Official snapshot #{id}.").format(id=outcome.snapshot_id))
        if outcome.revised_stations:
            lines.append(
                self.tr("Stations whose official figures changed: {stations}").format(
                    stations=", ".join(outcome.revised_stations[:200])
                )
            )
        self.details.setPlainText("\n".join(lines))
        self.completeChanged.emit()

    def show_message(self, text: str) -> None:
        self.done = True
        self.status.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import"))


class ImportWizard(QWizard):
    imported = Signal(object)  # the Outcome of a stored import

    def __init__(
        self, db: Database, code: str | None, kind: str = "official", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.db, self.code = db, code
        self.initial_kind = kind if kind in KINDS else "official"
        self.ctx: ElectionContext | None = None
        self.table: Table | None = None
        self.path = Path()
        self.task: workers.Task | None = None
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.columns_page, self.result_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(1000, 640)
        self.retranslate()

    def kind(self) -> str:
        return str(self.file_page.kind.currentData() or self.initial_kind)

    def load_table(self, path: Path) -> None:
        self.ctx = self.ctx or load_context(self.db, self.code)
        self.table = read_table(path, limit=PREVIEW_ROWS)
        self.path = path

    def start_import(self) -> workers.Task:
        mapping = self.columns_page.mapping()
        db, code, kind, path = self.db, self.code, self.kind(), self.path
        observer = self.file_page.observer.text().strip()
        label = self.file_page.label.text().strip()

        def done(outcome: Outcome) -> None:
            self.result_page.show_outcome(outcome)
            if outcome.stored:
                self.imported.emit(outcome)

        self.task = workers.run_task(
            lambda progress: import_work(db, code, kind, path, mapping, observer, label, progress),
            parent=self,
            title=self.tr("Importing {file}").format(file=path.name),
            on_done=done,
            on_error=lambda exc: self.result_page.show_message(str(exc)),
            on_cancelled=lambda: self.result_page.show_message(
                self.tr("Cancelled: nothing was stored.")
            ),
        )
        return self.task

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import results"))
        for page in (self.file_page, self.columns_page, self.result_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
