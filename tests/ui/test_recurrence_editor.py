"""The recurrence editor: plain Dutch choices give the right RRULE and the right dates."""

from datetime import date

import pytest

from buurtapp.ui.recurrence_editor import RecurrenceEditor

TODAY = date(2026, 11, 25)


@pytest.fixture
def editor(qtbot, dutch):
    widget = RecurrenceEditor(today=TODAY)
    qtbot.addWidget(widget)
    widget.set_values(None, "2026-12-01T10:00", 120)
    return widget


def pick(editor, pattern: str) -> None:
    editor.pattern.setCurrentIndex(editor.pattern.findData(pattern))


def days(editor, *wanted: str) -> None:
    for day, check in editor.day_checks.items():
        check.setChecked(day in wanted)


def ordinals(editor, *wanted: int) -> None:
    for ordinal, check in editor.ordinal_checks.items():
        check.setChecked(ordinal in wanted)


def dates(editor) -> list[str]:
    return [s.strftime("%Y-%m-%d %H:%M") for s in editor.upcoming()]


def test_every_week_on_tuesday(editor) -> None:
    pick(editor, "weekly")
    days(editor, "TU")
    assert editor.rrule() == "FREQ=WEEKLY;BYDAY=TU"
    assert dates(editor)[:3] == ["2026-12-01 10:00", "2026-12-08 10:00", "2026-12-15 10:00"]
    assert editor.preview.text().splitlines()[0] == "di 1 december 2026  10:00–12:00"


def test_every_other_week(editor) -> None:
    pick(editor, "biweekly")
    days(editor, "TU")
    assert editor.rrule() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    assert dates(editor)[:3] == ["2026-12-01 10:00", "2026-12-15 10:00", "2026-12-29 10:00"]


def test_first_monday_of_the_month(editor) -> None:
    pick(editor, "monthly")
    ordinals(editor, 1)
    editor.month_day.setCurrentIndex(editor.month_day.findData("MO"))
    assert editor.rrule() == "FREQ=MONTHLY;BYDAY=1MO"
    assert [d[:10] for d in dates(editor)[:3]] == ["2026-12-07", "2027-01-04", "2027-02-01"]


def test_last_friday_of_the_month(editor) -> None:
    pick(editor, "monthly")
    ordinals(editor, -1)
    editor.month_day.setCurrentIndex(editor.month_day.findData("FR"))
    assert editor.rrule() == "FREQ=MONTHLY;BYDAY=-1FR"
    assert [d[:10] for d in dates(editor)[:3]] == ["2026-12-25", "2027-01-29", "2027-02-26"]


def test_fourth_and_fifth_sunday(editor) -> None:
    pick(editor, "monthly")
    ordinals(editor, 4, 5)
    editor.month_day.setCurrentIndex(editor.month_day.findData("SU"))
    assert editor.rrule() == "FREQ=MONTHLY;BYDAY=4SU,5SU"
    assert [d[:10] for d in dates(editor)[:4]] == [
        "2026-12-27",
        "2027-01-24",
        "2027-01-31",
        "2027-02-28",
    ]


def test_only_march_to_october(editor) -> None:
    pick(editor, "weekly")
    days(editor, "SA")
    editor.some_months.setChecked(True)
    editor.month_from.setCurrentIndex(2)
    editor.month_to.setCurrentIndex(9)
    assert editor.rrule() == "FREQ=WEEKLY;BYDAY=SA;BYMONTH=3,4,5,6,7,8,9,10"
    assert dates(editor)[0] == "2027-03-06 10:00"


def test_once(editor) -> None:
    pick(editor, "once")
    assert editor.rrule() is None
    assert dates(editor) == ["2026-12-01 10:00"]
    assert not editor.days_row.isVisibleTo(editor)


def test_round_trip_of_an_existing_rule(editor) -> None:
    editor.set_values("FREQ=MONTHLY;BYDAY=2TH;BYMONTH=9,10,11,12,1,2", "2026-09-10T19:30", 90)
    assert editor.pattern.currentData() == "monthly"
    assert editor.ordinal_checks[2].isChecked() and not editor.ordinal_checks[1].isChecked()
    assert editor.month_day.currentData() == "TH"
    assert editor.rrule() == "FREQ=MONTHLY;BYDAY=2TH;BYMONTH=9,10,11,12,1,2"
    assert editor.duration_minutes() == 90 and editor.starts_at() == "2026-09-10T19:30"


def test_a_rule_the_editor_cannot_show_is_kept(editor) -> None:
    editor.set_values("FREQ=WEEKLY;BYDAY=TU;COUNT=10", "2026-12-01T10:00", 60)
    assert editor.pattern.currentData() == "custom"
    assert editor.rrule() == "FREQ=WEEKLY;BYDAY=TU;COUNT=10"
    assert len(dates(editor)) == 6
