"""First start: a database without an election offers the demo, an import, or another database.

The same :class:`WelcomePanel` is the main window's page while the open
database holds no election, and the body of :class:`WelcomeDialog`, shown once
when the app starts on an empty database.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from observer_app import APP_NAME

DEMO, IMPORT, OPEN = "demo", "import", "open"


class WelcomePanel(QFrame):
    """Three big choices; ``chosen`` carries ``"demo"``, ``"import"`` or ``"open"``."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.database = QLabel()
        self.database.setObjectName("welcomeDatabase")
        self.database.setWordWrap(True)
        self.database.setEnabled(False)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demo_button = self._choice(DEMO)
        self.demo_note = self._note()
        self.import_button = self._choice(IMPORT)
        self.import_note = self._note()
        self.open_button = self._choice(OPEN)
        self.open_note = self._note()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        for button, note in (
            (self.demo_button, self.demo_note),
            (self.import_button, self.import_note),
            (self.open_button, self.open_note),
        ):
            layout.addWidget(button)
            layout.addWidget(note)
            layout.addSpacing(6)
        layout.addStretch(1)
        layout.addWidget(self.database)
        self.demo_button.setDefault(True)
        self.retranslate()

    def _choice(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"welcome_{name}")
        button.setMinimumHeight(40)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setStyleSheet("QPushButton { text-align: left; padding: 6px 14px; }")
        button.clicked.connect(lambda: self.chosen.emit(name))
        return button

    def _note(self) -> QLabel:
        note = QLabel()
        note.setWordWrap(True)
        note.setContentsMargins(16, 0, 0, 0)
        palette = note.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        note.setPalette(palette)
        return note

    def set_database(self, name: str) -> None:
        self._database_name = name
        self.database.setText(self.tr("Database: {name}").format(name=name))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.intro.setText(
            self.tr(
                "This database holds no election yet. Start with the demo to see how the app "
                "works, or bring in the election you observe."
            )
        )
        self.demo_button.setText(self.tr("&Open the synthetic demo"))
        self.demo_note.setText(
            self.tr(
                "The shape of Kazakhstan's akim elections of 5 November 2023: 45 contests and "
                "1,491 stations with invented candidates and figures, a few planted errors to "
                "find. Never publish its figures."
            )
        )
        self.import_button.setText(self.tr("&Import an election…"))
        self.import_note.setText(
            self.tr(
                "From an election definition (JSON) or a results table (CSV, XLSX, ZIP) with one "
                "row per polling station."
            )
        )
        self.open_button.setText(self.tr("Open another &database…"))
        self.open_note.setText(
            self.tr("A database file a colleague gave you, or the team's server database.")
        )
        if hasattr(self, "_database_name"):
            self.set_database(self._database_name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WelcomeDialog(QDialog):
    """The first-start offer; ``choice`` holds what was picked (empty when closed)."""

    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.choice = ""
        self.setMinimumWidth(560)
        self.panel = WelcomePanel(self)
        self.panel.set_database(database_name)
        self.panel.chosen.connect(self._chosen)
        self.later = QPushButton()
        self.later.setObjectName("welcome_later")
        self.later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.panel)
        row = QVBoxLayout()
        row.setContentsMargins(32, 0, 32, 0)
        row.addWidget(self.later, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)
        self.retranslate()

    def _chosen(self, name: str) -> None:
        self.choice = name
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.later.setText(self.tr("Not now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
