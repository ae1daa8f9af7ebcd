"""The main window: menus, the station navigator, the entry form in place, the status line.

Opening a database runs in three stages off the GUI thread (see
``navigator_model``): the station list appears first, the election's context
and search index follow, the statuses last. Opening a station puts the entry
form (``observer_app.ui.entry.EntryWidget``) in the main area; Esc returns to
the list with the station's new status.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from observer_app import APP_NAME, __version__
from observer_app.domain.models import Election
from observer_app.progress import Progress
from observer_app.stations import (
    STATUS_ORDER,
    StationIndex,
    StationStatus,
    StatusTable,
    contest_names,
    station_ids,
    station_index,
    station_statuses,
)
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext, list_elections, load_context
from observer_app.ui import i18n, workers
from observer_app.ui.election_name import shown_name
from observer_app.ui.merge import install as install_coordinator_menus
from observer_app.ui.navigator import NavigatorWidget
from observer_app.ui.navigator_model import status_text
from observer_app.ui.reconcile.menu import install_results_menu
from observer_app.ui.settings import Settings, SettingsDialog
from observer_app.ui.shortcuts import ShortcutsDialog
from observer_app.ui.status_line import StatusLine
from observer_app.ui.welcome import DEMO, IMPORT, OPEN, WelcomeDialog, WelcomePanel

if TYPE_CHECKING:
    from observer_app.ui.import_dialog import ImportOutcome

DB_FILTER = "*.sqlite3 *.sqlite *.db"


def entry_screens() -> Any:
    """The protocol entry package (``EntryWidget``, ``DoubleEntryView``, ...), or None while
    that part is not in the build: then nothing stands in for it."""
    try:
        from observer_app.ui import entry
    except ImportError:
        return None
    return entry if hasattr(entry, "EntryWidget") else None


def remembered_location(db: Database) -> str:
    """What to store in the recent list: the file, or the URL without its password."""
    if db.sqlite_path is not None:
        return str(db.sqlite_path)
    url = make_url(db.url)
    return url.set(password=None).render_as_string(hide_password=False)


@dataclass
class Opened:
    """Stage 1 of opening: the database, its elections and the station ids of one."""

    location: str | None
    db: Database
    elections: list[Election]
    election: Election | None
    ids: list[int] = field(default_factory=list)
    contests: dict[int, str] = field(default_factory=dict)


def open_stage(location: str | None, code: str | None, progress: Progress) -> Opened:
    progress.update(0, 0, "opening the database")
    db = Database.open(location)
    try:
        elections = list_elections(db)
        election = next((e for e in elections if e.code == code), None) if code else None
        election = election or (elections[-1] if elections else None)
        if election is None or election.id is None:
            return Opened(location, db, elections, None)
        progress.update(0, 0, "reading the stations")
        return Opened(
            location,
            db,
            elections,
            election,
            station_ids(db, election.id),
            contest_names(db, election.id),
        )
    except BaseException:
        db.close()
        raise


def context_stage(db: Database, code: str) -> tuple[ElectionContext, StationIndex]:
    ctx = load_context(db, code)
    return ctx, station_index(db, ctx.id).prepare()


class MainWindow(QMainWindow):
    databaseOpened = Signal()  # stage 1 done (the list, or the welcome page, is shown)
    electionReady = Signal()  # stage 2 done: find, sort and opening stations work
    statusesReady = Signal()  # stage 3 done: every station has its status
    entryOpened = Signal(str)  # station code
    entryClosed = Signal()

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.db: Database | None = None
        self.location: str | None = None
        self.elections: list[Election] = []
        self.election: Election | None = None
        self.ctx: ElectionContext | None = None
        self.entry: QWidget | None = None
        self.entry_station: tuple[int, str, str] | None = None  # id, code, source
        self._generation = 0
        self._pending_open: tuple[int, str, str] | None = None
        self._entry_menu: QMenu | None = None
        self._yielded: dict[str, list[QKeySequence]] = {}
        self._offer_drafts_after_load = False
        self._welcome_offered = False
        self._restored = False
        self.first_start_offer = True  # the welcome dialog on an empty database
        self.restore_offer = True  # after a crash: offer unsaved drafts back when opening

        self.banner = QLabel()
        self.banner.setObjectName("syntheticBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#syntheticBanner { background: #fff3cd; color: #5c3c00; "
            "border-bottom: 1px solid #e0c36a; padding: 6px 12px; font-weight: bold; }"
        )
        self.banner.hide()
        self.navigator = NavigatorWidget()
        self.navigator.openRequested.connect(self._open_requested)
        self.navigator.countsChanged.connect(self._counts_changed)
        self.navigator.currentChanged.connect(self._update_actions)
        self.entry_host = QWidget()
        self.entry_host.setObjectName("entryHost")
        self.entry_layout = QVBoxLayout(self.entry_host)
        self.entry_layout.setContentsMargins(0, 0, 0, 0)
        self.welcome = WelcomePanel()
        self.welcome.setMaximumWidth(760)
        self.welcome.chosen.connect(self.welcome_choice)
        self.welcome_page = QWidget()
        self.welcome_page.setObjectName("welcomePage")
        centred = QHBoxLayout(self.welcome_page)
        centred.addStretch(1)
        centred.addWidget(self.welcome, 4)
        centred.addStretch(1)
        self.loading = QLabel()
        self.loading.setObjectName("loadingPage")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for page in (self.loading, self.navigator, self.entry_host, self.welcome_page):
            self.pages.addWidget(page)
        self.pages.currentChanged.connect(self._update_actions)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status_line = StatusLine()
        self.status_line.statusClicked.connect(self.show_only_status)
        self.status_line.operatorClicked.connect(self.edit_settings)
        self.statusBar().addPermanentWidget(self.status_line, 1)
        self.statusBar().setSizeGripEnabled(True)

        self.act: dict[str, QAction] = {}
        self._build_actions()
        self._build_menus()
        self.results_menu = install_results_menu(self)
        self.coordinator_menus = install_coordinator_menus(self)
        self.retranslate()
        self.status_line.set_operator(self.settings.operator)
        self._update_actions()
        self.resize(1280, 800)

    # -- actions and menus -----------------------------------------------------------------

    def _action(
        self,
        name: str,
        slot: Callable[[], Any],
        keys: str | QKeySequence.StandardKey | None = None,
        *,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{name}")
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(context)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self.act[name] = action
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        a("new_election", self.new_election, "Ctrl+Shift+N")
        a("open_database", self.choose_database, "Ctrl+O")
        a("open_server", self.choose_server_database, "Ctrl+Shift+O")
        a("import_election", self.import_election, "Ctrl+I")
        a("quit", self.close, "Ctrl+Q")
        a("copy_code", self.copy_station_code, "Ctrl+Shift+C")
        a("settings", self.edit_settings, "Ctrl+,")
        a("contests_panel", self.toggle_contests, "F9", checkable=True).setChecked(True)
        a("refresh", self.refresh, "F5")
        a("full_screen", self.toggle_full_screen, "F11", checkable=True)
        a("find", self.find_station, "Ctrl+F")
        open_action = a(
            "open_station",
            self.open_current,
            "Return",
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        open_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.navigator.addAction(open_action)
        self.removeAction(open_action)
        a("double_entry", self.open_current_second_entry, "Ctrl+D")
        a("compare", self.compare_current, "Ctrl+R")
        a("error_rates", self.show_error_rates, "Ctrl+Shift+R")
        a("next_station", self.next_without_tally, "Ctrl+N")
        a("back", self.back_to_list, "Esc")
        a("shortcuts", self.show_shortcuts, "F1")
        a("about", self.about)
        self.status_group = QActionGroup(self)
        a("show_all", lambda: self.show_only_status(-1), "Ctrl+0", checkable=True)
        self.status_group.addAction(self.act["show_all"])
        self.act["show_all"].setChecked(True)
        for n, status in enumerate(STATUS_ORDER, 1):
            action = a(
                f"show_{status.name.lower()}",
                lambda s=status: self.show_only_status(int(s)),
                f"Ctrl+{n}",
                checkable=True,
            )
            self.status_group.addAction(action)
        self.language_group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            action = a(f"lang_{code}", lambda c=code: self.set_language(c), checkable=True)
            action.setText(name)  # endonym: the same in every language
            self.language_group.addAction(action)
        self.navigator.status_filter.currentIndexChanged.connect(self._status_filter_changed)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        act = self.act
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([act["new_election"], act["open_database"], act["open_server"]])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        self.file_menu.addSeparator()
        self.file_menu.addAction(act["import_election"])
        self.elections_menu = self.file_menu.addMenu("")
        self.elections_menu.setObjectName("electionsMenu")
        self.file_menu.addSeparator()
        self.file_menu.addAction(act["quit"])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([act["copy_code"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(act["settings"])
        self.view_menu = bar.addMenu("")
        self.show_menu = self.view_menu.addMenu("")
        self.show_menu.addAction(act["show_all"])
        self.show_menu.addSeparator()
        self.show_menu.addActions([act[f"show_{s.name.lower()}"] for s in STATUS_ORDER])
        self.view_menu.addActions([act["contests_panel"], act["refresh"], act["full_screen"]])
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.language_group.actions())
        self.station_menu = bar.addMenu("")
        self.station_menu.addActions(
            [act["find"], act["open_station"], act["next_station"], act["back"]]
        )
        self.station_menu.addSeparator()
        self.station_menu.addActions([act["double_entry"], act["compare"], act["error_rates"]])
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([act["shortcuts"], act["about"]])
        self._fill_recent()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.station_menu.setTitle(self.tr("&Station"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("&Recent databases"))
        self.elections_menu.setTitle(self.tr("&Election"))
        self.show_menu.setTitle(self.tr("&Show"))
        self.language_menu.setTitle(self.tr("&Language"))
        texts = {
            "new_election": (
                self.tr("&New election…"),
                self.tr("Start a new database file for an election: the demo or an import"),
            ),
            "open_database": (self.tr("&Open database…"), self.tr("Open a database file")),
            "open_server": (
                self.tr("Open &server database…"),
                self.tr("Connect to the team's PostgreSQL database by its URL"),
            ),
            "import_election": (
                self.tr("&Import election…"),
                self.tr("Create an election from a definition file or a results table"),
            ),
            "quit": (self.tr("&Quit"), ""),
            "copy_code": (
                self.tr("&Copy station code"),
                self.tr("Copy the selected station's code"),
            ),
            "settings": (self.tr("Se&ttings…"), self.tr("Language and operator name")),
            "contests_panel": (
                self.tr("&Contests panel"),
                self.tr("Show or hide the list of contests"),
            ),
            "refresh": (self.tr("&Refresh"), self.tr("Read the stations and their statuses again")),
            "full_screen": (self.tr("&Full screen"), ""),
            "find": (self.tr("&Find station"), self.tr("Find a station by code, name or address")),
            "open_station": (
                self.tr("&Open station"),
                self.tr("Enter or correct the protocol figures"),
            ),
            "double_entry": (
                self.tr("&Double entry"),
                self.tr(
                    "Key the protocol again without seeing the first entry (blind double entry)"
                ),
            ),
            "next_station": (
                self.tr("&Next station without a tally"),
                self.tr("Open the next station in the list that has no observer entry"),
            ),
            "back": (
                self.tr("&Back to the list"),
                self.tr("Close the protocol form and return to the list"),
            ),
            "compare": (
                self.tr("&Compare double entry"),
                self.tr(
                    "Show the first and the blind second entry side by side and resolve differences"
                ),
            ),
            "error_rates": (
                self.tr("Operator &error rates…"),
                self.tr("How many keyed figures differed from the resolved value, per operator"),
            ),
            "shortcuts": (self.tr("&Keyboard shortcuts"), ""),
            "about": (self.tr("&About Observer App"), ""),
            "show_all": (self.tr("&All stations"), ""),
        }
        for name, (text, tip) in texts.items():
            self.act[name].setText(text)
            self.act[name].setStatusTip(tip)
            self.act[name].setToolTip(tip or text.replace("&", ""))
        for status in STATUS_ORDER:
            self.act[f"show_{status.name.lower()}"].setText(status_text(status))
        self.loading.setText(self.tr("Opening the database…"))
        self._fill_recent()
        self._fill_elections()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        parts = []
        if self.entry_station is not None:
            parts.append(self.entry_station[1])
        if self.election is not None:
            marker = self.tr("SYNTHETIC DEMO")
            parts.append(shown_name(self.election.name, self.election.synthetic, marker))
        parts.append(APP_NAME)
        self.setWindowTitle(" — ".join(parts))
        synthetic = self.election is not None and self.election.synthetic
        self.banner.setVisible(synthetic)
        self.banner.setText(
            self.tr(
                "Synthetic demo: the candidates, stations and figures are invented. "
                "Never publish or cite them."
            )
        )

    def _update_actions(self, *_: Any) -> None:
        page = self.pages.currentWidget()
        in_list = page is self.navigator
        in_entry = page is self.entry_host
        has_election = self.election is not None
        current = self.navigator.current_station() is not None
        self.act["find"].setEnabled(has_election and (in_list or in_entry))
        self.act["open_station"].setEnabled(in_list and current)
        self.act["double_entry"].setEnabled(in_list and current)
        self.act["compare"].setEnabled(in_list and current)
        self.act["error_rates"].setEnabled(self.ctx is not None and entry_screens() is not None)
        self.act["next_station"].setEnabled(has_election and (in_list or in_entry))
        self.act["back"].setEnabled(in_entry)
        self.act["copy_code"].setEnabled(in_list and current)
        for action in self.status_group.actions():
            action.setEnabled(in_list and self.navigator.model.statuses_ready)
        self.act["contests_panel"].setEnabled(in_list and len(self.navigator._contests) > 1)
        self.act["refresh"].setEnabled(has_election and in_list)

    # -- opening a database ----------------------------------------------------------------

    def open_database(self, location: str | None, code: str | None = None) -> workers.Task | None:
        """Open ``location`` (a file, a URL, or None for the default) and its newest election."""
        if not self._leave_entry():
            return None
        self._generation += 1
        generation = self._generation
        if self.db is None:
            self.pages.setCurrentWidget(self.loading)
        return workers.run_task(
            lambda progress: open_stage(location, code, progress),
            parent=self,
            title=self.tr("Opening the database"),
            on_done=lambda opened: self._opened(generation, opened),
        )

    def _opened(self, generation: int, opened: Opened) -> None:
        if generation != self._generation:
            opened.db.close()
            return
        if self.db is not None and self.db is not opened.db:
            self.db.close()
        self.db, self.location = opened.db, opened.location
        self.elections, self.election = opened.elections, opened.election
        self.ctx = None
        self.settings.remember_database(remembered_location(opened.db))
        self.settings.sync()
        self.status_line.set_database(opened.db.display_name)
        self.status_line.set_counts({})
        self._fill_recent()
        self._fill_elections()
        self._update_title()
        if self.election is None:
            self.navigator.clear()
            self.welcome.set_database(opened.db.display_name)
            self.pages.setCurrentWidget(self.welcome_page)
            self.databaseOpened.emit()
            if self.first_start_offer and not self._welcome_offered:
                self._welcome_offered = True
                self._offer_welcome()
            return
        self.navigator.show_ids(opened.db, opened.ids, opened.contests)
        self.pages.setCurrentWidget(self.navigator)
        self.navigator.view.setFocus()
        self._update_actions()
        self.databaseOpened.emit()
        self._offer_drafts_after_load = True
        self._load_context(generation)

    def _load_context(self, generation: int) -> None:
        assert self.db is not None and self.election is not None
        db, code = self.db, self.election.code
        self.status_line.set_busy(self.tr("Loading the stations…"))
        workers.run_task(
            lambda _progress: context_stage(db, code),
            parent=self,
            dialog=False,
            on_done=lambda result: self._context_ready(generation, *result),
            on_error=self._background_failed,
        )

    def _context_ready(self, generation: int, ctx: ElectionContext, index: StationIndex) -> None:
        if generation != self._generation:
            return
        self.ctx = ctx
        contests = {cid: c.name for cid, c in ctx.contests.items()}
        self.navigator.set_index(index, contests)
        self.act["contests_panel"].setChecked(self.navigator.contest_list.isVisible())
        self._update_actions()
        self.electionReady.emit()
        pending, self._pending_open = self._pending_open, None
        self._load_statuses(generation, index)
        if pending is not None:
            self.open_station(*pending)
        elif self._offer_drafts_after_load and self.restore_offer:
            # after this load only: a window closed (or a database opened) meanwhile skips it
            QTimer.singleShot(0, self, partial(self._offer_drafts, generation))
        self._offer_drafts_after_load = False

    def _load_statuses(self, generation: int, index: StationIndex) -> None:
        assert self.db is not None and self.ctx is not None
        db, ctx = self.db, self.ctx
        self.status_line.set_busy(self.tr("Checking the stations…"))

        def work(progress: Progress) -> StatusTable:
            table = station_statuses(db, ctx, progress)
            index.prepare_rest()  # the list is usable already; sorting by name/address is next
            return table

        workers.run_task(
            work,
            parent=self,
            dialog=False,
            on_done=lambda table: self._statuses_ready(generation, table),
            on_error=self._background_failed,
            on_progress=lambda done, total, _msg: self.status_line.set_busy(
                self.tr("Checking the stations…"), done, total
            ),
        )

    def _statuses_ready(self, generation: int, table: StatusTable) -> None:
        if generation != self._generation:
            return
        self.status_line.set_busy("")
        self.navigator.set_statuses(table)
        self._update_actions()
        self.statusesReady.emit()

    def _background_failed(self, exc: BaseException) -> None:
        self.status_line.set_busy("")
        from observer_app.ui.errors import show_error

        show_error(exc, self)

    def _counts_changed(self) -> None:
        model = self.navigator.model
        self.status_line.set_counts(model.counts() if model.statuses_ready else {})
        self._update_actions()

    def refresh(self) -> None:
        if self.db is not None and self.election is not None:
            self._generation += 1
            self._load_context(self._generation)

    # -- file menu -------------------------------------------------------------------------

    def choose_database(self) -> None:
        start = (
            str(Path(self.location).parent) if self.location and "://" not in self.location else ""
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            start,
            self.tr("Observer App databases") + f" ({DB_FILTER});;" + self.tr("All files") + " (*)",
        )
        if path:
            self.open_database(path)

    def choose_server_database(self) -> None:
        url, ok = QInputDialog.getText(
            self,
            self.tr("Open server database"),
            self.tr(
                "Database URL, for example postgresql+psycopg://user@host/observer\n"
                "(keep the password in ~/.pgpass rather than in the URL)"
            ),
            QLineEdit.EchoMode.Normal,
            self.location if self.location and "://" in self.location else "",
        )
        if ok and url.strip():
            self.open_database(url.strip())

    def new_election(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New election database"),
            "",
            self.tr("Observer App databases") + f" ({DB_FILTER})",
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".sqlite3"
        self._welcome_offered = False
        self.open_database(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_databases
        for n, location in enumerate(recent, 1):
            label = location if "://" in location else Path(location).name
            action = self.recent_menu.addAction(f"&{n} {label}")
            action.setObjectName(f"recent_{n}")
            action.setToolTip(location)
            action.setStatusTip(location)
            action.triggered.connect(lambda _=False, loc=location: self.open_database(loc))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)

    def _fill_elections(self) -> None:
        self.elections_menu.clear()
        group = QActionGroup(self.elections_menu)
        for election in self.elections:
            action = self.elections_menu.addAction(election.name)
            action.setCheckable(True)
            action.setChecked(self.election is not None and election.code == self.election.code)
            action.setToolTip(election.code)
            group.addAction(action)
            action.triggered.connect(
                lambda _=False, code=election.code: self.open_database(self.location, code)
            )
        self.elections_menu.menuAction().setVisible(len(self.elections) > 1)

    def import_election(self) -> None:
        if self.db is None:
            return
        # the import stack (readers, mappings) is loaded on first use, not at start
        from observer_app.ui.import_dialog import ImportDialog, import_work

        dialog = ImportDialog(self)
        if dialog.exec() != ImportDialog.DialogCode.Accepted:
            return
        db, choice = self.db, dialog.choice()
        workers.run_task(
            lambda progress: import_work(db, choice, progress),
            parent=self,
            title=self.tr("Importing {file}").format(file=choice.path.name),
            on_done=self._imported,
        )

    def _imported(self, outcome: ImportOutcome) -> None:
        e = outcome.election
        self.statusBar().showMessage(
            self.tr("Imported {name}: %Ln station(s)", "", e.stations).format(name=e.name),
            10_000,
        )
        self.open_database(self.location, e.code)

    # -- welcome ---------------------------------------------------------------------------

    def _offer_welcome(self) -> None:
        dialog = WelcomeDialog(self.db.display_name if self.db else "", self)
        dialog.finished.connect(lambda _code: self.welcome_choice(dialog.choice))
        dialog.open()

    def welcome_choice(self, choice: str) -> None:
        if choice == DEMO:
            self.create_demo()
        elif choice == IMPORT:
            self.import_election()
        elif choice == OPEN:
            self.choose_database()

    def create_demo(self) -> workers.Task | None:
        if self.db is None:
            return None
        from observer_app.demo import DEMO_CODE, create_demo

        db = self.db
        return workers.run_task(
            lambda progress: create_demo(db, progress),
            parent=self,
            title=self.tr("Creating the synthetic demo election"),
            on_done=lambda _summary: self.open_database(self.location, DEMO_CODE),
        )

    # -- stations --------------------------------------------------------------------------

    def find_station(self) -> None:
        if self._leave_entry():
            self.navigator.focus_find()

    def open_current(self, source: str = "observer") -> None:
        current = self.navigator.current_station()
        if current is not None:
            self.open_station(current[0], current[1], source)

    def open_current_second_entry(self) -> None:
        self.open_current("second-entry")

    def _open_requested(self, station_id: int, code: str) -> None:
        self.open_station(station_id, code, "observer")

    def open_station(self, station_id: int, code: str, source: str = "observer") -> bool:
        """Show the entry form for a station (queued until the election is loaded)."""
        return self._open_screen("entry", station_id, code, source)

    def compare_current(self) -> None:
        current = self.navigator.current_station()
        if current is not None:
            self._open_screen("compare", current[0], current[1], "second-entry")

    def _open_screen(self, kind: str, station_id: int, code: str, source: str) -> bool:
        if self.db is None:
            return False
        if self.ctx is None:
            if kind == "entry":
                self._pending_open = (station_id, code, source)
                self.statusBar().showMessage(
                    self.tr("Loading the election; the station opens next…")
                )
            return False
        screens = entry_screens()
        if screens is None:
            self.statusBar().showMessage(
                self.tr("The protocol entry form is not part of this build."), 8000
            )
            return False
        operator = self._ensure_operator()
        if not operator or not self._leave_entry():
            return False
        if kind == "entry":
            widget = screens.EntryWidget(
                self.db, self.ctx, code, source, operator, parent=self.entry_host
            )
            widget.saved.connect(self._entry_saved)
        else:
            widget = screens.DoubleEntryView(self.db, self.ctx, code, operator, self.entry_host)
            widget.resolved.connect(self._entry_saved)
        self._show_screen(widget, (station_id, code, source))
        return True

    def _show_screen(self, widget: QWidget, station: tuple[int, str, str]) -> None:
        """Put an entry screen in the main area in place of the list."""
        widget.closed.connect(self._detach_entry)  # type: ignore[attr-defined]
        self.entry, self.entry_station = widget, station
        self.entry_layout.addWidget(widget)
        self._add_entry_menu(widget)
        self.pages.setCurrentWidget(self.entry_host)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_title()
        self.entryOpened.emit(station[1])

    def show_error_rates(self) -> None:
        screens = entry_screens()
        if screens is None or self.db is None or self.ctx is None:
            return
        dialog = screens.ErrorRatesDialog(self.db, self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _offer_drafts(self, generation: int) -> None:
        """After a crash: the unsaved entries of this election, offered back once."""
        screens = entry_screens()
        if generation != self._generation:
            return  # the window was closed, or another database opened, since the load
        if screens is None or self.db is None or self.ctx is None or self.entry is not None:
            return
        draft = screens.offer_draft_restore(self.db, self.ctx, self)
        if draft is None or draft.station_code not in self.ctx.stations:
            return
        station = self.ctx.stations[draft.station_code]
        self.navigator.select_station(station.id)
        widget = screens.EntryWidget(
            self.db, self.ctx, draft.station_code, draft.source, draft.operator, self.entry_host
        )
        widget.saved.connect(self._entry_saved)
        self._show_screen(widget, (station.id, draft.station_code, draft.source))

    def _add_entry_menu(self, widget: QWidget) -> None:
        """The screen's own actions (Save...) in a menu, so Help lists their keys.

        A window action bound to the same key as one of the screen's yields its key
        while the screen is shown (Esc is the screen's "back"), so no key is ambiguous.
        """
        actions = [a for a in widget.actions() if a.text()]
        if not actions:
            return
        taken = {seq.toString() for a in actions for seq in a.shortcuts()}
        self._yielded = {}
        for name, action in self.act.items():
            if any(seq.toString() in taken for seq in action.shortcuts()):
                self._yielded[name] = action.shortcuts()
                action.setShortcuts([])
        self._entry_menu = QMenu(self.tr("&Protocol"), self)
        self._entry_menu.setObjectName("entryMenu")
        self._entry_menu.addActions(actions)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self._entry_menu)

    def _ensure_operator(self) -> str:
        if self.settings.operator:
            return self.settings.operator
        name, ok = QInputDialog.getText(
            self,
            self.tr("Operator name"),
            self.tr(
                "Your name as it should appear with every figure you enter "
                "(you can change it in Settings):"
            ),
        )
        if ok and name.strip():
            self.settings.operator = name
            self.settings.sync()
            self.status_line.set_operator(self.settings.operator)
        return self.settings.operator

    def _entry_saved(self, code: str) -> None:
        if self.db is None or self.ctx is None or code not in self.ctx.stations:
            return
        sid = self.ctx.stations[code].id
        db, ctx = self.db, self.ctx
        workers.run_task(
            lambda _p: station_statuses(db, ctx, station_ids=[sid]),
            parent=self,
            dialog=False,
            on_done=self.navigator.update_statuses,
        )

    def _leave_entry(self) -> bool:
        """Close the entry form if one is open; False when it refuses (keeps the user there)."""
        if self.entry is None:
            return True
        if not self.entry.close():
            return False
        self._detach_entry()
        return True

    def _detach_entry(self) -> None:
        widget, station = self.entry, self.entry_station
        if widget is None:
            return
        self.entry, self.entry_station = None, None
        self.entry_layout.removeWidget(widget)
        widget.hide()
        widget.setParent(None)  # out of the window now: its keys and texts go with it
        widget.deleteLater()
        if self._entry_menu is not None:
            self.menuBar().removeAction(self._entry_menu.menuAction())
            self._entry_menu.deleteLater()
            self._entry_menu = None
        for name, keys in self._yielded.items():
            self.act[name].setShortcuts(keys)
        self._yielded = {}
        self.pages.setCurrentWidget(self.navigator)
        if station is not None:
            self.navigator.select_station(station[0])
            self._entry_saved(station[1])
        self.navigator.view.setFocus()
        self._update_title()
        self.entryClosed.emit()

    def back_to_list(self) -> None:
        self._leave_entry()

    def next_without_tally(self) -> None:
        if not self._leave_entry():
            return
        if not self.navigator.model.statuses_ready:
            self.statusBar().showMessage(self.tr("Still checking the stations…"), 4000)
            return
        if not self.navigator.select_next_needing_entry():
            self.statusBar().showMessage(self.tr("Every station shown has a tally."), 6000)
            return
        self.open_current()

    def copy_station_code(self) -> None:
        current = self.navigator.current_station()
        if current is not None:
            QApplication.clipboard().setText(current[1])

    def show_only_status(self, status: int) -> None:
        combo = self.navigator.status_filter
        index = combo.findData(None if status < 0 else status)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _status_filter_changed(self, _index: int) -> None:
        data = self.navigator.status_filter.currentData()
        name = "show_all" if data is None else f"show_{StationStatus(data).name.lower()}"
        self.act[name].setChecked(True)

    def toggle_contests(self) -> None:
        self.navigator.contest_list.setVisible(self.act["contests_panel"].isChecked())

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # -- settings and help -----------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        self.settings.sync()
        i18n.install_language(lang)
        self._check_language()

    def _check_language(self) -> None:
        action = self.act.get(f"lang_{i18n.current_language()}")
        if action is not None:
            action.setChecked(True)

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.status_line.set_operator(self.settings.operator)
            self._check_language()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Observer App"),
            self.tr(
                "<h3>{app} {version}</h3>"
                "<p>Protocol entry, checks and reconciliation for citizen election observers.</p>"
                "<p>Every figure keeps who entered it, when and from which photo or file; "
                "nothing is overwritten.</p>"
                "<p>Database: {database}<br>Settings: {settings}</p>"
                "<p>Licence: GPL-3.0-or-later</p>"
            ).format(
                app=APP_NAME,
                version=__version__,
                database=self.db.display_name if self.db else "—",
                settings=self.settings.path,
            ),
        )

    # -- window life -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            geometry, state = self.settings.window_state()
            if geometry is not None:
                self.restoreGeometry(geometry)
            if state is not None:
                self.restoreState(state)
            self._check_language()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_entry():
            event.ignore()
            return
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self._generation += 1
        # the window goes at once; a background read (statuses, the search index)
        # may take a moment to notice the cancel, and the process waits for it
        self.hide()
        workers.cancel_all()
        if self.db is not None:
            self.db.close()
        super().closeEvent(event)
