"""Saving an activity plans its sessions (keeping attendance) and warns its core group."""

from PySide6.QtCore import Qt

from buurtapp.core.model.core_group import core_group
from buurtapp.core.model.repository import Repositories
from buurtapp.ui import record_actions
from tests.conftest import DEMO_TODAY


def _activity_with_core_group(window) -> int:
    for row in window.database.query(
        "SELECT id FROM activities WHERE rrule = 'FREQ=WEEKLY;BYDAY=TU' ORDER BY id"
    ):
        if len(core_group(window.database, row["id"], DEMO_TODAY)) >= 3:
            return row["id"]
    raise AssertionError("the demo has a weekly Tuesday activity with a core group")


def test_moving_an_activity_warns_its_core_group(window, answer) -> None:
    activity_id = _activity_with_core_group(window)
    group = core_group(window.database, activity_id, DEMO_TODAY)
    attendance = window.database.scalar("SELECT count(*) FROM attendance")
    dialog = record_actions.open_existing(window.workspace, "activities", activity_id, window)
    editor = dialog.recurrence
    editor.day_checks["TU"].setChecked(False)
    editor.day_checks["TH"].setChecked(True)
    assert editor.rrule() == "FREQ=WEEKLY;BYDAY=TH"

    answer.next("confirm_no")
    dialog.save()
    assert f"{len(group)} deelnemers uit de vaste kern" in answer.texts[0]
    repos = Repositories(window.database)
    assert repos.activities.get(activity_id).rrule == "FREQ=WEEKLY;BYDAY=TU"  # nothing written

    answer.next("confirm_yes")
    dialog.save()
    assert repos.activities.get(activity_id).rrule == "FREQ=WEEKLY;BYDAY=TH"
    future = window.database.query(
        "SELECT starts_at FROM sessions WHERE activity_id = ? AND starts_at > ? "
        "AND id NOT IN (SELECT session_id FROM attendance)",
        (activity_id, "2026-11-26"),
    )
    weekdays = {f"{r['starts_at'][:10]}" for r in future}
    from datetime import date

    assert weekdays and all(date.fromisoformat(d).weekday() in (1, 3) for d in weekdays)
    assert any(date.fromisoformat(d).weekday() == 3 for d in weekdays)
    assert window.database.scalar("SELECT count(*) FROM attendance") == attendance

    window.actions_["undo"].trigger()
    assert repos.activities.get(activity_id).rrule == "FREQ=WEEKLY;BYDAY=TU"


def test_changing_only_the_notes_does_not_ask(window, qtbot) -> None:
    activity_id = _activity_with_core_group(window)
    dialog = record_actions.open_existing(window.workspace, "activities", activity_id, window)
    dialog.form.controls["notes"].setPlainText("Koffie staat om 9:45 klaar")
    dialog.save()  # would block on a question if it asked
    assert Repositories(window.database).activities.get(activity_id).notes == (
        "Koffie staat om 9:45 klaar"
    )


def test_new_activity_gets_its_sessions(window, qtbot) -> None:
    window.show_kind("activities")
    page = window.pages["activities"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    from buurtapp.ui.activity_dialog import ActivityDialog

    dialog = window.findChild(ActivityDialog)
    qtbot.keyClicks(dialog.form.controls["title"], "Wandelen met de buurt")
    combo = dialog.form.controls["initiative_id"]
    combo.setCurrentIndex(2)
    initiative = combo.currentText()
    editor = dialog.recurrence
    editor.pattern.setCurrentIndex(editor.pattern.findData("biweekly"))
    for day, check in editor.day_checks.items():
        check.setChecked(day == "SA")
    dialog.save()
    repos = Repositories(window.database)
    activity = repos.activities.list({"title": "Wandelen met de buurt"})[0]
    assert activity.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"
    assert repos.initiatives.get(activity.initiative_id).name == initiative
    assert (
        window.database.scalar(
            "SELECT count(*) FROM sessions WHERE activity_id = ?", (activity.id,)
        )
        >= 10
    )


def test_activity_without_initiative_is_refused_next_to_the_field(window) -> None:
    dialog = record_actions.open_new(window.workspace, "activities", window)
    dialog.form.controls["title"].setText("Zwevend")
    dialog.save()
    assert dialog.form.errors["initiative_id"].text() == "Initiatief is verplicht."
