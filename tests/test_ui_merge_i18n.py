"""Coordinator windows in Russian and Kazakh: complete catalogues, switched without restart."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from observer_app.ui import i18n
from tests.test_ui_merge import Scene, _merged

pytestmark = pytest.mark.gui
CATALOGUE = "observer_app_merge"


@pytest.fixture(autouse=True)
def _english_after(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install_language("en")


def _table(lang: str) -> dict[str, str]:
    root = ET.parse(i18n.translations_dir() / f"{CATALOGUE}_{lang}.ts").getroot()
    out = {}
    for m in root.iter("message"):
        source = (m.findtext("source") or "").replace("&", "")
        translation = (m.findtext("translation") or "").replace("&", "")
        if translation and translation != source:
            out[source] = translation
    return out


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_catalogue_is_complete_and_keeps_placeholders(lang: str) -> None:
    path = i18n.translations_dir() / f"{CATALOGUE}_{lang}.ts"
    assert i18n.unfinished(path) == []
    root = ET.parse(path).getroot()
    for m in root.iter("message"):
        source, translation = m.findtext("source") or "", m.findtext("translation") or ""
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation))
        assert translation != source or not re.search("[a-z]{4}", source), source
    if lang == "kk":
        text = "".join(m.findtext("translation") or "" for m in root.iter("message"))
        assert len(set(text.lower()) & set("әғқңөұүһі")) >= 7  # Kazakh, not Russian


def test_catalogue_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed in this environment")
    ts = tmp_path / "check_ru.ts"
    shutil.copy(i18n.translations_dir() / f"{CATALOGUE}_ru.ts", ts)
    sources = i18n.catalogues()[CATALOGUE]
    subprocess.run(
        [str(lupdate), *map(str, sources), "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    assert i18n.unfinished(ts) == []


def _texts(root: QWidget) -> list[str]:
    """Interface texts a user sees: title, labels, buttons, boxes, tabs, combos, headers, tips."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QHeaderView) and w.model() is not None:
            model = w.model()
            out += [
                str(model.headerData(i, w.orientation(), Qt.ItemDataRole.DisplayRole) or "")
                for i in range(w.count())
            ]
        out.append(w.toolTip())
    return [t.replace("&", "") for t in out if t]


def _dialogs(scene: Scene) -> list[QDialog]:
    from observer_app.ui.merge.audit_view import AuditLogDialog
    from observer_app.ui.merge.conflicts_view import ConflictsDialog
    from observer_app.ui.merge.export_dialog import ExportDialog
    from observer_app.ui.merge.history_view import TallyHistoryDialog
    from observer_app.ui.merge.merge_dialog import MergeDialog
    from observer_app.ui.merge.register_view import ObserverRegisterDialog

    merge = MergeDialog(scene.db)
    merge.add_paths([scene.folder])
    return [
        merge,
        ExportDialog(scene.db, scene.ctx),
        ObserverRegisterDialog(scene.db),
        ConflictsDialog(scene.db, scene.ctx),
        TallyHistoryDialog(scene.db, scene.ctx, "C1-001"),
        AuditLogDialog(scene.db),
    ]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_window_switches_language_without_english_left(
    qtbot: QtBot, tmp_path: Path, lang: str
) -> None:
    scene = Scene(tmp_path)
    _merged(scene)
    english = {s for s in _table(lang) if len(s) > 3}
    dialogs = _dialogs(scene)
    for d in dialogs:
        qtbot.addWidget(d)
        d.show()
    conflicts = dialogs[3]
    conflicts.editors["N"].setValue(12)  # typed, not saved yet
    i18n.install_language(lang)
    QApplication.processEvents()
    for d in dialogs:
        left = [t for t in _texts(d) if t in english]
        assert left == [], f"{type(d).__name__} still shows {left}"
    assert conflicts.editors["N"].value() == 12  # the switch kept what was typed
