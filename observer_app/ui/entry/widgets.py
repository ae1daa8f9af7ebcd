"""Small building blocks of the entry screens: the figure field and the message banner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from observer_app.ui.entry.style import set_prop

MAX_DIGITS = 9
# digit-group separators that come with figures pasted from documents and spreadsheets:
# space, no-break space, narrow no-break space, thin space, apostrophe ("1 234", "1'234")
GROUP_SEPARATORS = str.maketrans("", "", " \u00a0\u202f\u2009'\u2019")


class FigureValidator(QValidator):
    """Whole, non-negative numbers of at most ``MAX_DIGITS`` digits.

    Digit-group separators are dropped as the text arrives, so a pasted
    "1 234" becomes 1234; anything else that is not a digit (a minus sign, a
    decimal point or comma, a letter) refuses the whole change.
    """

    def validate(self, text: str, pos: int) -> object:
        cleaned = text.translate(GROUP_SEPARATORS)
        digits = cleaned.isascii() and cleaned.isdigit()
        if len(cleaned) > MAX_DIGITS or (cleaned and not digits):
            return QValidator.State.Invalid, text, pos
        pos = len(text[:pos].translate(GROUP_SEPARATORS))  # the cursor keeps its digit
        return QValidator.State.Acceptable, cleaned, pos


class FigureEdit(QLineEdit):
    """A field that takes a whole, non-negative number and nothing else.

    The validator refuses minus signs, decimals and letters as they are typed or
    pasted (``inputRejected`` lets the form say why nothing appeared) and drops
    digit-group spaces and apostrophes, so "1 234" pasted from a document is 1234.
    Enter and the down arrow go to the next field, the up arrow to the previous.
    """

    advance = Signal()
    retreat = Signal()
    left = Signal()  # focus went elsewhere

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"figure_{key}")
        self.setProperty("figure", "true")
        self.setProperty("severity", "")
        self.setValidator(FigureValidator(self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(MAX_DIGITS * 2)  # room for pasted separators; the validator caps digits
        self.setMinimumWidth(140)
        self.setMaximumWidth(180)
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def set_severity(self, severity: str) -> None:
        """ "" (fine), "warning" or "error": the field's frame and background follow."""
        set_prop(self, "severity", severity)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.advance.emit()
            return
        if plain and key == Qt.Key.Key_Up:
            self.retreat.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class Banner(QLabel):
    """A coloured message line above the form: what just happened or what stands in the way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("role", "banner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        """``kind``: error, warning, ok or info."""
        set_prop(self, "kind", kind)
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    @property
    def kind(self) -> str:
        return str(self.property("kind") or "")


class HeaderBar(QWidget):
    """Title, a line of details under it, and a coloured badge on the right."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = QLabel()
        self.title.setObjectName(f"{name}Title")
        self.title.setProperty("role", "title")
        self.subtitle = QLabel()
        self.subtitle.setObjectName(f"{name}Subtitle")
        self.subtitle.setProperty("role", "subtitle")
        self.subtitle.setWordWrap(True)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        row.addLayout(titles, 1)
        self.badge = QLabel()
        self.badge.setObjectName(f"{name}Badge")
        self.badge.setProperty("role", "badge")
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)

    def set_texts(self, title: str, subtitle: str, badge: str, kind: str) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.badge.setText(badge)
        set_prop(self.badge, "kind", kind)
