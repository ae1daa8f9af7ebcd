"""Renders of the coordinator's windows for the docs: python -m observer_app.ui.merge.screenshots

Builds a small synthetic election in a temporary folder: two observers whose
copies of a station differ, one whose key is not accepted yet, one damaged
file; merges them through the real dialogs offscreen and saves
``coordinator-<window>-<lang>.png`` in English, Russian and Kazakh (default
folder: ``docs``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

STATIONS = ("001", "002", "003", "004", "005")


def _scene(tmp: Path) -> tuple[object, object, Path]:
    from observer_app import identity
    from observer_app.domain.inputs import ElectionIn, validated
    from observer_app.forms import load_form
    from observer_app.packages import export_package
    from observer_app.packages.register import add_observer
    from observer_app.storage.db import Database
    from observer_app.storage.elections import create_election, load_context
    from observer_app.storage.tallies import Provenance, save_tally

    data = {
        "code": "demo-akim",
        "name": "Akim of Saryarqa district (synthetic demo)",
        "country": "KZ",
        "held_on": "2023-11-05",
        "form": "kz-akim-2023",
        "synthetic": True,
        "contests": [
            {
                "code": "SARY",
                "name": "Saryarqa district",
                "candidates": [
                    {"ballot_number": 1, "name": "Ерлан Омаров"},
                    {"ballot_number": 2, "name": "Гүлнар Сейітова"},
                ],
            }
        ],
        "stations": [{"code": c, "contest": "SARY", "registered_voters": 1200} for c in STATIONS],
    }
    election = validated(ElectionIn, data, "screenshots")

    def database(path: Path) -> tuple[Database, object]:
        db = Database.open(path)
        create_election(db, election, load_form("kz-akim-2023"))
        return db, load_context(db)

    base = {"V": 1200, "R": 1000, "I": 720, "I_out": 20, "C": 280, "B": 720, "N": 12}
    figures = {
        "Айгерім Сапарова": base | {"#1": 410, "#2": 268, "A": 30},
        "Болат Нұрланов": base | {"N": 14, "#1": 408, "#2": 268, "A": 30},
        "Chingiz Abenov": base | {"#1": 410, "#2": 268, "A": 30},
    }
    inbox = tmp / "inbox"
    inbox.mkdir()
    coordinator, ctx = database(tmp / "coordinator.sqlite3")
    for n, (name, values) in enumerate(figures.items()):
        db, octx = database(tmp / f"o{n}.sqlite3")
        prov = Provenance(entered_by=name.split()[0].lower(), machine=f"laptop-{n}", origin="gui")
        for code in STATIONS[: 3 - n] if n < 2 else STATIONS[3:]:
            first = values | {"N": values["N"] - 1} if code == "001" else values
            saved = save_tally(db, octx, code, "observer", first, prov, observer=name)  # type: ignore[arg-type]
            if first is not values:  # a recount: the history shows two revisions
                recount = Provenance(prov.entered_by, prov.machine, "gui", note="recount")
                save_tally(db, octx, code, "observer", values, recount, tally_uid=saved.uid)  # type: ignore[arg-type]
        me = identity.create(name, "Erkin Saylau", folder=tmp / f"key{n}")
        export_package(db, octx, inbox / f"{name.split()[0]}.oapkg", me)  # type: ignore[arg-type]
        if n < 2:
            add_observer(coordinator, me.fingerprint, name, "Erkin Saylau")
        db.close()
    (inbox / "received-by-messenger.oapkg").write_bytes(
        (inbox / "Chingiz.oapkg").read_bytes()[:900]
    )
    return coordinator, ctx, inbox


def render(out: Path, languages: tuple[str, ...] = ("en", "ru", "kk")) -> list[Path]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from observer_app.ui import i18n
    from observer_app.ui.app import make_application
    from observer_app.ui.merge.audit_view import AuditLogDialog
    from observer_app.ui.merge.conflicts_view import ConflictsDialog
    from observer_app.ui.merge.export_dialog import ExportDialog
    from observer_app.ui.merge.history_view import TallyHistoryDialog
    from observer_app.ui.merge.merge_dialog import MergeDialog
    from observer_app.ui.merge.register_view import ObserverRegisterDialog

    def wait(task: object) -> None:
        loop = QEventLoop()
        task.finished.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(60_000, loop.quit)
        if task.running:  # type: ignore[attr-defined]
            loop.exec()

    make_application()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["OBSERVER_APP_DATA_DIR"] = str(Path(tmp) / "userdata")
        db, ctx, inbox = _scene(Path(tmp))
        merge = MergeDialog(db)  # type: ignore[arg-type]
        merge.add_paths([inbox])
        merge.show()
        task = merge.start_merge()
        wait(task)
        register = ObserverRegisterDialog(db)  # type: ignore[arg-type]
        conflicts = ConflictsDialog(db, ctx)  # type: ignore[arg-type]
        conflicts.editors["N"].setValue(14)
        conflicts.reason.setText("Фото протокола: 14 / the photo shows 14")
        history = TallyHistoryDialog(db, ctx, "001")  # type: ignore[arg-type]
        audit_log = AuditLogDialog(db)  # type: ignore[arg-type]
        wait(audit_log.verify())
        from observer_app.storage.db import Database
        from observer_app.storage.elections import load_context

        observer_db = Database.open(Path(tmp) / "o0.sqlite3")  # the observer's own database
        export = ExportDialog(observer_db, load_context(observer_db), folder=Path.home())
        export.name.setText("Айгерім Сапарова")
        export.organisation.setText("Erkin Saylau")
        windows = {
            "merge": merge,
            "register": register,
            "conflicts": conflicts,
            "history": history,
            "audit": audit_log,
            "export": export,
        }
        for lang in languages:
            i18n.install_language(lang)
            for name, window in windows.items():
                window.show()
                QApplication.processEvents()
                path = out / f"coordinator-{name}-{lang}.png"
                window.grab().save(str(path))
                written.append(path)
        i18n.install_language("en")
        for window in windows.values():
            window.close()
        db.close()  # type: ignore[attr-defined]
        observer_db.close()
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
