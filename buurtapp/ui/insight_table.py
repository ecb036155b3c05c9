"""A read-only table on the Inzichten page; Enter or double-click opens the record a row is
about (each row carries its ``kind`` and ``id``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from buurtapp.ui.record_model import ROW_ROLE, Column, RecordTableModel


class InsightTable(QTableView):
    open_record = Signal(str, int)

    def __init__(
        self, columns: list[Column], sortable: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model_ = RecordTableModel(columns, self)
        self.setModel(self.model_)
        # No column claims an order the rows do not have: they come in the core's order.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(sortable)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(columns):
            self.setColumnWidth(number, column.width)
        self.activated.connect(self._open)
        self.doubleClicked.connect(self._open)

    def set_rows(self, rows: list[dict]) -> None:
        self.model_.set_rows(rows)

    def _open(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row and row.get("kind") and row.get("id") is not None:
            self.open_record.emit(row["kind"], int(row["id"]))
