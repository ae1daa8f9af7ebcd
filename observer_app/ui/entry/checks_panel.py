"""The list of broken control relations, in words and numbers, updated on every keystroke."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from observer_app.forms import ProtocolForm, Violation
from observer_app.ui.entry import texts
from observer_app.ui.entry.style import set_prop


class ViolationCard(QFrame):
    """One violation: its kind, the rule in words, and the numbers that break it."""

    clicked = Signal(object)  # the Violation

    def __init__(self, violation: Violation, form: ProtocolForm, parent: QWidget | None = None):
        super().__init__(parent)
        self.violation = violation
        kind = "error" if violation.is_error else "warning"
        self.setObjectName(f"violation_{violation.rule}")
        self.setProperty("role", "card")
        self.setProperty("kind", kind)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(3)
        self.title = QLabel()
        self.title.setProperty("role", "cardtitle")
        self.title.setProperty("kind", kind)
        self.title.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setObjectName("explain")
        self.explain.setProperty("role", "explain")
        self.explain.setWordWrap(True)
        self.message = QLabel()
        self.message.setProperty("role", "cardtext")
        self.message.setWordWrap(True)
        for w in (self.title, self.explain, self.message):
            w.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(w)
        self.retranslate(form)

    def retranslate(self, form: ProtocolForm) -> None:
        v, lang = self.violation, texts.lang()
        self.title.setText(self.tr("Error") if v.is_error else self.tr("Warning"))
        explained = v.explain(form, lang)
        self.explain.setText(explained[:1].upper() + explained[1:])
        self.message.setText(v.message(lang))
        self.setToolTip(self.tr("Click to go to the first field of this check"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.violation)
        super().mousePressEvent(event)


class ChecksPanel(QWidget):
    """Summary line plus one card per violation, errors first."""

    violation_clicked = Signal(object)

    def __init__(
        self,
        form: ProtocolForm,
        parent: QWidget | None = None,
        *,
        title: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checksPanel")
        self.form = form
        self.title = title
        self.violations: list[Violation] = []
        self.blanks = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        outer.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setObjectName("checksSummary")
        self.summary.setProperty("role", "banner")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        self.cards_layout = QVBoxLayout(body)
        self.cards_layout.setContentsMargins(0, 4, 0, 0)
        self.cards_layout.setSpacing(6)
        self.cards_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.cards: list[ViolationCard] = []
        self.retranslate()

    def set_result(self, violations: Sequence[Violation], blanks: int) -> None:
        ordered = sorted(violations, key=lambda v: (not v.is_error,))
        same = [(v.rule, v.lhs, v.rhs) for v in ordered] == [
            (v.rule, v.lhs, v.rhs) for v in self.violations
        ]
        self.violations = ordered
        self.blanks = blanks
        if not same:
            for card in self.cards:
                card.deleteLater()
            self.cards = []
            for i, v in enumerate(ordered):
                card = ViolationCard(v, self.form)
                card.clicked.connect(self.violation_clicked)
                self.cards_layout.insertWidget(i, card)
                self.cards.append(card)
        self._summarise()

    @property
    def errors(self) -> int:
        return sum(1 for v in self.violations if v.is_error)

    @property
    def warnings(self) -> int:
        return len(self.violations) - self.errors

    def _summarise(self) -> None:
        errors, warnings = self.errors, self.warnings
        parts = []
        if errors:
            parts.append(self.tr("%n error(s)", "", errors))
        if warnings:
            parts.append(self.tr("%n warning(s)", "", warnings))
        if errors or warnings:
            text = ", ".join(parts)
            if self.blanks:
                text += " · " + texts.blank_count(self.blanks)
            kind = "error" if errors else "warning"
        elif self.blanks:
            text = self.tr("No broken checks so far.") + " " + texts.blank_count(self.blanks)
            kind = "info"
        else:
            text = self.tr("All checks pass.")
            kind = "ok"
        self.summary.setText(text)
        set_prop(self.summary, "kind", kind)

    def retranslate(self) -> None:
        self.heading.setText(self.title() if self.title else self.tr("Checks"))
        for card in self.cards:
            card.retranslate(self.form)
        self._summarise()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
