"""English, Russian and Kazakh: complete catalogues, compiled, and switched without a restart."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from observer_app.ui import i18n
from observer_app.ui.main_window import MainWindow
from observer_app.ui.settings import Settings
from tests.factories import small_kz_election
from tests.ui_helpers import english_leftovers, type_text, visible_texts

pytestmark = pytest.mark.gui
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
KAZAKH_LETTERS = set("ҚқӘәҒғҢңӨөҰұҮүҺһІі")
PLACEHOLDER = re.compile(r"\{\w+\}|%L?n|%\d")


@pytest.fixture(autouse=True)
def _english_after(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install_language("en")


def _messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of a catalogue."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            out.append((name, message.findtext("source") or "", forms))
    return out


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_shell_catalogue_is_complete_and_keeps_placeholders(lang: str) -> None:
    ts = TRANSLATIONS / f"observer_app_{lang}.ts"
    assert i18n.unfinished(ts) == []
    messages = _messages(ts)
    assert len(messages) > 150
    for context, source, forms in messages:
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                f"[{context}] {source!r} -> {form!r}"
            )
            assert form.count("&") == source.count("&"), f"accelerator lost: {form!r}"
    if lang != "en":
        changed = [s for _, s, f in messages if f[0] != s]
        assert len(changed) > 0.9 * len(messages)  # translated, not copied
    if lang == "kk":
        text = "".join(f for _, _, forms in messages for f in forms)
        found = {c.lower() for c in text} & {c.lower() for c in KAZAKH_LETTERS}
        assert len(found) >= 7, found  # Kazakh, not Russian re-labelled


def test_every_tr_string_of_the_sources_is_in_the_catalogues(tmp_path: Path) -> None:
    """Running the extraction again finds nothing new: the .ts files are up to date."""
    sources = i18n.catalogues()["observer_app"]
    ts = tmp_path / "check_ru.ts"
    shutil.copy(TRANSLATIONS / "observer_app_ru.ts", ts)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed in this environment")
    subprocess.run(
        [str(lupdate), *map(str, sources), "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    assert {(c, s) for c, s, _ in _messages(ts)} == {
        (c, s) for c, s, _ in _messages(TRANSLATIONS / "observer_app_ru.ts")
    }
    assert i18n.unfinished(ts) == []


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_compiled_catalogues_match_their_sources(lang: str, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed in this environment")
    ts = TRANSLATIONS / f"observer_app_{lang}.ts"
    out = tmp_path / f"{lang}.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out)], check=True)
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run: i18n compile"


def test_the_language_follows_the_system_when_never_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", lambda: QLocale("kk_KZ"))
    assert i18n.system_language() == "kk"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("de_DE"))
    assert i18n.system_language() == "en"
    assert Settings().language == "en"


def test_switching_language_retranslates_everything_and_keeps_what_was_typed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from observer_app.storage.db import Database

    path = tmp_path / "small.sqlite3"
    db = Database.open(path)
    small_kz_election(db)
    db.close()
    settings = Settings()
    settings.operator = "Aigerim"
    window = MainWindow(settings)
    window.first_start_offer = False
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.statusesReady, timeout=30_000):
        window.open_database(str(path))
    english = set(visible_texts(window))
    assert "Find station" in {t for a in window.act.values() for t in [a.text().replace("&", "")]}
    window.find_station()
    type_text(window.navigator.find_box, "c2")
    for lang, word in (("ru", "Участок"), ("kk", "Учаске")):
        window.set_language(lang)
        QApplication.processEvents()
        assert i18n.current_language() == lang
        texts = visible_texts(window)
        assert english_leftovers(window, lang) == [], lang
        assert word in texts  # the Station menu and column
        same = {
            t for t in english & set(texts) if re.search("[A-Za-z]{3}", t) and path.name not in t
        }
        assert same <= {"English"}, same  # the language's own name is the same everywhere
        assert window.navigator.find_box.text() == "c2"  # nothing typed is lost
        assert window.navigator.model.rowCount() == 4
        assert window.act[f"lang_{lang}"].isChecked()
    assert Settings().language == "kk"
    window.set_language("en")
    QApplication.processEvents()
    assert window.act["find"].text() == "&Find station"
    assert window.navigator.shown_label.text() == "4 of 8 stations"
