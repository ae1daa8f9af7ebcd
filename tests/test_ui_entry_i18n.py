"""The entry screens in English, Russian and Kazakh: no English left over, renders for the docs.

Set OBSERVER_APP_WRITE_DOCS=1 to (re)write docs/entry-<lang>.png and
docs/double-entry-<lang>.png from these very screens.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from observer_app.entry.drafts import DraftState, pending_drafts, save_draft
from observer_app.entry.photos import store_photo
from observer_app.entry.saving import save_entry
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.ui import i18n
from observer_app.ui.entry import (
    DoubleEntryView,
    EntryWidget,
    ErrorRatesDialog,
    RestoreDraftsDialog,
)
from tests.entry_support import cyrillic_election, protocol_photo
from tests.factories import kz_values
from tests.ui_helpers import visible_texts

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
STATION = "УИК-412"
# Latin words that are the same in every language of the interface
ALLOWED_LATIN = {"Ctrl", "Shift", "Enter", "JPEG", "PNG", "SHA"}


@pytest.fixture(autouse=True)
def _restore_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install_language("en")


@cache
def _catalogue(lang: str) -> dict[str, str]:
    """English source → translation of every entry message (plural forms: the first)."""
    out: dict[str, str] = {}
    path = i18n.translations_dir() / f"observer_app_entry_{lang}.ts"
    for msg in ET.parse(path).getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
        out[source] = forms[0] if forms else (tr.text or "" if tr is not None else "")
    return out


def _latin_words(texts: list[str]) -> list[str]:
    words = {w for t in texts for w in re.findall(r"[A-Za-z]{3,}", t)}
    return sorted(words - ALLOWED_LATIN)


def _check_language(root: QWidget, lang: str) -> list[str]:
    texts = visible_texts(root)
    if lang == "en":
        return []
    cat = _catalogue(lang)
    untranslated = [s for s, t in cat.items() if not t]
    assert untranslated == [], f"{lang}: untranslated entry messages: {untranslated}"
    english = {s for s, t in cat.items() if s != t and len(s) > 3}
    return sorted({t for t in texts if t in english}) + _latin_words(texts)


def _settle(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: widget.photos.view.has_image, timeout=5000)
    for _ in range(5):
        QApplication.processEvents()


def _render(widget: QWidget, name: str, lang: str, tmp_path: Path) -> Path:
    out = tmp_path / f"{name}-{lang}.png"
    assert widget.grab().save(str(out))
    if os.environ.get("OBSERVER_APP_WRITE_DOCS") == "1":
        DOCS.mkdir(exist_ok=True)
        assert widget.grab().save(str(DOCS / f"{name}-{lang}.png"))
    return out


def _entry_with_violation(qtbot: QtBot, db: Database, ctx: ElectionContext) -> EntryWidget:
    planted = kz_values(B=630)
    photo = store_photo(db, protocol_photo(ctx, STATION, planted), "protocol-412.jpg")
    save_draft(db, ctx, STATION, "observer", "Айгерим", DraftState({}, photos=(photo.sha256,)))
    w = EntryWidget(db, ctx, STATION, "observer", "Айгерим")
    qtbot.addWidget(w)
    w.resize(1440, 900)
    w.show()
    w.banner.clear_message()
    for key in w.form.keys:
        w.form.fields[key].setText(str(planted[key]))
    _settle(qtbot, w)
    w.form.focus_key("B")
    QApplication.processEvents()
    return w


def _double_entry(qtbot: QtBot, db: Database, ctx: ElectionContext) -> DoubleEntryView:
    first = kz_values(V=1100)
    photo = store_photo(db, protocol_photo(ctx, STATION, kz_values(I_out=21)), "protocol-412.jpg")
    save_entry(db, ctx, STATION, "observer", "Айгерим", DraftState(first, photos=(photo.sha256,)))
    second = kz_values(I_out=2, **{"#1": 200, "#2": 400})
    save_entry(db, ctx, STATION, "second-entry", "Болат", DraftState(second))
    view = DoubleEntryView(db, ctx, STATION, "Координатор")
    qtbot.addWidget(view)
    view.resize(1440, 860)
    view.show()
    rows = {r.diff.key: r for r in view.rows}
    rows["V"].second.click()
    rows["#1"].first.click()
    rows["I_out"].value.setText("21")
    _settle(qtbot, view)
    return view


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_entry_form_in_each_language(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, lang: str
) -> None:
    i18n.install_language(lang)
    ctx = cyrillic_election(sqlite_db)
    w = _entry_with_violation(qtbot, sqlite_db, ctx)
    line = ctx.form.lines_by_key["B"]
    assert w.form.labels["B"].text() == line.label.get(lang)
    assert w.checks.cards[0].message.text() == ctx.form.relations[2].message.get(lang)
    assert w.form.sections["candidates"].text() == ctx.form.candidates.label.get(lang)
    assert _check_language(w, lang) == []
    _render(w, "entry", lang, tmp_path)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_double_entry_view_in_each_language(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, lang: str
) -> None:
    i18n.install_language(lang)
    ctx = cyrillic_election(sqlite_db)
    view = _double_entry(qtbot, sqlite_db, ctx)
    assert len(view.rows) == 4
    assert _check_language(view, lang) == []
    _render(view, "double-entry", lang, tmp_path)
    rates = ErrorRatesDialog(sqlite_db, ctx)
    qtbot.addWidget(rates)
    rates.show()
    qtbot.waitUntil(lambda: rates.report is not None)
    assert _check_language(rates, lang) == []
    save_draft(sqlite_db, ctx, STATION, "observer", "Айгерим", DraftState({"V": 1}))
    restore = RestoreDraftsDialog(sqlite_db, ctx, pending_drafts(sqlite_db, ctx))
    qtbot.addWidget(restore)
    restore.show()
    assert _check_language(restore, lang) == []


def test_switching_language_keeps_what_was_typed(qtbot: QtBot, sqlite_db: Database) -> None:
    i18n.install_language("en")
    ctx = cyrillic_election(sqlite_db)
    w = EntryWidget(sqlite_db, ctx, STATION, "observer", "Айгерим")
    qtbot.addWidget(w)
    w.show()
    w.form.fields["V"].setText("1000")
    w.form.fields["B"].setText("5")
    assert w.save_button.text() == "Save"
    i18n.install_language("kk")
    QApplication.processEvents()
    assert w.save_button.text() == _catalogue("kk")["Save"]
    assert w.form.labels["V"].text() == ctx.form.lines_by_key["V"].label.get("kk")
    assert w.form.values() == {"V": 1000, "B": 5}
    assert _check_language(w, "kk") == []
    i18n.install_language("ru")
    QApplication.processEvents()
    assert w.form.labels["V"].text() == ctx.form.lines_by_key["V"].label.get("ru")
    assert w.form.values() == {"V": 1000, "B": 5}
