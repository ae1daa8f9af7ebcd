"""The protocol entry screen: photo, figures, live checks, history; drafts kept as you type.

``EntryWidget(db, ctx, station_code, source, operator)`` edits one person's
entry of one protocol (``source`` "observer" or "second-entry"; a second entry
is blind: the first entry is never loaded). Figures are written to a draft
within ``AUTOSAVE_MS`` of a change and whenever a field loses focus, so a crash
loses at most a couple of seconds; reopening the station brings the draft
back. Ctrl+S saves (a new revision each time), Ctrl+Shift+S saves as a draft
tally, Esc emits ``closed``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from observer_app.entry.drafts import DraftState, delete_draft, load_draft, save_draft
from observer_app.entry.history import tally_history
from observer_app.entry.photos import PhotoError, import_photo_files, photos_by_sha, station_photos
from observer_app.entry.saving import Readiness, find_tally, readiness, save_entry, station_details
from observer_app.errors import UserError
from observer_app.forms import Violation
from observer_app.progress import Progress
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.tallies import CurrentTally
from observer_app.ui import errors
from observer_app.ui.entry import texts
from observer_app.ui.entry.checks_panel import ChecksPanel
from observer_app.ui.entry.form_grid import FigureForm
from observer_app.ui.entry.history_panel import HistoryPanel
from observer_app.ui.entry.photo_viewer import PhotoPanel
from observer_app.ui.entry.style import SHEET
from observer_app.ui.entry.widgets import Banner, HeaderBar
from observer_app.ui.workers import Task, run_task

SOURCES = ("observer", "second-entry")


def _same(a: DraftState, b: DraftState) -> bool:
    """Equal as far as saving goes (the cursor position does not count)."""
    return (a.values, a.protocol_faulty, a.note.strip(), a.photos) == (
        b.values,
        b.protocol_faulty,
        b.note.strip(),
        b.photos,
    )


class EntryWidget(QWidget):
    saved = Signal(str)  # station code
    closed = Signal()

    AUTOSAVE_MS = 2000

    def __init__(
        self,
        db: Database,
        ctx: ElectionContext,
        station_code: str,
        source: str,
        operator: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if source not in SOURCES:
            raise ValueError(f"entry source must be one of {SOURCES}, not {source!r}")
        self.setObjectName("entryWidget")
        self.setStyleSheet(SHEET)
        self.db, self.ctx = db, ctx
        self.station_code, self.source, self.operator = station_code, source, operator
        self.station = ctx.stations[station_code]
        self.contest = ctx.contest_of(self.station)
        self.details = station_details(db, ctx, station_code)
        self.tally: CurrentTally | None = find_tally(db, ctx, station_code, source, operator)
        self.new_photos: list[str] = []
        self.has_draft = False
        self.draft_restored_at: datetime | None = None
        self._drafted_at: datetime | None = None
        self._write_pending = False
        self._loading = False
        self.photo_task: Task | None = None
        self.last_readiness: Readiness | None = None
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(self.AUTOSAVE_MS)
        self.autosave.timeout.connect(self.flush_draft)
        self._build()
        self.setAcceptDrops(True)  # photos dropped anywhere on the form are attached
        self._make_actions()
        self._load()
        self.retranslate()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_draft)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(10, 8, 10, 8)
        self.header = HeaderBar("entryHeader")
        root.addWidget(self.header)
        self.banner = Banner()
        root.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("entrySplitter")
        self.photos = PhotoPanel(self.db, can_attach=True)
        self.photos.files_dropped.connect(self.attach_files)
        self.photos.attach_requested.connect(self.choose_photos)
        self.splitter.addWidget(self.photos)

        middle = QWidget()
        col = QVBoxLayout(middle)
        col.setContentsMargins(6, 0, 6, 0)
        self.form = FigureForm(self.ctx, self.contest)
        self.form.changed.connect(self._changed)
        self.form.field_left.connect(self._focus_moved)
        self.form.finished.connect(lambda: self.save_button.setFocus())
        self.form.input_rejected.connect(self._rejected)
        scroll = QScrollArea()
        scroll.setObjectName("formScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        col.addWidget(scroll, 1)
        self.hint = QLabel()
        self.hint.setObjectName("inputHint")
        self.hint.setProperty("role", "banner")
        self.hint.setProperty("kind", "warning")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.hint_timer = QTimer(self)
        self.hint_timer.setSingleShot(True)
        self.hint_timer.setInterval(5000)
        self.hint_timer.timeout.connect(self.hint.hide)
        col.addWidget(self.hint)
        self.faulty = QCheckBox()
        self.faulty.setObjectName("faultyCheck")
        self.faulty.toggled.connect(self._changed)
        col.addWidget(self.faulty)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        col.addWidget(self.note_label)
        self.note = QPlainTextEdit()
        self.note.setObjectName("noteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(56)
        self.note.textChanged.connect(self._changed)
        self.note_label.setBuddy(self.note)
        col.addWidget(self.note)
        self.status = QLabel()
        self.status.setObjectName("entryStatus")
        self.status.setProperty("role", "status")
        self.status.setWordWrap(True)
        col.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardButton")
        self.discard_button.clicked.connect(self.discard_changes)
        self.draft_button = QPushButton()
        self.draft_button.setObjectName("draftButton")
        self.draft_button.setAutoDefault(True)
        self.draft_button.clicked.connect(lambda: self.save(final=False))
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(lambda: self.save(final=True))
        for b in (self.discard_button, self.draft_button, self.save_button):
            buttons.addWidget(b)
        col.addLayout(buttons)
        self.splitter.addWidget(middle)

        side = QSplitter(Qt.Orientation.Vertical)
        self.checks = ChecksPanel(self.ctx.form)
        self.checks.violation_clicked.connect(self._go_to_violation)
        side.addWidget(self.checks)
        self.history = HistoryPanel(
            lambda k: texts.figure_name(self.ctx, self.contest, k, short=True)
        )
        side.addWidget(self.history)
        side.setSizes([420, 260])
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([470, 620, 330])
        root.addWidget(self.splitter, 1)

        last = list(self.form.fields.values())[-1]
        QWidget.setTabOrder(last, self.faulty)
        QWidget.setTabOrder(self.faulty, self.note)
        QWidget.setTabOrder(self.note, self.save_button)
        QWidget.setTabOrder(self.save_button, self.draft_button)
        QWidget.setTabOrder(self.draft_button, self.discard_button)

    def _action(self, name: str, keys: Sequence[str], slot: object) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        view = self.photos.view
        self.save_action = self._action("saveEntry", ["Ctrl+S"], lambda: self.save(final=True))
        self.draft_action = self._action(
            "saveEntryDraft", ["Ctrl+Shift+S"], lambda: self.save(final=False)
        )
        self.close_action = self._action("closeEntry", ["Esc"], self.close_entry)
        self.zoom_in_action = self._action("photoZoomIn", ["Ctrl++", "Ctrl+="], view.zoom_in)
        self.zoom_out_action = self._action("photoZoomOut", ["Ctrl+-"], view.zoom_out)
        self.fit_action = self._action("photoFit", ["Ctrl+0"], view.fit)
        self.rotate_left_action = self._action(
            "photoRotateLeft", ["Ctrl+["], lambda: view.rotate_by(-90)
        )
        self.rotate_right_action = self._action(
            "photoRotateRight", ["Ctrl+]"], lambda: view.rotate_by(90)
        )

    def retranslate(self) -> None:
        d = self.details
        where = " · ".join(p for p in (d.name, d.address, d.contest) if p)
        who = self.tr("Operator: {name}").format(name=self.operator or self.tr("(not set)"))
        self.header.set_texts(
            self.tr("Polling station {code}").format(code=d.code),
            f"{where}\n{who}",
            texts.source_name(self.source),
            "blind" if self.source == "second-entry" else "observer",
        )
        self.header.badge.setToolTip(
            self.tr("Blind second keying: the first entry is not shown.")
            if self.source == "second-entry"
            else self.tr("The observer's own entry of this protocol.")
        )
        self.faulty.setText(
            self.tr("The protocol copy itself is wrong (record it exactly as written)")
        )
        self.faulty.setToolTip(
            self.tr(
                "Tick when the official copy breaks the checks as written: the figures are "
                "saved as they are on paper, with your note explaining what is wrong."
            )
        )
        self.note_label.setText(self.tr("&Note (required when the copy is marked wrong):"))
        self.note.setPlaceholderText(
            self.tr("What is wrong with the paper copy: which lines, corrections, missing stamps…")
        )
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the protocol (Ctrl+S)"))
        self.draft_button.setText(self.tr("Save as draft"))
        self.draft_button.setToolTip(
            self.tr("Keep the figures as an unfinished tally, errors and all (Ctrl+Shift+S)")
        )
        self.discard_button.setText(self.tr("Discard changes"))
        self.discard_button.setToolTip(self.tr("Go back to the last saved figures"))
        self.save_action.setText(self.tr("Save protocol"))
        self.draft_action.setText(self.tr("Save protocol as draft"))
        self.close_action.setText(self.tr("Back to the station list"))
        self.zoom_in_action.setText(self.tr("Zoom photo in"))
        self.zoom_out_action.setText(self.tr("Zoom photo out"))
        self.fit_action.setText(self.tr("Fit photo"))
        self.rotate_left_action.setText(self.tr("Rotate photo left"))
        self.rotate_right_action.setText(self.tr("Rotate photo right"))
        self.form.retranslate()
        self.checks.retranslate()
        self.photos.retranslate()
        self.history.retranslate()
        self._refresh_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------

    def saved_state(self) -> DraftState:
        """The figures as last saved (what "unsaved changes" are measured against)."""
        if self.tally is None:
            return DraftState()
        return DraftState(dict(self.tally.values), self.tally.protocol_faulty, self._last_note)

    def _load(self) -> None:
        self._last_note = ""
        self._refresh_history()
        draft = load_draft(self.db, self.ctx, self.station_code, self.source, self.operator)
        self._loading = True
        try:
            if draft is not None:
                self.has_draft = True
                self.draft_restored_at = draft.updated_at
                self._drafted_at = draft.updated_at
                self._apply(draft.state)
                self.banner.show_message(
                    "info",
                    self.tr(
                        "Unsaved figures from {time} were restored. Check them against the "
                        "photo and save, or discard them."
                    ).format(time=texts.when(draft.updated_at)),
                )
            else:
                self._apply(self.saved_state())
        finally:
            self._loading = False
        self._recheck()
        self._refresh_photos()
        self._refresh_status()
        focus = draft.state.focus if draft is not None else ""
        first_blank = next((k for k in self.form.keys if k not in self.form.values()), "")
        key = focus or first_blank or self.form.keys[0]
        QTimer.singleShot(0, self.form, lambda: self.form.focus_key(key))  # not once it is gone

    def _apply(self, state: DraftState) -> None:
        self.form.set_values(state.values)
        self.faulty.setChecked(state.protocol_faulty)
        self.note.setPlainText(state.note)
        linked = {p.sha256 for p in self._linked_photos()}
        self.new_photos = [sha for sha in state.photos if sha not in linked]

    def _refresh_history(self) -> None:
        if self.tally is None:
            self.history.set_entries([])
            return
        entries = tally_history(self.db, self.tally.uid, self.form.keys)
        self.history.set_entries(entries)
        if entries and entries[-1].protocol_faulty:
            self._last_note = entries[-1].note

    def _linked_photos(self):  # type: ignore[no-untyped-def]
        return station_photos(self.db, self.station.id)

    def _refresh_photos(self, show: str = "") -> None:
        linked = self._linked_photos()
        known = {p.sha256 for p in linked}
        extra = photos_by_sha(self.db, [s for s in self.new_photos if s not in known])
        self.photos.set_photos([*linked, *extra], show=show)

    # -- state -------------------------------------------------------------------------------

    def state(self) -> DraftState:
        return DraftState(
            self.form.values(),
            self.faulty.isChecked(),
            self.note.toPlainText(),
            tuple(self.new_photos),
            self.form.focused_key(),
        )

    @property
    def unsaved(self) -> bool:
        return not _same(self.state(), self.saved_state())

    def _changed(self) -> None:
        if self._loading:
            return
        self._recheck()
        self._write_pending = True
        if not self.autosave.isActive():
            self.autosave.start()
        if self.banner.kind == "ok":
            self.banner.clear_message()
        self._refresh_status()

    def _focus_moved(self) -> None:
        if self._write_pending:
            self.flush_draft()

    def _recheck(self) -> None:
        values = self.form.values()
        ready = readiness(self.ctx, self.station_code, values)
        self.last_readiness = ready
        self.form.mark(ready.violations)
        self.checks.set_result(ready.violations, len(ready.blanks))

    def flush_draft(self) -> bool:
        """Write the draft now if anything changed since the last write; True when written."""
        if not self._write_pending:
            return False
        self.autosave.stop()
        state = self.state()
        try:
            if _same(state, self.saved_state()):
                if self.has_draft:
                    delete_draft(
                        self.db,
                        self.ctx,
                        self.station_code,
                        self.source,
                        self.operator,
                        reason="matches the saved figures",
                        actor=self.operator or None,
                    )
                    self.has_draft = False
            else:
                save_draft(
                    self.db,
                    self.ctx,
                    self.station_code,
                    self.source,
                    self.operator,
                    state,
                    tally_uid=self.tally.uid if self.tally else "",
                )
                self.has_draft = True
        except UserError as exc:  # the database went away: keep trying, say so
            self.status.setText(self.tr("Could not keep the draft: {error}").format(error=exc))
            self.autosave.start()
            return False
        self._write_pending = False
        self._drafted_at = datetime.now(UTC)
        self._refresh_status()
        return True

    def _refresh_status(self) -> None:
        parts = []
        if self.tally is not None:
            kind = self.tr("draft") if self.tally.status == "draft" else self.tr("final")
            parts.append(
                self.tr("Saved revision {n} ({kind}).").format(n=self.tally.revision, kind=kind)
            )
        else:
            parts.append(self.tr("Not saved yet."))
        if self.unsaved:
            at = self._drafted_at
            if self._write_pending:
                parts.append(self.tr("Unsaved changes: keeping a draft…"))
            elif at is not None:
                parts.append(
                    self.tr("Unsaved changes kept as a draft at {time}.").format(
                        time=texts.moment(at)
                    )
                )
            else:
                parts.append(self.tr("Unsaved changes kept as a draft."))
        self.status.setText(" ".join(parts))
        self.discard_button.setEnabled(self.unsaved or self.has_draft)

    # -- saving ------------------------------------------------------------------------------

    def save(self, final: bool = True) -> bool:
        """Save a revision; a final save needs clean figures or an explained faulty copy."""
        state = self.state()
        ready = readiness(self.ctx, self.station_code, state.values)
        if final and not ready.clean and not state.protocol_faulty:
            self._refuse(ready)
            return False
        if final and state.protocol_faulty and not state.note.strip():
            self.banner.show_message(
                "error",
                self.tr(
                    "Not saved: describe in the note what is wrong with the protocol copy. "
                    "The note is kept with the figures."
                ),
            )
            self.note.setFocus()
            return False
        try:
            tally = save_entry(
                self.db,
                self.ctx,
                self.station_code,
                self.source,
                self.operator,
                state,
                final=final,
                tally_uid=self.tally.uid if self.tally else None,
            )
        except UserError as exc:
            self.banner.show_message("error", self.tr("Not saved: {error}").format(error=exc))
            return False
        self.tally = tally
        self.new_photos = []
        self.has_draft = False
        self._write_pending = False
        self.autosave.stop()
        self._last_note = state.note.strip() if state.protocol_faulty else ""
        self._refresh_history()
        if final:
            msg = self.tr("Saved: revision {n}.").format(n=tally.revision)
            if ready.warnings:
                msg += " " + self.tr(
                    "%n warning(s) remain; check them against the photo.", "", len(ready.warnings)
                )
            self.banner.show_message("warning" if ready.warnings else "ok", msg)
        else:
            self.banner.show_message(
                "info",
                self.tr(
                    "Saved as a draft: revision {n}. It is not final until saved without errors."
                ).format(n=tally.revision),
            )
        self._refresh_status()
        self.saved.emit(self.station_code)
        return True

    def _refuse(self, ready: Readiness) -> None:
        if ready.errors:
            text = self.tr(
                "Not saved: %n error(s) in the figures. Correct them; or save as a draft "
                "(Ctrl+Shift+S); or, if the paper copy itself is wrong, tick the box below "
                "and describe it in the note.",
                "",
                len(ready.errors),
            )
            target = self.form.first_key_of(ready.errors[0])
        else:
            text = self.tr(
                "Not saved: %n field(s) still blank. Type 0 where the protocol says none; "
                "or save as a draft (Ctrl+Shift+S).",
                "",
                len(ready.blanks),
            )
            target = ready.blanks[0]
        self.banner.show_message("error", text)
        self.form.focus_key(target)

    def discard_changes(self) -> None:
        """Back to the saved figures; the draft is deleted (and that is audited)."""
        self.autosave.stop()
        if self.has_draft:
            try:
                delete_draft(
                    self.db,
                    self.ctx,
                    self.station_code,
                    self.source,
                    self.operator,
                    actor=self.operator or None,
                )
            except UserError as exc:
                errors.show_error(exc, self)
                return
        self.has_draft = False
        self._loading = True
        try:
            self._apply(self.saved_state())
            self.new_photos = []
        finally:
            self._loading = False
        self._write_pending = False
        self._recheck()
        self._refresh_photos()
        self.banner.show_message("info", self.tr("Changes discarded: the saved figures are shown."))
        self._refresh_status()

    def close_entry(self) -> None:
        self.flush_draft()
        self.closed.emit()

    # -- photos ------------------------------------------------------------------------------

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach photos of the protocol"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"),
        )
        if files:
            self.attach_files(files)

    def attach_files(self, paths: Sequence[str]) -> Task:
        """Check and store photo files off the GUI thread, then show and keep them."""
        db, actor = self.db, self.operator or None

        def work(progress: Progress) -> tuple[list, list]:  # type: ignore[type-arg]
            return import_photo_files(db, list(paths), actor=actor, progress=progress)

        self.photo_task = run_task(
            work,
            parent=self,
            title=self.tr("Storing photos in the database"),
            on_done=self._photos_stored,
        )
        return self.photo_task

    def _photos_stored(self, result: tuple[list, list]) -> None:  # type: ignore[type-arg]
        stored, refused = result
        linked = {p.sha256 for p in self._linked_photos()}
        for p in stored:
            if p.sha256 not in linked and p.sha256 not in self.new_photos:
                self.new_photos.append(p.sha256)
        if stored:
            self._refresh_photos(show=stored[-1].sha256)
            self._write_pending = True
            self.flush_draft()
        if refused:
            lines = [texts.photo_problem(e) for e in refused if isinstance(e, PhotoError)]
            self.banner.show_message(
                "error",
                self.tr("Not attached, only JPEG or PNG photos can be kept:")
                + "\n"
                + "\n".join(lines),
            )
        elif stored:
            self.banner.show_message(
                "ok",
                self.tr("%n photo(s) attached; they are saved with the protocol.", "", len(stored)),
            )
        self._refresh_status()

    # -- keys and events ---------------------------------------------------------------------

    def _rejected(self, key: str) -> None:
        self.hint.setText(
            self.tr("Only whole numbers can be typed here: digits 0–9, no signs or decimals.")
        )
        self.hint.show()
        self.hint_timer.start()

    def _go_to_violation(self, violation: Violation) -> None:
        key = self.form.first_key_of(violation)
        if key:
            self.form.focus_key(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys that reach the widget without the shortcut map (embedded or in tests)."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_Escape:
            self.close_entry()
        elif ctrl and event.key() == Qt.Key.Key_S:
            self.save(final=not shift)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.photos.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.photos.dropEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush_draft()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_draft()
        super().closeEvent(event)
