"""A list model of (id, name) pairs for choosing a related record in a combo box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RefModel(QAbstractListModel):
    """Rows of ``(id, name)``; an optional first row "—" stands for no choice (id None)."""

    def __init__(
        self, pairs: list[tuple[int, str]], empty_text: str | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self._rows: list[tuple[int | None, str]] = []
        self.set_pairs(pairs)

    def set_pairs(self, pairs: list[tuple[int, str]]) -> None:
        """Offer ``pairs`` (after the "no choice" row), e.g. again after a record was made
        from the form that chooses it."""
        self.beginResetModel()
        self._rows = [(None, self._empty_text)] if self._empty_text is not None else []
        self._rows.extend(pairs)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        record_id, name = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name
        if role == ID_ROLE:
            return record_id
        return None

    def row_of(self, record_id: int | None) -> int:
        for number, (rid, _) in enumerate(self._rows):
            if rid == record_id:
                return number
        return -1

    def id_at(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None
