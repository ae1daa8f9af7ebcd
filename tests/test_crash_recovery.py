"""Killing the app mid-entry loses at most the last seconds of typing; restore brings them back.

A real child process opens the entry form offscreen on a database file,
types figures the way a keyboard does (text-carrying key events, Cyrillic
operator name included), keeps running its event loop, and is killed with
SIGKILL once its autosave has reached the database: no clean-up code runs.
The test then finds the draft and restores it into a fresh form.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from observer_app.entry.drafts import pending_drafts
from observer_app.storage.db import Database
from observer_app.storage.elections import load_context
from observer_app.ui import errors, i18n
from observer_app.ui.entry import EntryWidget, RestoreDraftsDialog, offer_draft_restore
from tests.factories import small_kz_election

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parent.parent
OPERATOR = "Айгерим Нұрланқызы"
TYPED = {"V": 1000, "R": 900, "I": 640, "I_out": 20, "C": 260, "B": 64}  # B half typed

CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from observer_app.storage.db import Database
from observer_app.storage.elections import load_context
from observer_app.ui.entry import EntryWidget
from tests.ui_helpers import type_text

db = Database.open(sys.argv[1])
ctx = load_context(db)
w = EntryWidget(db, ctx, "C1-001", "observer", sys.argv[2])
w.resize(1200, 800)
w.show()
app.processEvents()
w.form.focus_key("V")
for chunk in sys.argv[3:]:
    type_text(QApplication.focusWidget(), chunk)
print("TYPED", time.time(), flush=True)
app.exec()  # keeps running (autosave timer) until killed
"""


def test_sigkill_mid_entry_keeps_the_draft_and_restore_brings_it_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crash.sqlite3"
    db = Database.open(path)
    small_kz_election(db)
    chunks = [f"{v}\n" for v in list(TYPED.values())[:-1]] + [str(TYPED["B"])]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), OPERATOR, *chunks],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.startswith("TYPED"), (line, child.stderr.read() if child.stderr else "")
        typed_at = float(line.split()[1])
        ctx = load_context(db)
        deadline = time.monotonic() + 15
        drafts = []
        while time.monotonic() < deadline:
            drafts = pending_drafts(db, ctx)
            if drafts and drafts[0].state.values == TYPED:
                break
            time.sleep(0.05)
        kept_after = time.time() - typed_at
        print(
            f"draft with every typed figure in the database {kept_after:.2f} s after the last key"
        )
        assert drafts and drafts[0].state.values == TYPED, drafts
        assert kept_after < EntryWidget.AUTOSAVE_MS / 1000 + 3  # within the autosave period
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    # the next start: the draft is offered, and restoring it brings back exactly what was typed
    ctx = load_context(db)
    [draft] = pending_drafts(db, ctx)
    assert (draft.station_code, draft.source, draft.operator) == ("C1-001", "observer", OPERATOR)
    assert draft.state.values == TYPED and draft.state.focus == "B"

    def choose(dialog: RestoreDraftsDialog) -> int:
        dialog.open_selected()
        return int(dialog.result())

    monkeypatch.setattr(errors, "_exec", choose)
    i18n.install_language("en")
    chosen = offer_draft_restore(db, ctx)
    assert chosen is not None and chosen.id == draft.id
    form = EntryWidget(db, ctx, chosen.station_code, chosen.source, chosen.operator)
    qtbot.addWidget(form)
    form.show()
    assert form.form.values() == TYPED
    assert {k: f.text() for k, f in form.form.fields.items() if f.text()} == {
        k: str(v) for k, v in TYPED.items()
    }
    assert "restored" in form.banner.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.form.fields["B"])
    db.close()
