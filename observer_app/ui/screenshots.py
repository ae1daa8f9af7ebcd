"""Renders of the main window for the README: ``python -m observer_app.ui.screenshots [DIR]``.

Builds the synthetic demo in a temporary database, opens the real main window
offscreen, finds a station the way a user would, and saves
``main-window-<lang>.png`` and ``welcome-<lang>.png`` in English, Russian and
Kazakh (default folder: ``docs``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def _wait(signal: object, timeout_ms: int = 60_000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _varied_contest(nav: object) -> int:
    """The row of the contest list whose stations show the most different statuses."""
    model = nav.model  # type: ignore[attr-defined]
    index = model._index
    kinds: dict[int, set[int]] = {}
    for row, cid in enumerate(index.contest_ids):
        kinds.setdefault(cid, set()).add(model._status_of_row[row])
    best = max(kinds, key=lambda cid: (len(kinds[cid]), -cid))
    tree = nav.contest_list  # type: ignore[attr-defined]
    from PySide6.QtCore import Qt

    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == best:
            return i
    return 0


def render(out: Path, languages: tuple[str, ...] = ("en", "ru", "kk")) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from observer_app.demo import create_demo
    from observer_app.storage.db import Database
    from observer_app.ui import i18n
    from observer_app.ui.app import make_application
    from observer_app.ui.main_window import MainWindow
    from observer_app.ui.settings import Settings

    make_application()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("OBSERVER_APP_DATA_DIR", tmp)
        empty = Path(tmp) / "empty.sqlite3"
        path = Path(tmp) / "demo.sqlite3"
        db = Database.open(path)
        create_demo(db)
        db.close()
        for lang in languages:
            settings = Settings(Path(tmp) / f"settings-{lang}.ini")
            settings.operator = "Айгерим Нұрланқызы"
            i18n.install_language(lang)
            window = MainWindow(settings)
            window.first_start_offer = False
            window.resize(1280, 800)
            window.show()
            window.open_database(str(empty))
            _wait(window.databaseOpened)
            QApplication.processEvents()
            target = out / f"welcome-{lang}.png"
            window.grab().save(str(target))
            written.append(target)
            window.open_database(str(path))
            _wait(window.statusesReady)
            nav = window.navigator
            nav.contest_list.setCurrentItem(nav.contest_list.topLevelItem(_varied_contest(nav)))
            nav.select_view_row(min(3, nav.model.rowCount() - 1))
            nav.view.setFocus()
            QApplication.processEvents()
            target = out / f"main-window-{lang}.png"
            window.grab().save(str(target))
            written.append(target)
            window.close()
            window.deleteLater()
            QApplication.processEvents()
    i18n.install_language("en")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="docs", type=Path)
    parser.add_argument("--lang", action="append", choices=("en", "ru", "kk"))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render(args.out, tuple(args.lang or ("en", "ru", "kk"))):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
