"""Table models over reconciliation findings and contest summaries.

Both sort their own backing lists (``sort``): a ``QSortFilterProxyModel``
calling Python ``data()`` for every comparison takes seconds at 100,000 rows.
The findings model also filters itself (kind, contest, smallest difference,
text) over precomputed keys, so a keystroke never re-reads the findings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from observer_app.reconcile.findings import ContestSummary
from observer_app.reconcile.lines import line_label
from observer_app.reconcile.report import Report
from observer_app.reconcile.rows import FindingRow

HOT = QColor("#f8cbad")
FLAG = QColor("#ffd7d7")
Index = QModelIndex

KIND_TEXTS = {
    "station_discrepancy": "Station discrepancy",
    "observers_disagree": "Observers disagree",
    "arithmetic": "Arithmetic",
    "contest_totals": "Contest totals",
    "outcome_impact": "Outcome impact",
    "coverage": "Coverage",
    "official_revision": "Official revision",
}


def kind_text(kind: str) -> str:
    """A finding kind in the interface language."""
    return QCoreApplication.translate("FindingKinds", KIND_TEXTS.get(kind, kind))


def _noop_kinds() -> None:  # pragma: no cover - only for pyside6-lupdate
    QCoreApplication.translate("FindingKinds", "Station discrepancy")
    QCoreApplication.translate("FindingKinds", "Observers disagree")
    QCoreApplication.translate("FindingKinds", "Arithmetic")
    QCoreApplication.translate("FindingKinds", "Contest totals")
    QCoreApplication.translate("FindingKinds", "Outcome impact")
    QCoreApplication.translate("FindingKinds", "Coverage")
    QCoreApplication.translate("FindingKinds", "Official revision")


def _number(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)


def _signed(value: int | None) -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + QLocale().toString(value)


class FindingsModel(QAbstractTableModel):
    """Every finding as one row; sorting and filtering happen on the model's own lists."""

    COLUMNS = 9

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[FindingRow] = []
        self.visible: list[int] = []  # indices into rows, in display order
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.kind = ""
        self.contest = ""
        self.min_size = 0
        self.text = ""
        self._haystack: list[str] = []

    # -- data ---------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[FindingRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._haystack = [
            " ".join(
                (r.station, r.station_name, r.line, r.observers, r.contest, r.contest_name)
            ).casefold()
            for r in self.rows
        ]
        self._refilter()
        self.endResetModel()

    def row_at(self, row: int) -> FindingRow:
        return self.rows[self.visible[row]]

    def rowCount(self, parent: Index = Index()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = Index()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Kind"),
            self.tr("Contest"),
            self.tr("Station"),
            self.tr("Line"),
            self.tr("Observer"),
            self.tr("Official"),
            self.tr("Difference"),
            self.tr("Who / what"),
            self.tr("Details"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[self.visible[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return kind_text(r.kind)
            if col == 1:
                return r.contest_name or r.contest
            if col == 2:
                return f"{r.station} · {r.station_name}" if r.station else r.station_name
            if col == 3:
                return r.line
            if col == 4:
                return _number(r.observer)
            if col == 5:
                return _number(r.official)
            if col == 6:
                return _signed(r.delta)
            if col == 7:
                return r.observers
            return r.detail
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col == 6 and r.size:
            return QBrush(HOT)
        if role == Qt.ItemDataRole.ToolTipRole and col in (7, 8):
            return r.observers if col == 7 else r.detail
        return None

    # -- sorting and filtering ----------------------------------------------------------------
    def _key(self, column: int) -> Callable[[int], Any]:
        rows = self.rows
        keys: dict[int, Callable[[int], Any]] = {
            0: lambda i: rows[i].kind,
            1: lambda i: rows[i].contest_name or rows[i].contest,
            2: lambda i: (rows[i].station, rows[i].station_name),
            3: lambda i: rows[i].line,
            4: lambda i: (rows[i].observer is None, rows[i].observer or 0),
            5: lambda i: (rows[i].official is None, rows[i].official or 0),
            6: lambda i: rows[i].size,
            7: lambda i: rows[i].observers,
            8: lambda i: rows[i].detail,
        }
        return keys[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        if column < 0:
            return
        self.visible.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def set_filter(
        self, *, kind: str = "", contest: str = "", min_size: int = 0, text: str = ""
    ) -> None:
        self.beginResetModel()
        self.kind, self.contest, self.min_size = kind, contest, min_size
        self.text = text.strip().casefold()
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        kind, contest, size, text = self.kind, self.contest, self.min_size, self.text
        hay = self._haystack
        self.visible = [
            i
            for i, r in enumerate(self.rows)
            if (not kind or r.kind == kind)
            and (not contest or r.contest == contest)
            and (not size or r.size >= size)
            and (not text or text in hay[i])
        ]
        self._apply_sort()


class ContestsModel(QAbstractTableModel):
    """One row per contest: coverage, discrepancies, margin and the outcome-impact flag."""

    COLUMNS = 11

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rep: Report | None = None
        self.rows: list[ContestSummary] = []
        self.lang = "en"

    def set_report(self, rep: Report | None, lang: str) -> None:
        self.beginResetModel()
        self.rep, self.lang = rep, lang
        self.rows = list(rep.contests) if rep else []
        self.endResetModel()

    def rowCount(self, parent: Index = Index()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = Index()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Contest"),
            self.tr("Stations"),
            self.tr("Observed"),
            self.tr("Coverage"),
            self.tr("Voter coverage"),
            self.tr("Discrepant stations"),
            self.tr("Official winner"),
            self.tr("Runner-up"),
            self.tr("Margin"),
            self.tr("Margin if corrected"),
            self.tr("Outcome impact"),
        )[section]

    def _name(self, c: ContestSummary, key: str | None) -> str:
        if key is None or self.rep is None:
            return ""
        return line_label(self.rep.ctx, self.rep.contest(c.code), key, self.lang)

    def value(self, c: ContestSummary, col: int) -> Any:
        """The sortable value of a cell."""
        return (
            (c.code, c.name),
            c.stations,
            c.observed,
            c.coverage,
            c.voter_coverage or 0.0,
            c.discrepant_stations,
            self._name(c, c.winner),
            self._name(c, c.runner_up),
            c.margin if c.margin is not None else -1,
            c.corrected_margin if c.corrected_margin is not None else -1,
            c.could_change_winner,
        )[col]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            loc = QLocale()
            if col == 0:
                return f"{c.code} · {c.name}"
            if col in (1, 2, 5):
                return loc.toString(self.value(c, col))
            if col == 3:
                return loc.toString(c.coverage * 100, "f", 1) + " %"
            if col == 4:
                vc = c.voter_coverage
                return "" if vc is None else loc.toString(vc * 100, "f", 1) + " %"
            if col in (6, 7):
                return self.value(c, col)
            if col == 8:
                return _number(c.margin)
            if col == 9:
                return _number(c.corrected_margin)
            if not c.basis:
                return self.tr("no official figures")
            return self.tr("could change the winner") if c.could_change_winner else self.tr("no")
        if role == Qt.ItemDataRole.BackgroundRole and c.could_change_winner:
            return QBrush(FLAG)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3, 4, 5, 8, 9):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 10 and c.basis:
            shift = c.shift_between
            return self.tr("Net shift between winner and runner-up: {shift}").format(
                shift=_signed(shift)
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(
            key=lambda c: self.value(c, column), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self.layoutChanged.emit()
