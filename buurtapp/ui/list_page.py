"""One list of the window: a title, New/Edit/Delete, a filter field and a sortable table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core import formatting
from buurtapp.ui.record_model import ROW_ROLE, Column, RecordFilterProxy, RecordTableModel
from buurtapp.ui.style import heading


class RecordTable(QTableView):
    """Enter opens the row, Delete asks to delete it."""

    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)


class ListPage(QWidget):
    """Rows of one kind. Signals carry the record id: ``open``, ``new``, ``delete``."""

    open = Signal(int)
    new = Signal()
    delete = Signal(int)

    def __init__(
        self, kind: str, title: str, columns: list[Column], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"page_{kind}")
        self.model = RecordTableModel(columns, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.title = heading(QCoreApplication.translate("Pages", title))
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setObjectName("new")
        self.new_button.setToolTip(self.tr("New (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Open…"))
        self.edit_button.setObjectName("edit")
        self.edit_button.setToolTip(self.tr("Open the selected row (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("delete")
        self.delete_button.setToolTip(self.tr("Delete the selected row (Del)"))
        self.new_button.clicked.connect(self.new.emit)
        self.edit_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)

        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setAccessibleName(self.tr("Filter the list"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter this list…"))
        self.filter.textChanged.connect(self._filter_changed)
        self.count = QLabel()
        self.count.setObjectName("count")

        self.table = RecordTable()
        self.table.setObjectName("table")
        self.table.setAccessibleName(self.title.text())  # "Deelnemers": the page's list
        self.table.setModel(self.proxy)
        #: The record last highlighted, kept while a filter hides it.
        self._chosen: int | None = None
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(columns):
            self.table.setColumnWidth(number, column.width)
        # One signal opens: `activated` comes on Enter and on a double-click (on X11 a
        # double-click also emits `doubleClicked`; connecting both opened two editors).
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.delete_requested.connect(self.delete_current)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        # the count beside the filter it follows (not in the title row: with large text on a
        # small screen that row would make the page wider than the screen)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter, 1)
        filter_row.addSpacing(12)
        filter_row.addWidget(self.count)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)

    # -- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: list[dict]) -> None:
        """Show ``rows``, keeping the sort order and the selected record."""
        keep = self.current_id() if self.current_id() is not None else self._chosen
        # the filter model keeps its filter text and sort column through the new rows
        self.model.set_rows(rows)
        # The count beside the filter formats numbers in the window's language; the first use
        # loads the language's number rules (20 ms): now, not at the first keystroke.
        formatting.count(len(rows))
        if keep is not None:
            self.select_id(keep)
        self._update_count()

    def current_id(self) -> int | None:
        """The record the user sees highlighted (None when no row is highlighted): what
        Open, Delete and "print the chosen…" act on."""
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if len(rows) != 1:
            return None
        row = rows[0].data(ROW_ROLE)
        return row["id"] if row else None

    def select_id(self, record_id: int) -> bool:
        """Highlight the record ``record_id`` (False when it is not in the list or the filter
        hides it). A look-up, not a walk over 20,000 rows."""
        source_row = self.model.row_of_id(record_id)
        row = self.proxy.position(source_row) if source_row is not None else None
        if row is None:
            return False
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._chosen = record_id
        return True

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open.emit(record_id)

    def delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.delete.emit(record_id)

    def _filter_changed(self, text: str) -> None:
        # The chosen record stays chosen while the filter hides it, and is highlighted again
        # as soon as it shows (a filter that is cleared brings the same record back).
        keep = self.current_id() if self.current_id() is not None else self._chosen
        self.proxy.set_filter_text(text)
        if keep is not None and self.current_id() != keep and not self.select_id(keep):
            self.table.selectionModel().clear()
        self._chosen = keep
        self._update_count()

    def _selection_changed(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self._chosen = record_id

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n record(s)", "", total))
        else:
            self.count.setText(
                self.tr("%1 of %2 shown")
                .replace("%1", formatting.count(shown))
                .replace("%2", formatting.count(total))
            )
