"""Starting the GUI: the application object, its language, the error hook and the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from observer_app import APP_ID, APP_NAME, __version__
from observer_app.paths import resources_dir
from observer_app.ui import errors, i18n
from observer_app.ui.main_window import MainWindow
from observer_app.ui.settings import Settings


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        path = resources_dir() / "icons" / f"observer-app-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the app's names and icon (reused when one exists, as in tests)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def start(db: str | None, settings: Settings | None = None) -> MainWindow:
    """Language from the settings, the main window shown, the database opening in a worker."""
    settings = settings or Settings()
    i18n.install_language(settings.language)
    window = MainWindow(settings)
    window.show()
    location = db if db is not None else (settings.last_database or None)
    last = settings.last_database
    if db is None and last and "://" not in last and not os.path.exists(last):
        location = None  # the last file was moved or deleted: back to the default
    window.open_database(location)
    return window


def run_gui(db: str | None) -> int:
    """``observer-app [--db PATH|URL]``: run the desktop app until its window closes."""
    app = make_application()
    errors.install_excepthook()
    window = start(db)
    code = app.exec()
    del window
    return int(code)
