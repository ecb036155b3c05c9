"""The week page as a state machine (issue 15, item 2): switching weeks (also back to one read
ahead), choosing sessions, ticking, undo and redo, in any order.

After every step the page lists exactly what the core's ``week_sessions`` says of the week
shown (same sessions, same order, the same counts or "cancelled"), the chosen row is the
session the panel shows, and the panel's count is the file's. The page reads a week with its
own lean query and keeps the weeks next to it read ahead; this proves that it never shows a
line that differs from the full query, whatever the order of steps.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtCore import QCoreApplication, Qt

from buurtapp.core import formatting
from buurtapp.core.planning.week import week_sessions
from buurtapp.core.storage.database import open_database
from buurtapp.ui.week_page import WeekPage
from buurtapp.ui.week_rows import COUNT_ROLE, SESSION_ROLE
from buurtapp.ui.workspace import Workspace
from tests.conftest import DEMO_TODAY


def expected_count(cancelled: bool, people: int) -> str:
    if cancelled:
        return QCoreApplication.translate("WeekPage", "cancelled")
    if people:
        return QCoreApplication.translate("WeekPage", "%1 present").replace(
            "%1", formatting.count(people)
        )
    return ""


class WeekMachine(RuleBasedStateMachine):
    qtbot = None
    master: Path
    base: Path
    runs = 0
    steps = 0

    def __init__(self) -> None:
        super().__init__()
        WeekMachine.runs += 1
        path = self.base / f"week{WeekMachine.runs}.db"
        shutil.copyfile(self.master, path)
        self.database = open_database(path)
        self.workspace = Workspace(self.database, today=DEMO_TODAY)
        self.page = WeekPage(self.workspace, today=DEMO_TODAY)
        self.page.resize(900, 600)
        self.page.show()

    def teardown(self) -> None:
        if shiboken6.isValid(self.page):
            self.page.close()
            self.page.deleteLater()
        QCoreApplication.processEvents()
        self.database.close()

    def _wait(self) -> None:
        """A pause as between two keys: the weeks next to this one are read ahead."""
        assert self.qtbot is not None
        self.qtbot.wait(170)

    # -- steps ------------------------------------------------------------------------------
    @rule(pause=st.booleans())
    def next_week(self, pause: bool) -> None:
        self.page.next.click()
        if pause:
            self._wait()

    @rule(pause=st.booleans())
    def previous_week(self, pause: bool) -> None:
        self.page.previous.click()
        if pause:
            self._wait()

    @rule()
    def this_week(self) -> None:
        self.page.this_week.click()

    @rule(pick=st.integers(min_value=0, max_value=400))
    def choose_session(self, pick: int) -> None:
        rows = self.page.tree.session_rows()
        if rows:
            self.page.tree.setCurrentIndex(self.page.model.index(rows[pick % len(rows)], 0))

    @rule(key=st.sampled_from([Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End]))
    def walk(self, key: Qt.Key) -> None:
        self.page.tree.setFocus()
        assert self.qtbot is not None
        self.qtbot.keyClick(self.page.tree, key)

    @rule(pick=st.integers(min_value=0, max_value=50))
    def tick(self, pick: int) -> None:
        panel = self.page.panel
        if panel.session is not None and panel.model.rowCount():
            panel.model.toggle(pick % panel.model.rowCount())

    @rule()
    def undo(self) -> None:
        self.workspace.undo_stack.undo()

    @rule()
    def redo(self) -> None:
        self.workspace.undo_stack.redo()

    # -- what always holds ----------------------------------------------------------------
    @invariant()
    def lists_what_the_core_says(self) -> None:
        WeekMachine.steps += 1
        page = self.page
        monday = page.monday
        found = week_sessions(self.database, monday, monday + timedelta(days=6))
        model = page.model
        rows = page.tree.session_rows()
        assert [model.index(r, 0).data(SESSION_ROLE) for r in rows] == [s.id for s in found]
        for row, session in zip(rows, found, strict=True):
            index = model.index(row, 0)
            count = expected_count(session.cancelled, session.present + session.walk_ins)
            assert (index.data(COUNT_ROLE) or "") == count, session.id
            assert session.title in index.data()
            assert formatting.time_span(session.starts_at, session.ends_at) in index.data()

    @invariant()
    def the_chosen_row_is_the_panel_session(self) -> None:
        panel = self.page.panel
        current = self.page.current_session()
        assert (panel.session.id if panel.session else None) == current
        if panel.session is not None:
            ticked = self.database.scalar(
                "SELECT count(*) FROM attendance WHERE session_id = ?", (panel.session.id,)
            )
            assert panel.model.present_count == ticked


@pytest.mark.timeout(600)
def test_week_page_state_machine(qtbot, _demo_master, tmp_path) -> None:
    WeekMachine.qtbot = qtbot
    WeekMachine.master = _demo_master
    WeekMachine.base = tmp_path
    WeekMachine.runs = WeekMachine.steps = 0
    run_state_machine_as_test(
        WeekMachine,
        settings=settings(
            max_examples=12,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
            derandomize=True,
        ),
    )
    assert WeekMachine.steps >= 150
