"""The station list as a Qt model that stays quick at 97,699 stations.

``QSortFilterProxyModel`` calls Python ``data()`` for every comparison (17 s to
sort 100,000 rows), so this model sorts and filters its own backing arrays
(:class:`observer_app.stations.StationIndex`) and exposes only the visible
permutation, ``_view``: a view asks ``data()`` for the thirty rows on screen,
never for the rest.

Loading is lazy and in stages, so the list appears at once:

1. :meth:`StationTableModel.show_ids`: only the station ids (one quick query);
   the rows on screen are fetched a block at a time as they are painted;
2. :meth:`StationTableModel.set_index`: every code, name and address with their
   search texts and sort keys, built in a worker; find and sort wait for it;
3. :meth:`StationTableModel.set_statuses`: the status of every station,
   computed in a worker; :meth:`update_statuses` refreshes a few after a save.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from observer_app.stations import (
    STATUS_ORDER,
    StationIndex,
    StationRow,
    StationStatus,
    StatusTable,
    best_match,
    find_rows,
    station_rows,
)
from observer_app.storage.db import Database

Index = QModelIndex | QPersistentModelIndex
BLOCK = 256  # rows fetched at a time before the full list has arrived
KEEP = object()  # "leave this filter as it is"


class Column(IntEnum):
    CODE = 0
    NAME = 1
    ADDRESS = 2
    CONTEST = 3
    VOTERS = 4
    STATUS = 5
    OFFICIAL = 6


HEADERS = {
    Column.CODE: QT_TRANSLATE_NOOP("StationTable", "Code"),
    Column.NAME: QT_TRANSLATE_NOOP("StationTable", "Station"),
    Column.ADDRESS: QT_TRANSLATE_NOOP("StationTable", "Address"),
    Column.CONTEST: QT_TRANSLATE_NOOP("StationTable", "Contest"),
    Column.VOTERS: QT_TRANSLATE_NOOP("StationTable", "Voters"),
    Column.STATUS: QT_TRANSLATE_NOOP("StationTable", "Status"),
    Column.OFFICIAL: QT_TRANSLATE_NOOP("StationTable", "Official"),
}
HEADER_TIPS = {
    Column.VOTERS: QT_TRANSLATE_NOOP("StationTable", "Registered voters"),
    Column.OFFICIAL: QT_TRANSLATE_NOOP("StationTable", "Official figures imported"),
}

STATUS_TEXT = {
    StationStatus.NO_TALLY: QT_TRANSLATE_NOOP("StationStatus", "No tally"),
    StationStatus.DRAFT: QT_TRANSLATE_NOOP("StationStatus", "Draft"),
    StationStatus.ENTERED: QT_TRANSLATE_NOOP("StationStatus", "Entered"),
    StationStatus.DOUBLE_MATCH: QT_TRANSLATE_NOOP("StationStatus", "Double-entered, matching"),
    StationStatus.DOUBLE_DIFFER: QT_TRANSLATE_NOOP("StationStatus", "Double-entered, differing"),
    StationStatus.ERRORS: QT_TRANSLATE_NOOP("StationStatus", "Has errors"),
    StationStatus.OFFICIAL: QT_TRANSLATE_NOOP("StationStatus", "Official figures only"),
}
STATUS_TIPS = {
    StationStatus.NO_TALLY: QT_TRANSLATE_NOOP("StationStatus", "Nothing entered for this station"),
    StationStatus.DRAFT: QT_TRANSLATE_NOOP("StationStatus", "Entry started but not saved as final"),
    StationStatus.ENTERED: QT_TRANSLATE_NOOP("StationStatus", "Saved; no blind second entry yet"),
    StationStatus.DOUBLE_MATCH: QT_TRANSLATE_NOOP(
        "StationStatus",
        "The blind second entry agrees with the first (or every difference is resolved)",
    ),
    StationStatus.DOUBLE_DIFFER: QT_TRANSLATE_NOOP(
        "StationStatus", "The blind second entry differs from the first: resolve the differences"
    ),
    StationStatus.ERRORS: QT_TRANSLATE_NOOP(
        "StationStatus", "Saved figures break a control relation of the protocol"
    ),
    StationStatus.OFFICIAL: QT_TRANSLATE_NOOP(
        "StationStatus", "Official figures are imported; no observer entry yet"
    ),
}
STATUS_COLOR = {
    StationStatus.NO_TALLY: "#9aa0a6",
    StationStatus.DRAFT: "#e8a317",
    StationStatus.ENTERED: "#2f7de1",
    StationStatus.DOUBLE_MATCH: "#1e9e5a",
    StationStatus.DOUBLE_DIFFER: "#e0681f",
    StationStatus.ERRORS: "#d93b3b",
    StationStatus.OFFICIAL: "#7e57c2",
}


def status_text(status: StationStatus) -> str:
    return QCoreApplication.translate("StationStatus", STATUS_TEXT[status])


def status_tip(status: StationStatus) -> str:
    return QCoreApplication.translate("StationStatus", STATUS_TIPS[status])


@cache
def status_icon(status: StationStatus, size: int = 12) -> QIcon:
    """A coloured dot, the same colour everywhere a status is shown."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(STATUS_COLOR[status])
    painter.setBrush(QBrush(color))
    painter.setPen(color.darker(130))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class StationTableModel(QAbstractTableModel):
    """Stations of one election: the rows of ``_view``, sorted and filtered on arrays."""

    countsChanged = Signal()  # statuses changed: counts per status are new
    loaded = Signal()  # the full index has arrived: find and sort work

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._reset_state()

    def _reset_state(self) -> None:
        self._db: Database | None = None
        self._ids: list[int] = []
        self._index: StationIndex | None = None
        self._contests: dict[int, str] = {}
        self._contest_pos: dict[int, int] = {}
        self._statuses: StatusTable | None = None
        self._status_of_row: list[int] = []
        self._official_rows: list[bool] = []
        self._cache: dict[int, StationRow] = {}
        self._order: list[int] | None = None  # all rows sorted; None = file order
        self._sort: tuple[Column, Qt.SortOrder] | None = None
        self._text = ""
        self._contest: int | None = None
        self._status: StationStatus | None = None
        self._view: list[int] = []
        self._last_text_view: tuple[str, list[int]] | None = None

    # -- loading ---------------------------------------------------------------------------

    def clear(self) -> None:
        self.beginResetModel()
        self._reset_state()
        self.endResetModel()

    def show_ids(self, db: Database, ids: list[int], contests: dict[int, str]) -> None:
        """Stage 1: the list of stations, fetched a screenful at a time."""
        self.beginResetModel()
        self._db, self._ids, self._index, self._cache = db, ids, None, {}
        self._set_contests(contests)
        self._statuses, self._status_of_row, self._official_rows = None, [], []
        self._order, self._last_text_view = None, None
        self._view = list(range(len(ids)))
        self.endResetModel()

    def _set_contests(self, contests: dict[int, str]) -> None:
        self._contests = contests
        self._contest_pos = {cid: pos for pos, cid in enumerate(contests)}

    def set_index(self, index: StationIndex, contests: dict[int, str] | None = None) -> None:
        """Stage 2: the full list (codes, names, addresses, search texts, sort keys)."""
        self.beginResetModel()
        self._index, self._ids, self._cache = index, index.ids, {}
        if contests is not None:
            self._set_contests(contests)
        self._align_statuses()
        self._order = self._sorted_rows() if self._sort else None
        self._view = self._filtered(reuse_text=False)
        self.endResetModel()
        self.loaded.emit()

    def set_election(self, index: StationIndex, contests: dict[int, str]) -> None:
        """Both stages at once (tests, benchmarks, a small election)."""
        self._db = None
        self.set_index(index.prepare(), contests)

    def set_statuses(self, table: StatusTable) -> None:
        """Stage 3: the status of every station."""
        self._statuses = table
        self._align_statuses()
        if self._status is not None or (self._sort and self._sort[0] in _STATUS_COLUMNS):
            self.beginResetModel()
            self._order = self._sorted_rows() if self._sort else None
            self._view = self._filtered(reuse_text=False)
            self.endResetModel()
        elif self._view:
            self._status_cells_changed(0, len(self._view) - 1)
        self.countsChanged.emit()

    def update_statuses(self, partial: StatusTable) -> None:
        """New statuses of a few stations (after a save); the rows stay where they are."""
        if self._statuses is None or self._index is None:
            return
        self._statuses.update(partial)
        rows = self._index.row_of_id
        for sid, status in partial.status.items():
            row = rows.get(sid)
            if row is not None:
                self._status_of_row[row] = int(status)
                self._official_rows[row] = sid in self._statuses.official
                view_row = self.view_row_of(row)
                if view_row is not None:
                    self._status_cells_changed(view_row, view_row)
        self.countsChanged.emit()

    def _status_cells_changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, Column.STATUS), self.index(last, Column.OFFICIAL))

    def _align_statuses(self) -> None:
        if self._statuses is None or self._index is None:
            self._status_of_row, self._official_rows = [], []
            return
        of, official = self._statuses.status, self._statuses.official
        self._status_of_row = [int(of.get(sid, 0)) for sid in self._index.ids]
        self._official_rows = [sid in official for sid in self._index.ids]

    # -- what the view asks ----------------------------------------------------------------

    @property
    def index_ready(self) -> bool:
        return self._index is not None

    @property
    def statuses_ready(self) -> bool:
        return bool(self._status_of_row)

    @property
    def total(self) -> int:
        return len(self._ids)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StationTable", HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in HEADER_TIPS:
            return QCoreApplication.translate("StationTable", HEADER_TIPS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.VOTERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _row(self, row: int) -> StationRow | None:
        if self._index is not None:
            ix = self._index
            return (
                ix.codes[row],
                ix.names[row],
                ix.addresses[row],
                ix.contest_ids[row],
                ix.voters[row],
            )
        sid = self._ids[row]
        found = self._cache.get(sid)
        if found is None and self._db is not None:
            start = row - row % BLOCK
            block = self._ids[start : start + BLOCK]
            self._cache.update(station_rows(self._db, block))
            found = self._cache.get(sid)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._view):
            return None
        row = self._view[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS:
            status = self.status_of_row(row)
            return status_icon(status) if status is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STATUS:
                status = self.status_of_row(row)
                return status_tip(status) if status is not None else None
            if column in (Column.CODE, Column.NAME, Column.ADDRESS, Column.CONTEST):
                return self._display(row, column) or None  # the whole text when it is cut
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.VOTERS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == Column.OFFICIAL:
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[row]
        return None

    def _display(self, row: int, column: Column) -> str | None:
        if column == Column.STATUS:
            status = self.status_of_row(row)
            return status_text(status) if status is not None else "…"
        if column == Column.OFFICIAL:
            return "✓" if self._official_rows and self._official_rows[row] else ""
        found = self._row(row)
        if found is None:
            return "…"
        code, name, address, contest_id, voters = found
        if column == Column.CODE:
            return code
        if column == Column.NAME:
            return name
        if column == Column.ADDRESS:
            return address
        if column == Column.CONTEST:
            return self._contests.get(contest_id, "")
        return QLocale().toString(voters) if voters is not None else ""

    def status_of_row(self, row: int) -> StationStatus | None:
        return StationStatus(self._status_of_row[row]) if self._status_of_row else None

    # -- sorting and filtering on the arrays -----------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (Column(column), order)
        if self._index is None:
            return  # applied when the full list arrives
        self.layoutAboutToBeChanged.emit()
        kept = [(p, self.station_id(p.row())) for p in self.persistentIndexList()]
        self._order = self._sorted_rows()
        self._view = self._filtered(reuse_text=False)
        for old, sid in kept:
            row = self.view_row_of_station(sid) if sid is not None else None
            new = self.index(row, old.column()) if row is not None else QModelIndex()
            self.changePersistentIndex(old, new)
        self.layoutChanged.emit()

    def _sorted_rows(self) -> list[int] | None:
        """All rows in the chosen order; equal keys keep natural code order."""
        assert self._index is not None and self._sort is not None
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        ix = self._index
        if column == Column.CODE:
            return ix.code_order[::-1] if descending else list(ix.code_order)
        keys = self._sort_keys(column)
        if keys is None:
            return None
        return sorted(ix.code_order, key=keys.__getitem__, reverse=descending)

    def _sort_keys(self, column: Column) -> Sequence[Any] | None:
        ix = self._index
        assert ix is not None
        if column == Column.NAME:
            return ix.name_keys
        if column == Column.ADDRESS:
            return ix.address_keys
        if column == Column.CONTEST:
            pos = self._contest_pos
            return [pos.get(c, 0) for c in ix.contest_ids]
        if column == Column.VOTERS:
            return [-1 if v is None else v for v in ix.voters]
        if not self._status_of_row:
            return None
        return self._status_of_row if column == Column.STATUS else self._official_rows

    def set_filter(
        self,
        text: str | None = None,
        *,
        contest: int | object | None = KEEP,
        status: StationStatus | object | None = KEEP,
    ) -> None:
        """Change what is shown; arguments left out (``KEEP``) keep their current value."""
        if text is not None:
            self._text = text
        if contest is not KEEP:
            self._contest = contest if isinstance(contest, int) else None
            self._last_text_view = None
        if status is not KEEP:
            self._status = status if isinstance(status, StationStatus) else None
            self._last_text_view = None
        if self._index is None:
            return  # applied when the full list arrives
        self.beginResetModel()
        self._view = self._filtered()
        self.endResetModel()

    def _filtered(self, reuse_text: bool = True) -> list[int]:
        if self._index is None:
            return list(range(len(self._ids)))
        rows: Sequence[int] = self._order if self._order is not None else range(len(self._index))
        words = self._text.casefold().split()
        previous = self._last_text_view if reuse_text else None
        if words and previous is not None and self._text.casefold().startswith(previous[0]):
            rows = previous[1]  # typing on: only the rows that still matched can match
        else:
            if self._contest is not None:
                cids, wanted = self._index.contest_ids, self._contest
                rows = [r for r in rows if cids[r] == wanted]
            if self._status is not None and self._status_of_row:
                st, wanted_status = self._status_of_row, int(self._status)
                rows = [r for r in rows if st[r] == wanted_status]
        view = find_rows(self._index, self._text, rows)
        self._last_text_view = (self._text.casefold(), view) if words else None
        return view

    # -- questions the navigator asks ------------------------------------------------------

    def station_id(self, view_row: int) -> int | None:
        if 0 <= view_row < len(self._view):
            return self._ids[self._view[view_row]]
        return None

    def station_code(self, view_row: int) -> str | None:
        if not 0 <= view_row < len(self._view):
            return None
        found = self._row(self._view[view_row])
        return found[0] if found else None

    def view_row_of(self, row: int) -> int | None:
        try:
            return self._view.index(row)
        except ValueError:
            return None

    def view_row_of_station(self, station_id: int) -> int | None:
        if self._index is None:
            try:
                return self._ids.index(station_id)
            except ValueError:
                return None
        row = self._index.row_of_id.get(station_id)
        return None if row is None else self.view_row_of(row)

    def best_view_row(self) -> int | None:
        """The row type-to-find should select: an exact code, a code prefix, else the first."""
        if self._index is None or not self._view:
            return None
        row = best_match(self._index, self._text, self._view)
        return None if row is None else self.view_row_of(row)

    def next_needing_entry(self, after_view_row: int) -> int | None:
        """The next shown row (wrapping) with nothing entered by an observer yet."""
        if not self._status_of_row or not self._view:
            return None
        n = len(self._view)
        st, view = self._status_of_row, self._view
        needs = {int(s) for s in STATUS_ORDER if s.needs_entry}
        for step in range(1, n + 1):
            view_row = (after_view_row + step) % n
            if st[view[view_row]] in needs:
                return view_row
        return None

    def counts(self) -> dict[StationStatus, int]:
        """Stations per status over the whole election."""
        found = [0] * len(STATUS_ORDER)
        for s in self._status_of_row:
            found[s] += 1
        return {s: found[int(s)] for s in STATUS_ORDER}

    def contest_counts(self) -> dict[int, tuple[int, int]]:
        """Per contest: (stations, stations with an observer entry)."""
        out: dict[int, list[int]] = {cid: [0, 0] for cid in self._contests}
        if self._index is None:
            return {}
        st = self._status_of_row
        for row, cid in enumerate(self._index.contest_ids):
            pair = out.setdefault(cid, [0, 0])
            pair[0] += 1
            if st and not StationStatus(st[row]).needs_entry:
                pair[1] += 1
        return {cid: (a, b) for cid, (a, b) in out.items()}

    def empty_columns(self) -> set[Column]:
        """Columns with nothing to show for this election (hidden by the view)."""
        if self._index is None:
            return set()
        empty = set()
        if not any(self._index.names):
            empty.add(Column.NAME)
        if not any(self._index.addresses):
            empty.add(Column.ADDRESS)
        if len(self._contests) <= 1:
            empty.add(Column.CONTEST)
        if all(v is None for v in self._index.voters):
            empty.add(Column.VOTERS)
        return empty

    @property
    def filter_text(self) -> str:
        return self._text

    @property
    def sort_column(self) -> tuple[Column, Qt.SortOrder] | None:
        return self._sort


_STATUS_COLUMNS = (Column.STATUS, Column.OFFICIAL)
