"""Issue 11, items 1–3: one editor per record, no stale overwrite, nothing typed is lost.

Real demo file in tmp_path, the real main window; "another program" is a second sqlite3
connection writing the same file while a form is open.
"""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from buurtapp.core import operations as ops
from buurtapp.core.model import records as r
from buurtapp.core.model.repository import Repositories
from buurtapp.core.storage.database import open_database
from buurtapp.ui import record_actions
from buurtapp.ui.record_dialog import RecordDialog

PID = 10


def open_forms(window) -> list[RecordDialog]:
    return [d for d in window.findChildren(RecordDialog) if d.isVisible()]


def type_into(qtbot, dialog, field: str, text: str) -> None:
    control = dialog.form.controls[field]
    control.clear()
    qtbot.keyClicks(control, text)


def person(window, pid: int = PID) -> r.Participant:
    return Repositories(window.database).participants.get(pid)


def other_program(window, sql: str, params: tuple) -> None:
    """Another program (sqlite-utils, a second Buurtapp, the CLI) writes the same file."""
    conn = sqlite3.connect(window.database.path, timeout=5)
    with conn:
        conn.execute(sql, params)
    conn.close()


# -- 1. one editor per record ----------------------------------------------------------------
def test_double_click_on_a_row_opens_one_editor(window, qtbot) -> None:
    window.show_kind("participants")
    page = window.pages["participants"]
    window.refresh()
    assert page.select_id(PID)
    rect = page.table.visualRect(page.table.currentIndex())
    # A double-click as the hand makes it: a click, then the second press.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    forms = open_forms(window)
    assert len(forms) == 1  # doubleClicked and activated both fired: two editors before
    assert forms[0].record.id == PID
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on the same row: still one
    assert open_forms(window) == forms


def test_opening_the_same_record_again_raises_the_open_editor(window, qtbot) -> None:
    first = record_actions.open_existing(window.workspace, "participants", PID, window)
    again = record_actions.open_existing(window.workspace, "participants", PID, window)
    window.open_record("participants", PID)  # the way search results and insights open
    assert again is first
    assert open_forms(window) == [first]
    other = record_actions.open_existing(window.workspace, "participants", PID + 1, window)
    assert other is not first and len(open_forms(window)) == 2
    first.reject()  # untouched: closes without asking
    assert not first.isVisible()
    reopened = record_actions.open_existing(window.workspace, "participants", PID, window)
    assert reopened is not first and reopened.isVisible()


def test_a_new_record_once_saved_has_its_one_editor(window, qtbot) -> None:
    dialog = record_actions.open_new(window.workspace, "initiatives", window)
    type_into(qtbot, dialog, "name", "Repair Cafe Noord")
    change = dialog.save()  # a new initiative stays open for its roles
    assert dialog.isVisible()
    again = record_actions.open_existing(window.workspace, "initiatives", change.record_id, window)
    assert again is dialog


# -- 2. no stale overwrite -------------------------------------------------------------------
def test_save_writes_only_the_fields_the_user_changed(window, qtbot) -> None:
    dialog = record_actions.open_existing(window.workspace, "participants", PID, window)
    other_program(window, "UPDATE participants SET phone = ? WHERE id = ?", ("06-99999999", PID))
    type_into(qtbot, dialog, "notes", "Komt graag helpen met opruimen")
    assert dialog.save() is not None
    stored = person(window)
    assert stored.notes == "Komt graag helpen met opruimen"
    assert stored.phone == "06-99999999"  # theirs, not the phone the form loaded


def test_undo_elsewhere_is_not_written_back_by_an_open_form(window, qtbot) -> None:
    before = person(window)
    window.workspace.run(ops.save, dataclasses.replace(before, circle="Breiclub"))
    dialog = record_actions.open_existing(window.workspace, "participants", PID, window)
    window.actions_["undo"].trigger()  # the circle goes back while the form is open
    type_into(qtbot, dialog, "phone", "06-12121212")
    dialog.save()
    stored = person(window)
    assert (stored.phone, stored.circle) == ("06-12121212", before.circle)


@pytest.mark.parametrize("choice", ["conflict_cancel", "conflict_mine", "conflict_theirs"])
def test_same_field_changed_on_both_sides_asks(window, qtbot, answer, choice) -> None:
    dialog = record_actions.open_existing(window.workspace, "participants", PID, window)
    loaded_phone = dialog.record.phone
    other_program(window, "UPDATE participants SET phone = ? WHERE id = ?", ("06-11111111", PID))
    type_into(qtbot, dialog, "phone", "06-22222222")
    type_into(qtbot, dialog, "notes", "Belt liever niet na acht uur")
    answer.next(choice)
    result = dialog.save()
    shown = answer.texts[0]
    assert "06-11111111" in shown and "06-22222222" in shown  # theirs and yours, side by side
    assert "Telefoon" in shown  # the field, by its Dutch label
    stored = person(window)
    if choice == "conflict_cancel":
        assert result is None and dialog.isVisible()
        assert stored.phone == "06-11111111"
        assert stored.notes != "Belt liever niet na acht uur"  # nothing of the form written
        assert dialog.form.value("phone") == "06-22222222"  # what was typed is still there
    elif choice == "conflict_mine":
        assert (stored.phone, stored.notes) == ("06-22222222", "Belt liever niet na acht uur")
        assert not dialog.isVisible()
    else:
        assert (stored.phone, stored.notes) == ("06-11111111", "Belt liever niet na acht uur")
        assert not dialog.isVisible()
    assert loaded_phone != "06-11111111"


def test_save_changes_in_the_core(demo_path) -> None:
    db = open_database(demo_path)
    try:
        repo = Repositories(db).participants
        loaded = dataclasses.asdict(repo.get(PID))
        db.conn.execute(
            "UPDATE participants SET phone = '06-1', email = 'a@b.nl' WHERE id = ?", (PID,)
        )
        edited = {**loaded, "phone": "06-2", "notes": "mijn notitie"}
        with pytest.raises(ops.StaleRecord) as raised:
            ops.save_changes(db, "participants", PID, loaded, edited)
        assert set(raised.value.conflicts) == {"phone"}
        assert raised.value.conflicts["phone"] == (loaded["phone"], "06-1", "06-2")
        assert "phone" in raised.value.message("en")
        assert repo.get(PID).notes == loaded["notes"]  # nothing written
        change = ops.save_changes(db, "participants", PID, loaded, edited, on_conflict="theirs")
        stored = repo.get(PID)
        assert (stored.phone, stored.email, stored.notes) == ("06-1", "a@b.nl", "mijn notitie")
        assert change.tables == {"participants"}
        untouched = ops.save_changes(db, "participants", PID, loaded, dict(loaded))
        assert untouched.empty
    finally:
        db.close()


# -- 3. nothing typed is lost ----------------------------------------------------------------
@pytest.mark.parametrize("how", ["escape", "cancel_button", "close_button"])
def test_closing_a_changed_form_asks_and_each_answer_does_what_it_says(
    window, qtbot, answer, how
) -> None:
    dialog = record_actions.open_existing(window.workspace, "participants", PID, window)
    before = person(window)
    type_into(qtbot, dialog, "phone", "06-33333333")

    def close() -> None:
        if how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        elif how == "cancel_button":
            dialog.buttons.rejected.emit()
        else:
            dialog.close()

    answer.next("unsaved_cancel")
    close()
    assert "Wijzigingen" in answer.texts[0] or "formulier" in answer.texts[0]
    assert dialog.isVisible() and dialog.form.value("phone") == "06-33333333"
    assert person(window) == before

    answer.next("unsaved_discard")
    close()
    assert not dialog.isVisible()
    assert person(window) == before

    dialog = record_actions.open_existing(window.workspace, "participants", PID, window)
    type_into(qtbot, dialog, "phone", "06-44444444")
    answer.next("unsaved_save")
    close()
    assert not dialog.isVisible()
    assert person(window).phone == "06-44444444"
    window.actions_["undo"].trigger()  # one undoable step
    assert person(window) == before


def test_closing_an_untouched_form_does_not_ask(window, qtbot) -> None:
    dialog = record_actions.open_existing(window.workspace, "participants", PID, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a question would block here (no answerer)
    assert not dialog.isVisible()


def test_closing_the_window_asks_about_each_changed_form(window, qtbot, answer) -> None:
    path = window.database.path
    first = record_actions.open_existing(window.workspace, "participants", PID, window)
    second = record_actions.open_existing(window.workspace, "places", 1, window)
    type_into(qtbot, first, "phone", "06-55555555")
    type_into(qtbot, second, "name", "Buurthuis De Kroon")

    answer.next("unsaved_cancel")
    window.close()
    assert window.isVisible() and first.isVisible() and second.isVisible()
    assert window.workspace is not None

    answer.next("unsaved_save", then=lambda: answer.next("unsaved_discard"))
    window.close()
    assert not window.isVisible()
    conn = sqlite3.connect(path)
    phone = conn.execute("SELECT phone FROM participants WHERE id = ?", (PID,)).fetchone()[0]
    name = conn.execute("SELECT name FROM places WHERE id = 1").fetchone()[0]
    conn.close()
    assert len(answer.texts) == 3
    # The last form opened is asked about first (forms opened from forms go first).
    assert name == "Buurthuis De Kroon"
    assert phone != "06-55555555"


def test_a_link_from_another_form_raises_the_open_editor(window) -> None:
    initiative_id, activity_id = window.database.conn.execute(
        "SELECT initiative_id, id FROM activities ORDER BY id LIMIT 1"
    ).fetchone()
    workspace = window.workspace
    initiative = record_actions.open_existing(workspace, "initiatives", initiative_id, window)
    details = initiative.findChild(QWidget, "detail_activities")
    row = next(
        n for n in range(details.model.rowCount()) if details.model.row(n)["id"] == activity_id
    )
    details.table.setCurrentIndex(details.model.index(row, 0))
    details.edit()
    details.edit()
    from_list = record_actions.open_existing(window.workspace, "activities", activity_id, window)
    editors = [d for d in open_forms(window) if d.table == "activities"]
    assert editors == [from_list] and from_list.record.id == activity_id
