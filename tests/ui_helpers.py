"""Shared helpers for GUI tests that drive real widgets offscreen.

``qtbot.keyClicks`` aborts the whole pytest process on any character above 127
(Qt's ``qasciikey.cpp`` assertion), so text is typed here with key events that
carry the text themselves: Cyrillic and Kazakh letters (Қ Ә Ғ Ң Ө Ұ Ү Һ І) go
through exactly the path a real keyboard takes.

Typical use::

    from tests.ui_helpers import type_text, press, english_leftovers

    type_text(line_edit, "Алматы")
    press(line_edit, Qt.Key.Key_Return)
    assert english_leftovers(window, "ru") == []
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"

_NAMED_KEYS = {
    "\n": Qt.Key.Key_Return,
    "\r": Qt.Key.Key_Return,
    "\t": Qt.Key.Key_Tab,
    " ": Qt.Key.Key_Space,
}


def _key_for(ch: str) -> int:
    """The Qt key code a keyboard would send for ``ch`` (Key_unknown beyond ASCII)."""
    if ch in _NAMED_KEYS:
        return int(_NAMED_KEYS[ch].value)
    if ch.isascii() and ch.isalnum():
        return ord(ch.upper())
    if ch.isascii() and ch.isprintable():
        return ord(ch)  # Qt key codes of ASCII punctuation equal their code points
    return int(Qt.Key.Key_unknown.value)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time, any script.

    Each character is a KeyPress/KeyRelease pair carrying the character as its
    text, delivered with ``QApplication.sendEvent`` (synchronously, like
    ``qtbot.keyClicks`` but without its ASCII-only assertion).
    """
    for ch in text:
        key = Qt.Key(_key_for(ch))
        mods = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, mods, ch))
    QApplication.processEvents()


def press(
    widget: QWidget,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press and release one non-text key (Return, Escape, arrows, Ctrl+F...)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()


def trigger_shortcut(window: QWidget, sequence: str | QKeySequence) -> QAction:
    """Trigger the enabled action of ``window`` bound to ``sequence`` ("Ctrl+F").

    Offscreen windows never become active, so QShortcut's event path is not
    reliable in tests; this finds the action the way the shortcut map would
    and fails loudly when none or several are bound.
    """
    seq = QKeySequence(sequence)
    found = [
        a
        for a in window.findChildren(QAction)
        if a.isEnabled() and _live(a) and any(s == seq for s in a.shortcuts())
    ]
    assert len(found) == 1, f"{seq.toString()}: {len(found)} enabled actions bound"
    found[0].trigger()
    QApplication.processEvents()
    return found[0]


def _live(action: QAction) -> bool:
    """Whether Qt would consider the action's shortcut: it sits on a shown widget or a menu."""
    for obj in action.associatedObjects():
        if isinstance(obj, QMenu) or (isinstance(obj, QWidget) and obj.isVisible()):
            return True
    return False


# -- visible text ---------------------------------------------------------------------------


def _strip(text: str) -> str:
    """Drop accelerator ampersands and the shortcut tail of action texts."""
    text = text.split("\t", 1)[0]
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return text.strip()


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield action.text()
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_texts(sub)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    """Header labels of a view's model (the cells are data, not interface text)."""
    model = view.model()
    if model is None:
        return
    for col in range(model.columnCount()):
        label = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(label, str):
            yield label


def _widget_texts(w: QWidget) -> Iterator[str]:
    if isinstance(w, QLabel | QAbstractButton):
        yield w.text()
    elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
        yield w.placeholderText()
    elif isinstance(w, QGroupBox):
        yield w.title()
    elif isinstance(w, QComboBox):
        yield from (w.itemText(i) for i in range(w.count()))
    elif isinstance(w, QTabWidget):
        yield from (w.tabText(i) for i in range(w.count()))
    elif isinstance(w, QDockWidget):
        yield w.windowTitle()
    elif isinstance(w, QAbstractItemView):
        yield from _model_texts(w)
    tip = w.toolTip()
    if tip:
        yield tip


def visible_texts(root: QWidget) -> list[str]:
    """Every interface text a user can see in ``root``: labels, buttons, menus, headers..."""
    out: list[str] = [root.windowTitle()]
    widgets: Iterable[QWidget] = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        out.extend(_widget_texts(w))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                out.extend(_menu_texts(sub))
    return [s for s in (_strip(t) for t in out) if s]


@cache
def translated_sources(lang: str) -> dict[str, str]:
    """``{English source: translation}`` of every finished message in the ``lang`` .ts file."""
    path = TRANSLATIONS / f"observer_app_{lang}.ts"
    out: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        if tr.get("type") not in ("unfinished", "vanished", "obsolete") and forms[0]:
            out[_strip(source)] = _strip(forms[0])
    return out


def english_leftovers(root: QWidget, lang: str) -> list[str]:
    """Visible texts of ``root`` still showing an English source string in ``lang``.

    A text counts when it equals a source string of the app's catalogue whose
    ``lang`` translation differs from it (so "OK"-like strings that are the
    same in both languages are not flagged), or when it contains such a
    source string of three words or more.
    """
    table = {s: t for s, t in translated_sources(lang).items() if s != t}
    long_sources = [s for s in table if len(s.split()) >= 3]
    found = []
    for text in visible_texts(root):
        if text in table or any(s in text for s in long_sources):
            found.append(text)
    return sorted(set(found))


def process_events_until_idle(rounds: int = 3) -> None:
    """Let queued signals and deferred deletes run."""
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()


def find_child(root: QObject, kind: type[QObject], name: str) -> QObject:
    """The one child of ``kind`` named ``name`` (objectName), or a clear failure."""
    child = root.findChild(kind, name)
    assert child is not None, f"no {kind.__name__} named {name!r} in {root!r}"
    return child


def docs_dir(tmp_path: Path) -> Path:
    """Where screenshots go: the repository's docs/ with OBSERVER_APP_WRITE_DOCS=1, else tmp.

    A normal test run must leave a clean checkout clean.
    """
    if os.environ.get("OBSERVER_APP_WRITE_DOCS") == "1":
        out = Path(__file__).resolve().parent.parent / "docs"
        out.mkdir(exist_ok=True)
        return out
    return tmp_path
