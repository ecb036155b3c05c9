"""A table model over the rows of one list: the rows as they were loaded, their texts made once.

Sorting happens on the plain Python values (20,000 rows in a few milliseconds); letting
``QSortFilterProxyModel`` sort would call back into Python for every comparison. The shown text
of each cell is made once, at load (:mod:`buurtapp.ui.row_texts`), and the order of a column
the first time it is asked for (3-6 ms at 20,000 rows), then kept until the rows change: a
filter or a click on a column header then only walks lists.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from buurtapp.ui.row_texts import RowTexts
from buurtapp.ui.table_column import Column, sort_order

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

# plain ints: data() compares the role a few thousand times per repaint
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ROW = int(ROW_ROLE)
_SORT = int(SORT_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(QAbstractTableModel):
    """Rows (dicts from ``core.listings``) shown through a list of :class:`Column`."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[dict] = []
        self._texts = RowTexts(self.columns, [])
        self._ids: dict[Any, int] | None = None
        #: (column, descending) -> positions of the rows in that order
        self._orders: dict[tuple[int, bool], array[int]] = {}

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._set(list(rows))
        self.endResetModel()

    def _set(self, rows: list[dict]) -> None:
        self._rows = rows
        self._texts = RowTexts(self.columns, rows)
        self._ids = None
        self._orders = {}

    def row(self, index: int) -> dict:
        return self._rows[index]

    def rows(self) -> list[dict]:
        return self._rows

    def texts(self) -> RowTexts:
        """The shown text of every cell and the haystack of every row."""
        return self._texts

    def row_of_id(self, record_id: Any) -> int | None:
        """The position of the row whose ``id`` is ``record_id`` (None when there is none)."""
        if self._ids is None:
            self._ids = {row.get("id"): number for number, row in enumerate(self._rows)}
        return self._ids.get(record_id)

    def order(self, column: int, descending: bool) -> array[int]:
        """Positions of the rows sorted by ``column`` (made once per load and kept)."""
        found = self._orders.get((column, descending))
        if found is None:
            found = sort_order(self._rows, self.columns[column].key, descending)
            self._orders[(column, descending)] = found
        return found

    def cell(self, row: int, column: int, role: int) -> Any:
        """What ``data()`` answers for a row and column (the filter model asks it directly)."""
        if role == _DISPLAY:
            return self._texts.texts[column][row]
        if role == _ALIGN:
            return _RIGHT if self.columns[column].align_right else None
        if role == _ROW:
            return self._rows[row]
        if role == _SORT:
            return self._rows[row].get(self.columns[column].key)
        return None

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self.columns[section].header)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows themselves in order (tables without a filter model: a list page sorts
        in its :class:`~buurtapp.ui.record_filter.RecordFilterProxy` and leaves these alone)."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        order_of = self.order(column, order == Qt.SortOrder.DescendingOrder)
        rows = [self._rows[i] for i in order_of]
        self._rows = rows
        self._texts.reorder(order_of)
        self._ids = None
        self._orders = {}
        # Persistent indexes (the selection, the current row, a proxy's mapping) follow their
        # record to its new row; without this the selection lands on another record.
        new_row = [0] * len(order_of)
        for new, old in enumerate(order_of):
            new_row[old] = new
        old_indexes = self.persistentIndexList()
        new_indexes = [
            self.index(new_row[i.row()], i.column()) if i.isValid() else QModelIndex()
            for i in old_indexes
        ]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()
