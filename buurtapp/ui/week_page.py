"""Deze week: the week's sessions by day on the left, the chosen session on the right."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from buurtapp.core import clock, formatting
from buurtapp.core.model import records as r
from buurtapp.core.model.repository import Repository
from buurtapp.core.planning.week import WeekLine, week_counts, week_lines, week_start
from buurtapp.ui.form_scroll import FormScroll
from buurtapp.ui.moment_fields import DateField
from buurtapp.ui.session_panel import SessionPanel
from buurtapp.ui.style import heading
from buurtapp.ui.week_model import DAY_ROLE, WeekModel
from buurtapp.ui.week_rows import SESSION_ROLE, SessionRowDelegate, SessionTree
from buurtapp.ui.workspace import Workspace

__all__ = ["DAY_ROLE", "SESSION_ROLE", "WeekPage"]


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
        #: The weeks before and after the one shown, read while the window waits for input
        #: (PgUp/PgDn, Alt+arrows), each used once and dropped on any change of data.
        self._ahead: dict[date, list[WeekLine]] = {}
        self._read_ahead = QTimer(self, singleShot=True, interval=150)
        self._read_ahead.timeout.connect(self._read_a_week_ahead)
        self._filled: date | None = None  # the week the list shows
        self._lines: list[WeekLine] = []  # and its lines
        self._step = 7  # the way the coordinator went last: that week is read ahead first
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

        self.model = WeekModel(self)
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
        # A new centre's first look: no activities yet, so say how the first one comes.
        self.first_steps = QLabel()
        self.first_steps.setObjectName("week_first_steps")
        self.first_steps.setWordWrap(True)
        self.first_steps.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.first_steps)
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
        row = self.model.first_row_of(day)
        if row is None:
            return False
        self.tree.setCurrentIndex(self.model.index(row, 0))
        return True

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
        if monday == self._filled:  # shown already, and every change since was signalled
            return
        if self._filled is not None:
            self._step = 7 if monday > self._filled else -7
        self._show_week(keep=None if changed else self.current_session(), fresh=not changed)

    def current_session(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(SESSION_ROLE) if index.isValid() else None

    def reload(self, keep: int | None = None) -> None:
        """Read the week again. The same sessions in the same order (a tick, an undo, a notes
        edit) only change their lines, so the current row stays; otherwise ``keep`` is chosen
        again when it is still in the week, and the panel empties when it is not."""
        self._show_week(keep, fresh=True)

    def _show_first_steps(self) -> None:
        """While the file has no activity at all (a new centre): how to make the first."""
        empty = Repository(self.workspace.database, r.Activity).count() == 0
        if empty and not self.first_steps.text():
            self.first_steps.setText(
                self.tr(
                    "There are no activities yet. First make an initiative (View > Initiatives, "
                    "Ctrl+3, then Ctrl+N), then plan an activity in it (View > Activities, "
                    "Ctrl+4, then Ctrl+N). F1 explains it step by step."
                )
            )
        self.first_steps.setVisible(empty)

    def _show_week(self, keep: int | None, fresh: bool) -> None:
        monday = self.monday
        sunday = monday + timedelta(days=6)
        number = monday.isocalendar()[1]
        self.heading.setText(
            self.tr("Week %1: %2 – %3")
            .replace("%1", str(number))
            .replace("%2", formatting.long_day(monday, with_weekday=False, with_year=False))
            .replace("%3", formatting.long_day(sunday, with_weekday=False))
        )
        if fresh:
            self._ahead.clear()
            self._show_first_steps()
        elif self._filled is not None and self._filled != monday:
            self._ahead[self._filled] = self._lines  # read when it was shown, unchanged since
        lines = self._ahead.pop(monday, None)
        if lines is None:
            lines = week_lines(self.workspace.database, monday, sunday)
        self._lines = lines
        self._ahead = {m: found for m, found in self._ahead.items() if abs((m - monday).days) == 7}
        self._read_ahead.start(150)  # once the coordinator pauses
        self._reloading = True
        try:
            rebuilt = self.model.set_week(monday, lines, self.today)
            self._filled = monday
            row = self.model.row_of(keep) if keep is not None else None
            if rebuilt and row is not None:
                self.tree.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        finally:
            self._reloading = False
        if row is None and self.panel.session is not None:
            self.panel.show_session(None)

    def select_session(self, session_id: int) -> bool:
        row = self.model.row_of(session_id)
        if row is None:
            return False
        self.tree.setCurrentIndex(self.model.index(row, 0))
        return True

    def _current_changed(self, current, _previous) -> None:
        if self._reloading:
            return
        session_id = current.data(SESSION_ROLE) if current.isValid() else None
        if session_id != (self.panel.session.id if self.panel.session else None):
            self.panel.show_session(session_id)

    def _changed(self, tables: set) -> None:
        if tables & {"sessions", "activities", "places", "initiatives"}:
            self.reload(keep=self.current_session())
        elif "attendance" in tables:  # a tick, a newcomer or their undo: only counts change
            self._ahead.clear()
            sunday = self.monday + timedelta(days=6)
            self.model.set_counts(week_counts(self.workspace.database, self.monday, sunday))
            self._lines = self.model.lines()
            self._read_ahead.start(150)  # the neighbours again, once the coordinator pauses

    def _read_a_week_ahead(self) -> None:
        """Read the next or the previous week, one per turn of the event loop (7 ms each on
        the large demo), so the next PgDn or PgUp only has to show it. Only for the page on
        screen; a file closed meanwhile (another file opened, the window closing) is left."""
        if not self.isVisible():
            return
        step = timedelta(days=self._step)
        for monday in (self.monday + step, self.monday - step):
            if monday not in self._ahead:
                sunday = monday + timedelta(days=6)
                try:
                    self._ahead[monday] = week_lines(self.workspace.database, monday, sunday)
                except sqlite3.ProgrammingError:  # the file was closed: nothing to read ahead
                    return
                self._read_ahead.start(0)  # the other one at the next turn of the loop
                return
