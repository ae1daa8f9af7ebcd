"""Blind double entry in the GUI: differences side by side, resolved with reasons; error rates."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.entry.double_entry import compare
from observer_app.entry.drafts import DraftState, pending_drafts, save_draft
from observer_app.entry.photos import store_photo
from observer_app.entry.saving import find_tally, save_entry
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.ui import errors, i18n
from observer_app.ui.entry import (
    DoubleEntryView,
    EntryWidget,
    ErrorRatesDialog,
    RestoreDraftsDialog,
    offer_draft_restore,
)
from tests.entry_support import enter_both, image_bytes
from tests.factories import kz_values, small_kz_election
from tests.ui_helpers import press, type_text

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> None:
    i18n.install_language("en")


@pytest.fixture
def ctx(sqlite_db: Database) -> ElectionContext:
    return small_kz_election(sqlite_db)


def _view(qtbot: QtBot, db: Database, ctx: ElectionContext, station: str = "C1-001"):
    view = DoubleEntryView(db, ctx, station, "Координатор")
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_double_entry_typed_in_the_gui_then_resolved(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext
) -> None:
    db = sqlite_db
    photo = store_photo(db, image_bytes("JPEG", (600, 800)), "protocol.jpg")
    save_entry(
        db,
        ctx,
        "C1-001",
        "observer",
        "Айгерим",
        DraftState(kz_values(V=1100), photos=(photo.sha256,)),
    )
    # the second keyer types blind in the entry form
    blind = EntryWidget(db, ctx, "C1-001", "second-entry", "Болат")
    qtbot.addWidget(blind)
    blind.show()
    assert blind.form.values() == {}
    qtbot.waitUntil(lambda: blind.photos.view.has_image)  # the station's photo to read from
    second = kz_values(I_out=2, **{"#1": 200, "#2": 400})
    for key in blind.form.keys:
        blind.form.fields[key].setText(str(second[key]))
    with qtbot.waitSignal(blind.saved):
        assert blind.save()

    view = _view(qtbot, db, ctx)
    assert view.header.badge.text() == "4 differences to resolve"
    assert "6 figures match" in view.summary.text()
    rows = {r.diff.key: r for r in view.rows}
    assert list(rows) == ["V", "I_out", "#1", "#2"]
    assert (rows["V"].first.text(), rows["V"].second.text()) == ("1100", "1000")
    qtbot.waitUntil(lambda: view.photos.view.has_image)
    # choose by click / keyboard, correct one by typing
    rows["V"].second.click()
    assert rows["V"].value.value() == 1000 and rows["V"].second.isChecked()
    rows["#1"].first.setFocus()
    press(rows["#1"].first, Qt.Key.Key_Space)
    assert rows["#1"].value.value() == 400
    rows["#2"].first.click()
    rows["I_out"].value.setFocus()
    type_text(rows["I_out"].value, "21")
    assert not rows["I_out"].first.isChecked() and not rows["I_out"].second.isChecked()
    assert rows["I_out"].reason.property("needed") == "yes"
    with qtbot.assertNotEmitted(view.resolved):
        assert not view.apply()
    assert view.banner.kind == "error" and "neither entry's value" in view.banner.text()
    assert QApplication.focusWidget() is rows["I_out"].reason
    type_text(rows["I_out"].reason, "фото: 21")
    with qtbot.waitSignal(view.resolved, timeout=3000) as done:
        press(view.apply_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert done.args == ["C1-001"]
    assert view.header.badge.text() == "All differences resolved"
    assert not view.apply_button.isEnabled()
    assert all(not r.value.isEnabled() for r in view.rows)
    tally = find_tally(db, ctx, "C1-001", "observer", "Айгерим")
    assert tally is not None and tally.values == kz_values(I_out=21)
    with db.session() as s:
        rows_db = s.execute(
            select(t.resolution.c.key, t.resolution.c.value, t.resolution.c.reason,
                   t.resolution.c.resolved_by)
        ).all()  # fmt: skip
    assert sorted(rows_db) == [
        ("#1", 400, "", "Координатор"),
        ("#2", 200, "", "Координатор"),
        ("I_out", 21, "фото: 21", "Координатор"),
        ("V", 1000, "", "Координатор"),
    ]
    cmp = compare(db, ctx, "C1-001")
    assert cmp is not None and cmp.state == "resolved"
    # error rates of both keyers
    dialog = view.show_error_rates()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)
    table = dialog.table
    cells = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 5)]
        for r in range(table.rowCount())
    }
    assert cells == {
        "Болат": ["1", "10", "3", "30.0 %"],
        "Айгерим": ["1", "10", "2", "20.0 %"],
    }
    assert "Stations with both entries: 1" in dialog.summary.text()


def test_matching_and_incomplete_stations(qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext):
    enter_both(sqlite_db, ctx, "C1-001")
    view = _view(qtbot, sqlite_db, ctx)
    assert view.header.badge.text() == "Entries match"
    assert view.rows == [] and not view.apply_button.isEnabled()
    assert "nothing to resolve" in view.banner.text()
    lonely = _view(qtbot, sqlite_db, ctx, "C1-002")
    assert lonely.header.badge.text() == "Not comparable yet"
    assert "needs both" in lonely.summary.text()
    with qtbot.waitSignal(lonely.closed, timeout=1000):
        press(lonely, Qt.Key.Key_Escape)


def test_error_rates_dialog_empty(qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext):
    dialog = ErrorRatesDialog(sqlite_db, ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        pass
    assert dialog.table.rowCount() == 0
    assert dialog.summary.text() == "No station has both entries yet."


def test_restore_offer_lists_drafts_and_opens_or_discards(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert offer_draft_restore(sqlite_db, ctx) is None  # nothing pending: no dialog at all
    save_draft(sqlite_db, ctx, "C1-002", "observer", "Айгерим", DraftState({"V": 1, "R": 2}))
    save_draft(sqlite_db, ctx, "C2-001", "second-entry", "Болат", DraftState({"V": 3}))
    seen: list[RestoreDraftsDialog] = []

    def pick_first(dialog: QDialog) -> int:
        assert isinstance(dialog, RestoreDraftsDialog)
        seen.append(dialog)
        dialog.open_selected()
        return int(dialog.result())

    monkeypatch.setattr(errors, "_exec", pick_first)
    chosen = offer_draft_restore(sqlite_db, ctx)
    assert chosen is not None and chosen.station_code == "C2-001"  # newest first
    tree = seen[0].tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "C2-001",
        "C1-002",
    ]
    assert tree.topLevelItem(0).text(1) == "Second entry (blind)"
    widget = EntryWidget(sqlite_db, ctx, chosen.station_code, chosen.source, chosen.operator)
    qtbot.addWidget(widget)
    assert widget.form.values() == {"V": 3}
    # discarding from the dialog deletes the draft with an audit entry
    dialog = RestoreDraftsDialog(sqlite_db, ctx, pending_drafts(sqlite_db, ctx))
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(
        "observer_app.ui.entry.restore.QMessageBox.question", lambda *a, **k: answers.pop(0)
    )
    dialog.discard_button.click()  # "No": nothing is thrown away
    assert len(pending_drafts(sqlite_db, ctx)) == 2
    dialog.discard_button.click()
    assert [d.station_code for d in pending_drafts(sqlite_db, ctx)] == ["C2-001"]
    with sqlite_db.session() as s:
        details = s.execute(
            select(t.audit_entry.c.details_json).where(t.audit_entry.c.action == "draft.delete")
        ).scalar_one()
    assert json.loads(details)["state"]["values"] == {"V": 1, "R": 2}
