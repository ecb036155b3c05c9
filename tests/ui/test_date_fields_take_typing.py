"""Issue 14, item 4: every date field takes typing at the first click.

Qt's QDateEdit ignored what was typed after one click (only a double-click on a part worked);
the week page, the insights page and the period question now use ``DateField`` like the forms.
Each test clicks once into the real field (left of its calendar button) and types a whole date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from buurtapp.ui.moment_fields import DateField
from buurtapp.ui.period_dialog import PeriodDialog
from tests.conftest import DEMO_TODAY


def _click_and_type(qtbot, field: DateField, text: str) -> None:
    """One click into the text (not on the calendar button), then the keys of ``text``."""
    assert isinstance(field, DateField) and field.isVisible()
    field.window().activateWindow()  # offscreen: a click gives focus in the active window
    qtbot.waitUntil(lambda: field.window().isActiveWindow())
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(8, field.height() // 2))
    assert field.hasFocus()
    qtbot.keyClicks(field, text)


def test_the_week_pages_date_takes_typing_and_shows_that_week(window, qtbot) -> None:
    week = window.week_page
    window.show_kind("week")
    shown = week.monday
    with qtbot.waitSignal(week.picker.dateChanged, timeout=1000):
        _click_and_type(qtbot, week.picker, "1-12-2026")
    assert week.picker.date().toPython() == date(2026, 12, 1)
    assert week.monday == date(2026, 11, 30) != shown  # the week of the typed day
    assert week.picker.text() == "01-12-2026"
    # and again, in the field that has the focus already: the next click selects it all too
    week.tree.setFocus()
    _click_and_type(qtbot, week.picker, "6-1-2027")
    qtbot.keyClick(week.picker, Qt.Key.Key_Return)
    assert week.monday == date(2027, 1, 4)
    assert "Week 1:" in week.heading.text()


def test_the_insights_period_takes_typing(window, qtbot) -> None:
    page = window.insights_page
    window.show_kind("insights")
    _click_and_type(qtbot, page.first, "1-10-2026")
    _click_and_type(qtbot, page.last, "31-10-2026")  # the click leaves the first field
    assert page.period() == (date(2026, 10, 1), date(2026, 10, 31))
    assert page.first.text() == "01-10-2026"


def test_the_period_question_takes_typing(window, qtbot) -> None:
    dialog = PeriodDialog(DEMO_TODAY, window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.period() == (date(DEMO_TODAY.year, 1, 1), DEMO_TODAY)
    _click_and_type(qtbot, dialog.first, "1-3-2026")
    _click_and_type(qtbot, dialog.last, "31-5-2026")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.period() == (date(2026, 3, 1), date(2026, 5, 31))


def test_the_period_question_still_refuses_an_end_before_the_start(window, qtbot) -> None:
    dialog = PeriodDialog(DEMO_TODAY, window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    _click_and_type(qtbot, dialog.first, "1-6-2026")
    _click_and_type(qtbot, dialog.last, "1-5-2026")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    QDialog.reject(dialog)


def test_text_that_is_no_date_never_moves_the_week(window, qtbot) -> None:
    """31 February left in the week's field: the week shown stays, and the field says which."""
    week = window.week_page
    window.show_kind("week")
    shown, day = week.monday, week.picker.date()
    _click_and_type(qtbot, week.picker, "31-2-2026")
    qtbot.keyClick(week.picker, Qt.Key.Key_Tab)
    assert week.monday == shown and week.picker.date() == day
    assert week.picker.text() == day.toString("dd-MM-yyyy")


def test_the_period_question_refuses_text_that_is_no_date(window, qtbot) -> None:
    """OK after "31-2-2026": asked again, never a period the user did not see."""
    dialog = PeriodDialog(DEMO_TODAY, window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    _click_and_type(qtbot, dialog.first, "31-2-2026")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "01-01-2026" in dialog.error.text()  # an example of how to type one
    _click_and_type(qtbot, dialog.first, "1-2-2026")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.period() == (date(2026, 2, 1), DEMO_TODAY)
