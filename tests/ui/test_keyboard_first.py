"""Issue 14, item 3 (and the week/session parts of items 5 and 6): keyboard first.

The goal is measured as a coordinator would do it: from the app's start, with key events only
(sent to whatever widget has focus, each one counted), record 12 people at today's first
session: 8 offered, 3 typed (one name ambiguous), 1 newcomer, in at most 60 key presses.
A key with Shift (a capital letter) counts as one press, as on a keyboard.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QSplitter,
    QStyleOptionViewItem,
    QTabBar,
    QWidget,
)

from buurtapp.core import operations as ops
from buurtapp.core.model import records as r
from buurtapp.core.model.repository import Repository
from buurtapp.core.planning.week import candidates, week_sessions
from buurtapp.core.storage.database import open_database
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.week_rows import COUNT_ROLE, SESSION_ROLE
from tests.ui.conftest import discard_open_forms

#: A day of the small demo whose first session offers 16 people and has nothing recorded yet.
DAY = date(2026, 11, 26)
NEWCOMER = "Ilse Nieuwbuur"


class Keyboard:
    """Every key goes to the widget that has focus, as on a real keyboard, and is counted."""

    def __init__(self) -> None:
        self.presses = 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        return widget

    def press(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1,
    ) -> None:
        for _ in range(times):
            QTest.keyClick(self.focused(), key, modifier)
            self.presses += 1

    def type(self, text: str) -> None:
        for character in text:
            QTest.keyClick(self.focused(), character)
            self.presses += 1


@pytest.fixture
def started(qtbot, demo_path, settings, dutch) -> MainWindow:
    """The app as it starts on the demo file, on a day with sessions."""
    win = MainWindow(open_database(demo_path), settings, today=DAY)
    qtbot.addWidget(win, before_close_func=discard_open_forms)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return win


def _names(window: MainWindow) -> dict[int, str]:
    rows = window.database.query("SELECT id, name FROM participants WHERE anonymised_on IS NULL")
    return {row["id"]: row["name"] for row in rows}


def _matching(names: dict[int, str], text: str) -> list[int]:
    return [pid for pid, name in names.items() if text.casefold() in name.casefold()]


def _typed_people(window: MainWindow, offered: set[int]) -> tuple[list[tuple[int, str]], tuple]:
    """Two people found by typing a unique start of their name, and one ambiguous name (a
    first name two or three people share): what a coordinator would type for them."""
    names = _names(window)
    ascii_people = sorted(
        (pid, name) for pid, name in names.items() if pid not in offered and name.isascii()
    )
    unique: list[tuple[int, str]] = []
    for pid, name in ascii_people:
        for length in range(4, len(name) + 1):
            typed = name[:length].lower()
            if _matching(names, typed) == [pid] and not typed.endswith(" "):
                unique.append((pid, typed))
                break
        if len(unique) == 2:
            break
    taken = {pid for pid, _typed in unique}
    for pid, name in ascii_people:
        first = name.split()[0].lower()
        matches = _matching(names, first)
        if 2 <= len(matches) <= 3 and not set(matches) & (offered | taken) and pid != matches[0]:
            return unique, (pid, first)
    raise AssertionError("the demo has no ambiguous first name")


def test_twelve_people_at_todays_first_session_in_at_most_60_keys(started) -> None:
    window = started
    week, panel = window.week_page, window.week_page.panel
    first = next(s for s in week_sessions(window.database, DAY, DAY))
    offered = [c.participant_id for c in candidates(window.database, first.id)]
    assert len(offered) >= 10 and not window.database.query(
        "SELECT 1 FROM attendance WHERE session_id = ?", (first.id,)
    )
    unique, (ambiguous_id, ambiguous_text) = _typed_people(window, set(offered))
    assert not _matching(_names(window), NEWCOMER)
    keys = Keyboard()

    # The app opens on today's first session, with the keyboard in the session list.
    assert keys.focused() is week.tree
    assert panel.session is not None and panel.session.id == first.id
    keys.press(Qt.Key.Key_Return)  # who came?
    assert keys.focused() is panel.people
    # 8 of the offered people, going down the list: Enter = came, next; Space ticks, stays.
    keys.press(Qt.Key.Key_Return, times=3)  # rows 0, 1, 2
    keys.press(Qt.Key.Key_Down)  # row 3 did not come
    keys.press(Qt.Key.Key_Space)  # row 4
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)  # row 5
    keys.press(Qt.Key.Key_Down)  # row 6 did not come
    keys.press(Qt.Key.Key_Return, times=3)  # rows 7, 8, 9
    expected = {offered[row] for row in (0, 1, 2, 4, 5, 7, 8, 9)}
    # Two people found by typing part of their name (typing in the list goes to the name box).
    for pid, typed in unique:
        keys.type(typed)
        assert keys.focused() is panel.name_field
        keys.press(Qt.Key.Key_Return)
        expected.add(pid)
    # An ambiguous name: its matches are listed, the arrows choose, Enter picks.
    keys.type(ambiguous_text)
    keys.press(Qt.Key.Key_Return)
    assert keys.focused() is panel.people
    shown = [c.participant_id for c in panel.model.rows()]
    assert f"{len(shown)} " in panel.feedback.text() and ambiguous_text in panel.feedback.text()
    assert ambiguous_id in shown and len(shown) >= 2
    keys.press(Qt.Key.Key_Down, times=shown.index(ambiguous_id))
    keys.press(Qt.Key.Key_Return)
    assert keys.focused() is panel.name_field
    expected.add(ambiguous_id)
    # A newcomer.
    keys.type(NEWCOMER)
    keys.press(Qt.Key.Key_Return)
    newcomer = window.database.scalar("SELECT id FROM participants WHERE name = ?", (NEWCOMER,))
    expected.add(newcomer)

    rows = window.database.query(
        "SELECT participant_id FROM attendance WHERE session_id = ?", (first.id,)
    )
    assert {row["participant_id"] for row in rows} == expected
    assert len(rows) == 12
    print(f"\n12 people in {keys.presses} key presses; typed {unique}, {ambiguous_text!r}")
    assert keys.presses <= 60


def test_ctrl_number_puts_the_keyboard_in_the_pages_list(started) -> None:
    window, keys = started, Keyboard()
    keys.press(Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    keys.press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert keys.focused() is window.week_page.tree
    assert window.week_page.tree.currentIndex().data(SESSION_ROLE) is not None
    keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    focused = keys.focused()
    assert isinstance(focused, QTabBar) and window.insights_page.isAncestorOf(focused)
    for number, kind in enumerate(window.pages, start=3):
        keys.press(getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        page = window.pages[kind]
        assert keys.focused() is page.table, kind
        assert window.current_kind() == kind
        assert page.current_id() is not None, kind  # a row is chosen: Enter opens it


def test_tab_follows_reading_order_sidebar_first_date_one_stop(started) -> None:
    window, keys = started, Keyboard()
    week = window.week_page
    window.sidebar.setFocus()
    expected = [week.previous, week.this_week, week.next, week.picker, week.tree]
    expected += [*week.panel.reading_order(), window.search, window.sidebar]
    for widget in expected:
        keys.press(Qt.Key.Key_Tab)
        assert keys.focused() is widget, widget.objectName()
    keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert keys.focused() is window.search


def test_arrows_move_between_sessions_skipping_day_headers(started) -> None:
    window, keys = started, Keyboard()
    tree = window.week_page.tree
    model = window.week_page.model
    sessions = [r for r in range(model.rowCount()) if model.index(r, 0).data(SESSION_ROLE)]
    assert len(sessions) < model.rowCount()  # there are day headers between them
    keys.press(Qt.Key.Key_Home)
    visited = [tree.currentIndex().row()]
    for _ in range(len(sessions) + 2):  # past the end: it stays on the last session
        keys.press(Qt.Key.Key_Down)
        visited.append(tree.currentIndex().row())
    assert visited[: len(sessions)] == sessions
    assert visited[len(sessions) :] == [sessions[-1]] * 3
    keys.press(Qt.Key.Key_Up)
    assert tree.currentIndex().row() == sessions[-2]
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Up)
    assert tree.currentIndex().row() == sessions[0]
    assert window.week_page.panel.session.id == model.index(sessions[0], 0).data(SESSION_ROLE)


def test_the_count_is_never_cut_off_only_the_place(window, qtbot) -> None:
    week = window.week_page
    model, tree = week.model, week.tree
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(COUNT_ROLE))
    index = model.index(row, 0)
    session = Repository(window.database, r.Session).get(index.data(SESSION_ROLE))
    activity = Repository(window.database, r.Activity).get(session.activity_id)
    place = Repository(window.database, r.Place).get(session.place_id or activity.place_id)
    place.name = "Wijkcentrum De Lange Naam aan de Burgemeester van Heemskerckstraat"
    window.workspace.run(ops.save, place)
    index = next(
        model.index(n, 0)
        for n in range(model.rowCount())
        if model.index(n, 0).data(SESSION_ROLE) == session.id
    )
    count = index.data(COUNT_ROLE)
    assert count.endswith("aanwezig") and index.data().endswith(count)
    week.findChild(QSplitter).setSizes([300, 900])
    qtbot.waitUntil(lambda: tree.viewport().width() <= 320)
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = tree.visualRect(index)
    option.widget = tree
    tree.itemDelegate().initStyleOption(option, index)
    text, drawn_count, room = tree.itemDelegate().parts(option, index)
    metrics = QFontMetrics(option.font)
    assert drawn_count == count  # whole
    assert text.endswith("…") and "Heemskerckstraat" not in text  # the place gives way
    assert metrics.horizontalAdvance(text) <= room
    assert room + metrics.horizontalAdvance(count) <= option.rect.width()


def _empty_buttons(window: MainWindow) -> list[str]:
    return [
        button.objectName() or type(button).__name__
        for button in window.findChildren(QAbstractButton)
        if button.isVisible() and not button.text().strip() and button.icon().isNull()
    ]


def test_no_empty_button_and_the_sign_in_sheet_from_the_panel(started, qtbot) -> None:
    window = started
    week, panel = window.week_page, window.week_page.panel
    # "Presentielijst afdrukken…" once the lead's lupdate has the Dutch.
    label = QCoreApplication.translate("SessionPanel", "Print sign-in sheet…")
    assert panel.print_button.isVisible() and panel.print_button.text() == label
    assert _empty_buttons(window) == []
    week.tree.setCurrentIndex(QModelIndex())  # no session chosen
    assert panel.session is None
    assert not panel.cancel_button.isVisible() and not panel.print_button.isVisible()
    assert _empty_buttons(window) == []
    week.focus_main()
    title = panel.title.text()
    panel.print_button.setFocus()
    QTest.keyClick(panel.print_button, Qt.Key.Key_Space)
    preview = window.printing.preview
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    assert preview.windowTitle().startswith("Presentielijst")
    assert title in preview.windowTitle()
    preview.close()
