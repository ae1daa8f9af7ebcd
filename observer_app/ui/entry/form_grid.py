"""The protocol as a column of figure fields, generated from the election's form.

Lines in protocol order, then the candidates in ballot order, then "against
all" when the form has it; each with its number, its label in the interface
language and its legal reference on hover.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from observer_app.forms import Violation
from observer_app.forms.expr import CANDIDATES
from observer_app.storage.elections import ContestInfo, ElectionContext
from observer_app.ui.entry import texts
from observer_app.ui.entry.widgets import FigureEdit


class FigureForm(QWidget):
    changed = Signal()
    field_left = Signal()
    finished = Signal()  # Enter on the last field
    input_rejected = Signal(str)  # key of the field that refused a character

    def __init__(
        self, ctx: ElectionContext, contest: ContestInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figureForm")
        self.ctx = ctx
        self.contest = contest
        self.keys = ctx.all_keys(contest)
        self.fields: dict[str, FigureEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.sections: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 8, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        row = 0
        row = self._section(grid, row, "lines")
        for line in ctx.form.lines:
            row = self._row(grid, row, line.key, line.number)
        row = self._section(grid, row, "candidates")
        for cand in contest.candidates:
            row = self._row(grid, row, cand.key, str(cand.ballot_number), cand.nomination)
        if ctx.form.against_all is not None:
            row = self._section(grid, row, "against")
            row = self._row(grid, row, ctx.form.against_all.key, ctx.form.against_all.number)
        outer.addLayout(grid)
        outer.addStretch(1)
        order = list(self.fields.values())
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)
        self.retranslate()

    def _section(self, grid: QGridLayout, row: int, name: str) -> int:
        label = QLabel()
        label.setProperty("role", "section")
        label.setObjectName(f"section_{name}")
        label.setWordWrap(True)
        grid.addWidget(label, row, 0, 1, 3)
        self.sections[name] = label
        return row + 1

    def _row(self, grid: QGridLayout, row: int, key: str, number: str, note: str = "") -> int:
        num = QLabel(number)
        num.setProperty("role", "lineno")
        num.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label = QLabel()
        label.setProperty("role", "linelabel")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        field = FigureEdit(key)
        label.setBuddy(field)
        field.textChanged.connect(self.changed)
        field.left.connect(self.field_left)
        field.advance.connect(lambda k=key: self._move(k, +1))
        field.retreat.connect(lambda k=key: self._move(k, -1))
        field.inputRejected.connect(lambda k=key: self.input_rejected.emit(k))
        grid.addWidget(num, row, 0)
        if note:
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(0)
            col.addWidget(label)
            nom = QLabel(note)
            nom.setProperty("role", "nomination")
            nom.setWordWrap(True)
            col.addWidget(nom)
            grid.addWidget(box, row, 1)
        else:
            grid.addWidget(label, row, 1)
        grid.addWidget(field, row, 2)
        self.fields[key] = field
        self.labels[key] = label
        return row + 1

    def _move(self, key: str, step: int) -> None:
        i = self.keys.index(key) + step
        if i >= len(self.keys):
            self.finished.emit()
        elif i >= 0:
            self.focus_key(self.keys[i])

    def focus_key(self, key: str) -> None:
        field = self.fields.get(key)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()

    def focused_key(self) -> str:
        for key, field in self.fields.items():
            if field.hasFocus():
                return key
        return ""

    def values(self) -> dict[str, int]:
        out = {}
        for key, field in self.fields.items():
            value = field.value()
            if value is not None:
                out[key] = value
        return out

    def set_values(self, values: Mapping[str, int]) -> None:
        for key, field in self.fields.items():
            field.blockSignals(True)
            field.set_value(values.get(key))
            field.blockSignals(False)
        self.changed.emit()

    def mark(self, violations: Iterable[Violation]) -> None:
        """Frame the fields of every violated relation (an error wins over a warning)."""
        severity: dict[str, str] = {}
        for v in violations:
            keys = [k for k in v.keys if k != CANDIDATES]
            if CANDIDATES in v.keys:
                keys += list(self.contest.candidate_keys)
            for k in keys:
                if severity.get(k) != "error":
                    severity[k] = v.severity
        for key, field in self.fields.items():
            field.set_severity(severity.get(key, ""))

    def first_key_of(self, violation: Violation) -> str:
        keys = set(violation.keys)
        if CANDIDATES in keys:
            keys |= set(self.contest.candidate_keys)
        return next((k for k in self.keys if k in keys), "")

    def retranslate(self) -> None:
        ctx, contest = self.ctx, self.contest
        self.sections["lines"].setText(self.tr("Protocol lines"))
        self.sections["candidates"].setText(ctx.form.candidates.label.get(texts.lang()))
        if "against" in self.sections:
            self.sections["against"].setText(self.tr("Against all"))
        names = {c.key: c.name for c in contest.candidates}
        for key, label in self.labels.items():
            label.setText(names.get(key) or texts.figure_name(ctx, contest, key, short=False))
            tip = texts.figure_tooltip(ctx, contest, key)
            label.setToolTip(tip)
            self.fields[key].setToolTip(tip)
            self.fields[key].setAccessibleName(label.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
