"""Deze week: moving between weeks, cancelling, walk-ins, notes and ticking who came."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from buurtapp.core.model.repository import Repositories
from buurtapp.ui.week_page import SESSION_ROLE
from tests.conftest import DEMO_TODAY


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


def test_week_shows_its_sessions_by_day_in_order(week, window) -> None:
    assert week.heading.text() == "Week 48: 23 november – 29 november 2026"
    expected = [
        r["id"]
        for r in window.database.query(
            "SELECT s.id FROM sessions s JOIN activities a ON a.id = s.activity_id "
            "WHERE s.starts_at >= '2026-11-23' AND s.starts_at < '2026-11-30' "
            "ORDER BY s.starts_at, a.title COLLATE NOCASE, s.id"
        )
    ]
    assert session_rows(week) == expected
    headers = [
        week.model.index(r, 0).data()
        for r in range(week.model.rowCount())
        if not week.model.index(r, 0).data(SESSION_ROLE)
        and week.model.item(r).isSelectable() is False
        and week.model.item(r).isEnabled()
    ]
    assert headers[0] == "Maandag 23 november"
    assert "Woensdag 25 november · vandaag" in headers


def test_arrows_and_picker_move_between_weeks(week, qtbot) -> None:
    qtbot.mouseClick(week.next, Qt.MouseButton.LeftButton)
    assert week.monday == date(2026, 11, 30)
    qtbot.keyClick(week, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(week, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert week.monday == date(2026, 11, 16)
    week.picker.setDate(QDate(2027, 1, 1))
    assert week.monday == date(2026, 12, 28)
    qtbot.mouseClick(week.this_week, Qt.MouseButton.LeftButton)
    assert week.monday == date(2026, 11, 23)


def test_ticking_attendance_core_group_first_and_undo(week, window, qtbot) -> None:
    past = [
        s
        for s in session_rows(week)
        if window.database.scalar("SELECT starts_at FROM sessions WHERE id = ?", (s,))
        < "2026-11-25"
    ]
    session_id = past[0]
    select(week, session_id)
    model = week.panel.model
    rows = model.rows()
    assert rows, "a past session offers its core group and last attendees"
    core_flags = [c.core for c in rows]
    assert core_flags == sorted(core_flags, reverse=True)  # core group first
    before = window.database.scalar(
        "SELECT count(*) FROM attendance WHERE session_id = ?", (session_id,)
    )
    target = next(n for n, c in enumerate(rows) if not c.present)
    person = rows[target].participant_id
    week.panel.people.setFocus()
    week.panel.people.setCurrentIndex(model.index(target, 0))
    qtbot.keyClick(week.panel.people, Qt.Key.Key_Space)
    assert (
        window.database.scalar(
            "SELECT count(*) FROM attendance WHERE session_id = ? AND participant_id = ?",
            (session_id, person),
        )
        == 1
    )
    assert week.panel.count.text().startswith(f"{before + 1} aanwezig")
    window.actions_["undo"].trigger()
    assert (
        window.database.scalar(
            "SELECT count(*) FROM attendance WHERE session_id = ?", (session_id,)
        )
        == before
    )


def test_walk_ins_cancel_and_notes(week, window, qtbot) -> None:
    session_id = session_rows(week)[0]
    select(week, session_id)
    panel = week.panel
    panel.walk_ins.setFocus()
    panel.walk_ins.selectAll()
    qtbot.keyClicks(panel.walk_ins, "7")
    panel.save_walk_ins()
    repos = Repositories(window.database)
    assert repos.sessions.get(session_id).walk_ins == 7
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert repos.sessions.get(session_id).cancelled == 1
    assert panel.state.text() == "Afgelast" and panel.cancel_button.text() == "Toch laten doorgaan"
    assert "afgelast" in week.model.itemFromIndex(week.tree.currentIndex()).text()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert repos.sessions.get(session_id).cancelled == 0
    panel.notes.setPlainText("Verwarming deed het niet")
    qtbot.mouseClick(panel.save_notes_button, Qt.MouseButton.LeftButton)
    assert repos.sessions.get(session_id).notes == "Verwarming deed het niet"
    assert repos.sessions.get(session_id).walk_ins == 7


def test_newcomer_added_in_one_step_with_enter(week, window, qtbot) -> None:
    session_id = session_rows(week)[0]
    select(week, session_id)
    panel = week.panel
    people = window.database.scalar("SELECT count(*) FROM participants")
    qtbot.keyClicks(panel.name_field, "Wouter Nieuwkomer")
    assert panel.add_button.isVisibleTo(panel)
    assert panel.add_button.text() == "‘Wouter Nieuwkomer’ toevoegen als nieuwe deelnemer"
    qtbot.keyClick(panel.name_field, Qt.Key.Key_Return)
    assert window.database.scalar("SELECT count(*) FROM participants") == people + 1
    pid = window.database.scalar("SELECT id FROM participants WHERE name = 'Wouter Nieuwkomer'")
    assert (
        window.database.scalar(
            "SELECT count(*) FROM attendance WHERE session_id = ? AND participant_id = ?",
            (session_id, pid),
        )
        == 1
    )
    assert panel.name_field.text() == ""
    window.actions_["undo"].trigger()  # one step back removes both
    assert window.database.scalar("SELECT count(*) FROM participants") == people


def test_typing_a_known_name_and_enter_ticks_them(week, window, qtbot) -> None:
    session_id = session_rows(week)[-1]
    select(week, session_id)
    panel = week.panel
    name = window.database.scalar(
        "SELECT name FROM participants WHERE anonymised_on IS NULL AND name NOT IN "
        "(SELECT name FROM participants GROUP BY name HAVING count(*) > 1) LIMIT 1"
    )
    qtbot.keyClicks(panel.name_field, name.lower())
    assert not panel.add_button.isVisibleTo(panel)
    qtbot.keyClick(panel.name_field, Qt.Key.Key_Return)
    assert (
        window.database.scalar(
            "SELECT count(*) FROM attendance a JOIN participants p ON p.id = a.participant_id "
            "WHERE a.session_id = ? AND p.name = ?",
            (session_id, name),
        )
        == 1
    )


def test_week_screenshot(week, window, tmp_path) -> None:
    select(week, session_rows(week)[0])
    assert window.grab().save(str(tmp_path / "week.png"))
    assert DEMO_TODAY.isoformat() == "2026-11-25"


def test_a_week_read_ahead_before_a_change_is_never_shown(window, qtbot) -> None:
    """The weeks beside this one are read ahead while the coordinator looks; what was read
    before a change of data (here a tick in next week's session) is dropped, so next week
    shows the new count."""
    from datetime import timedelta

    from buurtapp.core import operations as ops
    from buurtapp.core.planning.week import week_lines

    page = window.week_page
    following = page.monday + timedelta(days=7)
    qtbot.waitUntil(lambda: following in page._ahead, timeout=5_000)
    db = window.database
    line = next(x for x in week_lines(db, following, following + timedelta(days=6)))
    person = db.scalar(
        "SELECT id FROM participants WHERE anonymised_on IS NULL AND id NOT IN "
        "(SELECT participant_id FROM attendance WHERE session_id = ?) LIMIT 1",
        (line.id,),
    )
    window.workspace.run(ops.set_attendance, line.id, person, True)
    assert following not in page._ahead  # dropped: it was read before the tick
    page.next.click()
    shown = {x.id: x.present for x in page.model.lines()}
    assert shown[line.id] == line.present + 1
