"""Deze week: the week's sessions by day on the left, the chosen session on the right."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core import clock, formatting
from buurtapp.core.planning.week import WeekSession, week_sessions, week_start
from buurtapp.ui.form_scroll import FormScroll
from buurtapp.ui.moment_fields import DateField
from buurtapp.ui.session_panel import SessionPanel
from buurtapp.ui.style import heading
from buurtapp.ui.week_rows import COUNT_ROLE, SESSION_ROLE, SessionRowDelegate, SessionTree
from buurtapp.ui.workspace import Workspace

__all__ = ["SESSION_ROLE", "WeekPage"]
DAY_ROLE = Qt.ItemDataRole.UserRole + 3


def _first_upper(text: str) -> str:
    """'maandag 23 november' -> 'Maandag 23 november' ('November' stays as it is in English)."""
    return text[:1].upper() + text[1:]


class WeekPage(QWidget):
    #: The session panel asks for a document of the catalogue (key, Request).
    print_requested = Signal(str, object)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_week")
        self.workspace = workspace
        self.today = today or clock.today()
        self.monday = week_start(self.today)
        self._reloading = False
        self.heading = heading()
        self.heading.setObjectName("week_heading")
        self.heading.setWordWrap(True)  # large text on a small screen: wrap, never widen
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setObjectName("previous_week")
        self.previous.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setObjectName("next_week")
        self.next.setToolTip(self.tr("Next week (Alt+Right)"))
        self.this_week = QPushButton(self.tr("This week"))
        self.this_week.setObjectName("this_week")
        # one Tab stop, typed at the first click ("1-12-2026" shows that week), a calendar
        # from its button or Alt+Down (issue 14)
        self.picker = DateField()
        self.picker.restore_unreadable = True  # "31-2" left: the week shown stays, and says so
        self.picker.setObjectName("week_picker")
        self.picker.setAccessibleName(self.tr("Day in the week shown"))
        self.previous.clicked.connect(lambda: self.go_to(self.monday - timedelta(days=7)))
        self.next.clicked.connect(lambda: self.go_to(self.monday + timedelta(days=7)))
        self.this_week.clicked.connect(lambda: self.go_to(self.today))
        self.picker.dateChanged.connect(lambda d: self.go_to(d.toPython()))
        for keys, step in (("Alt+Left", -7), ("Alt+Right", 7)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(
                lambda step=step: self.go_to(self.monday + timedelta(days=step))
            )

        self.model = QStandardItemModel(self)
        self.tree = SessionTree()
        self.tree.setObjectName("week_sessions")
        self.tree.setAccessibleName(self.tr("Sessions of the week"))
        self.tree.setAccessibleDescription(
            self.tr("Arrow keys move between sessions; Enter goes to who came")
        )
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(SessionRowDelegate(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 2px; }")
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.panel = SessionPanel(workspace, self)
        self.tree.who_came.connect(self.panel.focus_people)
        self.panel.print_requested.connect(self.print_requested)

        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        for widget in (self.previous, self.this_week, self.next, self.picker):
            bar.addWidget(widget)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        # the panel scrolls when the screen is too low for it (issue 14: 1366x768 at 150%)
        splitter.addWidget(FormScroll(self.panel))
        splitter.setSizes([420, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        workspace.changed.connect(self._changed)
        self._reading_order()
        self.go_to(self.today)
        self.select_first_of(self.today)

    def _reading_order(self) -> None:
        """Tab goes as the eye reads: the week bar left to right, the sessions, the panel."""
        order = [self.previous, self.this_week, self.next, self.picker, self.tree]
        order += self.panel.reading_order()
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def focus_main(self) -> QWidget:
        """Ctrl+1: the keyboard in the session list, on a session (today's first when this
        week is shown and nothing is chosen), so Up/Down and Enter work at once."""
        if self.current_session() is None and not self.select_first_of(self.today):
            rows = self.tree.session_rows()
            if rows:
                self.tree.setCurrentIndex(self.model.index(rows[0], 0))
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self.tree

    def select_first_of(self, day: date) -> bool:
        """Make ``day``'s first session the current one (the app opens on today's session)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            session_id = index.data(SESSION_ROLE)
            if session_id is not None and self.model.item(row).data(DAY_ROLE) == day.isoformat():
                return self.select_session(session_id)
        return False

    def flush(self) -> None:
        """Save what was typed in the session panel and not saved yet."""
        self.panel.flush()

    def go_to(self, day: date) -> None:
        """Show the ISO week that holds ``day`` (after saving what was typed)."""
        self.flush()
        monday = week_start(day)
        changed = monday != self.monday
        self.monday = monday
        self.picker.blockSignals(True)
        self.picker.setDate(QDate(day.year, day.month, day.day))
        self.picker.blockSignals(False)
        self.reload(keep=None if changed else self.current_session())

    def current_session(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(SESSION_ROLE) if index.isValid() else None

    def reload(self, keep: int | None = None) -> None:
        monday = self.monday
        sunday = monday + timedelta(days=6)
        number = monday.isocalendar()[1]
        self.heading.setText(
            self.tr("Week %1: %2 – %3")
            .replace("%1", str(number))
            .replace("%2", formatting.long_day(monday, with_weekday=False, with_year=False))
            .replace("%3", formatting.long_day(sunday, with_weekday=False))
        )
        sessions = week_sessions(self.workspace.database, self.monday, sunday)
        self._reloading = True
        self.model.clear()
        bold = QFont()
        bold.setBold(True)
        select = None
        for offset in range(7):
            day = self.monday + timedelta(days=offset)
            todays = [s for s in sessions if s.day == day]
            header = QStandardItem(_first_upper(formatting.long_day(day, with_year=False)))
            header.setFont(bold)
            header.setSelectable(False)
            if day == self.today:
                header.setText(header.text() + " · " + self.tr("today"))
            self.model.appendRow(header)
            if not todays:
                empty = QStandardItem("    " + self.tr("no sessions"))
                empty.setEnabled(False)
                self.model.appendRow(empty)
            for session in todays:
                item = QStandardItem(self._line(session))
                item.setData(session.id, SESSION_ROLE)
                item.setData(day.isoformat(), DAY_ROLE)
                item.setData(self._count(session), COUNT_ROLE)
                if session.cancelled:
                    font = QFont()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.model.appendRow(item)
                if session.id == keep:
                    select = item
        if select is not None:
            self.tree.selectionModel().setCurrentIndex(
                select.index(), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._reloading = False
        if select is None and self.panel.session is not None:
            self.panel.show_session(None)

    def _line(self, session: WeekSession) -> str:
        time = formatting.time_span(session.starts_at, session.ends_at)
        text = f"    {time}  {session.title}"
        if session.place:
            text += f" · {session.place}"
        count = self._count(session)
        return f"{text} · {count}" if count else text

    def _count(self, session: WeekSession) -> str:
        """The part of a row that is never cut off: the attendance count or "cancelled"."""
        if session.cancelled:
            return self.tr("cancelled")
        if session.present or session.walk_ins:
            return self.tr("%1 present").replace(
                "%1", formatting.count(session.present + session.walk_ins)
            )
        return ""

    def select_session(self, session_id: int) -> bool:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(SESSION_ROLE) == session_id:
                self.tree.setCurrentIndex(index)
                return True
        return False

    def _current_changed(self, current, _previous) -> None:
        if self._reloading:
            return
        session_id = current.data(SESSION_ROLE) if current.isValid() else None
        if session_id != (self.panel.session.id if self.panel.session else None):
            self.panel.show_session(session_id)

    def _changed(self, tables: set) -> None:
        if tables & {"sessions", "attendance", "activities", "places", "initiatives"}:
            self.reload(keep=self.current_session())
