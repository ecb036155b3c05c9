"""Forms people fill in without guessing (issue 14, item 4, and the activity form's part of
item 5): start and end time, weekday and first date that follow each other, typing on the
first click, places chosen by typing (and made on the spot), the rule in plain Dutch, and the
sign-in sheet of the next session printed from the activity form.

Key events go to real widgets (QTest); the database is the demo's own file. Texts that are new
in this change are compared through ``QCoreApplication.translate``, so the tests hold before
and after the lead adds their Dutch; the summary is gettext and already Dutch.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QTableView, QWidget

from buurtapp.core.model.repository import Repositories
from buurtapp.ui import record_actions
from buurtapp.ui.activity_dialog import ActivityDialog
from buurtapp.ui.record_dialog import RecordDialog
from buurtapp.ui.recurrence_editor import RecurrenceEditor

FRIDAY = date(2026, 11, 27)  # the day a coordinator found Tuesday ticked for a Friday
BREICLUB = 4  # demo: weekly on Tuesday, 10:00, 120 minutes, at Buurthuis De Linde


def _editor_text(text: str) -> str:
    return QCoreApplication.translate("RecurrenceEditor", text)


def click_and_type(qtbot, widget: QWidget, text: str, at: QPoint | None = None) -> None:
    """One click (where a person would click: inside the text), then typing, then Tab."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: widget.window().isActiveWindow())
    QTest.mouseClick(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at or QPoint()
    )
    QApplication.processEvents()
    assert widget.hasFocus()
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)


@pytest.fixture
def editor(qtbot, dutch) -> RecurrenceEditor:
    """The editor as a new activity shows it on Friday 27 November 2026, suggested weekly on
    Tuesday (what record_actions.blank offers)."""
    widget = RecurrenceEditor(today=FRIDAY)
    qtbot.addWidget(widget)
    widget.set_values("FREQ=WEEKLY;BYDAY=TU", None, 120)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def ticked(editor: RecurrenceEditor) -> list[str]:
    return [day for day, check in editor.day_checks.items() if check.isChecked()]


def open_activity(window, activity_id: int = BREICLUB) -> ActivityDialog:
    dialog = record_actions.open_existing(window.workspace, "activities", activity_id, window)
    assert isinstance(dialog, ActivityDialog)
    return dialog


# -- start and end time ----------------------------------------------------------------------
def test_the_end_time_shows_the_stored_duration_and_sets_it(window, qtbot, answer) -> None:
    dialog = open_activity(window)
    editor = dialog.recurrence
    assert (editor.first_time.text(), editor.end_time.text()) == ("10:00", "12:00")  # 120 min

    click_and_type(qtbot, editor.first_time, "12:00")
    assert editor.end_time.text() == "14:00"  # the session keeps its length
    click_and_type(qtbot, editor.end_time, "13:30")
    assert editor.duration_minutes() == 90
    assert editor.length.text().endswith(" 30 min)")  # (1 uur 30 min)

    answer.next("confirm_yes")  # moving the time asks about the core group
    assert dialog.save() is not None
    activity = Repositories(window.database).activities.get(BREICLUB)
    assert (activity.starts_at[11:], activity.duration_minutes) == ("12:00", 90)

    again = open_activity(window)  # and back: the stored duration is shown as the end time
    assert (again.recurrence.first_time.text(), again.recurrence.end_time.text()) == (
        "12:00",
        "13:30",
    )


def test_an_end_before_the_start_is_said_next_to_the_times(window, qtbot) -> None:
    dialog = open_activity(window)
    editor = dialog.recurrence
    before = Repositories(window.database).activities.get(BREICLUB)
    click_and_type(qtbot, editor.end_time, "09:00")  # starts at 10:00
    message = _editor_text("The end time must be after the start time.")
    assert editor.when_error.isVisibleTo(dialog)
    assert editor.when_error.text() == message
    assert dialog.save() is None
    assert editor.end_time.hasFocus()
    assert Repositories(window.database).activities.get(BREICLUB) == before

    click_and_type(qtbot, editor.end_time, "11:15")
    assert not editor.when_error.isVisibleTo(dialog)
    assert editor.duration_minutes() == 75


def test_an_unreadable_time_is_said_and_not_saved(window, qtbot) -> None:
    dialog = open_activity(window)
    editor = dialog.recurrence
    click_and_type(qtbot, editor.first_time, "25")  # hour 25 does not exist
    assert editor.when_error.text() == _editor_text(
        "Type the time as hours:minutes, for example 12:00."
    )
    assert dialog.is_dirty()
    assert dialog.save() is None


# -- the weekday and the first date ----------------------------------------------------------
def test_a_new_weekly_rule_takes_the_weekday_of_its_first_date(editor) -> None:
    assert editor.first_day.date().toPython() == date(2026, 12, 4)  # a Friday
    assert ticked(editor) == ["FR"]
    assert editor.rrule() == "FREQ=WEEKLY;BYDAY=FR"


def test_the_weekday_follows_the_first_date_and_the_date_a_weekday(editor, qtbot) -> None:
    click_and_type(qtbot, editor.first_day, "08-12-2026")  # a Tuesday
    assert ticked(editor) == ["TU"]
    assert editor.rrule() == "FREQ=WEEKLY;BYDAY=TU"

    # Another weekday, as a person does it: tick Thursday, untick Tuesday.
    qtbot.mouseClick(editor.day_checks["TH"], Qt.MouseButton.LeftButton)
    assert editor.first_day.date().toPython() == date(2026, 12, 8)  # two days ticked: stays
    qtbot.mouseClick(editor.day_checks["TU"], Qt.MouseButton.LeftButton)
    assert editor.first_day.date().toPython() == date(2026, 12, 10)  # that week's Thursday
    assert editor.first_day.text() == "10-12-2026"
    assert editor.upcoming()[0].date() == date(2026, 12, 10)

    # With several days ticked, the days are the coordinator's: a new date does not untick.
    qtbot.mouseClick(editor.day_checks["MO"], Qt.MouseButton.LeftButton)
    click_and_type(qtbot, editor.first_day, "16-12-2026")  # a Wednesday
    assert ticked(editor) == ["MO", "TH"]


def test_a_weekday_in_the_past_week_moves_forward(editor, qtbot) -> None:
    click_and_type(qtbot, editor.first_day, "27-11-2026")  # today, a Friday
    qtbot.mouseClick(editor.day_checks["MO"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.day_checks["FR"], Qt.MouseButton.LeftButton)
    assert editor.first_day.date().toPython() == date(2026, 11, 30)  # not Monday 23rd


# -- typing on the first click ---------------------------------------------------------------
def test_typing_a_time_or_date_after_one_click(editor, qtbot) -> None:
    field = editor.first_time
    end_of_text = QPoint(field.width() - 6, field.height() // 2)  # the click Qt's edit ignored
    click_and_type(qtbot, field, "12:00", at=end_of_text)
    assert field.time() == QTime(12, 0)
    assert editor.starts_at() == "2026-12-04T12:00"

    click_and_type(qtbot, field, "930", at=QPoint(8, field.height() // 2))
    assert (field.text(), editor.starts_at()) == ("09:30", "2026-12-04T09:30")

    day = editor.first_day
    click_and_type(qtbot, day, "25-12-2026", at=QPoint(day.width() // 3, day.height() // 2))
    assert editor.starts_at() == "2026-12-25T09:30"


def test_a_date_can_be_picked_from_the_calendar_by_keyboard(editor, qtbot) -> None:
    day = editor.first_day
    day.setFocus()
    QTest.keyClick(day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = day.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate().toPython() == date(2026, 12, 4)
    days = calendar.findChild(QTableView)  # the grid of days takes the keys
    QTest.keyClick(days, Qt.Key.Key_Right)
    QTest.keyClick(days, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert (day.text(), ticked(editor)) == ("05-12-2026", ["SA"])


# -- places chosen by typing -----------------------------------------------------------------
def test_the_place_is_found_by_typing_part_of_its_name(window, qtbot) -> None:
    dialog = open_activity(window)
    combo: QComboBox = dialog.form.controls["place_id"]
    assert combo.currentText() == "Buurthuis De Linde"
    edit = combo.lineEdit()
    combo.window().activateWindow()
    qtbot.waitUntil(lambda: combo.window().isActiveWindow())
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()
    assert edit.selectedText() == "Buurthuis De Linde"  # typing replaces the name
    QTest.keyClicks(edit, "rozen")  # any part, any case: "Zorgcentrum Rozenhof (recreatiezaal)"
    completer = combo.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["Zorgcentrum Rozenhof (recreatiezaal)"]
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "Zorgcentrum Rozenhof (recreatiezaal)"
    assert dialog.form.value("place_id") == 8


def test_a_typed_place_that_does_not_exist_is_said_not_dropped(window, qtbot) -> None:
    dialog = open_activity(window)
    combo: QComboBox = dialog.form.controls["place_id"]
    combo.lineEdit().selectAll()
    QTest.keyClicks(combo.lineEdit(), "Gymzaal Oost")
    assert dialog.save() is None
    assert dialog.form.errors["place_id"].isVisibleTo(dialog)
    assert "Gymzaal Oost" in dialog.form.errors["place_id"].text()
    assert Repositories(window.database).activities.get(BREICLUB).place_id == 1


def test_new_place_makes_the_place_and_chooses_it(window, qtbot, answer) -> None:
    dialog = open_activity(window)
    combo: QComboBox = dialog.form.controls["place_id"]
    combo.lineEdit().selectAll()
    QTest.keyClicks(combo.lineEdit(), "Gymzaal Oost")
    button = dialog.form.new_buttons["place_id"]
    assert button.text() == QCoreApplication.translate("Fields", "New place…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    place_form = next(
        d for d in dialog.findChildren(RecordDialog) if d is not dialog and d.isVisible()
    )
    assert place_form.form.controls["name"].text() == "Gymzaal Oost"  # what was typed
    place_form.form.controls["address"].setText("Sportlaan 3")
    qtbot.mouseClick(
        place_form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    place_id = window.database.scalar("SELECT id FROM places WHERE name = 'Gymzaal Oost'")
    assert place_id is not None
    assert combo.currentText() == "Gymzaal Oost"
    assert dialog.form.value("place_id") == place_id
    answer.next("confirm_yes")  # another place asks about the core group
    assert dialog.save() is not None
    assert Repositories(window.database).activities.get(BREICLUB).place_id == place_id


def test_organisations_and_people_are_chosen_by_typing_too(window, qtbot) -> None:
    dialog = record_actions.open_new(window.workspace, "roles", window)
    for name in ("participant_id", "organisation_id"):
        completer = dialog.form.controls[name].completer()
        assert completer.filterMode() == Qt.MatchFlag.MatchContains
        assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    assert "participant_id" not in dialog.form.new_buttons  # only places are made on the spot
    initiative = record_actions.open_new(window.workspace, "initiatives", window)
    assert "place_id" in initiative.form.new_buttons  # its home place


# -- the rule in plain Dutch -----------------------------------------------------------------
def test_the_summary_says_the_rule_in_plain_dutch(editor, qtbot) -> None:
    click_and_type(qtbot, editor.first_day, "01-12-2026")  # a Tuesday
    click_and_type(qtbot, editor.first_time, "12:00")
    click_and_type(qtbot, editor.end_time, "13:30")
    assert editor.summary.text() == "Elke week op dinsdag, 12:00–13:30"
    assert editor.summary.isVisibleTo(editor)

    editor.set_values("FREQ=MONTHLY;BYDAY=4SU,5SU", "2026-12-27T14:00", 90)
    assert editor.summary.text() == "Elke 4e en 5e zondag van de maand, 14:00–15:30"
    editor.pattern.setCurrentIndex(editor.pattern.findData("once"))
    assert editor.summary.text() == "Eenmalig, zondag 27 december 2026, 14:00–15:30"


# -- the sign-in sheet from the activity form ------------------------------------------------
def test_the_activity_form_prints_the_sign_in_sheet_of_its_next_session(window, qtbot) -> None:
    dialog = open_activity(window)
    button = dialog.print_signin
    assert button.isVisibleTo(dialog) and button.isEnabled()
    assert "01-12-2026 10:00" in button.toolTip()  # the Tuesday after 25 November
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview = window.printing.preview
    assert preview is not None and preview.isVisible()
    assert preview.windowTitle() == "Presentielijst · Breiclub 01-12-2026"
    preview.close()


def test_no_sheet_to_print_without_a_coming_session(window) -> None:
    dialog = record_actions.open_new(window.workspace, "activities", window)
    assert not dialog.print_signin.isVisibleTo(dialog)  # no sessions before it is saved
    ended = open_activity(window, 3)  # Moestuin: weekly until 25 August 2026
    assert ended.print_signin.isVisibleTo(ended) and not ended.print_signin.isEnabled()
    assert ended.print_signin.toolTip() == QCoreApplication.translate(
        "ActivityDialog", "This activity has no coming session."
    )
