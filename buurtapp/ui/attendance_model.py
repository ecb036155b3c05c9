"""The attendance list of one session: who is offered, who is ticked, and newcomers found by
typing. Ticking writes at once, as one undoable operation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from buurtapp.core import operations as ops
from buurtapp.core.week import Candidate, candidates, find_participants
from buurtapp.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendanceModel(QAbstractListModel):
    """Checkable rows; the core group and last time's people first, then search matches."""

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session_id: int | None = None
        self._offered: list[Candidate] = []
        self._found: list[Candidate] = []
        self.search_text = ""

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.search_text = ""
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        database = self.workspace.database
        self._offered = candidates(database, self.session_id) if self.session_id else []
        self._found = []
        if self.search_text and self.session_id:
            known = {c.participant_id for c in self._offered}
            self._found = [
                Candidate(p["id"], p["name"], False, False, False)
                for p in find_participants(database, self.search_text)
                if p["id"] not in known
            ]
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.search_text = text.strip()
        self.reload()

    def rows(self) -> list[Candidate]:
        needle = self.search_text.casefold()
        offered = [c for c in self._offered if needle in c.name.casefold()]
        return offered + self._found

    @property
    def present_count(self) -> int:
        return sum(1 for c in self._offered if c.present)

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows()[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = row.name or QCoreApplication.translate("Attendance", "(anonymised)")
            marks = []
            if row.core:
                marks.append(QCoreApplication.translate("Attendance", "core group"))
            elif row.last_time:
                marks.append(QCoreApplication.translate("Attendance", "came last time"))
            return f"{name}  ·  {', '.join(marks)}" if marks else name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and row.present:
            font = QFont()
            font.setBold(True)
            return font
        if role == PARTICIPANT_ROLE:
            return row.participant_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self.session_id:
            return False
        present = Qt.CheckState(value) == Qt.CheckState.Checked
        return self.set_present(index.row(), present)

    def set_present(self, row: int, present: bool) -> bool:
        candidate = self.rows()[row]
        self.workspace.run(ops.set_attendance, self.session_id, candidate.participant_id, present)
        return True

    def toggle(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.set_present(row, not self.rows()[row].present)
