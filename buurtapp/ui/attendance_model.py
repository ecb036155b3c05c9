"""The attendance list of one session: who is offered, who is ticked, and newcomers found by
typing. Ticking writes at once, as one undoable operation."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from buurtapp.core.errors import BuurtappError
from buurtapp.core.model import records as r
from buurtapp.core.model.repository import Repository
from buurtapp.core.planning.week import Candidate, candidates, find_participants
from buurtapp.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendanceModel(QAbstractListModel):
    """Checkable rows; the core group and last time's people first, then search matches."""

    #: A tick could not be written (a BuurtappError); the panel tells the user.
    failed = Signal(object)

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session_id: int | None = None
        self._offered: list[Candidate] = []
        self._found: list[Candidate] = []
        #: Where people found by typing live: two of the same name are told apart by it.
        self._where: dict[int, str] = {}
        self._shown_session: int | None = None  # the list kept its people for this session
        self.search_text = ""
        #: rows() as last made: the view asks data() of each row several times per paint
        self._rows: list[Candidate] | None = None

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self._shown_session = None
        self.search_text = ""
        self.reload()

    def reload(self) -> None:
        """Read the rows again. When the same people are listed in the same order (a tick, an
        undo, a name changed elsewhere) only their data changes, so the view keeps its current
        row; otherwise the list is rebuilt."""
        database = self.workspace.database
        offered = candidates(database, self.session_id) if self.session_id else []
        found: list[Candidate] = []
        if self.search_text and self.session_id:
            known = {c.participant_id for c in offered}
            people = [p for p in find_participants(database, self.search_text) if p.id not in known]
            found = [Candidate(p.id, p.name, False, False, False) for p in people]
            self._where = {p.id: p.neighbourhood for p in people if p.neighbourhood}
        if self.session_id and self.session_id == self._shown_session:
            # Someone unticked stays where they were (unticked) until another session or
            # search is shown, so the current row never jumps away under Space.
            ids = {c.participant_id for c in offered} | {c.participant_id for c in found}
            for position, gone in enumerate(self._offered):
                if gone.participant_id not in ids and self._exists(gone.participant_id):
                    offered.insert(min(position, len(offered)), replace(gone, present=False))
        self._shown_session = self.session_id
        before = [c.participant_id for c in self.rows()]
        needle = self.search_text.casefold()
        after = [c.participant_id for c in offered if needle in c.name.casefold()]
        after += [c.participant_id for c in found]
        if before == after and before:
            self._offered, self._found, self._rows = offered, found, None
            self.dataChanged.emit(self.index(0, 0), self.index(len(after) - 1, 0))
            return
        self.beginResetModel()
        self._offered, self._found, self._rows = offered, found, None
        self.endResetModel()

    def _exists(self, participant_id: int) -> bool:
        try:
            Repository(self.workspace.database, r.Participant).get(participant_id)
        except BuurtappError:  # deleted meanwhile (the undo of a newcomer)
            return False
        return True

    def set_search(self, text: str) -> None:
        self.search_text = text.strip()
        self._shown_session = None
        self.reload()

    def rows(self) -> list[Candidate]:
        """The rows shown: the offered people whose name holds the typed text, then the
        people found by it."""
        if self._rows is None:
            needle = self.search_text.casefold()
            offered = [c for c in self._offered if needle in c.name.casefold()]
            self._rows = offered + self._found
        return self._rows

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
            elif row.participant_id in self._where and row in self._found:
                marks.append(self._where[row.participant_id])
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
        """Tick or untick; an error (a read-only file) goes to ``failed``, never lost."""
        from buurtapp.core import operations as ops  # loaded when first used: not at start

        candidate = self.rows()[row]
        try:
            self.workspace.run(
                ops.set_attendance, self.session_id, candidate.participant_id, present
            )
        except BuurtappError as error:
            self.failed.emit(error)
            return False
        return True

    def toggle(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.set_present(row, not self.rows()[row].present)
