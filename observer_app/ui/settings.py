"""The user's settings (QSettings in an INI file) and the Settings dialog.

Settings live in ``settings.ini`` in the platform's config folder. When
``OBSERVER_APP_DATA_DIR`` is set (a portable install on a USB stick, and every
test) they live beside the data instead, so one folder holds everything and
tests never touch the real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from observer_app import APP_ID
from observer_app.paths import user_data_dir
from observer_app.ui import i18n

MAX_RECENT = 8


def settings_path() -> Path:
    if os.environ.get("OBSERVER_APP_DATA_DIR"):
        return user_data_dir() / "settings.ini"
    folder = Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "settings.ini"


class Settings:
    """Typed access to the settings the app keeps between runs."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _str(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        """The UI language (en, ru, kk); the system's when never chosen."""
        lang = self._str("ui/language")
        return lang if lang in i18n.LANGUAGES else i18n.system_language()

    @language.setter
    def language(self, lang: str) -> None:
        self.store.setValue("ui/language", lang)

    @property
    def operator(self) -> str:
        """The name saved with every entry this person makes."""
        return self._str("entry/operator").strip()

    @operator.setter
    def operator(self, name: str) -> None:
        self.store.setValue("entry/operator", name.strip())

    @property
    def last_database(self) -> str:
        return self._str("database/last")

    @property
    def recent_databases(self) -> list[str]:
        value = self.store.value("database/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(v) for v in items if v][:MAX_RECENT]

    def remember_database(self, location: str) -> None:
        """Make ``location`` the last database and the first of the recent ones."""
        recent = [location] + [d for d in self.recent_databases if d != location]
        self.store.setValue("database/recent", recent[:MAX_RECENT])
        self.store.setValue("database/last", location)

    def forget_database(self, location: str) -> None:
        self.store.setValue("database/recent", [d for d in self.recent_databases if d != location])
        if self.last_database == location:
            self.store.remove("database/last")

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self.store.value("window/geometry")
        state = self.store.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def sync(self) -> None:
        self.store.sync()


class SettingsDialog(QDialog):
    """Language and operator name; applied when the user presses OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(i18n.LANGUAGES).index(i18n.current_language()))
        self.operator = QLineEdit(settings.operator)
        self.operator.setObjectName("operatorEdit")
        self.operator.setMaxLength(200)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.operator_label = QLabel()
        self.operator_label.setBuddy(self.operator)
        form.addRow(self.language_label, self.language)
        form.addRow(self.operator_label, self.operator)
        layout.addLayout(form)
        self.operator_hint = QLabel()
        self.operator_hint.setWordWrap(True)
        self.operator_hint.setEnabled(False)
        layout.addWidget(self.operator_hint)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setEnabled(False)
        layout.addWidget(self.where)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.operator_label.setText(self.tr("&Operator name:"))
        self.operator.setPlaceholderText(self.tr("Your name as it should appear in the records"))
        self.operator_hint.setText(
            self.tr(
                "The operator name is stored with every protocol you enter or correct, "
                "so a coordinator can trace each figure back to who typed it."
            )
        )
        self.where.setText(self.tr("Settings file: {path}").format(path=self.settings.path))

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        self.settings.operator = self.operator.text()
        self.settings.language = self.chosen_language()
        self.settings.sync()
        i18n.install_language(self.chosen_language())
        super().accept()
