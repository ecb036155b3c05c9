"""A small table of records that belong to an initiative, with Add, Edit and Delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtapp.ui import record_actions
from buurtapp.ui.record_model import ROW_ROLE, Column, RecordTableModel
from buurtapp.ui.workspace import Workspace


class DetailTable(QWidget):
    """Rows of one ``kind`` given by ``load()``; new records get ``defaults``."""

    def __init__(
        self,
        workspace: Workspace,
        kind: str,
        columns: list[Column],
        load: Callable[[], list[dict]],
        defaults: dict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.kind = kind
        self.load = load
        self.defaults = defaults
        self.setObjectName(f"detail_{kind}")
        self.model = RecordTableModel(columns, self)
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(columns):
            self.table.setColumnWidth(number, column.width)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.activated.connect(lambda _index: self.edit())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("add")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        workspace.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.load())

    def _changed(self, tables: set) -> None:
        if self.kind in tables or "sessions" in tables:
            self.reload()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.data(ROW_ROLE) or self.model.row(index.row())
        return row["id"]

    def add(self) -> None:
        record_actions.open_new(self.workspace, self.kind, self, **self.defaults)

    def edit(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            record_actions.open_existing(self.workspace, self.kind, record_id, self)

    def delete(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            record_actions.delete(self.workspace, self.kind, record_id, self)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.delete()
        else:
            super().keyPressEvent(event)
