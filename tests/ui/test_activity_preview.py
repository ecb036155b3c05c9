"""The activity form shows what saving does to the sessions, and saving does exactly that.

Issue 12, item 1, through the form: the activity of tests/core/test_move_recorded.py (weekly
since January, past and future attendance, notes and cancellations) is moved from 10:00 to
14:00 in its form; the preview made from the unsaved values lists the recorded sessions that
stay, and saving changes the sessions exactly as the preview said, session by session.
"""

from __future__ import annotations

from PySide6.QtCore import QTime

from buurtapp.core.model.repository import Repositories
from buurtapp.ui.activity_dialog import ActivityDialog
from buurtapp.ui.workspace import Workspace
from tests.core.test_move_recorded import NOW, _dump, world  # noqa: F401


def _dialog(qtbot, world: dict) -> ActivityDialog:  # noqa: F811
    workspace = Workspace(world["database"], today=NOW.date())
    record = Repositories(world["database"]).activities.get(world["activity"].id)
    dialog = ActivityDialog(workspace, record)
    qtbot.addWidget(dialog)
    return dialog


def _check_saved_as_shown(dialog: ActivityDialog, before: dict, after: dict) -> None:
    shown = dialog.shown_plan
    assert shown is not None
    for step in shown.steps:
        if step.action in ("move", "resize"):
            assert after[step.session_id][3:5] == (step.new_starts_at, step.new_ends_at)
        elif step.action == "keep":
            assert after[step.session_id] == before[step.session_id]
        elif step.action == "remove":
            assert step.session_id not in after
    changed = {i for i in before if i not in after or after[i][3:5] != before[i][3:5]}
    assert changed == {s.session_id for s in shown.steps if s.action in ("move", "resize")}
    assert len(set(after) - set(before)) == shown.added


def test_the_form_previews_and_saves_a_new_time(qtbot, world: dict) -> None:  # noqa: F811
    dialog = _dialog(qtbot, world)
    assert dialog.move_recorded.isHidden()  # nothing changed yet: nothing to choose
    dialog.recurrence.first_time.setTime(QTime(14, 0))
    shown = dialog.shown_plan
    assert shown is not None
    assert shown.moved == len(world["free"]) and shown.added == 0 and shown.removed == 0
    kept = [s.session_id for s in shown.steps if s.action == "keep"]
    assert kept == world["recorded"]
    listed = dialog.plan_kept.text().splitlines()
    assert len(listed) == 1 + len(world["recorded"])
    assert not dialog.move_recorded.isHidden()
    assert "10:00" in listed[1]

    before = _dump(world["database"])
    assert dialog.save() is not None
    after = _dump(world["database"])
    _check_saved_as_shown(dialog, before, after)
    for session_id in world["past"] | set(world["recorded"]):
        assert after[session_id] == before[session_id]


def test_the_form_moves_recorded_sessions_when_asked(qtbot, world: dict) -> None:  # noqa: F811
    dialog = _dialog(qtbot, world)
    dialog.recurrence.first_time.setTime(QTime(14, 0))
    dialog.move_recorded.setChecked(True)
    shown = dialog.shown_plan
    assert shown is not None
    assert not [s for s in shown.steps if s.action == "keep"]
    assert shown.moved == len(world["free"]) + len(world["recorded"])

    before = _dump(world["database"])
    assert dialog.save() is not None
    after = _dump(world["database"])
    _check_saved_as_shown(dialog, before, after)
    for session_id in world["recorded"]:
        assert after[session_id][3].endswith("T14:00")
        assert after[session_id][5:9] == before[session_id][5:9]
        assert after[session_id][-1] == before[session_id][-1]  # attendance went along
    for session_id in world["past"]:
        assert after[session_id] == before[session_id]


def test_the_rule_preview_counts_from_today_for_a_rule_from_2006(qtbot) -> None:
    from datetime import datetime

    from buurtapp.ui.recurrence_editor import RecurrenceEditor

    editor = RecurrenceEditor(today=NOW.date())
    qtbot.addWidget(editor)
    editor.set_values("FREQ=DAILY", "2006-03-01T09:00", 120)
    assert editor.upcoming()[0] == datetime(2026, 11, 25, 9, 0)
    assert "2026" in editor.preview.text()
