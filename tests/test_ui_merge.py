"""The coordinator's windows driven offscreen: merge (files, folder, drop), export, register with
fingerprint check, differing copies, tally history, audit history, and their menu entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from observer_app import identity
from observer_app.conflicts import flagged_stations
from observer_app.domain import tables as t
from observer_app.packages import merge_packages
from observer_app.packages.register import add_observer
from observer_app.packages.verify import open_package
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext, load_context
from observer_app.ui.merge.audit_view import AuditLogDialog
from observer_app.ui.merge.conflicts_view import ConflictsDialog
from observer_app.ui.merge.export_dialog import ExportDialog
from observer_app.ui.merge.history_view import TallyHistoryDialog
from observer_app.ui.merge.merge_dialog import MergeDialog
from observer_app.ui.merge.register_view import ConfirmFingerprintDialog, ObserverRegisterDialog
from tests.factories import kz_values, small_kz_election
from tests.packages_support import attach_photo, enter, export, fake_jpeg, make_identity
from tests.ui_helpers import type_text

pytestmark = pytest.mark.gui


class Scene:
    """Two observers who disagree on C1-001, one unknown observer, one damaged file."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.db = Database.open(tmp / "coordinator.sqlite3")
        self.ctx: ElectionContext = small_kz_election(self.db)
        self.folder = tmp / "inbox"
        self.folder.mkdir()
        self.ids = {}
        for name, values in (("Aigerim", kz_values()), ("Bolat", kz_values(N=12, B=642))):
            odb = Database.open(tmp / f"{name}.sqlite3")
            octx = small_kz_election(odb)
            tally = enter(odb, octx, "C1-001", name, values)
            enter(
                odb, octx, "C1-001", name, values | {"A": 31, "B": values["B"] + 1}, uid=tally.uid
            )
            attach_photo(odb, tally.uid, fake_jpeg(name))
            me = make_identity(tmp / f"key-{name}", name)
            self.ids[name] = me
            export(odb, octx, me, self.folder / f"{name}.oapkg")
            add_observer(self.db, me.fingerprint, name, "Test NGO")
        cdb = Database.open(tmp / "c.sqlite3")
        cctx = small_kz_election(cdb)
        enter(cdb, cctx, "C2-001", "Chingiz", {"V": 1000, "#3": 9})
        self.chingiz = make_identity(tmp / "key-c", "Chingiz")
        export(cdb, cctx, self.chingiz, self.folder / "Chingiz.oapkg")
        damaged = self.folder / "damaged.oapkg"
        damaged.write_bytes((self.folder / "Aigerim.oapkg").read_bytes()[:300])


@pytest.fixture
def scene(tmp_path: Path) -> Scene:
    return Scene(tmp_path)


def _merged(scene: Scene) -> None:
    merge_packages(scene.db, sorted(scene.folder.glob("*.oapkg")))


def test_merge_dialog_shows_a_result_per_package(qtbot: QtBot, scene: Scene) -> None:
    dialog = MergeDialog(scene.db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([scene.folder])
    assert dialog.list.count() == 4 and dialog.merge_button.isEnabled()
    task = dialog.start_merge()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    rows = {
        dialog.results.item(r, 0).text(): dialog.results.item(r, 1).text()
        for r in range(dialog.results.rowCount())
    }
    assert rows == {
        "Aigerim.oapkg": "Merged",
        "Bolat.oapkg": "Merged",
        "Chingiz.oapkg": "In quarantine",
        "damaged.oapkg": "Refused",
    }
    damaged = next(r for r in range(4) if dialog.results.item(r, 0).text() == "damaged.oapkg")
    assert dialog.results.item(damaged, 4).text() == "The file is incomplete (cut off)"
    assert "incomplete" in dialog.results.item(damaged, 1).toolTip()
    summary = dialog.summary.text()
    assert "2 merged" in summary and "1 refused" in summary and "Backup taken" in summary
    assert "1 stations now have copies that differ" in summary
    assert dialog.resolve_button.isVisible()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        str(scene.folder / "Chingiz.oapkg"),
        str(scene.folder / "damaged.oapkg"),
    ]  # what is merged leaves the list; what is not stays for another try


def test_packages_can_be_dropped_on_the_list(qtbot: QtBot, scene: Scene) -> None:
    dialog = MergeDialog(scene.db)
    qtbot.addWidget(dialog)
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(scene.folder / "Aigerim.oapkg")),
            QUrl.fromLocalFile(str(scene.folder)),
        ]
    )
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.list.dropEvent(event)
    assert dialog.list.count() == 4  # the file once, and the folder's four (deduplicated)


def test_export_dialog_creates_the_key_and_writes_a_package(
    qtbot: QtBot, scene: Scene, tmp_path: Path
) -> None:
    odb = Database.open(tmp_path / "mine.sqlite3")
    octx = small_kz_election(odb)
    enter(odb, octx, "C1-002", "me")
    enter(odb, octx, "C1-003", "me")
    assert identity.read_profile() is None
    dialog = ExportDialog(odb, octx, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.export_button.isEnabled()  # a name is needed
    type_text(dialog.name, "Әсел Нұрланқызы")
    assert dialog.export_button.isEnabled()
    dialog.some_radio.setChecked(True)
    assert not dialog.export_button.isEnabled()  # nothing ticked yet
    dialog.stations.item(1).setCheckState(Qt.CheckState.Checked)
    out = tmp_path / "asel.oapkg"
    dialog.out.setText(str(out))
    task = dialog.start_export()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    profile = identity.read_profile()
    assert profile is not None and profile.name == "Әсел Нұрланқызы"
    assert dialog.fingerprint.text() == profile.fingerprint
    assert "1 protocols of 1 stations" in dialog.status.text()
    with open_package(out, lambda code: load_context(odb, code)) as pkg:
        assert [t.station for t in pkg.tallies] == ["C1-003"]
        assert pkg.observer_name == "Әсел Нұрланқызы"


def test_export_with_a_protected_key_asks_for_the_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    identity.create("Dana", passphrase="open sesame")
    odb = Database.open(tmp_path / "mine.sqlite3")
    octx = small_kz_election(odb)
    enter(odb, octx, "C1-002", "Dana")
    dialog = ExportDialog(odb, octx, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase.isVisible() and not dialog.export_button.isEnabled()
    dialog.passphrase.setText("open sesame")
    assert dialog.export_button.isEnabled()
    task = dialog.start_export()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert dialog.result is not None and dialog.result.path.is_file()


def test_register_accepts_only_the_fingerprint_read_out(qtbot: QtBot, scene: Scene) -> None:
    _merged(scene)
    dialog = ObserverRegisterDialog(scene.db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 3
    fp = scene.chingiz.fingerprint
    dialog.select_fingerprint(fp)
    entry = dialog.selected()
    assert entry is not None and entry.status == "quarantined" and entry.waiting == 1
    assert dialog.table.item(dialog.table.currentRow(), 3).text() == "Waiting for acceptance"
    confirm = ConfirmFingerprintDialog(entry)
    qtbot.addWidget(confirm)
    ok = confirm.buttons.button(confirm.buttons.StandardButton.Ok)
    type_text(confirm.typed, "AAAA-BBBB")
    assert not ok.isEnabled()
    confirm.typed.setText(fp.lower().replace("-", " "))
    assert ok.isEnabled() and confirm.verdict.text() == "It matches."
    task = dialog.accept_selected(confirmed=True)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert "1 packages were waiting" in dialog.status.text()
    assert "Merged: Chingiz.oapkg" in dialog.status.text()
    dialog.select_fingerprint(fp)
    assert dialog.selected().status == "accepted"  # type: ignore[union-attr]
    dialog.revoke(dialog.selected(), "left the team")  # type: ignore[arg-type]
    dialog.select_fingerprint(fp)
    assert dialog.selected().status == "revoked"  # type: ignore[union-attr]


def test_conflicts_view_decides_field_by_field(qtbot: QtBot, scene: Scene) -> None:
    _merged(scene)
    dialog = ConflictsDialog(scene.db, scene.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.stations.count() == 1 and dialog.current is not None
    fields = [fs.key for fs in dialog.current.differing]
    assert fields == ["B", "N"]
    assert not dialog.save_button.isEnabled()
    copies = [c.observer for c in dialog.current.copies]
    dialog._cell_clicked(fields.index("N"), 1 + copies.index("Bolat"))  # choose Bolat's N
    assert dialog.editors["N"].value() == 12
    dialog.editors["B"].setValue(650)  # correct B to a value neither copy has
    assert not dialog.save_button.isEnabled()  # no reason yet
    type_text(dialog.reason, "фото протокола")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.resolved):
        dialog.save()
    assert flagged_stations(scene.db, scene.ctx) == []
    assert dialog.stations.count() == 0 and "No station" in dialog.heading.text()
    dialog.show_resolved.setChecked(True)
    assert dialog.stations.count() == 1
    assert "corrected to 650" in dialog.history.toPlainText()
    with scene.db.session() as s:
        reasons = set(s.scalars(select(t.resolution.c.reason)))
    assert reasons == {"фото протокола"}


def test_tally_history_shows_revisions_and_audit_entries(qtbot: QtBot, scene: Scene) -> None:
    _merged(scene)
    dialog = TallyHistoryDialog(scene.db, scene.ctx, "C1-001")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice.count() == 2
    assert dialog.revisions.topLevelItemCount() == 2
    second = dialog.revisions.topLevelItem(1)
    assert second.text(2) in ("aigerim", "bolat") and "A: 30 → 31" in second.text(5)
    actions = [
        dialog.entries.topLevelItem(i).text(3) for i in range(dialog.entries.topLevelItemCount())
    ]
    assert actions == ["Package merged"]
    empty = TallyHistoryDialog(scene.db, scene.ctx, "C2-004")
    qtbot.addWidget(empty)
    assert "no tally yet" in empty.heading.text()


def test_audit_view_verifies_and_names_a_broken_entry(qtbot: QtBot, scene: Scene) -> None:
    _merged(scene)
    dialog = AuditLogDialog(scene.db)
    qtbot.addWidget(dialog)
    dialog.show()
    actions = [dialog.tree.topLevelItem(i).text(4) for i in range(dialog.tree.topLevelItemCount())]
    assert sorted(actions[:3]) == ["Package merged", "Package merged", "Package put in quarantine"]
    assert actions[3:] == ["Observer registered", "Observer registered"]  # newest first
    with qtbot.waitSignal(dialog.verify().finished, timeout=30_000):
        pass
    assert "is intact" in dialog.verdict.text()
    with scene.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2"))
    with qtbot.waitSignal(dialog.verify().finished, timeout=30_000):
        pass
    assert "BROKEN at entry #2" in dialog.verdict.text()


def test_main_window_menus_open_the_dialogs(qtbot: QtBot, scene: Scene) -> None:
    from observer_app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    menus = window.coordinator_menus
    assert not menus.merge_action.isEnabled()
    with qtbot.waitSignal(window.electionReady, timeout=60_000):
        window.open_database(str(scene.tmp / "coordinator.sqlite3"))
    assert menus.merge_action.isEnabled() and menus.export_action.isEnabled()
    assert menus.export_action in window.file_menu.actions()
    assert menus.history_action in window.station_menu.actions()
    merge = menus.merge()
    assert isinstance(merge, MergeDialog) and merge.isVisible()
    assert isinstance(menus.register(), ObserverRegisterDialog)
    assert isinstance(menus.conflicts(), ConflictsDialog)
    assert isinstance(menus.audit(), AuditLogDialog)
    for d in menus.dialogs:
        d.close()
