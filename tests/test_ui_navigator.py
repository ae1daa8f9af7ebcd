"""The station navigator driven offscreen over a generated 5,000-station election.

Sorting and finding work on the model's own arrays; these tests check what
the user sees (order, matches, selection, counts) through the real widgets.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bench.navigator import build_national
from observer_app.stations import StationStatus, station_ids, station_index, station_statuses
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext, load_context
from observer_app.ui.navigator import NavigatorWidget
from observer_app.ui.navigator_model import Column, StationTableModel, status_text
from tests.ui_helpers import press, type_text

pytestmark = pytest.mark.gui
STATIONS = 5_000


@pytest.fixture(scope="module")
def national(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Database, ElectionContext]]:
    db = Database.open(tmp_path_factory.mktemp("national") / "national.sqlite3")
    build_national(db, STATIONS)
    yield db, load_context(db)
    db.close()


@pytest.fixture
def nav(qtbot: QtBot, national: tuple[Database, ElectionContext]) -> NavigatorWidget:
    db, ctx = national
    widget = NavigatorWidget()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.set_election(ctx, station_index(db, ctx.id))
    widget.set_statuses(station_statuses(db, ctx))
    return widget


def _codes(model: StationTableModel, n: int = 5) -> list[str]:
    return [model.station_code(r) or "" for r in range(n)]


def test_every_station_is_listed_with_its_status(
    nav: NavigatorWidget, national: tuple[Database, ElectionContext]
) -> None:
    db, ctx = national
    model = nav.model
    assert model.rowCount() == model.total == STATIONS
    table = station_statuses(db, ctx)
    assert model.counts() == table.counts(ctx.stations_by_id)
    assert model.counts()[StationStatus.OFFICIAL] > 0
    assert model.counts()[StationStatus.ERRORS] > 0
    for row in (0, 1, 2, 1234, STATIONS - 1):
        sid = model.station_id(row)
        assert sid is not None
        shown = model.data(model.index(row, Column.STATUS))
        assert shown == status_text(table.of(sid))
        assert model.status_of_row(model._view[row]) == table.of(sid)
    assert (
        model.data(model.index(0, Column.CODE)) == ctx.stations_by_id[model.station_id(0) or 0].code
    )
    # the single contest and the empty columns are hidden
    assert nav.contest_list.isHidden()
    assert nav.view.isColumnHidden(Column.CONTEST)
    assert not nav.view.isColumnHidden(Column.ADDRESS)


def test_sort_by_code_is_natural_and_reversible(nav: NavigatorWidget) -> None:
    model = nav.model
    region = "Алтайский край/УИК №"  # first in Cyrillic order; stations 501-1000
    nav.sort_by(Column.CODE)
    assert _codes(model, 3) == [f"{region}501", f"{region}502", f"{region}503"]
    assert nav.view.horizontalHeader().sortIndicatorSection() == Column.CODE
    nav.sort_by(Column.CODE, Qt.SortOrder.DescendingOrder)
    assert _codes(model, 2) == ["Чеченская Республика/УИК №5000", "Чеченская Республика/УИК №4999"]


def test_header_click_sorts_and_a_second_click_reverses(nav: NavigatorWidget, qtbot: QtBot) -> None:
    header = nav.view.horizontalHeader()
    header.sectionClicked.emit(Column.STATUS)
    statuses = [nav.model.status_of_row(nav.model._view[r]) for r in range(nav.model.rowCount())]
    assert statuses == sorted(statuses)
    header.sectionClicked.emit(Column.STATUS)
    assert nav.model.status_of_row(nav.model._view[0]) == StationStatus.OFFICIAL
    assert nav.model.sort_column == (Column.STATUS, Qt.SortOrder.DescendingOrder)


def test_sort_keeps_the_selected_station_selected(nav: NavigatorWidget) -> None:
    nav.select_view_row(42)
    before = nav.current_station()
    nav.sort_by(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert nav.current_station() == before


def test_typing_cyrillic_code_in_the_find_box_selects_the_station(nav: NavigatorWidget) -> None:
    nav.focus_find()
    type_text(nav.find_box, "уик №4321")
    assert nav.find_box.text() == "уик №4321"
    model = nav.model
    assert model.rowCount() == 1
    assert nav.current_station() is not None
    assert (nav.current_station() or (0, ""))[1].endswith("/УИК №4321")
    press(nav.find_box, Qt.Key.Key_Backspace)  # "уик №432": 432 and 4320..4329
    assert model.rowCount() == 11
    assert (nav.current_station() or (0, ""))[1].endswith("/УИК №432")


def test_find_by_address_words_and_clear_with_escape(nav: NavigatorWidget) -> None:
    nav.focus_find()
    type_text(nav.find_box, "ленина 17 школа № 5")
    model = nav.model
    assert 0 < model.rowCount() < STATIONS
    for row in range(model.rowCount()):
        sid = model.station_id(row)
        assert sid is not None
    press(nav.find_box, Qt.Key.Key_Escape)
    assert nav.find_box.text() == ""
    assert model.rowCount() == STATIONS


def test_arrow_keys_in_the_find_box_move_through_results_and_enter_opens(
    nav: NavigatorWidget, qtbot: QtBot
) -> None:
    nav.focus_find()
    type_text(nav.find_box, "№12")
    first = nav.current_row()
    press(nav.find_box, Qt.Key.Key_Down)
    assert nav.current_row() == (first or 0) + 1
    chosen = nav.current_station()
    with qtbot.waitSignal(nav.openRequested, timeout=1000) as opened:
        press(nav.find_box, Qt.Key.Key_Return)
    assert tuple(opened.args) == chosen


def test_typing_in_the_table_starts_a_search(nav: NavigatorWidget) -> None:
    nav.view.setFocus()
    type_text(nav.view, "Чеч")
    assert nav.find_box.text() == "Чеч"
    assert all(
        (nav.model.station_code(r) or "").startswith("Чеченская")
        for r in range(nav.model.rowCount())
    )


def test_status_filter_and_next_station_without_a_tally(nav: NavigatorWidget) -> None:
    model = nav.model
    combo = nav.status_filter
    combo.setCurrentIndex(combo.findData(int(StationStatus.ERRORS)))
    errors = model.counts()[StationStatus.ERRORS]
    assert model.rowCount() == errors
    assert all(model.status_of_row(model._view[r]) == StationStatus.ERRORS for r in range(errors))
    combo.setCurrentIndex(0)
    assert model.rowCount() == STATIONS
    nav.select_view_row(0)  # an observed station: the next one needs an entry
    assert model.status_of_row(model._view[0]) == StationStatus.ENTERED
    assert nav.select_next_needing_entry()
    assert nav.current_row() == 1
    assert (model.status_of_row(model._view[1]) or StationStatus.NO_TALLY).needs_entry


def test_staged_loading_shows_rows_before_the_index(
    qtbot: QtBot, national: tuple[Database, ElectionContext]
) -> None:
    """Stage 1 shows every row from the ids alone; the visible ones are read in blocks."""
    db, ctx = national
    nav = NavigatorWidget()
    qtbot.addWidget(nav)
    nav.show()
    contests = {cid: c.name for cid, c in ctx.contests.items()}
    nav.show_ids(db, station_ids(db, ctx.id), contests)
    model = nav.model
    assert model.rowCount() == STATIONS and not model.index_ready
    assert model.data(model.index(3000, Column.CODE)).endswith("/УИК №3001")
    assert model.data(model.index(0, Column.STATUS)) == "…"
    type_text(nav.find_box, "№4999")  # typed before the index arrives: applied when it does
    assert model.rowCount() == STATIONS
    nav.set_index(station_index(db, ctx.id).prepare(), contests)
    assert model.rowCount() == 1
    assert (nav.current_station() or (0, ""))[1].endswith("/УИК №4999")


def test_status_refresh_of_one_station_updates_counts(
    nav: NavigatorWidget,
) -> None:
    model = nav.model
    before = model.counts()
    row = 2  # an official-only station
    sid = model.station_id(row)
    assert sid is not None and model.status_of_row(model._view[row]) == StationStatus.OFFICIAL
    from observer_app.stations import StatusTable

    model.update_statuses(StatusTable({sid: StationStatus.ENTERED}, {sid}))
    after = model.counts()
    assert after[StationStatus.OFFICIAL] == before[StationStatus.OFFICIAL] - 1
    assert after[StationStatus.ENTERED] == before[StationStatus.ENTERED] + 1
    assert model.data(model.index(row, Column.OFFICIAL)) == "✓"
