"""A small table of records that belong to an initiative, with Add, Edit and Delete.

The table is part of the initiative's form, which is itself opened by ``record_actions``: so
the table does not import ``record_actions`` but is handed what it needs (:class:`RecordActions`,
in practice ``record_actions.ACTIONS``), which keeps the forms free of import cycles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

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

from buurtapp.ui.record_model import ROW_ROLE, Column, RecordTableModel
from buurtapp.ui.workspace import Workspace


class RecordActions(Protocol):
    """Opening and deleting records (``record_actions``), as the table uses them."""

    def open_new(
        self, workspace: Workspace, kind: str, parent: QWidget | None, **values: Any
    ) -> object: ...

    def open_existing(
        self, workspace: Workspace, kind: str, record_id: int, parent: QWidget | None
    ) -> object: ...

    def delete(
        self, workspace: Workspace, kind: str, record_id: int, parent: QWidget | None
    ) -> bool: ...


class DetailTable(QWidget):
    """Rows of one ``kind`` given by ``load()``; new records get ``defaults``."""

    def __init__(
        self,
        workspace: Workspace,
        kind: str,
        columns: list[Column],
        load: Callable[[], list[dict]],
        defaults: dict,
        actions: RecordActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.opener = actions
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
        self.opener.open_new(self.workspace, self.kind, self, **self.defaults)

    def edit(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.opener.open_existing(self.workspace, self.kind, record_id, self)

    def delete(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.opener.delete(self.workspace, self.kind, record_id, self)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.delete()
        else:
            super().keyPressEvent(event)
