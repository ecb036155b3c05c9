"""Issue 11, items 3 and 6: nothing typed on the week page is lost, and attendance by keyboard
keeps its place and never creates people by accident."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtapp.core.model.repository import Repositories
from buurtapp.core.storage.database import open_database
from buurtapp.ui.week_page import SESSION_ROLE


@pytest.fixture
def week(window):
    return window.week_page


def session_rows(week) -> list[int]:
    return [
        week.model.index(r, 0).data(SESSION_ROLE)
        for r in range(week.model.rowCount())
        if week.model.index(r, 0).data(SESSION_ROLE)
    ]


def select(week, session_id: int) -> None:
    assert week.select_session(session_id)
    assert week.panel.session.id == session_id


def notes_of(window, session_id: int) -> str | None:
    return Repositories(window.database).sessions.get(session_id).notes


def type_notes(qtbot, panel, text: str) -> None:
    panel.notes.setFocus()
    qtbot.keyClicks(panel.notes, text)


def attendance_of(window, session_id: int) -> set[int]:
    rows = window.database.query(
        "SELECT participant_id FROM attendance WHERE session_id = ?", (session_id,)
    )
    return {row["participant_id"] for row in rows}


def session_with_people(week, window, least: int = 3) -> int:
    for session_id in session_rows(week):
        select(week, session_id)
        if len(week.panel.model.rows()) >= least:
            return session_id
    raise AssertionError("no session of this week offers enough people")


# -- item 3: nothing typed is lost -----------------------------------------------------------
def test_notes_typed_are_saved_when_another_session_is_picked(week, window, qtbot) -> None:
    first, second = session_rows(week)[:2]
    select(week, first)
    before = notes_of(window, first)
    type_notes(qtbot, week.panel, "Koffie op")
    week.select_session(second)  # without pressing "Notities opslaan"
    assert notes_of(window, first) == (before or "") + "Koffie op"
    assert week.panel.session.id == second
    window.actions_["undo"].trigger()  # one undoable step
    assert notes_of(window, first) == before


def test_walk_ins_and_notes_saved_as_one_step_before_alt_right(week, window, qtbot) -> None:
    session_id = session_rows(week)[0]
    select(week, session_id)
    panel = week.panel
    sessions = Repositories(window.database).sessions
    walk_ins = sessions.get(session_id).walk_ins or 0
    type_notes(qtbot, panel, "Veel nieuwe gezichten")
    panel.walk_ins.setFocus()
    for _ in range(3):
        qtbot.keyClick(panel.walk_ins, Qt.Key.Key_Up)
    assert panel._walk_in_timer.isActive()  # the 600 ms have not passed
    steps = window.workspace.undo_stack.count()
    monday = week.monday
    qtbot.keyClick(week, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert week.monday > monday
    saved = sessions.get(session_id)
    assert saved.walk_ins == walk_ins + 3
    assert saved.notes.endswith("Veel nieuwe gezichten")
    assert window.workspace.undo_stack.count() == steps + 1  # one step for both
    window.actions_["undo"].trigger()
    assert sessions.get(session_id).walk_ins == walk_ins
    assert not (sessions.get(session_id).notes or "").endswith("Veel nieuwe gezichten")


def test_notes_saved_when_another_page_is_shown(week, window, qtbot) -> None:
    session_id = session_rows(week)[1]
    select(week, session_id)
    type_notes(qtbot, week.panel, "Sleutel bij de buren")
    window.show_kind("places")
    assert notes_of(window, session_id).endswith("Sleutel bij de buren")


def test_notes_saved_when_the_window_closes(week, window, qtbot, demo_path) -> None:
    session_id = session_rows(week)[0]
    select(week, session_id)
    type_notes(qtbot, week.panel, "Laatste woord")
    week.panel.walk_ins.setValue(week.panel.walk_ins.value() + 2)  # still waiting 600 ms
    walk_ins = week.panel.walk_ins.value()
    window.close()
    with open_database(demo_path) as db:
        saved = Repositories(db).sessions.get(session_id)
    assert saved.notes.endswith("Laatste woord")
    assert saved.walk_ins == walk_ins


def test_typed_notes_survive_a_tick_and_an_undo_elsewhere(week, window, qtbot) -> None:
    session_id = session_with_people(week, window)
    panel = week.panel
    type_notes(qtbot, panel, "Nog niet opgeslagen")
    typed = panel.notes.toPlainText()
    panel.people.setFocus()  # the notes lose focus; a refresh used to overwrite them
    panel.people.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.people, Qt.Key.Key_Space)
    window.actions_["undo"].trigger()
    assert panel.notes.toPlainText() == typed
    week.flush()
    assert notes_of(window, session_id) == typed


# -- item 6: attendance by keyboard ------------------------------------------------------------
def test_down_and_space_move_from_the_current_row(week, window, qtbot) -> None:
    session_id = session_with_people(week, window)
    panel = week.panel
    rows = panel.model.rows()
    panel.people.setFocus()
    panel.people.setCurrentIndex(panel.model.index(0, 0))
    before = attendance_of(window, session_id)
    qtbot.keyClick(panel.people, Qt.Key.Key_Space)
    assert panel.people.currentIndex().row() == 0
    qtbot.keyClick(panel.people, Qt.Key.Key_Down)
    qtbot.keyClick(panel.people, Qt.Key.Key_Space)
    assert panel.people.currentIndex().row() == 1
    qtbot.keyClick(panel.people, Qt.Key.Key_Down)
    qtbot.keyClick(panel.people, Qt.Key.Key_Return)  # Enter: came (ticks, never unticks), next
    assert panel.people.currentIndex().row() == 3
    expected = set(before)
    for candidate in rows[:2]:
        expected ^= {candidate.participant_id}
    expected.add(rows[2].participant_id)
    assert attendance_of(window, session_id) == expected


def test_shift_tab_and_space_never_press_add_as_new(week, window, qtbot) -> None:
    session_with_people(week, window)
    panel = week.panel
    people = window.database.scalar("SELECT count(*) FROM participants")
    qtbot.keyClicks(panel.name_field, "noor")
    panel.people.setFocus()
    qtbot.keyClick(panel.people, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not panel.add_button
    assert panel.add_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    focused = QApplication.focusWidget()
    qtbot.keyClicks(focused, " de")
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert window.database.scalar("SELECT count(*) FROM participants") == people


def test_a_newcomer_takes_enter_is_shown_and_undoable(week, window, qtbot) -> None:
    session_id = session_rows(week)[0]
    select(week, session_id)
    panel = week.panel
    people = window.database.scalar("SELECT count(*) FROM participants")
    qtbot.keyClicks(panel.name_field, "Ilse Nieuwbuur")
    assert window.database.scalar("SELECT count(*) FROM participants") == people  # not yet
    qtbot.keyClick(panel.name_field, Qt.Key.Key_Return)
    assert window.database.scalar("SELECT count(*) FROM participants") == people + 1
    assert panel.feedback.text() == (
        "‘Ilse Nieuwbuur’ is toegevoegd als nieuwe deelnemer en aangevinkt "
        "(Ctrl+Z maakt dit ongedaan)."
    )
    window.actions_["undo"].trigger()
    assert window.database.scalar("SELECT count(*) FROM participants") == people
