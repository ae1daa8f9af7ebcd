"""Starting the GUI: the application object, its language, the error hook and the main window."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from observer_app import APP_ID, APP_NAME, __version__
from observer_app.paths import resources_dir
from observer_app.ui import errors, i18n
from observer_app.ui.main_window import MainWindow
from observer_app.ui.settings import Settings

_IMPORTED = time.perf_counter()


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


READY_PROBE = "OBSERVER_APP_READY_PROBE"


def run_gui(db: str | None) -> int:
    """``observer-app [--db PATH|URL]``: run the desktop app until its window closes.

    With ``OBSERVER_APP_READY_PROBE=1`` in the environment (the start-up
    benchmark, or anyone checking a slow start) the app prints how long after
    process start its window became usable and quits: see :func:`probe_ready`.
    """
    app = make_application()
    errors.install_excepthook()
    window = start(db)
    if os.environ.get(READY_PROBE):
        probe_ready(app, window)
    QTimer.singleShot(0, gc.enable)  # off while starting (observer_app.cli.run)
    code = app.exec()
    del window
    return int(code)


def probe_ready(app: QApplication, window: MainWindow) -> None:
    """Print "ready after S s" once the window is usable, then quit.

    Usable: the main window is shown, the database is open and the station list
    (or the welcome page) is on screen, and the event loop has gone idle (a
    zero-time timer fires only after the pending events are processed). The
    time counts from the process's start as the OS recorded it, so the
    interpreter's own start-up and every import are included.
    """

    def idle() -> None:
        age, cpu = process_age(), time.process_time()
        print(f"ready after {age:.3f} s (cpu {cpu:.3f} s)", flush=True)
        app.quit()

    window.databaseOpened.connect(lambda: QTimer.singleShot(0, idle))


def process_age() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since import)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start, in ticks
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED
