"""The rows of a list that match its filter, in the order of the column clicked.

Not a ``QSortFilterProxyModel``: that one asks Python once per row for every filter (and
reports the change as hundreds of inserted and removed ranges), 30 ms or more for 20,000 rows.
This model keeps a plain list of the source rows it shows: a filter is one pass of
``needle in haystack`` over the texts the source made once, typing one more letter only looks
among the rows already shown, and a sort takes the order the source keeps per column. Each
change is one layout change that moves the persistent indexes (selection, current row) with
their record, or drops them when their record is filtered out.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)

from buurtapp.ui.record_table import Index, RecordTableModel

_VERTICAL = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
#: The form of the layout signals that carries a hint (PySide6's default form has none).
#: "Rows only", as ``QSortFilterProxyModel`` says when it sorts: the horizontal header then
#: leaves its sections (column widths, order) alone instead of noting and restoring them.
_WITH_HINT = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")


def _rows_only(signal: Any) -> None:
    """Emit a layout signal with the hint "rows only" (PySide6's stubs know no overloads)."""
    signal[_WITH_HINT].emit([], _VERTICAL)


class RecordFilterProxy(QAbstractTableModel):
    """Filters on any part of the shown text (casefolded, the words as one piece of text, as
    typed) and sorts on the stored values of a column, both without changing the source."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: RecordTableModel | None = None
        self._needle = ""
        self._column = -1
        self._descending = False
        #: source rows shown, in the order shown; never changed in place (it may be the
        #: source's cached order itself)
        self._shown: Sequence[int] = []
        self._held: list[tuple[QModelIndex, dict | None]] = []

    # -- the source ------------------------------------------------------------------------
    def setSourceModel(self, model: RecordTableModel) -> None:
        if self._source is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self.beginResetModel()
        self._source = model
        for signal, slot in self._connections():
            signal.connect(slot)
        self._shown = self._compute()
        self.endResetModel()

    def _connections(self) -> list[tuple[Any, Any]]:
        source = self._source
        assert source is not None
        return [
            (source.modelAboutToBeReset, self.beginResetModel),
            (source.modelReset, self._source_reset),
            (source.layoutAboutToBeChanged, self._source_layout_about),
            (source.layoutChanged, self._source_layout_changed),
        ]

    def sourceModel(self) -> RecordTableModel | None:
        return self._source

    def _source_reset(self) -> None:
        self._shown = self._compute()
        self.endResetModel()

    def _source_layout_about(self) -> None:
        # The source put its own rows in another order: remember which row each persistent
        # index is on, to find it again in the new order.
        _rows_only(self.layoutAboutToBeChanged)
        source = self._source
        assert source is not None
        self._held = [
            (i, source.row(self._shown[i.row()]) if i.isValid() else None)
            for i in self.persistentIndexList()
        ]

    def _source_layout_changed(self) -> None:
        source = self._source
        assert source is not None
        self._shown = self._compute()
        where = {id(row): number for number, row in enumerate(source.rows())}
        olds, news = [], []
        for held, row in self._held:
            position = self.position(where[id(row)]) if row is not None else None
            olds.append(held)
            news.append(
                self.index(position, held.column()) if position is not None else QModelIndex()
            )
        self._held = []
        self.changePersistentIndexList(olds, news)
        _rows_only(self.layoutChanged)

    # -- filtering and sorting -------------------------------------------------------------
    def set_filter_text(self, text: str) -> None:
        """Show the rows whose shown text contains ``text`` (trimmed, any case)."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        # One more letter can only hide rows: look among those shown (in the same order).
        base = self._shown if self._needle in needle else None
        self._needle = needle
        if self._source is not None:
            self._relayout(self._compute(base))

    def filter_text(self) -> str:
        return self._needle

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows by ``column`` (-1: in the order they were loaded)."""
        self._column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        if self._source is not None:
            self._relayout(self._compute())

    def _compute(self, base: Sequence[int] | None = None) -> Sequence[int]:
        source = self._source
        if source is None:
            return []
        if base is None:
            if 0 <= self._column < len(source.columns):
                base = source.order(self._column, self._descending)
            else:
                base = array("l", range(source.rowCount()))
        if not self._needle:
            return base
        needle, haystacks = self._needle, source.texts().haystacks
        return [row for row in base if needle in haystacks[row]]

    def _relayout(self, shown: Sequence[int]) -> None:
        """Show ``shown``; persistent indexes stay on their record or become invalid."""
        _rows_only(self.layoutAboutToBeChanged)
        before, self._shown = self._shown, shown
        olds = self.persistentIndexList()
        moved: dict[int, int | None] = {}
        news = []
        for index in olds:
            if not index.isValid():
                news.append(QModelIndex())
                continue
            row = before[index.row()]
            if row not in moved:
                moved[row] = self.position(row)
            position = moved[row]
            news.append(QModelIndex() if position is None else self.index(position, index.column()))
        self.changePersistentIndexList(olds, news)
        _rows_only(self.layoutChanged)

    # -- mapping -----------------------------------------------------------------------------
    def position(self, source_row: int) -> int | None:
        """Where the source's row ``source_row`` is shown (None when the filter hides it)."""
        try:
            return self._shown.index(source_row)
        except ValueError:
            return None

    def source_row(self, row: int) -> int:
        return self._shown[row]

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or self._source is None:
            return QModelIndex()
        return self._source.index(self._shown[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        position = self.position(index.row()) if index.isValid() else None
        return QModelIndex() if position is None else self.index(position, index.column())

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return len(self._source.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._source is None:
            return None
        return self._source.cell(self._shown[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._source is None:
            return None
        return self._source.headerData(section, orientation, role)
