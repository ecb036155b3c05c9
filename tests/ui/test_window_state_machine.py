"""A model-based test of the window (issue 11, item 10).

A hypothesis ``RuleBasedStateMachine`` drives the real main window (built through the real
``Application``, on a fresh copy of the small demo in a temporary folder, opened with the lock)
the way a coordinator does: double-clicks, typing, buttons, keys. It keeps a small model of what
the database should hold for the fields it touches (participants' name, phone, notes and
whether they are anonymised; the week's sessions' notes and walk-ins; who attended them) and of
the undo history, and after every step checks that

- the database equals the model;
- no record has two open editors;
- the highlighted row is the record that "the chosen record" actions apply to, and it is the
  record the user chose (through sorting, filtering and refreshing);
- Undo is offered exactly when the model has something to undo (forgetting fences it);
- the open file stays locked, and nothing escaped as an uncaught exception or an unexpected
  message box.

Rules that still fail because their fix is not in yet are listed in ``KNOWN_FAILING`` and
switched off by a precondition, so the suite stays green; each bug the machine found is also
kept below as a small example that replays the minimal sequence through the same machine.

In CI: 15 runs of up to 25 steps, derandomized (375 steps, about 25-35 s). On the main of
before issue 11 the examples below all fail (two editors per double-click, session notes
lost on picking another session, the selection moving to another record on sorting, Undo
still offered after forgetting, the current name lost after Space, "Nieu" created by a typed
space, the session lost on switching language, walk-ins lost on Alt+Right, a stale Save
setting notes to NULL); during the work the machine also found that unticking someone who is
not a regular dropped them from the list and lost the current row (fixed since).
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import tempfile
from pathlib import Path
from shutil import copyfile
from typing import Any

import pytest
import shiboken6
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtTimeoutError

from buurtapp.core.errors import BuurtappError
from buurtapp.core.storage import file_lock
from buurtapp.ui.app import Application
from buurtapp.ui.file_actions import open_path
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.record_dialog import RecordDialog
from buurtapp.ui.record_model import ROW_ROLE
from buurtapp.ui.settings import Settings
from buurtapp.ui.week_page import SESSION_ROLE
from buurtapp.ui.workspace import Workspace
from tests.conftest import DEMO_TODAY

#: Rules whose fix is not in the tree yet: switched off (see the report of issue 11).
#: Fixed meanwhile (kept as names for when a rule fails again):
#: "untick_keeps_row": Space on a ticked person who is not a regular unticked them and they
#: dropped out of the attendance list, losing the current row (Down started at the top).
KNOWN_FAILING: set[str] = set()

ANONYMOUS = "Geanonimiseerd"


def alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget) and widget.isVisible()


def double_click(widget: QWidget, pos: QPoint) -> None:
    """What a widget receives from a real double-click: press, release, double-click,
    release (QTest's own double-click goes through Qt's timing of earlier synthetic clicks,
    which after a few gestures on one spot no longer reads as a double-click)."""
    global_pos = QPointF(widget.mapToGlobal(pos))
    left = Qt.MouseButton.LeftButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        (QEvent.Type.MouseButtonDblClick, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind, QPointF(pos), global_pos, left, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, event)


def enabled(name: str):
    return precondition(lambda self: name not in KNOWN_FAILING)


# -- reading the file as another program would ------------------------------------------------
def read_state(path: Path, sessions: set[int]) -> dict[tuple, Any]:
    """{("p", id): (name, phone, notes, anonymised), ("s", id): (notes, walk_ins),
    ("a", session, participant): True} straight from the file."""
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, timeout=5)
    try:
        state: dict[tuple, Any] = {}
        for pid, name, phone, notes, anon in conn.execute(
            "SELECT id, name, phone, notes, anonymised_on IS NOT NULL FROM participants"
        ):
            state[("p", pid)] = (name, phone or None, notes or None, bool(anon))
        marks = ",".join("?" * len(sessions)) or "NULL"
        for sid, notes, walk_ins in conn.execute(
            f"SELECT id, notes, walk_ins FROM sessions WHERE id IN ({marks})", tuple(sessions)
        ):
            state[("s", sid)] = (notes or None, walk_ins or 0)
        for sid, pid in conn.execute(
            f"SELECT session_id, participant_id FROM attendance WHERE session_id IN ({marks})",
            tuple(sessions),
        ):
            state[("a", sid, pid)] = True
        return state
    finally:
        conn.close()


def diff(before: dict, after: dict) -> dict[tuple, tuple[Any, Any]]:
    return {
        k: (before.get(k), after.get(k))
        for k in before.keys() | after.keys()
        if before.get(k) != after.get(k)
    }


class Step:
    """One undoable step as the model sees it."""

    def __init__(self, changes: dict[tuple, tuple[Any, Any]]) -> None:
        self.changes = changes
        self.tainted = False  # another program changed one of its rows since

    def touches(self, key: tuple) -> bool:
        return key in self.changes


class _App(Application):
    """The real application object; windows work from the demo's reference date."""

    def _new_window(self, data: object) -> MainWindow:
        window = MainWindow(data, self.settings, today=DEMO_TODAY)  # type: ignore[arg-type]
        window.language_changed.connect(self.switch_language)
        return window


class WindowMachine(RuleBasedStateMachine):
    qtbot: Any = None
    master: Path | None = None
    base: Path | None = None
    checks = 0  # invariant checks run (one after each step, and one at the start)
    examples = 0

    def __init__(self) -> None:
        super().__init__()
        WindowMachine.examples += 1
        self.folder = Path(tempfile.mkdtemp(dir=self.base))
        self.path = self.folder / "demo.db"
        copyfile(self.master, self.path)
        self.other = self.folder / "ander.db"
        self.errors: list[str] = []
        self.boxes: list[str] = []  # texts of message boxes nobody expected
        self.replies: list[str] = []  # buttons the current step expects to press
        self._hook = sys.excepthook
        sys.excepthook = self._excepthook
        self.answerer = QTimer()
        self.answerer.setInterval(15)
        self.answerer.timeout.connect(self._answer)
        self.answerer.start()
        settings_ = Settings(
            QSettings(str(self.folder / "buurtapp.ini"), QSettings.Format.IniFormat)
        )
        self.app = _App(QApplication.instance(), settings_)
        assert open_path(self.app.window, self.path)
        self.window.show()
        self.qtbot.waitExposed(self.window)
        # The week of the demo's reference date: its sessions are in the model.
        week = self.window.week_page
        self.sessions = [
            week.model.index(row, 0).data(SESSION_ROLE)
            for row in range(week.model.rowCount())
            if week.model.index(row, 0).data(SESSION_ROLE)
        ]
        self.session_set = set(self.sessions)
        self.expected = read_state(self.path, self.session_set)
        self.undo: list[Step] = []
        self.redo: list[Step] = []
        self.selected: int | None = None  # the participant the user chose in the list
        self.session: int | None = None  # the session the user chose on the week page
        self.person: int | None = None  # the participant current in the attendance list
        self.external: set[int] = set()  # participants another program wrote

    # -- plumbing ----------------------------------------------------------------------------
    @property
    def window(self) -> MainWindow:
        return self.app.window

    @property
    def page(self):
        return self.window.pages["participants"]

    def _excepthook(self, kind, value, tb) -> None:
        import traceback

        self.errors.append("".join(traceback.format_exception(kind, value, tb)))

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        text = f"{box.text()} {box.informativeText()}"
        for name in self.replies:
            button = box.findChild(QAbstractButton, name)
            if button is not None:
                self.replies.remove(name)
                button.click()
                return
        self.boxes.append(text)
        button = box.escapeButton() or box.defaultButton() or box.buttons()[0]
        button.click()

    def settle(self) -> None:
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()

    def editors(self) -> list[RecordDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, RecordDialog) and w.isVisible()
        ]

    def record(self, key: tuple, value: Any, undoable: bool = True) -> None:
        """The model after a step of the user that changes ``key``."""
        self.change({key: value}, undoable)

    def change(self, values: dict[tuple, Any], undoable: bool = True) -> None:
        before = dict(self.expected)
        for key, value in values.items():
            if value is None:
                self.expected.pop(key, None)
            else:
                self.expected[key] = value
        changes = diff(before, self.expected)
        if changes and undoable:
            self.undo.append(Step(changes))
            self.redo.clear()

    def fence(self) -> None:
        self.undo.clear()
        self.redo.clear()

    def visible_ids(self) -> list[int]:
        proxy = self.page.proxy
        return [proxy.index(row, 0).data(ROW_ROLE)["id"] for row in range(proxy.rowCount())]

    def highlighted(self) -> list[int]:
        rows = self.page.table.selectionModel().selectedRows()
        return [index.data(ROW_ROLE)["id"] for index in rows]

    def show_participants(self) -> None:
        if self.window.current_kind() != "participants":
            self.window.show_kind("participants")
            self.settle()

    def show_week(self) -> None:
        if self.window.current_kind() != "week":
            self.window.show_kind("week")
            self.settle()

    def click_row(self, record_id: int, double: bool = False) -> None:
        table = self.page.table
        proxy = self.page.proxy
        row = self.visible_ids().index(record_id)
        index = proxy.index(row, 0)
        table.scrollTo(index)
        center = table.visualRect(index).center()
        if double:
            double_click(table.viewport(), center)
        else:
            self.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
        self.settle()

    def chosen_participant(self) -> int | None:
        """The selected participant, if it is on screen and can still be edited; when there
        is none, the user first clicks the first one that can."""
        self.show_participants()
        visible = self.visible_ids()
        value = self.expected.get(("p", self.selected))
        if self.selected in visible and value and not value[3]:
            return self.selected
        for pid in visible[:30]:
            value = self.expected.get(("p", pid))
            if value and not value[3]:
                self.do_select(pid)
                return pid
        return None

    def chosen_session(self) -> int:
        """The session on the week page; the first of the week when none is chosen yet."""
        self.show_week()
        if self.session is None:
            self.do_pick_session(self.sessions[0])
        return self.session

    def open_editor(self, record_id: int) -> RecordDialog:
        self.show_participants()
        self.click_row(record_id, double=True)

        def opened() -> bool:
            return any(d.record.id == record_id for d in self.editors())

        with contextlib.suppress(QtTimeoutError):
            self.qtbot.waitUntil(opened, timeout=1000)
        self.qtbot.wait(20)
        mine = [d for d in self.editors() if d.record.id == record_id]
        assert len(mine) == 1, f"{len(mine)} editors for participant {record_id}"
        return mine[0]

    def close_editors(self) -> None:
        for dialog in self.editors():
            self.replies = ["unsaved_discard", "confirm_yes"]
            dialog.reject()
        self.replies = []
        self.settle()

    def action(self, name: str) -> QAction:
        found = self.window.findChild(QAction, name)
        assert found is not None, name
        return found

    def session_rows(self) -> list[int]:
        return [
            row
            for row in range(self.window.week_page.model.rowCount())
            if self.window.week_page.model.index(row, 0).data(SESSION_ROLE)
        ]

    def click_session(self, session_id: int) -> None:
        week = self.window.week_page
        for row in range(week.model.rowCount()):
            index = week.model.index(row, 0)
            if index.data(SESSION_ROLE) == session_id:
                week.tree.scrollTo(index)
                self.qtbot.mouseClick(
                    week.tree.viewport(),
                    Qt.MouseButton.LeftButton,
                    pos=week.tree.visualRect(index).center(),
                )
                break
        else:
            raise AssertionError(f"session {session_id} not in the week")
        self.settle()

    def people_ids(self) -> list[int]:
        return [c.participant_id for c in self.window.week_page.panel.model.rows()]

    # -- participants list -------------------------------------------------------------------
    @rule(data=st.data())
    def select_participant(self, data) -> None:
        self.show_participants()
        ids = self.visible_ids()
        if not ids:
            return
        self.do_select(data.draw(st.sampled_from(ids[:40]), label="participant"))

    def do_select(self, chosen: int) -> None:
        self.show_participants()
        self.click_row(chosen)
        self.selected = chosen

    @enabled("sort")
    @rule(column=st.integers(0, 5), descending=st.booleans())
    def sort(self, column: int, descending: bool) -> None:
        self.show_participants()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.page.table.horizontalHeader()
        self.qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=self._header_point(column)
        )
        if header.sortIndicatorOrder() != order:
            self.page.table.sortByColumn(column, order)
        self.settle()

    def _header_point(self, column: int) -> QPoint:
        header = self.page.table.horizontalHeader()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        return QPoint(x, header.height() // 2)

    @enabled("filter")
    @rule(text=st.sampled_from(["", "", "a", "de", "an", "e", "zz"]))
    def filter(self, text: str) -> None:
        self.show_participants()
        self.page.filter.clear()
        self.qtbot.keyClicks(self.page.filter, text)
        self.settle()

    @enabled("edit_and_save")
    @rule(field=st.sampled_from(["phone", "notes"]), number=st.integers(0, 999))
    def edit_and_save(self, field: str, number: int) -> None:
        pid = self.chosen_participant()
        if pid is None:
            return
        name, phone, notes, anon = self.expected[("p", pid)]
        value = f"06-1234{number:04d}" if field == "phone" else f"Notitie {number}"
        if value == (phone if field == "phone" else notes):
            return
        dialog = self.open_editor(pid)
        control = dialog.form.controls[field]
        if field == "phone":
            control.clear()
            self.qtbot.keyClicks(control, value)
        else:
            control.setPlainText(value)
        dialog.findChild(QAbstractButton, "save").click()
        self.settle()
        assert not alive(dialog), "the form stayed open after Save"
        new = (name, value, notes, anon) if field == "phone" else (name, phone, value, anon)
        self.record(("p", pid), new)

    @enabled("edit_and_cancel")
    @rule(number=st.integers(0, 999))
    def edit_and_cancel(self, number: int) -> None:
        pid = self.chosen_participant()
        if pid is None:
            return
        dialog = self.open_editor(pid)
        dialog.form.controls["notes"].setPlainText(f"Niet bewaard {number}")
        self.replies = ["unsaved_discard", "confirm_yes"]  # discard the changes
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        self.settle()
        self.replies = []
        assert not alive(dialog), "Cancel left the form open"

    @enabled("double_click_twice")
    @rule()
    def double_click_twice(self) -> None:
        pid = self.chosen_participant()
        if pid is None:
            return
        self.open_editor(pid)
        self.click_row(pid, double=True)
        self.qtbot.wait(50)
        mine = [d for d in self.editors() if d.record.id == pid]
        self.close_editors()
        assert len(mine) == 1, f"{len(mine)} editors for participant {pid}"

    @enabled("delete")
    @rule()
    def delete(self) -> None:
        pid = self.chosen_participant()
        if pid is None:
            return
        forgotten = self._forgotten(pid)
        self.replies = ["confirm_yes"]
        self.page.delete_button.click()
        self.settle()
        self.replies = []
        # Deleting a person is forgetting them (issue 12): final, the undo history closes.
        self.record(("p", pid), forgotten, undoable=False)
        self.fence()
        self.selected = None

    def _forgotten(self, pid: int) -> tuple | None:
        """What forgetting leaves of ``pid``: a nameless row with history, nothing without."""
        conn = sqlite3.connect(self.path.as_uri() + "?mode=ro", uri=True)
        try:
            history = conn.execute(
                "SELECT EXISTS (SELECT 1 FROM attendance WHERE participant_id = :id) "
                "OR EXISTS (SELECT 1 FROM roles WHERE participant_id = :id)",
                {"id": pid},
            ).fetchone()[0]
        finally:
            conn.close()
        return (ANONYMOUS, None, None, True) if history else None

    @enabled("forget")
    @rule()
    def forget(self) -> None:
        pid = self.chosen_participant()
        if pid is None:
            return
        forgotten = self._forgotten(pid)
        dialog = self.open_editor(pid)
        self.replies = ["confirm_yes"]
        dialog.findChild(QAbstractButton, "forget").click()
        self.settle()
        self.replies = []
        self.close_editors()
        self.record(("p", pid), forgotten, undoable=False)
        self.fence()

    # -- undo ----------------------------------------------------------------------------------
    @enabled("undo")
    @precondition(lambda self: self.undo and not self.undo[-1].tainted)
    @rule()
    def undo_step(self) -> None:
        step = self.undo.pop()
        self.action("action_undo").trigger()
        self.settle()
        for key, (before, _after) in step.changes.items():
            if before is None:
                self.expected.pop(key, None)
            else:
                self.expected[key] = before
        self.redo.append(step)

    @enabled("redo")
    @precondition(lambda self: self.redo and not self.redo[-1].tainted)
    @rule()
    def redo_step(self) -> None:
        step = self.redo.pop()
        self.action("action_redo").trigger()
        self.settle()
        for key, (_before, after) in step.changes.items():
            if after is None:
                self.expected.pop(key, None)
            else:
                self.expected[key] = after
        self.undo.append(step)

    @enabled("undo_after_another_program")
    @precondition(lambda self: self.undo and self.undo[-1].tainted)
    @rule()
    def undo_after_another_program(self) -> None:
        """Undo of a step whose row another program changed since: it says so and writes
        nothing (or it restores only the fields its own step changed)."""
        step = self.undo[-1]
        self.replies = ["warning_ok"]
        self.action("action_undo").trigger()
        with contextlib.suppress(QtTimeoutError):
            self.qtbot.waitUntil(lambda: not self.replies, timeout=1000)
        self.settle()
        if not self.replies:  # refused with a message: nothing written, the step stays
            return
        self.replies = []
        self.undo.pop()
        for key, (before, after) in step.changes.items():
            now = self.expected.get(key)
            if key[0] == "p" and before and after and now:
                before = tuple(
                    b if a != b else c for b, a, c in zip(before, after, now, strict=True)
                )
            if before is None:
                self.expected.pop(key, None)
            else:
                self.expected[key] = before
        step.tainted = False
        self.redo.append(step)

    @enabled("stale_form")
    @rule(conflict=st.booleans(), number=st.integers(0, 999))
    def stale_form(self, conflict: bool, number: int) -> None:
        """A form is open while another program changes the same participant; then Save.
        Only the field typed here is written; when both changed it, the user chooses
        (here: keep mine)."""
        pid = self.chosen_participant()
        if pid is None:
            return
        dialog = self.open_editor(pid)
        mine = f"06-2222{number:04d}"
        dialog.form.controls["phone"].clear()
        self.qtbot.keyClicks(dialog.form.controls["phone"], mine)
        if conflict:
            self.do_write_phone(pid, number)
        else:
            conn = sqlite3.connect(self.path, timeout=5)
            try:
                conn.execute(
                    "UPDATE participants SET notes = ? WHERE id = ?", (f"Elders {number}", pid)
                )
                conn.commit()
            finally:
                conn.close()
            name, phone, _notes, anon = self.expected[("p", pid)]
            self.record(("p", pid), (name, phone, f"Elders {number}", anon), undoable=False)
            self.external.add(pid)
            for step in self.undo + self.redo:
                if step.touches(("p", pid)):
                    step.tainted = True
        self.replies = ["conflict_mine"] if conflict else []
        dialog.findChild(QAbstractButton, "save").click()
        self.settle()
        asked = "conflict_mine" not in self.replies
        self.replies = []
        assert asked or not conflict, "not asked about the conflict"
        assert not alive(dialog), "the form stayed open after Save"
        name, _phone, notes, anon = self.expected[("p", pid)]
        self.record(("p", pid), (name, mine, notes, anon))

    @enabled("forget_in_retention_review")
    @rule()
    def forget_in_retention_review(self) -> None:
        """Forget the first person the retention review offers: not undoable."""
        dialog = self.window.review_retention()
        self.settle()
        if dialog is None:
            return
        try:
            dialog.years.setValue(1)  # the shortest period: the demo has people to review
            ids = dialog.ticked()
            if not ids:
                return
            for n in range(1, dialog.model.rowCount()):
                dialog.model.item(n).setCheckState(Qt.CheckState.Unchecked)
            pid = dialog.ticked()[0]
            forgotten = self._forgotten(pid)
            self.replies = ["confirm_yes"]
            dialog.findChild(QAbstractButton, "retention_forget").click()
            self.settle()
            self.replies = []
        finally:
            if shiboken6.isValid(dialog):
                dialog.reject()
            self.settle()
        self.record(("p", pid), forgotten, undoable=False)
        self.fence()

    # -- the week ------------------------------------------------------------------------------
    @rule(data=st.data())
    def pick_session(self, data) -> None:
        self.show_week()
        self.do_pick_session(data.draw(st.sampled_from(self.sessions), label="session"))

    def do_pick_session(self, chosen: int) -> None:
        self.show_week()
        self.click_session(chosen)
        self.session = chosen
        self.person = None

    @enabled("tick_attendance")
    @rule(data=st.data())
    def tick_attendance(self, data) -> None:
        """Click a name in the list, then Space ticks or unticks it."""
        self.chosen_session()
        ids = self.people_ids()
        if not ids:
            return
        self.do_tick(data.draw(st.integers(0, min(len(ids), 12) - 1), label="row"))

    def do_tick(self, row: int) -> None:
        self.show_week()
        panel = self.window.week_page.panel
        pid = self.people_ids()[row]
        index = panel.model.index(row, 0)
        panel.people.scrollTo(index)
        panel.people.setFocus()
        rect = panel.people.visualRect(index)
        self.qtbot.mouseClick(panel.people.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self._space(pid)

    def _space(self, pid: int) -> None:
        panel = self.window.week_page.panel
        key = ("a", self.session, pid)
        present = key in self.expected
        self.qtbot.keyClick(panel.people, Qt.Key.Key_Space)
        self.settle()
        self.record(key, None if present else True)
        self.person = pid
        if "untick_keeps_row" in KNOWN_FAILING and pid not in self.people_ids():
            self.person = None  # unticked someone who is not a regular: they left the list

    @enabled("down_space")
    @precondition(lambda self: self.session is not None and self.person is not None)
    @rule()
    def down_space(self) -> None:
        """Down moves from the current name, Space ticks that one."""
        self.show_week()
        ids = self.people_ids()
        if self.person not in ids or ids.index(self.person) + 1 >= len(ids):
            return
        target = ids[ids.index(self.person) + 1]
        panel = self.window.week_page.panel
        self.qtbot.keyClick(panel.people, Qt.Key.Key_Down)
        self._space(target)

    @enabled("notes_then_other_session")
    @precondition(lambda self: len(self.sessions) > 1)
    @rule(number=st.integers(0, 999), data=st.data())
    def notes_then_other_session(self, number: int, data) -> None:
        """Type notes without pressing Save, then pick another session: saved, one step."""
        self.chosen_session()
        other = data.draw(
            st.sampled_from([s for s in self.sessions if s != self.session]), label="other"
        )
        self.do_notes_then(number, other)

    def do_notes_then(self, number: int, other: int) -> None:
        self.show_week()
        panel = self.window.week_page.panel
        text = f"Koffie op {number}"
        panel.notes.setFocus()
        panel.notes.selectAll()
        self.qtbot.keyClicks(panel.notes, text)
        key = ("s", self.session)
        old = self.expected[key]
        self.click_session(other)
        if old[0] != text:
            self.record(key, (text, old[1]))
        self.session = other
        self.person = None

    @enabled("walk_ins_then_other_session")
    @precondition(lambda self: len(self.sessions) > 1)
    @rule(count=st.integers(1, 4), data=st.data())
    def walk_ins_then_other_session(self, count: int, data) -> None:
        """Walk-ins +count, then at once another session: the count is kept, as one step."""
        self.chosen_session()
        other = data.draw(
            st.sampled_from([s for s in self.sessions if s != self.session]), label="other"
        )
        self.do_walk_ins_then(count, other)

    def do_walk_ins_then(self, count: int, other: int) -> None:
        self.show_week()
        panel = self.window.week_page.panel
        panel.walk_ins.setFocus()
        for _ in range(count):
            self.qtbot.keyClick(panel.walk_ins, Qt.Key.Key_Up)
        key = ("s", self.session)
        old = self.expected[key]
        self.click_session(other)
        self.record(key, (old[0], old[1] + count))
        self.session = other
        self.person = None

    @enabled("newcomer_by_keyboard")
    @rule(number=st.integers(0, 999), enter=st.booleans())
    def newcomer_by_keyboard(self, number: int, enter: bool) -> None:
        """Shift+Tab out of the attendance list and type a name with a space: nothing is
        created by typing; Enter in the name box on a name that matches nobody adds that
        person and ticks them, as one undoable step."""
        self.chosen_session()
        panel = self.window.week_page.panel
        panel.name_field.setFocus()
        self.qtbot.keyClicks(panel.name_field, "Nieu")  # matches nobody exactly
        self.qtbot.keyClick(panel.name_field, Qt.Key.Key_Down)  # into the list
        focus = QApplication.focusWidget() or panel.people
        self.qtbot.keyClick(focus, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        name = f"Nieuwe Buur {number}"
        self.person = None  # the name filters the list: the current row may go
        focus = QApplication.focusWidget() or panel.name_field
        self.qtbot.keyClicks(focus, name)
        self.settle()
        if not enter:
            panel.name_field.clear()
            return
        panel.name_field.setFocus()
        panel.name_field.selectAll()
        self.qtbot.keyClicks(panel.name_field, name)
        self.qtbot.keyClick(panel.name_field, Qt.Key.Key_Return)
        self.settle()
        conn = sqlite3.connect(self.path.as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT id FROM participants WHERE name = ? ORDER BY id DESC", (name,)
            ).fetchone()
        finally:
            conn.close()
        assert row is not None, f"Enter on {name!r} added nobody"
        self.change({("p", row[0]): (name, None, None, False), ("a", self.session, row[0]): True})

    @enabled("walk_ins_then_next_week")
    @rule(count=st.integers(1, 4))
    def walk_ins_then_next_week(self, count: int) -> None:
        """Walk-ins +count, then at once Alt+Right and Alt+Left (within the 600 ms): kept."""
        key = ("s", self.chosen_session())
        panel = self.window.week_page.panel
        # Shortcuts reach only the active window (offscreen, after other windows were made).
        self.window.activateWindow()
        with contextlib.suppress(QtTimeoutError):
            self.qtbot.waitUntil(self.window.isActiveWindow, timeout=500)
        if not self.window.isActiveWindow():
            return
        panel.walk_ins.setFocus()
        for _ in range(count):
            self.qtbot.keyClick(panel.walk_ins, Qt.Key.Key_Up)
        for arrow in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.qtbot.keyClick(panel.walk_ins, arrow, Qt.KeyboardModifier.AltModifier)
        self.settle()
        old = self.expected[key]
        self.record(key, (old[0], old[1] + count))
        self.session = self.window.week_page.current_session()
        self.person = None

    # -- the world around the window -----------------------------------------------------------
    @enabled("another_program_writes")
    @rule(data=st.data(), number=st.integers(0, 9999))
    def another_program_writes(self, data, number: int) -> None:
        """A plain sqlite3 connection changes a participant's phone."""
        living = [k[1] for k, v in self.expected.items() if k[0] == "p" and not v[3]][:50]
        self.do_write_phone(data.draw(st.sampled_from(living), label="participant"), number)

    def do_write_phone(self, pid: int, number: int) -> None:
        phone = f"020-555{number:04d}"
        conn = sqlite3.connect(self.path, timeout=5)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("UPDATE participants SET phone = ? WHERE id = ?", (phone, pid))
            conn.commit()
        finally:
            conn.close()
        name, _phone, notes, anon = self.expected[("p", pid)]
        self.record(("p", pid), (name, phone, notes, anon), undoable=False)
        self.external.add(pid)
        for step in self.undo + self.redo:
            if step.touches(("p", pid)):
                step.tainted = True

    @enabled("switch_language")
    @rule(code=st.sampled_from(["en", "nl"]))
    def switch_language(self, code: str) -> None:
        self.window.choose_language(code)
        self.settle()
        self.window.show()
        self.qtbot.waitExposed(self.window)
        self.selected = None  # a new window: the lists start without a choice
        self.person = None
        if self.session is not None:  # the chosen session is kept
            assert self.window.week_page.current_session() == self.session

    @enabled("open_another_file_and_back")
    @rule()
    def open_another_file_and_back(self) -> None:
        assert open_path(self.window, self.other, create=not self.other.exists())
        self.settle()
        # The first file is released completely: another app may open it now.
        file_lock.acquire(self.path).release()
        assert open_path(self.window, self.path)
        self.settle()
        self.fence()
        self.selected = None
        self.session = None
        self.person = None

    # -- what must always hold -----------------------------------------------------------------
    @invariant()
    def nothing_escaped(self) -> None:
        WindowMachine.checks += 1
        assert not self.errors, self.errors[0]
        assert not self.boxes, f"unexpected message: {self.boxes[0]}"

    @invariant()
    def database_equals_model(self) -> None:
        actual = read_state(self.path, self.session_set)
        assert diff(self.expected, actual) == {}

    @invariant()
    def pages_show_current_data(self) -> None:
        """The participants list and the chosen session show what the file holds (rows that
        only another program changed may wait for the next refresh)."""
        if self.window.workspace is None:
            return
        if self.window.current_kind() == "participants":
            proxy = self.page.proxy
            for row in range(proxy.rowCount()):
                shown = proxy.index(row, 0).data(ROW_ROLE)
                value = self.expected.get(("p", shown["id"]))
                if shown["id"] in self.external:
                    continue
                assert value is not None, f"deleted participant {shown['id']} still listed"
                assert (shown["name"], shown["phone"] or None) == value[:2], (shown, value)
        week = self.window.week_page
        if self.window.current_kind() == "week" and week.current_session() is not None:
            notes, walk_ins = self.expected[("s", week.current_session())]
            assert week.panel.walk_ins.value() == walk_ins
            if not week.panel.notes.hasFocus():
                assert (week.panel.notes.toPlainText() or None) == notes

    @invariant()
    def one_editor_per_record(self) -> None:
        seen = [(type(d.record), d.record.id) for d in self.editors() if d.record.id is not None]
        assert len(seen) == len(set(seen)), seen

    @invariant()
    def highlighted_is_the_chosen_record(self) -> None:
        if self.window.workspace is None:
            return
        current = self.page.current_id()
        highlighted = self.highlighted()
        if highlighted:
            assert highlighted == [current], (highlighted, current)
        if self.selected is not None and self.selected in self.visible_ids():
            assert current == self.selected, (current, self.selected)

    @invariant()
    def attendance_keeps_the_current_name(self) -> None:
        week = self.window.week_page
        if week is None or self.person is None or self.session is None:
            return
        index = week.panel.people.currentIndex()
        rows = week.panel.model.rows()
        current = rows[index.row()].participant_id if index.isValid() else None
        assert current == self.person, (current, self.person)

    @invariant()
    def undo_offered_only_when_there_is_something_to_undo(self) -> None:
        assert self.action("action_undo").isEnabled() == bool(self.undo)

    @invariant()
    def one_workspace_and_the_file_locked(self) -> None:
        workspaces = [w for w in self.window.findChildren(Workspace)]
        assert len(workspaces) == 1, f"{len(workspaces)} workspaces attached to the window"
        with pytest.raises(BuurtappError):
            file_lock.acquire(self.path).release()

    def teardown(self) -> None:
        self.answerer.stop()
        self.replies = ["unsaved_discard", "confirm_yes"]
        try:
            for dialog in self.editors():
                QDialog.reject(dialog)
            self.window.close()
            self.window.deleteLater()
            for translator in self.app.translators:
                QApplication.instance().removeTranslator(translator)
            self.settle()
        finally:
            sys.excepthook = self._hook


def machine(qtbot, master: Path, base: Path) -> type[WindowMachine]:
    WindowMachine.checks = WindowMachine.examples = 0
    WindowMachine.qtbot = qtbot
    WindowMachine.master = master
    WindowMachine.base = base
    return WindowMachine


# -- the machine, a few hundred steps ---------------------------------------------------------
@pytest.mark.timeout(900)
def test_window_state_machine(qtbot, _demo_master, tmp_path) -> None:
    run_state_machine_as_test(
        machine(qtbot, _demo_master, tmp_path),
        settings=settings(
            max_examples=15,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
            derandomize=True,
        ),
    )
    steps = WindowMachine.checks - WindowMachine.examples
    print(f"state machine: {WindowMachine.examples} runs, {steps} steps")
    assert steps >= 300


# -- the bugs the machine found, each as a small example through the same machine -------------
INVARIANTS = [
    "nothing_escaped",
    "pages_show_current_data",
    "database_equals_model",
    "one_editor_per_record",
    "highlighted_is_the_chosen_record",
    "attendance_keeps_the_current_name",
    "undo_offered_only_when_there_is_something_to_undo",
    "one_workspace_and_the_file_locked",
]


@pytest.fixture
def state(qtbot, _demo_master, tmp_path):
    """One machine, driven by hand; its invariants are checked after every step."""
    m = machine(qtbot, _demo_master, tmp_path)()
    yield m
    m.teardown()


def check(m: WindowMachine) -> None:
    for name in INVARIANTS:
        getattr(m, name)()


def steps(m: WindowMachine, *calls) -> None:
    check(m)
    for call, *args in calls:
        getattr(m, call)(*args)
        check(m)


def test_example_editor_opens_after_notes_and_another_session(state) -> None:
    """Found by the machine: pick a session, choose a participant, type session notes and
    pick another session, then double-click the participant: an editor must open for them."""
    first, second = state.sessions[:2]
    steps(
        state,
        ("do_pick_session", first),
        ("do_select", 10),
        ("do_notes_then", 0, second),
        ("double_click_twice",),
    )


def test_example_untick_keeps_the_current_name(state) -> None:
    """Found by the machine: in the demo's first session of the week, row 8 is someone who
    came but is not a regular; Space unticks them, they drop out of the list and the list
    has no current row any more (the next Down starts from the top again)."""
    steps(state, ("do_pick_session", state.sessions[0]), ("do_tick", 2), ("do_tick", 8))


def test_example_space_keeps_the_current_name(state) -> None:
    """Space ticks the clicked name and the current row stays on it; Down+Space goes on
    from there."""
    steps(
        state,
        ("do_pick_session", state.sessions[0]),
        ("do_tick", 2),
        ("down_space",),
        ("down_space",),
    )


def test_example_edit_save_and_cancel(state) -> None:
    state.show_participants()
    pid = state.visible_ids()[0]
    steps(
        state,
        ("do_select", pid),
        ("edit_and_save", "phone", 1),
        ("edit_and_cancel", 2),
        ("undo_step",),
        ("redo_step",),
    )


def test_example_sorting_keeps_the_chosen_record(state) -> None:
    state.show_participants()
    chosen = state.visible_ids()[7]
    steps(
        state,
        ("do_select", chosen),
        ("sort", 0, True),
        ("sort", 4, False),
        ("filter", "e"),
        ("filter", ""),
    )
    assert state.page.current_id() == chosen


def test_example_double_click_twice_one_editor(state) -> None:
    state.show_participants()
    steps(state, ("do_select", state.visible_ids()[3]), ("double_click_twice",))


def test_example_forgetting_fences_undo(state) -> None:
    state.show_participants()
    steps(
        state,
        ("do_select", state.visible_ids()[2]),
        ("edit_and_save", "notes", 5),
        ("forget",),
    )
    assert not state.action("action_undo").isEnabled()


def test_example_notes_and_walk_ins_kept_when_moving_on(state) -> None:
    first, second = state.sessions[:2]
    steps(
        state,
        ("do_pick_session", first),
        ("do_notes_then", 3, second),
        ("do_walk_ins_then", 3, first),
        ("undo_step",),
        ("undo_step",),
        ("redo_step",),
    )


def test_example_language_and_another_file_keep_lock_and_session(state) -> None:
    steps(
        state,
        ("do_pick_session", state.sessions[1]),
        ("switch_language", "en"),
        ("switch_language", "nl"),
        ("open_another_file_and_back",),
    )


def test_example_another_program_writes_then_edit(state) -> None:
    state.show_participants()
    pid = state.visible_ids()[4]
    steps(
        state,
        ("do_select", pid),
        ("do_write_phone", pid, 42),
        ("edit_and_save", "notes", 6),
        ("delete",),
    )
    assert not state.action("action_undo").isEnabled()  # deleting a person is forgetting


def test_example_stale_form_and_undo_after_another_program(state) -> None:
    state.show_participants()
    pid = state.visible_ids()[5]
    steps(
        state,
        ("do_select", pid),
        ("edit_and_save", "notes", 7),
        ("stale_form", False, 8),
        ("stale_form", True, 9),
        ("undo_after_another_program",),
    )


def test_example_forget_in_retention_review_fences_undo(state) -> None:
    state.show_participants()
    steps(
        state,
        ("do_select", state.visible_ids()[1]),
        ("edit_and_save", "phone", 3),
        ("forget_in_retention_review",),
    )
    assert not state.action("action_undo").isEnabled()


def test_example_newcomer_only_by_enter(state) -> None:
    """The issue's "noor de": typing after Shift+Tab from the list creates nobody."""
    steps(
        state,
        ("do_pick_session", state.sessions[0]),
        ("newcomer_by_keyboard", 1, False),
        ("newcomer_by_keyboard", 2, True),
        ("undo_step",),
        ("redo_step",),
    )


def test_example_walk_ins_then_alt_right(state) -> None:
    """The issue's walk-ins +3 followed by Alt+→ within 600 ms."""
    steps(state, ("walk_ins_then_next_week", 3), ("undo_step",), ("redo_step",))
