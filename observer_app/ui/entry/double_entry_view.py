"""Comparing a blind second entry with the first, and resolving each difference.

The differing figures are shown side by side with the photo; the operator
picks the first or second value (a click or Space) or types the right one
with a reason. Applying stores one resolution per figure and a new revision
of the observer's tally holding the resolved figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from observer_app.entry.double_entry import Difference, DoubleEntry, compare
from observer_app.entry.photos import station_photos
from observer_app.entry.resolution import Decision, resolve_double_entry
from observer_app.entry.saving import readiness, station_details
from observer_app.errors import UserError
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.ui.entry import texts
from observer_app.ui.entry.checks_panel import ChecksPanel
from observer_app.ui.entry.error_rates_dialog import ErrorRatesDialog
from observer_app.ui.entry.photo_viewer import PhotoPanel
from observer_app.ui.entry.style import SHEET, set_prop
from observer_app.ui.entry.widgets import Banner, FigureEdit, HeaderBar


def _shown(value: int | None) -> str:
    return "—" if value is None else str(value)


@dataclass
class _Row:
    diff: Difference
    label: QLabel
    first: QPushButton
    second: QPushButton
    value: FigureEdit
    reason: QLineEdit


class DoubleEntryView(QWidget):
    resolved = Signal(str)  # station code
    closed = Signal()

    def __init__(
        self,
        db: Database,
        ctx: ElectionContext,
        station_code: str,
        operator: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("doubleEntryView")
        self.setStyleSheet(SHEET)
        self.db, self.ctx = db, ctx
        self.station_code, self.operator = station_code, operator
        self.station = ctx.stations[station_code]
        self.contest = ctx.contest_of(self.station)
        self.details = station_details(db, ctx, station_code)
        self.comparison: DoubleEntry | None = None
        self.rows: list[_Row] = []
        self.rates_dialog: ErrorRatesDialog | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(10, 8, 10, 8)
        self.header = HeaderBar("doubleHeader")
        root.addWidget(self.header)
        self.banner = Banner()
        root.addWidget(self.banner)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.photos = PhotoPanel(db, can_attach=False)
        split.addWidget(self.photos)
        right = QWidget()
        col = QVBoxLayout(right)
        col.setContentsMargins(6, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("doubleSummary")
        self.summary.setProperty("role", "subtitle")
        self.summary.setWordWrap(True)
        col.addWidget(self.summary)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(4, 2)
        self.grid.setColumnMinimumWidth(0, 230)
        scroll.setWidget(self.body)
        col.addWidget(scroll, 3)
        self.checks = ChecksPanel(ctx.form, title=lambda: self.tr("Checks of the resolved figures"))
        self.checks.setMaximumHeight(260)
        col.addWidget(self.checks)
        buttons = QHBoxLayout()
        self.rates_button = QPushButton()
        self.rates_button.setObjectName("ratesButton")
        self.rates_button.clicked.connect(self.show_error_rates)
        buttons.addWidget(self.rates_button)
        buttons.addStretch(1)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setProperty("role", "primary")
        self.apply_button.setAutoDefault(True)
        self.apply_button.clicked.connect(self.apply)
        buttons.addWidget(self.apply_button)
        col.addLayout(buttons)
        split.addWidget(right)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 6)
        split.setSizes([470, 930])
        root.addWidget(split, 1)
        self.apply_action = QAction(self)
        self.apply_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+S")])
        self.apply_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.apply_action.triggered.connect(self.apply)
        self.addAction(self.apply_action)
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence("Esc"))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_action.triggered.connect(self.closed)
        self.addAction(self.close_action)
        self.reload()

    # -- content -----------------------------------------------------------------------------

    def name_of(self, key: str) -> str:
        number = texts.figure_number(self.ctx, key)
        name = texts.figure_name(self.ctx, self.contest, key, short=False)
        return f"{number}. {name}" if number else name

    def reload(self) -> None:
        self.comparison = compare(self.db, self.ctx, self.station_code)
        self.photos.set_photos(station_photos(self.db, self.station.id))
        self._fill()
        self.retranslate()

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self.rows = []

    def _fill(self) -> None:
        self._clear()
        cmp = self.comparison
        if cmp is None:
            return
        self.headings = [QLabel() for _ in range(5)]
        for i, h in enumerate(self.headings):
            h.setProperty("role", "section")
            h.setWordWrap(True)
            self.grid.addWidget(h, 0, i)
        row = 1
        previous: QWidget | None = None
        for d in cmp.differences:
            label = QLabel(self.name_of(d.key))
            label.setProperty("role", "linelabel")
            label.setWordWrap(True)
            label.setToolTip(texts.figure_tooltip(self.ctx, self.contest, d.key))
            first = self._choice(d.first)
            second = self._choice(d.second)
            value = FigureEdit(d.key)
            value.setObjectName(f"resolved_{d.key}")
            value.setMaximumWidth(170)
            reason = QLineEdit()
            reason.setMinimumWidth(200)
            reason.setObjectName(f"reason_{d.key}")
            reason.setMaxLength(500)
            r = _Row(d, label, first, second, value, reason)
            first.clicked.connect(lambda _c=False, r=r: self._pick(r, r.diff.first))
            second.clicked.connect(lambda _c=False, r=r: self._pick(r, r.diff.second))
            value.textChanged.connect(lambda _t, r=r: self._typed(r))
            value.advance.connect(lambda r=r: r.reason.setFocus())
            if d.resolution is not None:
                value.set_value(d.resolution.value)
                reason.setText(d.resolution.reason)
                for w in (first, second, value, reason):
                    w.setEnabled(False)
                self._typed(r)
            for col, w in enumerate((label, first, second, value, reason)):
                self.grid.addWidget(w, row, col)
            for w in (first, second, value, reason):
                if previous is not None:
                    QWidget.setTabOrder(previous, w)
                previous = w
            self.rows.append(r)
            row += 1
        self.grid.setRowStretch(row, 1)
        open_rows = [r for r in self.rows if r.first.isEnabled()]
        if open_rows:
            open_rows[0].first.setFocus()
        self._preview()

    def _choice(self, value: int | None) -> QPushButton:
        b = QPushButton(_shown(value))
        b.setProperty("role", "choice")
        b.setCheckable(True)
        b.setAutoDefault(True)
        b.setEnabled(value is not None)
        return b

    def _pick(self, r: _Row, value: int | None) -> None:
        r.value.set_value(value)
        self._typed(r)

    def _typed(self, r: _Row) -> None:
        v = r.value.value()
        r.first.setChecked(v is not None and v == r.diff.first)
        r.second.setChecked(v is not None and v == r.diff.second)
        corrected = v is not None and v not in (r.diff.first, r.diff.second)
        set_prop(r.reason, "needed", "yes" if corrected else "")
        r.reason.setPlaceholderText(
            self.tr("Reason (required)") if corrected else self.tr("Reason (optional)")
        )
        self._preview()

    def resolved_values(self) -> dict[str, int]:
        """The observer's figures with every chosen value applied (a preview of the result)."""
        values = dict(self.comparison.current) if self.comparison else {}
        for r in self.rows:
            v = r.value.value()
            if v is not None:
                values[r.diff.key] = v
        return values

    def _preview(self) -> None:
        ready = readiness(self.ctx, self.station_code, self.resolved_values())
        self.checks.set_result(ready.violations, len(ready.blanks))

    # -- actions -----------------------------------------------------------------------------

    def decisions(self) -> list[Decision] | None:
        """The decisions typed so far, or None after telling the user what is missing."""
        out = []
        for r in self.rows:
            if not r.value.isEnabled():
                continue
            v = r.value.value()
            if v is None:
                self.banner.show_message(
                    "error",
                    self.tr("Choose or type the right value for: {figure}.").format(
                        figure=self.name_of(r.diff.key)
                    ),
                )
                r.first.setFocus()
                return None
            reason = r.reason.text().strip()
            if v not in (r.diff.first, r.diff.second) and not reason:
                self.banner.show_message(
                    "error",
                    self.tr(
                        "{figure}: {value} is neither entry's value. Say why in the reason "
                        "field (for example, what the photo shows)."
                    ).format(figure=self.name_of(r.diff.key), value=v),
                )
                r.reason.setFocus()
                return None
            out.append(Decision(r.diff.key, v, reason))
        return out

    def apply(self) -> bool:
        if self.comparison is None or not self.comparison.unresolved:
            return False
        decisions = self.decisions()
        if decisions is None:
            return False
        try:
            after = resolve_double_entry(
                self.db,
                self.ctx,
                self.station_code,
                decisions,
                self.operator,
                lang=texts.lang(),
            )
        except UserError as exc:
            self.banner.show_message("error", self.tr("Not resolved: {error}").format(error=exc))
            return False
        self.reload()
        self.banner.show_message(
            "ok",
            self.tr(
                "Resolved. The observer's tally now holds the resolved figures; each decision "
                "is recorded with your name and reason."
            ),
        )
        if after.state == "resolved":
            self.resolved.emit(self.station_code)
        return True

    def show_error_rates(self) -> ErrorRatesDialog:
        self.rates_dialog = ErrorRatesDialog(self.db, self.ctx, self)
        self.rates_dialog.open()
        return self.rates_dialog

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        d, cmp = self.details, self.comparison
        where = " · ".join(p for p in (d.name, d.address, d.contest) if p)
        if cmp is None:
            badge, kind = self.tr("Not comparable yet"), ""
        elif cmp.state == "differing":
            badge = self.tr("%n difference(s) to resolve", "", len(cmp.unresolved))
            kind = "differing"
        elif cmp.state == "resolved":
            badge, kind = self.tr("All differences resolved"), "resolved"
        else:
            badge, kind = self.tr("Entries match"), "matching"
        self.header.set_texts(
            self.tr("Double entry: polling station {code}").format(code=d.code), where, badge, kind
        )
        if cmp is None:
            self.summary.setText(
                self.tr(
                    "This station needs both the observer's entry and a blind second entry "
                    "before they can be compared."
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "First entry: {first} (revision {r1}) · Second entry: {second} "
                    "(revision {r2}) · {same} figures match"
                ).format(
                    first=cmp.first.operator or "—",
                    r1=cmp.first.revision,
                    second=cmp.second.operator or "—",
                    r2=cmp.second.revision,
                    same=cmp.matching,
                )
            )
        if cmp is not None and not cmp.differences:
            self.banner.show_message(
                "ok", self.tr("Both entries have the same figures: nothing to resolve.")
            )
        if self.rows:
            heads = (
                self.tr("Figure"),
                self.tr("First entry"),
                self.tr("Second entry"),
                self.tr("Right value"),
                self.tr("Reason"),
            )
            for h, text in zip(self.headings, heads, strict=True):
                h.setText(text)
            for r in self.rows:
                r.label.setText(self.name_of(r.diff.key))
                r.first.setToolTip(self.tr("Take the first entry's value"))
                r.second.setToolTip(self.tr("Take the second entry's value"))
                r.value.setToolTip(self.tr("The value the paper protocol shows"))
                if r.diff.resolution is not None:
                    res = r.diff.resolution
                    r.reason.setToolTip(
                        self.tr("Resolved by {who} on {when}").format(
                            who=res.resolved_by, when=texts.when(res.resolved_at)
                        )
                    )
                self._typed(r)
        self.apply_button.setText(self.tr("Apply resolution"))
        self.apply_button.setToolTip(self.tr("Store the chosen values (Ctrl+Enter)"))
        self.apply_button.setEnabled(bool(cmp and cmp.unresolved))
        self.rates_button.setText(self.tr("Operator error rates…"))
        self.apply_action.setText(self.tr("Apply resolution"))
        self.close_action.setText(self.tr("Back to the station list"))
        self.photos.retranslate()
        self.checks.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys that reach the view without the shortcut map (embedded or in tests)."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        elif ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_S):
            self.apply()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
