"""The shared GUI test helpers type any script and find interface texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui_helpers import press, type_text, visible_texts

pytestmark = pytest.mark.gui


def test_type_text_handles_kazakh_cyrillic_and_ascii(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    type_text(edit, "Қ Ә Ғ Ң Ө Ұ Ү Һ І Алматы-42")
    assert edit.text() == "Қ Ә Ғ Ң Ө Ұ Ү Һ І Алматы-42"
    press(edit, Qt.Key.Key_Backspace)
    assert edit.text().endswith("-4")


def test_type_text_return_reaches_the_widget(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.returnPressed, timeout=1000):
        type_text(edit, "12\n")
    assert edit.text() == "12"


def test_visible_texts_skip_hidden_widgets(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    shown, hidden = QLabel("&Shown"), QLabel("Hidden")
    layout.addWidget(shown)
    layout.addWidget(hidden)
    hidden.hide()
    texts = visible_texts(root)
    assert "Shown" in texts
    assert "Hidden" not in texts
