"""The rows of the week page as a light list model: day headers, "no sessions" and sessions.

A week of the large demo holds 1,444 sessions. A ``QStandardItemModel`` made an item per row,
formatted every time and emptied itself item by item (0.19 s for ``clear()`` alone), so each
change of week and each tick took 0.3 s. This model keeps one tuple per row, formats a line
only when the view asks for it (the lines in sight) and, when the same sessions come back
(a tick, an undo, a changed place), changes their data without a reset, so the current row and
the scroll position stay where they were.

The texts keep the "WeekPage" context they were translated in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from buurtapp.core import formatting
from buurtapp.core.planning.week import WeekLine
from buurtapp.ui.week_rows import COUNT_ROLE, SESSION_ROLE

Index = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 3
_HEADER, _EMPTY, _SESSION = 0, 1, 2
#: Flags per kind of row, made once: the view asks for every row's flags on each reset, and
#: or-ing Qt's flag enums in Python 1,444 times took 3 ms of the 16.
_FLAGS = {
    _HEADER: Qt.ItemFlag.ItemIsEnabled,  # read, never chosen
    _EMPTY: Qt.ItemFlag.ItemIsSelectable,  # "no sessions": greyed out
    _SESSION: Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable,
}


def _first_upper(text: str) -> str:
    """'maandag 23 november' -> 'Maandag 23 november' ('November' stays as it is in English)."""
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class _Row:
    kind: int
    day: date
    line: WeekLine | None = None


class RowView:
    """What ``QStandardItemModel.item(row)`` offered the tests and the page: a row's text,
    data and flags, read from the model (nothing is kept)."""

    def __init__(self, model: WeekModel, row: int) -> None:
        self._index = model.index(row, 0)
        self._flags = model.flags(self._index)

    def text(self) -> str:
        return str(self._index.data() or "")

    def data(self, role: int) -> Any:
        return self._index.data(role)

    def isSelectable(self) -> bool:
        return bool(self._flags & Qt.ItemFlag.ItemIsSelectable)

    def isEnabled(self) -> bool:
        return bool(self._flags & Qt.ItemFlag.ItemIsEnabled)


class WeekModel(QAbstractListModel):
    """One week: a header per day, its sessions in time order, or "no sessions"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._text: dict[int, str] = {}  # row -> its line, made when first asked for
        self._session_rows: list[int] = []
        self._row_of: dict[int, int] = {}
        self.today: date | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    # -- filling -------------------------------------------------------------------------------
    def set_week(self, monday: date, lines: list[WeekLine], today: date) -> bool:
        """Show the week of ``monday``. When the same sessions are listed in the same order
        only their data changes (no reset: the view keeps its current row); returns whether
        the rows were rebuilt."""
        rows = self._layout(monday, lines)
        same = len(rows) == len(self._rows) and today == self.today
        if same:
            same = all(
                a.kind == b.kind and a.day == b.day and (a.line is None or a.line.id == b.line.id)  # type: ignore[union-attr]
                for a, b in zip(rows, self._rows, strict=True)
            )
        if same:
            changed = [n for n, (a, b) in enumerate(zip(rows, self._rows, strict=True)) if a != b]
            self._rows = rows
            for n in changed:
                self._text.pop(n, None)
            if changed:
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], 0))
            return False
        self.beginResetModel()
        self.today = today
        self._rows = rows
        self._text = {}
        self._session_rows = [n for n, r in enumerate(rows) if r.kind == _SESSION]
        self._row_of = {r.line.id: n for n, r in enumerate(rows) if r.line is not None}
        self.endResetModel()
        return True

    def set_counts(self, counts: dict[int, int]) -> None:
        """New attendance counts (after a tick or its undo): only the lines that changed."""
        changed = []
        for number in self._session_rows:
            row = self._rows[number]
            line = row.line
            if line is not None and line.id in counts and counts[line.id] != line.present:
                self._rows[number] = _Row(row.kind, row.day, line._replace(present=counts[line.id]))
                self._text.pop(number, None)
                changed.append(number)
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], 0))

    @staticmethod
    def _layout(monday: date, lines: list[WeekLine]) -> list[_Row]:
        by_day: dict[str, list[WeekLine]] = {}
        for line in lines:
            by_day.setdefault(line.day, []).append(line)
        rows: list[_Row] = []
        for offset in range(7):
            day = monday + timedelta(days=offset)
            rows.append(_Row(_HEADER, day))
            todays = by_day.get(day.isoformat(), [])
            if not todays:
                rows.append(_Row(_EMPTY, day))
            rows.extend(_Row(_SESSION, day, line) for line in todays)
        return rows

    # -- reading -------------------------------------------------------------------------------
    def lines(self) -> list[WeekLine]:
        """The sessions listed, as they are shown now (counts included)."""
        return [r.line for r in self._rows if r.line is not None]

    def session_rows(self) -> list[int]:
        """The rows that are sessions, in order (the keyboard walks only these)."""
        return self._session_rows

    def row_of(self, session_id: int) -> int | None:
        return self._row_of.get(session_id)

    def first_row_of(self, day: date) -> int | None:
        """The row of ``day``'s first session, if it has one."""
        for row in self._session_rows:
            if self._rows[row].day == day:
                return row
        return None

    def item(self, row: int) -> RowView:
        return RowView(self, row)

    def itemFromIndex(self, index: Index) -> RowView:
        return RowView(self, index.row())

    def count_text(self, line: WeekLine) -> str:
        """The part of a row that is never cut off: the attendance count or "cancelled"."""
        if line.cancelled:
            return QCoreApplication.translate("WeekPage", "cancelled")
        if line.present or line.walk_ins:
            return QCoreApplication.translate("WeekPage", "%1 present").replace(
                "%1", formatting.count(line.present + line.walk_ins)
            )
        return ""

    def _line_text(self, row: _Row) -> str:
        if row.kind == _HEADER:
            text = _first_upper(formatting.long_day(row.day, with_year=False))
            return (
                text + " · " + QCoreApplication.translate("WeekPage", "today")
                if row.day == self.today
                else text
            )
        if row.kind == _EMPTY or row.line is None:
            return "    " + QCoreApplication.translate("WeekPage", "no sessions")
        line = row.line
        text = f"    {formatting.time_span(line.starts_at, line.ends_at)}  {line.title}"
        if line.place:
            text += f" · {line.place}"
        count = self.count_text(line)
        return f"{text} · {count}" if count else text

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number = index.row()
        row = self._rows[number]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text.get(number)
            if text is None:
                text = self._text[number] = self._line_text(row)
            return text
        line = row.line
        if role == SESSION_ROLE:
            return line.id if line is not None else None
        if role == DAY_ROLE:
            return row.day.isoformat() if line is not None else None
        if role == COUNT_ROLE:
            return self.count_text(line) if line is not None else None
        if role == Qt.ItemDataRole.FontRole:
            if row.kind == _HEADER:
                return self._bold
            if line is not None and line.cancelled:
                return self._struck
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS[self._rows[index.row()].kind]
