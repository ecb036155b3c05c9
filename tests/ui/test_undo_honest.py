"""Undo is honest: nothing forgotten or replaced comes back, undo never overwrites what another
program changed since, and the Edit menu reads as sentences in Dutch and English."""

import dataclasses
import sqlite3

import pytest
from PySide6.QtCore import QLocale, Qt

from buurtapp.core import operations as ops
from buurtapp.core.model.changes import Change
from buurtapp.core.model.repository import Repositories
from buurtapp.core.storage.backups import folder_for, list_backups
from buurtapp.core.storage.database import open_database
from buurtapp.ui import record_actions, translations
from buurtapp.ui.main_window import MainWindow
from buurtapp.ui.retention_dialog import RetentionDialog
from buurtapp.ui.workspace import describe
from tests.conftest import DEMO_TODAY


def _row(db, table: str, record_id: int) -> dict | None:
    rows = db.query(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    return rows[0] if rows else None


def _undo(window, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _stale_person(db) -> int:
    """Someone the retention review lists: never came, no role, on file since 2020."""
    pid = db.scalar(
        "SELECT id FROM participants WHERE id NOT IN (SELECT participant_id FROM attendance) "
        "AND is_worker = 0 AND anonymised_on IS NULL AND id NOT IN "
        "(SELECT participant_id FROM roles WHERE participant_id IS NOT NULL) LIMIT 1"
    )
    db.conn.execute("UPDATE participants SET created_on = '2020-01-01' WHERE id = ?", (pid,))
    db.conn.commit()
    return pid


def test_forgetting_in_the_retention_review_cannot_be_undone(window, qtbot, answer) -> None:
    db = window.database
    pid = _stale_person(db)
    person = Repositories(db).participants.get(pid)
    # An earlier edit of the same person: its row images (name, phone) are on the undo stack.
    window.workspace.run(ops.save, dataclasses.replace(person, phone="06-12345678"))
    assert window.actions_["undo"].isEnabled()
    dialog = window.review_retention()
    assert isinstance(dialog, RetentionDialog)
    for n in range(dialog.model.rowCount()):
        item = dialog.model.item(n)
        if item.data(Qt.ItemDataRole.UserRole + 1) != pid:
            item.setCheckState(Qt.CheckState.Unchecked)
    answer.next("confirm_yes")
    assert dialog.forget_ticked() == 1
    forgotten = _row(db, "participants", pid)
    assert forgotten is None  # no history: deleted (issue 12), and never undone
    _undo(window, qtbot)
    window.actions_["undo"].trigger()
    window.actions_["redo"].trigger()
    qtbot.wait(20)
    assert _row(db, "participants", pid) == forgotten
    assert not window.actions_["undo"].isEnabled()
    assert not window.actions_["redo"].isEnabled()


def test_forgetting_from_the_form_cannot_be_undone(window, qtbot, answer) -> None:
    db = window.database
    pid = db.scalar("SELECT participant_id FROM attendance LIMIT 1")
    person = Repositories(db).participants.get(pid)
    window.workspace.run(ops.save, dataclasses.replace(person, notes="Komt graag"))
    dialog = record_actions.open_existing(window.workspace, "participants", pid, window)
    answer.next("confirm_yes")
    assert dialog.forget()
    forgotten = _row(db, "participants", pid)
    _undo(window, qtbot)
    qtbot.wait(20)
    assert _row(db, "participants", pid) == forgotten
    assert not window.actions_["undo"].isEnabled()


def test_restoring_a_backup_leaves_no_undo_behind(window, qtbot) -> None:
    db = window.database
    path = db.path
    assert window.backups.backup_now("proef")
    window.workspace.run(ops.save, dataclasses.replace(Repositories(db).places.get(1), notes="x"))
    assert window.actions_["undo"].isEnabled()
    backup = list_backups(folder_for(path))[0]
    assert window.restore_backup(backup.path)
    restored = _row(window.database, "places", 1)
    assert restored["notes"] != "x"
    assert not window.actions_["undo"].isEnabled()
    _undo(window, qtbot)
    assert _row(window.database, "places", 1) == restored


def test_undo_does_not_overwrite_what_another_program_changed(
    window, qtbot, answer, demo_path
) -> None:
    db = window.database
    place = Repositories(db).places.get(1)
    window.workspace.run(ops.save, dataclasses.replace(place, notes="Sleutel bij de buren"))
    other = sqlite3.connect(demo_path)
    other.execute("UPDATE places SET capacity = 99, notes = 'Van de andere computer' WHERE id = 1")
    other.commit()
    other.close()
    now = _row(db, "places", 1)
    refused = []
    window.workspace.refused.connect(refused.append)
    answer.next("warning_ok")
    _undo(window, qtbot)
    qtbot.waitUntil(lambda: bool(answer.texts), timeout=3000)
    assert "De plek is sindsdien veranderd; ongedaan maken zou dat overschrijven" in (
        answer.texts[0]
    )
    assert _row(db, "places", 1) == now
    assert refused and refused[0].code == "undo_changed_since"
    # The step is still there to undo (nothing lost), and nothing is waiting to be redone.
    assert window.workspace.undo_stack.index() == 1
    assert window.actions_["undo"].isEnabled()
    assert not window.actions_["redo"].isEnabled()


def test_redo_does_not_overwrite_what_another_program_changed(
    window, qtbot, answer, demo_path
) -> None:
    db = window.database
    place = Repositories(db).places.get(1)
    window.workspace.run(ops.save, dataclasses.replace(place, notes="Nieuw"))
    _undo(window, qtbot)
    other = sqlite3.connect(demo_path)
    other.execute("UPDATE places SET address = 'Elders 1' WHERE id = 1")
    other.commit()
    other.close()
    now = _row(db, "places", 1)
    answer.next("warning_ok")
    window.actions_["redo"].trigger()
    qtbot.waitUntil(lambda: bool(answer.texts), timeout=3000)
    assert "opnieuw uitvoeren zou dat overschrijven" in answer.texts[0]
    assert _row(db, "places", 1) == now
    assert window.workspace.undo_stack.index() == 0
    assert window.actions_["redo"].isEnabled()


def test_undo_texts_are_sentences_in_dutch(window, qtbot) -> None:
    db = window.database
    window.workspace.run(ops.save, dataclasses.replace(Repositories(db).places.get(1), notes="x"))
    assert window.actions_["undo"].text() == "Plek wijzigen ongedaan maken"
    assert describe(Change("attendance")) == "Aanwezigheid bijwerken"
    assert describe(Change("create:places")) == "Plek toevoegen"
    assert describe(Change("update:participants")) == "Deelnemer wijzigen"
    assert describe(Change("import:participants")) == "Deelnemers importeren"


@pytest.fixture
def english(qapp):
    loaded = translations.install(qapp, "en")
    yield
    for translator in loaded:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


def test_undo_texts_are_sentences_in_english(qtbot, demo_path, settings, english) -> None:
    win = MainWindow(open_database(demo_path), settings, today=DEMO_TODAY)
    qtbot.addWidget(win)
    db = win.database
    win.workspace.run(ops.save, dataclasses.replace(Repositories(db).places.get(1), notes="x"))
    assert win.actions_["undo"].text() == "Undo Edit place"
    assert describe(Change("attendance")) == "Update attendance"
    assert describe(Change("delete:sessions")) == "Delete session"
