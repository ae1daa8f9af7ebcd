"""The entry form driven like an observer drives it: keyboard only, live checks, save, reopen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.entry.drafts import pending_drafts
from observer_app.entry.photos import tally_photos
from observer_app.entry.saving import find_tally
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import revisions
from observer_app.ui import i18n
from observer_app.ui.entry import EntryWidget
from tests.entry_support import image_bytes
from tests.factories import kz_values, small_kz_election
from tests.ui_helpers import press, type_text

pytestmark = pytest.mark.gui

ORDER = ["V", "R", "I", "I_out", "C", "B", "N", "#1", "#2", "A"]


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> None:
    i18n.install_language("en")


@pytest.fixture
def ctx(sqlite_db: Database) -> ElectionContext:
    return small_kz_election(sqlite_db)


def _open(
    qtbot: QtBot,
    db: Database,
    ctx: ElectionContext,
    source: str = "observer",
    operator: str = "Айгерим",
    station: str = "C1-001",
) -> EntryWidget:
    w = EntryWidget(db, ctx, station, source, operator)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    QApplication.processEvents()
    return w


def _type_protocol(w: EntryWidget, values: dict[str, int]) -> None:
    """Type every figure followed by Enter, starting in the first field, as a person would."""
    w.form.focus_key(w.form.keys[0])
    for key in w.form.keys:
        focused = QApplication.focusWidget()
        assert focused is w.form.fields[key], f"focus is on {focused} instead of {key}"
        type_text(focused, f"{values[key]}\n")


def test_form_follows_the_protocol_form(qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext):
    w = _open(qtbot, sqlite_db, ctx)
    assert list(w.form.fields) == ORDER
    assert w.form.labels["B"].text() == "Number of ballots found in the ballot boxes"
    assert w.form.labels["#2"].text() == "Candidate Two"
    tip = w.form.fields["B"].toolTip()
    assert "Line 5" in tip and "art. 43(4)" in tip and "On Elections" in tip
    other = _open(qtbot, sqlite_db, ctx, station="C2-001")
    assert list(other.form.fields) == ["V", "R", "I", "I_out", "C", "B", "N", "#1", "#2", "#3", "A"]


def test_fields_take_whole_numbers_only(qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext):
    w = _open(qtbot, sqlite_db, ctx)
    field = w.form.fields["V"]
    field.setFocus()
    type_text(field, "-12.5 abc,Ж7")
    assert field.text() == "1257"
    assert w.hint.isVisible() and "Only whole numbers" in w.hint.text()
    field.clear()
    type_text(field, "1234567890")
    assert field.text() == "123456789"  # nine digits at most


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        ("1 234", "1234"),
        ("12\u00a0345", "12345"),  # no-break space, as word processors group digits
        ("1\u202f234\u202f567", "1234567"),  # narrow no-break space (Russian typography)
        ("1'234", "1234"),
        ("12,5", ""),  # a decimal is refused whole, never read as 125
        ("-40", ""),
        ("1 234 567 890", ""),  # ten digits
    ],
)
def test_pasted_figures_lose_their_digit_grouping_only(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext, pasted: str, expected: str
) -> None:
    w = _open(qtbot, sqlite_db, ctx)
    field = w.form.fields["V"]
    field.setFocus()
    QApplication.clipboard().setText(pasted)
    with qtbot.waitSignal(field.inputRejected, timeout=500, raising=False) as rejected:
        field.paste()
    assert field.text() == expected
    assert field.value() == (int(expected) if expected else None)
    assert rejected.signal_triggered == (expected == "")


def test_keyboard_only_entry_with_live_checks_then_save(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext
) -> None:
    w = _open(qtbot, sqlite_db, ctx)
    assert w.checks.summary.text() == "No broken checks so far. 10 fields still blank"
    planted = kz_values(B=630)  # ballots in boxes do not add up
    _type_protocol(w, planted)
    assert QApplication.focusWidget() is w.save_button  # Enter on the last field
    assert (w.checks.errors, w.checks.warnings) == (1, 0)
    card = w.checks.cards[0]
    assert card.explain.text() == (
        "Ballots in boxes 630 ≠ invalid 10 + candidates 600 + against all 30"
    )
    assert "must equal invalid ballots" in card.message.text()
    marked = {k for k, f in w.form.fields.items() if f.property("severity") == "error"}
    assert marked == {"B", "N", "#1", "#2", "A"}
    assert w.form.fields["V"].property("severity") == ""
    # Ctrl+S refuses a final save and puts the cursor on the first field at fault
    with qtbot.assertNotEmitted(w.saved):
        press(w.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert w.banner.kind == "error" and "1 error" in w.banner.text()
    assert QApplication.focusWidget() is w.form.fields["B"]
    assert find_tally(sqlite_db, ctx, "C1-001", "observer", "Айгерим") is None
    # correct the figure: the panel clears on the keystroke
    field = w.form.fields["B"]
    field.selectAll()
    type_text(field, "640")
    assert w.checks.errors == 0 and w.checks.summary.text() == "All checks pass."
    assert field.property("severity") == ""
    with qtbot.waitSignal(w.saved, timeout=3000) as saved:
        press(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == ["C1-001"]
    assert w.banner.kind == "ok"
    tally = find_tally(sqlite_db, ctx, "C1-001", "observer", "Айгерим")
    assert tally is not None and tally.values == kz_values() and tally.status == "final"
    rev = revisions(sqlite_db, tally.uid)[0]
    assert (rev.entered_by, rev.origin) == ("Айгерим", "gui")
    assert pending_drafts(sqlite_db, ctx) == []
    # reopen: the saved figures and the history are there
    again = _open(qtbot, sqlite_db, ctx)
    assert again.form.values() == kz_values()
    assert again.history.tree.topLevelItemCount() == 1
    assert "Saved revision 1" in again.status.text()


def test_revision_history_shows_what_changed(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext
) -> None:
    w = _open(qtbot, sqlite_db, ctx)
    w.form.set_values(kz_values())
    assert w.save()
    w.form.fields["N"].setText("11")
    w.form.fields["#1"].setText("399")
    assert w.save()
    tree = w.history.tree
    assert tree.topLevelItemCount() == 2
    newest = tree.topLevelItem(0)
    assert newest.text(0) == "Revision 2" and newest.text(2) == "Айгерим · typed in"
    changes = [
        (newest.child(i).text(0), newest.child(i).text(1)) for i in range(newest.childCount())
    ]
    assert changes == [("invalid", "10 → 11"), ("1. Candidate One", "400 → 399")]


def test_faulty_copy_needs_the_flag_and_a_note(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext
) -> None:
    w = _open(qtbot, sqlite_db, ctx)
    w.form.set_values(kz_values(B=630))
    w.faulty.setChecked(True)
    assert not w.save()
    assert "describe in the note" in w.banner.text()
    assert QApplication.focusWidget() is w.note
    type_text(w.note, "Line 5 corrected in pen, not initialled")
    with qtbot.waitSignal(w.saved, timeout=3000):
        assert w.save()
    tally = find_tally(sqlite_db, ctx, "C1-001", "observer", "Айгерим")
    assert tally is not None and tally.protocol_faulty and tally.values["B"] == 630
    assert revisions(sqlite_db, tally.uid)[0].note == "Line 5 corrected in pen, not initialled"
    # reopened, the flag and its note are shown again
    again = _open(qtbot, sqlite_db, ctx)
    assert again.faulty.isChecked()
    assert again.note.toPlainText() == "Line 5 corrected in pen, not initialled"
    assert not again.unsaved


def test_save_as_draft_keeps_errors(qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext):
    w = _open(qtbot, sqlite_db, ctx)
    type_text(w.form.fields["V"], "1000")
    press(
        w.form.fields["V"],
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    tally = find_tally(sqlite_db, ctx, "C1-001", "observer", "Айгерим")
    assert tally is not None and tally.status == "draft" and tally.values == {"V": 1000}
    assert "draft" in w.banner.text()


def test_drafts_are_kept_while_typing_and_restored(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(EntryWidget, "AUTOSAVE_MS", 150)
    w = _open(qtbot, sqlite_db, ctx)
    w.form.focus_key("V")
    for chunk in ("1000\n", "900\n", "64"):
        type_text(QApplication.focusWidget(), chunk)
    assert pending_drafts(sqlite_db, ctx)[0].state.values == {"V": 1000, "R": 900}  # focus change
    qtbot.waitUntil(lambda: pending_drafts(sqlite_db, ctx)[0].state.values.get("I") == 64)
    draft = pending_drafts(sqlite_db, ctx)[0]
    assert (draft.station_code, draft.source, draft.operator) == ("C1-001", "observer", "Айгерим")
    assert draft.state.focus == "I"
    assert "kept as a draft" in w.status.text()
    # a new form for the same person and station brings the draft back, cursor included
    again = _open(qtbot, sqlite_db, ctx)
    assert again.form.values() == {"V": 1000, "R": 900, "I": 64}
    assert again.banner.kind == "info" and "restored" in again.banner.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again.form.fields["I"])
    # discarding it goes back to the saved state and is audited
    again.discard_changes()
    assert again.form.values() == {} and pending_drafts(sqlite_db, ctx) == []
    with sqlite_db.session() as s:
        details = s.execute(
            select(t.audit_entry.c.details_json).where(t.audit_entry.c.action == "draft.delete")
        ).scalar_one()
    assert json.loads(details)["state"]["values"] == {"V": 1000, "R": 900, "I": 64}


def test_esc_keeps_the_draft_and_closes(qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext):
    w = _open(qtbot, sqlite_db, ctx)
    field = w.form.fields["V"]
    type_text(field, "5")
    with qtbot.waitSignal(w.closed, timeout=1000):
        press(field, Qt.Key.Key_Escape)
    assert pending_drafts(sqlite_db, ctx)[0].state.values == {"V": 5}


def test_second_entry_is_blind(qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext):
    first = _open(qtbot, sqlite_db, ctx)
    first.form.set_values(kz_values())
    assert first.save()
    blind = _open(qtbot, sqlite_db, ctx, source="second-entry", operator="Болат")
    assert blind.form.values() == {}
    assert blind.history.entries == []
    assert blind.header.badge.text() == "Second entry (blind)"
    # even the first keyer, re-keying as a second entry, starts from an empty form
    same = _open(qtbot, sqlite_db, ctx, source="second-entry")
    assert same.form.values() == {}


def _drop(widget: object, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)  # type: ignore[attr-defined]


def test_photos_attach_view_and_save_with_the_tally(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    w = _open(qtbot, sqlite_db, ctx)
    photo = tmp_path / "protocol.jpg"
    photo.write_bytes(image_bytes("JPEG", (600, 800)))
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing")
    with qtbot.waitSignal(w.photos.photo_shown, timeout=5000):
        _drop(w.photos, [photo, bad])
    assert w.banner.kind == "error" and "scan.pdf: not a JPEG or PNG photo." in w.banner.text()
    assert len(w.new_photos) == 1 and w.photos.view.has_image
    assert pending_drafts(sqlite_db, ctx)[0].state.photos == tuple(w.new_photos)
    view = w.photos.view
    fitted = view.zoom
    w.photos.buttons["zoom_in"].click()
    assert view.zoom == pytest.approx(fitted * 1.25)
    w.zoom_out_action.trigger()
    w.zoom_out_action.trigger()
    assert view.zoom == pytest.approx(fitted / 1.25)
    w.photos.buttons["rotate_right"].click()
    w.rotate_right_action.trigger()
    assert view.rotation == 180
    w.photos.buttons["rotate_left"].click()
    assert view.rotation == 90
    w.fit_action.trigger()
    assert view.transform().m12() != 0  # turned a quarter, fitted
    second = tmp_path / "page2.png"
    second.write_bytes(image_bytes("PNG", (500, 700), text="page 2"))
    task = w.attach_files([str(second)])
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: w.photos.strip.count() == 2)
    assert w.photos.strip.isVisible() and w.banner.kind == "ok"
    w.form.set_values(kz_values())
    assert w.save()
    tally = find_tally(sqlite_db, ctx, "C1-001", "observer", "Айгерим")
    assert tally is not None
    assert [p.file_name for p in tally_photos(sqlite_db, tally.uid)] == [
        "protocol.jpg",
        "page2.png",
    ]
    assert w.new_photos == []
    photo.unlink()  # the database has its own copy
    again = _open(qtbot, sqlite_db, ctx)
    qtbot.waitUntil(lambda: again.photos.view.has_image)
    assert again.photos.strip.count() == 2


def test_warnings_are_marked_apart_from_errors(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext
) -> None:
    w = _open(qtbot, sqlite_db, ctx)
    w.form.set_values(kz_values(I=600, C=300))  # more ballots in the boxes than issued
    assert (w.checks.errors, w.checks.warnings) == (0, 1)
    assert w.checks.cards[0].title.text() == "Warning"
    assert w.checks.summary.property("kind") == "warning"
    marked = {k: f.property("severity") for k, f in w.form.fields.items() if f.property("severity")}
    assert marked == {"B": "warning", "I": "warning"}
    w.form.fields["B"].setText("630")  # now also an error on B: the error wins
    assert w.form.fields["B"].property("severity") == "error"
    assert w.form.fields["I"].property("severity") == "warning"
    # clicking a card puts the cursor on the first figure of that check
    w.checks.cards[-1].clicked.emit(w.checks.cards[-1].violation)
    assert QApplication.focusWidget() is w.form.fields["I"]
    w.form.fields["B"].setText("640")
    assert w.save()  # warnings do not block a final save
    assert w.banner.kind == "warning" and "1 warning remains" in w.banner.text()


def test_photos_from_the_file_dialog_and_dropped_on_the_form(
    qtbot: QtBot,
    sqlite_db: Database,
    ctx: ElectionContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = _open(qtbot, sqlite_db, ctx)
    chosen = tmp_path / "p1.png"
    chosen.write_bytes(image_bytes("PNG", (800, 1000)))
    monkeypatch.setattr(
        "observer_app.ui.entry.entry_widget.QFileDialog.getOpenFileNames",
        lambda *a, **k: ([str(chosen)], ""),
    )
    with qtbot.waitSignal(w.photos.photo_shown, timeout=5000):
        w.photos.attach_button.click()
    assert len(w.new_photos) == 1
    dropped = tmp_path / "p2.jpg"
    dropped.write_bytes(image_bytes("JPEG", (900, 1200), text="p2"))
    with qtbot.waitSignal(w.photos.photo_shown, timeout=5000):
        _drop(w, [dropped])
    assert len(w.new_photos) == 2
    # zoomed in, the photo can be panned: the scroll range opens up
    view = w.photos.view
    view.fit()
    for _ in range(4):
        view.zoom_in()
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    assert bar.value() == bar.maximum() // 2
